import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionIO } from "../../src/action/io.js";
import { RESULTS_OUTPUT_LIMIT_BYTES, resultsJson, writeOutputs } from "../../src/action/outputs.js";
import { outcomeOf, prEvent } from "../report/github-fixtures.js";
import type { FlowRunView } from "../../src/contracts.js";
import { redactor } from "../../src/redact.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { makeRun } from "../state/helpers.js";
import { runDistAction } from "../helpers/run-action.js";

// A job's outputs may total 1 MB of UTF-8. `results` was kept under 512 K UTF-16 characters: a
// FLOW_RESULT of CJK text (3 bytes a character, well inside the 4 MiB result budget) passed that
// check at 1.2 MB, more than the job's whole allowance.

const JOB_OUTPUTS_BYTES = 1024 * 1024;

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-outputs-size-");
});
afterEach(async () => {
  await repo.cleanup();
});

function view(index: number, message: string): FlowRunView {
  return { ...makeRun("e", `run_${String(index).padStart(12, "0")}`), flowName: `flow-${index}`, resultPayload: { status: "completed", message } };
}

describe("the results output", () => {
  // The views are JSON text: a message that holds JSON (a response body a step reported) has
  // the secret escaped twice there, which no registered form matched; fromJSON(results) gave
  // back its escaped form.
  it("keeps out a registered secret with a quote or backslash that a result's message holds as JSON", () => {
    const secret = 'db-pa"ss\\word-7731';
    redactor.add(secret);
    const message = `the API said ${JSON.stringify({ error: "bad login", password: secret })}`;
    const json = resultsJson([view(1, message)]);
    const [run] = JSON.parse(json) as FlowRunView[];
    expect(run?.resultPayload?.message).toBe('the API said {"error":"bad login","password":"***"}');
    expect(json).not.toContain("db-pa");
  });

  // A result that carries a tool's output (`details: execSync("base64 key")`) has it wrapped over
  // lines, and in the views' JSON text those line breaks are `\n` escapes on one line.
  it("keeps out the base64 of a registered secret wrapped over lines in a result's details", () => {
    const secret = "svc-key-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH";
    redactor.add(secret);
    const base64 = Buffer.from(`user:${secret}`).toString("base64");
    const wrapped = `${(base64.match(/.{1,60}/g) ?? []).join("\n")}\n`;
    const run = view(2, "encoded the key");
    run.resultPayload = { status: "completed", message: "encoded the key", details: wrapped };
    const [parsed] = JSON.parse(resultsJson([run])) as FlowRunView[];
    const details = String(parsed?.resultPayload?.details);
    expect(details).toContain("***");
    for (const line of base64.match(/.{1,60}/g) ?? []) expect(details).not.toContain(line.slice(12, 36));
  });

  it("a step's result of CJK text keeps the job's outputs under GitHub's 1 MB", async () => {
    await writeFlow(repo.dir, {
      name: "cjk",
      steps: [
        {
          name: "s",
          trigger: "cjk.test",
          source: [
            "await Bun.stdin.text();",
            'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "done", notes: "漢".repeat(400_000) }));',
          ].join("\n"),
        },
      ],
    });
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "workflow_dispatch",
      payload: { inputs: {} },
      inputs: { state: "none", checks: "off", comment: "off", event: JSON.stringify({ id: "cjk-1", type: "cjk.test", payload: {} }) },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const total = Object.entries(run.outputs).reduce((sum, [name, value]) => sum + Buffer.byteLength(name + value), 0);
    expect(total).toBeLessThan(JOB_OUTPUTS_BYTES);
    const results = JSON.parse(run.outputs.results ?? "") as Array<Record<string, unknown>>;
    expect(results).toEqual([expect.objectContaining({ flowName: "cjk", effectiveStatus: "completed", message: "done", truncated: true })]);
  }, 60_000);

  it("brief views are cut by code points and stop at the byte budget, in order", () => {
    const emoji = "😀".repeat(400);
    const many = Array.from({ length: 2_000 }, (_, i) => view(i, `${"é".repeat(99)}${emoji}${"x".repeat(2_000)}`));
    const text = resultsJson(many);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(RESULTS_OUTPUT_LIMIT_BYTES);
    const results = JSON.parse(text) as Array<{ flowName: string; message: string }>;
    expect(results.length).toBeGreaterThan(100);
    expect(results.map((item) => item.flowName)).toEqual(many.slice(0, results.length).map((item) => item.flowName));
    // 99 é and 401 whole emoji would be 500 code points: the 500th is an emoji, kept whole.
    expect(results[0]?.message).toBe(`${"é".repeat(99)}${"😀".repeat(400)}x`);
    expect(text).not.toMatch(/\\ud83d"/);
  });

  // Before, every run's JSON was built (and a redacted copy of it) before the size was looked
  // at: 100 runs of 4 MiB results were 400 MB, twice. Now the building stops at the first run
  // that does not fit, so what is built stays within the limit and one run.
  it("builds no more JSON than the limit and one run, however many large runs there are", () => {
    const big = "x".repeat(1024 * 1024);
    const runs: FlowRunView[] = Array.from({ length: 100 }, (_, i) => ({ ...view(i, "done"), resultPayload: { status: "completed", message: "done", data: big } }));
    const redact = vi.spyOn(redactor, "redact");
    try {
      const results = JSON.parse(resultsJson(runs)) as Array<{ flowName: string; truncated?: boolean }>;
      const built = redact.mock.calls.reduce((sum, [text]) => sum + text.length, 0);
      expect(built).toBeLessThan(big.length + 2 * RESULTS_OUTPUT_LIMIT_BYTES);
      expect(results).toHaveLength(100);
      expect(results.every((item) => item.truncated === true)).toBe(true);
    } finally {
      redact.mockRestore();
    }
    // Small runs are kept whole, as before.
    expect(JSON.parse(resultsJson([view(1, "done")]))).toEqual([expect.objectContaining({ flowName: "flow-1", resultPayload: { status: "completed", message: "done" } })]);
  });
  // The output said it held "as many runs as fit" but not how many it left out: a later step
  // reading it could not tell 400 runs from 2,000.
  it("says how many runs did not fit: the results-omitted output and a line in the log", async () => {
    const outputs = new Map<string, string>();
    const infos: string[] = [];
    const io = { setOutput: (name: string, value: string) => outputs.set(name, value), info: (line: string) => infos.push(line) } as unknown as ActionIO;
    const many = Array.from({ length: 2_000 }, (_, i) => view(i, `${"m".repeat(500)}${"x".repeat(2_000)}`));
    await writeOutputs(io, outcomeOf(prEvent(), many));
    const kept = (JSON.parse(outputs.get("results") ?? "") as Array<{ flowName: string; truncated: boolean }>).length;
    expect(kept).toBeGreaterThan(100);
    expect(kept).toBeLessThan(2_000);
    expect(outputs.get("results-omitted")).toBe(String(2_000 - kept));
    expect(infos).toEqual([
      `flows-action: the results output holds ${kept} of the 2000 runs, reduced to id/status/message: the other ${2_000 - kept} did not fit its 512 KiB (results-omitted says how many; the job summary lists the runs as far as its 1 MiB goes, and counts those it leaves out).`,
    ]);

    // Every run fits: "0", and nothing said.
    outputs.clear();
    infos.length = 0;
    await writeOutputs(io, outcomeOf(prEvent(), many.slice(0, 3)));
    expect(JSON.parse(outputs.get("results") ?? "")).toHaveLength(3);
    expect([outputs.get("results-omitted"), infos]).toEqual(["0", []]);
    // Reduced to brief views, but every run kept: none omitted either.
    await writeOutputs(io, outcomeOf(prEvent(), many.slice(0, 100).map((run) => ({ ...run, resultPayload: { status: "completed", message: "done", data: "y".repeat(10_000) } }))));
    expect(JSON.parse(outputs.get("results") ?? "")).toHaveLength(100);
    expect(outputs.get("results-omitted")).toBe("0");
  });
});
