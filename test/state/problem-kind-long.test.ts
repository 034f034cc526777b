// A store problem's message with a quote that never closes, or one long word: the kind of a
// problem took the quoted text out with a regex that kept a backtrack entry per character (on
// Node 24 "Maximum call stack size exceeded" from a `"` and some 8 Mi characters), and the ids
// with a regex that read the rest of a word again from each of its characters (a 1 Mi word: hours).
import { describe, expect, it } from "vitest";
import { problemKind } from "../../src/state/problems.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { Rng } from "../runners/line-fuzz.js";
import { fastestOf } from "../helpers/fastest.js";

const KI = 1024;
const MI = 1024 * KI;

/** problemKind as it was before its regexes were replaced: the reference for normal messages. */
function oldKind(problem: { path: string; message: string }): string {
  return problem.message
    .split(problem.path)
    .join("<path>")
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\S*[/:\\]\S*/g, (word) => (word === "<path>" || /^[a-z]+:$/i.test(word) ? word : "…"))
    .replace(/\d+/g, "N");
}

describe("the kind of a store problem with a long message", () => {
  it("a quote that never closes and words of 16 Mi characters, from deep in the stack", () => {
    const message = `"${"a ".repeat(8 * MI)}`;
    const kind = inDeepStack(5_000, () => problemKind({ path: "runs/a.json", message }));
    expect(kind).toBe(message);
    const escaped = `bad "${"\\\\".repeat(8 * MI)}" in runs/a.json`;
    expect(inDeepStack(5_000, () => problemKind({ path: "runs/a.json", message: escaped }))).toBe('bad "…" in <path>');
    const word = "a".repeat(16 * MI);
    expect(inDeepStack(5_000, () => problemKind({ path: "runs/a.json", message: `${word} b ${word}/c` }))).toBe(`${word} b …`);
  });

  it("one word of 1 Mi characters takes time in step with its length, as words of the same length in all do", () => {
    // Doubling up to 1 Mi, each against messages of as many characters in short words with a
    // slash (each of them taken out): the old regex went over the rest of the word from each
    // character, and fell behind by far at the first size.
    for (let size = 16 * KI; size <= MI; size *= 4) {
      const word = "a".repeat(size);
      const words = "a/b ".repeat(size / 4);
      const long = fastestOf(2, () => problemKind({ path: "p", message: word }), () => problemKind({ path: "p", message: "a/b" }));
      const short = fastestOf(2, () => problemKind({ path: "p", message: words }));
      expect(long.value).toBe(word);
      expect(short.value.length).toBe(size / 2);
      expect(long.ms, `${size} characters`).toBeLessThan(10 * short.ms + 5);
    }
  });

  it("is what the old regexes made of thousands of random and edge-case messages", () => {
    const messages = [
      'bad "name" at runs/a.json:3',
      'a "b\\"c" d',
      'a "b\\\nc" "d"',
      'a "b\\',
      '"\\"\\"\\"',
      '"a\\\u2028"b"',
      '"a\\\r"b" "c\\"',
      "https://x.example/a C:\\dir\\f key: value 12 ab:cd <path>",
      "no such file, open 'runs/a.json'",
      "",
      '""',
      '"',
    ];
    const rng = new Rng(62);
    const random = (): number => rng.next();
    const pieces = ['"', '"', "\\", "\\", "a", " ", "/", ":", "\\n", "\n", "\r", "\u2028", "\u2029", "12", "runs/a.json", "http:", "x\t", "é"];
    for (let count = 0; count < 5_000; count += 1) {
      let message = "";
      const length = Math.floor(random() * 20);
      for (let piece = 0; piece < length; piece += 1) message += pieces[Math.floor(random() * pieces.length)];
      messages.push(message);
    }
    for (const message of messages) {
      for (const path of ["runs/a.json", "a"]) {
        expect(problemKind({ path, message }), JSON.stringify([path, message])).toBe(oldKind({ path, message }));
      }
    }
  });
});
