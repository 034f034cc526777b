import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { objectNamedById, targetsDisagreement } from "../../src/backend/replay-event.js";
import { createGitHubClient } from "../../src/github/client.js";
import { readReportTargets } from "../../src/github/replay-targets.js";
import { serverError, startGitHubApiServer } from "../support/github-api/index.js";

// Which object of GitHub an HTTP replay asks about for an event's report targets, and how the
// stored payload is weighed against GitHub's answer (src/backend/replay-event.ts).

const repository = "octo-org/octo-repo";
const event = (type: string, key: string, payload: Record<string, unknown> = {}): FlowEvent => ({
  id: `github:${type}:${repository}:${key}`,
  type,
  source: "github",
  receivedAt: "2026-01-01T00:00:00Z",
  payload: { repo: repository, ...payload },
});
const named = (stored: FlowEvent) => objectNamedById(stored, stored.id);

describe("objectNamedById", () => {
  it("reads each kind's object id from the key its payload gave the id", () => {
    expect(named(event("workflow_run.completed", "run-77-attempt-2"))).toEqual({ kind: "workflow-run", id: 77 });
    expect(named(event("workflow_job.completed", "job-8-attempt-1"))).toEqual({ kind: "workflow-job", id: 8 });
    expect(named(event("check_suite.requested", "suite-5"))).toEqual({ kind: "check-suite", id: 5 });
    expect(named(event("check_suite.completed", "suite-5@2026-01-01T00-00-00Z"))).toEqual({ kind: "check-suite", id: 5 });
    expect(named(event("check_run.requested_action", "check-6:action-fix@run-1"))).toEqual({ kind: "check-run", id: 6 });
    expect(named(event("issue_comment.created", "comment-1900000001"))).toEqual({ kind: "issue-comment", id: 1900000001 });
    expect(named(event("issue_comment.edited", "comment-3@2026-01-01T00-00-00Z"))).toEqual({ kind: "issue-comment", id: 3 });
    expect(named(event("deployment.created", "deployment-41"))).toEqual({ kind: "deployment", id: 41 });
    expect(named(event("deployment_status.created", "deployment-41:status-2"))).toEqual({ kind: "deployment", id: 41 });
  });

  it("names none for a key made without the object (the run's fallback), another kind, a custom id or an id too long to be GitHub's", () => {
    expect(named(event("workflow_run.completed", "run-123"))).toBeUndefined();
    expect(named(event("issue_comment.created", "run-123"))).toBeUndefined();
    expect(named(event("issues.opened", "issue-4"))).toBeUndefined();
    expect(named(event("workflow_run.completed", `run-${"9".repeat(16)}-attempt-1`))).toBeUndefined();
    expect(objectNamedById({ ...event("workflow_run.completed", "run-77-attempt-1"), id: "custom:run-77-attempt-1" }, "custom:run-77-attempt-1")).toBeUndefined();
  });
});

describe("targetsDisagreement", () => {
  const head = "a".repeat(40);
  const other = "b".repeat(40);
  const run = (payload: Record<string, unknown>) => event("workflow_run.completed", "run-77-attempt-1", payload);
  const github = { subject: "workflow run 77", headSha: head, pullRequests: [2] };

  it("agrees with a payload that says what GitHub says, or leaves it out", () => {
    expect(targetsDisagreement(run({ headSha: head, pullRequests: [2] }), github)).toEqual({ forged: [], changed: [] });
    expect(targetsDisagreement(run({}), { ...github, pullRequests: [] })).toEqual({ forged: [], changed: [] });
  });

  it("calls a head commit GitHub never changes forged, and pull requests it lists anew changed", () => {
    expect(targetsDisagreement(run({ headSha: other.toUpperCase(), pullRequests: [2] }), github).forged).toEqual([
      `its payload names commit ${other} (payload.headSha), but GitHub's workflow run 77 has ${head}`,
    ]);
    expect(targetsDisagreement(run({ headSha: head, pullRequests: [] }), github)).toEqual({
      forged: [],
      changed: ["payload names no pull request, but GitHub's workflow run 77 now lists pull request #2"],
    });
  });

  it("weighs an issue comment by its issue, not its head (a pull request's head moves)", () => {
    const comment = (issue: Record<string, unknown>) => event("issue_comment.created", "comment-3", { issue });
    const onPull = { subject: "issue comment 3", headSha: other, pullRequests: [2], issue: { number: 2, isPullRequest: true } };
    expect(targetsDisagreement(comment({ number: 2, isPullRequest: true }), onPull)).toEqual({ forged: [], changed: [] });
    expect(targetsDisagreement(comment({ number: 2, isPullRequest: false }), onPull).forged).toEqual([
      "its payload says #2 is not a pull request (payload.issue.isPullRequest), but GitHub says it is one",
    ]);
  });
});

describe("readReportTargets", () => {
  const head = "a".repeat(40);

  it("reads a check suite's, a check run's, a workflow job's and a deployment's targets, one request each", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      github.github.automation.addCheckSuite(repository, { id: 5, headSha: head, pullRequests: [2, { number: 9, repo: "upstream-org/octo-repo" }] });
      github.github.checkRuns.seed(repository, [{ id: 6, name: "lint", head_sha: head }]);
      github.github.automation.addWorkflowJob(repository, { id: 8, headSha: head });
      github.github.automation.addDeployment(repository, { id: 41, sha: head });
      const client = await createGitHubClient({ token: "ghs_replay", baseUrl: github.url, retries: 0 });
      const read = (object: Parameters<typeof readReportTargets>[1]["object"]) => readReportTargets(client, { repository, object });
      expect(await read({ kind: "check-suite", id: 5 })).toEqual({ ok: true, targets: { subject: "check suite 5", headSha: head, pullRequests: [2] } });
      expect(await read({ kind: "check-run", id: 6 })).toEqual({ ok: true, targets: { subject: "check run 6", headSha: head, pullRequests: [2] } });
      expect(await read({ kind: "workflow-job", id: 8 })).toEqual({ ok: true, targets: { subject: "workflow job 8", headSha: head, pullRequests: [] } });
      expect(await read({ kind: "deployment", id: 41 })).toEqual({ ok: true, targets: { subject: "deployment 41", headSha: head, pullRequests: [] } });
      expect(github.requests.map((request) => request.operationId)).toEqual(["checks/get-suite", "checks/get", "actions/get-job-for-workflow-run", "repos/get-deployment"]);
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });

  it("sends nothing once the signal has aborted, and stops waiting for a retry when it aborts, saying the read was canceled", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.automation.addCheckSuite(repository, { id: 5, headSha: head });
      const client = await createGitHubClient({ token: "ghs_replay", baseUrl: github.url, retries: 3, retryAfterBaseValue: 60_000 });
      const object = { kind: "check-suite", id: 5 } as const;
      const canceled = { ok: false, subject: "check suite 5", request: `GET /repos/${repository}/check-suites/5`, canceled: true };
      expect(await readReportTargets(client, { repository, object, signal: AbortSignal.abort() })).toEqual(canceled);
      expect(github.requests).toEqual([]);
      // A 5xx: plugin-retry waits a minute before the next try; the abort ends the read then.
      github.failNext({ operationId: "checks/get-suite", ...serverError() });
      const cancel = new AbortController();
      const reading = readReportTargets(client, { repository, object, signal: cancel.signal });
      while (!github.requests.some((request) => request.status !== 0)) await new Promise((resolve) => setTimeout(resolve, 10));
      cancel.abort();
      expect(await reading).toEqual(canceled);
      expect(github.requests).toHaveLength(1);
    } finally {
      await github.close();
    }
  });
});
