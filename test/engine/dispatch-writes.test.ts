import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import type { FlowRunView } from "../../src/contracts.js";
import type { EventRecord, RunClaim } from "../../src/state/types.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

/** A file store that logs every save it is asked for (starts are claims): which runs, in which state. */
class LoggingFileStore extends FileStateStore {
  readonly saves: Array<Array<[string, string]>> = [];

  override saveEvent(record: EventRecord): Promise<void> {
    this.#log(record);
    return super.saveEvent(record);
  }

  override claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> {
    this.#log(record);
    return super.claimRuns(record, claim);
  }

  #log(record: EventRecord): void {
    this.saves.push(record.runs.map((run) => [`${run.flowName}/${run.stepName}`, run.processStatus]));
  }
}

/**
 * A step that reads the stored record as it starts and returns the state of its own attempt
 * there: "running" proves it was saved before the step was spawned.
 */
function stepSeeingItsRecord(recordFile: string, moduleStyle: boolean): string {
  const look = [
    `const record = JSON.parse(await Bun.file(${JSON.stringify(recordFile)}).text());`,
    "const run = record.runs.find((each) => each.id === process.env.CODEX_FLOW_RUN_ID);",
    "const seen = run?.attempts.find((each) => each.id === process.env.CODEX_FLOW_ATTEMPT_ID)?.status ?? 'missing';",
  ];
  return moduleStyle
    ? [...look, 'export default async () => ({ status: "completed", message: seen });'].join("\n")
    : [...look, 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: seen }));'].join("\n");
}

describe("dispatch: what a run costs the store", () => {
  it("saves the starts of steps that start together, with the event, in one write before any of them runs", async () => {
    const event = flowEvent("tick", "evt-writes");
    const stateDir = join(repo.dir, ".state");
    const recordFile = join(stateDir, ...eventRecordPath(event.id).split("/"));
    // Two raw and two module-style steps, as in a seed-style repository.
    for (const [index, moduleStyle] of [false, true, false, true].entries()) {
      await writeFlow(repo.dir, {
        name: `flow-${index + 1}`,
        steps: [{ name: "step", trigger: "tick", source: stepSeeingItsRecord(recordFile, moduleStyle) }],
      });
    }
    const store = new LoggingFileStore({ dir: stateDir });
    const outcome = await dispatch(event, { repoRoot: repo.dir, store });

    expect(outcome.runs.map((run) => [run.flowName, run.effectiveStatus, run.resultPayload?.message])).toEqual([
      ["flow-1", "completed", "running"],
      ["flow-2", "completed", "running"],
      ["flow-3", "completed", "running"],
      ["flow-4", "completed", "running"],
    ]);
    // The first save holds every start (and the event record: no separate empty save).
    expect(store.saves[0]).toEqual([
      ["flow-1/step", "running"],
      ["flow-2/step", "running"],
      ["flow-3/step", "running"],
      ["flow-4/step", "running"],
    ]);
    // Then only ends: at most one write each, fewer when they end close together.
    const ends = store.saves.slice(1);
    expect(ends.flat().map(([name, status]) => [name, status]).sort()).toEqual([
      ["flow-1/step", "completed"],
      ["flow-2/step", "completed"],
      ["flow-3/step", "completed"],
      ["flow-4/step", "completed"],
    ]);
    expect(store.counts.recordWrites).toBeLessThanOrEqual(store.saves.length);
    const stored = await new FileStateStore({ dir: stateDir }).loadEvent(event.id);
    expect(stored?.dispatchCount).toBe(1);
    expect(stored?.runs.map((run) => run.processStatus)).toEqual(["completed", "completed", "completed", "completed"]);
  });

  it("in one flow, saves a step's end with the next step's start, before that step runs", async () => {
    const event = flowEvent("tick", "evt-chain");
    const stateDir = join(repo.dir, ".state");
    const recordFile = join(stateDir, ...eventRecordPath(event.id).split("/"));
    await writeFlow(repo.dir, {
      name: "chain",
      steps: [
        { name: "first", trigger: "tick", source: stepSeeingItsRecord(recordFile, false) },
        { name: "second", trigger: "tick", source: stepSeeingItsRecord(recordFile, true) },
      ],
    });
    const store = new LoggingFileStore({ dir: stateDir });
    const outcome = await dispatch(event, { repoRoot: repo.dir, store });
    expect(outcome.runs.map((run) => run.resultPayload?.message)).toEqual(["running", "running"]);
    // The first step's end and the second step's start share a write, made before the second starts.
    expect(store.saves).toEqual([
      [["chain/first", "running"]],
      [
        ["chain/first", "completed"],
        ["chain/second", "running"],
      ],
      [["chain/second", "completed"]],
    ]);
  });

  it("saves the record alone, once, when every step was handled before", async () => {
    const event = flowEvent("tick", "evt-again");
    await writeFlow(repo.dir, {
      name: "once",
      steps: [{ name: "step", trigger: "tick", source: 'console.log(\'FLOW_RESULT {"status":"completed"}\');' }],
    });
    const store = new LoggingFileStore({ dir: join(repo.dir, ".state") });
    await dispatch(event, { repoRoot: repo.dir, store });
    store.saves.length = 0;
    const again = await dispatch(event, { repoRoot: repo.dir, store });
    expect(again.status).toBe("duplicate");
    expect(store.saves).toEqual([[]]);
    expect((await store.loadEvent(event.id))?.dispatchCount).toBe(2);
  });

  it("keeps events whose ids differ only in a lone surrogate apart: each runs, in its own record, with its own run id", async () => {
    // A library caller or a `next` event can hand in such ids; sha256 of UTF-8 made each lone
    // surrogate U+FFFD, so the second event found the first one's record and ran nothing.
    await writeFlow(repo.dir, {
      name: "once",
      steps: [{ name: "step", trigger: "tick", source: 'console.log(\'FLOW_RESULT {"status":"completed"}\');' }],
    });
    const store = new FileStateStore({ dir: join(repo.dir, ".state") });
    const ids = ["x\ud800", "x\ud801", "x\ufffd"];
    const outcomes = [];
    for (const id of ids) outcomes.push(await dispatch(flowEvent("tick", id), { repoRoot: repo.dir, store }));
    expect(outcomes.map((outcome) => [outcome.status, outcome.matched])).toEqual(ids.map(() => ["accepted", 1]));
    expect(new Set(outcomes.map((outcome) => outcome.runs[0]?.id)).size).toBe(3);
    expect(new Set(ids.map(eventRecordPath)).size).toBe(3);
    for (const id of ids) expect((await store.loadEvent(id))?.event.id).toBe(id);
    // Ordinary ids keep the file they always had: events/<sha256 of the id>.
    expect(eventRecordPath("abc")).toBe("events/ba/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.json");
  });

  it("starts no step whose start could not be recorded, and fails the dispatch with the store's error", async () => {
    const marker = join(repo.dir, "ran.txt");
    for (const name of ["a", "b"]) {
      await writeFlow(repo.dir, {
        name,
        steps: [{ name: "step", trigger: "tick", source: `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(marker)}, "x");\nexport default () => ({ status: "completed" });` }],
      });
    }
    class FullDisk extends MemoryStateStore {
      override async saveEvent(): Promise<void> {
        throw new Error("ENOSPC: no space left on device");
      }
    }
    await expect(dispatch(flowEvent("tick", "evt-full"), { repoRoot: repo.dir, store: new FullDisk() })).rejects.toThrow(/ENOSPC/);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a step started anyway would have written by now
    expect(existsSync(marker)).toBe(false);
  });
});
