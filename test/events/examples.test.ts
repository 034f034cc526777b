import { describe, expect, test } from "vitest";
import { type GitHubRunContext, flowEventFromGitHub } from "../../src/events/index.js";
import { githubExample, webhookExampleSets } from "./webhook-examples.js";

// Every payload GitHub documents must map, give a stable printable id, and — for the
// api.github.com set — give each delivery its own id.

const NOW = new Date("2024-05-01T12:00:00.000Z");
const [apiSet, ...ghesSets] = webhookExampleSets();

function idOf(eventName: string, payload: unknown, context: GitHubRunContext): string {
  return flowEventFromGitHub({ eventName, payload, context, now: () => NOW }).id;
}

const PRINTABLE_ID = /^github:[\x21-\x39\x3b-\x7e]+:[\x21-\x39\x3b-\x7e]+\/[\x21-\x39\x3b-\x7e]+:[\x21-\x7e]+$/;

describe.each(webhookExampleSets().map((set) => [set.platform, set] as const))("%s webhook examples", (_platform, set) => {
  const events = set.events.map((event) => [event.name, event.examples] as const);

  test.each(events)("every %s example maps to a FlowEvent with a printable github id", (eventName, examples) => {
    examples.forEach((payload, index) => {
      const label = `${eventName}[${index}]`;
      const event = flowEventFromGitHub({ eventName, payload, context: { repository: "ctx/repo", runId: "7" }, now: () => NOW });
      expect(event.id, label).toMatch(PRINTABLE_ID);
      expect(event.type.startsWith(eventName), label).toBe(true);
      expect(event.source, label).toBe("github");
      expect(event.receivedAt, label).toBe(NOW.toISOString());
      if (event.occurredAt !== undefined) expect(new Date(event.occurredAt).toISOString(), label).toBe(event.occurredAt);
      expect(event.payload, label).toMatchObject({ github: payload });
    });
  });

  test.each(events)("every %s example keeps its id when the workflow is re-run", (eventName, examples) => {
    examples.forEach((payload, index) => {
      const first = idOf(eventName, payload, { repository: "ctx/repo", runId: "7", runAttempt: "1", sha: "c0ffee" });
      const rerun = idOf(eventName, structuredClone(payload), { repository: "ctx/repo", runId: "7", runAttempt: "2", sha: "c0ffee" });
      expect(rerun, `${eventName}[${index}]`).toBe(first);
    });
  });
});

// The api.github.com examples document some deliveries several times, with optional fields
// added over the years. Those are one domain event, so they share an id; every group is listed
// here with why, and the test fails if a group appears or disappears.
const VARIANTS =
  "one delivery documented more than once: the examples differ only in optional fields (organization, installation, " +
  "repository.topics/visibility/custom_properties, reactions, app permissions, author details...)";
