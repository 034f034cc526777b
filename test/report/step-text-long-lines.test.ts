// A step's output line of `::a ` and tens of thousands of `::`, ending in a line terminator the
// pattern's `.` does not match (U+2028): telling whether it was a workflow command tried the end of
// the line from each `::`, and 64 KiB of it took 6 s for each report of the step (the check run's
// output, the summary's details).
import { describe, expect, it } from "vitest";
import { stepCheckOutput } from "../../src/report/checks-output.js";
import { COMMAND_LINE, readableStepText } from "../../src/report/step-text.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { fastestOf } from "../helpers/fastest.js";
import { Rng } from "../runners/line-fuzz.js";
import { ended } from "./github-fixtures.js";

/** The pattern before the lookahead, to compare with on small lines. */
const OLD_COMMAND_LINE = /^(\s*)::([a-z][a-z-]*)(?: (.*?))?::(.*)$/;

describe("a step's output line of many `::`", () => {
  for (const end of ["\u2028", "\r", "\u2029"]) {
    it(`64 KiB of \`::\` ending in ${JSON.stringify(end)} is the check run's output at once, from deep in the stack`, () => {
      const output = `::a ${"::".repeat(32 * 1024)}${end}\nok`;
      const { ms, value } = fastestOf(2, () => inDeepStack(5_000, () => stepCheckOutput(ended("failed", { output }), { links: {} })));
      // The old pattern took 6 s; this a few milliseconds.
      expect(ms).toBeLessThan(1_000);
      expect(value.text).toContain("::::::");
    });
  }

  it("reads the same workflow commands as the old pattern, on small lines of colons, names, spaces and line terminators", () => {
    const pieces = ["::", ":", "error", "a", "-", " ", "file=a.ts,line=3", ",", "\r", "\u2028", "\u2029", "\t", "x", "%0A"];
    const rng = new Rng(24);
    let commands = 0;
    for (let round = 0; round < 20_000; round++) {
      let line = `${rng.pick(["", " ", "\r", "\u2028"])}::${rng.pick(["error", "a", "-a", ""])}`;
      const count = rng.int(0, 8);
      for (let i = 0; i < count; i++) line += rng.pick(pieces);
      expect(COMMAND_LINE.exec(line), JSON.stringify(line)).toEqual(OLD_COMMAND_LINE.exec(line));
      if (OLD_COMMAND_LINE.test(line)) commands += 1;
    }
    expect(commands).toBeGreaterThan(500);
    expect(readableStepText("::error file=a.ts,line=3::boom%0A  at x")).toBe("error (a.ts:3): boom\n  at x");
  });
});
