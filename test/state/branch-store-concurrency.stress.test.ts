import { describe, expect, it } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { git, originWithCheckout, runBunChildren } from "./helpers.js";

const WRITERS = 8;
const EVENTS_EACH = 50;
const FLUSH_EVERY = 10;

type WriterStats = { ms: number; fetches: number; pushes: number; rejectedPushes: number };

describe("BranchStateStore with several processes", () => {
  it("loses no event and no run when 8 processes push to the state branch at once, and history stays linear", async () => {
    const { origin } = await originWithCheckout();
    const startAt = Date.now() + 1_500;
    const args = Array.from({ length: WRITERS }, (_, child) => [
      origin,
      String(child),
      String(EVENTS_EACH),
      "shared-event",
      String(startAt),
      String(FLUSH_EVERY),
    ]);

    const results = await runBunChildren("branch-writer.ts", args);

    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const reader = new BranchStateStore({ remoteUrl: origin });
    const listed = await reader.listEvents();
    await reader.close();
    expect(reader.problems).toEqual([]);
    expect(listed).toHaveLength(WRITERS * EVENTS_EACH + 1);
    const shared = listed.find((record) => record.event.id === "shared-event");
    expect(shared?.runs.map((run) => run.id).sort()).toEqual(
      Array.from({ length: WRITERS }, (_, child) => `run_shared_${child}`).sort(),
    );
    expect(git(origin, "rev-list", "--merges", "flows-state")).toBe("");
    const commits = Number(git(origin, "rev-list", "--count", "flows-state"));
    expect(commits).toBe(WRITERS * (EVENTS_EACH / FLUSH_EVERY));

    const stats = results.map((result) => JSON.parse(result.stdout) as WriterStats);
    const pushes = stats.reduce((sum, s) => sum + s.pushes, 0);
    const rejected = stats.reduce((sum, s) => sum + s.rejectedPushes, 0);
    const slowest = Math.max(...stats.map((s) => s.ms));
    console.log(
      `branch store: ${WRITERS} processes x ${EVENTS_EACH} events, flush every ${FLUSH_EVERY}: ` +
        `${slowest} ms, ${commits} commits, ${pushes} pushes (${rejected} rejected and retried), ` +
        `${(pushes / (WRITERS * EVENTS_EACH)).toFixed(3)} pushes/event, ` +
        `max retries in one process ${Math.max(...stats.map((s) => s.rejectedPushes))}`,
    );
  }, 90_000);
});
