// Moved from output.fuzz.test.ts: the LineSplitter property check at the real line size (4 MiB).
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS } from "../../src/runners/output.js";
import { fullSizeCase, runCase } from "./line-fuzz.js";

describe("LineSplitter, random cases", () => {
  it("the same at the real line size (4 MiB), with a 20,000-char secret across a cut", () => {
    const outcome = runCase(fullSizeCase(1, MAX_LINE_CHARS, { secrets: 1, allLines: false }), MAX_LINE_CHARS);
    expect(outcome.cutLines).toBe(3);
  });
});
