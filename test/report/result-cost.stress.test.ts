// A FLOW_RESULT of 4 MiB is shown as 64 KiB in its check run and 8 KiB in the job summary, with
// the bytes cut counted exactly. Each report laid the whole result out and redacted it for that
// (a result of 300,000 keys: 400 to 560 ms in each), and the summary built the details of every
// run before keeping those that fit (40 runs of 4 MiB results: 5.7 s for the 30 kept). Now a
// result is laid out once for every report, and only the details that fit are built.
import { describe, expect, it } from "vitest";
import type { FlowResult } from "../../src/contracts.js";
import { redactor } from "../../src/redact.js";
import { stepCheckOutput } from "../../src/report/checks-output.js";
import { shownRunResult } from "../../src/report/result-json.js";
import { renderSummary } from "../../src/report/summary.js";
import { fastestOf } from "../helpers/fastest.js";
import { ended, outcomeOf, prEvent } from "./github-fixtures.js";

const KIB = 1024;

/**
 * The fastest of three runs of `work` on a result parsed afresh from `json` (not counted): what a
 * job does once per result; and, sample by sample beside it (so both see the same load), the
 * fastest of three layouts of the result as JSON: what saying its size costs at least.
 */
function fastestOnFresh<T>(json: string, work: (result: FlowResult) => T): { ms: number; layoutMs: number; value: T } {
  let ms = Number.POSITIVE_INFINITY;
  let layoutMs = Number.POSITIVE_INFINITY;
  let value: T | undefined;
  for (let sample = 0; sample < 3; sample += 1) {
    const result = JSON.parse(json) as FlowResult;
    const start = performance.now();
    value = work(result);
    ms = Math.min(ms, performance.now() - start);
    layoutMs = Math.min(layoutMs, fastestOf(1, () => JSON.stringify(result)).ms);
  }
  return { ms, layoutMs, value: value as T };
}

