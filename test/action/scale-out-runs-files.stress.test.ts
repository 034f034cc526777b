// Moved from scale-out-runs-files.test.ts: a run-step job whose two results hold 2.2 million
// empty arrays (3.3 MB each), past what the report job reads.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import type { Matrix } from "../../src/action/scale-out.js";
import { MAX_RUNS_FILE_CONTAINERS } from "../../src/action/runs-file-read.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type InProcessRun, runInProcess } from "../helpers/run-in-process.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-runs-files-");
  const result = (value: unknown) => `console.log("FLOW_RESULT " + ${JSON.stringify(JSON.stringify(value))});`;
  await writeFlow(repo.dir, {
    name: "chain",
    steps: [{ name: "ask", trigger: "push", source: result({ status: "completed", message: "asked", next: [{ id: "chain:next:1", type: "chain.next", payload: {} }] }) }],
  });
  await writeFlow(repo.dir, { name: "follow", steps: [{ name: "answer", trigger: "chain.next", source: result({ status: "completed", message: "answered" }) }] });
  await writeFlow(repo.dir, { name: "docs", steps: [{ name: "build", trigger: "push", source: result({ status: "completed", message: "built" }) }] });
});
afterEach(async () => {
  await repo.cleanup();
});

const payload = { ref: "refs/heads/main", after: "c".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" }, sender: { login: "octocat" } };
const run = (inputs: Record<string, string>): Promise<InProcessRun> => runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "none", ...inputs } });

const statuses = (report: InProcessRun) =>
  (JSON.parse(report.outputs.results ?? "[]") as FlowRunView[]).map((view) => [view.flowName, view.stepName, view.effectiveStatus, view.resultPayload?.message]);

describe("a runs file's size and shape", () => {
  it("a run-step job whose runs file the report job would refuse says so in its own log, and fails; the report skips the file", async () => {
    // Each result 3.3 MB, under FLOW_RESULT's 4 MiB: two of them hold 2.2 million empty arrays.
    const wide = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "wide", artifacts: { arrays: Array.from({ length: 1_100_000 }, () => []) } }));';
    await writeFlow(repo.dir, { name: "wide", steps: [{ name: "one", trigger: "push", source: wide }, { name: "two", trigger: "push", source: wide }] });
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const runsDir = join(repo.dir, "downloaded");
    const jobs = new Map<string, InProcessRun>();
    for (const entry of matrix.include) jobs.set(entry.name, await run({ mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-c-1-${entry.index}`, "runs.json") }));
    const job = jobs.get("wide");
    const index = matrix.include.find((entry) => entry.name === "wide")?.index;
    expect(job?.code).toBe(1);
    expect(job?.stdout).toContain(
      `runs file too large: this job's runs file holds more than ${MAX_RUNS_FILE_CONTAINERS} objects and arrays, more than the report job reads, so the report job will skip it and show this job's steps as canceled.`,
    );
    expect(jobs.get("docs")?.stdout).not.toContain("runs file too large");
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": plan.outputs["job-steps"] ?? "", "fail-on": "none" });
    expect(report.stdout).toContain(`runs file skipped: it holds more than ${MAX_RUNS_FILE_CONTAINERS} objects and arrays, more than a run-step job writes; it was not parsed. It came in artifact flows-runs-c-1-${index}, from run-step job ${index}`);
    expect(statuses(report).map(([flow, step, status]) => [flow, step, status])).toEqual([
      ["chain", "ask", "completed"],
      ["docs", "build", "completed"],
      ["wide", "one", "canceled"],
      ["wide", "two", "canceled"],
      ["follow", "answer", "completed"],
    ]);
  }, 120_000);
});
