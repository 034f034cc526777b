import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { dispatchToBackend } from "../../src/backend/index.js";
import { KEPT_RESULT_CHARS, keptResult, keptResultFields, WHOLE_RESULT_CHARS } from "../../src/backend/kept-result.js";
import { normalizeRunView } from "../../src/backend/normalize.js";
import type { FlowResult, FlowRunView } from "../../src/contracts.js";
import { redactor } from "../../src/redact.js";
import { runAnnotations } from "../../src/report/checks-annotations.js";
import { stepCheckOutput } from "../../src/report/checks-output.js";
import { resultTargets } from "../../src/report/result-targets.js";
import { handoverFromOutcome, parseHandover, writeHandover } from "../../src/report/handover.js";
import { renderSummary } from "../../src/report/summary.js";
import { HEAD, outcomeOf, prEvent, REPO } from "../report/github-fixtures.js";
import { startFlowBackend } from "../support/flow-backend.js";

// A wait holds every run's result: of one past WHOLE_RESULT_CHARS, a run view keeps what the
// reports read (src/backend/kept-result.ts).

function run(result: unknown): Record<string, unknown> {
  return { id: "run-1", eventId: "e", flowName: "notes", stepName: "draft", processStatus: "completed", createdAt: "2025-01-01T00:00:00.000Z", resultPayload: result };
}

/** A 4 MiB result: the reports' fields, and 20,000 items of data between them. */
function large(): FlowResult {
  const annotations = Array.from({ length: 1_500 }, (_, line) => ({ path: "src/a.ts", line: line + 1, message: `note ${line}` }));
  const data = Array.from({ length: 20_000 }, (_, index) => ({ index, note: "n".repeat(180) }));
  return { status: "changed", message: "m".repeat(10_000), data, annotations, artifacts: { pullRequest: 31 } } as FlowResult;
}

