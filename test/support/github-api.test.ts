import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "./github-api/index.js";

const OWNER = "octo-org";
const REPO = "tool";
const REPO_NAME = `${OWNER}/${REPO}`;
const SHA = "a".repeat(40);

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer({
    tokens: { ghp_alice: { login: "alice", id: 501, type: "User", kind: "user" } },
  });
});

afterEach(async () => {
  await server.close();
});

function octokit(token = "ghs_workflow_token") {
  return getOctokit(token, { baseUrl: server.url });
}

describe("the spec-checked GitHub fake", () => {
  it("knows every operation in GitHub's description and loads it within the startup budget", () => {
    // CPU time, not the wall clock: 0.45 s of wall clock alone took 5.0 s beside two busy loops
    // and other test files. Reading the dereferenced description (73 MB) instead of this one (13 MB)
    // costs seconds of CPU.
    const { cpuMs } = server.specTimings;
    expect(cpuMs).toBeLessThan(5_000);
    expect(server.violations).toEqual([]);
  });

  it("creates, pages through and updates issue comments as the workflow token's bot", async () => {
    const gh = octokit();
    for (let i = 1; i <= 7; i++) {
      await gh.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 12, body: `comment ${i}` });
    }
    const first = await gh.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 12, per_page: 3 });
    expect(first.headers.link).toMatch(/page=2>; rel="next"/);
    expect(first.headers.link).toMatch(/page=3>; rel="last"/);

    const all = await gh.paginate(gh.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 12,
      per_page: 3,
    });
    expect(all.map((c) => c.body)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `comment ${i}`));
    expect(all.every((c) => c.user?.login === "github-actions[bot]")).toBe(true);

    const target = all[4]!;
    await gh.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: target.id, body: "edited" });
    expect(server.github.comments.list(REPO_NAME, 12)[4]?.body).toBe("edited");
    expect(server.requestsFor("issues/list-comments").map((r) => r.query.page)).toEqual([
      undefined,
      undefined,
      "2",
      "3",
    ]);
    server.assertNoViolations();
  });

  it("attributes comments to the account behind a personal access token", async () => {
    const created = await octokit("ghp_alice").rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 3,
      body: "hi",
    });
    expect(created.data.user?.login).toBe("alice");
    const me = await octokit("ghp_alice").rest.users.getAuthenticated();
    expect(me.data.login).toBe("alice");
    server.assertNoViolations();
  });

  it("accepts Bearer tokens and shows seeded comments next to new ones", async () => {
    server.github.comments.add(REPO_NAME, 5, { body: "earlier", author: { login: "bob", id: 9, type: "User" } });
    const gh = getOctokit("", { baseUrl: server.url, auth: "Bearer ghp_alice" });
    await gh.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 5, body: "later" });
    const listed = await gh.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 5 });
    expect(listed.data.map((c) => [c.user?.login, c.body])).toEqual([
      ["bob", "earlier"],
      ["alice", "later"],
    ]);
    server.assertNoViolations();
  });

  it("answers 401 Bad credentials for unknown tokens when told to", async () => {
    const strict = await startGitHubApiServer({ unknownTokens: null });
    try {
      const gh = getOctokit("ghs_revoked", { baseUrl: strict.url });
      await expect(gh.rest.repos.listReleases({ owner: OWNER, repo: REPO })).rejects.toMatchObject({ status: 401 });
      strict.assertNoViolations();
    } finally {
      await strict.close();
    }
  });

  it("refuses GET /user for an installation token like GitHub does", async () => {
    await expect(octokit().rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    server.assertNoViolations();
  });

  it("accumulates check run annotations across updates and lists runs by name for a commit", async () => {
    const gh = octokit();
    const annotation = (line: number) => ({
      path: "src/a.ts",
      start_line: line,
      end_line: line,
      annotation_level: "warning" as const,
      message: `problem on ${line}`,
    });
    const run = await gh.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: "flows / lint",
      head_sha: SHA,
      status: "in_progress",
      output: { title: "Running", summary: "…", annotations: [annotation(1), annotation(2)] },
    });
    await gh.rest.checks.create({ owner: OWNER, repo: REPO, name: "flows / other", head_sha: SHA });
    const updated = await gh.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: run.data.id,
      conclusion: "failure",
      output: { title: "3 problems", summary: "see annotations", annotations: [annotation(3)] },
    });
    expect(updated.data).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(updated.data.output.annotations_count).toBe(3);
    expect(server.github.checkRuns.annotations(run.data.id).map((a) => a.start_line)).toEqual([1, 2, 3]);

    const listed = await gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: SHA, check_name: "flows / lint" });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs[0]?.id).toBe(run.data.id);
    const annotations = await gh.rest.checks.listAnnotations({ owner: OWNER, repo: REPO, check_run_id: run.data.id });
    expect(annotations.data.map((a) => a.message)).toEqual(["problem on 1", "problem on 2", "problem on 3"]);
    server.assertNoViolations();
  });

  it("pages releases newest first and answers an unchanged ETag with 304 until a release is added", async () => {
    const gh = octokit();
    for (let i = 1; i <= 5; i++) {
      server.github.releases.add(REPO_NAME, {
        tagName: `v1.${i}.0`,
        body: `notes ${i}`,
        createdAt: `2024-0${i}-01T00:00:00Z`,
        prerelease: i === 5,
      });
    }
    server.github.releases.add(REPO_NAME, { tagName: "v2.0.0-draft", draft: true, createdAt: "2024-06-01T00:00:00Z" });
    const first = await gh.rest.repos.listReleases({ owner: OWNER, repo: REPO, per_page: 2 });
    expect(first.data.map((r) => r.tag_name)).toEqual(["v2.0.0-draft", "v1.5.0"]);
    expect(first.data[0]).toMatchObject({ draft: true, published_at: null });
    expect(first.headers.link).toContain('rel="last"');
    const etag = first.headers.etag ?? "";
    expect(etag).toMatch(/^W\/"/);

    const conditional = { owner: OWNER, repo: REPO, per_page: 2, headers: { "if-none-match": etag } };
    await expect(gh.rest.repos.listReleases(conditional)).rejects.toMatchObject({ status: 304 });
    server.github.releases.add(REPO_NAME, { tagName: "v3.0.0", createdAt: "2024-07-01T00:00:00Z" });
    const changed = await gh.rest.repos.listReleases(conditional);
    expect(changed.data[0]?.tag_name).toBe("v3.0.0");
    expect(changed.headers.etag).not.toBe(etag);
    server.assertNoViolations();
  });

  it("resolves a release's tag to its commit through git refs and annotated tag objects", async () => {
    const gh = octokit();
    const commit = "c".repeat(40);
    server.github.releases.addTag(REPO_NAME, { tag: "v1.2.0", commitSha: commit, annotated: true });
    server.github.releases.add(REPO_NAME, { tagName: "v1.2.0", body: "notes" });
    const release = await gh.rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag: "v1.2.0" });
    expect(release.data.html_url).toBe(`https://github.com/${REPO_NAME}/releases/tag/v1.2.0`);

    const ref = await gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: "tags/v1.2.0" });
    expect(ref.data.object.type).toBe("tag");
    const tag = await gh.rest.git.getTag({ owner: OWNER, repo: REPO, tag_sha: ref.data.object.sha });
    expect(tag.data.object).toMatchObject({ type: "commit", sha: commit });

    const raw = await fetch(`${server.url}/repos/${REPO_NAME}/git/ref/tags/v1.2.0`);
    expect(raw.status).toBe(200);
    await expect(gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: "tags/v9" })).rejects.toMatchObject({
      status: 404,
    });
    server.assertNoViolations();
  });

  it("answers a workflow job, a check suite and a check run seeded with an event's ids, each as its repository's, within the spec", async () => {
    const gh = octokit();
    server.github.pulls.add(REPO_NAME, { number: 2, headSha: SHA });
    server.github.automation.addWorkflowJob(REPO_NAME, { id: 8, runId: 77, headSha: SHA });
    server.github.automation.addCheckSuite(REPO_NAME, { id: 5, headSha: SHA, pullRequests: [2, { number: 9, repo: "upstream-org/tool" }] });
    server.github.checkRuns.seed(REPO_NAME, [{ id: 6, name: "lint", head_sha: SHA }]);
    const job = await gh.rest.actions.getJobForWorkflowRun({ owner: OWNER, repo: REPO, job_id: 8 });
    expect([job.data.id, job.data.run_id, job.data.head_sha]).toEqual([8, 77, SHA]);
    const suite = await gh.rest.checks.getSuite({ owner: OWNER, repo: REPO, check_suite_id: 5 });
    expect([suite.data.head_sha, suite.data.pull_requests?.map((pull) => [pull.number, pull.base.repo.url.replace(server.url, "")])]).toEqual([
      SHA,
      [
        [2, `/repos/${REPO_NAME}`],
        [9, "/repos/upstream-org/tool"],
      ],
    ]);
    const check = await gh.rest.checks.get({ owner: OWNER, repo: REPO, check_run_id: 6 });
    expect([check.data.head_sha, check.data.pull_requests.map((pull) => pull.number)]).toEqual([SHA, [2]]);
    for (const read of [
      gh.rest.actions.getJobForWorkflowRun({ owner: OWNER, repo: "other", job_id: 8 }),
      gh.rest.checks.getSuite({ owner: OWNER, repo: "other", check_suite_id: 5 }),
      gh.rest.checks.get({ owner: OWNER, repo: "other", check_run_id: 6 }),
    ]) {
      await expect(read).rejects.toMatchObject({ status: 404 });
    }
    server.assertNoViolations();
  });

  it("finds a pull request by number and by its head commit", async () => {
    const gh = octokit();
    server.github.pulls.add(REPO_NAME, { number: 42, headSha: SHA, headRef: "fix", title: "Fix it", labels: ["bug"] });
    const pull = await gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 42 });
    expect(pull.data).toMatchObject({ number: 42, title: "Fix it", head: { ref: "fix", sha: SHA } });
    const forCommit = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: OWNER,
      repo: REPO,
      commit_sha: SHA,
    });
    expect(forCommit.data.map((p) => p.number)).toEqual([42]);
    const repo = await gh.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.data.full_name).toBe(REPO_NAME);
    server.assertNoViolations();
  });

  it("downloads an artifact by following the 302 to the stored zip", async () => {
    const gh = octokit();
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    server.github.artifacts.add(REPO_NAME, { name: "other", zip: new Uint8Array([1]) });
    const artifact = server.github.artifacts.add(REPO_NAME, { name: "flows-state", zip, runId: 77 });

    const listed = await gh.rest.actions.listArtifactsForRepo({ owner: OWNER, repo: REPO, name: "flows-state" });
    expect(listed.data.artifacts.map((a) => a.id)).toEqual([artifact.id]);
    const forRun = await gh.rest.actions.listWorkflowRunArtifacts({ owner: OWNER, repo: REPO, run_id: 77 });
    expect(forRun.data.total_count).toBe(1);

    const params = { owner: OWNER, repo: REPO, artifact_id: artifact.id, archive_format: "zip" };
    const manual = await gh.rest.actions.downloadArtifact({ ...params, request: { redirect: "manual" } });
    expect(manual.status).toBe(302);
    const downloaded = await gh.rest.actions.downloadArtifact(params);
    expect(new Uint8Array(downloaded.data as ArrayBuffer)).toEqual(zip);
    server.assertNoViolations();
  });
});
