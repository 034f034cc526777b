// The LineSplitter property tests of output.fuzz.test.ts at length: many more seeds, secrets up
// to 20,000 characters, and several whole cases at the real line size (4 MiB). `npm run test:stress`.
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS } from "../../src/runners/output.js";
import { type Case, fullSizeCase, randomCase, runCase } from "./line-fuzz.js";

function runSeeds(first: number, count: number, make: (seed: number) => Case): number {
  let cutLines = 0;
  for (let seed = first; seed < first + count; seed++) {
    const testCase = make(seed);
    try {
      cutLines += runCase(testCase, MAX_LINE_CHARS).cutLines;
    } catch (error) {
      throw new Error(`seed ${seed} (line size ${testCase.maxLineChars}): ${(error as Error).message}`);
    }
  }
  return cutLines;
}

const OPTIONS = { maxLineChars: [1, 2, 3, 5, 8, 16, 50, 100, 500, 2000, 5000, 10_000], maxSecret: [8, 40, 300, 5000, 20_000] };

describe("LineSplitter, many random cases", () => {
  for (const [first, patterns] of [
    [1_000_000, false],
    [2_000_000, false],
    [3_000_000, true],
    [4_000_000, true],
  ] as const) {
    it(`seeds ${first} to ${first + 1499}${patterns ? ", with patterns" : ""}`, () => {
      expect(runSeeds(first, 1500, (seed) => randomCase(seed, { ...OPTIONS, patterns }))).toBeGreaterThan(500);
    });
  }

  for (const seed of [1, 2, 3]) {
    it(`at the real line size, seed ${seed}: secrets near two cuts, an emoji, a CR and a CRLF at a cut`, () => {
      expect(runCase(fullSizeCase(seed, MAX_LINE_CHARS, { secrets: 2, allLines: true }), MAX_LINE_CHARS).cutLines).toBeGreaterThanOrEqual(5);
    });
  }
});
