import { describe, expect, it } from "vitest";
import { Redactor } from "../../src/redact.js";
import { LineSplitter, OutputTail } from "../../src/runners/output.js";

// A secret JSON-escaped three times or more is masked with each run of backslashes as one
// (src/redact-nested.ts), and such a form is longer than any registered form: a `"` escaped six
// times is 63 backslashes and the quote. The line cutter held back, and looked for secrets
// around a cut, only the longest registered form's length of text: a piece ended inside a
// secret escaped deeper than that, and the next piece (the kept tail of the output) started with
// its end, which no redaction of a piece alone matches.

/** `text` JSON-escaped `depth` times (the quotes around it left out each time). */
function escaped(text: string, depth: number): string {
  let form = text;
  for (let i = 0; i < depth; i++) form = JSON.stringify(form).slice(1, -1);
  return form;
}

/** Any 4 characters in a row of the secret's words (its quotes and backslashes left out) in `text`. */
function leaked(secret: string, text: string): string | undefined {
  const words = secret.replace(/["\\]/g, "");
  const shown = text.replace(/["\\]/g, "");
  for (let at = 0; at + 4 <= words.length; at++) if (shown.includes(words.slice(at, at + 4))) return words.slice(at, at + 4);
  return undefined;
}

/** The pieces a line is handed out in, and the output tail kept of them. */
function cutLine(redactor: Redactor, line: string, maxLineChars: number, tailBytes: number, chunk: number): { pieces: string[]; tail: string } {
  const pieces: string[] = [];
  const tail = new OutputTail(tailBytes, redactor);
  const splitter = new LineSplitter(
    (piece) => {
      pieces.push(piece);
      tail.push(piece, "stdout");
    },
    { redactor, maxLineChars },
  );
  const bytes = Buffer.from(line);
  for (let at = 0; at < bytes.length; at += chunk) splitter.push(bytes.subarray(at, at + chunk));
  splitter.end();
  return { pieces, tail: tail.text() };
}

describe("a secret escaped at any depth, where a long line is cut", () => {
  it("leaves no part of it in any piece or in the kept tail, at every cut offset and every depth from 1 to 6", () => {
    const secret = 'db-pa"ss\\word-7731-zz';
    const redactor = new Redactor().add(secret);
    const maxLineChars = 40;
    for (let depth = 1; depth <= 6; depth++) {
      const form = escaped(secret, depth);
      // Every offset of the first cut in the secret, and one before and after it.
      for (let offset = -1; offset <= form.length + 1; offset++) {
        const line = `${".".repeat(Math.max(0, maxLineChars - offset))}${form}${",".repeat(5000)}`;
        const { pieces, tail } = cutLine(redactor, line, maxLineChars, maxLineChars + 30, 997);
        expect(pieces.join(""), `depth ${depth}, offset ${offset}`).toBe(line);
        for (const piece of pieces) expect(leaked(secret, redactor.redact(piece)), `depth ${depth}, offset ${offset}: ${piece}`).toBeUndefined();
        expect(leaked(secret, redactor.redact(tail)), `depth ${depth}, offset ${offset}: tail`).toBeUndefined();
      }
    }
  });

  // Longer than the redaction window (4096 characters each side of a cut) escaped five times.
  it("leaves no part of a secret whose deep form is longer than the redaction window, at every cut offset", () => {
    const secret = `key-${'q"'.repeat(150)}-end`;
    const redactor = new Redactor().add(secret);
    const maxLineChars = 6000;
    for (const depth of [4, 5, 6]) {
      const form = escaped(secret, depth);
      // Every offset would take minutes; every offset within the secret's first and last word
      // and at each of its quotes' runs is what a cut can fall on differently.
      const offsets = new Set<number>([-1, 0, form.length, form.length + 1]);
      for (let at = 0; at < form.length; at++) if (form[at] !== "\\" || form[at - 1] !== "\\") offsets.add(at);
      for (const offset of [...offsets].filter((_, i) => i % 7 === 0 || i < 8)) {
        const line = `${".".repeat(Math.max(0, maxLineChars - offset))}${form}${",".repeat(12000)}`;
        const { pieces, tail } = cutLine(redactor, line, maxLineChars, maxLineChars + 30, 65536);
        expect(pieces.join("")).toBe(line);
        for (const piece of pieces) expect(leaked(secret, redactor.redact(piece)), `depth ${depth}, offset ${offset}`).toBeUndefined();
        expect(leaked(secret, redactor.redact(tail)), `depth ${depth}, offset ${offset}: tail`).toBeUndefined();
      }
    }
  });

  it("holds a bounded amount of a line that is backslashes without end, and its secrets stay masked", () => {
    const secret = 'db-pa"ss\\word-7731-zz';
    const redactor = new Redactor().add(secret);
    const pieces: string[] = [];
    const splitter = new LineSplitter((piece) => pieces.push(piece), { redactor, maxLineChars: 1000 });
    const chunk = Buffer.from("\\".repeat(64 * 1024));
    splitter.push(Buffer.from(escaped(secret, 12)));
    for (let i = 0; i < 64; i++) splitter.push(chunk);
    splitter.end();
    // Everything held came out at the end: no more than the piece, 64 times the 4096-character
    // lookahead and a chunk. The runs past that were shortened (folded, the same text).
    const handedOut = pieces.reduce((sum, piece) => sum + piece.length, 0);
    expect(handedOut).toBeLessThanOrEqual(escaped(secret, 12).length + 1000 + 64 * 4096 + chunk.length);
    expect(pieces.join("").startsWith(escaped(secret, 12).slice(0, 30))).toBe(true);
    for (const piece of pieces) expect(leaked(secret, redactor.redact(piece))).toBeUndefined();
  });
});
