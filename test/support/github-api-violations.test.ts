import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type GitHubApiServer,
  ok,
  rateLimitExceeded,
  secondaryRateLimit,
  serverError,
  startGitHubApiServer,
  type ViolationKind,
} from "./github-api/index.js";

const REPO_PATH = "/repos/octo-org/tool";
const SHA = "b".repeat(40);

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer();
});

afterEach(async () => {
  await server.close();
});

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: "token ghs_x", "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function problemsOf(kind: ViolationKind): string[] {
  return server.violations.filter((v) => v.kind === kind).flatMap((v) => v.problems);
}

describe("the fake's request validation", () => {
  it("rejects a check run without head_sha with 422 and records the violation", async () => {
    const response = await send("POST", `${REPO_PATH}/check-runs`, { name: "lint" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { message: string }).message).toContain("head_sha");
    expect(problemsOf("request")).toEqual(['body is missing required property "head_sha"']);
    expect(server.github.checkRuns.list("octo-org/tool")).toEqual([]);
  });

  it("rejects a conclusion outside the spec's enum", async () => {
    const response = await send("POST", `${REPO_PATH}/check-runs`, { name: "x", head_sha: SHA, conclusion: "bogus" });
    expect(response.status).toBe(422);
    expect(problemsOf("request").join("\n")).toMatch(/body\/conclusion must be one of .*"success"/);
  });

  it("flags body properties the operation never names, even nested ones", async () => {
    const body = { name: "x", head_sha: SHA, headSha: SHA, output: { title: "t", summary: "s", annotation: [] } };
    expect((await send("POST", `${REPO_PATH}/check-runs`, body)).status).toBe(422);
    expect(problemsOf("request")).toEqual([
      'body has unknown property "headSha"',
      'body/output has unknown property "annotation"',
    ]);
  });

  it("refuses, as GitHub does, sizes its docs limit: a comment's characters, check run output's bytes, an annotation's title", async () => {
    const annotation = (title: string) => ({ path: "a.ts", start_line: 1, end_line: 1, annotation_level: "warning", message: "m", title });
    const output = { title: "t", summary: "é".repeat(32_768), text: "x".repeat(65_535), annotations: [...Array.from({ length: 50 }, () => annotation("t")), annotation("😀".repeat(256))] };
    expect((await send("POST", `${REPO_PATH}/check-runs`, { name: "x", head_sha: SHA, output })).status).toBe(422);
    expect((await send("POST", `${REPO_PATH}/issues/7/comments`, { body: "😀".repeat(65_537) })).status).toBe(422);
    expect(problemsOf("request")).toEqual([
      "body/output/annotations must NOT have more than 50 items",
      "output.summary is 65536 bytes; GitHub's maximum is 65535",
      "output.annotations[50].title is 256 characters; GitHub's maximum is 255",
      "body is 65537 characters; GitHub's maximum is 65536",
    ]);
    server.clearViolations();
    const fits = { title: "t", summary: "é".repeat(32_767), annotations: [annotation("😀".repeat(255))] };
    expect((await send("POST", `${REPO_PATH}/check-runs`, { name: "x", head_sha: SHA, output: fits })).status).toBe(201);
    server.assertNoViolations();
  });

  it("records a path GitHub's REST API does not have as an unknown route", async () => {
    const response = await send("GET", `${REPO_PATH}/frobnicate`);
    expect(response.status).toBe(404);
    expect(problemsOf("unknown-route")).toEqual([
      `${REPO_PATH}/frobnicate is not a path in GitHub's REST API description`,
    ]);
  });

  it("records a method the path does not define", async () => {
    expect((await send("DELETE", `${REPO_PATH}/releases`)).status).toBe(404);
    expect(problemsOf("unknown-route")[0]).toContain("DELETE is not defined");
  });

  it("enforces the documented page-size maximum and parameter types", async () => {
    await send("GET", `${REPO_PATH}/releases?per_page=500`);
    await send("GET", `${REPO_PATH}/releases?page=two`);
    expect(problemsOf("request")).toEqual([
      "query parameter per_page must be <= 100 (documented maximum)",
      "query parameter page must be integer",
    ]);
  });

  it("flags query parameters the operation does not define", async () => {
    const response = await send("GET", `${REPO_PATH}/issues/1/comments?perPage=5`);
    expect(response.status).toBe(422);
    expect(problemsOf("request")).toEqual(["query parameter perPage is not defined for issues/list-comments"]);
  });

  it("rejects a non-integer path parameter", async () => {
    await send("GET", `${REPO_PATH}/pulls/latest`);
    expect(problemsOf("request")).toEqual(["path parameter pull_number must be integer"]);
  });

  it("records GitHub's rule that a completed check run needs a conclusion", async () => {
    const response = await send("POST", `${REPO_PATH}/check-runs`, { name: "x", head_sha: SHA, status: "completed" });
    expect(response.status).toBe(422);
    expect(problemsOf("rule")).toEqual(["conclusion is required when status is completed"]);
  });

  it("answers a spec-valid request it has no handler for with 501 and a violation", async () => {
    const response = await send("GET", `${REPO_PATH}/issues`);
    expect(response.status).toBe(501);
    expect(problemsOf("no-handler")[0]).toContain("issues/list-for-repo");
  });

  it("lists every violation when asserting there are none", async () => {
    await send("POST", `${REPO_PATH}/check-runs`, { name: "lint" });
    await send("GET", "/nope");
    expect(() => server.assertNoViolations()).toThrow(/head_sha[\s\S]*\/nope/);
    server.clearViolations();
    expect(() => server.assertNoViolations()).not.toThrow();
  });
});

