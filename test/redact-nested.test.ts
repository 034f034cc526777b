import { describe, expect, it } from "vitest";
import { redacted } from "../src/redact-cut.js";
import { Redactor } from "../src/redact.js";
import { fastestOf } from "./helpers/fastest.js";

// A step that logs a request body whose field is JSON prints a secret JSON-escaped twice; quoted
// once more (`flows --json`, the `results` output, a stored record's output) it is three levels
// deep, and the forms registered (escaped once and twice) no longer matched: `\"` had become
// `\\\\\\\"`.

/** `text` JSON-escaped `depth` times (the quotes around it left out each time). */
function escaped(text: string, depth: number): string {
  let form = text;
  for (let i = 0; i < depth; i++) form = JSON.stringify(form).slice(1, -1);
  return form;
}

const SECRETS = ['sk-"live"\\key-0123456789', "pass\nword-42-x", "tab\there-9876", "it's-a-secret'", "pässwörd<&>ü"];

describe("a secret JSON-escaped at any depth", () => {
  it("is masked at every depth from 0 to 12, inside a text that is JSON as deep", () => {
    const redactor = new Redactor().add(...SECRETS);
    for (const secret of SECRETS) {
      for (let depth = 0; depth <= 12; depth++) {
        const line = `before ${escaped(JSON.stringify({ auth: secret, n: 1 }), depth)} after`;
        const clean = redactor.redact(line);
        expect(clean, `${JSON.stringify(secret)} at depth ${depth + 1}`).toContain("***");
        for (const part of ["live", "word-42", "here-9876", "a-secret", "rd<"]) expect(clean).not.toContain(part);
        // What is around it is kept.
        expect(clean.startsWith("before ")).toBe(true);
        expect(clean.endsWith(" after")).toBe(true);
        expect(clean).toContain("n");
      }
    }
  });

  it("is masked three levels deep in every redacting path: lines, each line alone, cut parts", () => {
    const secret = SECRETS[0]!;
    const redactor = new Redactor().add(secret);
    const deep = escaped(JSON.stringify({ body: JSON.stringify({ token: secret }) }), 1);
    expect(deep).toContain('\\\\\\"live');
    const text = `one\n${deep}\nthree`;
    expect(redactor.redact(text)).not.toContain("live");
    expect(redactor.redactLines(text.split("\n")).join("\n")).not.toContain("live");
    expect(redactor.redactEachLine(text)).not.toContain("live");
    expect(redactor.holdsSecret(deep)).toBe(true);
    // Cut after redaction: a cut never keeps part of the secret.
    const part = redacted(text, redactor).part("head", 40);
    expect(part.text.text).not.toContain("live");
  });

  it("costs a bounded multiple of today's search on 10 MB of deeply escaped output", () => {
    // 10 MB of log lines holding request bodies three levels deep, one in 50 with the secret.
    const secret = SECRETS[0]!;
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 10_000_000; i++) {
      const body = escaped(JSON.stringify({ body: JSON.stringify({ auth: i % 50 === 0 ? secret : "nothing-here", n: i, pad: "x".repeat(60) }) }), 1);
      const line = `log ${i}: request ${body}`;
      lines.push(line);
      size += line.length + 1;
    }
    const text = lines.join("\n");
    const withDeepForms = new Redactor().add(secret);
    // Today's work on the same text: a secret as long with nothing JSON escapes has no forms to
    // look for deeper, so only the search that was there before runs.
    const today = new Redactor().add("sk-Xlive-Xkey-0123456789");
    const now = fastestOf(3, () => withDeepForms.redact(text));
    const before = fastestOf(3, () => today.redact(text));
    expect(now.value).not.toContain("live");
    expect((now.value.match(/\*\*\*/g) ?? []).length).toBe(Math.ceil(lines.length / 50));
    const ratio = now.ms / before.ms;
    // Measured 3–5 times (a fold of each run of backslashes and a second search); 12 is the bound.
    expect(ratio, `${now.ms.toFixed(0)} ms against ${before.ms.toFixed(0)} ms`).toBeLessThan(12);
  }, 120_000);

  it("leaves text with no run of four backslashes to the search there was", () => {
    const redactor = new Redactor().add(SECRETS[0]!);
    // Escaped twice: registered as it is; a run of three backslashes is not searched again.
    expect(redactor.redact(`x ${escaped(SECRETS[0]!, 2)} y`)).toBe("x *** y");
    expect(redactor.redact("a \\\\\\ b sk- live")).toBe("a \\\\\\ b sk- live");
  });
});

describe("the forms GitHub's runner masks", () => {
  it("masks a secret with `'` as a workflow expression writes it, and one given in quotes without them", () => {
    const redactor = new Redactor().add("it's-secret-1", '"quoted-secret-value"');
    expect(redactor.redact("x 'it''s-secret-1' y")).toBe("x '***' y");
    expect(redactor.redact("token: quoted-secret-value.")).toBe("token: ***.");
  });

  it("masks base64 at each byte offset, RFC 3986 percent-encoding, XML escapes and hex, as the runner and more", () => {
    const secret = "p@ss<wörd>&'x'";
    const redactor = new Redactor().add(secret);
    for (const prefix of ["", "a", "ab"]) {
      const base64 = Buffer.from(`${prefix}${secret}`).toString("base64");
      expect(redactor.redact(base64), `base64 after ${prefix.length} bytes`).not.toMatch(/[A-Za-z0-9+/]{12}/);
    }
    expect(redactor.redact(encodeURIComponent(secret).replace(/'/g, "%27"))).toBe("***");
    expect(redactor.redact("p@ss&lt;wörd&gt;&amp;&apos;x&apos;")).toBe("***");
    expect(redactor.redact(Buffer.from(secret).toString("hex"))).toBe("***");
  });
});
