import type { GitHubRunContext } from "./context.js";
import { type JsonObject, loginAt, objectAt, stringAt, timeAt } from "./fields.js";
import {
  checkRunPart,
  checkSuitePart,
  deploymentPart,
  deploymentStatusPart,
  repositoryDispatchPart,
  schedulePart,
  statusPart,
  workflowDispatchPart,
  workflowJobPart,
  workflowRunPart,
} from "./payloads-automation.js";
import {
  type CompactPart,
  createPart,
  deletePart,
  mergeGroupPart,
  packagePart,
  pushPart,
  releasePart,
} from "./payloads-code.js";
import {
  discussionCommentPart,
  discussionPart,
  issueCommentPart,
  issuePart,
  pullRequestPart,
  reviewCommentPart,
  reviewPart,
  reviewThreadPart,
} from "./payloads-collaboration.js";

/** Fields every GitHub FlowEvent payload has. */
export type GitHubPayloadBase = {
  /** `owner/repo` of the event, or null for events outside a repository (installation...). */
  repo: string | null;
  /** Login of the account that caused the event (GITHUB_ACTOR for schedule), or null. */
  sender: string | null;
  /** The webhook `action`, when the event has one. */
  action?: string;
  /** The full webhook payload, unless the caller asked to leave it out. */
  github?: JsonObject;
};

type PartBuilder = (payload: JsonObject, context: GitHubRunContext, eventName: string) => CompactPart;

const PARTS: Record<string, PartBuilder> = {
  push: pushPart,
  create: createPart,
  delete: deletePart,
  release: releasePart,
  merge_group: mergeGroupPart,
  pull_request: pullRequestPart,
  pull_request_target: pullRequestPart,
  pull_request_review: reviewPart,
  pull_request_review_comment: reviewCommentPart,
  pull_request_review_thread: reviewThreadPart,
  issues: issuePart,
  issue_comment: issueCommentPart,
  discussion: discussionPart,
  discussion_comment: discussionCommentPart,
  workflow_dispatch: workflowDispatchPart,
  repository_dispatch: repositoryDispatchPart,
  schedule: schedulePart,
  workflow_run: workflowRunPart,
  workflow_job: workflowJobPart,
  check_suite: checkSuitePart,
  check_run: checkRunPart,
  deployment: deploymentPart,
  deployment_status: deploymentStatusPart,
  status: statusPart,
  package: (payload, _context, eventName) => packagePart(payload, eventName),
  registry_package: (payload, _context, eventName) => packagePart(payload, eventName),
};

/** The repository an event belongs to: the payload's, else GITHUB_REPOSITORY. */
export function eventRepository(payload: JsonObject, context: GitHubRunContext): string | null {
  return stringAt(objectAt(payload, "repository"), "full_name") ?? context.repository ?? null;
}

export type CompactPayloadInput = {
  eventName: string;
  action: string | undefined;
  payload: JsonObject;
  context: GitHubRunContext;
  includeWebhookPayload: boolean;
};

/** The payload flows receive, and the time of the domain event when the payload has one. */
export function compactPayload(input: CompactPayloadInput): { payload: JsonObject; occurredAt?: string } {
  const { eventName, action, payload, context } = input;
  // Own keys only, as for the natural key: `toString` is an unknown event.
  const builder = Object.hasOwn(PARTS, eventName) ? PARTS[eventName] : undefined;
  const part = builder?.(payload, context, eventName) ?? genericPart(eventName, payload);
  const base: GitHubPayloadBase = {
    repo: eventRepository(payload, context),
    sender: loginAt(payload, "sender") ?? context.actor ?? null,
    ...(action !== undefined ? { action } : {}),
  };
  const compact: JsonObject = { ...base, ...part.fields };
  if (input.includeWebhookPayload) compact.github = payload;
  return part.occurredAt === undefined ? { payload: compact } : { payload: compact, occurredAt: part.occurredAt };
}

/** Any other event: the common fields only (the webhook payload is under `github`). */
function genericPart(eventName: string, payload: JsonObject): CompactPart {
  const subject = objectAt(payload, eventName);
  const occurredAt = timeAt(subject, "updated_at") ?? timeAt(subject, "created_at");
  return occurredAt === undefined ? { fields: {} } : { fields: {}, occurredAt };
}
