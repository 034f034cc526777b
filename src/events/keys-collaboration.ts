import { type JsonObject, idAt, loginAt, numberAt, objectAt, stringAt } from "./fields.js";
import { idKey } from "./id.js";
import { type KeyFamily, type NaturalKeyInput, delivery, runDelivery } from "./key-parts.js";

// Natural keys of pull requests, issues, discussions, reviews and comments.

// Labels, assignees, reviewers and milestones: two of them can change in the same second
// (a PR opened with two labels sends two `labeled` deliveries with one updated_at).
function subjectOf(payload: JsonObject): string {
  const label = stringAt(objectAt(payload, "label"), "name");
  if (label !== undefined) return idKey`:label-${label}`;
  const assignee = loginAt(payload, "assignee");
  if (assignee !== undefined) return idKey`:assignee-${assignee}`;
  const reviewer = loginAt(payload, "requested_reviewer");
  if (reviewer !== undefined) return idKey`:reviewer-${reviewer}`;
  const team = stringAt(objectAt(payload, "requested_team"), "slug");
  if (team !== undefined) return idKey`:team-${team}`;
  const milestone = numberAt(objectAt(payload, "milestone"), "number");
  if (milestone !== undefined) return idKey`:milestone-${milestone}`;
  return "";
}

// GitHub does not move updated_at when pinning (see the webhook examples), so these actions
// are told apart by the run.
const UNVERSIONED_ACTIONS = new Set(["pinned", "unpinned"]);

/** `@<updated_at>` of the issue/PR/discussion, or the run for actions that do not bump it. */
function threadDelivery(input: NaturalKeyInput, thread: JsonObject | undefined): string {
  return UNVERSIONED_ACTIONS.has(input.action ?? "") ? runDelivery(input) : delivery(input, thread);
}

// pull_request, pull_request_target: the PR and its head commit. `opened` happens once per PR
// and `synchronize` once per head (like push, a head that comes back is the same event); every
// other action can repeat, so it adds its subject and the PR's updated_at.
function pullRequestBase(payload: JsonObject): string | undefined {
  const pr = objectAt(payload, "pull_request");
  const number = numberAt(pr, "number");
  const sha = stringAt(objectAt(pr, "head"), "sha");
  return number === undefined || sha === undefined ? undefined : idKey`pr-${number}@${sha}`;
}

export function pullRequestKey(input: NaturalKeyInput): string | undefined {
  const base = pullRequestBase(input.payload);
  if (base === undefined) return undefined;
  if (input.action === "opened" || input.action === "synchronize") return base;
  return `${base}${subjectOf(input.payload)}@${threadDelivery(input, objectAt(input.payload, "pull_request"))}`;
}

// pull_request_review: a review id is submitted and dismissed once; edits leave no time in the
// payload, so an edit is told apart by the run.
export function reviewKey(input: NaturalKeyInput): string | undefined {
  const base = pullRequestBase(input.payload);
  const review = idAt(objectAt(input.payload, "review"), "id");
  if (base === undefined || review === undefined) return undefined;
  const key = `${base}${idKey`:review-${review}`}`;
  return input.action === "edited" ? `${key}@${runDelivery(input)}` : key;
}

// pull_request_review_comment: a comment is created and deleted once; an edit moves updated_at.
export function reviewCommentKey(input: NaturalKeyInput): string | undefined {
  const base = pullRequestBase(input.payload);
  const comment = objectAt(input.payload, "comment");
  const id = idAt(comment, "id");
  if (base === undefined || id === undefined) return undefined;
  const key = `${base}${idKey`:comment-${id}`}`;
  return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}

// pull_request_review_thread: resolving and unresolving can repeat and carry no time.
export function reviewThreadKey(input: NaturalKeyInput): string | undefined {
  const base = pullRequestBase(input.payload);
  const thread = stringAt(objectAt(input.payload, "thread"), "node_id");
  if (base === undefined || thread === undefined) return undefined;
  return `${base}${idKey`:thread-${thread}`}@${runDelivery(input)}`;
}

// issues, discussion: an issue is opened, deleted and transferred away once; other actions
// repeat, so they add their subject and the issue's updated_at.
const ONCE_PER_THREAD = new Set(["opened", "created", "deleted", "transferred"]);

export function threadKey(kind: "issue" | "discussion"): KeyFamily {
  return (input) => {
    const thread = objectAt(input.payload, kind);
    const number = numberAt(thread, "number");
    if (number === undefined) return undefined;
    const base = idKey`${kind}-${number}`;
    if (ONCE_PER_THREAD.has(input.action ?? "")) return base;
    return `${base}${subjectOf(input.payload)}@${threadDelivery(input, thread)}`;
  };
}

// issue_comment, discussion_comment: comment ids are unique; created and deleted happen once,
// each edit moves updated_at.
export function commentKey(input: NaturalKeyInput): string | undefined {
  const comment = objectAt(input.payload, "comment");
  const id = idAt(comment, "id");
  if (id === undefined) return undefined;
  const key = idKey`comment-${id}`;
  return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}
