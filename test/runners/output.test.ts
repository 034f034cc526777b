import { describe, expect, it } from "vitest";
import { Redactor, redactor } from "../../src/redact.js";
import { LineSplitter, MAX_LINE_CHARS, OutputTail } from "../../src/runners/output.js";

describe("LineSplitter", () => {
  it("joins lines split across chunks, even inside a multi-byte character, and flushes a last line without newline", () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));
    const bytes = Buffer.from("first li\u00e9ne\r\nsecond\n\nlast without newline");
    const cut = bytes.indexOf(0xa9); // second byte of "é"
    splitter.push(bytes.subarray(0, cut));
    expect(lines).toEqual([]);
    splitter.push(bytes.subarray(cut, cut + 10));
    splitter.push(bytes.subarray(cut + 10));
    expect(lines).toEqual(["first li\u00e9ne", "second", ""]);
    splitter.end();
    expect(lines).toEqual(["first li\u00e9ne", "second", "", "last without newline"]);
  });

  // Each piece of a line longer than MAX_LINE_CHARS is redacted on its own (log lines, the
  // output tail): a secret split between two pieces matched in neither.
  it("never ends a piece of an overlong line inside a registered secret or token", () => {
    const secret = "pieceSecretQrstUvwxJklNopGhiXYZ!";
    const token = `ghp_${"A1b2C3d4E5f6".repeat(3)}`;
    redactor.add(secret);
    for (const [value, offset] of [[secret, 1], [secret, 17], [secret, 31], [token, 5], [token, 30]] as const) {
      const pieces: string[] = [];
      const splitter = new LineSplitter((line) => pieces.push(line));
      // Without its newline yet: the line is cut into pieces as it grows.
      splitter.push(Buffer.from(`${"m".repeat(MAX_LINE_CHARS - offset)}${value}${"m".repeat(1000)}`));
      splitter.push(Buffer.from("\n"));
      expect(pieces.join("")).toBe(`${"m".repeat(MAX_LINE_CHARS - offset)}${value}${"m".repeat(1000)}`);
      expect(pieces.length).toBe(2);
      expect(pieces.filter((piece) => piece.includes(value))).toHaveLength(1);
      expect(pieces.every((piece) => piece.length <= MAX_LINE_CHARS)).toBe(true);
    }
  });

  // A PEM key or a JSON credential registered as one secret is longer than the redaction window:
  // cut where the window ended, its two halves matched in neither piece.
  it("never ends a piece inside a registered secret longer than the redaction window, however the output arrives", () => {
    const secrets = new Redactor();
    const secret = longSecret(9000);
    secrets.add(secret);
    for (const [offset, chunkBytes] of [[1, 65_536], [4500, 65_536], [8999, 65_536], [4500, 4099], [4500, MAX_LINE_CHARS + 2]] as const) {
      const line = `${"m".repeat(MAX_LINE_CHARS - offset)}${secret}${"m".repeat(70_000)}`;
      const pieces: string[] = [];
      const splitter = new LineSplitter((piece) => pieces.push(piece), { redactor: secrets });
      const bytes = Buffer.from(`${line}\n`);
      for (let at = 0; at < bytes.length; at += chunkBytes) splitter.push(bytes.subarray(at, at + chunkBytes));
      splitter.end();
      expect(pieces.join("")).toBe(line);
      expect(pieces.length).toBe(2);
      expect(pieces.map((piece) => secrets.redact(piece)).join("")).toBe(secrets.redact(line));
      expect(pieces.every((piece) => piece.length <= MAX_LINE_CHARS)).toBe(true);
    }
  });

  it("keeps a line of nothing but secrets whole across its pieces", () => {
    const secrets = new Redactor();
    const secret = longSecret(6000);
    secrets.add(secret, "shortSecretValue");
    const line = `${`${secret}shortSecretValue`.repeat(Math.ceil((2 * MAX_LINE_CHARS) / (secret.length + 16)))}`;
    const pieces: string[] = [];
    const splitter = new LineSplitter((piece) => pieces.push(piece), { redactor: secrets });
    splitter.push(Buffer.from(line));
    splitter.end();
    expect(pieces.join("")).toBe(line);
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(secrets.redact(piece)).toMatch(/^(\*\*\*)+$/);
  });
});

