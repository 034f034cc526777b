// The report job reads what each run-step job uploaded: a hostile or broken job controls its own
// runs file. Each file was read whole, up to 256 MiB, with one JSON.parse (over 1 GiB of the
// report job's memory, or 6 GiB of empty arrays); now up to 64 MiB, its shape counted before it
// is parsed.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { CHILD_LIMITS, type Matrix, type RunsFile } from "../../src/action/scale-out.js";
import { MAX_RUNS_FILE_BYTES, MAX_RUNS_FILE_CONTAINERS } from "../../src/action/runs-file-read.js";
import { MAX_PAYLOAD_BYTES } from "../../src/events/budget.js";
import { MAX_FLOW_RESULT_BYTES } from "../../src/runners/result.js";
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

/** The plan, and each run-step job run as flows.yml runs it, its runs file where download-artifact puts it. */
async function planAndRunSteps(): Promise<{ runsDir: string; jobSteps: string; fileOf: (flow: string) => Promise<{ index: number; path: string; file: RunsFile }> }> {
  const plan = await run({ mode: "plan" });
  const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
  const runsDir = join(repo.dir, "downloaded");
  const pathOf = (index: number) => join(runsDir, `flows-runs-c-1-${index}`, "runs.json");
  for (const entry of matrix.include) await run({ mode: "run-step", steps: entry.steps, "runs-file": pathOf(entry.index) });
  const fileOf = async (flow: string) => {
    const entry = matrix.include.find((each) => each.name === flow);
    if (!entry) throw new Error(`no job for ${flow}`);
    return { index: entry.index, path: pathOf(entry.index), file: JSON.parse(await readFile(pathOf(entry.index), "utf8")) as RunsFile };
  };
  return { runsDir, jobSteps: plan.outputs["job-steps"] ?? "", fileOf };
}

const statuses = (report: InProcessRun) =>
  (JSON.parse(report.outputs.results ?? "[]") as FlowRunView[]).map((view) => [view.flowName, view.stepName, view.effectiveStatus, view.resultPayload?.message]);

describe("a runs file's size and shape", () => {
  it("the cap holds what a run-step job writes: its event, five results at their limit, and the child events the report keeps", () => {
    expect(MAX_PAYLOAD_BYTES + CHILD_LIMITS.fileBytes + 5 * MAX_FLOW_RESULT_BYTES).toBeLessThanOrEqual(MAX_RUNS_FILE_BYTES);
  });

  it("refuses a valid runs file past the cap, naming its artifact and job, and the other jobs' runs still report", async () => {
    const { runsDir, jobSteps, fileOf } = await planAndRunSteps();
    const docs = await fileOf("docs");
    // The docs job's own runs, in a file grown past the cap by a payload no webhook carries.
    const padded = `${JSON.stringify({ ...docs.file, event: { ...docs.file.event, payload: { pad: "x".repeat(MAX_RUNS_FILE_BYTES) } } })}\n`;
    await writeFile(docs.path, padded);
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": jobSteps, "fail-on": "none" });
    expect(report.stdout).toContain(
      `runs file skipped: it is ${Buffer.byteLength(padded)} bytes, more than the ${MAX_RUNS_FILE_BYTES} a run-step job writes; it was not read. It came in artifact flows-runs-c-1-${docs.index}, from run-step job ${docs.index}; see that job's log.`,
    );
    expect(statuses(report)).toEqual([
      ["chain", "ask", "completed", "asked"],
      ["docs", "build", "canceled", undefined],
      ["follow", "answer", "completed", "answered"],
    ]);
  }, 60_000);

  it("refuses unparsed a runs file under the cap that holds more objects and arrays than a run-step job writes", async () => {
    const { runsDir, jobSteps, fileOf } = await planAndRunSteps();
    const docs = await fileOf("docs");
    // 6 MB of `[],`: parsed, two million empty arrays would take the report job about 150 MB.
    const arrays = Array.from({ length: MAX_RUNS_FILE_CONTAINERS }, () => []);
    await writeFile(docs.path, JSON.stringify({ ...docs.file, event: { ...docs.file.event, payload: arrays } }));
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": jobSteps, "fail-on": "none" });
    expect(report.stdout).toContain(
      `runs file skipped: it holds more than ${MAX_RUNS_FILE_CONTAINERS} objects and arrays, more than a run-step job writes; it was not parsed. It came in artifact flows-runs-c-1-${docs.index}, from run-step job ${docs.index}`,
    );
    expect(statuses(report).map(([flow, , status]) => [flow, status])).toEqual([
      ["chain", "completed"],
      ["docs", "canceled"],
      ["follow", "completed"],
    ]);
  }, 60_000);
});
