import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { FlowDispatcher, FlowRunView } from "../../src/contracts.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { runIdFor } from "../../src/engine/ids.js";
import { currentDispatcher, processStartTicks } from "../../src/state/dispatcher.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { makeRecord, makeRun, tempDir } from "./helpers.js";

function deadPid(): number {
  return Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
}

function runningRun(eventId: string, runId: string, dispatcher: FlowDispatcher): FlowRunView {
  const run = makeRun(eventId, runId);
  return {
    ...run,
    processStatus: "running",
    effectiveStatus: "running",
    attempts: [{ id: `${runId}_a1`, number: 1, status: "running", startedAt: run.createdAt, key: "k1", dispatcher }],
  };
}

async function storeWith(dir: string, run: FlowRunView): Promise<FileStateStore> {
  const store = new FileStateStore({ dir });
  // The event the tests deliver again: another event under its id would run nothing (event-identity.ts).
  await store.saveEvent(makeRecord(run.eventId, [], { runs: [run], type: "release.published" }));
  return new FileStateStore({ dir });
}

describe("runs left running by a dispatcher that died", () => {
  it("read as interrupted when the dispatcher's process on this host is gone", async () => {
    const dead = { host: hostname(), pid: deadPid(), startedAt: new Date().toISOString() };
    const store = await storeWith(await tempDir(), runningRun("evt-1", "run_a", dead));
    const [run] = (await store.loadEvent("evt-1"))!.runs;
    expect(run).toMatchObject({ processStatus: "interrupted", effectiveStatus: "interrupted" });
    expect(run!.attempts[0]).toMatchObject({ status: "interrupted", error: expect.stringMatching(/dispatcher \(pid \d+ on .*\) stopped/) });
  });

  it("read as interrupted on any host once the attempt's lease ran out, and as running while it holds", async () => {
    const elsewhere = { host: "another-runner", pid: 1, startedAt: "2025-01-01T00:00:00Z" };
    const expired = await storeWith(await tempDir(), runningRun("evt-1", "run_a", { ...elsewhere, until: "2025-01-01T01:00:00Z" }));
    expect((await expired.loadEvent("evt-1"))!.runs[0]!.effectiveStatus).toBe("interrupted");
    // A lease an hour ahead (one in year 2999 is no dispatcher's, and ends at once: hostile-records.test.ts).
    const live = await storeWith(await tempDir(), runningRun("evt-1", "run_a", { ...elsewhere, until: new Date(Date.now() + 3_600_000).toISOString() }));
    expect((await live.loadEvent("evt-1"))!.runs[0]!.effectiveStatus).toBe("running");
    const mine = await storeWith(await tempDir(), runningRun("evt-1", "run_a", currentDispatcher(60_000)));
    expect((await mine.loadEvent("evt-1"))!.runs[0]!.effectiveStatus).toBe("running");
  });

  it("are run again on the next delivery as a new attempt, with a warning that says what happened", async () => {
    const repo = await tempDir("flows-repo-");
    await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source: rawStep("changed") }] });
    const runId = runIdFor("evt-1", "notes", "write");
    const dead = { host: hostname(), pid: deadPid(), startedAt: new Date().toISOString() };
    const dir = await tempDir();
    const store = await storeWith(dir, { ...runningRun("evt-1", runId, dead), flowName: "notes", stepName: "write" });

    const outcome = await dispatch(flowEvent("release.published", "evt-1", { tag: "v1" }), { repoRoot: repo, store });

    expect(outcome.status).toBe("accepted");
    expect(outcome.runs[0]!.attempts.map((a) => [a.number, a.status])).toEqual([
      [1, "interrupted"],
      [2, "completed"],
    ]);
    expect(outcome.runs[0]!.effectiveStatus).toBe("changed");
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({ severity: "warning", message: expect.stringMatching(/"write" of flow "notes" was interrupted .* runs again as attempt 2/) }),
    );
    const stored = await new FileStateStore({ dir }).loadEvent("evt-1");
    expect(stored!.runs[0]!.attempts.map((a) => a.status)).toEqual(["interrupted", "completed"]);
  });
});

/** A live process of this host other than this one, killed when the test ends. */
function liveProcess(): number {
  const child = spawn("sleep", ["60"]);
  onTestFinished(() => {
    child.kill("SIGKILL");
  });
  return child.pid ?? 0;
}

/** What a dispatcher of this host and boot records of process `pid`, with its start time read `offMs` off (a step of the clock). */
function dispatcherOf(pid: number, offMs: number): FlowDispatcher {
  const startTicks = processStartTicks(pid);
  expect(startTicks).toBeTypeOf("number");
  const startedAt = new Date(Date.now() - offMs).toISOString();
  return { host: hostname(), pid, startedAt, startTicks, bootId: readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() };
}

async function statusOf(dispatcher: FlowDispatcher): Promise<string> {
  const store = await storeWith(await tempDir(), runningRun("evt-1", "run_a", dispatcher));
  return (await store.loadEvent("evt-1"))!.runs[0]!.effectiveStatus;
}