/** The content of the (first) fenced code block in `markdown`. */
function fenced(markdown: string): string {
  const match = /(`{3,})json\n([\s\S]*?)\n\1/.exec(markdown);
  return match?.[2] ?? "";
}

/** How many times both reports of `result` lay it out as JSON (calls of JSON.stringify on it). */
function layoutsOf(result: FlowResult): number {
  const stringify = JSON.stringify;
  let count = 0;
  JSON.stringify = ((value: unknown, ...rest: unknown[]) => {
    if (value === result) count += 1;
    return (stringify as (...args: unknown[]) => string)(value, ...rest);
  }) as typeof JSON.stringify;
  try {
    bothReports(result);
  } finally {
    JSON.stringify = stringify;
  }
  return count;
}

function bothReports(result: FlowResult): { check: string; summary: string } {
  const run = ended("failed", { resultPayload: result, output: undefined });
  const check = stepCheckOutput(run, { links: {} }).summary;
  const summary = renderSummary(outcomeOf(prEvent(), [run]));
  return { check, summary };
}

describe("a large FLOW_RESULT costs its reports about one reading of it", () => {
  const cases = {
    "an object of 300,000 keys": { status: "failed", data: Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, 1])) },
    "4 MiB of short strings": { status: "failed", data: Array.from({ length: (4 * KIB * KIB) / 8 }, (_, i) => `s${i}`) },
  };
  for (const [name, result] of Object.entries(cases)) {
    it(`${name}: the check run and the job summary lay it out once, and count the bytes they cut exactly`, () => {
      const json = JSON.stringify(result);
      const { value } = fastestOnFresh(json, bothReports);
      // The whole JSON is compact (over 1 MiB indented), and no text in it is redacted or shown
      // otherwise: what each report cut is the rest of it.
      const bytes = Buffer.byteLength(json);
      const checkShown = fenced(value.check);
      expect(json.startsWith(checkShown)).toBe(true);
      expect(Buffer.byteLength(checkShown)).toBeGreaterThan(60 * KIB);
      expect(value.check).toContain(`> ✂️ ${(bytes - Buffer.byteLength(checkShown)).toLocaleString("en-US")} bytes were cut`);
      const summaryShown = fenced(value.summary);
      const [kept, note] = summaryShown.split("\n… ");
      expect(json.startsWith(kept as string)).toBe(true);
      expect(note).toBe(`${bytes - Buffer.byteLength(kept as string)} more bytes cut`);
      // Each report laid the result out (and listed its keys to choose how) for itself: 3 to 4
      // layouts of it (1,000 ms for the keys alone). Now one, shared. Counted, not timed: a bound
      // on the time against a layout measured beside it failed in CI's full run (295 ms against
      // 283) where the old code took 1,308 ms here.
      expect(layoutsOf(JSON.parse(json) as FlowResult)).toBe(1);
    });
  }
});

describe("the job summary builds the details of the runs it keeps, no more", () => {
  it("100 runs, each with its own 4 MiB FLOW_RESULT of 128,000 annotations, 64 KiB of output and an error of 64 KiB: 30 details kept, 70 counted, in about the time of 30 such runs' summary", () => {
    // One annotation object in every place: each result is 4 MiB of JSON to lay out, and 1 MB
    // in memory (parsed, 100 of them took the test's time in collecting garbage).
    const annotation = { path: "src/a.ts", line: 1, message: "m" };
    const output = `${"o".repeat(63)}\n`.repeat(KIB);
    const error = `${"e".repeat(63)}\n`.repeat(KIB);
    const runs = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const result = { status: "failed", message: "many notes", annotations: new Array(128_000).fill(annotation) } as FlowResult;
        return ended("failed", { id: `run_${String(i).padStart(12, "0")}`, stepName: `s${i}`, resultPayload: result, output, error });
      });
    /** The summary of `count` such runs, with results made afresh (not counted), and its milliseconds. */
    const summaryOf = (count: number) => {
      const outcome = outcomeOf(prEvent(), runs(count));
      const start = performance.now();
      const summary = renderSummary(outcome);
      return { ms: performance.now() - start, summary };
    };
    // The details of 30 such runs fit: their summary builds as many blocks. Sampled in turn with
    // the 100 runs' (the fastest of two each), so that both see the machine's load alike.
    const fitting = { ms: Number.POSITIVE_INFINITY, summary: "" };
    const many = { ms: Number.POSITIVE_INFINITY, summary: "" };
    for (let sample = 0; sample < 2; sample += 1) {
      for (const [count, best] of [[30, fitting], [100, many]] as const) {
        const { ms, summary } = summaryOf(count);
        best.ms = Math.min(best.ms, ms);
        best.summary = summary;
      }
    }
    expect(fitting.summary).not.toContain("were left out");
    expect(many.summary).toContain("The details of 70 of these 100 steps (result and output tail) were left out");
    expect(many.summary.match(/<details><summary>/g)).toHaveLength(30);
    expect(Buffer.byteLength(many.summary)).toBeLessThan(1024 * KIB);
    // Built all before keeping those that fit, the 100 blocks took over 3 times the 30 (40 runs
    // of 4 MiB results: 5.7 s for the 30 kept).
    expect(many.ms).toBeLessThan(2 * fitting.ms + 100);
  }, 120_000);
});

describe("a large FLOW_RESULT is redacted whole before any report cuts it", () => {
  it("a secret across each place a report could cut leaves no part of it, and the cut counts stay exact", () => {
    const secret = "r5-result-cut-secret-0123456789abcdef";
    redactor.add(secret);
    // Secrets every 1,000 characters of a 4 MiB string: whatever byte a cut lands on, one runs across it.
    const text = `${"x".repeat(1_000 - secret.length)}${secret}`.repeat(4 * KIB);
    const { check, summary } = bothReports({ status: "failed", message: "m", data: text } as FlowResult);
    for (const shown of [fenced(check), fenced(summary)]) {
      expect(shown).toContain("***");
      expect(shown).not.toContain(secret.slice(0, 6));
      expect(shown).not.toMatch(/x(r|r5|r5-)$/m);
    }
    // Counted in the redacted JSON, as everything else the reports say of it.
    const redactedBytes = Buffer.byteLength(redactor.redact(JSON.stringify({ status: "failed", message: "m", data: text })));
    expect(check).toContain(`> ✂️ ${(redactedBytes - Buffer.byteLength(fenced(check))).toLocaleString("en-US")} bytes were cut`);
  });
});

describe("a result laid out once is redacted again once a secret was registered since", () => {
  // The layout is kept per result for every report of the run; a later step's `::add-mask::` (a
  // value an earlier step's result holds) must still cover it in the reports made after it. The
  // reports redact their whole text again, but not a secret the kept start cuts through.
  it("the start kept of a result is redacted with the secrets registered when a report asks for it", () => {
    const value = "late-mask-value-0f3c9a";
    const run = ended("failed", { resultPayload: { status: "failed", message: "m", data: { note: `the key is ${value}` } } as FlowResult });
    expect(shownRunResult(run)?.head).toContain(value);
    redactor.add(value);
    expect(shownRunResult(run)?.head).not.toContain(value);
    expect(renderSummary(outcomeOf(prEvent(), [run]))).not.toContain(value);
  });
});
