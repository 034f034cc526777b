import { describe, expect, it } from "vitest";
import { HOLD_MS, WrappedLineHold } from "../src/wrapped-lines.js";
import { Redactor } from "../src/redact.js";

// The live log prints a step's output line by line, each line redacted alone: a secret's base64
// that `base64` wrapped at 76 columns was in no line whole, and went out in pieces.

const SECRET = "sk-live-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRS";
const wrap = (text: string, width = 76): string[] => text.match(new RegExp(`.{1,${width}}`, "g")) ?? [];

function through(redactor: Redactor, lines: string[]): { shown: string[]; shownBeforeEnd: number } {
  const shown: string[] = [];
  const hold = new WrappedLineHold((line) => shown.push(line), redactor);
  for (const line of lines) hold.push(line);
  const shownBeforeEnd = shown.length;
  hold.flush();
  return { shown, shownBeforeEnd };
}

describe("lines held while they may be wrapped text", () => {
  it("masks a secret's base64 wrapped over lines, each line kept, and passes other lines at once", () => {
    const redactor = new Redactor().add(SECRET);
    const base64 = wrap(Buffer.from(`x-access-token:${SECRET}`).toString("base64"));
    expect(base64.length).toBe(2);
    const { shown, shownBeforeEnd } = through(redactor, ["$ base64 token.txt", ...base64, "done", "next line"]);
    expect(shown).toHaveLength(5);
    expect(shown[0]).toBe("$ base64 token.txt");
    expect(shown[1]).toMatch(/^[A-Za-z0-9+/]{0,24}\*\*\*$/);
    expect(shown[2]).toMatch(/^\*\*\*[A-Za-z0-9+/=]{0,4}$/);
    expect(shown.slice(3)).toEqual(["done", "next line"]);
    // Printed before the end: nothing is held once the wrapped text has ended.
    expect(shownBeforeEnd).toBe(5);
  });

  it("hands out a long wrapped text as it goes, masking what crosses each hand-out as the whole text would", () => {
    const redactor = new Redactor().add(SECRET);
    const chunks: Buffer[] = [];
    for (let i = 0; i < 12; i++) chunks.push(Buffer.from(Array.from({ length: 20_000 + i * 977 }, (_, j) => (j * 131 + i) % 256)), Buffer.from(SECRET));
    const lines = [...wrap(Buffer.concat(chunks).toString("base64")), "done"];
    const { shown, shownBeforeEnd } = through(redactor, lines);
    expect(shown).toEqual(redactor.redact(lines.join("\n")).split("\n"));
    expect(shown.join("\n").match(/\*\*\*/g)?.length).toBeGreaterThanOrEqual(12);
    expect(shownBeforeEnd).toBe(lines.length);
    // Without an end, at most the bound and the longest secret are held back.
    const { shownBeforeEnd: early } = through(redactor, lines.slice(0, -1));
    expect(lines.slice(early, -1).join("\n").length).toBeLessThan(2 * redactor.longest + 64 * 1024 + 2 * 77);
  });

  it("masks no line after one that overlaps a secret densely, and still masks a secret wrapped after it", () => {
    // `abab…` holds the secret `abab…` at every second character: the search's bound ran out on
    // that line, and the rest of the held text was masked, the plain line after it included.
    const dense = "ab".repeat(3_000);
    const redactor = new Redactor().add("ab".repeat(1_000));
    expect(redactor.redactLines([dense, "next line of plain text"])).toEqual(["***", "next line of plain text"]);
    expect(through(redactor, [dense, "next line of plain text"]).shown).toEqual(["***", "next line of plain text"]);
    // The dense line as context (the lines before a kept tail, src/runners/output.ts) masks none of the kept lines.
    expect(redactor.redactLines(["next line", "and one more"], [dense])).toEqual(["next line", "and one more"]);
    // A secret's base64 wrapped on the lines after the dense one is masked on each of them.
    redactor.add(SECRET);
    const base64 = wrap(Buffer.from(`x-access-token:${SECRET}`).toString("base64"));
    const { shown } = through(redactor, [dense, ...base64, "done"]);
    expect(shown[0]).toBe("***");
    expect(shown[1]).toMatch(/^[A-Za-z0-9+/]{0,24}\*\*\*$/);
    expect(shown[2]).toMatch(/^\*\*\*[A-Za-z0-9+/=]{0,4}$/);
    expect(shown[3]).toBe("done");
  });

  it("masks a secret that starts in the unsearched part of a dense line and goes on over the break, on both lines", () => {
    // The dense line's search ran out of its bound before the secret's start: the rest of that
    // line was masked, and the search started afresh on the next line, where the rest of the
    // secret (its base64 wrapped there, a multi-line secret's last line) was shown.
    const dense = "ab".repeat(10_000);
    const redactor = new Redactor().add("ab".repeat(100), SECRET);
    const base64 = Buffer.from(`x-access-token:${SECRET}`).toString("base64");
    const { shown } = through(redactor, [dense + base64.slice(0, 40), base64.slice(40), "done"]);
    expect(shown).toHaveLength(3);
    expect(shown[0]).toBe("***");
    expect(shown[1]).toMatch(/^\*\*\*[A-Za-z0-9+/=]{0,4}$/);
    expect(shown[2]).toBe("done");
    // A secret whose start is denser (its hex the longest form, 4,000 characters): the tail's
    // search runs out of its bound too, and the wrapped text a secret starting there can reach
    // is masked (a line of base64 letters after it would be too), the text after it not.
    const denser = new Redactor().add("ab".repeat(1_000), SECRET);
    const masked = through(denser, ["ab".repeat(3_000) + base64.slice(0, 40), base64.slice(40), "(done)"]).shown;
    expect(masked).toEqual(["***", "***", "(done)"]);
    // A multi-line secret as it is, its last line too short to be registered alone.
    const multiLine = new Redactor().add("ab".repeat(100), `${"ab".repeat(100)}cd\nxy!`);
    expect(multiLine.redactLines([`${dense}${"ab".repeat(100)}cd`, "xy! and the rest"])).toEqual(["***", "*** and the rest"]);
    // Text after the dense line that no secret crossing the break can hold stays.
    expect(multiLine.redactLines([dense, "xy! and the rest"])).toEqual(["***", "xy! and the rest"]);
  });

  it("hands out a held line once no line has come for a moment, not only at the step's next line", async () => {
    const shown: string[] = [];
    const hold = new WrappedLineHold((line) => shown.push(line), new Redactor().add(SECRET));
    // Ends in 16 or more characters of base64's alphabet: it may be the start of wrapped text.
    hold.push("Cloning into /home/runner/work/repo/repo");
    expect(shown).toEqual([]);
    await new Promise((done) => setTimeout(done, HOLD_MS + 100));
    expect(shown).toEqual(["Cloning into /home/runner/work/repo/repo"]);
    // A wrapped secret printed at once is still masked whole.
    for (const line of wrap(Buffer.from(SECRET).toString("base64"))) hold.push(line);
    await new Promise((done) => setTimeout(done, HOLD_MS + 100));
    expect(shown.slice(1).join("")).not.toContain(Buffer.from(SECRET).toString("base64").slice(10, 30));
    expect(shown.slice(1).join("")).toContain("***");
  });
});
