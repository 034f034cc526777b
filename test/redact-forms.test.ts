import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PLAIN_WORD, Redactor } from "../src/redact.js";
import { htmlEscapedForms, inspectedForms, shellQuotedForms } from "../src/redact-forms.js";
import { logOutputLine, logText } from "../src/log-text.js";
import { terminalText } from "../src/terminal-text.js";
import { fastestOf } from "./helpers/fastest.js";

// What a step's tools print when they quote a secret, each as the real tool writes it where it is
// on the machine (bash 5's `printf %q` in a UTF-8 and in the C locale, Python 3), else as its
// documented output (npm's shell-quote 1.8.1 and 1.9.0 run once to take it, Ruby's inspect, Go's
// strconv). None of these texts matched a registered form, and each went out with the secret.

/** bash's `printf %q` of `value`, in `locale`. */
function printfQ(value: string, locale: string): string {
  return execFileSync("bash", ["-c", 'printf %q "$1"', "bash", value], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, LC_ALL: locale },
    // A socket on stdin (node's pipes) makes bash read ~/.bashrc, as if started by sshd.
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** What Python 3 expressions of `s` (the secret) give, with `urllib.parse` and `xml` at hand: one process for all. */
function python(expressions: readonly string[], secret: string): string[] {
  const script = `import sys, json, urllib.parse, xml.sax.saxutils, xml.etree.ElementTree as ET\ns = sys.argv[1]\nprint(json.dumps([${expressions.join(", ")}]))`;
  return JSON.parse(execFileSync("python3", ["-c", script, secret], { encoding: "utf8" })) as string[];
}

/** `printed` with every secret masked, as it is and as JSON text (`flows --json`, the results output). */
function expectMasked(redactor: Redactor, printed: string, marker: RegExp): void {
  const clean = redactor.redact(`run ${printed} done`);
  expect(clean, printed).toContain("***");
  expect(clean, printed).not.toMatch(marker);
  expect(redactor.redact(JSON.stringify({ line: printed })), printed).not.toMatch(marker);
}

describe("a secret quoted as a string literal or for a shell", () => {
  it("is masked in double quotes as npm's shell-quote writes it, and escaped word by word (`\\:`, `\\@`, `\\~`)", () => {
    const secret = "it's a \"b\" $HOME `x` é! s3cret";
    const redactor = new Redactor().add(secret, "key:val@host=s3cret", "abc8Q~xyz.s3cret_dEf-01");
    // quote([secret]) in shell-quote 1.8.1 and 1.9.0 alike.
    expectMasked(redactor, '"it\'s a \\"b\\" \\$HOME \\`x\\` é\\! s3cret"', /s3cret/);
    expectMasked(redactor, "key\\:val\\@host\\=s3cret", /s3cret/);
    // 1.9.0 escapes `~`; an Azure client secret holds one.
    expectMasked(redactor, "abc8Q\\~xyz.s3cret_dEf-01", /s3cret/);
  });

  it("is masked as Ruby's inspect and Go's %+q write it; Go's %q and Ruby's plain inspect are JSON's", () => {
    const ruby = 'pw#{x}#$y "s3cret"';
    const go = 'pä😀ss "s3cret"';
    const redactor = new Redactor().add(ruby, go);
    expectMasked(redactor, '"pw\\#{x}\\#$y \\"s3cret\\""', /s3cret/); // ruby -e 'p ARGV[0]'
    expectMasked(redactor, '"p\\u00e4\\U0001f600ss \\"s3cret\\""', /s3cret/); // fmt.Printf("%+q"), strconv.QuoteToASCII
    expectMasked(redactor, '"pä😀ss \\"s3cret\\""', /s3cret/); // %q, strconv.Quote
  });

  // No Ruby or Go on this machine: what they print is taken from their documentation and source
  // (Ruby's rb_str_inspect, Go's strconv.Quote), and only where those state it exactly.
  it("is masked as Ruby's inspect and Go's %q and %+q write its control characters", () => {
    const secret = "tab\there\u001b\u000b bell\u0007 s3cret";
    const go = "ctl\u0001 del\u007f é😀 s3cret-go";
    const redactor = new Redactor().add(secret, go);
    expectMasked(redactor, '"tab\\there\\e\\v bell\\a s3cret"', /s3cret/); // ruby -e 'p ARGV[0]'
    expectMasked(redactor, '"tab\\there\\x1b\\v bell\\a s3cret"', /s3cret/); // fmt.Printf("%q"), strconv.Quote
    expectMasked(redactor, '"ctl\\x01 del\\x7f é😀 s3cret-go"', /s3cret/); // %q
    expectMasked(redactor, '"ctl\\x01 del\\x7f \\u00e9\\U0001f600 s3cret-go"', /s3cret/); // %+q, strconv.QuoteToASCII
    // Ruby's escape of \u0001 changed between versions (octal in 1.8): no form is guessed for it.
    expect(inspectedForms(go).some((form) => form.includes("\\u0001") || form.includes("\\001"))).toBe(false);
  });

  it("is masked as Python's repr writes a str and its bytes", () => {
    const secret = "it's \"b\" é\u001b s3cret";
    const redactor = new Redactor().add(secret, "it's é s3cret-2");
    const printed = python(["repr(s)", "repr(s.encode())", "str([s])", "str({'k': s.encode()})", "repr('it\\'s é s3cret-2'.encode())"], secret);
    for (const text of printed) expectMasked(redactor, text, /s3cret/);
    expect(printed[1]).toBe("b'it\\'s \"b\" \\xc3\\xa9\\x1b s3cret'");
  });

  // ascii() escapes every non-ASCII character (`\xe9`, `\u20ac`, `\U0001f600`); so does a stream that
  // takes only ASCII, with `backslashreplace` (standard error in the C locale), for repr() and for
  // the text itself; and with `-X utf8=0` in the C locale Python reads its arguments as ASCII with
  // surrogate escapes, which repr() writes as `\udcc3\udca9`. None matched a registered form.
  it("is masked as Python's ascii() writes it, and as Python writes it where only ASCII goes", () => {
    const secret = "it's pässwörd-€-😀 s3cret";
    const redactor = new Redactor().add(secret);
    const script = "import sys\ns = sys.argv[1]\nprint(ascii(s))\nprint(repr(s), file=sys.stderr)\nprint(s, file=sys.stderr)";
    const run = (args: string[], env: NodeJS.ProcessEnv): string[] => {
      const child = spawnSync("python3", [...args, "-c", script, secret], { encoding: "utf8", env: { PATH: process.env.PATH, ...env } });
      expect(child.status, child.stderr).toBe(0);
      return [...child.stdout.split("\n"), ...child.stderr.split("\n")].filter((line) => line.length > 0);
    };
    const printed = [
      ...run([], { LC_ALL: "C.UTF-8" }),
      ...run([], { LC_ALL: "C.UTF-8", PYTHONIOENCODING: "ascii:backslashreplace" }),
      ...run(["-X", "utf8=0"], { LC_ALL: "C" }),
    ];
    expect(printed).toContain("\"it's p\\xe4ssw\\xf6rd-\\u20ac-\\U0001f600 s3cret\"");
    expect(printed).toContain("it's p\\udcc3\\udca4ssw\\udcc3\\udcb6rd-\\udce2\\udc82\\udcac-\\udcf0\\udc9f\\udc98\\udc80 s3cret");
    for (const text of printed) expectMasked(redactor, text, /s3cret/);
  });

  // The octal of `printf %q` in the C locale and Python's bytes are 4 characters a byte, 5
  // JSON-escaped: for a secret of mostly non-ASCII, longer than six times its characters, the cap
  // on forms dropped them.
  it("is masked as `printf %q` in the C locale and Python's bytes write a secret of mostly non-ASCII", () => {
    const secret = "пароль€😀密码";
    const redactor = new Redactor().add(secret);
    const printed = [printfQ(secret, "C"), python(["repr(s.encode())"], secret)[0]!];
    expect(printed[0]).toMatch(/^\$'\\320\\277/);
    for (const text of printed) {
      expect(redactor.redact(`run ${text} done`), text).toMatch(/^run \S{0,3}\*\*\*\S{0,1} done$/);
      expect(redactor.redact(JSON.stringify({ line: text })), text).toMatch(/^\{"line":"\S{0,3}\*\*\*\S{0,1}"\}$/);
    }
  });

  // json.dumps writes a character past the BMP as a surrogate pair (`\ud83d\ude00`), and that text
  // printed by a step is JSON-escaped again by `flows --json` and the results output
  // (`\\ud83d\\ude00`): no form was that. Python's surrogate escapes JSON-escaped are 7 characters
  // a byte (`\\udcd0`): for a secret of mostly non-ASCII, past the cap on forms (then 6 a byte).
  it("is masked as Python's json.dumps writes it, as JSON again, and as its surrogate escapes JSON-escaped", () => {
    const secret = "пароль€😀密码";
    const redactor = new Redactor().add(secret);
    const [once, twice] = python(["json.dumps(s)", "json.dumps(json.dumps(s))"], secret);
    expect(once).toContain("\\ud83d\\ude00");
    expect(twice).toContain("\\\\ud83d\\\\ude00");
    const child = spawnSync("python3", ["-X", "utf8=0", "-c", "import sys\nprint(repr(sys.argv[1]))", secret], { encoding: "utf8", env: { PATH: process.env.PATH, LC_ALL: "C" } });
    expect(child.status, child.stderr).toBe(0);
    const surrogates = child.stdout.trim();
    expect(surrogates).toMatch(/^'\\udcd0\\udcbf/);
    for (const text of [once!, twice!, surrogates]) expect(redactor.redact(`run ${text} done`), text).toMatch(/^run \S{0,4}\*\*\*\S{0,4} done$/);
    for (const text of [once!, surrogates]) {
      expect(redactor.redact(JSON.stringify({ line: text })), text).toMatch(/^\{"line":"\S{0,6}\*\*\*\S{0,6}"\}$/);
    }
  });

  it("is masked as `printf %q` writes it as $'…', in a UTF-8 and in the C locale, also a multi-line secret", () => {
    const secrets = ["it's a\ttab s3cret-1", "first 'line' s3cret-2\nsecond\\line é s3cret-3", "pässwörd s3cret-4"];
    const redactor = new Redactor().add(...secrets);
    for (const secret of secrets) {
      for (const locale of ["C.UTF-8", "C"]) {
        const printed = printfQ(secret, locale);
        if (locale === "C" || secret.includes("\n")) expect(printed, locale).toMatch(/^\$'/);
        expectMasked(redactor, printed, /s3cret/);
      }
    }
  });

  it("is masked with XML's &apos;, with &quot; and ' kept, and as quote_plus writes it with `/` kept", () => {
    const secret = `it's <a> "s3cret"/v1 & more`;
    const redactor = new Redactor().add(secret);
    const printed = python(
      [
        `xml.sax.saxutils.escape(s, {"'": "&apos;", '"': "&quot;"})`, // .NET's SecurityElement.Escape writes the same
        "xml.sax.saxutils.quoteattr(s)",
        'ET.tostring(ET.Element("a", v=s), encoding="unicode")',
        "urllib.parse.quote_plus(s, safe='/')",
      ],
      secret,
    );
    for (const text of printed) expectMasked(redactor, text, /s3cret/);
  });

  // The WHATWG URL standard's form encoding (URLSearchParams, fetch's form bodies, Java's
  // URLEncoder) keeps `*` and writes `~` as `%7E`: no registered form was that, and a secret
  // holding `~` (an Azure client secret) is its own encodeURIComponent, so it had no percent form.
  it("is masked as URLSearchParams writes it in a query string or a form body", () => {
    const azure = "abc8Q~xyz.s3cret_dEf-01";
    const mixed = "Az8Q~rt*s3cret value!(y)/é";
    const redactor = new Redactor().add(azure, mixed);
    for (const secret of [azure, mixed]) {
      const query = new URL("https://login.example.com/token");
      query.searchParams.set("state", secret);
      const body = new URLSearchParams({ grant_type: "client_credentials", client_secret: secret, scope: "x" }).toString();
      expect(body).toContain("%7E");
      for (const text of [query.href, body, body.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())]) expectMasked(redactor, text, /s3cret/);
    }
  });

  // flows shows a line's hidden and control characters escaped before the line is redacted (the
  // job log's step lines, the terminal's): a secret holding a zero-width space and both quotes, or
  // DEL, had no registered form that was so.
  it("is masked as flows shows it in the job log and on the terminal, its hidden and control characters escaped", () => {
    const secrets = [`it's "a"\u200b s3cret-1`, "del\u007f s3cret-2", "bs\b ff\f c1\u0085 é s3cret-3"];
    const redactor = new Redactor().add(...secrets);
    for (const secret of secrets) {
      for (const shown of [logOutputLine(secret), logText(secret), terminalText(secret)]) expectMasked(redactor, shown, /s3cret/);
    }
  });

  it("adds no form to a token of letters and digits, and a bounded number to a secret with quotes, spaces and non-ASCII", () => {
    expect(new Redactor().add("ghs_e2eJobToken0123456789abcdefABCDEF").size).toBe(6);
    expect(new Redactor().add("plainSecretValue0123").size).toBe(6);
    // 47: the runner's `''` form and its JSON (runnerForms) are two more than the 45 before.
    expect(new Redactor().add(`it's a "b" $x é/v1`).size).toBeLessThanOrEqual(47);
    // No form longer than seven times the secret's UTF-8 bytes: the longest sets how much the output readers hold back.
    const wide = new Redactor().add("é😀".repeat(1000));
    expect(wide.longest).toBeLessThanOrEqual(7 * Buffer.byteLength("é😀".repeat(1000)));
  });
});

describe("a secret of letters, digits, _ and -", () => {
  // encodings() does not ask for the quoted forms of such a secret (a token is registered on
  // every start): each of them is the secret itself, so nothing is lost by not asking.
  it("is its own quoted form in every quoting: the shortcut loses no form", () => {
    const alphabet = "ABCXYZabcxyz0189_-";
    const words = ["-", "_", "--x", "ghs_16C7e42F292c6912E7710c838347Ae178B4a", "github_pat_11ABC_def-0"];
    for (let n = 0; n < 500; n++) words.push(Array.from({ length: 1 + (n % 40) }, (_, i) => alphabet[(n * 7 + i * 13) % alphabet.length]).join(""));
    for (const word of words) {
      expect(PLAIN_WORD.test(word)).toBe(true);
      const forms = [...shellQuotedForms(word), ...htmlEscapedForms(word), ...inspectedForms(word)].filter((form) => form !== word);
      expect(forms, word).toEqual([]);
    }
    // And what any of them would change is not such a word.
    for (const char of " !\"#$%&'()*+,./:;<=>?@[\\]^`{|}~\té\n") expect(PLAIN_WORD.test(`ab${char}cd`), char).toBe(false);
  });
});

describe("the prefix index with many forms that start alike", () => {
  it("finds what the alternation finds in a text full of the quoted forms of secrets that share a start", () => {
    const secrets = Array.from({ length: 12 }, (_, i) => `it's a "p${i}" $x é/v1 <&> ${"s3cret".slice(0, 1 + (i % 6))}`);
    const indexed = new Redactor({ indexAbove: { forms: 0, chars: 0 } }).add(...secrets);
    const alternation = new Redactor({ indexAbove: { forms: Number.POSITIVE_INFINITY, chars: Number.POSITIVE_INFINITY } }).add(...secrets);
    const printed = secrets.flatMap((secret) => [secret, JSON.stringify(secret), printfQ(secret, "C"), encodeURIComponent(secret), `it'\\''s a "q"`]);
    const text = `${printed.join(" | ")} ${JSON.stringify(printed)}`;
    expect(indexed.redact(text)).toBe(alternation.redact(text));
    expect([...indexed.secretSpans(text)]).toEqual([...alternation.secretSpans(text)]);
    expect(indexed.redact(text)).not.toMatch(/p\d+/);
  });

  // The forms of 20 secrets that start alike share their first characters (`it\'s a "`): each
  // place of such a text was compared with each form that starts so: 3.3 s for these 2.4 MB.
  it("keeps a text full of the start the forms share quick: one lookup per place, not one per form", () => {
    const redactor = new Redactor().add(...Array.from({ length: 20 }, (_, i) => `it's a "p${i}" $x é/v1 <&> s3cret`));
    expect(redactor.size).toBeGreaterThan(400);
    const text = `${`it\\'s a "q" `.repeat(200_000)}it\\'s a "p7" $x é/v1 <&> s3cret`;
    const { ms, value: clean } = fastestOf(2, () => redactor.redact(text));
    expect(ms).toBeLessThan(1_500);
    expect(clean.endsWith("***")).toBe(true);
  });
});
