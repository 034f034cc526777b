import { mkdir } from "node:fs/promises";
import { join } from "node:path";
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

/**
 * A step that says it started (a file in `dir`), waits until `together` steps have, and reports
 * when it ran, as "start-end" in its message. Steps run one after another never meet: each gives
 * up after 5 s, and their spans do not overlap.
 */
const meeting = (dir: string, together: number) =>
  [
    'import { readdirSync, writeFileSync } from "node:fs";',
    "await Bun.stdin.text();",
    "const start = Date.now();",
    `writeFileSync(${JSON.stringify(dir)} + "/" + crypto.randomUUID(), "");`,
    `while (readdirSync(${JSON.stringify(dir)}).length < ${together} && Date.now() - start < 5000) await Bun.sleep(10);`,
    // Past the last one's start on any clock resolution.
    "await Bun.sleep(20);",
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
    // Each step here waits until three have started (a Bun slow to start on a loaded machine
    // may be the fourth), instead of sleeping 2 s that they might overlap in.
    const started = join(repo.dir, "started");
    await mkdir(started);
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "go", source: fanOut(4) }] });
    await writeFlow(repo.dir, { name: "work", steps: [{ name: "wait", trigger: "child", source: meeting(started, 3) }] });
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

  it("fails a step whose next event has an empty or blank id or type, naming the step and the item", async () => {
    // An empty id was only told as a problem of the dispatch, and the step read as "changed".
    const items = [{ id: "ok", type: "child" }, { id: "", type: "child" }];
    const source = `console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", next: ${JSON.stringify(items)} }));`;
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "go", source }] });
    const blank = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", next: [{ id: "  ", type: "child" }] }));';
    await writeFlow(repo.dir, { name: "blank", steps: [{ name: "out", trigger: "go", source: blank }] });
    await writeFlow(repo.dir, { name: "work", steps: [{ name: "wait", trigger: "child", source: timed(0) }] });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore() });
    expect(outcome.runs.map((run) => [run.flowName, run.effectiveStatus, run.resultPayload])).toEqual([
      ["blank", "failed", undefined],
      ["fan", "failed", undefined],
    ]);
    expect(outcome.runs[1]?.error).toBe(
      'step fan/out returned a FLOW_RESULT "next" item 1 that cannot be dispatched: A FlowEvent needs a non-empty string "id"; got "". ' +
        'Give every next event a non-empty, printable "id" and "type".',
    );
    expect(outcome.runs[0]?.error).toContain('step blank/out returned a FLOW_RESULT "next" item 0 that cannot be dispatched: its "id" "  " is blank.');
    // Nothing of a failed step's result is dispatched, not even its good items.
    expect(outcome.children).toEqual([]);
    expect(outcome.problems).toEqual([]);
  });

  it("fails a step whose next event's id or type holds a control character", async () => {
    const source = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", next: [{ id: "a", type: "t" }, { id: "b", type: "child\\n::error::x" }] }));';
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "go", source }] });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore() });
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["failed"]);
    expect(outcome.runs[0]?.error).toContain('"next" item 1 that cannot be dispatched: its "type" contains a control character (newline, tab...).');
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
