import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import type { ActionContext } from "../../src/action/context.js";
import { HANDED_OVER_LIMIT_BYTES, handOver } from "../../src/action/plan-handover.js";
import { openPlanState } from "../../src/action/plan-state.js";
import type { Matrix } from "../../src/action/scale-out.js";
import { rawStep, stepThatWaits, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type ArtifactWorld, artifactWorld, REPOSITORY } from "../state/artifact-helpers.js";
import { git } from "../state/helpers.js";
import { defaultStateDir, eventRecordPath } from "../../src/state/index.js";
import { timedUnderLoad } from "../helpers/stalls.js";

// The reusable workflow's plan job reads the state store (here the artifact store, against the
// spec-checked GitHub fake): a redelivered event gives no job to the steps handled before, and
// the report job lists them as already handled, as a single job does.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = structuredClone(examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened")) as {
  number: number;
  pull_request: { head: { repo: { full_name: string } }; base: { repo: { full_name: string } } };
  repository: { full_name: string };
};
opened.repository.full_name = REPOSITORY;
opened.pull_request.head.repo.full_name = REPOSITORY;
opened.pull_request.base.repo.full_name = REPOSITORY;

let repo: { dir: string; cleanup: () => Promise<void> };
let world: ArtifactWorld;
beforeEach(async () => {
  repo = await tempRepo("flows-plan-state-");
  world = await artifactWorld();
  await writeFlow(repo.dir, { name: "lint", steps: [{ name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") }] });
  await writeFlow(repo.dir, { name: "docs", steps: [{ name: "build", trigger: "pull_request.opened", source: rawStep("changed", "rebuilt") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

/** One job of workflow run `runId`, with the artifact store. */
function job(runId: number, inputs: Record<string, string>) {
  return runInProcess({
    workspace: repo.dir,
    eventName: "pull_request",
    payload: opened,
    inputs: { state: "artifact", "github-token": "ghs_workflow_token", "fail-on": "none", ...inputs },
    env: { GITHUB_API_URL: world.github.url, GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: String(runId), GITHUB_RUN_ATTEMPT: "1", GITHUB_SHA: "e".repeat(40) },
  });
}

/**
 * Inputs for jobs whose sticky comment a test does not look at: a job that writes or adds its part
 * to the comment reads it back 1 to 1.5 s later (src/report/comment.ts, settled()), a wait the
 * action lets no test shorten. The first test checks the comment of the plan → run-step → report
 * path.
 */
const NO_COMMENT = { comment: "off" };

/**
 * plan → a run-step job per matrix entry → report, as flows.yml runs them in workflow run `runId`.
 * `handedOver` changes what the report job gets of the plan's outputs (the runner dropping one);
 * `more` is given to every job.
 */
async function workflow(runId: number, handedOver: (outputs: Record<string, string>) => Record<string, string> = (outputs) => outputs, more: Record<string, string> = {}) {
  const restore = setProcessEnv(world.results.runtimeEnv({ runId }));
  onTestFinished(restore);
  const listsBefore = world.count("actions/list-artifacts-for-repo");
  const plan = await job(runId, { mode: "plan", ...more });
  const planLists = world.count("actions/list-artifacts-for-repo") - listsBefore;
  expect(plan.code, plan.stdout).toBe(0);
  const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
  const runsDir = join(repo.dir, `runs-${runId}`);
  // flows.yml: `if: needs.plan.outputs.has-jobs == 'true'` on the run job.
  if (plan.outputs["has-jobs"] === "true") {
    for (const entry of matrix.include) {
      await job(runId, { mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, String(entry.index), "runs.json"), ...more });
    }
  }
  const passed = handedOver({ "handled-runs": plan.outputs["handled-runs"] ?? "", "handled-steps": plan.outputs["handled-steps"] ?? "" });
  const report = await job(runId, { mode: "report", "runs-dir": runsDir, ...passed, ...more });
  restore();
  return { plan, planLists, matrix, report };
}

const flowsOf = (matrix: Matrix): string[] => matrix.include.map((entry) => entry.name);

/** Every path under `dir` with its bytes' hash: a folder nothing changed prints the same. */
async function folderPrint(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const lines = await Promise.all(
    entries.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return entry.isFile() ? `${path} ${createHash("sha256").update(await readFile(path)).digest("hex")}` : `${path}/`;
    }),
  );
  return lines.sort().join("\n");
}

describe("the plan job reads the state store", () => {
  it("gives a redelivered event's handled steps no job, and the report job lists them as already handled", async () => {
    const first = await workflow(801);
    expect(flowsOf(first.matrix)).toEqual(["docs", "lint"]);
    expect(first.plan.outputs["handled-runs"]).toBe("[]");
    expect([first.report.outputs.matched, first.report.outputs["already-handled"]]).toEqual(["2", "0"]);

    const again = await workflow(802);
    // One listing of the artifacts, as a run-step job reads the store.
    expect(again.planLists).toBe(1);
    expect(again.matrix).toEqual({ include: [] });
    expect([again.plan.outputs["has-steps"], again.plan.outputs["has-jobs"]]).toEqual(["true", "false"]);
    expect(again.plan.summary).toContain("Every step that matches `pull_request.opened` was handled before: no run-step job starts.");
    const handed = JSON.parse(again.plan.outputs["handled-runs"] ?? "") as FlowRunView[];
    expect(handed.map((run) => [run.flowName, run.effectiveStatus, run.alreadyHandled])).toEqual([["docs", "changed", true], ["lint", "completed", true]]);

    // What a single job reports for the same redelivery (its outputs: the comment checked below is
    // the report job's).
    const single = await job(803, NO_COMMENT);
    expect(again.report.code, again.report.stdout).toBe(0);
    expect([again.report.outputs.matched, again.report.outputs["already-handled"]]).toEqual(["0", "2"]);
    expect([single.outputs.matched, single.outputs["already-handled"]]).toEqual(["0", "2"]);
    expect(again.report.summary).toContain("already handled: 2 steps");
    expect(again.report.summary).toContain("| lint | check | ✅ completed (already handled) | all clean |");
    expect(again.report.summary).not.toContain("does not exist");
    expect(again.report.stdout).toContain("were handled before and not run again");
    // The sticky comment says so too; no check run is opened for a step that did not run.
    const comment = world.github.github.comments.list(REPOSITORY, opened.number).at(-1)?.body ?? "";
    expect(comment).toContain("already handled");
    world.assertNoViolations();
  }, 60_000);

  it("keeps a step that failed in the matrix (it runs again) and leaves out the settled ones", async () => {
    await writeFlow(repo.dir, { name: "size", steps: [{ name: "measure", trigger: "pull_request.opened", source: rawStep("failed", "too big") }] });
    const first = await workflow(811, undefined, NO_COMMENT);
    expect(flowsOf(first.matrix)).toEqual(["docs", "lint", "size"]);
    const again = await workflow(812, undefined, NO_COMMENT);
    expect(flowsOf(again.matrix)).toEqual(["size"]);
    expect(again.plan.summary).toContain("Planned 1 step for `pull_request.opened` in 1 job. 2 steps handled before get no job (already handled: 2)");
    expect([again.report.outputs.matched, again.report.outputs["already-handled"]]).toEqual(["1", "2"]);
    const reported = JSON.parse(again.report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((run) => [run.flowName, run.effectiveStatus, run.alreadyHandled ?? false])).toEqual([
      ["docs", "changed", true],
      ["lint", "completed", true],
      ["size", "failed", false],
    ]);
    expect(reported.find((run) => run.flowName === "size")?.attempts).toHaveLength(2);
    world.assertNoViolations();
  }, 60_000);

  it("gives every step a job, with a warning that says why, when the store cannot be read", async () => {
    await workflow(821, undefined, NO_COMMENT);
    world.github.failNext({ operationId: "actions/list-artifacts-for-repo", status: 403, body: { message: "Resource not accessible by integration" } });
    const restore = setProcessEnv(world.results.runtimeEnv({ runId: 822 }));
    onTestFinished(restore);
    const plan = await job(822, { mode: "plan" });
    expect(plan.code, plan.stdout).toBe(0);
    expect(flowsOf(JSON.parse(plan.outputs.matrix ?? "{}") as Matrix)).toEqual(["docs", "lint"]);
    expect(plan.outputs["handled-runs"]).toBe("[]");
    expect(plan.stdout).toMatch(/::warning::The plan job could not read the artifact state store \(.*403.*\), so every matching step gets a job, and each job checks whether its step was handled before\./);
  }, 60_000);

  it("reads nothing for a replay, which runs every step again", async () => {
    const first = await workflow(831, undefined, NO_COMMENT);
    const eventId = first.plan.outputs["event-id"] ?? "";
    const restore = setProcessEnv(world.results.runtimeEnv({ runId: 832 }));
    onTestFinished(restore);
    const lists = world.count("actions/list-artifacts-for-repo");
    const plan = await job(832, { mode: "plan", replay: eventId });
    expect(flowsOf(JSON.parse(plan.outputs.matrix ?? "{}") as Matrix)).toEqual(["docs", "lint"]);
    expect(plan.outputs["handled-runs"]).toBe("[]");
    // The one listing is the replay's, for the stored event: the plan reads nothing more.
    expect(world.count("actions/list-artifacts-for-repo") - lists).toBe(1);
  }, 60_000);

  it("keeps a step running in another dispatch in the matrix, and leaves it out once it has settled (file state)", async () => {
    const started = join(repo.dir, "started");
    const release = join(repo.dir, "release");
    await writeFlow(repo.dir, { name: "slow", steps: [{ name: "s", trigger: "pull_request.opened", source: stepThatWaits({ started, release }) }] });
    const local = (inputs: Record<string, string>) => runInProcess({ workspace: repo.dir, eventName: "pull_request", payload: opened, inputs: { state: "file", checks: "off", comment: "off", ...inputs } });
    const first = local({ mode: "run-step", steps: JSON.stringify([{ flow: "slow", step: "s" }]), "runs-file": join(repo.dir, "runs", "slow", "runs.json") });
    try {
      for (const deadline = Date.now() + 15_000; !existsSync(started); ) {
        if (Date.now() > deadline) throw new Error("the first job's step never started");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const plan = await local({ mode: "plan" });
      expect(flowsOf(JSON.parse(plan.outputs.matrix ?? "{}") as Matrix)).toEqual(["docs", "lint", "slow"]);
      expect(plan.outputs["handled-runs"]).toBe("[]");
    } finally {
      await writeFile(release, "");
    }
    expect((await first).code).toBe(0);
    // Now it is settled: the next plan leaves it out.
    const after = await local({ mode: "plan" });
    expect(flowsOf(JSON.parse(after.outputs.matrix ?? "{}") as Matrix)).toEqual(["docs", "lint"]);
    expect((JSON.parse(after.outputs["handled-runs"] ?? "") as FlowRunView[]).map((run) => run.flowName)).toEqual(["slow"]);
  }, 60_000);

  it("changes nothing in the state folder on a redelivered event, not even a damaged record it finds (file state)", async () => {
    const local = (inputs: Record<string, string>) => runInProcess({ workspace: repo.dir, eventName: "pull_request", payload: opened, inputs: { state: "file", checks: "off", comment: "off", "fail-on": "none", ...inputs } });
    const first = await local({});
    expect(first.code, first.stdout).toBe(0);
    const stateDir = defaultStateDir(repo.dir);
    const record = join(stateDir, eventRecordPath(first.outputs["event-id"] ?? ""));
    expect(existsSync(record)).toBe(true);
    const stored = await folderPrint(stateDir);
    const settled = await local({ mode: "plan" });
    expect(settled.outputs["has-jobs"]).toBe("false");
    expect(await folderPrint(stateDir)).toBe(stored);

    // A damaged record: the plan reads it as not stored and gives every step a job; setting it
    // aside (and saying so) is the run-step jobs' work. The plan moved it aside under a lock, and
    // its report of that went nowhere: no job said the record was damaged.
    await writeFile(record, '{"formatVersion":1,');
    const before = await folderPrint(stateDir);
    const plan = await local({ mode: "plan" });
    expect(plan.code, plan.stdout).toBe(0);
    expect(flowsOf(JSON.parse(plan.outputs.matrix ?? "{}") as Matrix)).toEqual(["docs", "lint"]);
    expect(await folderPrint(stateDir)).toBe(before);
    const ran = await local({ mode: "run-step", steps: JSON.stringify([{ flow: "lint", step: "check" }]), "runs-file": join(repo.dir, "runs", "lint", "runs.json") });
    expect(ran.code, ran.stdout).toBe(0);
    expect(ran.summary).toContain(".corrupt-");
  }, 60_000);
});

describe("the plan job with state: branch", () => {
  it("leaves out the steps the state branch records as settled, and pushes nothing", async () => {
    const root = await mkdtemp(join(tmpdir(), "flows-plan-branch-"));
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    // The repository's remote as the branch store builds it: GITHUB_SERVER_URL/GITHUB_REPOSITORY.git.
    const origin = join(root, `${REPOSITORY}.git`);
    git(root, "init", "--bare", "--quiet", origin);
    // `git config uploadpack.allowFilter true`, without a process of its own.
    await appendFile(join(origin, "config"), "[uploadpack]\n\tallowFilter = true\n");
    const push = { ref: "refs/heads/main", after: "c".repeat(40), before: "0".repeat(40), repository: { full_name: REPOSITORY } };
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "push", source: rawStep("completed", "noted") }] });
    const branchJob = (inputs: Record<string, string>) =>
      runInProcess({
        workspace: repo.dir,
        eventName: "push",
        payload: push,
        inputs: { state: "branch", "github-token": "ghs_workflow_token", checks: "off", comment: "off", ...inputs },
        env: { GITHUB_SERVER_URL: pathToFileURL(root).href, GITHUB_REPOSITORY: REPOSITORY },
      });
    const first = await branchJob({ mode: "plan" });
    expect(flowsOf(JSON.parse(first.outputs.matrix ?? "{}") as Matrix)).toEqual(["notes"]);
    const ran = await branchJob({ mode: "run-step", steps: JSON.stringify([{ flow: "notes", step: "write" }]), "runs-file": join(repo.dir, "branch-runs", "runs.json") });
    expect(ran.code, ran.stdout).toBe(0);
    // Every ref with its commit, flows-state's tip among them: one git process for both.
    const refs = git(origin, "for-each-ref");
    expect(refs).toMatch(/^[0-9a-f]{40} commit\trefs\/heads\/flows-state$/m);

    const again = await branchJob({ mode: "plan" });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs["has-jobs"]).toBe("false");
    expect((JSON.parse(again.outputs["handled-runs"] ?? "") as FlowRunView[]).map((run) => run.flowName)).toEqual(["notes"]);
    expect(git(origin, "for-each-ref")).toBe(refs);
    const report = await branchJob({ mode: "report", "runs-dir": join(repo.dir, "no-runs"), "handled-runs": again.outputs["handled-runs"] ?? "" });
    expect([report.code, report.outputs.matched, report.outputs["already-handled"]]).toEqual([0, "0", "1"]);
    expect(git(origin, "for-each-ref")).toBe(refs);
  }, 60_000);
});

describe("the plan's read of the state store", () => {
  it("gives up after its deadline, saying so, instead of holding the plan", async () => {
    world.github.failNext({ operationId: "actions/list-artifacts-for-repo", status: 200, delayMs: 3_000 });
    const context = {
      inputs: { state: "artifact", stateBranch: "flows-state", githubToken: "ghs_workflow_token" },
      stepEnv: { GITHUB_API_URL: world.github.url, GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: "851" },
      runner: { workspace: repo.dir },
    } as unknown as ActionContext;
    const read = await openPlanState(context, 200);
    // Stalls left out (test/helpers/stalls.ts): waiting for the artifact store's answer is 3 s of waiting.
    const { value: loaded, ms } = await timedUnderLoad(async () => read.store?.loadEvent("github:pull_request:1"));
    expect(loaded).toBeUndefined();
    expect(ms).toBeLessThan(2_000);
    expect(read.skipped).toBe("the artifact state store did not answer within 0.2 s");
    await read.close();
  });

  it("reads nothing with state: none", async () => {
    const read = await openPlanState({ inputs: { state: "none" } } as unknown as ActionContext);
    expect(read.store).toBeUndefined();
  });
});

describe("what the plan hands the report job", () => {
  const now = new Date().toISOString();
  const view = (flowName: string, effectiveStatus: FlowRunView["effectiveStatus"], extra: Partial<FlowRunView> = {}): FlowRunView => ({
    id: `run_${flowName.padEnd(12, "0").slice(0, 12)}`, eventId: "e", flowName, flowVersion: 1, stepName: "s", runner: "bun", processStatus: "completed", effectiveStatus,
    needsAttention: false, attempts: [], createdAt: now, updatedAt: now, alreadyHandled: true, ...extra,
  });

  it("leaves out every settled step handled before, passes the views that fit, and lists every step handled before by id and status", () => {
    const big = "x".repeat(HANDED_OVER_LIMIT_BYTES);
    const planned = [
      view("settled", "completed"),
      view("failed", "failed", { alreadyHandled: undefined }),
      view("elsewhere", "running"),
      view("chatty", "changed", { output: big }),
      view("huge", "completed", { resultPayload: { status: "completed", message: big } }),
      { ...view("new", "queued"), alreadyHandled: undefined },
    ];
    const handed = handOver(planned);
    // A view too long for handled-runs no longer keeps its job: the report reads it from the store.
    expect(handed.leftOut.map((run) => run.flowName)).toEqual(["settled", "chatty", "huge"]);
    const json = JSON.parse(handed.runsJson) as FlowRunView[];
    expect(json.map((run) => [run.flowName, run.output])).toEqual([["settled", undefined], ["chatty", undefined]]);
    expect(Buffer.byteLength(handed.runsJson)).toBeLessThanOrEqual(HANDED_OVER_LIMIT_BYTES);
    // The one running elsewhere keeps its job, but the run cap counted it as handled, and so must the report's.
    expect(JSON.parse(handed.stepsJson)).toEqual({ run_settled00000: "completed", run_elsewhere000: "running", run_chatty000000: "changed", run_huge00000000: "completed" });
    expect(handed.unlisted).toBe(0);
  });
});

describe("the report job when the runner drops the plan's handled-runs output", () => {
  // The runner's log: "Skip output 'handled-runs' since it may contain secret"; the report job's input is then empty.
  const dropped = (outputs: Record<string, string>) => ({ ...outputs, "handled-runs": "" });

  it("reads the left-out steps' views from the state store, and reports none of them as canceled", async () => {
    await workflow(861);
    const again = await workflow(862, dropped);
    expect(again.matrix).toEqual({ include: [] });
    expect(JSON.parse(again.plan.outputs["handled-steps"] ?? "")).toEqual(
      Object.fromEntries((JSON.parse(again.plan.outputs["handled-runs"] ?? "") as FlowRunView[]).map((run) => [run.id, run.effectiveStatus])),
    );
    expect(again.report.code, again.report.stdout).toBe(0);
    expect([again.report.outputs.matched, again.report.outputs["already-handled"]]).toEqual(["0", "2"]);
    const reported = JSON.parse(again.report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((run) => [run.flowName, run.effectiveStatus, run.alreadyHandled, run.resultPayload?.message])).toEqual([
      ["docs", "changed", true, "rebuilt"],
      ["lint", "completed", true, "all clean"],
    ]);
    expect(again.report.summary).toContain("| lint | check | ✅ completed (already handled) | all clean |");
    expect(again.report.summary).not.toContain("canceled");
    expect(again.report.stdout).toContain("2 steps handled before were read from the state store (input \"handled-runs\" is empty while \"handled-steps\" lists steps handled before");
    expect(again.report.stdout).not.toContain("::warning::");
    world.assertNoViolations();
  }, 60_000);

  it("reports them with the plan's status and a warning that says why, when the store cannot be read either", async () => {
    await writeFlow(repo.dir, { name: "review", steps: [{ name: "ask", trigger: "pull_request.opened", source: rawStep("needs_intervention", "a human decides") }] });
    await workflow(871, undefined, NO_COMMENT);
    const restore = setProcessEnv(world.results.runtimeEnv({ runId: 872 }));
    onTestFinished(restore);
    const plan = await job(872, { mode: "plan" });
    expect(plan.outputs["has-jobs"]).toBe("false");
    world.github.failNext({ operationId: "actions/list-artifacts-for-repo", status: 403, body: { message: "Resource not accessible by integration" } });
    const report = await job(872, { mode: "report", "runs-dir": join(repo.dir, "none"), "handled-runs": "", "handled-steps": plan.outputs["handled-steps"] ?? "", ...NO_COMMENT });
    expect(report.code, report.stdout).toBe(0);
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    expect(reported.map((run) => [run.flowName, run.effectiveStatus, run.alreadyHandled, run.needsAttention])).toEqual([
      ["docs", "changed", true, false],
      ["lint", "completed", true, false],
      ["review", "needs_intervention", true, true],
    ]);
    expect([report.outputs["already-handled"], report.outputs["needs-attention"]]).toEqual(["3", "true"]);
    expect(report.stdout).toMatch(
      /::warning[^:]*::3 steps handled before are reported with the status the plan job gave only \(docs\/build, lint\/check, review\/ask\): input "handled-runs" is empty .*Skip output 'handled-runs' since it may contain secret.*, and the artifact state store could not be read: .*403/,
    );
    expect(report.summary).toContain("Handled before; the plan job passed only its status");
    expect(report.summary).not.toContain("canceled");
  }, 60_000);
});

describe("the run cap, in the plan and the report job alike", () => {
  /** The plan with `count` more matching steps beside lint and docs, handled before (file state); then the report, without handled-runs. */
  async function atTheCap(count: number) {
    const local = (inputs: Record<string, string>) => runInProcess({ workspace: repo.dir, eventName: "pull_request", payload: opened, inputs: { state: "file", checks: "off", comment: "off", "fail-on": "none", ...inputs } });
    const first = await local({ mode: "run-step", steps: JSON.stringify([{ flow: "docs", step: "build" }, { flow: "lint", step: "check" }]), "runs-file": join(repo.dir, "first", "runs.json") });
    expect(first.code, first.stdout).toBe(0);
    const steps = Array.from({ length: count }, (_, i) => ({ name: `s${String(i + 1).padStart(3, "0")}`, trigger: "pull_request.opened", source: rawStep("completed") }));
    await writeFlow(repo.dir, { name: "many", steps });
    const plan = await local({ mode: "plan" });
    expect(plan.code, plan.stdout).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
    const jobs = matrix.include.flatMap((entry) => (JSON.parse(entry.steps) as Array<{ flow: string; step: string }>).map(({ flow, step }) => `${flow}/${step}`));
    // No run-step job reported (runs-dir is empty): every step with a job is reported canceled, and every one handled before as handled.
    const report = await local({ mode: "report", "runs-dir": join(repo.dir, "no-runs"), "handled-runs": "", "handled-steps": plan.outputs["handled-steps"] ?? "" });
    expect(report.code, report.stdout).toBe(0);
    const reported = JSON.parse(report.outputs.results ?? "[]") as FlowRunView[];
    return { plan, jobs, report, reported };
  }
  const capWarning = (log: string) => log.split("\n").filter((line) => line.includes("reached its budget of 100 step runs"));

  it("at 100 new steps beside 2 handled before: every step gets a job, and the report leaves none out", async () => {
    const { plan, jobs, report, reported } = await atTheCap(100);
    expect(jobs).toHaveLength(100);
    expect(capWarning(plan.stdout)).toEqual([]);
    expect(capWarning(report.stdout)).toEqual([]);
    expect(reported.filter((run) => run.alreadyHandled).map((run) => run.flowName)).toEqual(["docs", "lint"]);
    expect(reported.filter((run) => !run.alreadyHandled).map((run) => `${run.flowName}/${run.stepName}`)).toEqual(jobs);
  }, 120_000);

  it("a step running elsewhere at plan time that has failed by the time its job starts costs no run of that job's cap, as it cost none of the plan's", async () => {
    await rm(join(repo.dir, "flows/docs"), { recursive: true });
    await rm(join(repo.dir, "flows/lint"), { recursive: true });
    const started = join(repo.dir, "started");
    const release = join(repo.dir, "release");
    const fails = stepThatWaits({ started, release }).replace('"status":"completed"', '"status":"failed"');
    expect(fails).toContain('"status":"failed"');
    const steps = Array.from({ length: 100 }, (_, i) => ({ name: `s${String(i + 1).padStart(3, "0")}`, trigger: "pull_request.opened", source: rawStep("completed") }));
    await writeFlow(repo.dir, { name: "many", steps: [{ name: "first", trigger: "pull_request.opened", source: fails }, ...steps] });
    const local = (inputs: Record<string, string>) => runInProcess({ workspace: repo.dir, eventName: "pull_request", payload: opened, inputs: { state: "file", checks: "off", comment: "off", "fail-on": "none", ...inputs } });
    // Another dispatch runs many/first while the plan reads the store: it costs the plan no run.
    const elsewhere = local({ mode: "run-step", steps: JSON.stringify([{ flow: "many", step: "first" }]), "runs-file": join(repo.dir, "elsewhere", "runs.json") });
    let plan: Awaited<ReturnType<typeof local>>;
    try {
      for (const deadline = Date.now() + 15_000; !existsSync(started); ) {
        if (Date.now() > deadline) throw new Error("the other dispatch's step never started");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      plan = await local({ mode: "plan" });
    } finally {
      await writeFile(release, "");
    }
    expect((await elsewhere).code).toBe(0);
    expect(plan.code, plan.stdout).toBe(0);
    expect(capWarning(plan.stdout)).toEqual([]);
    const [entry] = (JSON.parse(plan.outputs.matrix ?? "{}") as Matrix).include;
    const selected = JSON.parse(entry?.steps ?? "[]") as Array<{ flow: string; step: string; handledBefore?: boolean }>;
    expect(selected).toHaveLength(101);
    expect(selected.filter((step) => step.handledBefore).map((step) => step.step)).toEqual(["first"]);

    // By the time the job starts, the other dispatch has failed it: the job runs it again (a dry
    // run here, which plans as a run does), and it costs none of the job's 100 runs.
    const job = await local({ mode: "run-step", steps: entry?.steps ?? "", "runs-file": join(repo.dir, "job", "runs.json"), "dry-run": "true" });
    expect(job.code, job.stdout).toBe(0);
    expect(capWarning(job.stdout)).toEqual([]);
    const views = JSON.parse(job.outputs.results ?? "[]") as FlowRunView[];
    expect(views).toHaveLength(101);
    expect(views.find((run) => run.stepName === "first")?.alreadyHandled).not.toBe(true);
    expect(views.map((run) => run.stepName)).toContain("s100");
  }, 120_000);

  it("at 101 new steps: the plan and the report leave out the same step, the 101st", async () => {
    const { plan, jobs, report, reported } = await atTheCap(101);
    expect(jobs).toHaveLength(100);
    expect(jobs).not.toContain("many/s101");
    expect(capWarning(plan.stdout)).toHaveLength(1);
    expect(capWarning(plan.stdout)[0]).toContain("1 more matching step and 0 next events were not run (the first left out: many/s101)");
    expect(capWarning(report.stdout)).toHaveLength(1);
    expect(capWarning(report.stdout)[0]).toContain("(the first left out: many/s101)");
    expect(reported.filter((run) => !run.alreadyHandled).map((run) => `${run.flowName}/${run.stepName}`)).toEqual(jobs);
    expect(reported.map((run) => run.stepName)).not.toContain("s101");
  }, 120_000);
});

describe("the report job's handled-runs and handled-steps inputs", () => {
  it("cost a warning, not the report, when they are not what a plan job writes", async () => {
    const first = await workflow(841, undefined, NO_COMMENT);
    const eventId = first.plan.outputs["event-id"] ?? "";
    const runsDir = join(repo.dir, "none");
    const report = (inputs: Record<string, string>) => job(842, { mode: "report", "runs-dir": runsDir, ...NO_COMMENT, ...inputs });
    const warnings = (run: { stdout: string }) => run.stdout.split("\n").filter((line) => line.startsWith("::warning"));

    const notJson = await report({ "handled-runs": "{nope" });
    expect(notJson.code, notJson.stdout).toBe(0);
    expect(warnings(notJson).join("\n")).toMatch(/Input "handled-runs" is not JSON, so the plan's views .* Pass the plan job's output: handled-runs: \$\{\{ needs\.plan\.outputs\.handled-runs \}\}\./);

    const huge = await report({ "handled-runs": `[${" ".repeat(HANDED_OVER_LIMIT_BYTES)}]` });
    expect([huge.code, warnings(huge).join("\n")]).toEqual([0, expect.stringMatching(/Input "handled-runs" is 65538 bytes, more than the 65536 a plan job writes/)]);

    const notViews = await report({ "handled-runs": '[{"flowName":"lint"}]' });
    expect(warnings(notViews).join("\n")).toMatch(/Input "handled-runs" is not what a plan job writes \(/);

    // A view that claims another step's id, or another event's run, is not taken as fact.
    const now = new Date().toISOString();
    const base = { eventId, flowName: "lint", flowVersion: 1, stepName: "check", runner: "bun", processStatus: "completed", effectiveStatus: "needs_intervention", needsAttention: true, attempts: [], createdAt: now, updatedAt: now, alreadyHandled: true };
    const forged = await report({ "handled-runs": JSON.stringify([{ ...base, id: "run_000000000000" }, { ...base, id: "run_111111111111", eventId: "another-event" }]) });
    expect(forged.code, forged.stdout).toBe(0);
    expect(warnings(forged).join("\n")).toMatch(/Input "handled-runs" holds lint\/check, which is not a settled run of event .* handled before/);
    expect(forged.outputs["needs-attention"]).toBe("false");

    const badSteps = await report({ "handled-steps": '{"lint/check":"completed","run_0123456789ab":"done"}' });
    expect(badSteps.code, badSteps.stdout).toBe(0);
    expect(warnings(badSteps).join("\n")).toMatch(/Input "handled-steps" is not what a plan job writes \(.*\), so the report counts only the steps in handled-runs as handled before/);
    const longSteps = await report({ "handled-steps": `{${" ".repeat(200_000)}}` });
    expect(warnings(longSteps).join("\n")).toMatch(/Input "handled-steps" is 200002 bytes, more than the 96000 a plan job writes/);
  }, 60_000);
});
