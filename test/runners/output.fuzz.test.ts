// Property tests of LineSplitter: for random registered secrets, texts and chunkings, the pieces
// of a long line are the line, and each redacted on its own they are the line redacted. The
// generator and the check are in line-fuzz.ts; a few seeds here, output.stress.test.ts runs thousands.
import { describe, expect, it } from "vitest";
import { Redactor } from "../../src/redact.js";
import { LineSplitter, MAX_LINE_CHARS } from "../../src/runners/output.js";
import { type Case, randomCase, runCase } from "./line-fuzz.js";

/** Runs the cases of seeds [first, first + count); a failure names its seed. */
function runSeeds(first: number, count: number, make: (seed: number) => Case): { pieces: number; cutLines: number; patternDiffs: number } {
  const total = { pieces: 0, cutLines: 0, patternDiffs: 0 };
  for (let seed = first; seed < first + count; seed++) {
    const testCase = make(seed);
    let outcome: ReturnType<typeof runCase>;
    try {
      outcome = runCase(testCase, MAX_LINE_CHARS);
    } catch (error) {
      throw new Error(`seed ${seed} (line size ${testCase.maxLineChars}): ${(error as Error).message}`);
    }
    total.pieces += outcome.pieces;
    total.cutLines += outcome.cutLines;
    total.patternDiffs += outcome.patternDiffs;
  }
  return total;
}

const SMALL = { maxLineChars: [1, 2, 3, 5, 8, 16, 50, 100, 500, 2000, 5000], maxSecret: [8, 40, 300, 2000] };

describe("LineSplitter, random cases", () => {
  it("hands out each line once, in order, cut only where each piece redacts as the line does (secrets up to 2,000 chars)", () => {
    const total = runSeeds(1, 100, (seed) => randomCase(seed, { ...SMALL, patterns: false }));
    expect(total.cutLines).toBeGreaterThan(50);
  });

  it("the same with URL credentials, query credentials and token shapes in the text", () => {
    const total = runSeeds(10_001, 60, (seed) => randomCase(seed, { ...SMALL, patterns: true }));
    expect(total.cutLines).toBeGreaterThan(30);
  });

  it("the same with secrets up to 20,000 chars (encoded forms up to 120,000)", () => {
    runSeeds(20_001, 8, (seed) => randomCase(seed, { maxLineChars: SMALL.maxLineChars, maxSecret: [20_000], patterns: false }));
  });
});

// Found by the random cases above; the smallest forms, at the real line size.
describe("LineSplitter, found by the random cases", () => {
  const split = (text: string, redactor = new Redactor(), maxLineChars = MAX_LINE_CHARS): string[] => {
    const pieces: string[] = [];
    const splitter = new LineSplitter((piece) => pieces.push(piece), { redactor, maxLineChars });
    splitter.push(Buffer.from(text));
    splitter.end();
    return pieces;
  };
  const filler = "m".repeat(MAX_LINE_CHARS - 1);

  it("keeps a CR inside a line that a cut leaves at the end of a piece", () => {
    // was: the CR dropped, as if the piece were a CRLF line
    expect(split(`${filler}\rtail\n`)).toEqual([`${filler}\r`, "tail"]);
  });

  it("hands out no empty piece after a CRLF line exactly the line size long", () => {
    // was: [line, ""]: the CR cut off as a piece of its own, then dropped
    expect(split(`${filler}m\r\nnext\n`)).toEqual([`${filler}m`, "next"]);
  });

  it("hands out no empty piece after a line that ends with a secret longer than a piece", () => {
    // At 4 MiB a secret over 4 MiB; here the line size is 8.
    const secret = "longSecretValue-0123456789";
    const pieces = split(`xy${secret}\nnext\n`, new Redactor().add(secret), 8);
    // was: ["xy", secret, "", "next"]
    expect(pieces).toEqual(["xy", secret, "next"]);
  });

  it("never cuts between the two halves of an emoji", () => {
    const pieces = split(`${filler}\u{1f600}tail\n`);
    // was: the halves in two pieces, each written as U+FFFD
    expect(pieces).toEqual([filler, "\u{1f600}tail"]);
    expect(Buffer.concat(pieces.map((piece) => Buffer.from(piece))).equals(Buffer.from(`${filler}\u{1f600}tail`))).toBe(true);
  });
});
