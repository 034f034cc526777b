import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_PAYLOAD_DEPTH } from "../../src/events/budget.js";
import { checkEventRecordShape } from "../../src/state/record-check.js";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// An event payload and a step's FLOW_RESULT may each nest MAX_PAYLOAD_DEPTH levels. The record
// that remembers them must read back as sound: one set aside as damaged makes the event run
// again at its next delivery (when the record check stopped at 100 levels, a payload of 150 did).

function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-deep-records-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("records of deeply nested events and results", () => {
  it("a payload and a result as deep as allowed are stored, read back, and never run twice", async () => {
    const depth = MAX_PAYLOAD_DEPTH - 1;
    await writeFlow(repo.dir, {
      name: "deep",
      steps: [
        {
          name: "s",
          trigger: "deep.test",
          source: [
            "await Bun.stdin.text();",
            `let value = { leaf: true }; for (let i = 1; i < ${depth}; i++) value = { a: value };`,
            'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", payload: value }));',
          ].join("\n"),
        },
      ],
    });
    const event = await writeEventFile(repo.dir, flowEvent("deep.test", "deep-1", nested(depth)));

    const first = await flowsIn(repo.dir, "fire", "--event", event);
    expect(first.code, first.out + first.err).toBe(0);
    expect(first.out).toMatch(/ran=1/);

    const again = await flowsIn(repo.dir, "fire", "--event", event);
    expect(again.code, again.out + again.err).toBe(0);
    expect(`${again.out}${again.err}`).not.toMatch(/problem in the state store|nested deeper|corrupt/);
    expect(again.out).toMatch(/ran=0/);
  }, 30_000);

  it("the record check takes an event and a result of the payload budget, and refuses deeper", () => {
    const record = (payload: unknown, result: unknown) => ({
      format: 1,
      event: { id: "e", type: "t", receivedAt: "2026-12-03T00:00:00.000Z", payload },
      runs: [],
      firstDispatchedAt: "2026-12-03T00:00:00.000Z",
      updatedAt: "2026-12-03T00:00:00.000Z",
      dispatchCount: 1,
      extra: result,
    });
    expect(checkEventRecordShape(record(nested(MAX_PAYLOAD_DEPTH), nested(MAX_PAYLOAD_DEPTH)))).toBeUndefined();
    expect(checkEventRecordShape(record(nested(MAX_PAYLOAD_DEPTH + 20), {}))).toMatch(/nested deeper than/);
  });
});
