import { mkdir, readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { type Matrix, MAX_RUNS_FILE_BYTES } from "../../src/action/scale-out.js";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { type InProcessRun as ActionRun, runInProcess } from "../helpers/run-in-process.js";

// The reusable workflow's three jobs (plan → one run-step job per flow → report), simulated on
// one machine with the action's code path in process, must report what a single-job dispatch reports.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-scale-");
  await writeFlow(repo.dir, {
    name: "bindings",
    steps: [
      { name: "regenerate", trigger: "push", source: rawStep("changed", "regenerated") },
      { name: "verify", trigger: "push", source: 'console.log("checking"); console.log(\'FLOW_RESULT {"status":"completed","message":"verified"}\');' },
    ],
  });
  await writeFlow(repo.dir, { name: "fork", steps: [{ name: "rebase", trigger: "push", source: rawStep("blocked", "conflict in src/lib.rs") }] });
  await writeFlow(repo.dir, { name: "docs", steps: [{ name: "build", trigger: "push", source: 'console.error("mdbook missing"); process.exit(2);' }] });
  await writeFlow(repo.dir, { name: "unrelated", steps: [{ name: "s", trigger: "release.published", source: rawStep("completed") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

const payload = { ref: "refs/heads/main", after: "c".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" }, sender: { login: "octocat" } };
const run = (inputs: Record<string, string>): Promise<ActionRun> =>
  runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "none", ...inputs } });

/** The summary without what legitimately differs between two runs: durations. */
function comparable(summary: string): string {
  return summary.replace(/\| \d+(\.\d+)? (ms|s) \|/g, "| T |").replace(/\d+ ms|\d+(\.\d+)? s\b/g, "T");
}

function essentials(runs: FlowRunView[]) {
  return runs.map((view) => [view.id, view.flowName, view.stepName, view.effectiveStatus, view.needsAttention, view.resultPayload?.message ?? view.error?.split("\n")[0]]);
}

describe("scale-out: plan → run-step × flows → report", () => {
  it("reports exactly what a single-job dispatch reports", async () => {
    const single = await run({ mode: "dispatch" });
    expect(single.code).toBe(1);

    const plan = await run({ mode: "plan" });
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.outputs["has-steps"]).toBe("true");
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    expect(matrix.include.map((entry) => [entry.name, entry.steps])).toEqual([
      ["bindings", JSON.stringify([{ flow: "bindings", step: "regenerate" }, { flow: "bindings", step: "verify" }])],
      ["docs", JSON.stringify([{ flow: "docs", step: "build" }])],
      ["fork", JSON.stringify([{ flow: "fork", step: "rebase" }])],
    ]);

    const runsDir = join(repo.dir, "downloaded");
    const jobs = await Promise.all(
      matrix.include.map((entry) => run({ mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-1-${entry.index}`, "runs.json") })),
    );
    expect(jobs.map((job) => job.code)).toEqual([0, 1, 0]);

    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": plan.outputs["job-steps"] ?? "" });
    expect(report.code).toBe(1);
    expect(comparable(report.summary)).toBe(comparable(single.summary));
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    const dispatched = JSON.parse(single.outputs.results ?? "[]") as FlowRunView[];
    expect(essentials(reported)).toEqual(essentials(dispatched));
    expect(report.outputs["needs-attention"]).toBe("true");
    expect(report.stdout).toContain("::error::1 flow step ended with a status listed in fail-on: docs/build (failed)");
  }, 60_000);

  it("skips the other jobs cleanly when nothing matches", async () => {
    const plan = await runInProcess({ workspace: repo.dir, eventName: "release", payload: { action: "created", release: { tag_name: "v9", id: 9 }, repository: { full_name: "o/r" } }, inputs: { mode: "plan", state: "none" } });
    expect(plan.code).toBe(0);
    expect(plan.outputs["has-steps"]).toBe("false");
    expect(JSON.parse(plan.outputs.matrix ?? "{}")).toEqual({ include: [] });
    expect(plan.summary).toContain("Nothing matched");
  });

  it("fails the plan for a flow package that cannot be loaded when nothing matched, as a single job fails (no report job runs)", async () => {
    await writeText(join(repo.dir, "flows", "broken", "flow.toml"), 'name = "broken"\nversion = \n');
    const release = { action: "created", release: { tag_name: "v9", id: 9 }, repository: { full_name: "o/r" } };
    const plan = await runInProcess({ workspace: repo.dir, eventName: "release", payload: release, inputs: { mode: "plan", state: "none" } });
    expect(plan.outputs["has-steps"]).toBe("false");
    expect(plan.code).toBe(1);
    expect(plan.io.failed).toMatch(/^1 error in flow packages/);
    const quiet = await runInProcess({ workspace: repo.dir, eventName: "release", payload: release, inputs: { mode: "plan", state: "none", "fail-on": "none" } });
    expect(quiet.code).toBe(0);
  });

  it("fails a run-step job whose steps do not match in it, naming each and why, instead of running nothing green", async () => {
    await writeFlow(repo.dir, { name: "gated", steps: [{ name: "once", trigger: "push", condition: "github.run_attempt == '1'", source: rawStep("completed") }] });
    const steps = JSON.stringify([{ flow: "gated", step: "once" }, { flow: "bindings", step: "gone" }]);
    // "Re-run failed jobs": the plan's matrix is from attempt 1, this job is attempt 2.
    const job = await runInProcess({ workspace: repo.dir, eventName: "push", payload, env: { GITHUB_RUN_ATTEMPT: "2" }, inputs: { state: "none", mode: "run-step", steps, "runs-file": join(repo.dir, "out", "runs.json") } });
    expect(job.code).toBe(1);
    expect(job.stdout).toMatch(/::error title=flows-action,file=input "steps"::"gated\/once" is one of this job's steps, but it does not match the event in this job \(.*run_attempt.*\), so it did not run/);
    expect(job.stdout).toMatch(/::error title=flows-action,file=input "steps"::"bindings\/gone" is one of this job's steps, but no flow package here has that step, so it did not run/);
    expect(job.summary).toContain("gated/once");
  });

  it("a re-run's report still lists a step that ran in the first attempt but no longer matches", async () => {
    await writeFlow(repo.dir, { name: "gated", steps: [{ name: "once", trigger: "push", condition: "github.run_attempt == '1'", source: rawStep("completed", "ran once") }] });
    const runsDir = join(repo.dir, "downloaded");
    await run({ mode: "run-step", steps: JSON.stringify([{ flow: "gated", step: "once" }]), "runs-file": join(runsDir, "flows-runs-1-0", "runs.json") });
    // "Re-run failed jobs": the report job runs again, in attempt 2, with attempt 1's artifacts.
    const report = await runInProcess({ workspace: repo.dir, eventName: "push", payload, env: { GITHUB_RUN_ATTEMPT: "2" }, inputs: { state: "none", mode: "report", "runs-dir": runsDir, "fail-on": "none" } });
    expect(report.summary).toContain("| gated | once | ✅ completed | ran once |");
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((view) => `${view.flowName}/${view.stepName}`)).toContain("gated/once");
  });

  it("'Re-run failed jobs': the report reads both attempts' artifacts and lists the re-run step once, with both attempts, counted once", async () => {
    await writeFlow(repo.dir, {
      name: "flaky",
      steps: [{ name: "s", trigger: "push", source: 'if (process.env.GITHUB_RUN_ATTEMPT === "1") process.exit(3); console.log(\'FLOW_RESULT {"status":"completed","message":"second time"}\');' }],
    });
    const attempt = (n: string, inputs: Record<string, string>) => runInProcess({ workspace: repo.dir, eventName: "push", payload, env: { GITHUB_RUN_ATTEMPT: n }, inputs: { state: "none", "fail-on": "none", ...inputs } });
    const matrix = JSON.parse((await attempt("1", { mode: "plan" })).outputs.matrix ?? "{}") as Matrix;
    // flows.yml names each artifact flows-runs-<call-id>-<run attempt>-<job index>: the re-run job's does not replace the first's.
    const runsDir = join(repo.dir, "downloaded");
    for (const entry of matrix.include) await attempt("1", { mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-c-1-${entry.index}`, "runs.json") });
    const flaky = matrix.include.find((entry) => entry.name === "flaky");
    if (!flaky) throw new Error("no flaky job");
    await attempt("2", { mode: "run-step", steps: flaky.steps, "runs-file": join(runsDir, `flows-runs-c-2-${flaky.index}`, "runs.json") });
    const report = await attempt("2", { mode: "report", "runs-dir": runsDir });
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.filter((view) => view.flowName === "flaky").map((view) => [view.effectiveStatus, view.attempts.map((each) => each.status)])).toEqual([["completed", ["failed", "completed"]]]);
    expect(report.outputs.matched).toBe(String(matrix.include.flatMap((entry) => JSON.parse(entry.steps)).length));
    expect(report.summary).toContain("| flaky | s | ✅ completed | second time |");
  }, 60_000);

  it("still lists a step whose job reported nothing, as canceled", async () => {
    const runsDir = join(repo.dir, "partial");
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const first = matrix.include[0];
    if (!first) throw new Error("no matrix entry");
    await run({ mode: "run-step", steps: first.steps, "runs-file": join(runsDir, "a", "runs.json") });
    const report = await run({ mode: "report", "runs-dir": runsDir, "fail-on": "none" });
    expect(report.summary).toContain("| bindings | regenerate | ✅ changed |");
    expect(report.summary).toMatch(/\| fork \| rebase \| 🚫 canceled \| The run-step job for this step reported no result/);
  });
});

describe("scale-out with a hostile runs file", () => {
  it("skips a runs file larger than a run-step job writes unread, and it costs only the steps it would have held", async () => {
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const runsDir = join(repo.dir, "downloaded");
    const [bindings, docs] = matrix.include;
    if (!bindings || !docs) throw new Error("no matrix entries");
    await run({ mode: "run-step", steps: bindings.steps, "runs-file": join(runsDir, `flows-runs-1-${bindings.index}`, "runs.json") });
    // The docs job's artifact: a sparse file one byte over the bound (reading it would take 256 MiB).
    const huge = join(runsDir, `flows-runs-1-${docs.index}`, "runs.json");
    await mkdir(join(huge, ".."), { recursive: true });
    await writeFile(huge, "");
    await truncate(huge, MAX_RUNS_FILE_BYTES + 1);
    const report = await run({ mode: "report", "runs-dir": runsDir, "fail-on": "none" });
    expect(report.stdout).toContain(`runs file skipped: it is ${MAX_RUNS_FILE_BYTES + 1} bytes, more than the ${MAX_RUNS_FILE_BYTES} a run-step job writes; it was not read.`);
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((view) => [view.flowName, view.stepName, view.effectiveStatus])).toEqual([
      ["bindings", "regenerate", "changed"],
      ["bindings", "verify", "completed"],
      ["docs", "build", "canceled"],
      ["fork", "rebase", "canceled"],
    ]);
  }, 60_000);

  it("does not drop a runs file of another event silently: it is skipped with an error naming it, and its steps show as unreadable", async () => {
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const runsDir = join(repo.dir, "downloaded");
    for (const entry of matrix.include) await run({ mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-1-${entry.index}`, "runs.json") });
    const docs = matrix.include.find((entry) => entry.name === "docs");
    if (!docs) throw new Error("no docs job");
    const path = join(runsDir, `flows-runs-1-${docs.index}`, "runs.json");
    const file = JSON.parse(await readFile(path, "utf8")) as { event: { id: string } };
    const own = file.event.id;
    file.event.id = "github:push:someone/else:refs/heads/main@dddd";
    await writeFile(path, JSON.stringify(file));
    const report = await run({ mode: "report", "runs-dir": runsDir });
    expect(report.code).toBe(1);
    expect(report.stdout).toContain(`runs file skipped: it holds the runs of event github:push:someone/else:refs/heads/main@dddd, not of ${own}, the event this report is for.`);
    expect(report.summary).toMatch(/\| docs \| build \| 🚫 canceled \| The run-step job for this step reported no result that could be read/);
    expect(report.summary).toContain("| bindings | regenerate | ✅ changed |");
  }, 60_000);
});

describe("scale-out with a runs file whose runs are not what they say", () => {
  it("skips a runs file holding a run under another step's id: it cannot overwrite that step's result, and costs only its own", async () => {
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const runsDir = join(repo.dir, "downloaded");
    for (const entry of matrix.include) await run({ mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-1-${entry.index}`, "runs.json") });
    const read = async (name: string) => {
      const entry = matrix.include.find((each) => each.name === name);
      const path = join(runsDir, `flows-runs-1-${entry?.index}`, "runs.json");
      return { path, file: JSON.parse(await readFile(path, "utf8")) as { runs: FlowRunView[] } };
    };
    const bindings = await read("bindings");
    const fork = await read("fork");
    // The fork job's file says the bindings job's first step (its id) was blocked.
    const regenerate = bindings.file.runs[0]?.id as string;
    const forged = { ...(fork.file.runs[0] as FlowRunView), id: regenerate, updatedAt: "2999-01-01T00:00:00.000Z" };
    await writeFile(fork.path, JSON.stringify({ ...fork.file, runs: [forged] }));
    const report = await run({ mode: "report", "runs-dir": runsDir, "fail-on": "none" });
    expect(report.stdout).toContain(`runs file skipped: its run ${regenerate} says it is fork/rebase, whose run id in this event is `);
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((view) => [view.id === regenerate, view.flowName, view.stepName, view.effectiveStatus])).toEqual([
      [true, "bindings", "regenerate", "changed"],
      [false, "bindings", "verify", "completed"],
      [false, "docs", "build", "failed"],
      [false, "fork", "rebase", "canceled"],
    ]);
  }, 60_000);
});

