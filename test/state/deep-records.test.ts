import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_PAYLOAD_DEPTH } from "../../src/events/budget.js";
import { handoverFromOutcome, writeHandover } from "../../src/report/handover.js";
import { parseStateFile, serializeStateFile } from "../../src/state/artifact-format.js";
import { serializeEventRecord } from "../../src/state/layout.js";
import { checkEventRecordShape } from "../../src/state/record-check.js";
import type { EventRecord } from "../../src/state/types.js";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { makeRun } from "./helpers.js";
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

/** A flow `deep` whose one step, for `deep.test` events, runs these lines. */
function writeDeepFlow(lines: string[]): Promise<string> {
  return writeFlow(repo.dir, { name: "deep", steps: [{ name: "s", trigger: "deep.test", source: lines.join("\n") }] });
}

describe("records of deeply nested events and results", () => {
  it("a payload and a result as deep as allowed are stored, read back, and never run twice", async () => {
    const depth = MAX_PAYLOAD_DEPTH - 1;
    await writeDeepFlow([
      "await Bun.stdin.text();",
      `let value = { leaf: true }; for (let i = 1; i < ${depth}; i++) value = { a: value };`,
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", payload: value }));',
    ]);
    const event = await writeEventFile(repo.dir, flowEvent("deep.test", "deep-1", nested(depth)));

    const first = await flowsIn(repo.dir, "fire", "--event", event);
    expect(first.code, first.out + first.err).toBe(0);
    expect(first.out).toMatch(/ran=1/);

    const again = await flowsIn(repo.dir, "fire", "--event", event);
    expect(again.code, again.out + again.err).toBe(0);
    expect(`${again.out}${again.err}`).not.toMatch(/problem in the state store|nested deeper|corrupt/);
    expect(again.out).toMatch(/ran=0/);
  }, 30_000);

  it("a payload nested as deep as allowed is stored whole: a replay runs on the same payload", async () => {
    await writeDeepFlow([
      "const { flow } = JSON.parse(await Bun.stdin.text());",
      "let node = flow.event.payload; let levels = 0;",
      "while (typeof node === 'object' && node !== null) { levels++; node = node.a ?? node.leaf; }",
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "levels=" + levels + " leaf=" + node }));',
    ]);
    const event = await writeEventFile(repo.dir, flowEvent("deep.test", "deep-2", nested(MAX_PAYLOAD_DEPTH)));

    const first = await flowsIn(repo.dir, "fire", "--event", event);
    expect(first.out).toMatch(/levels=256 leaf=true/);
    // The redactor cut values at 256 levels below the record's event: the stored payload lost its
    // innermost object, and the replay saw 255 levels and a marker.
    const replay = await flowsIn(repo.dir, "replay", "deep-2");
    expect(replay.code, replay.out + replay.err).toBe(0);
    expect(replay.out).toMatch(/levels=256 leaf=true/);
  }, 30_000);

  it("every store format and the fork handover keep a payload and a result of the payload budget whole", async () => {
    const deep = nested(MAX_PAYLOAD_DEPTH);
    const time = "2026-12-03T00:00:00.000Z";
    const record: EventRecord = {
      formatVersion: 1,
      event: { id: "e", type: "t", receivedAt: time, payload: deep },
      runs: [{ ...makeRun("e", "run_0123456789ab"), resultPayload: { status: "completed", deep: nested(MAX_PAYLOAD_DEPTH - 1) } }],
      firstDispatchedAt: time,
      updatedAt: time,
      dispatchCount: 1,
    };
    const fileText = serializeEventRecord(record);
    expect(fileText).not.toContain("nested too deeply");
    expect(JSON.parse(fileText)).toEqual(record);

    const artifact = parseStateFile(serializeStateFile({ kind: "delta", records: [record] }, { runId: 1, runAttempt: 1 }), "delta");
    expect(artifact.bad).toEqual([]);
    expect(artifact.file.records[0]).toEqual(record);

    const outcome = { event: record.event, runs: record.runs, children: [], problems: [] } as unknown as Parameters<typeof handoverFromOutcome>[0];
    const written = await writeHandover(repo.dir, handoverFromOutcome(outcome, { repository: "o/r", headSha: "a".repeat(40), prNumbers: [1] }));
    const handover = JSON.parse(await readFile(written, "utf8"));
    expect(handover.runs[0].resultPayload).toEqual(record.runs[0]?.resultPayload);
  });

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
