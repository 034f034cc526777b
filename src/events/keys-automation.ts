import { idAt, numberAt, objectAt, stringAt } from "./fields.js";
import { idKey } from "./id.js";
import { type KeyFamily, type NaturalKeyInput, delivery, runDelivery } from "./key-parts.js";

// Natural keys of dispatches, schedules, workflow runs and jobs, checks, deployments, statuses.

// workflow_dispatch, repository_dispatch, schedule: the payload is the same for every dispatch
// with the same inputs (and every tick of a cron), so the run is the event.
export function dispatchKey(input: NaturalKeyInput): string {
  return runDelivery(input);
}

export function scheduleKey(input: NaturalKeyInput): string {
  const cron = stringAt(input.payload, "schedule");
  return cron === undefined ? runDelivery(input) : `${idKey`${cron}`}@${runDelivery(input)}`;
}

// workflow_run, workflow_job: a re-run of the *observed* workflow is a new attempt of it and a
// new event for flows; its id and attempt say so.
export function attemptKey(kind: "workflow_run" | "workflow_job", prefix: string): KeyFamily {
  return ({ payload }) => {
    const run = objectAt(payload, kind);
    const id = idAt(run, "id");
    if (id === undefined) return undefined;
    return idKey`${prefix}-${id}-attempt-${numberAt(run, "run_attempt") ?? 1}`;
  };
}

// check_suite: requested once per suite; completed and rerequested repeat and move updated_at.
export function checkSuiteKey(input: NaturalKeyInput): string | undefined {
  const suite = objectAt(input.payload, "check_suite");
  const id = idAt(suite, "id");
  if (id === undefined) return undefined;
  const key = idKey`suite-${id}`;
  return input.action === "requested" ? key : `${key}@${delivery(input, suite)}`;
}

// check_run: created once; completed carries its conclusion and completed_at (an app may
// complete a run again with another conclusion); a requested action names its identifier;
// rerequests carry no time.
export function checkRunKey(input: NaturalKeyInput): string | undefined {
  const run = objectAt(input.payload, "check_run");
  const id = idAt(run, "id");
  if (id === undefined) return undefined;
  const key = idKey`check-${id}`;
  if (input.action === "created") return key;
  if (input.action === "completed") {
    return `${key}${idKey`:${stringAt(run, "conclusion") ?? "none"}`}@${delivery(input, run, "completed_at")}`;
  }
  const requested = stringAt(objectAt(input.payload, "requested_action"), "identifier");
  const subject = requested === undefined ? "" : idKey`:action-${requested}`;
  return `${key}${subject}@${runDelivery(input)}`;
}

// deployment, deployment_status, status: every deployment and status GitHub stores has its id.
export function deploymentKey({ payload }: NaturalKeyInput): string | undefined {
  const id = idAt(objectAt(payload, "deployment"), "id");
  return id === undefined ? undefined : idKey`deployment-${id}`;
}

export function deploymentStatusKey({ payload }: NaturalKeyInput): string | undefined {
  const deployment = idAt(objectAt(payload, "deployment"), "id");
  const status = idAt(objectAt(payload, "deployment_status"), "id");
  return deployment === undefined || status === undefined
    ? undefined
    : idKey`deployment-${deployment}:status-${status}`;
}

export function statusKey({ payload }: NaturalKeyInput): string | undefined {
  const id = idAt(payload, "id");
  const sha = stringAt(payload, "sha");
  return id === undefined || sha === undefined ? undefined : idKey`${sha}:status-${id}`;
}
