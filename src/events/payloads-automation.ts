import type { GitHubRunContext } from "./context.js";
import {
  type JsonObject,
  definedOnly,
  isObject,
  loginAt,
  numberAt,
  objectAt,
  objectsAt,
  stringAt,
  timeAt,
} from "./fields.js";
import type { CompactPart } from "./payloads-code.js";

// Compact payloads of events started by people or machines rather than by code changes:
// dispatches, schedules, workflow runs and jobs, checks, deployments and commit statuses.

export function workflowDispatchPart(payload: JsonObject): CompactPart {
  return {
    fields: definedOnly({
      ref: stringAt(payload, "ref"),
      workflow: stringAt(payload, "workflow"),
      inputs: objectAt(payload, "inputs") ?? {},
    }),
  };
}

export function repositoryDispatchPart(payload: JsonObject): CompactPart {
  return {
    fields: definedOnly({
      eventType: stringAt(payload, "action"),
      branch: stringAt(payload, "branch"),
      clientPayload: objectAt(payload, "client_payload") ?? {},
    }),
  };
}

/** schedule: the cron that fired; GITHUB_WORKFLOW says which workflow it belongs to. */
export function schedulePart(payload: JsonObject, context: GitHubRunContext): CompactPart {
  return {
    fields: definedOnly({
      schedule: stringAt(payload, "schedule"),
      workflow: stringAt(payload, "workflow") ?? context.workflow,
    }),
  };
}

function pullRequestNumbers(source: JsonObject | undefined): number[] {
  return objectsAt(source, "pull_requests")
    .map((pr) => numberAt(pr, "number"))
    .filter((number): number is number => number !== undefined);
}

export function workflowRunPart(payload: JsonObject): CompactPart {
  const run = objectAt(payload, "workflow_run");
  return {
    fields: definedOnly({
      id: numberAt(run, "id"),
      name: stringAt(run, "name"),
      workflowId: numberAt(run, "workflow_id"),
      path: stringAt(run, "path"),
      runNumber: numberAt(run, "run_number"),
      runAttempt: numberAt(run, "run_attempt") ?? 1,
      event: stringAt(run, "event"),
      status: stringAt(run, "status"),
      conclusion: stringAt(run, "conclusion") ?? null,
      headSha: stringAt(run, "head_sha"),
      headBranch: stringAt(run, "head_branch"),
      headRepo: stringAt(objectAt(run, "head_repository"), "full_name"),
      actor: loginAt(run, "actor"),
      url: stringAt(run, "html_url"),
      pullRequests: pullRequestNumbers(run),
    }),
    occurredAt: timeAt(run, "updated_at"),
  };
}

export function workflowJobPart(payload: JsonObject): CompactPart {
  const job = objectAt(payload, "workflow_job");
  const labels = job?.labels;
  return {
    fields: definedOnly({
      id: numberAt(job, "id"),
      runId: numberAt(job, "run_id"),
      runAttempt: numberAt(job, "run_attempt") ?? 1,
      name: stringAt(job, "name"),
      workflowName: stringAt(job, "workflow_name"),
      status: stringAt(job, "status"),
      conclusion: stringAt(job, "conclusion") ?? null,
      headSha: stringAt(job, "head_sha"),
      headBranch: stringAt(job, "head_branch"),
      labels: Array.isArray(labels) ? labels.filter((label) => typeof label === "string") : [],
      url: stringAt(job, "html_url"),
    }),
    occurredAt: timeAt(job, "completed_at") ?? timeAt(job, "started_at") ?? timeAt(job, "created_at"),
  };
}

export function checkSuitePart(payload: JsonObject): CompactPart {
  const suite = objectAt(payload, "check_suite");
  return {
    fields: definedOnly({
      id: numberAt(suite, "id"),
      headSha: stringAt(suite, "head_sha"),
      headBranch: stringAt(suite, "head_branch") ?? null,
      status: stringAt(suite, "status"),
      conclusion: stringAt(suite, "conclusion") ?? null,
      app: stringAt(objectAt(suite, "app"), "slug"),
      pullRequests: pullRequestNumbers(suite),
    }),
    occurredAt: timeAt(suite, "updated_at"),
  };
}

export function checkRunPart(payload: JsonObject): CompactPart {
  const run = objectAt(payload, "check_run");
  return {
    fields: definedOnly({
      id: numberAt(run, "id"),
      name: stringAt(run, "name"),
      headSha: stringAt(run, "head_sha"),
      status: stringAt(run, "status"),
      conclusion: stringAt(run, "conclusion") ?? null,
      url: stringAt(run, "html_url"),
      checkSuiteId: numberAt(objectAt(run, "check_suite"), "id"),
      app: stringAt(objectAt(run, "app"), "slug"),
      pullRequests: pullRequestNumbers(run),
      requestedAction: stringAt(objectAt(payload, "requested_action"), "identifier"),
    }),
    occurredAt: timeAt(run, "completed_at") ?? timeAt(run, "started_at"),
  };
}

function deploymentSummary(deployment: JsonObject | undefined): JsonObject {
  return definedOnly({
    id: numberAt(deployment, "id"),
    sha: stringAt(deployment, "sha"),
    ref: stringAt(deployment, "ref"),
    task: stringAt(deployment, "task"),
    environment: stringAt(deployment, "environment"),
    description: stringAt(deployment, "description") ?? null,
    creator: loginAt(deployment, "creator"),
    payload: isObject(deployment?.payload) ? deployment.payload : undefined,
  });
}

export function deploymentPart(payload: JsonObject): CompactPart {
  const deployment = objectAt(payload, "deployment");
  return { fields: deploymentSummary(deployment), occurredAt: timeAt(deployment, "created_at") };
}

export function deploymentStatusPart(payload: JsonObject): CompactPart {
  const status = objectAt(payload, "deployment_status");
  return {
    fields: {
      deployment: deploymentSummary(objectAt(payload, "deployment")),
      ...definedOnly({
        id: numberAt(status, "id"),
        state: stringAt(status, "state"),
        environment: stringAt(status, "environment"),
        description: stringAt(status, "description") ?? null,
        targetUrl: stringAt(status, "target_url") ?? null,
        environmentUrl: stringAt(status, "environment_url"),
        logUrl: stringAt(status, "log_url"),
      }),
    },
    occurredAt: timeAt(status, "created_at"),
  };
}

export function statusPart(payload: JsonObject): CompactPart {
  return {
    fields: definedOnly({
      id: numberAt(payload, "id"),
      sha: stringAt(payload, "sha"),
      context: stringAt(payload, "context"),
      state: stringAt(payload, "state"),
      description: stringAt(payload, "description") ?? null,
      targetUrl: stringAt(payload, "target_url") ?? null,
      branches: objectsAt(payload, "branches")
        .map((branch) => stringAt(branch, "name"))
        .filter((name): name is string => name !== undefined),
    }),
    occurredAt: timeAt(payload, "updated_at") ?? timeAt(payload, "created_at"),
  };
}
