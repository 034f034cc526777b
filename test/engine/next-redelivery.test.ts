import { existsSync, readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DispatchOutcome, dispatch } from "../../src/engine/dispatch.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { cliProcesses, goneWithin, kill } from "../helpers/cli-process.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// A redelivery of an event whose chain (`next`) did not finish: the first delivery's parent run
// is settled, so it is not run again, but the events it asked for are followed again.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  processes.killAll();
  await repo.cleanup();
});

const processes = cliProcesses();
const BUN = resolve("node_modules/.bin/bun");
const CLI = resolve("src/cli.ts");

/** A step that appends the event id to `log`, and asks for `next` when given. */
const counted = (log: string, body: string) =>
  [
    'import { appendFileSync, existsSync } from "node:fs";',
    "const context = JSON.parse(await Bun.stdin.text());",
    `appendFileSync(${JSON.stringify(log)}, context.runtime.eventId + "\\n");`,
    body,
  ].join("\n");

const lines = (file: string): string[] => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n") : []);

function chainRuns(outcome: DispatchOutcome): Array<[string, string, string, boolean]> {
  const all = [outcome, ...outcome.children.flatMap((child) => [child, ...child.children])];
  return all.flatMap((each) => each.runs.map((run) => [each.eventId, `${run.flowName}/${run.stepName}`, run.effectiveStatus, run.alreadyHandled === true] as [string, string, string, boolean]));
}

describe("a redelivered event whose next chain did not finish", () => {
  it("runs the chained step that failed again, not the parent, and then nothing", async () => {
    // The parent was settled, so its next events were never looked at again: the failed (or
    // interrupted) chained step stayed so, and every redelivery said "nothing new ran".
    const parents = join(repo.dir, "parents.log");
    const children = join(repo.dir, "children.log");
    const fixed = join(repo.dir, "fixed");
    await writeFlow(repo.dir, {
      name: "a",
      steps: [{ name: "s", trigger: "go", source: counted(parents, 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "b-1", type: "b-go" }] }));') }],
    });
    await writeFlow(repo.dir, {
      name: "b",
      steps: [
        {
          name: "s",
          trigger: "b-go",
          source: counted(children, `console.log("FLOW_RESULT " + JSON.stringify({ status: existsSync(${JSON.stringify(fixed)}) ? "completed" : "failed" }));`),
        },
      ],
    });
    const store = new MemoryStateStore();
    const first = await dispatch(flowEvent("go", "e1"), { repoRoot: repo.dir, store });
    expect(chainRuns(first)).toEqual([
      ["e1", "a/s", "completed", false],
      ["b-1", "b/s", "failed", false],
    ]);

    // A dry run (the reusable workflow's plan and report jobs) plans the event alone, as before.
    const planned = await dispatch(flowEvent("go", "e1"), { repoRoot: repo.dir, store, dryRun: true });
    expect([chainRuns(planned), planned.problems]).toEqual([[["e1", "a/s", "completed", true]], []]);

    await writeFile(fixed, "");
    const second = await dispatch(flowEvent("go", "e1"), { repoRoot: repo.dir, store });
    expect(second.status).toBe("duplicate");
    expect(chainRuns(second)).toEqual([
      ["e1", "a/s", "completed", true],
      ["b-1", "b/s", "completed", false],
    ]);
    expect(second.children[0]?.runs[0]?.attempts.map((attempt) => attempt.resultStatus)).toEqual(["failed", "completed"]);

    const third = await dispatch(flowEvent("go", "e1"), { repoRoot: repo.dir, store });
    expect(chainRuns(third)).toEqual([
      ["e1", "a/s", "completed", true],
      ["b-1", "b/s", "completed", true],
    ]);
    // Each step ran no more than it had to: the parent once, the chained step once per failure.
    expect(lines(parents)).toEqual(["e1"]);
    expect(lines(children)).toEqual(["b-1", "b-1"]);
  });

  it("runs the chained step whose dispatcher was killed (kill -9) again, and not the parent", async () => {
    // The killed `flows fire` had stored the parent completed and the chained step running; its
    // redelivery said "nothing new ran" and left the chained step interrupted for good.
    const parents = join(repo.dir, "parents.log");
    const children = join(repo.dir, "children.log");
    const slow = join(repo.dir, "slow");
    const pidFile = join(repo.dir, "child.pid");
    await writeFlow(repo.dir, {
      name: "a",
      steps: [{ name: "s", trigger: "go", source: counted(parents, 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "b-1", type: "b-go" }] }));') }],
    });
    const child = [
      'import { writeFileSync } from "node:fs";',
      `if (existsSync(${JSON.stringify(slow)})) { writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); await Bun.sleep(30_000); }`,
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed" }));',
    ].join("\n");
    await writeFlow(repo.dir, { name: "b", steps: [{ name: "s", trigger: "b-go", source: counted(children, child) }] });
    const eventPath = await writeEventFile(repo.dir, flowEvent("go", "e1"));
    await writeFile(slow, "");

    const first = processes.start(BUN, [CLI, "--repo", repo.dir, "--no-color", "fire", "--event", eventPath]);
    const step = await processes.stepStarted(pidFile);
    kill(-first.child.pid!, "SIGKILL");
    await first.exited;
    // Its watchdog stops the orphaned step.
    expect(await goneWithin(step, 10_000)).toBe(true);

    await rm(slow);
    const again = await flowsIn(repo.dir, "fire", "--event", eventPath, "--json");
    const outcome = JSON.parse(again.out) as DispatchOutcome;
    expect(chainRuns(outcome)).toEqual([
      ["e1", "a/s", "completed", true],
      ["b-1", "b/s", "completed", false],
    ]);
    // The chained event's delivery says so, as a redelivery of that event itself would.
    expect(JSON.stringify(outcome.problems)).toContain("interrupted");
    expect(again.code).toBe(0);
    expect(lines(parents)).toEqual(["e1"]);
    expect(lines(children)).toEqual(["b-1", "b-1"]);
  }, 60_000);
});
