import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { githubExample } from "../events/webhook-examples.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type FlowBackend, startFlowBackend } from "../support/flow-backend.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// replay with mode: http of GitHub's own events whose id names a check suite, a check run, a
// workflow job or a deployment (a deployment_status): the event is sent to the flow backend as a
// job would send GitHub's webhook (@octokit/webhooks-examples), then replayed by its id, and its
// check runs and comment go where the spec-checked fake GitHub says that object belongs.

const hello = "Codertocat/Hello-World";
const token = "backend-token-0123456789";
const hmacSecret = "hmac-secret-abcdef";
const githubToken = `ghs_${"K".repeat(36)}`;
/** The replaying job's commit: where check runs go when GitHub does not say. */
const githubSha = "f".repeat(40);
const forgedHead = "b".repeat(40);

let repo: { dir: string; cleanup: () => Promise<void> };
let backend: FlowBackend | undefined;
let github: GitHubApiServer;

beforeEach(async () => {
  repo = await tempRepo("flows-http-replay-kinds-");
  github = await startGitHubApiServer();
});
afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await github.close();
  await repo.cleanup();
});

const inputs = () => ({ mode: "http", "backend-url": backend?.url ?? "", "backend-token": token, "backend-hmac-secret": hmacSecret, "fail-on": "failed" });
const replayRequests = () => backend?.requests.filter((request) => request.method === "POST" && request.path.endsWith("/replay")) ?? [];

/** A new backend holding `payload` as the job of its webhook sent it; the stored event's id. */
async function stored(eventName: string, payload: Record<string, unknown>): Promise<string> {
  await backend?.close();
  const type = `${eventName}.${String(payload.action)}`;
  backend = await startFlowBackend({ token, hmacSecret, scripts: { [type]: [{ flow: "ci", step: "notify", result: { status: "completed", message: "noted" }, afterMs: 50 }] } });
  const sent = await runInProcess({ workspace: repo.dir, eventName, payload, inputs: inputs(), env: { GITHUB_REPOSITORY: hello } });
  expect(sent.code, sent.stdout.slice(-2000)).toBe(0);
  const id = sent.outputs["event-id"] ?? "";
  expect(id.startsWith(`github:${type}:${hello}:`), id).toBe(true);
  return id;
}

/** The stored event replayed by a job of Hello-World that writes check runs and comments. */
const replay = (eventId: string) =>
  runInProcess({
    workspace: repo.dir,
    eventName: "workflow_dispatch",
    payload: { inputs: {} },
    inputs: { ...inputs(), replay: eventId, "github-token": githubToken, comment: "on-pr" },
    env: { GITHUB_REPOSITORY: hello, GITHUB_API_URL: github.url, GITHUB_SHA: githubSha },
  });

/** This job's check runs (those it wrote, not ones seeded): their commits. */
const writtenChecks = () =>
  github.github.checkRuns
    .list(hello)
    .filter((check) => check.name.startsWith("flows:"))
    .map((check) => check.head_sha);

/** The replay was refused for a payload GitHub contradicts: nothing replayed, nothing written. */
function expectRefused(run: Awaited<ReturnType<typeof replay>>, said: string): void {
  expect(run.code, run.stdout.slice(-2000)).toBe(1);
  expect(run.stdout).toContain(said);
  expect(run.stdout).toContain("GitHub never changes that, so the backend's copy is not the event GitHub sent");
  expect(run.summary).toContain("**The flow backend replay failed:**");
  expect(replayRequests()).toEqual([]);
  expect(writtenChecks()).toEqual([]);
}

