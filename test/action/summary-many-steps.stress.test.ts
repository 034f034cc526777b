import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowEvent, FlowRunView } from "../../src/contracts.js";
import { runIdFor } from "../../src/engine/ids.js";
import { flowEventFromGitHub, readGitHubRunContext } from "../../src/events/index.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { jobEnvironment, runDistAction } from "../helpers/run-action.js";
import { completedRun } from "../helpers/runs-files.js";
import { type GitHubApiServer, serverError, startGitHubApiServer } from "../support/github-api/index.js";

// The flow results are sized to what the job summary has left. With the steps' own text at its
// 256 KiB share, the tables of some 1,500 steps and the problems passed the rest, and the cut at
// the end took the chained event's table and every problem. Through the shipped action's report
// job: 3,000 steps handed over in runs files, a few files it cannot read, and a comment GitHub
// refuses to take.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as { number: number; repository: { full_name: string } };
const repository = opened.repository.full_name;
const LIMIT = 1024 * 1024;
const STEPS = 3_000;
const UNREADABLE = 12;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-summary-many-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

/** The event the report job reads from this payload, as a run-step job's runs file holds it. */
function pullRequestEvent(): FlowEvent {
  const env = { ...jobEnvironment({ eventName: "pull_request", eventPath: "", workspace: repo.dir }), GITHUB_REPOSITORY: repository };
  return flowEventFromGitHub({ eventName: "pull_request", payload: opened, context: readGitHubRunContext(env) });
}

/** A run with names and a message long enough that 3,000 rows take some 900 KB. */
function longRun(event: FlowEvent, index: number): FlowRunView {
  const flowName = `flow-${String(index).padStart(4, "0")}-${"f".repeat(60)}`;
  const stepName = `step-${"s".repeat(70)}`;
  const run = { ...completedRun(event, flowName, stepName), id: runIdFor(event.id, flowName, stepName) };
  const failed = index % 500 === 7;
  return {
    ...run,
    ...(failed ? { effectiveStatus: "failed" as const, resultStatus: "failed" as const } : {}),
    resultPayload: { status: failed ? "failed" : "completed", message: `${failed ? "FAILED" : "ok"} ${index} ${"m".repeat(280)}` },
  };
}

describe("the report job's summary for 3,000 steps after the steps' own text", () => {
  it("ends with every problem and the failed-writes note, lists the failing steps, and counts the rows it left out", async () => {
    const event = pullRequestEvent();
    const runsDir = join(repo.dir, "runs");
    const runs = Array.from({ length: STEPS }, (_, i) => longRun(event, i));
    // 30 run-step jobs of 100 steps each, and a few whose runs file is not JSON.
    for (let job = 0; job < STEPS / 100; job++) {
      const folder = join(runsDir, `flows-runs-1-${job}`);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, "runs.json"), `${JSON.stringify({ version: 1, event, runs: runs.slice(job * 100, job * 100 + 100), children: [] })}\n`);
    }
    for (let job = 0; job < UNREADABLE; job++) {
      const folder = join(runsDir, `flows-runs-1-${STEPS / 100 + job}`);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, "runs.json"), `not json ${job}`);
    }
    server.failNext({ operationId: "issues/create-comment", ...serverError(), times: 10 });
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: opened,
      // Text an earlier step of the job wrote before the action's sections, past its 256 KiB share.
      stepSummary: `## A step's report\n\n${"a line a flow step wrote\n".repeat(12_000)}`,
      inputs: { mode: "report", "runs-dir": runsDir, "github-token": "ghs_jobtoken", state: "none", checks: "off", "fail-on": "none" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
    });
    expect(run.code, run.stdout.slice(-3000)).toBe(0);
    const summary = run.summary;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    // Said as text that was there before this step: the report job runs no flow step.
    expect(summary).toMatch(/bytes that were already in the job summary before this step were left out here/);
    expect(summary).toContain("flows-action could not write the pull request comment to GitHub, so this summary is the report.");
    // No cut at the end: it ends with the problems, every one of them.
    expect(summary).not.toMatch(/bytes of (this summary|the flow results) were (cut|left out)/);
    const problemsAt = summary.indexOf("### Problems in flow packages and the run-step jobs' results");
    expect(problemsAt).toBeGreaterThan(summary.indexOf("### Flows for"));
    const problemRows = summary.slice(problemsAt).split("\n").filter((line) => line.startsWith("| ❌ error |"));
    for (let job = 0; job < UNREADABLE; job++) expect(problemRows.filter((row) => row.includes(`"not json ${job}"`))).toHaveLength(1);
    expect(summary.trimEnd().endsWith(problemRows.at(-1) ?? "?")).toBe(true);
    const rows = summary.split("\n").filter((line) => line.startsWith("| flow-"));
    // Every failing step keeps its row and its details; the rows left out are counted.
    for (const failed of runs.filter((each) => each.effectiveStatus === "failed")) {
      expect(rows.filter((row) => row.includes(`FAILED ${failed.flowName.slice(5, 9).replace(/^0+/, "")} `))).toHaveLength(1);
      expect(summary).toContain(`<details><summary>${failed.flowName} / ${failed.stepName} — ❌ failed</summary>`);
    }
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.length).toBeLessThan(STEPS);
    expect(summary).toContain(`> ${STEPS - rows.length} more steps of these ${STEPS} are not listed in this table, to stay under GitHub's 1 MiB job summary limit`);
    // checks: off, so no check run exists to point to; the rows left out are in the logs and runs files.
    const rowsNote = summary.split("\n").find((line) => line.includes("are not listed in this table")) ?? "";
    expect(rowsNote).toMatch(/\(steps that need a look are listed first\): see the \[job log\]\(\S+\) \(for steps run in their own jobs, those jobs' logs and runs files\)\.$/);
    expect(rowsNote).not.toContain("check run");
    // The results output left runs out too, and its log line no longer says the summary lists every run.
    const resultsLine = run.stdout.split("\n").find((line) => line.includes("the results output holds")) ?? "";
    expect(resultsLine).toContain("the job summary lists the runs as far as its 1 MiB goes, and counts those it leaves out");
    expect(run.stdout).not.toContain("lists every run");
    expect(summary).toContain(`Event \`${event.id}\` · ${STEPS} steps run`);
    server.assertNoViolations();
  }, 180_000);
});
