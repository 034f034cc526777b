import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch, type DispatchOptions } from "../../src/engine/dispatch.js";
import { DispatchOptionsError } from "../../src/engine/dispatch-options.js";
import { runIdFor } from "../../src/engine/ids.js";
import { RUN_CAP_PROBLEM, runningElsewhereWarning } from "../../src/engine/dispatch-problems.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { join } from "node:path";
import { isUserError } from "../../src/user-error.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// What a library caller gets for an option dispatch cannot use: a UserError naming the option,
// before anything is discovered, run or stored; never a hang or a TypeError from deep inside.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
  await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

/** Settles within 5 s, or says it hung. */
function settled<T>(promise: Promise<T>): Promise<T | "hung"> {
  return Promise.race([promise, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 5000).unref())]);
}

describe("dispatch options", () => {
  const bad: Array<[string, (dir: string) => unknown]> = [
    ["concurrency", (dir) => ({ repoRoot: dir, concurrency: Number(undefined) })],
    ["concurrency", (dir) => ({ repoRoot: dir, concurrency: "4" })],
    ["concurrency", (dir) => ({ repoRoot: dir, concurrency: 0 })],
    ["maxRuns", (dir) => ({ repoRoot: dir, maxRuns: Number.NaN })],
    ["maxRuns", (dir) => ({ repoRoot: dir, maxRuns: -1 })],
    ["maxDepth", (dir) => ({ repoRoot: dir, maxDepth: Number.NaN })],
    ["repoRoot", () => ({})],
    // A folder that is not there matched nothing, without a word.
    ["repoRoot", (dir) => ({ repoRoot: `${dir}/no-such-folder` })],
    ["roots", (dir) => ({ repoRoot: dir, roots: "flows" })],
    ["store", (dir) => ({ repoRoot: dir, store: {} })],
    ["bunPath", (dir) => ({ repoRoot: dir, bunPath: 42 })],
    ["signal", (dir) => ({ repoRoot: dir, signal: true })],
    ["handledBefore", (dir) => ({ repoRoot: dir, handledBefore: ["run_0123456789ab"] })],
    ["commandLine", (dir) => ({ repoRoot: dir, commandLine: "npx flows" })],
  ];
  for (const [option, make] of bad) {
    it(`refuses a bad ${option} at once, naming it: ${JSON.stringify(make("."))}`, async () => {
      const result = await settled(dispatch(flowEvent("t"), make(repo.dir) as DispatchOptions).catch((error: unknown) => error));
      expect(result).toBeInstanceOf(DispatchOptionsError);
      expect(isUserError(result)).toBe(true);
      expect((result as DispatchOptionsError).option).toBe(option);
      expect((result as Error).message).toContain(`dispatch option "${option}"`);
    });
  }

  it("refuses a missing options object with a sentence, not a TypeError", async () => {
    const error = await (dispatch as (event: unknown) => Promise<unknown>)(flowEvent("t")).catch((caught: unknown) => caught);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain("dispatch needs an options object");
  });

  it("takes the counts it documents: Infinity for no limit, 0 runs, depth 0", async () => {
    const outcome = await dispatch(flowEvent("t"), { repoRoot: repo.dir, concurrency: Number.POSITIVE_INFINITY, maxDepth: 0 });
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed"]);
    const none = await dispatch(flowEvent("t", "t-2"), { repoRoot: repo.dir, maxRuns: 0 });
    expect(none.runs).toEqual([]);
    expect(none.runCap?.skippedSteps).toBe(1);
  });
});

describe("the run cap on an event too many steps match", () => {
  it("places its warning at the first step left out, says a delivery again runs the rest, and one does", async () => {
    for (const name of ["g", "h"]) await writeFlow(repo.dir, { name, steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    const store = new MemoryStateStore();
    const first = await dispatch(flowEvent("t", "capped"), { repoRoot: repo.dir, store, maxRuns: 2 });
    expect(first.runs).toHaveLength(2);
    const warning = first.problems.find((problem) => problem.message.startsWith(RUN_CAP_PROBLEM));
    const left = ["f", "g", "h"].find((name) => !first.runs.some((run) => run.flowName === name));
    expect(warning?.file).toBe(join(repo.dir, "flows", left as string, "flow.toml"));
    expect(warning?.message).toContain(`1 more matching step and 0 next events were not run (the first left out: ${left}/s)`);
    expect(warning?.message).toContain("delivering the event again runs the steps left out");

    const again = await dispatch(flowEvent("t", "capped"), { repoRoot: repo.dir, store, maxRuns: 2 });
    expect(again.matched).toBe(1);
    expect(again.runs.filter((run) => !run.alreadyHandled).map((run) => run.flowName)).toEqual([left]);
    expect(again.problems.some((problem) => problem.message.startsWith(RUN_CAP_PROBLEM))).toBe(false);
  });
});

describe("the run cap with steps the caller names as handled before", () => {
  it("counts them as a stored settled run counts, no run each, so the same steps are left out", async () => {
    for (const name of ["g", "h"]) await writeFlow(repo.dir, { name, steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    // What a store that holds f/s settled leaves out at maxRuns 1...
    const store = new MemoryStateStore();
    await dispatch(flowEvent("t", "cap-edge"), { repoRoot: repo.dir, store, only: [{ flow: "f", step: "s" }] });
    const stored = await dispatch(flowEvent("t", "cap-edge"), { repoRoot: repo.dir, store, maxRuns: 1, dryRun: true });
    // ...and what one that does not, told f/s was handled before: the same cut.
    const f = runIdFor("cap-edge", "f", "s");
    const told = await dispatch(flowEvent("t", "cap-edge"), { repoRoot: repo.dir, maxRuns: 1, dryRun: true, handledBefore: new Set([f]) });
    const untold = await dispatch(flowEvent("t", "cap-edge"), { repoRoot: repo.dir, maxRuns: 1, dryRun: true });
    expect(stored.runIds).toEqual([f, runIdFor("cap-edge", "g", "s")]);
    expect(told.runIds).toEqual(stored.runIds);
    expect([stored.runCap?.skippedSteps, told.runCap?.skippedSteps, untold.runCap?.skippedSteps]).toEqual([1, 1, 2]);
  });
});

describe("a step running in another dispatch", () => {
  it("names the command that shows how it ends with the event id quoted for the shell", () => {
    const ref = { flow: { name: "f", manifestPath: "/repo/flows/f/flow.toml" }, step: { name: "s" } } as unknown as Parameters<typeof runningElsewhereWarning>[0];
    const attempt = { number: 1, status: "running", startedAt: "2026-12-05T00:00:00Z" } as Parameters<typeof runningElsewhereWarning>[1];
    const warning = runningElsewhereWarning(ref, attempt, flowEvent("t", "release $1 it's"), false);
    expect(warning.message).toContain("(`flows runs --event 'release $1 it'\\''s'`)");
    // The CLI's: `npx flows` when npm started it, with the options that chose its store.
    const cli = runningElsewhereWarning(ref, attempt, flowEvent("t", "e-1"), false, (args) => `npx flows ${args} --state-dir /s`);
    expect(cli.message).toContain("(`npx flows runs --event e-1 --state-dir /s`)");
  });
});
