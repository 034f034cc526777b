// Step output of hidden characters, each shown as `<U+0001>` or `<U+E0041>`: showing them across
// the whole text before cutting it took seconds for one step (the check run's output and each
// annotation). Shown only in what can be shown, the cost is bounded by the output's size.
import { describe, expect, it } from "vitest";
import { runAnnotations } from "../../src/report/checks-annotations.js";
import { stepCheckOutput } from "../../src/report/checks-output.js";
import { plainText } from "../../src/report/checks-text.js";
import { inlineText, isFoldedSpace } from "../../src/report/markdown.js";
import { redactor } from "../../src/redact.js";
import { fastestOf } from "../helpers/fastest.js";
import { ended } from "./github-fixtures.js";

const MIB = 1024 * 1024;

/** The fastest of three runs of `work(size)` in milliseconds, and its value; after a small call that compiles the code it runs. */
function timed<T>(work: (size: number) => T, size: number): { ms: number; value: T } {
  return fastestOf(3, () => work(size), () => work(1024));
}

/** The fastest of three readings of `texts` whole, redacted and serialised: what any report of them costs at least. */
function baselineMs(...texts: string[]): number {
  return fastestOf(3, () => texts.map((text) => JSON.stringify(redactor.redact(text)))).ms;
}

describe("hidden characters in a step's output are shown in bounded time", () => {
  it("a check run's output of 2 MiB of control characters and a FLOW_RESULT of 2 MiB of tag characters take a few times what reading them whole takes", () => {
    const work = (size: number) => {
      const control = "\u0001".repeat(4 * size);
      const tags = "\u{e0041}".repeat(size);
      const run = ended("failed", {
        error: control,
        output: control,
        resultPayload: { status: "failed", message: tags, annotations: [{ path: "src/a.ts", line: 1, message: tags, title: tags }] },
      });
      return { output: stepCheckOutput(run, { links: {} }), annotations: runAnnotations(run).annotations };
    };
    const { ms, value } = timed(work, MIB / 2);
    // Against what reading the texts whole costs in the same run (redacting and serialising them):
    // a fixed 1 s bound failed at 1,015 ms in CI's full test run and at 1,060 ms (the fastest of
    // three) beside other test files. This takes 1.5 to 2.5 times the baseline (about 47 ms alone);
    // the old code took 5 s, about 100 times.
    const baseline = baselineMs("\u0001".repeat(2 * MIB), "\u{e0041}".repeat(MIB / 2));
    expect(ms).toBeLessThan(8 * baseline + 100);
    expect(value.output.title).toMatch(/^<U\+E0041>[<>U+E0041]*…$/);
    expect(value.output.summary).toContain("<U+0001><U+0001>");
    expect(value.output.summary.length).toBeLessThan(65_536);
    expect(value.output.text).toMatch(/<U\+0001>\n`{3,}/);
    const [annotation] = value.annotations;
    expect(annotation?.message).toMatch(/^<U\+E0041>[<>U+E0041]*\n… \d+ more bytes cut$/);
    expect(Buffer.byteLength(annotation?.message ?? "")).toBeLessThanOrEqual(8 * 1024);
    expect(annotation?.title).toMatch(/^<U\+E0041>[<>U+E0041]*…$/);
  });

  it("an annotation of `@a` over a 4 MiB FLOW_RESULT takes about what reading it whole takes", () => {
    const work = (size: number) => {
      const mentions = "@a".repeat(size);
      const run = ended("failed", {
        resultPayload: { status: "failed", message: "x", annotations: [{ path: "src/a.ts", message: mentions, title: mentions }] },
      });
      return runAnnotations(run).annotations;
    };
    const { ms, value } = timed(work, MIB);
    // The old code took 0.9 to 2.7 s, this about the baseline (4 ms alone).
    expect(ms).toBeLessThan(8 * baselineMs("@a".repeat(MIB)) + 100);
    expect(value[0]?.message).toMatch(/^(@\u200ba)+\n… \d+ more bytes cut$/);
    expect(value[0]?.title).toMatch(/^(@\u200ba)+@?\u200b?…$/);
  });
});

describe("a step's message is folded to one line only as far as it is shown", () => {
  // Folded whole (each line break a space, then trimmed), a 4 MiB message of `a\n` took over a
  // second per title and table cell, for 255 or 1,000 characters shown. Redacting it whole stays
  // (a cut through a secret leaves a part no redaction matches), and so does reading past the
  // spaces it starts with: that is the same run's baseline.
  const messages = {
    "`a` and a line break": "a\n".repeat(2 * MIB),
    "CRLF line breaks": "\r\n".repeat(2 * MIB),
    "`@a` and a space": "@a ".repeat(MIB),
    "spaces and tabs between words": `${"w \t\n".repeat(MIB)}`,
  };
  for (const [name, message] of Object.entries(messages)) {
    it(`a 4 MiB message of ${name} is a table cell and a check run title in about the time redacting it takes`, () => {
      const baseline = fastestOf(5, () => redactor.redact(message).replace(/^\s+/, ""));
      const { ms, value } = fastestOf(5, () => [inlineText(message, 1_000), plainText(message, 255)], () => inlineText("a\nb", 10));
      // The old code took 50 to 1,000 times the baseline, this 2 to 9.
      expect(ms).toBeLessThan(8 * baseline.ms + 50);
      for (const shown of value) expect(shown.length).toBeLessThanOrEqual(2_000);
    });
  }

  it("what is shown is what folding the whole message showed: spaces at the start and the end trimmed, line breaks spaces", () => {
    expect(inlineText(`${" \r\n".repeat(MIB)}x`, 20)).toBe("x");
    expect(plainText(`${" \r\n".repeat(MIB)}x`, 20)).toBe("x");
    expect(inlineText("\n".repeat(4 * MIB), 20)).toBe("");
    expect(inlineText("a\n".repeat(2 * MIB), 20)).toBe("a a a a a a a a a a…");
    expect(plainText(`a${" ".repeat(4 * MIB)}b`, 20)).toBe("a b");
    expect(plainText("ab\r\n".repeat(MIB), 20)).toBe("ab ab ab ab ab ab a…");
    expect(inlineText("x \u2028 y\u000b ", 20)).toBe("x   y&lt;U+000B&gt;");
  });

  it("a message of `a`, 40,000 spaces, `b` takes no time: trimming its end read the run of spaces once for each of them (4 s)", () => {
    const message = `a${" ".repeat(40_000)}b`;
    const { ms, value } = fastestOf(3, () => inlineText(message, 300));
    expect(ms).toBeLessThan(100);
    expect(value).toBe(`a${" ".repeat(298)}…`);
  });

  it("the spaces trimmed are JavaScript's `\\s` but the vertical tab, the form feed and U+FEFF, which are shown", () => {
    const space = /[^\S\v\f\ufeff]/;
    const differ: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) if (isFoldedSpace(unit) !== space.test(String.fromCharCode(unit))) differ.push(unit);
    expect(differ).toEqual([]);
  });
});