// The wall clock of a VM steps (NTP), and a process's start time read from /proc (boot time plus
// start ticks) steps with it: by that time, a dispatcher still running read as a later process
// given its pid, so its step read as interrupted and the next delivery ran it again beside it.
describe.skipIf(!existsSync("/proc/sys/kernel/random/boot_id"))("runs left running by a live dispatcher, after the wall clock stepped", () => {
  it("a dispatcher records its start ticks and boot, and a record with them loads back unchanged", async () => {
    const mine = currentDispatcher(60_000);
    expect(mine).toMatchObject({ startTicks: processStartTicks(process.pid), bootId: readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() });
    const store = await storeWith(await tempDir(), runningRun("evt-1", "run_a", mine));
    const [run] = (await store.loadEvent("evt-1"))!.runs;
    expect(run!.attempts[0]!.dispatcher).toEqual(mine);
    expect(run!.effectiveStatus).toBe("running");
  });

  it("read as running when its start ticks name the live process, though its start time is 10 minutes off", async () => {
    expect(await statusOf(dispatcherOf(liveProcess(), 600_000))).toBe("running");
    expect(await statusOf(dispatcherOf(liveProcess(), -600_000))).toBe("running");
  });

  it("read as interrupted when its start ticks are another process's given the same pid, though its start time matches", async () => {
    const live = dispatcherOf(liveProcess(), 0);
    expect(await statusOf(live)).toBe("running");
    expect(await statusOf({ ...live, startTicks: live.startTicks! + 1 })).toBe("interrupted");
  });

  it("judged by start time when its ticks are of another boot, are no whole number, or it has none (a record of an older version)", async () => {
    const stepped = dispatcherOf(liveProcess(), 600_000);
    const { startTicks: _, bootId: __, ...older } = stepped;
    expect(await statusOf(older)).toBe("interrupted");
    expect(await statusOf({ ...stepped, bootId: "00000000-0000-0000-0000-000000000000" })).toBe("interrupted");
    expect(await statusOf({ ...stepped, startTicks: stepped.startTicks! + 0.5 })).toBe("interrupted");
    const onTime = dispatcherOf(liveProcess(), 0);
    expect(await statusOf({ ...onTime, startTicks: onTime.startTicks! + 1, bootId: "00000000-0000-0000-0000-000000000000" })).toBe("running");
  });

  it("are not run again by the next delivery", async () => {
    const repo = await tempDir("flows-repo-");
    const ran = join(repo, "ran");
    const source = `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(ran)}, "ran"); console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));`;
    await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
    const runId = runIdFor("evt-1", "notes", "write");
    const dir = await tempDir();
    const store = await storeWith(dir, { ...runningRun("evt-1", runId, dispatcherOf(liveProcess(), 600_000)), flowName: "notes", stepName: "write" });

    const outcome = await dispatch(flowEvent("release.published", "evt-1", { tag: "v1" }), { repoRoot: repo, store });

    expect(outcome.runs[0]!.attempts.map((a) => [a.number, a.status])).toEqual([[1, "running"]]);
    expect(existsSync(ran)).toBe(false);
  });
});

// Attempts sort by the start their dispatcher gave them before claiming it. A branch store's claim
// that lost the race is pushed again, after waits: when the dispatcher that won it died meanwhile,
// the retried claim is pushed, running, with a start before that dead attempt's, which then
// sorted last. A third delivery read the step as interrupted and ran it beside the running one
// (seen with 6 `flows fire --state branch` on one event, the winner killed: 3 executions).
describe("a run whose live attempt sorts before one a dead dispatcher left", () => {
  async function storedWithLiveThenDead(dir: string, ran: string, repo: string): Promise<FileStateStore> {
    const source = `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(ran)}, "ran"); console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));`;
    await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
    const runId = runIdFor("evt-1", "notes", "write");
    const dead = { host: hostname(), pid: deadPid(), startedAt: new Date().toISOString() };
    const base = { ...makeRun("evt-1", runId), flowName: "notes", stepName: "write", processStatus: "running" as const, effectiveStatus: "running" as const };
    const run: FlowRunView = {
      ...base,
      attempts: [
        { id: `${runId}_a1`, number: 1, status: "running", startedAt: "2025-01-01T00:00:00.000Z", key: "live", dispatcher: dispatcherOf(liveProcess(), 0) },
        { id: `${runId}_a2`, number: 2, status: "running", startedAt: "2025-01-01T00:00:01.000Z", key: "dead", dispatcher: dead },
      ],
    };
    return storeWith(dir, run);
  }

  it.skipIf(!existsSync("/proc/sys/kernel/random/boot_id"))("reads as running, and the next delivery does not start the step beside it", async () => {
    const repo = await tempDir("flows-repo-");
    const ran = join(repo, "ran");
    const dir = await tempDir();
    const store = await storedWithLiveThenDead(dir, ran, repo);
    const [read] = (await store.loadEvent("evt-1"))!.runs;
    expect(read!.effectiveStatus).toBe("running");
    expect(read!.attempts.map((attempt) => attempt.status)).toEqual(["running", "interrupted"]);

    const outcome = await dispatch(flowEvent("release.published", "evt-1", { tag: "v1" }), { repoRoot: repo, store });

    expect(existsSync(ran)).toBe(false);
    expect(outcome.runs[0]!.attempts.map((a) => [a.number, a.status])).toEqual([
      [1, "running"],
      [2, "interrupted"],
    ]);
    expect(outcome.problems).toContainEqual(expect.objectContaining({ severity: "warning", message: expect.stringMatching(/"write" of flow "notes" is running .* in another dispatch \(attempt 1 /) }));
    expect(outcome.problems).not.toContainEqual(expect.objectContaining({ message: expect.stringMatching(/was interrupted/) }));
  });
});
