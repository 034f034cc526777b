import { describe, expect, it } from "vitest";
import { MAX_REDACT_DEPTH, parseRedactInput, REDACTED, Redactor, TOO_DEEP } from "../src/redact.js";
import { redacted } from "../src/redact-cut.js";
import { mayHoldWrappedText, wrappedSegments } from "../src/redact-spans.js";
import { fastestOf } from "./helpers/fastest.js";
import { Rng } from "./runners/line-fuzz.js";

describe("the redactor", () => {
  it("replaces every registered secret, also JSON-escaped and URL-encoded", () => {
    const redactor = new Redactor().add("ghs_jobtoken", 'pa"ss/wo rd');
    expect(redactor.redact("token ghs_jobtoken and again ghs_jobtoken")).toBe("token *** and again ***");
    expect(redactor.redact(JSON.stringify({ v: 'x pa"ss/wo rd y' }))).toBe('{"v":"x *** y"}');
    expect(redactor.redact(`?q=${encodeURIComponent('pa"ss/wo rd')}`)).toBe("?q=***");
  });

  // What a step's tools print, as those tools write it (outputs of Python 3's json.dumps and
  // urllib.parse, Go's encoding/json, .NET's HttpUtility.UrlEncode): none matched the forms
  // JavaScript's own JSON.stringify and encodeURIComponent write.
  it("replaces a secret JSON-escaped as Python and Go write it (\\uXXXX for non-ASCII, and for < > &)", () => {
    const redactor = new Redactor().add("pässwörd-ü 1234/x+y=!", "db<admin>&key-42 😀");
    // json.dumps({"p": ...}), ensure_ascii by default.
    expect(redactor.redact('{"p": "p\\u00e4ssw\\u00f6rd-\\u00fc 1234/x+y=!"}')).toBe('{"p": "***"}');
    expect(redactor.redact('{"p": "db<admin>&key-42 \\ud83d\\ude00"}')).toBe('{"p": "***"}');
    // Go: json.Marshal(map[string]string{"p": ...}).
    expect(redactor.redact('{"p":"db\\u003cadmin\\u003e\\u0026key-42 😀"}')).toBe('{"p":"***"}');
  });

  it("replaces a secret percent-encoded as other encoders write it: form bodies, RFC 3986, lower-case hex", () => {
    const redactor = new Redactor().add("pässwörd-ü 1234/x+y=!", "base64/Key+Value==");
    // urllib.parse.urlencode (a form body), urllib.parse.quote(safe=""), and .NET's lower case.
    expect(redactor.redact("p=p%C3%A4ssw%C3%B6rd-%C3%BC+1234%2Fx%2By%3D%21&v=2")).toBe("p=***&v=2");
    expect(redactor.redact("/p%C3%A4ssw%C3%B6rd-%C3%BC%201234%2Fx%2By%3D%21/")).toBe("/***/");
    expect(redactor.redact("p=p%c3%a4ssw%c3%b6rd-%c3%bc+1234%2fx%2by%3d%21")).toBe("p=***");
    expect(redactor.redact("key=base64%2fKey%2bValue%3d%3d&x")).toBe("key=***&x");
    // A secret with nothing to encode has no more forms than before.
    expect(new Redactor().add("plainSecretValue0123").size).toBe(new Redactor().add("plainSecretValue0124").size);
  });

  // As the tools print it (bash 5's `printf %q`, Python 3's shlex.quote, html.escape and
  // urllib.parse.quote, Go's html.EscapeString): none matched a registered form, and a step that
  // logged `git clone 'it'\''s …'` or an HTML form published the secret.
  it("replaces a secret quoted for a shell, escaped for HTML or XML, and percent-encoded with `/` kept (Python's quote)", () => {
    const secret = `it's a <s3cret>&"key"/v1`;
    const redactor = new Redactor().add(secret);
    const printed = [
      `git clone 'it'\\''s a <s3cret>&"key"/v1' dir`, // POSIX single quotes: git, shell-escape, flows' shellWord
      `python -c 'it'"'"'s a <s3cret>&"key"/v1' dir`, // shlex.quote
      `printf %q: it\\'s\\ a\\ \\<s3cret\\>\\&\\"key\\"/v1 dir`, // bash printf %q
      `<p>it's a &lt;s3cret&gt;&amp;"key"/v1 dir`, // XML text
      `value="it&#39;s a &lt;s3cret&gt;&amp;&quot;key&quot;/v1 dir`, // escape-html, lodash
      `value="it&#x27;s a &lt;s3cret&gt;&amp;&quot;key&quot;/v1 dir`, // html.escape
      `value="it&#39;s a &lt;s3cret&gt;&amp;&#34;key&#34;/v1 dir`, // Go, MarkupSafe
      `https://h/x?p=it%27s%20a%20%3Cs3cret%3E%26%22key%22/v1 dir`, // urllib.parse.quote
    ];
    for (const line of printed) {
      const clean = redactor.redact(line);
      expect(clean, line).toContain("***");
      expect(clean, line).not.toMatch(/s3cret/);
      // The same line as JSON text (`flows --json`, the results output).
      expect(redactor.redact(JSON.stringify({ line })), line).not.toMatch(/s3cret/);
    }
    // `#` and `~` are quoted by `printf %q` at a word's start only.
    expect(new Redactor().add("#start~mid key").redact("\\#start~mid\\ key")).toBe("***");
    // The forms are registered only where they differ: a secret of letters, digits and `-_.` has
    // as many forms as before; with a `~` four (shell-quote 1.9.0 writes `\~`, and that as JSON
    // text, test/redact-forms.test.ts; URLSearchParams writes `%7E`, also in lower case), and this
    // one at most 23 more (2 of them the runner's `''` form and its JSON, runnerForms).
    expect(new Redactor().add("plain-Secret_value.0123").size).toBe(6);
    expect(new Redactor().add("plain-Secret_value.0123~").size).toBe(11);
    expect(redactor.size).toBeLessThanOrEqual(36);
  });

  // A result's message that holds a response body (JSON text) goes out as JSON again: the
  // `results` output, `flows --json`. Each backslash of the escaped secret is doubled there.
  it("replaces a secret JSON-escaped twice (JSON text inside a JSON string)", () => {
    const secret = 'pa"ss\\wo\nrd-1234';
    const redactor = new Redactor().add(secret);
    const inner = JSON.stringify({ password: secret });
    expect(redactor.redact(JSON.stringify({ message: inner }))).toBe(JSON.stringify({ message: '{"password":"***"}' }));
    expect(redactor.redact(JSON.stringify([JSON.stringify(`a ${secret} b`)]))).toBe(JSON.stringify([JSON.stringify("a *** b")]));
  });

  it("replaces a secret's hex and base64 forms, also inside a longer base64 text (`basic` auth of x-access-token)", () => {
    const token = "ghs_e2eJobToken0123456789abcdefABCDEF";
    const redactor = new Redactor().add(token);
    const base64 = (text: string): string => Buffer.from(text).toString("base64");
    expect(redactor.redact(`hex ${Buffer.from(token).toString("hex")}`)).toBe("hex ***");
    const basic = redactor.redact(`AUTHORIZATION: basic ${base64(`x-access-token:${token}`)}`);
    expect(basic).toContain("***");
    for (const prefix of ["", "a", "ab", "abc"]) {
      const text = redactor.redact(base64(`${prefix}${token}zz`));
      expect(text).toContain("***");
      // What is left cannot give the token back: no run of its base64 longer than the few
      // characters of the bytes around it (and padding).
      expect(text.replace("***", " ").split(" ").every((part) => part.length <= 6)).toBe(true);
    }
    expect(redactor.redact(base64(token).replace(/\+/g, "-").replace(/\//g, "_"))).toMatch(/^\*\*\*.{0,4}$/);
  });

  it("replaces a secret's hex in capitals, as `xxd -u` and many formatters print it", () => {
    const token = "ghs_e2eJobToken0123456789abcdefABCDEF";
    const redactor = new Redactor().add(token);
    const hex = Buffer.from(token).toString("hex");
    expect(redactor.redact(`hex ${hex.toUpperCase()}.`)).toBe("hex ***.");
    expect(redactor.redact(`hex ${hex}.`)).toBe("hex ***.");
  });

  // `base64` wraps at 76 columns, `openssl base64` at 64, `xxd -p` at 60: no line holds enough
  // of the secret's form to match, and each line went out as it was.
  it("replaces base64 and hex of a secret wrapped over lines (LF and CRLF), keeping the lines", () => {
    const secret = "sk-live-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRS";
    const redactor = new Redactor().add(secret);
    const wrap = (text: string, width: number, eol: string): string => (text.match(new RegExp(`.{1,${width}}`, "g")) ?? []).join(eol);
    for (const eol of ["\n", "\r\n"]) {
      for (const prefix of ["", "a", "ab", "Authorization: basic x-access-token:"]) {
        const base64 = Buffer.from(`${prefix}${secret}`).toString("base64");
        expect(base64.length).toBeGreaterThan(76);
        const clean = redactor.redact(`$ base64 key.txt${eol}${wrap(base64, 76, eol)}${eol}done${eol}`);
        expect(clean, `${JSON.stringify(eol)} ${prefix}`).toContain("***");
        // Each line is kept; what is left of the encoding is only the few characters that also
        // hold the bytes around the secret.
        expect(clean.split(eol)).toHaveLength(base64.length > 152 ? 6 : 5);
        for (const part of clean.split(eol).slice(1, -2)) expect(part.replace(/\*\*\*/g, " ").trim().split(" ").every((piece) => piece.length <= 4 || base64.startsWith(piece))).toBe(true);
        expect(clean.split(eol).at(-2)).toBe("done");
      }
      const hex = wrap(Buffer.from(secret).toString("hex"), 60, eol);
      expect(redactor.redact(`${hex}${eol}`)).toBe(`${hex.split(eol).map(() => "***").join(eol)}${eol}`);
    }
    // The plain secret folded over two lines is masked too.
    expect(redactor.redact(`${secret.slice(0, 20)}\n${secret.slice(20)}`)).toBe("***\n***");
  });

  // JSON text holds wrapped output with its line breaks escaped, on one line: a result's
  // `details` in the `results` output, `flows fire --json`, a step that logs JSON.
  it("replaces base64 and hex of a secret wrapped over lines inside JSON text (escaped LF and CRLF)", () => {
    const secret = "sk-live-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRS";
    const redactor = new Redactor().add(secret);
    const wrap = (text: string, width: number, eol: string): string => (text.match(new RegExp(`.{1,${width}}`, "g")) ?? []).join(eol);
    const base64 = Buffer.from(`x-access-token:${secret}`).toString("base64");
    for (const eol of ["\n", "\r\n"]) {
      const output = `$ base64 auth.txt${eol}${wrap(base64, 76, eol)}${eol}done${eol}`;
      const json = JSON.stringify({ details: output });
      const clean = redactor.redact(json);
      // The same as the wrapped text redacted, then written as JSON.
      expect(clean, JSON.stringify(eol)).toBe(JSON.stringify({ details: redactor.redact(output) }));
      expect(clean).toContain("***");
      const hex = wrap(Buffer.from(secret).toString("hex"), 60, eol);
      expect(redactor.redact(JSON.stringify([hex]))).toBe(JSON.stringify([hex.split(eol).map(() => "***").join(eol)]));
    }
    // An escaped backslash before an `n` is no line break: nothing is joined across it.
    expect(redactor.redact(JSON.stringify(`${base64.slice(0, 40)}\\n${base64.slice(40)}`))).toBe(JSON.stringify(`${base64.slice(0, 40)}\\n${base64.slice(40)}`));
  });

  // Each line a writer prints ends in a line break, and the wrapped search walked every break
  // of every line (and of a batch of lines) one by one: one search in native code now tells the
  // texts that hold no break wrappedSegments would take out. It must never miss one.
  it("skips the wrapped search only for a text with no break it takes out (20,000 random texts)", () => {
    const rng = new Rng(11);
    const pieces = ["QUJDREVGR0hJSktM", "TU5PUA", "A", "9", "+/", "=", "_-", "\n", "\r\n", "\\n", "\\r\\n", "\\", "r", "n", " ", "[a/b] ", "é"];
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: rng.int(0, 12) }, () => rng.pick(pieces)).join("");
      const segments = wrappedSegments(text).length;
      if (segments > 0) {
        found += 1;
        expect(mayHoldWrappedText(text), JSON.stringify(text)).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(500);
    expect(mayHoldWrappedText("[flow/step] a line of text that ends like every line does\n")).toBe(false);
  });

  it("searches wrapped text in linear time: 10 MiB of 76-column lines", () => {
    const redactor = new Redactor().add("sk-live-0123456789abcdefghijklmnopqrstuvwxyz");
    const line = `${"QUJD".repeat(19)}\n`;
    const text = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    // 0.24 s alone, 0.5 to 0.8 s beside other test files: the fastest of three samples measures the code.
    const { ms, value } = fastestOf(3, () => redactor.redact(text));
    expect(value).toBe(text);
    expect(ms).toBeLessThan(3_000);
  });

  it("redacts in linear time: a long run of `a.a.a…` beside a `://` does not rescan itself", () => {
    const redactor = new Redactor();
    const text = `see x://y ${"a.".repeat(80_000)}`;
    // Quadratic before: 3.6 s for 80,000 characters, 14 s for 160,000. Now 25 ms alone; the
    // fastest of three samples leaves out a busy machine's pauses, which a 300 ms bound on one did not.
    const { ms } = fastestOf(3, () => redactor.redact(text));
    expect(ms).toBeLessThan(300);
  });

  // Found by the LineSplitter random cases (test/runners/output.fuzz.test.ts): V8 refuses a
  // literal of 32,768 characters in a regular expression, and the hex form of a 16 KiB secret
  // is one. Every redact() threw "Regular expression too large", its message every secret.
  it("redacts a secret whose encoded forms are longer than a regular expression literal may be", () => {
    const secret = Buffer.from(Array.from({ length: 12_288 }, (_, i) => (i * 7919 + 13) % 256)).toString("base64");
    expect(secret.length).toBe(16_384);
    const redactor = new Redactor().add(secret, "é".repeat(6000));
    // Python's surrogate escapes of `é`'s two bytes JSON-escaped (`\\udcc3\\udca9`): 7 characters a byte.
    expect(redactor.longest).toBe(84_000);
    expect(redactor.redact(`a ${secret} b`)).toBe("a *** b");
    expect(redactor.redact(`hex ${Buffer.from(secret).toString("hex")}.`)).toBe("hex ***.");
    expect(redactor.redact(`url ${encodeURIComponent("é".repeat(6000))}.`)).toBe("url ***.");
    expect(redactor.redact(`near ${secret.slice(0, -1)}.`)).toBe(`near ${secret.slice(0, -1)}.`);
    expect([...redactor.secretSpans(`xx${secret}`)]).toEqual([[2, 2 + secret.length]]);
  });

  it("masks a multi-line secret line by line, and ignores values too short to mask", () => {
    const redactor = new Redactor().add("first-line\nsecond-line", "ab", "", undefined);
    expect(redactor.redact("printed second-line only")).toBe("printed *** only");
    expect(redactor.redact("ab stays")).toBe("ab stays");
  });

  it("replaces the longest secret whole when one contains another", () => {
    const redactor = new Redactor().add("abcd", "abcdefgh");
    expect(redactor.redact("xabcdefghx")).toBe("x***x");
  });

  it("strips URL credentials and credential query parameters from any text", () => {
    const redactor = new Redactor();
    expect(redactor.redact("fetch http://user:pw@host:8080/base?token=q&x=1 failed")).toBe("fetch http://***@host:8080/base?token=***&x=1 failed");
    expect(redactor.redact("https://x-access-token:abc@github.com/o/r.git")).toBe("https://***@github.com/o/r.git");
    expect(redactor.redact("see https://example.com/a?api_key=k1;sig=s2#top")).toBe("see https://example.com/a?api_key=***;sig=***#top");
    expect(redactor.redact("plain text, no URL: a@b.c")).toBe("plain text, no URL: a@b.c");
    // Signed storage URLs (artifacts on GitHub Enterprise Server's S3 or GCS storage): their
    // signature and session token, as Azure's `sig` is.
    expect(redactor.redact("GET https://b.s3.amazonaws.com/a.zip?X-Amz-Credential=AKIA1/2026&X-Amz-Security-Token=IQoJb3Jp&X-Amz-Signature=9f1e&X-Amz-Expires=300 failed")).toBe(
      "GET https://b.s3.amazonaws.com/a.zip?X-Amz-Credential=***&X-Amz-Security-Token=***&X-Amz-Signature=***&X-Amz-Expires=300 failed",
    );
    expect(redactor.redact("https://storage.googleapis.com/b/a.zip?X-Goog-Signature=77ab&X-Goog-Date=1")).toBe("https://storage.googleapis.com/b/a.zip?X-Goog-Signature=***&X-Goog-Date=1");
  });

  it("replaces GitHub-token-shaped strings nobody registered", () => {
    const token = `ghp_${"a1B2".repeat(9)}`;
    expect(new Redactor().redact(`leaked ${token}.`)).toBe("leaked ***.");
  });

  it("replaces a token-shaped string whatever touches it: JSON escapes, names, suffixes, URL encoding", () => {
    const token = `ghp_${"A1b2C3d4E5f6".repeat(3)}`;
    const redactor = new Redactor();
    expect(redactor.redact(JSON.stringify({ log: `first line\n${token}` }))).toBe('{"log":"first line\\n***"}');
    expect(redactor.redact(`MY_${token} ${token}_suffix a%3D${token} x${token}9`)).toBe("MY_*** ***_suffix a%3D*** x***");
    expect(redactor.redact(`github_pat_${"a1B2_".repeat(8)}`)).toBe("***");
    expect(redactor.redact("ghp_short and gh_notatoken")).toBe("ghp_short and gh_notatoken");
  });

  it("copies JSON values with every string and key redacted, leaving the input as it was", () => {
    const redactor = new Redactor().add("s3cr3t-value");
    const input = { list: ["s3cr3t-value", 1, true, null], "key-s3cr3t-value": { deep: "x s3cr3t-value" } };
    const clean = redactor.redactValue(input);
    expect(clean).toEqual({ list: ["***", 1, true, null], "key-***": { deep: "x ***" } });
    expect(input.list[0]).toBe("s3cr3t-value");
  });

  // A secret that is a number (an account id, a chat id) went out as a JSON number: only
  // strings were redacted. Numbers that are a record's own (counts, lines) are left alone.
  it("replaces a number that is a registered secret of 8 digits or more, and no other number", () => {
    const redactor = new Redactor().add("123456789012", "4242");
    const clean = redactor.redactValue({ account: 123456789012, list: [123456789012, 4242, 1234567890123, 12345678901.5], text: "id 123456789012" });
    expect(clean).toEqual({ account: "***", list: ["***", 4242, 1234567890123, 12345678901.5], text: "id ***" });
    expect(redactor.redactValue(123456789012)).toBe("***");
    expect(JSON.stringify(redactor.redactValue([123456789012]))).not.toContain("123456789012");
  });

  it("walks 3,000 levels of hostile nesting without overflowing, cutting below the depth cap", () => {
    const redactor = new Redactor().add("s3cr3t-value");
    let value: unknown = "s3cr3t-value";
    for (let i = 0; i < 3_000; i++) value = i % 2 ? { next: value } : [value];
    const clean = redactor.redactValue(value);
    const text = JSON.stringify(clean);
    expect(text).not.toContain("s3cr3t-value");
    expect(text).toContain(TOO_DEEP);
    let level = 0;
    for (let node: unknown = clean; typeof node === "object" && node !== null; level++) {
      node = Array.isArray(node) ? node[0] : (node as { next: unknown }).next;
    }
    expect(level).toBe(MAX_REDACT_DEPTH);
  });

  it("keeps shared and circular references without looping", () => {
    const redactor = new Redactor().add("s3cr3t-value");
    const shared = { v: "s3cr3t-value" };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    const clean = redactor.redactValue(cyclic);
    expect(clean.a).toBe(clean.b);
    expect(clean.self).toBe(clean);
    expect((clean.a as { v: string }).v).toBe("***");
  });

  it('keeps a "__proto__" key of JSON (a backend\'s or a step\'s result) as data: not dropped, not made the copy\'s prototype', () => {
    const redactor = new Redactor().add("s3cr3t-value");
    const text = '{"status":"completed","__proto__":{"message":"s3cr3t-value","next":[1]},"artifacts":{"__proto__":"x"}}';
    const clean = redactor.redactValue(JSON.parse(text) as Record<string, unknown>);
    expect(JSON.stringify(clean)).toBe(text.replace("s3cr3t-value", "***"));
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(clean.message).toBeUndefined();
    expect(clean.next).toBeUndefined();
  });

  it("reads the redact input one value per line", () => {
    expect(parseRedactInput("  one-secret \n\n two-secret\r\n")).toEqual(["one-secret", "two-secret"]);
  });
});

describe("secrets that overlap in the text", () => {
  it("masks the whole of two secrets that overlap, not only the one that starts first", () => {
    const redactor = new Redactor().add("qq-abcd", "abcd-0123456789");
    expect(redactor.redact("qq-abcd-0123456789")).toBe("***");
    expect(redactor.redact("x qq-abcd-0123456789 y qq-abcd z abcd-0123456789!")).toBe("x *** y *** z ***!");
    // A secret inside another is still masked with it, and secrets side by side stay two.
    expect(new Redactor().add("abcdef-long", "def-").redact("abcdef-long")).toBe("***");
    expect(new Redactor().add("aaaa-1", "bbbb-2").redact("aaaa-1bbbb-2")).toBe("******");
  });

  it("masks a chain of overlapping secrets as one span, and a dense self-overlap in bounded time", () => {
    const redactor = new Redactor().add("one-two", "two-three", "three-four");
    expect(redactor.redact("<one-two-three-four>")).toBe("<***>");
    expect([...redactor.secretSpans("<one-two-three-four> one-two")]).toEqual([
      [1, 19],
      [21, 28],
    ]);
    // `abab…` overlaps itself at every second character: in a long run of it every position is a
    // match. The work is bounded, and what is not looked at is masked.
    const periodic = new Redactor().add("ab".repeat(500));
    const text = `start ${"ab".repeat(2_000_000)} end`;
    // 75 ms alone; the fastest of two samples measures the code, not a busy machine.
    const { ms, value: clean } = fastestOf(2, () => periodic.redact(text));
    expect(ms).toBeLessThan(5_000);
    expect(clean.startsWith("start ***")).toBe(true);
    expect(clean).not.toContain("abab");
  });
});

// `flows fire` writes step lines to the terminal in batches, redacted in one call per batch
// (src/cli/line-batch.ts). Redacted as one text, a mask decided on one line covered the next.
describe("a batch of lines redacted line by line", () => {
  it("masks no text of the next line: a dense self-overlap, a multi-line secret, a secret ending in a line break", () => {
    const dense = new Redactor().add("ab".repeat(1_000));
    const batch = `[f/a] ${"ab".repeat(3_000)}.\n[f/b] the next line\n[f/b] and one more\n`;
    // One text: the first line used up the search's bound, and the rest of the batch was masked.
    expect(dense.redact(batch)).toBe("[f/a] ***");
    expect(dense.redactEachLine(batch)).toBe("[f/a] ***\n[f/b] the next line\n[f/b] and one more\n");
    const multiLine = new Redactor().add("line-one-of-it\nline-two-of-it", "ends-in-a-break\n");
    const lines = "x line-one-of-it\nline-two-of-it y\nends-in-a-break\nnext\n";
    expect(multiLine.redact(lines)).toBe("x *** y\n***next\n");
    expect(multiLine.redactEachLine(lines)).toBe("x ***\n*** y\n***\nnext\n");
  });
});

// Many or long secret forms are found through an Aho-Corasick automaton instead of one
// alternation (V8 runs a large alternation without skipping ahead: seconds per 4 MiB for a
// 20-line key).
describe("the redactor's automaton", () => {
  it("keeps a 30-line key's output quick (about 9 s per 4 MiB through the alternation)", () => {
    const rng = new Rng(7);
    const line = () => Buffer.from(Array.from({ length: 48 }, () => rng.int(0, 255))).toString("base64");
    const key = ["-----BEGIN PRIVATE KEY-----", ...Array.from({ length: 30 }, line), "-----END PRIVATE KEY-----"].join("\n");
    const redactor = new Redactor().add(key);
    expect(redactor.size).toBeGreaterThan(100);
    const text = `${"The quick brown fox jumps over the lazy dog 0123456789 ".repeat(40_000)}${key.split("\n")[5]}`;
    // 2.2 MB: about 5 s through the alternation, 20 ms through the index alone and 230 ms for one
    // sample beside other test files; the fastest of three measures the code, not the neighbours.
    const { ms, value: clean } = fastestOf(3, () => redactor.redact(text));
    expect(ms).toBeLessThan(1_000);
    expect(clean.endsWith(REDACTED)).toBe(true);
  });

  it("reads text in linear time whatever masks a step registered: forms sharing a long start, a long form repeating its start", () => {
    // `::add-mask::` lines echoed from a pull request's body. The prefix index compared every
    // form with that start at every place of a line of `q`s (100 masks: 46 s per MB), and a
    // 4,001-character mask took 15 s per MB (one alternation: 0.7 s for 2,401 characters).
    const masks = [...Array.from({ length: 100 }, (_, i) => `${"q".repeat(40)}Z${i}`), `${"q".repeat(2_000)}Z${"q".repeat(2_000)}`];
    const long = new Redactor().add(`${"q".repeat(1_200)}Z${"q".repeat(1_200)}`);
    const many = new Redactor().add(...masks);
    const text = `${"q".repeat(1_000_000)}Z7 ${"q".repeat(40)}Z7`;
    const { ms, value: clean } = fastestOf(2, () => [many.redact(text), long.redact(text)]);
    expect(clean).toEqual([`${"q".repeat(999_960)}${REDACTED} ${REDACTED}`, text]);
    expect(ms).toBeLessThan(1_000);
  });
});

// Redacting, then cutting: the cuts are methods of a redacted text, so a secret the cut goes
// through is `***` before it is cut, never a part of itself (src/redact-cut.ts).
describe("redacted text, cut to a limit", () => {
  const SECRET = "s3cr3t-d3ploy-k3y-0123456789abcdef";
  const cuts = new Redactor().add(SECRET);
  /** Any 6 characters in a row of the secret: what a cut through it would leave. */
  const partOf = (text: string): string | undefined => {
    for (let at = 0; at + 6 <= SECRET.length; at++) if (text.includes(SECRET.slice(at, at + 6))) return SECRET.slice(at, at + 6);
    return undefined;
  };
  const before = "release notes 🇫🇷 ";
  const after = " more notes 👍🏽";
  const text = `${before}${SECRET}${after}`;
  // Every limit from before the secret starts to after it ends: each cut point inside it.
  const limits = Array.from({ length: SECRET.length + 8 }, (_, i) => before.length - 4 + i);
  const methods: Array<[string, (max: number) => string]> = [
    ["chars", (max) => redacted(text, cuts).chars(max).text],
    ["clip", (max) => redacted(text, cuts).clip(max)],
    ["head", (max) => redacted(text, cuts).head(max).text],
    ["tail", (max) => redacted(text, cuts).tail(Buffer.byteLength(text) - max).text],
    ["map, then head", (max) => redacted(text, cuts).map((clean) => clean.toUpperCase()).head(max).text],
  ];

  for (const [name, cut] of methods) {
    it(`${name}: a secret straddling the cut point is never partly visible`, () => {
      const leaks = limits.map((max) => [max, partOf(cut(max))]).filter(([, part]) => part !== undefined);
      expect(leaks).toEqual([]);
    });
  }

  it("says how much it left out: code points for chars, UTF-8 bytes for head and tail", () => {
    const clean = redacted(text, cuts);
    expect(clean.text).toBe(`${before}***${after}`);
    expect(clean.chars(5)).toEqual({ text: "relea", cut: codePoints(clean.text) - 5 });
    expect(clean.head(14)).toEqual({ text: "release notes ", cut: clean.bytes - 14 });
    // The flag's two regional indicators stay together (8 bytes).
    expect(clean.head(20)).toEqual({ text: "release notes ", cut: clean.bytes - 14 });
    expect(clean.tail(8)).toEqual({ text: "👍🏽", cut: clean.bytes - 8 });
    expect(clean.tail(clean.bytes)).toEqual({ text: clean.text, cut: 0 });
  });
});

function codePoints(text: string): number {
  return Array.from(text).length;
}

describe("a secret holding a lone surrogate (handed to the library: decoded lines never hold one)", () => {
  it("is registered without throwing, and masked as it is and as encoders write it", () => {
    const secret = "pass\ud800word-1234";
    const redactor = new Redactor();
    expect(() => redactor.add(secret)).not.toThrow();
    expect(redactor.redact(`a ${secret} b`)).toBe(`a ${REDACTED} b`);
    expect(redactor.redact(`q=${encodeURIComponent("pass\ufffdword-1234")}`)).toBe(`q=${REDACTED}`);
  });
});