describe("scale-out with a runs file holding another job's runs", () => {
  it("refuses from a job's runs file the runs of steps the plan gave another job, id right or not: only those, with an error naming them", async () => {
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const jobSteps = plan.outputs["job-steps"] ?? "";
    expect(JSON.parse(jobSteps)).toHaveLength(matrix.include.length);
    const runsDir = join(repo.dir, "downloaded");
    for (const entry of matrix.include) await run({ mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-c-1-${entry.index}`, "runs.json") });
    const read = async (name: string) => {
      const entry = matrix.include.find((each) => each.name === name);
      const path = join(runsDir, `flows-runs-c-1-${entry?.index}`, "runs.json");
      return { index: entry?.index, path, file: JSON.parse(await readFile(path, "utf8")) as { runs: FlowRunView[] } };
    };
    const bindings = await read("bindings");
    const fork = await read("fork");
    // The fork job's file holds a run of the bindings job's first step, its id the right one for
    // its flow and step, that says it failed, later than the bindings job's own run.
    const regenerate = bindings.file.runs[0] as FlowRunView;
    const forged: FlowRunView = { ...regenerate, processStatus: "failed", effectiveStatus: "failed", resultStatus: "failed", resultPayload: { status: "failed", message: "forged" }, updatedAt: "2999-01-01T00:00:00.000Z" };
    await writeFile(fork.path, JSON.stringify({ ...fork.file, runs: [...fork.file.runs, forged] }));

    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": jobSteps, "fail-on": "none" });
    expect(report.code, report.stdout).toBe(0);
    expect(report.stdout).toContain(`runs refused: run-step job ${fork.index} reported 1 run of steps the plan did not give it: bindings/regenerate (${regenerate.id}). They were not used`);
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((view) => [view.flowName, view.stepName, view.effectiveStatus, view.resultPayload?.message])).toEqual([
      ["bindings", "regenerate", "changed", "regenerated"],
      ["bindings", "verify", "completed", "verified"],
      ["docs", "build", "failed", undefined],
      // The fork job's own run is kept: only the run that was not its own cost anything.
      ["fork", "rebase", "blocked", "conflict in src/lib.rs"],
    ]);
    expect(report.summary).toContain("run-step jobs' results");
  }, 60_000);

  it("uses no run of a runs file whose folder names no run-step job, when the plan's job-steps is given", async () => {
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const runsDir = join(repo.dir, "downloaded");
    const fork = matrix.include.find((each) => each.name === "fork");
    if (!fork) throw new Error("no fork job");
    await run({ mode: "run-step", steps: fork.steps, "runs-file": join(runsDir, "runs-of-somebody", "runs.json") });
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": plan.outputs["job-steps"] ?? "", "fail-on": "none" });
    expect(report.stdout).toContain("runs file skipped: its folder runs-of-somebody does not say which run-step job uploaded it");
    expect(report.summary).toMatch(/\| fork \| rebase \| 🚫 canceled \| The run-step job for this step reported no result that could be read/);
  }, 60_000);

  it("warns, and checks nothing, when job-steps is not what a plan writes", async () => {
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const runsDir = join(repo.dir, "downloaded");
    for (const entry of matrix.include) await run({ mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-c-1-${entry.index}`, "runs.json") });
    const report = await run({ mode: "report", "runs-dir": runsDir, "job-steps": '[["not-a-run-id"]]', "fail-on": "none" });
    expect(report.stdout).toMatch(/::warning[^:]*::Input "job-steps" is not what a plan job writes \(.*\), so the report job could not check/);
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((view) => view.effectiveStatus)).toEqual(["changed", "completed", "failed", "blocked"]);
  }, 60_000);
});