const SAME_DOMAIN_EVENT: { event: string; examples: number[]; reason: string }[] = [
  { event: "check_run", examples: [0, 4, 5], reason: VARIANTS },
  { event: "check_run", examples: [2, 3], reason: VARIANTS },
  { event: "check_suite", examples: [0, 1, 2, 3], reason: "suite 118578147 completing at one updated_at; [1] also disagrees on head_branch and pull_requests, which do not identify a delivery" },
  { event: "check_suite", examples: [4, 5, 6], reason: VARIANTS },
  { event: "check_suite", examples: [7, 8], reason: VARIANTS },
  { event: "commit_comment", examples: [0, 1, 2, 3, 4], reason: "comment 33548674 is created once; [1] disagrees on its position" },
  { event: "create", examples: [0, 1, 2, 3, 4], reason: "tag simple-tag created at one commit: create payloads carry no commit or time, GITHUB_SHA (the same here) is what tells a re-creation apart" },
  { event: "dependabot_alert", examples: [0, 2], reason: VARIANTS },
  { event: "deployment", examples: [0, 1, 2, 3], reason: "deployment 145988746 is created once; the examples disagree on its environment and creator" },
  { event: "deployment_status", examples: [0, 1, 2, 3], reason: "deployment status 209916254 is created once, with one state; the examples disagree on the state" },
  { event: "discussion", examples: [4, 5], reason: VARIANTS },
  { event: "discussion", examples: [6, 7], reason: VARIANTS },
  { event: "discussion", examples: [8, 9], reason: VARIANTS },
  { event: "fork", examples: [0, 1, 2], reason: VARIANTS },
  { event: "installation", examples: [0, 3], reason: VARIANTS },
  { event: "installation", examples: [1, 2], reason: VARIANTS },
  { event: "installation_repositories", examples: [0, 1], reason: VARIANTS },
  { event: "issue_comment", examples: [0, 1, 2, 3, 4], reason: "comment 492700400 is created once; the examples differ in the snapshot of its issue" },
  { event: "issue_comment", examples: [5, 6], reason: VARIANTS },
  { event: "issue_comment", examples: [7, 8], reason: VARIANTS },
  { event: "issues", examples: [0, 7, 8], reason: "the same edit (same changes, same updated_at); the examples differ in the issue snapshot" },
  { event: "issues", examples: [1, 2, 3], reason: VARIANTS },
  { event: "issues", examples: [5, 6], reason: VARIANTS },
  { event: "issues", examples: [9, 10], reason: VARIANTS },
  { event: "issues", examples: [11, 12], reason: VARIANTS },
  { event: "issues", examples: [13, 14], reason: VARIANTS },
  { event: "issues", examples: [15, 16, 17, 18], reason: "issue #1 of Codertocat/Hello-World is opened once; the examples differ in body and changes" },
  { event: "issues", examples: [22, 23], reason: VARIANTS },
  { event: "issues", examples: [24, 25], reason: VARIANTS },
  { event: "issues", examples: [26, 27], reason: VARIANTS },
  { event: "merge_group", examples: [0, 1], reason: VARIANTS },
  { event: "meta", examples: [0, 1], reason: VARIANTS },
  { event: "milestone", examples: [0, 3], reason: VARIANTS },
  { event: "milestone", examples: [1, 2], reason: VARIANTS },
  { event: "package", examples: [0, 2], reason: "version 24147 of package 10696 is published once; the examples differ in its release notes" },
  { event: "ping", examples: [0, 1, 2], reason: "the ping of hook 109948940 at one updated_at; the examples disagree on the hook URL" },
  { event: "project", examples: [0, 1, 2], reason: VARIANTS },
  { event: "project_card", examples: [0, 1, 2, 3, 4], reason: "card 21567453 is created once; [3] disagrees on its note" },
  { event: "project_card", examples: [5, 6, 7], reason: VARIANTS },
  { event: "project_column", examples: [0, 1, 2], reason: VARIANTS },
  { event: "pull_request", examples: [0, 12, 13, 14], reason: "PR #2 is opened once; the examples differ in body, labels and head repository settings" },
  { event: "pull_request", examples: [1, 2], reason: VARIANTS },
  { event: "pull_request", examples: [3, 4], reason: VARIANTS },
  { event: "pull_request", examples: [5, 6, 7], reason: VARIANTS },
  { event: "pull_request", examples: [8, 9], reason: VARIANTS },
  { event: "pull_request", examples: [10, 11], reason: VARIANTS },
  { event: "pull_request", examples: [15, 16, 17], reason: VARIANTS },
  { event: "pull_request", examples: [18, 19], reason: VARIANTS },
  { event: "pull_request", examples: [23, 24], reason: VARIANTS },
  { event: "pull_request", examples: [25, 26], reason: VARIANTS },
  { event: "pull_request", examples: [27, 28], reason: VARIANTS },
  { event: "pull_request_review", examples: [0, 2, 3], reason: "review 237895671 is submitted once; the examples differ in the PR snapshot" },
  { event: "pull_request_review_comment", examples: [0, 1, 2], reason: "review comment 284312630 is created once; [1] and [2] add line fields" },
  { event: "push", examples: [1, 2, 3, 6], reason: "deleting refs/tags/simple-tag at 6113728; the examples differ in the compare URL" },
  { event: "push", examples: [4, 5], reason: "master pushed to 6113728; the examples differ in commit author details" },
  { event: "release", examples: [0, 10, 11], reason: "tag 0.0.1 published: release.published is keyed by tag on purpose (upstream-release identity); the examples differ in name and body" },
  { event: "release", examples: [1, 2, 3], reason: VARIANTS },
  { event: "release", examples: [4, 5], reason: VARIANTS },
  { event: "repository", examples: [0, 7, 8], reason: "repository 186853002 made public at one updated_at; [8] disagrees on the owner object" },
  { event: "repository", examples: [1, 2], reason: VARIANTS },
  { event: "repository", examples: [5, 6], reason: "repository 186853002 made private at one updated_at; [6] disagrees on the owner object" },
  { event: "repository", examples: [10, 11, 12], reason: VARIANTS },
  { event: "repository_import", examples: [0, 1], reason: VARIANTS },
  { event: "status", examples: [0, 1, 2, 3], reason: "commit status 6805126730 is created once; [2] differs in the commit snapshot" },
  { event: "workflow_job", examples: [1, 2], reason: "attempt 1 of job 289782451 completes once; the examples disagree on its conclusion" },
  { event: "workflow_run", examples: [1, 2], reason: VARIANTS },
  { event: "workflow_run", examples: [3, 4], reason: "attempt 1 of run 289782451 is requested once; the examples disagree on its status" },
];

