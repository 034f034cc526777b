// The automaton that finds secrets when there are many or long ones (src/redact-automaton.ts)
// against a plain search: the same first place and the same longest form there, on random texts
// over a small alphabet (so forms overlap, share prefixes and begin everywhere) and on texts
// where most characters begin no form (the ones it passes over without a step).
import { describe, expect, it } from "vitest";
import { AutomatonFinder } from "../src/redact-automaton.js";

/** The first place at or after `from` where a form starts, and the longest form starting there. */
function plainFind(forms: readonly string[], text: string, from: number): [number, number] {
  let best = -1;
  let length = 0;
  for (const form of forms) {
    const at = text.indexOf(form, from);
    if (at < 0) continue;
    if (best < 0 || at < best || (at === best && form.length > length)) {
      best = at;
      length = form.length;
    }
  }
  return [best, length];
}

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}

function word(next: () => number, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe("AutomatonFinder", () => {
  it("finds what a plain search finds, from every place, on texts whose every character may begin a form", () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const forms = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(next, "abc", 1 + Math.floor(next() * 6)));
      const finder = new AutomatonFinder([...new Set(forms)].sort((a, b) => b.length - a.length));
      const text = word(next, "abcd", 60);
      for (let from = 0; from <= text.length; from++) {
        const found = finder.find(text, from);
        expect([found, found < 0 ? 0 : finder.matchLength], `${JSON.stringify(forms)} in ${text} from ${from}`).toEqual(plainFind(forms, text, from));
      }
    }
  });

  it("finds what a plain search finds where most characters begin no form, and forms stand at the text's ends", () => {
    const next = random(11);
    for (let round = 0; round < 100; round++) {
      const forms = Array.from({ length: 1 + Math.floor(next() * 20) }, () => word(next, "xyzé😀", 2 + Math.floor(next() * 30)));
      const finder = new AutomatonFinder([...new Set(forms)].sort((a, b) => b.length - a.length));
      const pick = () => forms[Math.floor(next() * forms.length)] as string;
      const text = `${pick()}${"m".repeat(Math.floor(next() * 500))}${pick().slice(1)}${"q".repeat(Math.floor(next() * 50))}${pick()}`;
      for (let from = 0; from <= text.length; from += 1 + Math.floor(next() * 7)) {
        const found = finder.find(text, from);
        expect([found, found < 0 ? 0 : finder.matchLength]).toEqual(plainFind(forms, text, from));
      }
    }
  });
});
