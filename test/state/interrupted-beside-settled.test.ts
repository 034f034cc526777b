import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlowRunAttempt, FlowRunView } from "../../src/contracts.js";
import { showCommand, runsCommand } from "../../src/cli/state-commands.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { runIdFor } from "../../src/engine/ids.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { flowEvent, writeFlow } from "../helpers/flow-packages.js";
import { makeRecord, makeRun, storeContext, tempDir } from "./helpers.js";

// Two dispatches ran one step at once (the artifact store cannot claim a start): one settled it,
// the other's dispatcher died while it ran. The run's outcome comes from all its attempts: the
// settled one, which ran while the dead one started, decides; the dead attempt reads as
// interrupted, the run does not, and no delivery runs the step a third time.

function deadPid(): number {
  return Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
}

const T0 = "2025-03-01T10:00:00.000Z"; // the first dispatch starts the step
const T1 = "2025-03-01T10:00:05.000Z"; // the second starts it beside the first
const T2 = "2025-03-01T10:00:10.000Z"; // the first settles it; the second dies later, unrecorded

function settledCopy(eventId: string, runId: string, completedAt = T2): FlowRunView {
  const run = makeRun(eventId, runId, { updatedAt: completedAt });
  const attempt: FlowRunAttempt = { id: `${runId}_a1`, number: 1, status: "completed", resultStatus: "changed", startedAt: T0, completedAt, key: "first" };
  return { ...run, flowName: "notes", stepName: "write", startedAt: T0, completedAt, resultPayload: { status: "changed", message: "notes written" }, attempts: [attempt] };
}

function orphanedCopy(eventId: string, runId: string, startedAt = T1): FlowRunView {
  const run = makeRun(eventId, runId, { updatedAt: startedAt });
  const dispatcher = { host: hostname(), pid: deadPid(), startedAt: T1 };
  const attempt: FlowRunAttempt = { id: `${runId}_a1`, number: 1, status: "running", startedAt, key: "second", dispatcher };
  const view: FlowRunView = { ...run, flowName: "notes", stepName: "write", processStatus: "running", effectiveStatus: "running", startedAt, attempts: [attempt] };
  delete view.resultStatus;
  delete view.completedAt;
  return view;
}

/** A state folder holding the event's record as the two dispatches' saves merged it. */
async function bothSaved(first: FlowRunView, second: FlowRunView): Promise<string> {
  const dir = await tempDir();
  const store = new FileStateStore({ dir });
  await store.saveEvent(makeRecord(first.eventId, [], { runs: [first], type: "release.published" }));
  await store.saveEvent(makeRecord(first.eventId, [], { runs: [second], type: "release.published" }));
  return dir;
}

describe.skipIf(!existsSync("/proc"))("an orphaned attempt beside a concurrent attempt that settled the step", () => {
  const runId = runIdFor("evt-1", "notes", "write");

  it("the run reads as the settled attempt says, with its result; the orphaned attempt reads as interrupted", async () => {
    const dir = await bothSaved(settledCopy("evt-1", runId), orphanedCopy("evt-1", runId));
    const run = (await new FileStateStore({ dir }).loadEvent("evt-1"))!.runs[0]!;

    expect(run.attempts.map((attempt) => [attempt.number, attempt.status])).toEqual([
      [1, "completed"],
      [2, "interrupted"],
    ]);
    expect(run).toMatchObject({ processStatus: "completed", resultStatus: "changed", effectiveStatus: "changed", needsAttention: false });
    expect(run.resultPayload).toEqual({ status: "changed", message: "notes written" });
  });

  it("a record merged as older versions did (the orphaned copy's view) reads as the settled attempt says", async () => {
    const dir = await tempDir();
    const orphaned = orphanedCopy("evt-1", runId);
    const settled = settledCopy("evt-1", runId).attempts[0]!;
    const merged: FlowRunView = { ...orphaned, attempts: [settled, { ...orphaned.attempts[0]!, number: 2, id: `${runId}_a2` }] };
    await new FileStateStore({ dir }).saveEvent(makeRecord("evt-1", [], { runs: [merged], type: "release.published" }));

    const run = (await new FileStateStore({ dir }).loadEvent("evt-1"))!.runs[0]!;

    expect(run.attempts.map((attempt) => attempt.status)).toEqual(["completed", "interrupted"]);
    expect(run).toMatchObject({ processStatus: "completed", resultStatus: "changed", effectiveStatus: "changed", needsAttention: false, completedAt: T2 });
    expect(run.error).toBeUndefined();
  });

  it("`flows runs` and `flows show` show the run as settled, and a redelivery runs nothing", async () => {
    const dir = await bothSaved(settledCopy("evt-1", runId), orphanedCopy("evt-1", runId));
    const listing = storeContext(new FileStateStore({ dir }));
    await runsCommand(listing, {});
    expect(listing.output()).toMatch(/✅ changed\s+notes\/write\s+attempts 2/);
    expect(listing.output()).not.toMatch(/interrupted/);
    const shown = storeContext(new FileStateStore({ dir }));
    await showCommand(shown, runId);
    expect(shown.output()).toContain("status ✅ changed  process completed  result changed\n");
    expect(shown.output()).toMatch(/attempt 2 run_\w+_a2: interrupted .*\n\s+the dispatcher \(pid \d+ on .*\) stopped while this attempt ran/);

    const repo = await tempDir("flows-repo-");
    const ran = join(repo, "ran");
    const source = `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(ran)}, "ran"); console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));`;
    await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
    const outcome = await dispatch(flowEvent("release.published", "evt-1", {}), { repoRoot: repo, store: new FileStateStore({ dir }) });

    expect(outcome.status).toBe("duplicate");
    expect(outcome.matched).toBe(0);
    expect(existsSync(ran)).toBe(false);
    expect(outcome.problems.filter((problem) => /interrupted/.test(problem.message))).toEqual([]);
  });

  it("an attempt started after the settled one ended is a run again on purpose: its death leaves the run interrupted", async () => {
    const dir = await bothSaved(settledCopy("evt-1", runId), orphanedCopy("evt-1", runId, "2025-03-01T10:00:20.000Z"));
    const run = (await new FileStateStore({ dir }).loadEvent("evt-1"))!.runs[0]!;

    expect(run.attempts.map((attempt) => attempt.status)).toEqual(["completed", "interrupted"]);
    expect(run.effectiveStatus).toBe("interrupted");
  });
});
