import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DispatchOutcome, dispatch } from "../../src/engine/dispatch.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// `next` events a step asks for, dispatched with real Bun steps.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

/** A step that asks for `count` next events of type "child". */
const fanOut = (count: number) =>
  `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: Array.from({ length: ${count} }, (_, i) => ({ id: "child-" + i, type: "child" })) }));`;

/** A step that sleeps and reports when it ran, as "start-end" in its message. */
const timed = (sleepMs: number) =>
  [
    "await Bun.stdin.text();",
    "const start = Date.now();",
    `await Bun.sleep(${sleepMs});`,
    'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: start + "-" + Date.now() }));',
  ].join("\n");

function spans(outcome: DispatchOutcome): Array<[number, number]> {
  return outcome.children.flatMap((child) => child.runs).map((run) => String(run.resultPayload?.message).split("-").map(Number) as [number, number]);
}

/** The most spans that cover one moment. */
function mostAtOnce(list: Array<[number, number]>): number {
  return Math.max(...list.map(([start]) => list.filter(([from, to]) => from <= start && start < to).length));
}

describe("next events", () => {
  it("runs the steps of a step's next events side by side, as concurrency allows", async () => {
    // They ran one event after another: ten next events whose steps each wait 1 s took 10 s.
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "go", source: fanOut(4) }] });
    await writeFlow(repo.dir, { name: "work", steps: [{ name: "wait", trigger: "child", source: timed(2000) }] });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore(), concurrency: 16 });
    expect(outcome.children.map((child) => [child.eventId, child.runs.map((run) => run.effectiveStatus)])).toEqual([
      ["child-0", ["completed"]],
      ["child-1", ["completed"]],
      ["child-2", ["completed"]],
      ["child-3", ["completed"]],
    ]);
    // All four at once, give or take a Bun slow to start on a loaded machine.
    expect(mostAtOnce(spans(outcome))).toBeGreaterThan(2);
  });

  it("keeps the steps of all next events within the delivery's concurrency", async () => {
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "go", source: fanOut(4) }] });
    await writeFlow(repo.dir, { name: "work", steps: [{ name: "wait", trigger: "child", source: timed(600) }] });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore(), concurrency: 2 });
    expect(outcome.children.flatMap((child) => child.runs).map((run) => run.effectiveStatus)).toEqual(Array(4).fill("completed"));
    expect(mostAtOnce(spans(outcome))).toBeLessThanOrEqual(2);
    expect(mostAtOnce(spans(outcome))).toBeGreaterThan(1);
  });

  it("reports a next event it cannot dispatch as a sentence, without the error's class name", async () => {
    const source = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", next: [{ id: "", type: "child" }] }));';
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "go", source }] });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore() });
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["changed"]);
    expect(outcome.problems).toEqual([
      { severity: "error", file: "FlowResult.next of fan/out", message: 'A FlowEvent needs a non-empty string "id"; got "".' },
    ]);
  });

  it("runs an event asked for twice in one delivery once: the second finds it handled, as a redelivery does", async () => {
    // Side by side, both copies planned before either ran, and its step ran twice at once.
    const twice = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "n1", type: "child" }, { id: "n1", type: "child" }, { id: "n1", type: "child" }] }));';
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "go", source: twice }] });
    await writeFlow(repo.dir, { name: "work", steps: [{ name: "wait", trigger: "child", source: timed(300) }] });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore(), concurrency: 16 });
    expect(outcome.children.map((child) => [child.eventId, child.status, child.matched])).toEqual([
      ["n1", "accepted", 1],
      ["n1", "duplicate", 0],
      ["n1", "duplicate", 0],
    ]);
    expect(outcome.children.flatMap((child) => child.runs).map((run) => run.alreadyHandled === true)).toEqual([false, true, true]);
  });
});
