import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import type { FlowPackage, FlowStep } from "../../src/flows/types.js";
import { buildStepContext, type StepContextOptions, stepContextParts, stepEventParts } from "../../src/runners/context.js";
import { superviseProcess } from "../../src/runners/process.js";

// #12: the step context is written as head + the event's shared JSON + tail, in slices; the
// bytes on stdin stay exactly JSON.stringify(context) (flow-contracts.md, "Running a Bun step").

const flow = { name: "f \"q\"", version: 2, root: "/r", config: { a: [1, "é"] } } as unknown as FlowPackage;
const step = { name: "s" } as unknown as FlowStep;
const eventWith = (text: string): FlowEvent => {
  const clientPayload = { text, n: [1, 2] };
  return {
    id: "evt-1",
    type: "repository_dispatch.big",
    source: "github",
    receivedAt: "2026-12-02T00:00:00.000Z",
    payload: { clientPayload, github: { client_payload: clientPayload } },
  } as FlowEvent;
};
// The x's start where the marker sits; pad them so 😀's high surrogate is the 65,536th unit.
const before = JSON.stringify(eventWith("@")).indexOf("@");
const event = eventWith(`${"x".repeat(64 * 1024 - 1 - before)}😀 ünïcode \u2028 "quoted"`);
const options = (overrides: Partial<StepContextOptions> = {}): StepContextOptions => ({
  flow,
  step,
  event,
  runtime: { runId: "run-1", attemptId: "a-1", replay: false, launchedBy: "me" },
  ...overrides,
});

describe("step stdin (#12)", () => {
  it("joins to exactly the JSON of the context, with and without config or payload", () => {
    const { config: _config, ...noConfig } = flow;
    const { payload: _payload, ...noPayload } = event;
    for (const o of [options(), options({ flow: noConfig as FlowPackage }), options({ event: noPayload as FlowEvent, runtime: { runId: "", attemptId: "", replay: true } })]) {
      expect(stepContextParts(o).join("")).toBe(JSON.stringify(buildStepContext(o)));
    }
  });

  it("serialises each event once: every step shares the same text", () => {
    const first = stepContextParts(options())[1];
    const second = stepContextParts(options({ step: { name: "other" } as unknown as FlowStep }))[1];
    expect(second).toBe(first);
    expect(stepEventParts(event)).toEqual([first]);
  });

  it("writes the parts byte for byte, a surrogate pair across a 64 KiB slice boundary included", async () => {
    const parts = stepContextParts(options());
    const text = parts.join("");
    expect((parts[1] as string).charCodeAt(64 * 1024 - 1)).toBe("😀".charCodeAt(0));
    const script = 'const h=require("crypto").createHash("sha256");process.stdin.on("data",(c)=>h.update(c));process.stdin.on("end",()=>console.log(h.digest("hex")));';
    const lines: string[] = [];
    const run = await superviseProcess({
      command: process.execPath,
      args: ["-e", script],
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? "" },
      stdin: parts,
      timeoutMs: 60_000,
      onLine: (_stream, line) => lines.push(line),
    });
    expect(run.exitCode).toBe(0);
    expect(lines).toEqual([createHash("sha256").update(text, "utf8").digest("hex")]);
  });

  it("stops writing, without failing, when the step exits before reading stdin", async () => {
    const run = await superviseProcess({
      command: process.execPath,
      args: ["-e", "process.exit(0)"],
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? "" },
      stdin: ["{", "x".repeat(4 * 1024 * 1024), "}"],
      timeoutMs: 60_000,
      onLine: () => undefined,
    });
    expect(run.exitCode).toBe(0);
  });
});
