import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// A FlowEvent id names one event: another event under an id already used (asked for earlier in
// the delivery, or stored) is refused, with real Bun steps through the dispatcher.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

/** A step that asks for one next event, after waiting `sleepMs`. */
const asks = (next: Record<string, unknown>, sleepMs = 0) =>
  `await Bun.sleep(${sleepMs});\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [${JSON.stringify(next)}] }));`;

/** A step that reports the type and payload of the event it ran for. */
const echo = [
  "const input = JSON.parse(await Bun.stdin.text());",
  'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: input.flow.event.type + " " + JSON.stringify(input.flow.event.payload) }));',
].join("\n");

async function flowsAskingFor(first: Record<string, unknown>, second: Record<string, unknown>): Promise<void> {
  // Next events are taken in the order of their parents' runs (match order): a/one's first.
  await writeFlow(repo.dir, { name: "a", steps: [{ name: "one", trigger: "go", source: asks(first) }] });
  await writeFlow(repo.dir, { name: "b", steps: [{ name: "two", trigger: "go", source: asks(second) }] });
  await writeFlow(repo.dir, { name: "onx", steps: [{ name: "s", trigger: "x", source: echo }] });
  await writeFlow(repo.dir, { name: "ony", steps: [{ name: "s", trigger: "y", source: echo }] });
}

describe("two next events under one id", () => {
  it("refuses the second when its content differs, naming the step that asked for it; the record keeps the event that ran", async () => {
    // Both ran, and the record kept the first event: the second's steps were stored under type "x".
    await flowsAskingFor({ id: "n1", type: "x" }, { id: "n1", type: "y" });
    const store = new MemoryStateStore();
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store });
    expect(outcome.children.map((child) => [child.eventId, child.event.type, child.runs.map((run) => `${run.flowName} ${run.resultPayload?.message}`)])).toEqual([
      ["n1", "x", ["onx x {}"]],
    ]);
    expect(outcome.problems.filter((problem) => problem.severity === "error")).toEqual([
      {
        severity: "error",
        file: "FlowResult.next of b/two",
        message:
          'event "n1" was not dispatched: its type differs from the event of that id an earlier step of this delivery asked for, and a FlowEvent id names one event ' +
          "(two events under one id would share one record: the first's). Give this event an id of its own.",
      },
    ]);
    const record = await store.loadEvent("n1");
    expect(record?.event.type).toBe("x");
    expect(record?.runs.map((run) => run.flowName)).toEqual(["onx"]);
  });

  it("names the payload fields that differ", async () => {
    await flowsAskingFor({ id: "n1", type: "x", payload: { a: 1, b: 2 } }, { id: "n1", type: "x", payload: { a: 1, b: 3, c: 4 } });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore() });
    expect(outcome.children.map((child) => child.runs.map((run) => run.resultPayload?.message))).toEqual([['x {"a":1,"b":2}']]);
    expect(outcome.problems.find((problem) => problem.severity === "error")?.message).toContain('event "n1" was not dispatched: its payload.b, payload.c differ from');
  });

  it("takes the same content again as the same event, whenever it was received", async () => {
    await flowsAskingFor({ id: "n1", type: "x", payload: { a: 1 } }, { id: "n1", type: "x", payload: { a: 1 }, receivedAt: "2020-01-01T00:00:00.000Z" });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store: new MemoryStateStore() });
    expect(outcome.children.map((child) => [child.status, child.matched])).toEqual([
      ["accepted", 1],
      ["duplicate", 0],
    ]);
    expect(outcome.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("refuses a next event whose id is stored with other content, and runs none of its steps", async () => {
    const store = new MemoryStateStore();
    await writeFlow(repo.dir, { name: "a", steps: [{ name: "one", trigger: "go", source: asks({ id: "n1", type: "y" }) }] });
    await writeFlow(repo.dir, { name: "onx", steps: [{ name: "s", trigger: "x", source: echo }] });
    await writeFlow(repo.dir, { name: "ony", steps: [{ name: "s", trigger: "y", source: echo }] });
    await dispatch(flowEvent("x", "n1"), { repoRoot: repo.dir, store });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, store });
    expect(outcome.children).toEqual([]);
    expect(outcome.problems.filter((problem) => problem.severity === "error")).toEqual([
      {
        severity: "error",
        file: "FlowResult.next of a/one",
        message:
          'event "n1" was not dispatched: its type differs from the stored event of that id, and a FlowEvent id names one event ' +
          "(two events under one id would share one record: the first's). Give this event an id of its own, or run the stored one again with `flows replay n1`.",
      },
    ]);
    const record = await store.loadEvent("n1");
    expect([record?.event.type, record?.runs.map((run) => run.flowName)]).toEqual(["x", ["onx"]]);
  });
});

