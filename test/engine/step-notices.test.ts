import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { canFindStrayProcesses } from "../../src/runners/stray-processes.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// What flows-action did to a step's processes once it exited (a child that held its output
// open, processes that left its group) is told with the step's lines, before its end: it was
// written into the record's output tail only, so the step's group in the action's log (and its
// lines in `flows fire`) never said it, though the README says the step's log does.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const onLinux = canFindStrayProcesses() ? describe : describe.skip;

/** Leaves a `sleep` holding its output pipes, and one in a new session; then prints its result and exits. */
const leaver = (name: string): string =>
  [
    'Bun.spawn(["sleep", "30"], { stdout: "inherit", stderr: "inherit" }).unref();',
    'Bun.spawn(["setsid", "sleep", "31"], { stdin: "ignore", stdout: "ignore", stderr: "ignore" }).unref();',
    `console.log(${JSON.stringify(`${name} says hello`)});`,
    `console.log('FLOW_RESULT {"status":"completed"}');`,
  ].join("\n");

onLinux("a step's leftover processes", () => {
  it("are told to the observer as the step's lines, before its end, for each of the steps side by side", async () => {
    const names = ["a", "b", "c", "d"];
    for (const name of names) await writeFlow(repo.dir, { name, steps: [{ name: "s", trigger: "go", source: leaver(name) }] });
    const told = new Map<string, Array<[string, string]>>();
    const ended = new Set<string>();
    const late: string[] = [];
    const outcome = await dispatch(flowEvent("go"), {
      repoRoot: repo.dir,
      store: new MemoryStateStore(),
      concurrency: 16,
      observer: {
        onStepLine: (run, stream, line) => {
          if (ended.has(run.id)) late.push(line);
          told.set(run.flowName, [...(told.get(run.flowName) ?? []), [stream, line]]);
        },
        onStepEnd: (run) => {
          ended.add(run.id);
        },
      },
    });
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(names.map(() => "completed"));
    expect(late).toEqual([]);
    for (const name of names) {
      expect(told.get(name)).toEqual([
        ["stdout", `${name} says hello`],
        ["stdout", 'FLOW_RESULT {"status":"completed"}'],
        ["stderr", "[flows-action] stopped leftover processes that kept the step's output open after it exited"],
        // The one in the new session, and the group's own when it was not gone yet.
        ["stderr", expect.stringMatching(/^\[flows-action\] stopped (1 stray process|2 stray processes) the step left running after it ended \(started in a new session or in the background\)$/)],
      ]);
    }
    // The record's tail has them as before, and a reason would quote the step's lines only.
    expect(outcome.runs[0]?.output).toContain("[flows-action] stopped leftover processes");
  }, 60_000);
});
