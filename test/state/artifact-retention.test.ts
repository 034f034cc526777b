import { afterEach, describe, expect, it, vi } from "vitest";
import { artifactWorld } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

const DAY = 86_400_000;

// The fake clock only moves forward, across the tests too, and this file runs in a process of its
// own (vitest.config.ts, ISOLATED), so that no other file's code sees the wall clock jump by months.
// (Octokit's throttling once kept process-wide limiters that remembered Date.now(): a clock set
// back made the next request wait that long. The client's limiters now read a steady clock:
// src/github/steady-limiter.ts, test/github/client-clock.test.ts.)
let now = Date.parse("2026-01-01T00:00:00Z");

afterEach(() => {
  vi.useRealTimers();
});

describe("artifact state across artifact retention (90 days on the fake, as on GitHub)", () => {
  it.each([
    ["every 40 days", [40, 40, 40, 40, 40]],
    ["every 44 days, after a burst of runs", [1, 1, 44, 44, 44]],
    ["evenly every 85 days", [85, 85, 85]],
    ["every 89 days, after a burst of runs", [1, 1, 89, 89, 89]],
  ])("forgets nothing when the workflow runs %s, while old deltas and snapshots expire", async (_name, gaps) => {
    const world = await artifactWorld();
    vi.useFakeTimers({ toFake: ["Date"] });
    now += DAY;
    vi.setSystemTime(now);
    const written: string[] = [];
    let runId = 500;
    const run = async (): Promise<void> => {
      runId++;
      const store = world.store(runId);
      const tick = (): void => {
        now += 5_000; // the clock is fake: let each step of a run take a few seconds
        vi.setSystemTime(now);
      };
      tick();
      for (const id of written) expect((await store.loadEvent(id))?.runs.length, `run ${runId} lost ${id}`).toBe(1);
      const id = `evt-${runId}`;
      await store.saveEvent(makeRecord(id, [`run_${runId}`]));
      tick();
      await store.flush();
      tick();
      written.push(id);
      expect(store.problems.filter((problem) => /forgotten|expired/i.test(problem.message))).toEqual([]);
    };

    await run();
    let expired = 0;
    for (const gap of gaps) {
      now += gap * DAY;
      vi.setSystemTime(now);
      expired += world.github.github.artifacts.removeExpired(new Date(now));
      await run();
    }

    expect(expired).toBeGreaterThan(0); // old artifacts really went away
    const last = world.store(runId + 1);
    expect((await last.listEvents()).map((record) => record.event.id).sort()).toEqual([...written].sort());
    world.assertNoViolations();
  });
});
