import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowEvent, FlowRunView } from "../../src/contracts.js";
import { EXTERNAL_ID_MAX_BYTES, externalIdFor } from "../../src/github/checks.js";
import { secondaryRateLimit, serverError, startGitHubApiServer } from "../support/github-api/index.js";
import { type FlowBackend, type FlowBackendOptions, RELEASE_RUNS, startFlowBackend } from "../support/flow-backend.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { timedUnderLoad } from "../helpers/stalls.js";

// replay with mode: http through the action's code path: the flow backend (a real HTTP server
// speaking the contract's surface) replays the event it stores, and the replay's runs are
// reported like a dispatch's.

let repo: { dir: string; cleanup: () => Promise<void> };
let backend: FlowBackend;
const token = "backend-token-0123456789";
const hmacSecret = "hmac-secret-abcdef";
/** The jobs' repository (GITHUB_REPOSITORY): a replayed event must be one of it. */
const repository = "octo-org/octo-repo";
const eventId = `github:release.published:${repository}:v2.0.0`;

async function startBackend(behaviour: FlowBackendOptions["behaviour"] = {}): Promise<FlowBackend> {
  return startFlowBackend({
    token,
    hmacSecret,
    behaviour,
    scripts: RELEASE_RUNS,
  });
}

beforeEach(async () => {
  repo = await tempRepo("flows-http-replay-");
  backend = await startBackend();
});
afterEach(async () => {
  await backend.close();
  await repo.cleanup();
});

const releaseOf = (fullName: string) => ({
  action: "published",
  release: { tag_name: "v2.0.0", id: 2, html_url: `https://github.com/${fullName}/releases/v2.0.0` },
  repository: { full_name: fullName },
});
const release = releaseOf(repository);
type GitHubServer = Awaited<ReturnType<typeof startGitHubApiServer>>;
const inputs = () => ({ mode: "http", "backend-url": backend.url, "backend-token": token, "backend-hmac-secret": hmacSecret, "fail-on": "failed" });
/** The release sent to the backend as a job would, so the backend stores it and its first runs. */
const sendRelease = () => runInProcess({ workspace: repo.dir, eventName: "release", payload: release, inputs: inputs() });
const replay = (more: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}, signal?: AbortSignal) =>
  runInProcess({ workspace: repo.dir, eventName: "workflow_dispatch", payload: { inputs: {} }, inputs: { ...inputs(), replay: eventId, ...more }, env, ...(signal ? { signal } : {}) });
/** A FlowEvent sent to the backend as it is (the event input), so that the backend stores it. */
const sendEvent = (event: Partial<FlowEvent>) =>
  runInProcess({ workspace: repo.dir, eventName: "workflow_dispatch", payload: { inputs: {} }, inputs: { ...inputs(), event: JSON.stringify(event) } });
const replayRequests = () => backend.requests.filter((request) => request.method === "POST" && request.path.endsWith("/replay"));