describe("the fake's response validation", () => {
  it("records a handler response missing a required field", async () => {
    const { url: _omitted, ...withoutUrl } = server.github.releases.add("octo-org/tool", { tagName: "v1.0.0" });
    server.handle("repos/get-latest-release", () => ok(withoutUrl));
    const response = await send("GET", `${REPO_PATH}/releases/latest`);
    expect(response.status).toBe(200);
    expect(problemsOf("response")).toEqual(['response 200 is missing required property "url"']);
  });

  it("records a handler response with a field of the wrong type", async () => {
    const release = server.github.releases.add("octo-org/tool", { tagName: "v1.0.0" });
    server.handle("repos/get-latest-release", () => ok({ ...release, draft: "no" }));
    await send("GET", `${REPO_PATH}/releases/latest`);
    expect(problemsOf("response")).toEqual(["response 200/draft must be boolean"]);
  });

  it("records a status the operation does not document", async () => {
    server.handle("repos/get-latest-release", () => ({ status: 201, body: {} }));
    await send("GET", `${REPO_PATH}/releases/latest`);
    expect(problemsOf("response")).toEqual(["status 201 is not documented for repos/get-latest-release"]);
  });

  it("records a handler that throws as a 500", async () => {
    server.handle("repos/get-latest-release", () => {
      throw new Error("boom");
    });
    expect((await send("GET", `${REPO_PATH}/releases/latest`)).status).toBe(500);
    expect(problemsOf("handler-error")[0]).toContain("boom");
  });
});

describe("GitHub's own refusals", () => {
  it("refuses check runs from a personal access token and downloads of expired artifacts", async () => {
    const users = await startGitHubApiServer({
      tokens: { ghp_carol: { login: "carol", id: 3, type: "User", kind: "user" } },
    });
    try {
      const gh = getOctokit("ghp_carol", { baseUrl: users.url });
      const create = gh.rest.checks.create({ owner: "octo-org", repo: "tool", name: "x", head_sha: SHA });
      await expect(create).rejects.toMatchObject({ status: 403 });
      const expired = users.github.artifacts.add("octo-org/tool", {
        name: "old",
        zip: new Uint8Array([1]),
        expired: true,
      });
      const download = gh.rest.actions.downloadArtifact({
        owner: "octo-org",
        repo: "tool",
        artifact_id: expired.id,
        archive_format: "zip",
      });
      await expect(download).rejects.toMatchObject({ status: 410 });
      users.assertNoViolations();
    } finally {
      await users.close();
    }
  });
});

describe("programmable faults", () => {
  const fast = { retryAfterBaseValue: 5 };

  it("serves a primary rate limit that the throttling plugin waits out and retries", async () => {
    const limits: number[] = [];
    const gh = getOctokit(
      "ghs_x",
      {
        baseUrl: server.url,
        throttle: {
          ...fast,
          onRateLimit: (after: number) => limits.push(after) === 1,
          onSecondaryRateLimit: () => false,
        },
      },
      throttling,
    );
    server.failNext({ operationId: "repos/list-releases", ...rateLimitExceeded() });
    const releases = await gh.rest.repos.listReleases({ owner: "octo-org", repo: "tool" });
    expect(releases.status).toBe(200);
    expect(limits).toHaveLength(1);
    expect(server.requestsFor("repos/list-releases").map((r) => r.status)).toEqual([403, 200]);
    server.assertNoViolations();
  });

  it("serves a secondary rate limit with retry-after", async () => {
    const waits: number[] = [];
    const gh = getOctokit(
      "ghs_x",
      {
        baseUrl: server.url,
        throttle: {
          ...fast,
          onRateLimit: () => false,
          onSecondaryRateLimit: (after: number) => waits.push(after) === 1,
        },
      },
      throttling,
    );
    server.failNext({
      method: "GET",
      path: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      ...secondaryRateLimit({ retryAfterSeconds: 7 }),
    });
    const comments = await gh.rest.issues.listComments({ owner: "octo-org", repo: "tool", issue_number: 1 });
    expect(comments.status).toBe(200);
    expect(waits).toEqual([7]);
    expect(server.requests.map((r) => r.status)).toEqual([403, 200]);
    server.assertNoViolations();
  });

  it("fails as many matching requests as asked, which the retry plugin rides out", async () => {
    const gh = getOctokit("ghs_x", { baseUrl: server.url, retry: fast }, retry);
    server.failNext({ path: /\/releases$/, ...serverError(), times: 2 });
    const releases = await gh.rest.repos.listReleases({ owner: "octo-org", repo: "tool" });
    expect(releases.status).toBe(200);
    expect(server.requests.map((r) => r.status)).toEqual([500, 500, 200]);
    server.assertNoViolations();
  });

  it("passes a 404 fault straight to the caller", async () => {
    const gh = getOctokit("ghs_x", { baseUrl: server.url });
    server.failNext({ operationId: "repos/get", status: 404, body: { message: "Not Found" } });
    await expect(gh.rest.repos.get({ owner: "octo-org", repo: "tool" })).rejects.toMatchObject({ status: 404 });
    expect((await gh.rest.repos.get({ owner: "octo-org", repo: "tool" })).status).toBe(200);
    server.assertNoViolations();
  });

  it("refuses a fault for an operationId GitHub does not have", () => {
    expect(() => server.failNext({ operationId: "repos/frobnicate", status: 500 })).toThrow(/not an operationId/);
  });
});
