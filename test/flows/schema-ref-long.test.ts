// A schema whose `$ref` value is millions of escaped characters long: the regex that found the
// `$ref` to point at kept a backtrack entry per character of the value, and on Node 24 placing a
// broken reference threw "Maximum call stack size exceeded" from some 8 Mi characters.
import { describe, expect, it } from "vitest";
import { lineColumnAt } from "../../src/json-text.js";
import { positionOfRef } from "../../src/flows/schema-errors.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { Rng } from "../runners/line-fuzz.js";

const MI = 1024 * 1024;

/** positionOfRef as it was before the value was read apart from the regex: the reference for normal text. */
function oldPositionOfRef(text: string, matches: (ref: string) => boolean): { line: number; column: number } | undefined {
  const pattern = /"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (matches(found[1] ?? "")) return lineColumnAt(text, found.index);
  }
  return undefined;
}

describe("a `$ref` with a value of millions of characters", () => {
  it("16 Mi characters of escapes in the value, from deep in the stack: its line is found", () => {
    const value = "\\a".repeat(8 * MI);
    const text = `{\n  "a": {"$ref": "${value}"},\n  "b": {"$ref": "#/x"}\n}`;
    const seen: number[] = [];
    const at = inDeepStack(5_000, () =>
      positionOfRef(text, (ref) => {
        seen.push(ref.length);
        return ref === value;
      }),
    );
    expect(at).toEqual({ line: 2, column: 9 });
    expect(seen).toEqual([value.length]);
    const open = `{"$ref": "${value}`;
    expect(inDeepStack(5_000, () => positionOfRef(open, () => true))).toBeUndefined();
  });

  it("finds what the old regex found in thousands of random and edge-case texts", () => {
    const texts = [
      '{"$ref": "#/a"}',
      '{"$ref" :\n "#/a\\"b"}',
      '{"$ref": "a\\\n"$ref": "#/b"}',
      '{"$ref": "a\\',
      '{"$ref": "\\"$ref\\": \\"#/c\\""}',
      '"$ref": "x" "$ref": "#/d"',
      '"$ref":"\\\u2028"$ref":"e"',
    ];
    const rng = new Rng(118);
    const random = (): number => rng.next();
    const pieces = ['"$ref": "', '"$ref"', ":", " ", "\n", '"', '"', "\\", "\\", "#/d", "a", "\r", "\u2029", "{", "}"];
    for (let count = 0; count < 3_000; count += 1) {
      let text = "";
      const length = Math.floor(random() * 16);
      for (let piece = 0; piece < length; piece += 1) text += pieces[Math.floor(random() * pieces.length)];
      texts.push(text);
    }
    let found = 0;
    for (const text of texts) {
      for (const matches of [(ref: string) => ref.includes("d"), () => true, (ref: string) => ref === ""]) {
        const seen: string[] = [];
        const oldSeen: string[] = [];
        const noting = (into: string[]) => (ref: string) => {
          into.push(ref);
          return matches(ref);
        };
        const at = positionOfRef(text, noting(seen));
        expect(at, JSON.stringify(text)).toEqual(oldPositionOfRef(text, noting(oldSeen)));
        expect(seen, JSON.stringify(text)).toEqual(oldSeen);
        if (at) found += 1;
      }
    }
    expect(found).toBeGreaterThan(300);
  });
});
