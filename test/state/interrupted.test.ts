import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import type { FlowDispatcher, FlowRunView } from "../../src/contracts.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { runIdFor } from "../../src/engine/ids.js";
import { currentDispatcher } from "../../src/state/dispatcher.js";
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
  await store.saveEvent(makeRecord(run.eventId, [], { runs: [run] }));
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
    const live = await storeWith(await tempDir(), runningRun("evt-1", "run_a", { ...elsewhere, until: "2999-01-01T00:00:00Z" }));
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

    const outcome = await dispatch(flowEvent("release.published", "evt-1"), { repoRoot: repo, store });

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
