import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findZipEntry } from "../../src/zip-entry.js";
import type { Matrix } from "../../src/action/scale-out.js";
import { type ActionsResultsServer, startActionsResultsServer } from "../support/actions-results-server.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { pullRequestOpened, pullRequestOpenedFromFork } from "../helpers/pull-request-examples.js";
import { runInProcess } from "../helpers/run-in-process.js";

// The reusable workflow (plan → run-step → report) on a pull request from a fork: its token is
// read-only, so the report job hands the results over as the flows-report artifact, as a single
// job does (docs/pull-requests.md), and writes nothing to the API itself.

const opened = pullRequestOpened();
const fromFork = pullRequestOpenedFromFork();
const repository = opened.repository.full_name;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
let results: ActionsResultsServer;
let restoreEnv: () => void;
beforeEach(async () => {
  repo = await tempRepo("flows-scale-fork-");
  server = await startGitHubApiServer();
  results = await startActionsResultsServer({ github: server, repository });
  await writeFlow(repo.dir, { name: "lint", steps: [{ name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") }] });
  await writeFlow(repo.dir, { name: "size", steps: [{ name: "measure", trigger: "pull_request.opened", source: rawStep("failed", "too big") }] });
  // @actions/artifact reads the runtime token and results URL from process.env.
  restoreEnv = setProcessEnv(results.runtimeEnv({ runId: 600 }));
});
afterEach(async () => {
  restoreEnv();
  await results.close();
  await server.close();
  await repo.cleanup();
});

const job = (inputs: Record<string, string>, payload: unknown = fromFork) =>
  runInProcess({
    workspace: repo.dir,
    eventName: "pull_request",
    payload,
    inputs: { "github-token": "ghs_readonlytoken", state: "none", ...inputs },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: "600", GITHUB_SHA: "e".repeat(40), RUNNER_TEMP: join(repo.dir, "runner-temp") },
  });

async function workflow(payload: unknown) {
  const plan = await job({ mode: "plan" }, payload);
  expect(plan.code, plan.stdout).toBe(0);
  const matrix = JSON.parse(plan.outputs.matrix ?? "{}") as Matrix;
  for (const entry of matrix.include) {
    await job({ mode: "run-step", steps: entry.steps, "runs-file": join(repo.dir, "runs", String(entry.index), "runs.json") }, payload);
  }
  return job({ mode: "report", "runs-dir": join(repo.dir, "runs") }, payload);
}

describe("the reusable workflow on a pull request from a fork", () => {
  it("hands the results over as the flows-report artifact from the report job, writing no check run or comment", async () => {
    const report = await workflow(fromFork);
    // fail-on still fails the job for the failed step, as a single job does.
    expect(report.io.failed).toContain("size/measure (failed)");
    expect(results.uploads.map((upload) => upload.name)).toEqual(["flows-report"]);
    const file = Buffer.from(findZipEntry(results.uploads[0]?.bytes ?? new Uint8Array(), "flows-report.json", { maxBytes: 1 << 20 }) ?? []).toString("utf8");
    const handover = JSON.parse(file) as { headSha: string; runs: Array<{ flowName: string; effectiveStatus: string }> };
    expect(handover.headSha).toBe(opened.pull_request.head.sha);
    expect(handover.runs.map((run) => [run.flowName, run.effectiveStatus]).sort()).toEqual([["lint", "completed"], ["size", "failed"]]);
    expect(server.requests.filter((request) => request.method !== "GET").map((request) => `${request.method} ${request.path}`)).toEqual([]);
    expect(report.stdout).toContain("uploaded as the flows-report artifact");
    expect(await readFile(join(repo.dir, "runner-temp", "flows-report", "flows-report.json"), "utf8")).toBe(file);
    results.assertNoViolations();
  }, 60_000);

  it("still reports directly on a pull request from the repository itself", async () => {
    const report = await workflow(opened);
    expect(results.uploads).toEqual([]);
    expect(server.requests.some((request) => request.method === "POST" && request.path.endsWith("/check-runs"))).toBe(true);
    expect(report.io.failed).toContain("size/measure (failed)");
  }, 60_000);
});
