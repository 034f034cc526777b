import { type JsonObject, idAt, isObject } from "./fields.js";
import { idKey } from "./id.js";
import { type KeyFamily, type NaturalKeyInput, delivery, runDelivery } from "./key-parts.js";
import {
  attemptKey,
  checkRunKey,
  checkSuiteKey,
  deploymentKey,
  deploymentStatusKey,
  dispatchKey,
  scheduleKey,
  statusKey,
} from "./keys-automation.js";
import { createKey, deleteKey, mergeGroupKey, packageKey, pushKey, releaseKey } from "./keys-code.js";
import {
  commentKey,
  pullRequestKey,
  reviewCommentKey,
  reviewKey,
  reviewThreadKey,
  threadKey,
} from "./keys-collaboration.js";

// The natural key: the part of a FlowEvent id after `github:<type>:<owner>/<repo>:`. The type
// already carries the event name and action, so a key only has to tell apart deliveries of the
// same type in the same repository. Two rules hold for every family:
// - the same delivery gives the same key: in every workflow it reaches and in every re-run
//   (a re-run keeps the payload, GITHUB_SHA and GITHUB_RUN_ID; only GITHUB_RUN_ATTEMPT changes,
//   and it is never used);
// - two deliveries give two keys: when the payload itself cannot tell two deliveries apart
//   (toggling a label twice, two edits with the same text), `deliveryDiscriminator` falls back
//   to the run id, then to a payload digest.
//
// Each family says next to its code why its key is what it is.

export type { NaturalKeyInput } from "./key-parts.js";

/** The natural key of a GitHub delivery; families that cannot read their payload fall back. */
export function naturalKey(input: NaturalKeyInput): string {
  // Own keys only: an event named `toString` or `__proto__` is an unknown event, not Object's.
  const family = Object.hasOwn(FAMILIES, input.eventName) ? FAMILIES[input.eventName] : undefined;
  return family?.(input) ?? genericKey(input);
}

const FAMILIES: Record<string, KeyFamily> = {
  push: pushKey,
  pull_request: pullRequestKey,
  pull_request_target: pullRequestKey,
  pull_request_review: reviewKey,
  pull_request_review_comment: reviewCommentKey,
  pull_request_review_thread: reviewThreadKey,
  issues: threadKey("issue"),
  discussion: threadKey("discussion"),
  issue_comment: commentKey,
  discussion_comment: commentKey,
  release: releaseKey,
  create: createKey,
  delete: deleteKey,
  workflow_dispatch: dispatchKey,
  repository_dispatch: dispatchKey,
  schedule: scheduleKey,
  workflow_run: attemptKey("workflow_run", "run"),
  workflow_job: attemptKey("workflow_job", "job"),
  check_suite: checkSuiteKey,
  check_run: checkRunKey,
  merge_group: mergeGroupKey,
  deployment: deploymentKey,
  deployment_status: deploymentStatusKey,
  status: statusKey,
  package: packageKey,
  registry_package: packageKey,
};

// Any other event: the most specific object that has an id — the one named like the event
// (`label` for label), or like its last word (`alert` for code_scanning_alert), or sharing its
// prefix (`forkee` for fork, `installation` for installation_repositories), else the first
// other object with an id — plus what tells its deliveries apart (its updated_at, else the run,
// else a digest). No such object: the run, else a digest of the payload.
const CONTEXT_OBJECTS = new Set(["repository", "organization", "sender", "installation", "enterprise", "changes"]);

function genericKey(input: NaturalKeyInput): string {
  const subject = subjectObject(input.eventName, input.payload);
  if (subject === undefined) return runDelivery(input);
  return `${idKey`${subject.name}-${subject.id}`}@${delivery(input, subject.value)}`;
}

function subjectObject(
  eventName: string,
  payload: JsonObject,
): { name: string; id: string; value: JsonObject } | undefined {
  const names = Object.keys(payload).filter((name) => isObject(payload[name]));
  const related = (name: string): boolean => eventName.startsWith(name) || name.startsWith(eventName);
  const lastWord = eventName.slice(eventName.lastIndexOf("_") + 1);
  const ordered = [
    ...names.filter((name) => name === eventName),
    ...names.filter((name) => name === lastWord && name !== eventName),
    ...names.filter((name) => name !== eventName && name !== lastWord && related(name)),
    ...names.filter((name) => name !== lastWord && !related(name) && !CONTEXT_OBJECTS.has(name)),
  ];
  for (const name of ordered) {
    const value = payload[name] as JsonObject;
    const id = idAt(value, "id") ?? idAt(value, "number");
    if (id !== undefined) return { name, id, value };
  }
  return undefined;
}