describe("replay with mode: http", () => {
  it("asks the backend to replay the event, waits for the replay's runs and reports them like a dispatch's", async () => {
    expect((await sendRelease()).code).toBe(0);
    const first = backend.runCount();
    const run = await replay();
    expect(run.code, run.stdout).toBe(0);
    expect(backend.runCount()).toBe(first + 2);
    // Signed like every POST: the backend verified it (a bodiless, unsigned replay is refused with 401).
    expect(replayRequests().map((request) => [request.status, request.body])).toEqual([[200, JSON.stringify({ eventId })]]);
    expect(replayRequests()[0]?.headers["x-flow-signature-256"]).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(run.stdout).toContain(`Replaying release.published → ${eventId} on the flow backend at ${backend.url}`);
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((view) => [view.flowName, view.effectiveStatus, view.id.endsWith("_replay")])).toEqual([
      ["bindings", "changed", true],
      ["fork", "blocked", true],
    ]);
    expect(run.outputs).toMatchObject({ "event-id": eventId, "event-type": "release.published", matched: "2", "needs-attention": "true" });
    expect(run.summary).toContain("| fork | rebase | ⛔ blocked (replay) | conflict in lib.rs |");
    expect(run.stdout.split("\n").filter((line) => line.includes(token) && !line.startsWith("::add-mask::"))).toEqual([]);
  });

  it("fails with the event id and what to check when the backend does not hold the event, and replays nothing", async () => {
    const run = await replay();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::the flow backend at ${backend.url} holds no event "${eventId}" (HTTP 404`);
    expect(run.stdout).toContain("Check the replay input");
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.summary).toContain("**The flow backend replay failed:**");
    expect(replayRequests()).toEqual([]);
  });

  it("does not send a replay again when its answer never comes, and says it may have started", async () => {
    await backend.close();
    backend = await startBackend({ replayAnswer: "hang" });
    await sendRelease();
    const run = await replay({ "backend-timeout-minutes": "0.02" });
    expect(run.code).toBe(1);
    expect(replayRequests()).toHaveLength(1);
    expect(run.stdout).toContain("::error::the flow backend at");
    expect(run.stdout).toContain("The replay may or may not have started on the backend. It was not sent again");
    expect(run.summary).toContain("**The flow backend replay failed:**");
  });

  it("sends nothing in a dry run, not even a look-up of the event", async () => {
    await sendRelease();
    backend.requests.length = 0;
    const run = await replay({ "dry-run": "true" });
    expect(run.code, run.stdout).toBe(0);
    expect(backend.requests).toEqual([]);
    expect(run.summary).toContain(`Dry run: event ${eventId} was not replayed on the flow backend at ${backend.url}`);
    expect(run.outputs).toMatchObject({ "event-id": eventId, matched: "0", results: "[]" });
  });

  it("refuses overrides in the event input, which the backend's replay cannot carry, before sending anything", async () => {
    await sendRelease();
    backend.requests.length = 0;
    const run = await replay({ event: '{"payload": {"tag": "v2.0.1"}}' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::Input "event" (overrides for the replay of "${eventId}") cannot be used with mode "http"`);
    expect(backend.requests).toEqual([]);

    const empty = await replay({ event: "{}" });
    expect(empty.code, empty.stdout).toBe(0);
    expect(replayRequests()).toHaveLength(1);
  });
});