describe("scale-out past the delivery's run cap", () => {
  it("reports the steps the plan left out by the cap as not run, not as canceled by their job", async () => {
    for (let i = 0; i < 101; i++) {
      await writeFlow(repo.dir, { name: `many-${String(i).padStart(3, "0")}`, steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    }
    const plan = await run({ mode: "plan" });
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    // 105 steps match (the 4 of the beforeEach flows and 101 more); one delivery runs at most 100.
    expect(matrix.include.flatMap((entry) => JSON.parse(entry.steps))).toHaveLength(100);
    expect(plan.stdout).toMatch(/::warning::.*budget of 100 step runs.*5 more matching steps/);
    // No step asked for `next` events: the advice is about the triggers, not about `next`.
    expect(plan.stdout).toMatch(/::warning::.*Narrow the triggers \(type, schema or if\) so that fewer steps match one event; delivering the event again runs the steps left out/);
    expect(plan.stdout).not.toContain("Return fewer `next` events");
    const runsDir = join(repo.dir, "capped");
    const first = matrix.include[0];
    if (!first) throw new Error("no matrix entry");
    await run({ mode: "run-step", steps: first.steps, "runs-file": join(runsDir, "a", "runs.json") });

    const report = await run({ mode: "report", "runs-dir": runsDir, "fail-on": "none" });
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported).toHaveLength(100);
    expect(reported.map((view) => view.flowName)).not.toContain("many-100");
    expect(report.summary).not.toContain("| many-100 |");
    expect(report.summary).toMatch(/budget of 100 step runs.*5 more matching steps/);
  }, 120_000);
});
