// A message of many line breaks printed to the log: telling whether it holds a line the runner
// would take for a workflow command read the whole run of line breaks from each of them, and
// 64 KiB of them took 14 s (256 KiB nearly 4 minutes) before the line was written.
import { afterEach, describe, expect, it, vi } from "vitest";
import { COMMAND_LIKE_LINE, runnerIO } from "../../src/action/runner.js";
import { Redactor } from "../../src/redact.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { fastestOf } from "../helpers/fastest.js";
import { Rng } from "../runners/line-fuzz.js";

/** The pattern before the change, to compare with on small texts. */
const OLD_COMMAND_LIKE_LINE = /(?:^|[\r\n])[\s\u0085]*::|##\[/;

afterEach(() => {
  vi.restoreAllMocks();
});

/** What runnerIO().info(message) writes to stdout, from deep in the stack, and the fastest of three runs' time. */
function infoWritten(message: string): { ms: number; written: string } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  const { ms } = fastestOf(3, () => {
    chunks.length = 0;
    const io = runnerIO({ redactor: new Redactor() });
    inDeepStack(5_000, () => io.info(message));
  });
  vi.restoreAllMocks();
  return { ms, written: chunks.join("") };
}

describe("a log message of many line breaks", () => {
  it("64 KiB of line breaks is printed at once, as a plain line (no workflow command in it)", () => {
    const message = `a${"\n".repeat(64 * 1024)}b`;
    const { ms, written } = infoWritten(message);
    // The old pattern took 14 s; this takes a few milliseconds.
    expect(ms).toBeLessThan(1_000);
    expect(written).toContain(message);
    expect(written).not.toContain("::stop-commands::");
  });

  it("a `::` after 64 KiB of line breaks and spaces is still printed inside an inert section", () => {
    const message = `a${"\n \u0085".repeat(16 * 1024)}::error::x`;
    const { ms, written } = infoWritten(message);
    expect(ms).toBeLessThan(1_000);
    expect(written).toMatch(/^::stop-commands::[\w-]+\n/);
    expect(written).toContain(message);
  });

  it("takes for a command what the old pattern took, on small texts of white space, line breaks, colons and words", () => {
    // Every character `\s` or U+0085 matches, and some that it does not.
    const spaces: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) if (/[\s\u0085]/.test(String.fromCharCode(unit))) spaces.push(String.fromCharCode(unit));
    expect(spaces.length).toBeGreaterThan(20);
    const pieces = [...spaces, ":", "::", "#", "##[", "[", "a", "\u200b", "\u180e"];
    const rng = new Rng(24);
    for (let round = 0; round < 20_000; round++) {
      let text = "";
      const count = rng.int(0, 8);
      for (let i = 0; i < count; i++) text += rng.pick(pieces);
      expect(COMMAND_LIKE_LINE.test(text), JSON.stringify(text)).toBe(OLD_COMMAND_LIKE_LINE.test(text));
    }
    for (const space of spaces) {
      for (const text of [`${space}::`, `a${space}::`, `a\n${space}::`, `a${space}\n::`, `a\r${space}${space}::`]) {
        expect(COMMAND_LIKE_LINE.test(text), JSON.stringify(text)).toBe(OLD_COMMAND_LIKE_LINE.test(text));
      }
    }
  });
});
