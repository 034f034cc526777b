import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCheckRun, listCheckRunsForRef } from "../../src/github/checks.js";
import { createGitHubClient } from "../../src/github/client.js";
import { apiFailure } from "../../src/github/errors.js";
import { createIssueComment } from "../../src/github/comments.js";
import { Redactor } from "../../src/redact.js";
import { timedUnderLoad } from "../helpers/stalls.js";
import { type GitHubApiServer, serverError, startGitHubApiServer } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";

const REPO = "octo-org/tool";
const TOKEN = "ghs_client_test_token_0001";

let server: GitHubApiServer;
beforeEach(async () => {
  server = await startGitHubApiServer();
});
afterEach(async () => {
  server.assertNoViolations();
  await server.close();
});

describe("the GitHub client", () => {
  it("redacts the token and registered secrets from every request body, once, for every call", async () => {
    const redactor = new Redactor().add("workflow-masked-value");
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url, redactor, ...fastPlugins() });
    server.github.pulls.add(REPO, { number: 7, headSha: "a1".repeat(20) });
    await createIssueComment(client, { repository: REPO, issueNumber: 7, body: `step said ${TOKEN} and workflow-masked-value` });
    await createCheckRun(client, {
      repository: REPO,
      name: `flows: ${TOKEN}`,
      headSha: "a1".repeat(20),
      conclusion: "success",
      output: {
        title: "workflow-masked-value",
        summary: `from http://user:pw@backend.example/base?token=q`,
        annotations: [{ path: "a.ts", startLine: 1, endLine: 1, level: "warning", message: `leaked ${TOKEN}` }],
      },
    });
    const bodies = server.requests.map((request) => JSON.stringify(request.body ?? ""));
    for (const body of bodies) {
      expect(body).not.toContain(TOKEN);
      expect(body).not.toContain("workflow-masked-value");
      expect(body).not.toContain("user:pw");
    }
    expect(server.github.comments.list(REPO, 7)[0]?.body).toBe("step said *** and ***");
    expect(server.github.checkRuns.list(REPO)[0]).toMatchObject({ name: "flows: ***", output: { summary: "from http://***@backend.example/base?token=***" } });
    // The token still authenticates: only bodies are redacted, never headers.
    expect(server.requests.every((request) => String(request.headers.authorization).endsWith(TOKEN))).toBe(true);
  });

  it("sends half a surrogate pair as U+FFFD in a query value and a body, instead of failing the request before it is sent", async () => {
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url, ...fastPlugins() });
    server.github.pulls.add(REPO, { number: 7, headSha: "a1".repeat(20) });
    // encodeURIComponent("\ud83d") throws "URI malformed": the request never left.
    await expect(listCheckRunsForRef(client, { repository: REPO, ref: "a1".repeat(20), checkName: "flows: x\ud83d" })).resolves.toEqual([]);
    expect(server.requestsFor("checks/list-for-ref")[0]?.query.check_name).toBe("flows: x\ufffd");
    await createIssueComment(client, { repository: REPO, issueNumber: 7, body: "a\udc00b \ud83d\ude00" });
    expect(server.github.comments.list(REPO, 7)[0]?.body).toBe("a\ufffdb \ud83d\ude00");
  });

  it("tries a write that keeps failing with 5xx retries + 1 times (plugin-retry is the one retry loop)", async () => {
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url, ...fastPlugins({ retries: 2 }) });
    server.failNext({ operationId: "checks/create", ...serverError(), times: 20 });
    await expect(createCheckRun(client, { repository: REPO, name: "x", headSha: "a1".repeat(20), status: "in_progress" })).rejects.toThrow();
    expect(server.requestsFor("checks/create")).toHaveLength(3);
  });
  it("gives up on a request GitHub holds open past the time limit, each retry waiting afresh, and says so", async () => {
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url, requestTimeoutMs: 300, ...fastPlugins({ retries: 1 }) });
    server.failNext({ operationId: "checks/create", ...serverError(), delayMs: 2_000, times: 2 });
    const { value: error, ms, wallMs } = await timedUnderLoad(() =>
      createCheckRun(client, { repository: REPO, name: "x", headSha: "a1".repeat(20), status: "in_progress" }).catch((thrown: unknown) => thrown),
    );

    // Two attempts of 0.3 s each (the fake records a request only once it answers, later). The
    // upper bound is on the time this process could run (stalls left out): 0.7 s alone, 1.1 s of
    // wall clock beside test/action; an attempt that waits for the 2 s answer is past it.
    expect(wallMs).toBeGreaterThanOrEqual(580);
    expect(ms).toBeLessThan(1_900);
    expect(apiFailure(error)).toMatchObject({ kind: "network", message: expect.stringMatching(/GitHub did not answer within 300 ms/) });
    // The next call, once GitHub answers again, is not cut short by an earlier limit.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(createCheckRun(client, { repository: REPO, name: "y", headSha: "a1".repeat(20), status: "in_progress" })).resolves.toBeTruthy();
  });

  it("reads an answer whose body stalls past the time limit as no answer, and retries it", async () => {
    // Octokit reads a JSON body after fetch returns, and reads a body that fails as "": the
    // stalled listing came back as a success with no comments.
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url, requestTimeoutMs: 300, ...fastPlugins({ retries: 1 }) });
    server.github.pulls.add(REPO, { number: 7, headSha: "a1".repeat(20) });
    await createIssueComment(client, { repository: REPO, issueNumber: 7, body: "first" });
    server.failNext({ operationId: "issues/list-comments", status: 200, stallBodyMs: 2_000 });

    const { data } = await client.rest.issues.listComments({ owner: "octo-org", repo: "tool", issue_number: 7 });

    expect(data.map((comment) => comment.body)).toEqual(["first"]);
    expect(server.requestsFor("issues/list-comments")).toHaveLength(2);
  });

  it("fails a request whose body stalls on every try, saying GitHub did not answer in time", async () => {
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url, requestTimeoutMs: 300, ...fastPlugins({ retries: 1 }) });
    server.github.pulls.add(REPO, { number: 7, headSha: "a1".repeat(20) });
    server.failNext({ operationId: "issues/list-comments", status: 200, stallBodyMs: 2_000, times: 2 });

    const error = await client.rest.issues.listComments({ owner: "octo-org", repo: "tool", issue_number: 7 }).catch((thrown: unknown) => thrown);

    expect(apiFailure(error)).toMatchObject({ kind: "network", message: expect.stringMatching(/GitHub did not answer within 300 ms/) });
  });
});
