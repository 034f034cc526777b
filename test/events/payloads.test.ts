import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { type GitHubRunContext, PUSH_COMMITS_LIMIT, flowEventFromGitHub } from "../../src/events/index.js";
import { githubExample } from "./webhook-examples.js";

const NOW = new Date("2024-05-01T12:00:00.000Z");
const RUN: GitHubRunContext = { repository: "octo-org/octo-repo", runId: "100", sha: "c0ffee", actor: "scheduler" };

function compact(eventName: string, payload: unknown, context: GitHubRunContext = RUN): Record<string, unknown> {
  const event = flowEventFromGitHub({ eventName, payload, context, now: () => NOW, includeWebhookPayload: false });
  return event.payload as Record<string, unknown>;
}

// The upstream-release payload schema used by existing flow packages (shared/flow-contracts.md).
const UPSTREAM_RELEASE_SCHEMA = {
  type: "object",
  required: ["repo", "tag"],
  properties: {
    provider: { type: "string" },
    repo: { type: "string" },
    tag: { type: "string" },
    url: { type: "string" },
    publishedAt: { type: "string" },
  },
};

describe("release", () => {
  test("a published release becomes a compact payload, timed by published_at", () => {
    const event = flowEventFromGitHub({
      eventName: "release",
      payload: githubExample("release", 0, "published"),
      context: RUN,
      now: () => NOW,
    });
    const { github, ...fields } = event.payload as Record<string, unknown>;
    expect(fields).toEqual({
      repo: "Codertocat/Hello-World",
      sender: "Codertocat",
      action: "published",
      provider: "github",
      tag: "0.0.1",
      name: null,
      url: "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
      id: 17372790,
      prerelease: false,
      draft: false,
      publishedAt: "2019-05-15T15:20:53.000Z",
      targetCommitish: "master",
      author: "Codertocat",
    });
    expect(github).toEqual(githubExample("release", 0));
    expect(event.occurredAt).toBe("2019-05-15T15:20:53.000Z");
    expect(event.receivedAt).toBe(NOW.toISOString());
  });

  test("a release payload passes the upstream-release schema of existing flow packages", () => {
    const validate = new Ajv().compile(UPSTREAM_RELEASE_SCHEMA);
    const payload = compact("release", githubExample("release", 0, "published"));
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...payload, tag: undefined })).toBe(false);
  });
});

describe("push", () => {
  test("a branch push lists its commits by first line and names the branch", () => {
    const payload = githubExample("push", 4);
    payload.commits = [{ id: "abc", message: "Fix the thing\n\nLong body", author: { name: "Ann", username: "ann" } }];
    expect(compact("push", payload)).toEqual({
      repo: "Codertocat/Hello-World",
      sender: "Codertocat",
      ref: "refs/heads/master",
      before: "0000000000000000000000000000000000000000",
      after: "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
      branch: "master",
      created: true,
      deleted: false,
      forced: false,
      compare: "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
      pusher: "Codertocat",
      headCommit: { id: "6113728f27ae82c7b1a177c8d03f9e96e0adf246", message: "Initial commit", author: "Codertocat" },
      commits: [{ id: "abc", message: "Fix the thing", author: "ann" }],
      commitCount: 1,
    });
  });

  test("a long push keeps the last 20 commits and the full count", () => {
    const payload = githubExample("push", 4);
    payload.commits = Array.from({ length: 25 }, (_, index) => ({ id: `c${index}`, message: `m${index}`, author: { name: "A" } }));
    const fields = compact("push", payload);
    const commits = fields.commits as { id: string }[];
    expect(commits).toHaveLength(PUSH_COMMITS_LIMIT);
    expect(commits[0]?.id).toBe("c5");
    expect(commits.at(-1)?.id).toBe("c24");
    expect(fields.commitCount).toBe(25);
  });

  test("a tag push names the tag and is timed by the push, not the commit", () => {
    const event = flowEventFromGitHub({ eventName: "push", payload: githubExample("push", 0), context: RUN, now: () => NOW });
    expect(event.payload).toMatchObject({ tag: "simple-tag", ref: "refs/tags/simple-tag" });
    expect(event.payload).not.toHaveProperty("branch");
    // repository.pushed_at is 1557933657 (Unix seconds); head_commit.timestamp is 15:20:41.
    expect(event.occurredAt).toBe("2019-05-15T15:20:57.000Z");
  });
});