describe("a run's FLOW_RESULT as a backend's run view keeps it", () => {
  it("is the result itself up to 512 KiB of JSON", () => {
    const result = { status: "completed", message: "ok", data: "d".repeat(WHOLE_RESULT_CHARS - 100) } as FlowResult;
    expect(keptResult(result)).toBe(result);
  });

  it("of 4 MiB keeps its status, message, annotations, artifacts and the start of the rest, in its own order, within 1.5 MiB", () => {
    const result = large();
    const view = normalizeRunView(run(result));
    const kept = view.resultPayload as FlowResult & { data: unknown[] };
    expect(view.resultStatus).toBe("changed");
    expect(Object.keys(kept)).toEqual(["status", "message", "data", "annotations", "artifacts"]);
    expect(kept.status).toBe("changed");
    expect(kept.message).toBe(result.message);
    const targets = (payload: FlowResult) => resultTargets([{ ...view, resultPayload: payload }], { repository: "o/r" }).targets.map((named) => named.target);
    expect(targets(kept)).toEqual([{ kind: "pull", number: 31 }]);
    // A check run takes 1,000 annotations: those are the same.
    expect(runAnnotations(view).annotations).toEqual(runAnnotations({ ...view, resultPayload: result }).annotations.slice(0, 1_000));
    // The JSON the reports show starts as the step's: more of it than a check run shows (64 KiB).
    const shown = JSON.stringify(kept);
    const whole = JSON.stringify(result);
    const same = [...shown].findIndex((char, at) => char !== whole[at]);
    expect(same).toBeGreaterThan(KEPT_RESULT_CHARS - 1_000);
    expect(shown.length).toBeLessThan(1.5 * 1024 * 1024);
    expect(whole.length).toBeGreaterThan(4 * 1024 * 1024);
  });

  it("keeps a field named __proto__ a field, not the copy's prototype", () => {
    const result = JSON.parse(`{"status":"completed","__proto__":{"polluted":true},"data":"${"d".repeat(WHOLE_RESULT_CHARS)}"}`) as FlowResult;
    const kept = keptResult(result) as Record<string, unknown>;
    expect(Object.keys(kept)).toEqual(["status", "__proto__", "data"]);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect((kept as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("the reports of a result a run view keeps part of", () => {
  // They counted the bytes cut from the part, and laid the part out indented where the whole
  // (over 1 MiB so) was shown compact: the view now records the whole's layout and size.
  const cases = {
    "4 MiB, shown compact": large(),
    "600 KiB, shown indented": { status: "failed", message: "m", data: Array.from({ length: 10_000 }, (_, index) => `${index}:${"d".repeat(56)}`) } as FlowResult,
  };
  for (const [name, result] of Object.entries(cases)) {
    it(`${name}: the check run and the job summary are those of the whole result`, () => {
      const view = normalizeRunView(run(result));
      expect(view.resultPayload).not.toBe(result);
      const indented = name.endsWith("indented");
      const json = indented ? JSON.stringify(result, null, 2) : JSON.stringify(result);
      const whole = { ...view, resultPayload: result };
      delete whole.wholeResult;
      const check = stepCheckOutput(view, { links: {} });
      expect(check).toEqual(stepCheckOutput(whole, { links: {} }));
      expect(check.summary).toMatch(/> ✂️ [\d,]+ bytes were cut/);
      const summary = (each: FlowRunView) => renderSummary(outcomeOf(prEvent(), [each]));
      expect(summary(view)).toEqual(summary(whole));
      expect(summary(view)).toMatch(/… \d+ more bytes cut/);
      expect(view.wholeResult).toEqual({ bytes: Buffer.byteLength(json), indented });
    });
  }
});

describe("a run view that keeps part of its result, handed over to the report job", () => {
  // The handover kept only its known fields and dropped wholeResult: the report job counted the
  // bytes cut from the part again, and laid it out by the part's own size.
  it("keeps the whole result's layout and size, so the report job's check run is the dispatching job's", async () => {
    const result = { status: "failed", message: "m", data: Array.from({ length: 10_000 }, (_, index) => `${index}:${"d".repeat(56)}`) } as FlowResult;
    const view = normalizeRunView(run(result));
    expect(view.wholeResult).toBeDefined();
    const dir = await mkdtemp(join(tmpdir(), "flows-kept-handover-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const options = { repository: REPO, headSha: HEAD, prNumbers: [7] };
    const file = await writeHandover(dir, handoverFromOutcome(outcomeOf(prEvent(), [view]), options));
    const [handed] = parseHandover(JSON.parse(await readFile(file, "utf8")), { repository: REPO, headSha: HEAD }).runs;
    expect(handed?.wholeResult).toEqual(view.wholeResult);
    expect(stepCheckOutput(handed as FlowRunView, { links: {} })).toEqual(stepCheckOutput({ ...view, eventId: handed?.eventId ?? "" }, { links: {} }));
  });

  it("drops it where the handover gives the result its brief form, which is a result of its own", async () => {
    // 1,000 annotations of 1,000 characters: kept (the reports show them), over the 256 KiB a handed-over result may be.
    const annotations = Array.from({ length: 1_000 }, (_, line) => ({ path: "src/a.ts", line: line + 1, message: "n".repeat(1_000) }));
    const view = normalizeRunView(run({ status: "failed", message: "m", annotations } as FlowResult));
    expect(view.wholeResult).toBeDefined();
    const dir = await mkdtemp(join(tmpdir(), "flows-kept-handover-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const file = await writeHandover(dir, handoverFromOutcome(outcomeOf(prEvent(), [view]), { repository: REPO, headSha: HEAD, prNumbers: [7] }));
    const [handed] = parseHandover(JSON.parse(await readFile(file, "utf8")), { repository: REPO, headSha: HEAD }).runs;
    expect(handed?.resultPayload?.message?.slice(-80)).toMatch(/FLOW_RESULT cut: too large to hand over/);
    expect(handed?.wholeResult).toBeUndefined();
  });
});

describe("the work a cut result costs in mode: http", () => {
  // The view measured the result first by a walk that built a copy of its first 512 KiB (2,500
  // objects), only to learn it was longer; then laid the whole out to learn its size; and the
  // reports laid the part out three times (compact, indented, then compact as the whole was).
  // Now the whole's compact JSON tells both, and the part is laid out once.
  it("a 4 MiB result, from the backend's answer to both reports: the whole laid out once, the part once, and no copy of the whole's start built to measure it", async () => {
    const result = large();
    const backend = await startFlowBackend({ scripts: { "release.published": [{ flow: "notes", step: "draft", result, afterMs: 0 }] } });
    onTestFinished(() => backend.close());
    // Each result object laid out (JSON.stringify on a result: the whole as parsed, or the part
    // kept), and each item of its data an object was made of (Object.entries on it).
    const layouts: number[] = [];
    let itemsRead = 0;
    const { stringify } = JSON;
    const { entries } = Object;
    JSON.stringify = ((value: unknown, ...rest: unknown[]) => {
      const text = (stringify as (...args: unknown[]) => string)(value, ...rest);
      if (typeof value === "object" && value !== null && "annotations" in value && "data" in value) layouts.push(text.length);
      return text;
    }) as typeof JSON.stringify;
    Object.entries = ((value: object) => {
      if (typeof value === "object" && value !== null && "note" in value && "index" in value) itemsRead += 1;
      return entries(value);
    }) as typeof Object.entries;
    let view: FlowRunView | undefined;
    let shown: { check: string; summary: string };
    try {
      const event = { id: "kept-work", type: "release.published", source: "github", occurredAt: "2025-01-01T00:00:00.000Z", payload: {} } as unknown as Parameters<typeof dispatchToBackend>[0];
      const outcome = await dispatchToBackend(event, { url: backend.url, pollIntervalMs: 20, retryDelayMs: 10 });
      view = outcome.runs[0];
      if (!view) throw new Error("no run");
      shown = { check: stepCheckOutput(view, { links: {} }).summary, summary: renderSummary(outcomeOf(prEvent(), [view])) };
    } finally {
      JSON.stringify = stringify;
      Object.entries = entries;
    }
    expect(shown.check).toMatch(/> ✂️ [\d,]+ bytes were cut/);
    expect(shown.summary).toMatch(/… \d+ more bytes cut/);
    // Finished at once, the run was read once, in the answer to POST /events: its whole result is laid out once, compact.
    expect(backend.requests.map((request) => request.method)).toEqual(["POST"]);
    const whole = stringify(result).length;
    const part = stringify(view.resultPayload).length;
    expect(layouts).toEqual([whole, part]);
    // The part holds about 600 of the 20,000 items: those are read to build it, and no more.
    const keptItems = (view.resultPayload as unknown as { data: unknown[] }).data.length;
    expect(keptItems).toBeLessThan(1_000);
    expect(itemsRead).toBe(keptItems);
  });
});

describe("the layout of a result read more than once", () => {
  // Kept with the reports' own (src/report/result-json.ts): a result is laid out once, and again
  // once a secret was registered since, which may change its redacted size.
  it("is worked out once per result object, and again after a secret is registered", () => {
    const secret = "kept-layout-secret-5c1d0e";
    const result = { ...large(), note: secret } as FlowResult;
    const first = keptResultFields(result).wholeResult;
    // The same layout, not one worked out again (redacting 4 MiB: about 40 ms).
    expect(keptResultFields(result).wholeResult).toBe(first);
    redactor.add(secret);
    const after = keptResultFields(result).wholeResult;
    const bytes = Buffer.byteLength(JSON.stringify(result));
    expect([first, after]).toEqual([
      { bytes, indented: false },
      { bytes: bytes - secret.length + 3, indented: false },
    ]);
  });
});
