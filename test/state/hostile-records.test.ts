import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlowRunAttempt, FlowRunView } from "../../src/contracts.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { runIdFor } from "../../src/engine/ids.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { countDispatch, mergeEventRecords } from "../../src/state/record.js";
import { flowEvent, writeFlow } from "../helpers/flow-packages.js";
import { makeRecord, makeRun, tempDir } from "./helpers.js";

// Stored records are outside text: a collaborator can push the state branch, any job of the
// repository can upload an artifact, anyone with the folder can edit a file. Each hostile record
// costs only its own event, with a clear message, in bounded time and memory.

const runId = runIdFor("evt-1", "notes", "write");

/** A run left running on another runner, its dispatcher's lease as `until` says (undefined: none). */
function runningElsewhere(options: { until?: string; startedAt?: string }): FlowRunView {
  const startedAt = options.startedAt ?? new Date(Date.now() - 60_000).toISOString();
  const dispatcher = { host: "another-runner", pid: 4242, startedAt, ...(options.until === undefined ? {} : { until: options.until }) };
  const attempt: FlowRunAttempt = { id: `${runId}_a1`, number: 1, status: "running", startedAt, key: "k1", dispatcher };
  const view: FlowRunView = { ...makeRun("evt-1", runId), flowName: "notes", stepName: "write", processStatus: "running", effectiveStatus: "running", attempts: [attempt] };
  delete view.resultStatus;
  return view;
}

async function stored(run: FlowRunView): Promise<string> {
  const dir = await tempDir();
  await new FileStateStore({ dir }).saveEvent(makeRecord("evt-1", [], { runs: [run], type: "release.published" }));
  return dir;
}

async function redeliver(dir: string): Promise<{ ran: boolean; statuses: string[] }> {
  const repo = await tempDir("flows-repo-");
  const ran = join(repo, "ran");
  const source = `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(ran)}, "ran"); console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));`;
  await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
  const outcome = await dispatch(flowEvent("release.published", "evt-1", { tag: "v1" }), { repoRoot: repo, store: new FileStateStore({ dir }) });
  return { ran: existsSync(ran), statuses: outcome.runs[0]!.attempts.map((attempt) => attempt.status) };
}

describe("a stored attempt's lease is outside text", () => {
  it.each([
    ["a lease that ends in year 9999", { until: "9999-12-31T00:00:00.000Z" }],
    ["a lease that is no date", { until: "soon" }],
    ["no lease, on another runner, started 30 days ago", { startedAt: new Date(Date.now() - 30 * 86_400_000).toISOString() }],
    ["a start in year 9999", { startedAt: "9999-01-01T00:00:00.000Z", until: "9999-02-01T00:00:00.000Z" }],
  ])("%s: read as interrupted, saying why, and the next delivery runs the step", async (_, lease) => {
    const dir = await stored(runningElsewhere(lease));

    const run = (await new FileStateStore({ dir }).loadEvent("evt-1"))!.runs[0]!;
    expect(run.effectiveStatus).toBe("interrupted");
    expect(run.attempts[0]!.error).toMatch(/is no date a dispatcher writes|stopped while this attempt ran/);
    expect(await redeliver(dir)).toEqual({ ran: true, statuses: ["interrupted", "completed"] });
  });

  it("a lease an hour ahead on another runner still reads as running, and the step is not run beside it", async () => {
    const dir = await stored(runningElsewhere({ until: new Date(Date.now() + 3_600_000).toISOString() }));

    expect((await new FileStateStore({ dir }).loadEvent("evt-1"))!.runs[0]!.effectiveStatus).toBe("running");
    expect((await redeliver(dir)).ran).toBe(false);
  });
});

describe("hostile counts and attempts", () => {
  it("a dispatch count past 2^53 or negative attempt numbers cost only that record's bookkeeping", async () => {
    const dir = await tempDir();
    const run = makeRun("evt-1", runId, { attempts: 3 });
    run.attempts = run.attempts.map((attempt, index) => ({ ...attempt, number: -index - 1 }));
    await new FileStateStore({ dir }).saveEvent({ ...makeRecord("evt-1", [], { runs: [run] }), dispatchCount: Number.MAX_SAFE_INTEGER * 4 });
    const store = new FileStateStore({ dir });
    const record = await store.loadEvent("evt-1");
    expect(store.problems).toEqual([]);
    expect(record).toBeDefined();
    if (record === undefined) return;
    // Renumbered 1..n when merged; read as stored until then: never a crash, never an attempt lost.
    expect(record.runs[0]!.attempts).toHaveLength(3);
    const next = countDispatch(record);
    expect(Number.isFinite(next.dispatchCount)).toBe(true);
  });

  it("10,000 attempts of one run merge in bounded work: each attempt compared a bounded number of times", () => {
    const many = makeRun("evt-1", runId, { attempts: 10_000 });
    many.attempts = many.attempts.map((attempt, index) => ({ ...attempt, key: `k${index}`, startedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString() }));
    const record = makeRecord("evt-1", [], { runs: [many] });
    const started = process.cpuUsage();
    const merged = mergeEventRecords(record, makeRecord("evt-1", [], { runs: [structuredClone(many)] }));
    const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
    expect(merged.runs[0]!.attempts).toHaveLength(10_000);
    // A sort and a few passes: well under a second of CPU even on a loaded 2-core machine.
    expect(cpuMs).toBeLessThan(2_000);
  });
});