describe("replay with mode: http of GitHub's check suite, check run, workflow job and deployment status events", () => {
  it("check_suite: check runs on the suite's head and the comment on its pull request, as GitHub's check suite says; a forged head is refused", async () => {
    const payload = githubExample("check_suite", 0, "completed") as { check_suite: { id: number; head_sha: string } };
    const { id, head_sha: head } = payload.check_suite;
    github.github.pulls.add(hello, { number: 2, headSha: head });
    github.github.automation.addCheckSuite(hello, { id, headSha: head, pullRequests: [2, { number: 9, repo: "upstream-org/Hello-World" }] });

    const forged = structuredClone(payload);
    forged.check_suite.head_sha = forgedHead;
    expectRefused(await replay(await stored("check_suite", forged)), `its payload names commit ${forgedHead} (payload.headSha), but GitHub's check suite ${id} has ${head}`);

    const run = await replay(await stored("check_suite", payload));
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    expect(replayRequests()).toHaveLength(1);
    expect(run.stdout).toContain(`The replayed event's report targets are GitHub's check suite ${id}'s, read with the job's token: its check runs go to ${head}, and pull request #2 gets the comment.`);
    expect(github.requestsFor("checks/get-suite").map((request) => request.path)).toEqual([`/repos/${hello}/check-suites/${id}`, `/repos/${hello}/check-suites/${id}`]);
    expect(writtenChecks()).toEqual([head]);
    expect(github.github.comments.list(hello, 2)).toHaveLength(1);
    expect(github.github.comments.list(hello, 9)).toEqual([]);
    github.assertNoViolations();
  });

  it("check_run: check runs on the check run's head and the comment on its pull request, as GitHub's check run says; a forged head is refused", async () => {
    const payload = githubExample("check_run", 0, "created") as { check_run: { id: number; name: string; head_sha: string } };
    const { id, name, head_sha: head } = payload.check_run;
    github.github.pulls.add(hello, { number: 2, headSha: head });
    github.github.checkRuns.seed(hello, [{ id, name, head_sha: head }]);

    const forged = structuredClone(payload);
    forged.check_run.head_sha = forgedHead;
    expectRefused(await replay(await stored("check_run", forged)), `its payload names commit ${forgedHead} (payload.headSha), but GitHub's check run ${id} has ${head}`);

    const run = await replay(await stored("check_run", payload));
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    expect(replayRequests()).toHaveLength(1);
    expect(run.stdout).toContain(`The replayed event's report targets are GitHub's check run ${id}'s, read with the job's token: its check runs go to ${head}, and pull request #2 gets the comment.`);
    expect(github.requestsFor("checks/get").map((request) => request.path)).toContain(`/repos/${hello}/check-runs/${id}`);
    expect(writtenChecks()).toEqual([head]);
    expect(github.github.comments.list(hello, 2)).toHaveLength(1);
    github.assertNoViolations();
  });

  it("workflow_job: check runs on the job's head and no comment, as GitHub's job says; a forged head is refused", async () => {
    const payload = githubExample("workflow_job", 1, "completed") as { workflow_job: { id: number; run_id: number; head_sha: string } };
    const { id, run_id: runId, head_sha: head } = payload.workflow_job;
    github.github.pulls.add(hello, { number: 2, headSha: head });
    github.github.automation.addWorkflowJob(hello, { id, runId, headSha: head });

    const forged = structuredClone(payload);
    forged.workflow_job.head_sha = forgedHead;
    expectRefused(await replay(await stored("workflow_job", forged)), `its payload names commit ${forgedHead} (payload.headSha), but GitHub's workflow job ${id} has ${head}`);

    const run = await replay(await stored("workflow_job", payload));
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    expect(replayRequests()).toHaveLength(1);
    expect(run.stdout).toContain(`The replayed event's report targets are GitHub's workflow job ${id}'s, read with the job's token: its check runs go to ${head}, and no pull request is commented.`);
    expect(github.requestsFor("actions/get-job-for-workflow-run").map((request) => request.path)).toEqual([`/repos/${hello}/actions/jobs/${id}`, `/repos/${hello}/actions/jobs/${id}`]);
    expect(writtenChecks()).toEqual([head]);
    expect(github.github.comments.list(hello, 2)).toEqual([]);
    github.assertNoViolations();
  });

  it("deployment_status: check runs on the deployment's commit, as GitHub's deployment says; a forged commit is refused", async () => {
    const payload = githubExample("deployment_status", 0, "created") as { deployment: { id: number; sha: string; ref: string; environment: string } };
    const { id, sha, ref, environment } = payload.deployment;
    github.github.automation.addDeployment(hello, { id, sha, ref, environment });

    const forged = structuredClone(payload);
    forged.deployment.sha = forgedHead;
    expectRefused(await replay(await stored("deployment_status", forged)), `its payload names commit ${forgedHead} (payload.deployment.sha), but GitHub's deployment ${id} has ${sha}`);

    const run = await replay(await stored("deployment_status", payload));
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    expect(replayRequests()).toHaveLength(1);
    expect(run.stdout).toContain(`The replayed event's report targets are GitHub's deployment ${id}'s, read with the job's token: its check runs go to ${sha}, and no pull request is commented.`);
    expect(github.requestsFor("repos/get-deployment").map((request) => request.path)).toEqual([`/repos/${hello}/deployments/${id}`, `/repos/${hello}/deployments/${id}`]);
    expect(writtenChecks()).toEqual([sha]);
    github.assertNoViolations();
  });
});
