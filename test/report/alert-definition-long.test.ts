// A line of step-written markdown that starts with millions of `>` or `- `: the regex that finds
// definitions of an alert's label (`[!note]: …`) kept a backtrack entry per `>` or marker, and on
// Node 24 cleaning the summary threw "Maximum call stack size exceeded" from some 8 Mi characters.
import { describe, expect, it } from "vitest";
import { withoutAlertDefinitions } from "../../src/report/markdown.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { Rng } from "../runners/line-fuzz.js";

const MI = 1024 * 1024;

/** The regex as it was before the line's lead was read apart from it: the reference for normal text. */
const OLD_ALERT_DEFINITION = /^((?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*)\[(?=[ \t\r\n>]*!(?:note|tip|important|warning|caution)[ \t\r\n>]*\]:)/gim;

describe("a definition of an alert's label after millions of `>` or list markers", () => {
  it("16 Mi characters of `>` or `- ` before `[!note]:` get its `[` escaped, from deep in the stack", () => {
    for (const lead of [">".repeat(16 * MI), "- ".repeat(8 * MI)]) {
      const shown = inDeepStack(5_000, () => withoutAlertDefinitions(`${lead}[!note]: https://example.com`));
      expect(shown.length).toBe(lead.length + 29);
      expect(shown.slice(lead.length)).toBe("\\[!note]: https://example.com");
    }
    expect(inDeepStack(5_000, () => withoutAlertDefinitions(">".repeat(16 * MI))).length).toBe(16 * MI);
  });

  it("is what the old regex made of thousands of random and edge-case lines", () => {
    const cases = [
      "[!note]: x",
      "> [!NOTE]: x",
      "- [!tip]: x",
      "1. [!warning]: x",
      "123456789) [!caution]: x",
      "1234567890. [!note]: x",
      "-[!note]: x",
      "1.[!note]: x",
      "> - 2) \t> [!important]\n]: x",
      "a\r[!note]: x\u2028 [!note]: y\u2029>[!note]:",
      "[\n!note\n]: x",
      "[!note] : x",
      "-- [!note]: x",
      "+\t*\t[ !Note ]: x",
      "1.1. [!note]: x",
      "0) [!note]: x",
      ". [!note]: x",
    ];
    const rng = new Rng(24);
    const random = (): number => rng.next();
    const leads = [" ", "\t", ">", "- ", "+\t", "* ", "1. ", "12) ", "123456789. ", "1234567890. ", "-", "1.", ".", ")", "x", "[", "\n"];
    const labels = ["!note", "!TIP", "!Warning", "!caution", "!important", "!nope", "note", ""];
    const around = ["", " ", "\t", "\n", "\r\n", ">", "\u2028", "x"];
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
    for (let count = 0; count < 5_000; count += 1) {
      let text = "";
      for (let line = Math.floor(random() * 3); line >= 0; line -= 1) {
        for (let lead = Math.floor(random() * 5); lead > 0; lead -= 1) text += pick(leads);
        text += `${random() < 0.8 ? "[" : ""}${pick(around)}${pick(labels)}${pick(around)}${random() < 0.8 ? "]:" : "]"}${pick(["", " x", "\n", "\r", "\u2029"])}`;
      }
      cases.push(text);
    }
    let changed = 0;
    for (const text of cases) {
      const old = text.replace(OLD_ALERT_DEFINITION, "$1\\[");
      if (old !== text) changed += 1;
      expect(withoutAlertDefinitions(text), JSON.stringify(text)).toBe(old);
    }
    // The random lines reach definitions that are escaped, not only ones left alone.
    expect(changed).toBeGreaterThan(100);
  });
});
