// The report job reads what each run-step job uploaded: a hostile or broken job controls its own
// runs file. Each file was read whole, up to 256 MiB, with one JSON.parse (over 1 GiB of the
// report job's memory, or 6 GiB of empty arrays); now up to 64 MiB, its shape counted before it
// is parsed. And a file's child events (the events its steps asked for with FlowResult.next)
// were all reported, tied to no run: now each names the run that asked for it, and is reported
// only when that run is one the report kept from the same file.
import { cpSync, mkdtempSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { CHILD_LIMITS, type Matrix, type RunsFile } from "../../src/action/scale-out.js";
import { MAX_RUNS_FILE_BYTES, MAX_RUNS_FILE_CONTAINERS } from "../../src/action/runs-file-read.js";
import { runIdFor } from "../../src/engine/ids.js";
import { MAX_PAYLOAD_BYTES } from "../../src/events/budget.js";
import { MAX_FLOW_RESULT_BYTES } from "../../src/runners/result.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type InProcessRun, runInProcess } from "../helpers/run-in-process.js";

// The repository and the plan with its run-step jobs' runs files are made once: each test reads
// or changes its own copy of the downloaded runs files, and the report job only reads.
let repo: { dir: string; cleanup: () => Promise<void> };
let planned: { downloaded: string; jobSteps: string; matrix: Matrix };
beforeAll(async () => {
  repo = await tempRepo("flows-runs-files-");
  const result = (value: unknown) => `console.log("FLOW_RESULT " + ${JSON.stringify(JSON.stringify(value))});`;
  await writeFlow(repo.dir, {
    name: "chain",
    steps: [{ name: "ask", trigger: "push", source: result({ status: "completed", message: "asked", next: [{ id: "chain:next:1", type: "chain.next", payload: {} }] }) }],
  });
  await writeFlow(repo.dir, { name: "follow", steps: [{ name: "answer", trigger: "chain.next", source: result({ status: "completed", message: "answered" }) }] });
  await writeFlow(repo.dir, { name: "docs", steps: [{ name: "build", trigger: "push", source: result({ status: "completed", message: "built" }) }] });
  planned = await planAndRunStepsOnce();
}, 60_000);
afterAll(async () => {
  await repo.cleanup();
});

const payload = { ref: "refs/heads/main", after: "c".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" }, sender: { login: "octocat" } };
const run = (inputs: Record<string, string>): Promise<InProcessRun> => runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "none", ...inputs } });
const runsFileOf = (runsDir: string, index: number) => join(runsDir, `flows-runs-c-1-${index}`, "runs.json");

/** The plan, and each run-step job run as flows.yml runs it, its runs file where download-artifact puts it. */
async function planAndRunStepsOnce(): Promise<{ downloaded: string; jobSteps: string; matrix: Matrix }> {
  const plan = await run({ mode: "plan" });
  const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
  const downloaded = join(repo.dir, "downloaded");
  for (const entry of matrix.include) await run({ mode: "run-step", steps: entry.steps, "runs-file": runsFileOf(downloaded, entry.index) });
  return { downloaded, jobSteps: plan.outputs["job-steps"] ?? "", matrix };
}

/** This test's copy of the downloaded runs files. */
let runsDir: string;
beforeEach(() => {
  runsDir = mkdtempSync(join(repo.dir, "downloaded-"));
  cpSync(planned.downloaded, runsDir, { recursive: true });
});

/** The plan's job steps and this test's copy of the runs files, each read by its flow's name. */
async function thisTestsRunsFiles(): Promise<{ runsDir: string; jobSteps: string; fileOf: (flow: string) => Promise<{ index: number; path: string; file: RunsFile }> }> {
  const fileOf = async (flow: string) => {
    const entry = planned.matrix.include.find((each) => each.name === flow);
    if (!entry) throw new Error(`no job for ${flow}`);
    const path = runsFileOf(runsDir, entry.index);
    return { index: entry.index, path, file: JSON.parse(await readFile(path, "utf8")) as RunsFile };
  };
  return { runsDir, jobSteps: planned.jobSteps, fileOf };
}

const statuses = (report: InProcessRun) =>
  (JSON.parse(report.outputs.results ?? "[]") as FlowRunView[]).map((view) => [view.flowName, view.stepName, view.effectiveStatus, view.resultPayload?.message]);

