import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileStateStore } from "../../src/state/file-store.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runBunChildren, tempDir } from "./helpers.js";

const WRITERS = 8;
const EVENTS_EACH = 50;

describe("FileStateStore with several processes", () => {
  it("keeps every event and every run when 8 processes save at once, 8 of them to one shared event", async () => {
    const dir = await tempDir();
    const startAt = Date.now() + 700;
    const args = Array.from({ length: WRITERS }, (_, child) => [
      dir,
      String(child),
      String(EVENTS_EACH),
      "shared-event",
      String(startAt),
    ]);

    const results = await runBunChildren("file-writer.ts", args);

    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const store = new FileStateStore({ dir });
    const listed = await store.listEvents();
    expect(store.problems).toEqual([]);
    expect(listed).toHaveLength(WRITERS * EVENTS_EACH + 1);
    const shared = await store.loadEvent("shared-event");
    const sharedRuns = shared?.runs.map((run) => [run.id, run.attempts.length]).sort();
    expect(sharedRuns).toEqual(
      Array.from({ length: WRITERS }, (_, child) => [`run_shared_${child}`, EVENTS_EACH]).sort(),
    );
    const slowest = Math.max(...results.map((result) => JSON.parse(result.stdout).ms as number));
    console.log(`file store: ${WRITERS} processes x ${EVENTS_EACH} events in ${slowest} ms`);
  });
});

describe("dispatchCount with several dispatchers of one event", () => {
  it("counts every dispatch when processes dispatch one event at once, each from the same stored count", async () => {
    const repo = await tempRepo("flows-dispatch-count-");
    try {
      await writeFlow(repo.dir, { name: "count", steps: [{ name: "once", trigger: "count.test", source: rawStep("completed") }] });
      const eventFile = join(repo.dir, "event.json");
      await writeFile(eventFile, JSON.stringify({ id: "evt-counted", type: "count.test", payload: {} }));
      const stateDir = join(repo.dir, "state");
      const together = async (dispatchers: number, round: string) => {
        const barrier = join(repo.dir, `barrier-${round}`);
        await mkdir(barrier);
        const args = Array.from({ length: dispatchers }, (_, child) => [stateDir, repo.dir, eventFile, barrier, String(dispatchers), String(child)]);
        const results = await runBunChildren("dispatch-counter.ts", args);
        for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
        await rm(barrier, { recursive: true });
        return results.map((result) => JSON.parse(result.stdout).status as string);
      };

      // A first delivery three times at once: each counts itself from "not stored", and one runs
      // the step (its claim took the start first); the others find it running or ended there.
      expect((await together(3, "first")).sort()).toEqual(["accepted", "duplicate", "duplicate"]);
      expect((await new FileStateStore({ dir: stateDir }).loadEvent("evt-counted"))?.dispatchCount).toBe(3);

      // Three redeliveries at once, each a duplicate counting itself from 3.
      expect(await together(3, "again")).toEqual(["duplicate", "duplicate", "duplicate"]);
      const record = await new FileStateStore({ dir: stateDir }).loadEvent("evt-counted");
      expect(record?.dispatchCount).toBe(6);
      expect(record?.runs[0]?.attempts).toHaveLength(1);
    } finally {
      await repo.cleanup();
    }
  }, 60_000);
});
