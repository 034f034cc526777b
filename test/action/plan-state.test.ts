import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import type { ActionContext } from "../../src/action/context.js";
import { HANDED_OVER_LIMIT_BYTES, leftOutRuns, openPlanState } from "../../src/action/plan-state.js";
import type { Matrix } from "../../src/action/scale-out.js";
import { rawStep, stepThatWaits, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type ArtifactWorld, artifactWorld, REPOSITORY } from "../state/artifact-helpers.js";
import { git } from "../state/helpers.js";

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

/** plan → a run-step job per matrix entry → report, as flows.yml runs them in workflow run `runId`. */
async function workflow(runId: number) {
  const restore = setProcessEnv(world.results.runtimeEnv({ runId }));
  onTestFinished(restore);
  const listsBefore = world.count("actions/list-artifacts-for-repo");
  const plan = await job(runId, { mode: "plan" });
  const planLists = world.count("actions/list-artifacts-for-repo") - listsBefore;
  expect(plan.code, plan.stdout).toBe(0);
  const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
  const runsDir = join(repo.dir, `runs-${runId}`);
  // flows.yml: `if: needs.plan.outputs.has-jobs == 'true'` on the run job.
  if (plan.outputs["has-jobs"] === "true") {
    for (const entry of matrix.include) {
      await job(runId, { mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, String(entry.index), "runs.json") });
    }
  }
  const report = await job(runId, { mode: "report", "runs-dir": runsDir, "handled-runs": plan.outputs["handled-runs"] ?? "" });
  restore();
  return { plan, planLists, matrix, report };
}

const flowsOf = (matrix: Matrix): string[] => matrix.include.map((entry) => entry.name);

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

    // What a single job reports for the same redelivery.
    const single = await job(803, {});
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
    const first = await workflow(811);
    expect(flowsOf(first.matrix)).toEqual(["docs", "lint", "size"]);
    const again = await workflow(812);
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
    await workflow(821);
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
    const first = await workflow(831);
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
});

describe("the plan job with state: branch", () => {
  it("leaves out the steps the state branch records as settled, and pushes nothing", async () => {
    const root = await mkdtemp(join(tmpdir(), "flows-plan-branch-"));
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    // The repository's remote as the branch store builds it: GITHUB_SERVER_URL/GITHUB_REPOSITORY.git.
    const origin = join(root, `${REPOSITORY}.git`);
    git(root, "init", "--bare", "--quiet", origin);
    git(origin, "config", "uploadpack.allowFilter", "true");
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
    const tip = git(origin, "rev-parse", "flows-state");

    const again = await branchJob({ mode: "plan" });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs["has-jobs"]).toBe("false");
    expect((JSON.parse(again.outputs["handled-runs"] ?? "") as FlowRunView[]).map((run) => run.flowName)).toEqual(["notes"]);
    expect(git(origin, "rev-parse", "flows-state")).toBe(tip);
    const report = await branchJob({ mode: "report", "runs-dir": join(repo.dir, "no-runs"), "handled-runs": again.outputs["handled-runs"] ?? "" });
    expect([report.code, report.outputs.matched, report.outputs["already-handled"]]).toEqual([0, "0", "1"]);
    expect(git(origin, "rev-parse", "flows-state")).toBe(tip);
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
    const started = Date.now();
    expect(await read.store?.loadEvent("github:pull_request:1")).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(read.skipped).toBe("the artifact state store did not answer within 0.2 s");
    await read.close();
  });

  it("reads nothing with state: none", async () => {
    const read = await openPlanState({ inputs: { state: "none" } } as unknown as ActionContext);
    expect(read.store).toBeUndefined();
  });
});

describe("the runs the plan hands the report job", () => {
  const now = new Date().toISOString();
  const view = (flowName: string, effectiveStatus: FlowRunView["effectiveStatus"], extra: Partial<FlowRunView> = {}): FlowRunView => ({
    id: `run-${flowName}`, eventId: "e", flowName, flowVersion: 1, stepName: "s", runner: "bun", processStatus: "completed", effectiveStatus,
    needsAttention: false, attempts: [], createdAt: now, updatedAt: now, alreadyHandled: true, ...extra,
  });

  it("are the settled ones handled before, within the input's budget: an output tail is dropped first, then the step keeps its job", () => {
    const big = "x".repeat(HANDED_OVER_LIMIT_BYTES);
    const planned = [
      view("settled", "completed"),
      view("failed", "failed"),
      view("elsewhere", "running"),
      view("chatty", "changed", { output: big }),
      view("huge", "completed", { resultPayload: { status: "completed", message: big } }),
      { ...view("new", "queued"), alreadyHandled: undefined },
    ];
    const handed = leftOutRuns(planned);
    expect(handed.runs.map((run) => run.flowName)).toEqual(["settled", "chatty"]);
    const json = JSON.parse(handed.json) as FlowRunView[];
    expect(json.map((run) => [run.flowName, run.output])).toEqual([["settled", undefined], ["chatty", undefined]]);
    expect(Buffer.byteLength(handed.json)).toBeLessThanOrEqual(HANDED_OVER_LIMIT_BYTES);
  });
});

describe("the report job's handled-runs input", () => {
  it("refuses what is not the plan's list of handled runs, saying what to pass", async () => {
    const runsDir = join(repo.dir, "none");
    const notJson = await job(841, { mode: "report", "runs-dir": runsDir, "handled-runs": "{nope" });
    expect(notJson.io.failed).toMatch(/^Input "handled-runs" is not JSON\. Pass the plan job's output: handled-runs: \$\{\{ needs\.plan\.outputs\.handled-runs \}\}\.$/);
    const notViews = await job(841, { mode: "report", "runs-dir": runsDir, "handled-runs": '[{"flowName":"lint"}]' });
    expect(notViews.io.failed).toMatch(/^Input "handled-runs" is not a list of run views/);
    const now = new Date().toISOString();
    const elsewhere = { id: "r1", eventId: "another-event", flowName: "lint", flowVersion: 1, stepName: "check", runner: "bun", processStatus: "completed", resultStatus: "completed", effectiveStatus: "completed", needsAttention: false, attempts: [], createdAt: now, updatedAt: now, alreadyHandled: true };
    const stray = await job(841, { mode: "report", "runs-dir": runsDir, "handled-runs": JSON.stringify([elsewhere]) });
    expect(stray.io.failed, stray.stdout).toMatch(/^Input "handled-runs" holds lint\/check, which is not a run of event .* handled before/);
  });
});