describe("replay with mode: http: the backend's event is the one asked for", () => {
  const head = "a".repeat(40);
  const pullId = `github:pull_request.opened:${repository}:pr-2@${head}`;
  const pull = { id: pullId, type: "pull_request.opened", source: "github", payload: { repo: repository, number: 2, headSha: head, action: "opened" } };

  it("refuses a stored event of another repository, naming both, and replays nothing", async () => {
    const other = "other-org/other-repo";
    expect((await runInProcess({ workspace: repo.dir, eventName: "release", payload: releaseOf(other), inputs: inputs(), env: { GITHUB_REPOSITORY: other } })).code).toBe(0);
    const run = await replay({ replay: `github:release.published:${other}:v2.0.0` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`it is an event of repository "${other}" (its id), but this job runs in "${repository}" (GITHUB_REPOSITORY)`);
    expect(run.stdout).toContain("nothing was replayed. Check the replay input");
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.summary).toContain("**The flow backend replay failed:**");
    expect(replayRequests()).toEqual([]);
  });

  it("refuses to replay without GITHUB_REPOSITORY, which the stored event could not be checked against, and sends nothing", async () => {
    await sendRelease();
    backend.requests.length = 0;
    const run = await replay({}, { GITHUB_REPOSITORY: "" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::The replay of "${eventId}" on a flow backend needs the repository it belongs to`);
    expect(run.stdout).toContain("GITHUB_REPOSITORY is not set, so nothing was replayed. Set GITHUB_REPOSITORY to owner/repo.");
    expect(backend.requests).toEqual([]);
  });

  it("refuses a stored event whose payload names another repository than its id", async () => {
    expect((await sendEvent({ ...pull, payload: { ...pull.payload, repo: "other-org/other-repo" } })).code).toBe(0);
    const run = await replay({ replay: pullId });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`it is an event of repository "other-org/other-repo" (payload.repo), but this job runs in "${repository}"`);
    expect(replayRequests()).toEqual([]);
  });

  it("refuses a stored pull request event whose type, number or head commit is not the one its id names", async () => {
    const cases: Array<[Partial<FlowEvent>, string]> = [
      [{ ...pull, payload: { ...pull.payload, number: 3 } }, "its payload names pull request #3, but the id names #2"],
      [{ ...pull, payload: { ...pull.payload, headSha: "b".repeat(40) } }, `its payload names head commit ${"b".repeat(40)}, but the id names ${head}`],
      [{ ...pull, type: "pull_request.closed" }, 'its type is "pull_request.closed", but the id names type "pull_request.opened"'],
    ];
    for (const [stored, said] of cases) {
      await backend.close();
      backend = await startBackend();
      expect((await sendEvent(stored)).code).toBe(0);
      const run = await replay({ replay: pullId });
      expect(run.code, said).toBe(1);
      expect(run.stdout).toContain(said);
      expect(replayRequests()).toEqual([]);
    }
    // The same event as its id names it is replayed.
    await backend.close();
    backend = await startBackend();
    expect((await sendEvent(pull)).code).toBe(0);
    const run = await replay({ replay: pullId });
    expect(run.code, run.stdout).toBe(0);
    expect(replayRequests()).toHaveLength(1);
  });

  it("refuses a stored release, status, create or merge queue event whose tag, commit or pull request is not the one its id names", async () => {
    const other = "b".repeat(40);
    const queueRef = `refs/heads/gh-readonly-queue/main/pr-2-${head}`;
    const github = (type: string, key: string, payload: Record<string, unknown>): FlowEvent & { payload: Record<string, unknown> } => ({
      id: `github:${type}:${repository}:${key}`,
      type,
      source: "github",
      receivedAt: "2026-01-01T00:00:00Z",
      payload: { repo: repository, ...payload },
    });
    const release = github("release.published", "v2.0.0", { tag: "v2.0.0" });
    const status = github("status", `${head}:status-5`, { sha: head, state: "success" });
    const create = github("create", `branch:feature@${head}`, { refType: "branch", ref: "feature", sha: head });
    const queue = github("merge_group.checks_requested", `${queueRef}@${head}`, { headSha: head, headRef: queueRef, pullRequest: 2 });
    const cases: Array<[FlowEvent, string]> = [
      [{ ...release, payload: { ...release.payload, tag: "v9.9.9" } }, 'its payload names tag "v9.9.9" (payload.tag), but the id names "v2.0.0"'],
      [{ ...status, payload: { ...status.payload, sha: other } }, `its payload names commit ${other} (payload.sha), but the id names ${head}`],
      [{ ...create, payload: { ...create.payload, sha: other } }, `its payload names commit "${other}" (payload.sha), but the id names ${head}`],
      [{ ...queue, payload: { ...queue.payload, pullRequest: 3 } }, "its payload names pull request #3 (payload.pullRequest), but the id's head ref names #2"],
    ];
    for (const [stored, said] of cases) {
      await backend.close();
      backend = await startBackend();
      expect((await sendEvent(stored)).code).toBe(0);
      const run = await replay({ replay: stored.id });
      expect(run.code, said).toBe(1);
      expect(run.stdout).toContain(said);
      expect(run.stdout).toContain("nothing was replayed. Check the replay input");
      expect(replayRequests()).toEqual([]);
    }
    // Each as its id names it is replayed.
    for (const stored of [release, status, create, queue]) {
      await backend.close();
      backend = await startBackend();
      expect((await sendEvent(stored)).code).toBe(0);
      const run = await replay({ replay: stored.id });
      expect(run.code, `${stored.id}: ${run.stdout.slice(-1500)}`).toBe(0);
      expect(replayRequests()).toHaveLength(1);
    }
  });

  it("reports the stored event, not another copy under the same id in the replay's answer", async () => {
    await backend.close();
    backend = await startBackend({ replayAnswerEvent: (event) => ({ ...event, type: "pull_request.opened", payload: { repo: repository, number: 7, headSha: "b".repeat(40) } }) });
    await sendRelease();
    const run = await replay();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ "event-id": eventId, "event-type": "release.published" });
  });

  it("refuses a replay whose answer carries another event, whose runs are not the replay's", async () => {
    await backend.close();
    backend = await startBackend({ replayAnswerEvent: (event) => ({ ...event, id: pullId, type: "pull_request.opened" }) });
    await sendRelease();
    const run = await replay();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('/replay for another event, "github:pull_request.opened:octo-org/octo-repo:pr-2@');
    expect(run.stdout).toContain("so its runs are not the replay's");
  });

  it("logs a long event type cut, and redacted", async () => {
    const type = `deploy.${token}.${"t".repeat(5000)}`;
    expect((await sendEvent({ id: "custom:long-type", type, payload: {} })).code).toBe(0);
    const run = await replay({ replay: "custom:long-type" });
    expect(run.code, run.stdout.slice(0, 2000)).toBe(0);
    const line = run.stdout.split("\n").find((text) => text.startsWith("Replaying "));
    expect(line).toBeDefined();
    expect(line?.length).toBeLessThan(600);
    expect(line).not.toContain(token);
    expect(line).toContain("deploy.***.ttt");
  });

  it("sends a long backend run id as a check run's external_id of at most 100 bytes, one per run", async () => {
    const github = await startGitHubApiServer();
    try {
      await backend.close();
      backend = await startBackend({ runIdSuffix: `-${"r".repeat(2000)}` });
      await sendRelease();
      const run = await replay({ "github-token": `ghs_${"K".repeat(36)}` }, { GITHUB_API_URL: github.url });
      expect(run.code, run.stdout).toBe(0);
      const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
      const external = github.github.checkRuns.list(repository).map((check) => check.external_id ?? "");
      expect(results).toHaveLength(2);
      expect(external.filter(Boolean).sort()).toEqual(results.map((view) => externalIdFor(view.id)).sort());
      for (const id of external) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(EXTERNAL_ID_MAX_BYTES);
      github.assertNoViolations();
      expect(new Set(external).size).toBe(2);
    } finally {
      await github.close();
    }
  });
});

describe("replay with mode: http: reports go only where the event's id says, or to GITHUB_SHA", () => {
  const head = "a".repeat(40);
  const githubSha = "f".repeat(40);
  const githubToken = `ghs_${"K".repeat(36)}`;
  const runScripts = (type: string) => ({ [type]: [{ flow: "ci", step: "notify", result: { status: "completed" as const, message: "noted" }, afterMs: 50 }] });
  /** A stored event whose report targets (payload.headSha, pullRequests, issue) its id does not name. */
  const cases: Array<[string, FlowEvent, string]> = [
    [
      "a workflow_run's head commit and pull requests",
      {
        id: `github:workflow_run.completed:${repository}:run-77-attempt-1`,
        type: "workflow_run.completed",
        source: "github",
        receivedAt: "2026-01-01T00:00:00Z",
        payload: { repo: repository, action: "completed", headSha: head, pullRequests: [2] },
      },
      `names commit ${head} (workflow_run.head) and pull request #2, which its id`,
    ],
    [
      "an issue comment's pull request",
      {
        id: `github:issue_comment.created:${repository}:comment-9`,
        type: "issue_comment.created",
        source: "github",
        receivedAt: "2026-01-01T00:00:00Z",
        payload: { repo: repository, action: "created", issue: { number: 2, isPullRequest: true } },
      },
      "names pull request #2, which its id",
    ],
    [
      "a custom event's pull request and commit",
      { id: "custom:deploy-1", type: "pull_request.opened", source: "custom", receivedAt: "2026-01-01T00:00:00Z", payload: { repo: repository, number: 2, headSha: head } },
      `names commit ${head} (pull_request.head) and pull request #2, which its id`,
    ],
  ];

  for (const [what, stored, said] of cases) {
    it(`writes check runs on GITHUB_SHA and no comment for ${what}, which only the backend vouches for`, async () => {
      const github = await startGitHubApiServer();
      try {
        github.github.pulls.add(repository, { number: 2, headSha: head });
        await backend.close();
        backend = await startFlowBackend({ token, hmacSecret, scripts: runScripts(stored.type) });
        expect((await sendEvent(stored)).code).toBe(0);
        const run = await replay({ replay: stored.id, "github-token": githubToken, comment: "on-pr" }, { GITHUB_API_URL: github.url, GITHUB_SHA: githubSha });
        expect(run.code, run.stdout.slice(-2000)).toBe(0);
        expect(replayRequests()).toHaveLength(1);
        expect(run.stdout).toContain(`The replayed event's payload ${said} "${stored.id}" does not name, so only the flow backend vouches for`);
        expect(run.stdout).toContain(`its check runs go to GITHUB_SHA (${githubSha}), and no pull request is commented.`);
        const checks = github.github.checkRuns.list(repository);
        expect(checks.map((check) => [check.name, check.head_sha])).toEqual([["flows: ci/notify", githubSha]]);
        expect(github.github.comments.list(repository, 2)).toEqual([]);
        github.assertNoViolations();
      } finally {
        await github.close();
      }
    });
  }

  it("writes the check runs of a replay that timed out on GITHUB_SHA too, not on the head its payload names", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      const [, stored] = cases[0] ?? [];
      if (!stored) throw new Error("no workflow_run case");
      await backend.close();
      backend = await startFlowBackend({ token, hmacSecret, scripts: runScripts(stored.type), behaviour: { neverFinish: true } });
      // Stored by a job whose wait ran out as well.
      const sent = await runInProcess({
        workspace: repo.dir,
        eventName: "workflow_dispatch",
        payload: { inputs: {} },
        inputs: { ...inputs(), event: JSON.stringify(stored), "backend-timeout-minutes": "0.02" },
      });
      expect(sent.stdout).toContain(stored.id);
      const run = await replay(
        { replay: stored.id, "github-token": githubToken, comment: "on-pr", "backend-timeout-minutes": "0.02" },
        { GITHUB_API_URL: github.url, GITHUB_SHA: githubSha },
      );
      expect(run.code).toBe(1);
      expect(run.summary).toContain("**The flow backend replay failed:**");
      expect(github.github.checkRuns.list(repository).map((check) => check.head_sha)).toEqual([githubSha]);
      expect(github.github.comments.list(repository, 2)).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it("still reports a pull request event to the pull request and head its id names", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      const pull: FlowEvent = {
        id: `github:pull_request.opened:${repository}:pr-2@${head}`,
        type: "pull_request.opened",
        source: "github",
        receivedAt: "2026-01-01T00:00:00Z",
        payload: { repo: repository, action: "opened", number: 2, headSha: head },
      };
      await backend.close();
      backend = await startFlowBackend({ token, hmacSecret, scripts: runScripts(pull.type) });
      expect((await sendEvent(pull)).code).toBe(0);
      const run = await replay({ replay: pull.id, "github-token": githubToken, comment: "on-pr" }, { GITHUB_API_URL: github.url, GITHUB_SHA: githubSha });
      expect(run.code, run.stdout.slice(-2000)).toBe(0);
      expect(run.stdout).not.toContain("only the flow backend vouches");
      expect(github.github.checkRuns.list(repository).map((check) => check.head_sha)).toEqual([head]);
      expect(github.github.comments.list(repository, 2)).toHaveLength(1);
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });
});

describe("replay with mode: http: reports go where GitHub says the object the event's id names belongs", () => {
  const head = "a".repeat(40);
  const forgedHead = "b".repeat(40);
  const githubSha = "f".repeat(40);
  const githubToken = `ghs_${"K".repeat(36)}`;
  const runScripts = (type: string) => ({ [type]: [{ flow: "ci", step: "notify", result: { status: "completed" as const, message: "noted" }, afterMs: 50 }] });
  const workflowRun = (payload: Record<string, unknown>): FlowEvent => ({
    id: `github:workflow_run.completed:${repository}:run-77-attempt-1`,
    type: "workflow_run.completed",
    source: "github",
    receivedAt: "2026-01-01T00:00:00Z",
    payload: { repo: repository, action: "completed", id: 77, headSha: head, pullRequests: [2], ...payload },
  });
  const issueComment = (commentId: number, issue: Record<string, unknown>): FlowEvent => ({
    id: `github:issue_comment.created:${repository}:comment-${commentId}`,
    type: "issue_comment.created",
    source: "github",
    receivedAt: "2026-01-01T00:00:00Z",
    payload: { repo: repository, action: "created", issue: { number: 2, isPullRequest: true, ...issue }, comment: { id: commentId, body: "/rerun" } },
  });

  /** Stores `stored` on a new backend and replays it against `github`, with GITHUB_SHA set. */
  async function replayAgainst(github: Awaited<ReturnType<typeof startGitHubApiServer>>, stored: FlowEvent) {
    await backend.close();
    backend = await startFlowBackend({ token, hmacSecret, scripts: runScripts(stored.type) });
    expect((await sendEvent(stored)).code).toBe(0);
    return replay({ replay: stored.id, "github-token": githubToken, comment: "on-pr" }, { GITHUB_API_URL: github.url, GITHUB_SHA: githubSha });
  }

  it("writes an honest workflow_run replay's check runs on the run's head and comments on its pull request, as GitHub says", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      github.github.automation.addWorkflowRun(repository, { id: 77, headSha: head, pullRequests: [2, { number: 9, repo: "upstream-org/octo-repo" }] });
      const run = await replayAgainst(github, workflowRun({}));
      expect(run.code, run.stdout.slice(-2000)).toBe(0);
      expect(replayRequests()).toHaveLength(1);
      expect(run.stdout).toContain(`The replayed event's report targets are GitHub's workflow run 77's, read with the job's token: its check runs go to ${head}, and pull request #2 gets the comment.`);
      expect(run.stdout).not.toContain("only the flow backend vouches");
      expect(github.github.checkRuns.list(repository).map((check) => check.head_sha)).toEqual([head]);
      expect(github.github.comments.list(repository, 2)).toHaveLength(1);
      // One read of the run; a pull request of the repository it was forked from is not this one's.
      expect(github.requestsFor("actions/get-workflow-run").map((request) => request.path)).toEqual([`/repos/${repository}/actions/runs/77`]);
      expect(github.github.comments.list(repository, 9)).toEqual([]);
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });

  it("comments on the pull request an honest issue comment replay is on, and writes check runs on its head, as GitHub says", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      const seeded = github.github.comments.add(repository, 2, { body: "/rerun", author: { login: "octocat", id: 583231, type: "User" } });
      const run = await replayAgainst(github, issueComment(Number(seeded.id), {}));
      expect(run.code, run.stdout.slice(-2000)).toBe(0);
      expect(run.stdout).toContain(`The replayed event's report targets are GitHub's issue comment ${seeded.id}'s, read with the job's token: its check runs go to ${head}, and pull request #2 gets the comment.`);
      expect(github.github.checkRuns.list(repository).map((check) => check.head_sha)).toEqual([head]);
      const comments = github.github.comments.list(repository, 2);
      expect(comments).toHaveLength(2);
      expect(comments[1]?.body).toContain("ci");
      // The comment, its issue, the pull request's head: three reads.
      expect(github.requests.filter((request) => request.method === "GET" && /\/(issues|pulls)\//.test(request.path)).map((request) => request.operationId).slice(0, 3)).toEqual([
        "issues/get-comment",
        "issues/get",
        "pulls/get",
      ]);
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });

  it("refuses a stored event whose head commit, issue or pull request is not GitHub's, and replays and writes nothing", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      github.github.pulls.add(repository, { number: 3, headSha: forgedHead });
      github.github.automation.addWorkflowRun(repository, { id: 77, headSha: head, pullRequests: [2] });
      github.github.automation.addIssue(repository, 5);
      const onPull = github.github.comments.add(repository, 2, { body: "/rerun" });
      const onIssue = github.github.comments.add(repository, 5, { body: "/rerun" });
      const cases: Array<[FlowEvent, string]> = [
        [workflowRun({ headSha: forgedHead, pullRequests: [3] }), `its payload names commit ${forgedHead} (payload.headSha), but GitHub's workflow run 77 has ${head}`],
        [issueComment(Number(onPull.id), { number: 3 }), `its payload names issue #3 (payload.issue.number), but GitHub's issue comment ${onPull.id} is on #2`],
        [issueComment(Number(onIssue.id), { number: 5 }), "its payload says #5 is a pull request (payload.issue.isPullRequest), but GitHub says it is not one"],
      ];
      for (const [stored, said] of cases) {
        const run = await replayAgainst(github, stored);
        expect(run.code, said).toBe(1);
        expect(run.stdout).toContain(said);
        expect(run.stdout).toContain("GitHub never changes that, so the backend's copy is not the event GitHub sent");
        expect(run.stdout).toContain("nothing was replayed");
        expect(run.summary).toContain("**The flow backend replay failed:**");
        expect(replayRequests()).toEqual([]);
      }
      expect(github.github.checkRuns.list(repository)).toEqual([]);
      expect(github.github.comments.list(repository, 3)).toEqual([]);
      expect(github.github.comments.list(repository, 2)).toHaveLength(1);
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });

  it("uses GitHub's pull requests of a run, not the payload's, and says they differ", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      github.github.pulls.add(repository, { number: 3, headSha: head });
      github.github.automation.addWorkflowRun(repository, { id: 77, headSha: head, pullRequests: [2] });
      const run = await replayAgainst(github, workflowRun({ pullRequests: [3] }));
      expect(run.code, run.stdout.slice(-2000)).toBe(0);
      expect(run.stdout).toContain("The replayed event's payload names pull request #3, but GitHub's workflow run 77 now lists pull request #2; GitHub's are used.");
      expect(github.github.comments.list(repository, 2)).toHaveLength(1);
      expect(github.github.comments.list(repository, 3)).toEqual([]);
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });

  it("falls back to GITHUB_SHA and no comment when GitHub will not say (403 without the permission), naming the permission", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      github.github.automation.addWorkflowRun(repository, { id: 77, headSha: head, pullRequests: [2] });
      github.failNext({
        operationId: "actions/get-workflow-run",
        status: 403,
        body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run", status: "403" },
      });
      const run = await replayAgainst(github, workflowRun({}));
      expect(run.code, run.stdout.slice(-2000)).toBe(0);
      expect(run.stdout).toContain(
        `GitHub's workflow run 77, which the replayed event's id names, could not be read (GET /repos/${repository}/actions/runs/77: HTTP 403: Resource not accessible by integration), so its report targets are not known; the job's token needs actions: read to read them.`,
      );
      expect(run.stdout).toContain(`its check runs go to GITHUB_SHA (${githubSha}), and no pull request is commented.`);
      expect(github.github.checkRuns.list(repository).map((check) => check.head_sha)).toEqual([githubSha]);
      expect(github.github.comments.list(repository, 2)).toEqual([]);
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });

  it("falls back the same way when GitHub has no such run (404) or its answer runs past 1 MiB, reading no further", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.pulls.add(repository, { number: 2, headSha: head });
      const missing = await replayAgainst(github, workflowRun({}));
      expect(missing.code, missing.stdout.slice(-2000)).toBe(0);
      expect(missing.stdout).toContain(`could not be read (GET /repos/${repository}/actions/runs/77: HTTP 404: Not Found)`);
      expect(missing.stdout).toContain(`its check runs go to GITHUB_SHA (${githubSha}), and no pull request is commented.`);

      const real = github.github.automation.addWorkflowRun(repository, { id: 77, headSha: head, pullRequests: [2] });
      github.handle("actions/get-workflow-run", () => ({ status: 200, body: { ...real, display_title: "t".repeat(2 * 1024 * 1024) } }));
      const large = await replayAgainst(github, workflowRun({}));
      expect(large.code, large.stdout.slice(-2000)).toBe(0);
      expect(large.stdout).toContain("GitHub's answer is larger than 1,048,576 bytes, the most this request reads");
      expect(large.stdout).toContain(`its check runs go to GITHUB_SHA (${githubSha}), and no pull request is commented.`);
      expect(github.github.checkRuns.list(repository).map((check) => check.head_sha)).toEqual([githubSha]);
      expect(github.github.comments.list(repository, 2)).toEqual([]);
    } finally {
      await github.close();
    }
  });

  // How GitHub holds the read back, and the tries it answers before the job is canceled (0: none).
  const holdBacks: Array<[string, (github: GitHubServer) => void, number]> = [
    // A GitHub that takes the request and never answers: the read's own limit is 60 s, per try.
    ["never answers it", (github) => github.handle("actions/get-workflow-run", () => new Promise(() => {})), 0],
    // Octokit's throttling waits out a secondary rate limit (up to 120 s) before it tries again.
    ["asks to retry it in a minute (a secondary rate limit)", (github) => github.failNext({ operationId: "actions/get-workflow-run", ...secondaryRateLimit({ retryAfterSeconds: 60 }) }), 1],
    // Octokit's retries wait 1, 4 and 9 s after a 5xx: canceled in the wait of 9 s.
    ["fails it with 5xx", (github) => github.failNext({ operationId: "actions/get-workflow-run", ...serverError(), times: 4 }), 3],
  ];
  /** Workflow run 77 of the repository on `github`, its read held back as `holdBack` says, and its event stored on a fresh backend. */
  const storeHeldBackRun = async (github: GitHubServer, holdBack: (github: GitHubServer) => void): Promise<FlowEvent> => {
    github.github.pulls.add(repository, { number: 2, headSha: head });
    github.github.automation.addWorkflowRun(repository, { id: 77, headSha: head, pullRequests: [2] });
    holdBack(github);
    const stored = workflowRun({});
    await backend.close();
    backend = await startFlowBackend({ token, hmacSecret, scripts: runScripts(stored.type) });
    expect((await sendEvent(stored)).code).toBe(0);
    return stored;
  };

  it.each(holdBacks)("stops at once when the job is canceled while GitHub %s, and replays and writes nothing", async (_, holdBack, answered) => {
    const github = await startGitHubApiServer();
    try {
      const stored = await storeHeldBackRun(github, holdBack);
      const cancel = new AbortController();
      const running = replay({ replay: stored.id, "github-token": githubToken, comment: "on-pr" }, { GITHUB_API_URL: github.url, GITHUB_SHA: githubSha }, cancel.signal);
      const read = `/repos/${repository}/actions/runs/77`;
      const ready = Date.now() + 10_000;
      const tries = () => github.requests.filter((request) => request.path === read);
      // Once the read was sent, and answered as many times as the case says: Octokit then waits to try again.
      while (tries().length === 0 || tries().filter((request) => request.status !== 0).length < answered) {
        if (Date.now() > ready) throw new Error("the replay never read the workflow run");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (answered > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      const { value: run, ms } = await timedUnderLoad(() => {
        cancel.abort();
        return running;
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`was canceled while GitHub's workflow run 77 was read (GET ${read}); the replay was not sent.`);
      expect(run.stdout).not.toContain("could not be read");
      expect(run.summary).toContain("**The flow backend replay failed:**");
      // Not tried again after the cancel; nothing replayed, nothing written.
      expect(tries()).toHaveLength(Math.max(1, answered));
      expect(replayRequests()).toEqual([]);
      expect(github.github.checkRuns.list(repository)).toEqual([]);
      expect(github.github.comments.list(repository, 2)).toEqual([]);
      // Waiting, not computing: the old read waited out its 60 s limit, the rate limit or the retries first.
      expect(ms).toBeLessThan(5_000);
    } finally {
      await github.close();
    }
  }, 40_000);

  it("stops a GitHub read that is never answered when the replay's time (backend-timeout-minutes) runs out, blaming GitHub, not the backend", async () => {
    const github = await startGitHubApiServer();
    try {
      const stored = await storeHeldBackRun(github, (held) => held.handle("actions/get-workflow-run", () => new Promise(() => {})));
      // 0.02 minutes: 1.2 s. The read's own limit is 60 s a try, four tries.
      const { value: run, ms } = await timedUnderLoad(() =>
        replay({ replay: stored.id, "github-token": githubToken, comment: "on-pr", "backend-timeout-minutes": "0.02" }, { GITHUB_API_URL: github.url, GITHUB_SHA: githubSha }),
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`the time for the replay ran out while GitHub's workflow run 77 was read (GET /repos/${repository}/actions/runs/77); the replay was not sent.`);
      expect(run.stdout).not.toContain("while the flow backend sent event");
      expect(replayRequests()).toEqual([]);
      expect(github.github.checkRuns.list(repository)).toEqual([]);
      expect(ms).toBeLessThan(8_000);
    } finally {
      await github.close();
    }
  }, 40_000);

  it("writes a deployment replay's check runs on the deployment's commit, as GitHub says", async () => {
    const github = await startGitHubApiServer();
    try {
      github.github.automation.addDeployment(repository, { id: 41, sha: head });
      const stored: FlowEvent = {
        id: `github:deployment.created:${repository}:deployment-41`,
        type: "deployment.created",
        source: "github",
        receivedAt: "2026-01-01T00:00:00Z",
        payload: { repo: repository, action: "created", id: 41, sha: head, ref: "main", environment: "production" },
      };
      const run = await replayAgainst(github, stored);
      expect(run.code, run.stdout.slice(-2000)).toBe(0);
      expect(run.stdout).toContain(`The replayed event's report targets are GitHub's deployment 41's, read with the job's token: its check runs go to ${head}, and no pull request is commented.`);
      expect(github.github.checkRuns.list(repository).map((check) => check.head_sha)).toEqual([head]);
      github.assertNoViolations();

      const forged = await replayAgainst(github, { ...stored, payload: { ...(stored.payload as Record<string, unknown>), sha: forgedHead } });
      expect(forged.code).toBe(1);
      expect(forged.stdout).toContain(`its payload names commit ${forgedHead} (payload.sha), but GitHub's deployment 41 has ${head}`);
      expect(replayRequests()).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
