// An event id longer than schemas/flow-event.schema.json allows (2,048 characters) is refused
// wherever it comes in, naming where, without a stack, and without echoing the id; an id that
// flows-action derives from a payload (a ref of thousands of characters) is kept under it.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CliRun, flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-id-length-");
  await writeFlow(repo.dir, {
    name: "f",
    steps: [
      { name: "s", trigger: "demo", source: rawStep("completed", "ran") },
      { name: "onpush", trigger: "push", source: rawStep("completed", "push ran") },
    ],
  });
});
afterEach(async () => {
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> => flowsIn(repo.dir, ...argv);
const LONG = "x".repeat(100_000);

/** Said as a user's mistake: one message, not the id of 100,000 characters, no stack. */
function expectRefused(run: CliRun, code: number, where: string): void {
  expect(run.code, run.err).toBe(code);
  expect(run.err).toContain(where);
  expect(run.err).toContain("100,000 characters long, more than the 2,048 an event id may have");
  expect(run.err.length).toBeLessThan(2_000);
  expect(run.err).not.toMatch(/\n\s+at /);
}

describe("an event id longer than an id may be", () => {
  it("in an event file is refused naming the file, and nothing runs or is stored; one of 2,048 characters runs", async () => {
    const atLimit = `demo:${"y".repeat(2_043)}`;
    expect(atLimit).toHaveLength(2_048);
    const accepted = await flows("fire", "--event", await writeEventFile(repo.dir, flowEvent("demo", atLimit)));
    expect(accepted.code, accepted.err).toBe(0);
    const shown = await flows("show", atLimit, "--json");
    expect((JSON.parse(shown.out) as { event: { id: string } }).event.id).toBe(atLimit);
    const path = await writeEventFile(repo.dir, flowEvent("demo", LONG));
    const fired = await flows("fire", "--event", path);
    expectRefused(fired, 1, `The FlowEvent in the event file ${path} is not usable: "id" is 100,000 characters long`);
    expect(fired.out).not.toContain("ran");
    const events = await flows("events", "--json");
    expect((JSON.parse(events.out) as Array<{ id: string }>).map((event) => event.id)).toEqual([atLimit]);
  });

  it("in the event file of flows run and explain is refused as well", async () => {
    const path = await writeEventFile(repo.dir, flowEvent("demo", LONG));
    expectRefused(await flows("run", "f", "s", "--event", path), 1, `event file ${path}`);
    expectRefused(await flows("explain", "--event", path), 1, `event file ${path}`);
  });

  it("in the workflow_dispatch input event of flows github is refused naming that input", async () => {
    const payload = join(repo.dir, "dispatch.json");
    await writeFile(payload, JSON.stringify({ inputs: { event: JSON.stringify(flowEvent("demo", LONG)) }, repository: { full_name: "o/r" }, sender: { login: "u" } }));
    const run = await flows("github", "--event-name", "workflow_dispatch", "--event-path", payload, "--state", "none");
    expectRefused(run, 1, "The FlowEvent in the workflow_dispatch input `event` (inputs.event) is not usable");
  });

  it("in the action's event input (flows github --event) is refused naming that input", async () => {
    const payload = join(repo.dir, "dispatch.json");
    await writeFile(payload, JSON.stringify({ action: "demo", client_payload: {}, repository: { full_name: "o/r" }, sender: { login: "u" } }));
    const run = await flows("github", "--event-name", "repository_dispatch", "--event-path", payload, "--event", JSON.stringify(flowEvent("demo", LONG)), "--state", "none");
    expectRefused(run, 1, "The FlowEvent in the action input `event` is not usable");
  });

  it("given to replay, show, forget and runs --event is a usage mistake naming the argument", async () => {
    expectRefused(await flows("replay", LONG), 2, "flows: the <event-id> argument is");
    expectRefused(await flows("show", LONG), 2, "flows: the <run-id|event-id> argument is");
    expectRefused(await flows("forget", LONG), 2, "flows: the <event-id> argument is");
    expectRefused(await flows("runs", "--event", LONG), 2, "flows: --event is");
  });

  it("in a step's next event fails that step only, naming the item", async () => {
    await writeFlow(repo.dir, {
      name: "chain",
      steps: [{ name: "emit", trigger: "demo", source: `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "n".repeat(100000), type: "later" }] }));\n` }],
    });
    const run = await flows("fire", "--event", await writeEventFile(repo.dir, flowEvent("demo", "ok-id")), "--json");
    expect(run.code).toBe(1);
    const outcome = JSON.parse(run.out) as { runs: Array<{ flowName: string; effectiveStatus: string; error?: string }> };
    const byFlow = Object.fromEntries(outcome.runs.map((one) => [one.flowName, one]));
    expect(byFlow.f?.effectiveStatus).toBe("completed");
    expect(byFlow.chain?.effectiveStatus).toBe("failed");
    expect(byFlow.chain?.error).toContain('"next" item 0 that cannot be dispatched: The FlowEvent\'s "id" is 100,000 characters long');
    expect(byFlow.chain?.error?.length).toBeLessThan(2_000);
  });
});

describe("an id derived from a payload", () => {
  it("of a push to a ref of 3,000 non-ASCII characters stays within the limit, the same for the same push", async () => {
    const payload = join(repo.dir, "push.json");
    const push = { ref: `refs/heads/${"é".repeat(3_000)}`, before: "a".repeat(40), after: "b".repeat(40), repository: { full_name: "o/r" }, sender: { login: "u" } };
    await writeFile(payload, JSON.stringify(push));
    const ids: string[] = [];
    for (const attempt of [1, 2]) {
      const run = await flows("github", "--event-name", "push", "--event-path", payload, "--state", "none");
      expect(run.code, `${attempt}: ${run.err}`).toBe(0);
      expect(`${run.out}${run.err}`).toContain("f/onpush: completed — push ran");
      ids.push(/^ {2}event-id = (.*)$/m.exec(run.out)?.[1] ?? "");
    }
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]?.length).toBeLessThanOrEqual(2_048);
    expect(ids[0]).toMatch(/^github:push:o\/r:refs\/heads\/(%C3%A9)+~sha256-[0-9a-f]{32}$/);
  });
});
