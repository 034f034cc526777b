// Step output of hidden characters, each shown as `<U+0001>` or `<U+E0041>`: showing them across
// the whole text before cutting it took seconds for one step (the check run's output and each
// annotation). Shown only in what can be shown, the cost is bounded by the output's size.
import { describe, expect, it } from "vitest";
import { runAnnotations } from "../../src/report/checks-annotations.js";
import { stepCheckOutput } from "../../src/report/checks-output.js";
import { fastestOf } from "../helpers/fastest.js";
import { ended } from "./github-fixtures.js";

const MIB = 1024 * 1024;

/** The fastest of three runs of `work(size)` in milliseconds, and its value; after a small call that compiles the code it runs. */
function timed<T>(work: (size: number) => T, size: number): { ms: number; value: T } {
  return fastestOf(3, () => work(size), () => work(1024));
}

describe("hidden characters in a step's output are shown in bounded time", () => {
  it("a check run's output of 2 MiB of control characters and a FLOW_RESULT of 2 MiB of tag characters take well under a second", () => {
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
    // The old code took 5 s here (each text shown whole), this 0.1 to 0.5 s. One sample took 1,015 ms
    // in CI's full test run; the fastest of three measures the code rather than the machine's load.
    expect(ms).toBeLessThan(1_000);
    expect(value.output.title).toMatch(/^<U\+E0041>[<>U+E0041]*…$/);
    expect(value.output.summary).toContain("<U+0001><U+0001>");
    expect(value.output.summary.length).toBeLessThan(65_536);
    expect(value.output.text).toMatch(/<U\+0001>\n`{3,}/);
    const [annotation] = value.annotations;
    expect(annotation?.message).toMatch(/^<U\+E0041>[<>U+E0041]*\n… \d+ more bytes cut$/);
    expect(Buffer.byteLength(annotation?.message ?? "")).toBeLessThanOrEqual(8 * 1024);
    expect(annotation?.title).toMatch(/^<U\+E0041>[<>U+E0041]*…$/);
  });

  it("an annotation of `@a` over a 4 MiB FLOW_RESULT takes well under half a second", () => {
    const work = (size: number) => {
      const mentions = "@a".repeat(size);
      const run = ended("failed", {
        resultPayload: { status: "failed", message: "x", annotations: [{ path: "src/a.ts", message: mentions, title: mentions }] },
      });
      return runAnnotations(run).annotations;
    };
    const { ms, value } = timed(work, MIB);
    // The old code took 0.9 to 2.7 s, this some 20 ms.
    expect(ms).toBeLessThan(500);
    expect(value[0]?.message).toMatch(/^(@\u200ba)+\n… \d+ more bytes cut$/);
    expect(value[0]?.title).toMatch(/^(@\u200ba)+@?\u200b?…$/);
  });
});
