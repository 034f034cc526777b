import {
  type JsonObject,
  booleanAt,
  definedOnly,
  labelNames,
  loginAt,
  numberAt,
  objectAt,
  stringAt,
  timeAt,
} from "./fields.js";
import type { CompactPart } from "./payloads-code.js";

// Compact payloads of pull requests, issues, discussions and their reviews and comments.
// The event's own subject is flat (a pull_request event's fields are the PR); the parent of a
// sub-resource is nested (`pullRequest` of a review, `issue` of a comment).

export type PullRequestSummary = {
  number: number | null;
  title: string | null;
  state: string | null;
  draft: boolean;
  merged: boolean;
  headSha: string | null;
  headRef: string | null;
  baseSha: string | null;
  baseRef: string | null;
  headRepo: string | null;
  /** The head branch lives in another repository than the base. */
  fork: boolean;
  author: string | null;
  labels: string[];
  url: string | null;
};

export function pullRequestSummary(pr: JsonObject | undefined): PullRequestSummary {
  const head = objectAt(pr, "head");
  const base = objectAt(pr, "base");
  const headRepo = stringAt(objectAt(head, "repo"), "full_name") ?? null;
  const baseRepo = stringAt(objectAt(base, "repo"), "full_name") ?? null;
  return {
    number: numberAt(pr, "number") ?? null,
    title: stringAt(pr, "title") ?? null,
    state: stringAt(pr, "state") ?? null,
    draft: booleanAt(pr, "draft") ?? false,
    merged: booleanAt(pr, "merged") ?? false,
    headSha: stringAt(head, "sha") ?? null,
    headRef: stringAt(head, "ref") ?? null,
    baseSha: stringAt(base, "sha") ?? null,
    baseRef: stringAt(base, "ref") ?? null,
    headRepo,
    // A deleted fork leaves head.repo null; it was not the base repository either.
    fork: headRepo === null || (baseRepo !== null && headRepo !== baseRepo),
    author: loginAt(pr, "user") ?? null,
    labels: labelNames(pr),
    url: stringAt(pr, "html_url") ?? null,
  };
}

/** What a labeled/assigned/review_requested/milestoned delivery is about. */
function subjectFields(payload: JsonObject): JsonObject {
  return definedOnly({
    label: stringAt(objectAt(payload, "label"), "name"),
    assignee: loginAt(payload, "assignee"),
    requestedReviewer: loginAt(payload, "requested_reviewer"),
    requestedTeam: stringAt(objectAt(payload, "requested_team"), "slug"),
    milestone: numberAt(objectAt(payload, "milestone"), "number"),
  });
}

export function pullRequestPart(payload: JsonObject): CompactPart {
  const pr = objectAt(payload, "pull_request");
  return {
    fields: {
      ...pullRequestSummary(pr),
      ...subjectFields(payload),
      ...definedOnly({ before: stringAt(payload, "before"), after: stringAt(payload, "after") }),
    },
    occurredAt: timeAt(pr, "updated_at"),
  };
}

function commentSummary(comment: JsonObject | undefined): JsonObject {
  return definedOnly({
    id: numberAt(comment, "id"),
    body: stringAt(comment, "body") ?? "",
    author: loginAt(comment, "user"),
    url: stringAt(comment, "html_url"),
    createdAt: timeAt(comment, "created_at"),
    updatedAt: timeAt(comment, "updated_at"),
  });
}

export function reviewPart(payload: JsonObject): CompactPart {
  const review = objectAt(payload, "review");
  return {
    fields: {
      pullRequest: pullRequestSummary(objectAt(payload, "pull_request")),
      review: definedOnly({
        id: numberAt(review, "id"),
        state: stringAt(review, "state"),
        body: stringAt(review, "body") ?? "",
        author: loginAt(review, "user"),
        commitId: stringAt(review, "commit_id"),
        url: stringAt(review, "html_url"),
        submittedAt: timeAt(review, "submitted_at"),
      }),
    },
    occurredAt: timeAt(review, "submitted_at") ?? timeAt(objectAt(payload, "pull_request"), "updated_at"),
  };
}

export function reviewCommentPart(payload: JsonObject): CompactPart {
  const comment = objectAt(payload, "comment");
  return {
    fields: {
      pullRequest: pullRequestSummary(objectAt(payload, "pull_request")),
      comment: {
        ...commentSummary(comment),
        ...definedOnly({
          path: stringAt(comment, "path"),
          line: numberAt(comment, "line"),
          commitId: stringAt(comment, "commit_id"),
          reviewId: numberAt(comment, "pull_request_review_id"),
        }),
      },
    },
    occurredAt: timeAt(comment, "updated_at"),
  };
}

export function reviewThreadPart(payload: JsonObject): CompactPart {
  const thread = objectAt(payload, "thread");
  return {
    fields: {
      pullRequest: pullRequestSummary(objectAt(payload, "pull_request")),
      thread: definedOnly({ id: stringAt(thread, "node_id") }),
    },
    occurredAt: timeAt(objectAt(payload, "pull_request"), "updated_at"),
  };
}

function issueSummary(issue: JsonObject | undefined): JsonObject {
  return {
    number: numberAt(issue, "number") ?? null,
    title: stringAt(issue, "title") ?? null,
    state: stringAt(issue, "state") ?? null,
    author: loginAt(issue, "user") ?? null,
    labels: labelNames(issue),
    url: stringAt(issue, "html_url") ?? null,
    // Comments on pull requests arrive as issue_comment with issue.pull_request set.
    isPullRequest: objectAt(issue, "pull_request") !== undefined,
  };
}

export function issuePart(payload: JsonObject): CompactPart {
  const issue = objectAt(payload, "issue");
  return { fields: { ...issueSummary(issue), ...subjectFields(payload) }, occurredAt: timeAt(issue, "updated_at") };
}

export function issueCommentPart(payload: JsonObject): CompactPart {
  const comment = objectAt(payload, "comment");
  return {
    fields: { issue: issueSummary(objectAt(payload, "issue")), comment: commentSummary(comment) },
    occurredAt: timeAt(comment, "updated_at"),
  };
}

function discussionSummary(discussion: JsonObject | undefined): JsonObject {
  return {
    number: numberAt(discussion, "number") ?? null,
    title: stringAt(discussion, "title") ?? null,
    state: stringAt(discussion, "state") ?? null,
    category: stringAt(objectAt(discussion, "category"), "name") ?? null,
    author: loginAt(discussion, "user") ?? null,
    url: stringAt(discussion, "html_url") ?? null,
  };
}

export function discussionPart(payload: JsonObject): CompactPart {
  const discussion = objectAt(payload, "discussion");
  return {
    fields: {
      ...discussionSummary(discussion),
      ...subjectFields(payload),
      ...definedOnly({ answerId: numberAt(objectAt(payload, "answer"), "id") }),
    },
    occurredAt: timeAt(discussion, "updated_at"),
  };
}

export function discussionCommentPart(payload: JsonObject): CompactPart {
  const comment = objectAt(payload, "comment");
  return {
    fields: {
      discussion: discussionSummary(objectAt(payload, "discussion")),
      comment: commentSummary(comment),
    },
    occurredAt: timeAt(comment, "updated_at"),
  };
}