describe("pull requests, issues and comments", () => {
  test("a labeled pull request is flat, with the label it is about", () => {
    expect(compact("pull_request", githubExample("pull_request", 8, "labeled"))).toEqual({
      repo: "Codertocat/Hello-World",
      sender: "Codertocat",
      action: "labeled",
      number: 2,
      title: "Update the README with new information.",
      state: "open",
      draft: false,
      merged: false,
      headSha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
      headRef: "changes",
      baseSha: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e",
      baseRef: "master",
      headRepo: "Codertocat/Hello-World",
      fork: false,
      author: "Codertocat",
      labels: ["bug"],
      url: "https://github.com/Codertocat/Hello-World/pull/2",
      label: "bug",
    });
  });

  test("a pull request from another repository is a fork", () => {
    const payload = githubExample("pull_request", 0, "opened");
    (payload.pull_request as { head: { repo: { full_name: string } } }).head.repo.full_name = "someone/Hello-World";
    expect(compact("pull_request_target", payload)).toMatchObject({ fork: true, headRepo: "someone/Hello-World" });
  });

  test("an issue comment nests its issue and carries the comment body", () => {
    expect(compact("issue_comment", githubExample("issue_comment", 0, "created"))).toEqual({
      repo: "Codertocat/Hello-World",
      sender: "Codertocat",
      action: "created",
      issue: {
        number: 1,
        title: "Spelling error in the README file",
        state: "open",
        author: "Codertocat",
        labels: ["bug"],
        url: "https://github.com/Codertocat/Hello-World/issues/1",
        isPullRequest: false,
      },
      comment: {
        id: 492700400,
        body: "You are totally right! I'll get this fixed right away.",
        author: "Codertocat",
        url: "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
        createdAt: "2019-05-15T15:20:21.000Z",
        updatedAt: "2019-05-15T15:20:21.000Z",
      },
    });
  });

  test("a review nests its pull request", () => {
    expect(compact("pull_request_review", githubExample("pull_request_review", 0, "submitted"))).toMatchObject({
      pullRequest: { number: 2, headSha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821" },
      review: { id: 237895671, state: "commented", author: "Codertocat" },
    });
  });
});

describe("dispatches, schedules and automation", () => {
  test("workflow_dispatch carries its ref, workflow and inputs", () => {
    const payload = { ...githubExample("workflow_dispatch", 0), inputs: { environment: "staging" } };
    expect(compact("workflow_dispatch", payload)).toEqual({
      repo: "octo-org/octo-repo",
      sender: "octocat",
      ref: "refs/heads/main",
      workflow: ".github/workflows/hello-world-workflow.yml",
      inputs: { environment: "staging" },
    });
  });

  test("repository_dispatch carries its event type and client payload", () => {
    const payload = { ...githubExample("repository_dispatch", 0), client_payload: { unit: true } };
    expect(compact("repository_dispatch", payload)).toMatchObject({
      action: "on-demand-test",
      eventType: "on-demand-test",
      branch: "master",
      clientPayload: { unit: true },
    });
  });

  test("a schedule names its cron and falls back to GITHUB_ACTOR for the sender", () => {
    const payload = { schedule: "0 6 * * 1", repository: { full_name: "octo-org/octo-repo" } };
    expect(compact("schedule", payload, { ...RUN, workflow: "nightly" })).toEqual({
      repo: "octo-org/octo-repo",
      sender: "scheduler",
      schedule: "0 6 * * 1",
      workflow: "nightly",
    });
  });

  test("a merge group names the pull request its queue branch was made for", () => {
    expect(compact("merge_group", githubExample("merge_group", 0, "checks_requested"))).toMatchObject({
      pullRequest: 104,
      baseRef: "refs/heads/main",
      headSha: "2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d",
    });
  });

  test("a completed workflow run says how it ended", () => {
    expect(compact("workflow_run", githubExample("workflow_run", 1, "completed"))).toMatchObject({
      id: 289782451,
      runAttempt: 1,
      event: "repository_dispatch",
      conclusion: "success",
      headBranch: "master",
    });
  });

  test("an event without a compact shape still has repo, sender, action and the webhook payload", () => {
    const payload = githubExample("label", 1, "created");
    const event = flowEventFromGitHub({ eventName: "label", payload, context: RUN, now: () => NOW });
    expect(event.payload).toEqual({ repo: "Codertocat/Hello-World", sender: "Codertocat", action: "created", github: payload });
  });

  test("the webhook payload can be left out", () => {
    expect(compact("label", githubExample("label", 1, "created"))).not.toHaveProperty("github");
  });
});

test("a published package names the version it is about", () => {
  expect(compact("package", githubExample("package", 0, "published"))).toMatchObject({
    id: 10696,
    name: "hello-world-npm",
    packageType: "npm",
    version: "1.0.0",
    versionId: 24147,
  });
});
