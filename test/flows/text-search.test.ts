import { describe, expect, it } from "vitest";
import { includesLinear, twoWayIndex } from "../../src/flows/text-search.js";
import { fastestOf } from "../helpers/fastest.js";

/** Every text over `alphabet` up to `longest` characters, the empty one first. */
function texts(alphabet: string, longest: number): string[] {
  const all = [""];
  for (let length = 1; length <= longest; length++) {
    for (let n = 0; n < alphabet.length ** length; n++) {
      let text = "";
      for (let at = 0, rest = n; at < length; at++, rest = Math.floor(rest / alphabet.length)) text += alphabet[rest % alphabet.length];
      all.push(text);
    }
  }
  return all;
}

describe("substring search in linear time", () => {
  it("finds the same first place as indexOf for every needle and text over three letters", () => {
    const haystacks = texts("abc", 7);
    for (const needle of texts("abc", 5).slice(1)) {
      for (const text of haystacks) if (twoWayIndex(text, needle) !== text.indexOf(needle)) expect(twoWayIndex(text, needle), `${needle} in ${text}`).toBe(text.indexOf(needle));
    }
  });

  it("agrees with includes() on long needles, periodic or not, found or not", () => {
    const needles = [`${"a".repeat(300)}b${"a".repeat(300)}`, "ab".repeat(300), "a".repeat(600), `b${"a".repeat(600)}`, `${"xyz".repeat(100)}é😀`];
    const haystacks = [
      "a".repeat(5_000),
      `${"a".repeat(2_000)}${needles[0]}`,
      `${"ab".repeat(2_000)}`,
      `${"c".repeat(100)}b${"a".repeat(700)}`,
      `${"xyz".repeat(1_000)}é😀`,
    ];
    for (const needle of needles) for (const text of haystacks) expect(includesLinear(text, needle), `${needle.slice(0, 12)}… in ${text.slice(0, 12)}…`).toBe(text.includes(needle));
  });

  it("takes milliseconds where includes() compares nearly the whole needle at every place", () => {
    // 400,000 × 20,000: V8's includes() took about 3.5 s on an idle machine.
    const text = "a".repeat(400_000);
    const needle = `${"a".repeat(10_000)}b${"a".repeat(10_000)}`;
    const { ms, value } = fastestOf(3, () => includesLinear(text, needle));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(500);
  });
});
