import { describe, expect, it, vi } from "vitest";
import { describe as describeBackendValue } from "../src/backend/normalize.js";
import { describeGot } from "../src/contract-errors.js";
import { describeValue } from "../src/flows/diagnostics.js";
import { clipText, codePointLength, cutCodePoints, headOfBytes, tailOfBytes } from "../src/text-cut.js";
import { fastestOf } from "./helpers/fastest.js";

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

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function graphemesOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (each) => each.segment);
}

/** Characters a cut between code points splits into others: a flag, a ZWJ family, a skin tone, an accent. */
const JOINED = ["🇫🇷", "👨‍👩‍👧", "👍🏽", "e\u0301", "🏳️‍🌈", "क्षि"];
// Each joined character after every lead, so a cut at any code point falls at each of its seams.
const MIXED = ["", "x", "xy"].map((lead) => `${lead}${JOINED.join("")}${JOINED.join("a")}`);

describe("cuts between graphemes", () => {
  it("keeps whole graphemes only: a flag, a family, a skin tone or an accent is kept whole or cut whole", () => {
    for (const text of MIXED) {
      for (let max = 0; max <= codePointLength(text); max++) {
        const { kept, cut } = cutCodePoints(text, max);
        expect(codePointLength(kept)).toBeLessThanOrEqual(max);
        expect(text.startsWith(kept)).toBe(true);
        // Whole graphemes of the text: what it starts with, segmented alone, is the same graphemes.
        expect(graphemesOf(text).slice(0, graphemesOf(kept).length).join("")).toBe(kept);
        expect(codePointLength(kept) + cut).toBe(codePointLength(text));
      }
    }
    expect(cutCodePoints("🇫🇷🇩🇪", 3)).toEqual({ kept: "🇫🇷", cut: 2 });
    expect(cutCodePoints("cafe\u0301", 4)).toEqual({ kept: "caf", cut: 2 });
  });

  it("clipText ends in the marker after whole graphemes, within the length", () => {
    for (const text of MIXED) {
      for (let max = 1; max < codePointLength(text); max++) {
        const clipped = clipText(text, max);
        expect(codePointLength(clipped)).toBeLessThanOrEqual(max);
        const kept = clipped.slice(0, -1);
        expect(clipped.endsWith("…")).toBe(true);
        expect(graphemesOf(text).slice(0, graphemesOf(kept).length).join("")).toBe(kept);
      }
    }
    expect(clipText("ok 👍🏽 done", 5)).toBe("ok …");
  });

  it("byte cuts keep whole graphemes at their end (head) or start (tail), within the bytes", () => {
    for (const text of MIXED) {
      const all = graphemesOf(text);
      for (let maxBytes = 0; maxBytes <= Buffer.byteLength(text); maxBytes++) {
        const head = headOfBytes(text, maxBytes);
        expect(Buffer.byteLength(head)).toBeLessThanOrEqual(maxBytes);
        expect(all.slice(0, graphemesOf(head).length).join("")).toBe(head);
        const tail = tailOfBytes(text, maxBytes);
        expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(maxBytes);
        const count = graphemesOf(tail).length;
        expect(count === 0 ? "" : all.slice(-count).join("")).toBe(tail);
      }
    }
  });

  it("keeps as much as fits when nothing joins: one grapheme less at most", () => {
    const text = "abc".repeat(100);
    expect(headOfBytes(text, 100)).toBe(text.slice(0, 100));
    expect(tailOfBytes(text, 100)).toBe(text.slice(-100));
    expect(cutCodePoints(text, 100).kept).toBe(text.slice(0, 100));
  });

  it("falls where segmenting the whole text puts a boundary, though it looks only at a window before the cut", () => {
    const pieces = ["a", " ", "\n", "é", "e\u0301", "🇫", "🇫🇷", "👨‍👩‍👧", "👍🏽", "\u200d", "\u0301", "क्षि", "ש", "ب", "\u0600", "각"];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) >>> 0;
      return Math.floor((seed / 2 ** 32) * n);
    };
    for (let round = 0; round < 12; round++) {
      // Longer than the window, so most cuts see only part of the text.
      const text = Array.from({ length: 300 + random(300) }, () => pieces[random(pieces.length)]).join("");
      const boundaries = new Set([...Array.from(graphemes.segment(text), (each) => each.index), text.length]);
      for (let max = 0; max < codePointLength(text); max += 5) expect(boundaries).toContain(cutCodePoints(text, max).kept.length);
      for (let maxBytes = 0; maxBytes < Buffer.byteLength(text); maxBytes += 17) {
        expect(boundaries).toContain(text.length - tailOfBytes(text, maxBytes).length);
      }
    }
  });

  // One "grapheme" of a whole text (hostile: a letter and 4 MiB of combining marks, or 4 MiB of
  // regional indicators that pair from the first) is cut between code points, within the limit,
  // looking only at a window before the cut.
  const hostile: Array<[string, string]> = [
    ["combining marks", `a${"\u0301".repeat(4 << 20)}`],
    ["regional indicators", "🇫".repeat(2 << 20)],
    ["ZWJ between emoji", "👨‍".repeat(1 << 20)],
  ];
  for (const [name, text] of hostile) {
    it(`a text of 4 MiB of ${name} is still cut, between code points, segmenting only a window`, () => {
      const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
      const cuts = () => ({ kept: cutCodePoints(text, 1000).kept, clipped: clipText(text, 1000), head: headOfBytes(text, 65_535), tail: tailOfBytes(text, 65_535) });
      // The fastest of two samples: one took 1.5 s against 0.3 s alone under the full suite's load.
      const { ms, value } = fastestOf(2, cuts);
      const { kept, clipped, head, tail } = value;
      expect(codePointLength(kept)).toBeGreaterThan(900);
      expect(codePointLength(kept)).toBeLessThanOrEqual(1000);
      expect(codePointLength(clipped)).toBeGreaterThan(900);
      expect(Buffer.byteLength(head)).toBeGreaterThan(65_000);
      expect(Buffer.byteLength(tail)).toBeGreaterThan(65_000);
      expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(65_535);
      expect(tail).not.toMatch(LONE_SURROGATE);
      // A window of 256 units, or a run of 1,024 flags before it: never the whole text.
      const segmented = segment.mock.calls.map(([input]) => input.length);
      segment.mockRestore();
      expect(Math.max(0, ...segmented)).toBeLessThanOrEqual(2 * 1024 + 2 * 256);
      // Linear work over the text (counting code points and bytes) only: 0.3 to 0.7 s a sample.
      expect(ms).toBeLessThan(5000);
    });
  }
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
