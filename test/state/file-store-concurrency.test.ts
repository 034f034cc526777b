import { describe, expect, it } from "vitest";
import { FileStateStore } from "../../src/state/file-store.js";
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