/** A base64 text `length` characters long, as a key or a credential file prints. */
function longSecret(length: number): string {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 7919 + 13) % 256))
    .toString("base64")
    .slice(0, length);
}

describe("OutputTail", () => {
  it("keeps whole recent lines within the byte limit and says how much was cut", () => {
    const tail = new OutputTail(12);
    for (const line of ["aaaa", "bbbb", "cccc", "dddd"]) tail.push(line);
    expect(tail.kept()).toEqual(["cccc", "dddd"]);
    expect(tail.text()).toBe("… 10 bytes cut …\ncccc\ndddd");
  });

  // Old lines are dropped whole: a secret's base64 that `base64` wrapped over two lines kept its
  // second part at the tail's start, which no redaction of the tail matches.
  it("masks the part of a wrapped secret left at the tail's start, with the dropped lines as context", () => {
    const secret = "tail-wrapped-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    redactor.add(secret);
    const base64 = Buffer.from(`x-access-token:${secret}`).toString("base64");
    const [first, second] = [base64.slice(0, 76), base64.slice(76)];
    const tail = new OutputTail(80);
    for (const line of ["before", first, second, "after"]) tail.push(line);
    expect(tail.kept()).toEqual([second, "after"]);
    expect(tail.text()).toMatch(/\n\*\*\*[A-Za-z0-9+/=]{0,4}\nafter$/);
    expect(tail.keptRedacted()).toEqual([expect.stringMatching(/^\*\*\*[A-Za-z0-9+/=]{0,4}$/), "after"]);
  });

  // stdout and stderr are kept in the order they came: a stderr line between two lines of a
  // secret's wrapped base64 on stdout split it in two runs that neither matched.
  it("masks a secret wrapped over one stream's lines whatever the other printed between them, also at the tail's start", () => {
    const secret = "tail-interleaved-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ-9876543210-qwertyuiop";
    redactor.add(secret);
    const wrapped = Buffer.from(`x-access-token:${secret}`).toString("base64").match(/.{1,76}/g)!;
    expect(wrapped).toHaveLength(3);
    for (const maxBytes of [10_000, 200]) {
      const tail = new OutputTail(maxBytes);
      for (const [i, line] of wrapped.entries()) {
        tail.push(line, "stdout");
        tail.push(`progress ${i + 1}/3`, "stderr");
      }
      const shown = tail.text().split("\n");
      expect(shown.filter((line) => line.startsWith("progress "))).toEqual(["progress 1/3", "progress 2/3", "progress 3/3"]);
      for (const line of shown.filter((each) => !each.startsWith("progress ") && !each.startsWith("…"))) {
        expect(line.replace("***", "").length, line).toBeLessThanOrEqual(24);
      }
      expect(shown.filter((line) => line.includes("***")).length).toBe(maxBytes === 200 ? 2 : 3);
    }
  });

  it("keeps the end of a single line longer than the whole tail", () => {
    const tail = new OutputTail(8);
    tail.push("ok");
    tail.push("0123456789abcdef");
    expect(tail.kept()).toEqual(["9abcdef"]);
    expect(tail.bytesCut).toBe(3 + 17 - 8);
  });

  // The tail goes into state records and the handover. Cut raw, a line ending in a secret left
  // its end at the tail's start (`ackendSecret0123456789abcdefXYZ`), which no redaction matches.
  it("redacts a line longer than the whole tail before keeping its end", () => {
    const secret = "backendSecret0123456789abcdefXYZ";
    redactor.add(secret);
    for (let k = 1; k < secret.length; k++) {
      const tail = new OutputTail(64);
      tail.push(`${"m".repeat(1000)}${secret}${"m".repeat(63 - k)}`);
      expect(tail.text()).not.toContain(secret.slice(-Math.min(k, 6)));
      expect(tail.text()).toMatch(/^… \d+ bytes cut …\n/);
    }
  });
});
