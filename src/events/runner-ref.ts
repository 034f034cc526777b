import { idAt, objectAt, stringAt } from "./fields.js";

/**
 * The ref variables a GitHub runner sets for a webhook event (GITHUB_REF, GITHUB_REF_NAME,
 * GITHUB_HEAD_REF, GITHUB_BASE_REF, and GITHUB_SHA for a push), derived from the payload as
 * GitHub documents them per event. `flows github` and `flows explain --event-name` run without a
 * runner: without these, `github.ref` would be null and a condition such as
 * `github.ref == 'refs/heads/main'` could never match when tried on this machine. Pure; a payload
 * without the fields an event needs gives fewer variables, never an error.
 */
export function runnerRefVariables(eventName: string, payload: unknown): Record<string, string> {
  const vars: Record<string, string> = {};
  const pull = objectAt(payload, "pull_request");
  const baseRef = stringAt(objectAt(pull, "base"), "ref");
  const headRef = stringAt(objectAt(pull, "head"), "ref");
  let ref: string | undefined;
  if (eventName === "push") {
    ref = stringAt(payload, "ref");
    const after = stringAt(payload, "after");
    if (after !== undefined) vars.GITHUB_SHA = after;
  } else if (eventName === "pull_request_target") {
    if (baseRef !== undefined) ref = `refs/heads/${baseRef}`;
  } else if (eventName.startsWith("pull_request")) {
    // pull_request and its review events run on the pull request's merge ref.
    const number = idAt(payload, "number") ?? idAt(pull, "number");
    if (number !== undefined) ref = `refs/pull/${number}/merge`;
  } else if (eventName === "release") {
    const tag = stringAt(objectAt(payload, "release"), "tag_name");
    if (tag !== undefined) ref = `refs/tags/${tag}`;
  } else if (eventName === "create") {
    const name = stringAt(payload, "ref");
    const type = stringAt(payload, "ref_type");
    if (name !== undefined && (type === "branch" || type === "tag")) ref = `refs/${type === "tag" ? "tags" : "heads"}/${name}`;
  } else if (eventName === "merge_group") {
    const group = objectAt(payload, "merge_group");
    ref = stringAt(group, "head_ref");
    const sha = stringAt(group, "head_sha");
    if (sha !== undefined) vars.GITHUB_SHA = sha;
  } else if (eventName === "workflow_dispatch") {
    ref = stringAt(payload, "ref");
  }
  // Every other event runs on the default branch.
  if (ref === undefined && eventName !== "push" && !eventName.startsWith("pull_request")) {
    const branch = stringAt(objectAt(payload, "repository"), "default_branch");
    if (branch !== undefined) ref = `refs/heads/${branch}`;
  }
  if (ref !== undefined && ref !== "") {
    vars.GITHUB_REF = ref;
    vars.GITHUB_REF_NAME = ref.replace(/^refs\/(heads|tags|pull)\//, "");
  }
  if (pull !== undefined && eventName.startsWith("pull_request")) {
    if (headRef !== undefined) vars.GITHUB_HEAD_REF = headRef;
    if (baseRef !== undefined) vars.GITHUB_BASE_REF = baseRef;
  }
  return vars;
}

/** `env` with the runner's ref variables of this event added where `env` does not set them. */
export function withRunnerRefVariables(env: NodeJS.ProcessEnv, eventName: string, payload: unknown): NodeJS.ProcessEnv {
  const derived = runnerRefVariables(eventName, payload);
  const set = (name: string): boolean => env[name] !== undefined && env[name] !== "";
  // GITHUB_REF_NAME goes with GITHUB_REF: a ref that is set keeps its own name (or none).
  if (set("GITHUB_REF")) delete derived.GITHUB_REF_NAME;
  const missing = Object.entries(derived).filter(([name]) => !set(name));
  return missing.length === 0 ? env : { ...env, ...Object.fromEntries(missing) };
}