test("distinct api.github.com example deliveries get distinct ids, except the listed same-event groups", () => {
  const byId = new Map<string, string[]>();
  let run = 0;
  for (const event of apiSet?.events ?? []) {
    event.examples.forEach((payload, index) => {
      // Every delivery starts its own workflow run, so each example gets its own run id.
      run += 1;
      const id = idOf(event.name, payload, { repository: "ctx/repo", runId: String(9000 + run), sha: "c0ffee" });
      byId.set(id, [...(byId.get(id) ?? []), `${event.name}[${index}]`]);
    });
  }
  const shared = [...byId.values()].filter((labels) => labels.length > 1).map((labels) => labels.join(" "));
  const listed = SAME_DOMAIN_EVENT.map((group) => group.examples.map((index) => `${group.event}[${index}]`).join(" "));
  expect(shared.sort()).toEqual(listed.sort());
  expect(run).toBeGreaterThan(300);
});

test("the GHES example sets are checked too", () => {
  expect(ghesSets.map((set) => set.platform)).toEqual(["ghes-31", "ghes-32", "ghes-33", "ghes-34", "ghes-35"]);
});

describe("pinned ids", () => {
  const context: GitHubRunContext = { repository: "octo-org/octo-repo", runId: "4242", runAttempt: "3", sha: "c0ffee" };

  test("release.published is keyed by its tag", () => {
    expect(idOf("release", githubExample("release", 0, "published"), context)).toBe(
      "github:release.published:Codertocat/Hello-World:0.0.1",
    );
  });

  test("push is keyed by ref and the commit it now points at", () => {
    expect(idOf("push", githubExample("push", 4), context)).toBe(
      "github:push:Codertocat/Hello-World:refs/heads/master@6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    );
  });

  test("pull_request.opened is keyed by number and head sha", () => {
    expect(idOf("pull_request", githubExample("pull_request", 0, "opened"), context)).toBe(
      "github:pull_request.opened:Codertocat/Hello-World:pr-2@ec26c3e57ca3a959ca5aad62de7213c562f8c821",
    );
  });

  test("issue_comment.created is keyed by the comment id", () => {
    expect(idOf("issue_comment", githubExample("issue_comment", 0, "created"), context)).toBe(
      "github:issue_comment.created:Codertocat/Hello-World:comment-492700400",
    );
  });

  test("schedule is keyed by its cron, encoded, and the run", () => {
    const payload = { schedule: "*/15 * * * *", repository: { full_name: "octo-org/octo-repo" } };
    expect(idOf("schedule", payload, context)).toBe("github:schedule:octo-org/octo-repo:*/15%20*%20*%20*%20*@run-4242");
  });

  test("workflow_dispatch is keyed by the run", () => {
    expect(idOf("workflow_dispatch", githubExample("workflow_dispatch", 0), context)).toBe(
      "github:workflow_dispatch:octo-org/octo-repo:run-4242",
    );
  });

  test("repository_dispatch is typed by its event_type and keyed by the run", () => {
    expect(idOf("repository_dispatch", githubExample("repository_dispatch", 0, "on-demand-test"), context)).toBe(
      "github:repository_dispatch.on-demand-test:octo-org/octo-repo:run-4242",
    );
  });
});
