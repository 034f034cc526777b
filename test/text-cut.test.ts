import { describe, expect, it } from "vitest";
import { describe as describeBackendValue } from "../src/backend/normalize.js";
import { describeGot } from "../src/contract-errors.js";
import { describeValue } from "../src/flows/diagnostics.js";
import { clipText, codePointLength, cutCodePoints } from "../src/text-cut.js";

/** Half a surrogate pair: what a cut by UTF-16 units leaves inside an emoji. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("cuts by code point", () => {
  it("counts an emoji as one character", () => {
    expect(codePointLength("a😀b")).toBe(3);
    expect(codePointLength("a😀b", 1)).toBe(2);
    // A lone half (already broken text) counts as one, as Array.from does.
    expect(codePointLength("\uD83Dx")).toBe(2);
  });

  it("keeps the first code points whole and counts what it cut", () => {
    expect(cutCodePoints("x😀😀😀", 2)).toEqual({ kept: "x😀", cut: 2 });
    expect(cutCodePoints("😀😀", 2)).toEqual({ kept: "😀😀", cut: 0 });
    expect(cutCodePoints("short", 10)).toEqual({ kept: "short", cut: 0 });
  });

  it("never ends a clipped text with half an emoji, and counts the marker in the length", () => {
    for (let max = 2; max < 12; max++) {
      const clipped = clipText(`x${"😀".repeat(20)}`, max);
      expect(clipped).not.toMatch(LONE_SURROGATE);
      expect(Array.from(clipped)).toHaveLength(max);
      expect(clipped.endsWith("…")).toBe(true);
    }
    expect(clipText("x😀😀", 3)).toBe("x😀😀");
    expect(clipText("abcdefgh", 6, "...")).toBe("abc...");
  });
});

describe("values quoted in error messages", () => {
  const describers: Array<[string, (value: unknown) => string]> = [
    ["backend answers", describeBackendValue],
    ["result contracts", describeGot],
    ["flow.toml values", describeValue],
  ];
  for (const [name, describer] of describers) {
    it(`${name}: a long value is cut between code points`, () => {
      for (const lead of ["", "x", "xx"]) {
        const shown = describer(`${lead}${"😀".repeat(100)}`);
        expect(shown).not.toMatch(LONE_SURROGATE);
        // Nor the escape JSON.stringify gives half a pair.
        expect(shown).not.toMatch(/\\ud[89ab]/i);
        expect(shown).toMatch(/(\.\.\.|…)"?$/);
      }
    });
  }
});