describe("a runs file's size and shape", () => {
  it("the cap holds what a run-step job writes: its event, five results at their limit, and the child events the report keeps", () => {
    expect(MAX_PAYLOAD_BYTES + CHILD_LIMITS.fileBytes + 5 * MAX_FLOW_RESULT_BYTES).toBeLessThanOrEqual(MAX_RUNS_FILE_BYTES);
  });

  it("refuses a valid runs file past the cap, naming its artifact and job, and the other jobs' runs still report", async () => {
    const { runsDir, jobSteps, fileOf } = await thisTestsRunsFiles();
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
    const { runsDir, jobSteps, fileOf } = await thisTestsRunsFiles();
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

describe("a runs file's child events", () => {
  it("each names the run that asked for it, and is reported as before", async () => {
    const { runsDir, jobSteps, fileOf } = await thisTestsRunsFiles();
    const chain = await fileOf("chain");
    expect(chain.file.children.map((child) => [child.event.id, child.requestedBy])).toEqual([["chain:next:1", chain.file.runs[0]?.id]]);
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": jobSteps });
    expect(report.code, report.stdout).toBe(0);
    expect(report.stdout).not.toContain("child events refused");
    expect(statuses(report)).toContainEqual(["follow", "answer", "completed", "answered"]);
  }, 60_000);

  it("refuses a child event that names no run (an older writer's, or a forger's), keeping the job's own runs, and says so", async () => {
    const { runsDir, jobSteps, fileOf } = await thisTestsRunsFiles();
    const chain = await fileOf("chain");
    const { requestedBy: _, ...unlinked } = chain.file.children[0] as RunsFile;
    await writeFile(chain.path, JSON.stringify({ ...chain.file, children: [unlinked] }));
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": jobSteps, "fail-on": "none" });
    expect(report.stdout).toContain(
      `child events refused: 1 child event of run-step job ${chain.index} (chain:next:1) holding 1 run, were not used: 1 named no run that asked for it (written by a flows-action older than this one, or forged).`,
    );
    expect(statuses(report)).toEqual([
      ["chain", "ask", "completed", "asked"],
      ["docs", "build", "completed", "built"],
    ]);
    expect(report.summary).toContain("run-step jobs' results");
  }, 60_000);

  it("refuses a forged child event that names another job's run, or a run the report refused, and keeps the job's own", async () => {
    const { runsDir, jobSteps, fileOf } = await thisTestsRunsFiles();
    const chain = await fileOf("chain");
    const docs = await fileOf("docs");
    const own = chain.file.children[0] as RunsFile;
    const docsRun = docs.file.runs[0] as FlowRunView;
    // The docs job's file: a run of the chain job's step (refused: the plan gave it to the chain
    // job), and two child events claiming a `follow` run: one asked for by that refused run, one by
    // the chain job's run, which is not in this file.
    const forgedRun: FlowRunView = { ...(chain.file.runs[0] as FlowRunView), updatedAt: "2999-01-01T00:00:00.000Z" };
    const forgedChild = (id: string, requestedBy: string): RunsFile => ({
      ...own,
      event: { ...own.event, id },
      requestedBy,
      runs: own.runs.map((view) => ({ ...view, eventId: id, id: runIdFor(id, view.flowName, view.stepName), resultPayload: { status: "failed", message: "forged" } })),
      children: [],
    });
    const children = [forgedChild("forged:1", forgedRun.id), forgedChild("forged:2", (chain.file.runs[0] as FlowRunView).id), { ...forgedChild("forged:3", docsRun.id), children: [forgedChild("forged:3.1", "run_000000000000")] }];
    await writeFile(docs.path, JSON.stringify({ ...docs.file, runs: [docsRun, forgedRun], children }));
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": jobSteps, "fail-on": "none" });
    expect(report.stdout).toContain(`runs refused: run-step job ${docs.index} reported 1 run of steps the plan did not give it: chain/ask`);
    expect(report.stdout).toContain(
      `child events refused: 3 child events of run-step job ${docs.index} (forged:1, forged:2, forged:3.1) holding 3 runs, were not used: 3 named a run that is not one of the job's own runs kept from this file, or one that did not run there.`,
    );
    // forged:3 names the docs job's own run: it is the job's own business, and reported.
    const reported = statuses(report);
    expect(reported).toContainEqual(["follow", "answer", "completed", "forged"]);
    expect(reported.filter(([, , , message]) => message === "forged")).toHaveLength(1);
    expect(reported).toContainEqual(["follow", "answer", "completed", "answered"]);
  }, 60_000);
});