describe("a delivery under a stored event's id", () => {
  it("runs nothing of it when its content differs, and answers it as a duplicate of the stored event with a warning", async () => {
    // It ran the new type's steps and stored them under the first event, type and all.
    const store = new MemoryStateStore();
    await writeFlow(repo.dir, { name: "onx", steps: [{ name: "s", trigger: "x", source: echo }] });
    await writeFlow(repo.dir, { name: "ony", steps: [{ name: "s", trigger: "y", source: echo }] });
    await dispatch(flowEvent("x", "e1", { n: 1 }), { repoRoot: repo.dir, store });
    const other = await dispatch(flowEvent("y", "e1", { n: 1 }), { repoRoot: repo.dir, store });
    expect([other.status, other.idempotent, other.matched, other.runs.map((run) => [run.flowName, run.alreadyHandled])]).toEqual(["duplicate", true, 0, [["onx", true]]]);
    expect(other.problems).toEqual([
      {
        severity: "warning",
        file: "FlowEvent.id",
        message:
          'event "e1" is stored with other content (its type differs), and a FlowEvent id names one event: this delivery was taken as a redelivery of the stored event, and none of its steps ran. ' +
          "To run this content, give it an id of its own; `flows show e1` shows the stored event, `flows replay e1` runs it again.",
      },
    ]);
    const record = await store.loadEvent("e1");
    expect([record?.event.type, record?.runs.map((run) => run.flowName), record?.dispatchCount]).toEqual(["x", ["onx"], 1]);
    // The same event again is a redelivery, with no warning; a replay runs the stored one.
    const again = await dispatch(flowEvent("x", "e1", { n: 1 }), { repoRoot: repo.dir, store });
    expect([again.status, again.problems]).toEqual(["duplicate", []]);
    const replay = await dispatch(flowEvent("x", "e1", { n: 1 }), { repoRoot: repo.dir, store, replay: true });
    expect(replay.runs.map((run) => [run.flowName, run.resultPayload?.message])).toEqual([["onx", 'x {"n":1}']]);
  });

  it("takes a GitHub release published again under its tag as the stored event's redelivery, not a failure", async () => {
    // The id of release.published is its tag on purpose (docs/events.md): publishing it again runs nothing twice.
    const { flowEventFromGitHub } = await import("../../src/events/index.js");
    const { githubExample } = await import("../events/webhook-examples.js");
    const context = { repository: "Codertocat/Hello-World", runId: "100", runAttempt: "1", sha: "c0ffee" };
    const payload = githubExample("release", 0) as { release: { id: number; published_at: string } };
    const again = structuredClone(payload);
    again.release.id += 1;
    again.release.published_at = "2030-01-01T00:00:00Z";
    const first = flowEventFromGitHub({ eventName: "release", payload, context, now: () => new Date() });
    const second = flowEventFromGitHub({ eventName: "release", payload: again, context: { ...context, runId: "200" }, now: () => new Date() });
    expect(second.id).toBe(first.id);
    const store = new MemoryStateStore();
    await writeFlow(repo.dir, { name: "rel", steps: [{ name: "s", trigger: "release.published", source: echo }] });
    expect((await dispatch(first, { repoRoot: repo.dir, store })).status).toBe("accepted");
    const outcome = await dispatch(second, { repoRoot: repo.dir, store });
    expect([outcome.status, outcome.matched, outcome.problems.map((problem) => problem.severity)]).toEqual(["duplicate", 0, ["warning"]]);
    expect(outcome.problems[0]?.message).toContain(`event "${first.id}" is stored with other content (its occurredAt, payload.github`);
  });

  it("compares payloads as stored, so a secret masked in the record is still the same event", async () => {
    const { redactor } = await import("../../src/redact.js");
    const secret = `s3cr3t-${"z".repeat(20)}`;
    redactor.add(secret);
    const store = new FileStateStore({ dir: join(repo.dir, ".state") });
    await writeFlow(repo.dir, { name: "onx", steps: [{ name: "s", trigger: "x", source: echo }] });
    await dispatch(flowEvent("x", "e2", { token: secret }), { repoRoot: repo.dir, store });
    expect((await store.loadEvent("e2"))?.event.payload).toEqual({ token: "***" });
    const again = await dispatch(flowEvent("x", "e2", { token: secret }), { repoRoot: repo.dir, store });
    expect(again.status).toBe("duplicate");
  });
});
