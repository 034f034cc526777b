import { MIN_SECRET_LENGTH, parseRedactInput, redactor } from "../redact.js";
import type { EffectiveStatus } from "../contracts.js";
import { FLOW_RESULT_STATUSES, PROCESS_STATUSES } from "../contracts.js";
import { DEFAULT_CONCURRENCY } from "../engine/pool.js";
import {
  CHECKS_MODES,
  type ChecksMode,
  COMMENT_MODES,
  type CommentMode,
  HANDOVER_MODES,
  type HandoverMode,
} from "../report/modes.js";
import type { ActionIO } from "./io.js";
import { type ActionStateKind, readStateKind } from "./state.js";
import { closest } from "../did-you-mean.js";
import { UserError } from "../user-error.js";
import { wholeNumber } from "../whole-number.js";
import { shownValue } from "../redact-cut.js";
import { readBotLogin, readBunDownloadUrl, readBunVersion, readWorkspaceBackendUrl } from "./input-forms.js";
import { urlPathSecrets, urlSecrets } from "../url-secrets.js";

export class ActionInputError extends UserError {
  override name = "ActionInputError";
}

export const ACTION_MODES = ["dispatch", "plan", "run-step", "report", "http"] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** Checks, the sticky comment and the fork-PR handover. */
export type GitHubReportInputs = {
  checks: ChecksMode;
  comment: CommentMode;
  commentKey: string;
  handover: HandoverMode;
  botLogin: string;
};

export type ActionInputs = {
  flowsPath: string[];
  githubToken: string;
  concurrency: number;
  event?: string;
  dryRun: boolean;
  failOn: Set<EffectiveStatus>;
  bunVersion: string;
  bunDownloadUrl: string;
  state: ActionStateKind;
  stateBranch: string;
  stateDir: string;
  /** Event id to run again (every matching step, as replay attempts). */
  replay?: string;
  report: GitHubReportInputs;
  mode: ActionMode;
  /** Upstream repositories to poll for releases on schedule / workflow_dispatch. */
  watch: string;
  /** `watch-max-requests`: requests one poll may make (undefined: the poller's default, 300). */
  watchMaxRequests?: number;
  /** run-step: the steps this job runs (JSON from the plan's matrix). */
  steps: string;
  /** run-step: where this job writes its runs for the report job. */
  runsFile: string;
  /** report: the folder holding the run-step jobs' runs files. */
  runsDir: string;
  /** report: the run views of the steps the plan job gave no job, handled before (JSON). */
  handledRuns: string;
  /** report: the run ids and statuses of every step the plan counted as handled before (JSON). */
  handledSteps: string;
  /** report: for each run-step job, by matrix index, the run ids of the steps the plan gave it (JSON). */
  jobSteps: string;
  /** cancelOnTimeout: cancel the backend's unfinished runs when timeoutMs runs out (a canceled job always does). */
  backend: { url: string; token: string; apiKey: string; hmacSecret: string; timeoutMs?: number; cancelOnTimeout: boolean };
  /** runtime.workspaceBackendUrl and CODEX_WORKSPACE_BACKEND_WS_URL for steps (empty: the host's). */
  workspaceBackendUrl: string;
  /** Steps receive GITHUB_ENV and GITHUB_PATH, so they can export variables to later job steps. */
  exportEnv: boolean;
};

// Defaults for an empty input. action.yml declares the same ones (a test keeps them equal);
// they matter when the action runs without it (`flows github`, local-action without a default).
export const DEFAULT_FLOWS_PATH = [".codex/flows", "flows"];
export const DEFAULT_BUN_VERSION = "1.4.5";
export const DEFAULT_STATE_BRANCH = "flows-state";
export const DEFAULT_BUN_DOWNLOAD_URL = "https://github.com/oven-sh/bun/releases/download";

/**
 * Read and check every input once, so a typo fails before anything runs: in a value, or in an
 * input's name (`dry_run: true` was ignored, and every step ran for real).
 */
export function readInputs(io: ActionIO): ActionInputs {
  const read = new Set<string>();
  const inputs = readEveryInput(recordingReads(io, read));
  checkGivenInputs(io, read);
  return inputs;
}

/** `io`, noting in `read` the name of every input asked for. */
function recordingReads(io: ActionIO, read: Set<string>): ActionIO {
  const noted = <T>(get: (name: string) => T) => (name: string): T => {
    read.add(name);
    return get(name);
  };
  return Object.assign(Object.create(io) as ActionIO, {
    getInput: noted((name) => io.getInput(name)),
    getBooleanInput: noted((name) => io.getBooleanInput(name)),
    getMultilineInput: noted((name) => io.getMultilineInput(name)),
  });
}

/** How many unknown inputs an error names, each with its near miss. */
const SHOWN_UNKNOWN_INPUTS = 5;

/**
 * An input name the action does not read (a `with:` key misspelled, `fail_on` or `dryrun`, or one
 * a later release brings) is refused, naming it, its near miss and the inputs there are. The
 * runner itself only warns, with no near miss, and the step ran as if it were not there.
 */
function checkGivenInputs(io: ActionIO, known: ReadonlySet<string>): void {
  const variables = new Set([...known].map(inputVariable));
  const unknown = [...new Set(io.givenInputs?.() ?? [])].filter((variable) => !variables.has(variable));
  if (unknown.length === 0) return;
  const names = [...known].sort();
  const described = unknown.slice(0, SHOWN_UNKNOWN_INPUTS).map((variable) => {
    // The runner gives the name in upper case: the user wrote it in some case, read here in lower.
    const name = variable.toLowerCase();
    const near = closest(name.replace(/[_ ]/g, "-"), names);
    return `${shownInput(name)}${near ? ` (did you mean ${near}?)` : ""}`;
  });
  const more = unknown.length > SHOWN_UNKNOWN_INPUTS ? ` and ${unknown.length - SHOWN_UNKNOWN_INPUTS} more` : "";
  const one = unknown.length === 1;
  throw new ActionInputError(
    `${one ? "Input" : "Inputs"} ${described.join(", ")}${more} ${one ? "is not an input" : "are not inputs"} of flows-action, so ${one ? "it" : "they"} would be ignored; nothing was run. ` +
      `Correct or remove ${one ? "it" : "them"} under with: (an input that a newer release added needs that release). The inputs are: ${names.join(", ")}.`,
  );
}

/** The variable the runner gives an input: INPUT_ and this (spaces as _, upper case). */
function inputVariable(name: string): string {
  return name.replace(/ /g, "_").toUpperCase();
}

function readEveryInput(io: ActionIO): ActionInputs {
  const token = io.getInput("github-token");
  if (token) io.setSecret(token);
  // The one redactor learns every secret here (src/redact.ts); `redact` lists more, one per line.
  redactor.add(token);
  let short = 0;
  for (const secret of parseRedactInput(io.getInput("redact"))) {
    io.setSecret(secret);
    redactor.add(secret);
    if (secret.length < MIN_SECRET_LENGTH) short += 1;
  }
  // Not replaced, and said so: the workflow author thinks them kept out of everything.
  if (short > 0) {
    io.warning(
      `Input "redact": ${short === 1 ? "a value is" : `${short} values are`} shorter than ${MIN_SECRET_LENGTH} characters, and the action does not replace ${short === 1 ? "it" : "them"} in what it writes (so short a value would shred every text): ${short === 1 ? "it" : "they"} may show in the summary, check runs, outputs and state records. Use secrets of at least ${MIN_SECRET_LENGTH} characters.`,
    );
  }
  const flowsPath = io.getMultilineInput("flows-path").flatMap(splitList);
  const event = io.getInput("event");
  const replay = io.getInput("replay");
  const inputs: ActionInputs = {
    flowsPath: flowsPath.length > 0 ? flowsPath : DEFAULT_FLOWS_PATH,
    githubToken: token,
    concurrency: readConcurrency(io.getInput("concurrency")),
    ...(event ? { event } : {}),
    dryRun: readBoolean(io, "dry-run", false),
    failOn: readFailOn(io.getInput("fail-on")),
    bunVersion: readBunVersion(io.getInput("bun-version")),
    bunDownloadUrl: readBunDownloadUrl(io),
    state: readStateKind(io.getInput("state")),
    stateBranch: io.getInput("state-branch") || DEFAULT_STATE_BRANCH,
    stateDir: io.getInput("state-dir"),
    ...(replay ? { replay } : {}),
    report: {
      checks: oneOf(io.getInput("checks") || "per-step", CHECKS_MODES, "checks"),
      comment: oneOf(io.getInput("comment") || "on-pr", COMMENT_MODES, "comment"),
      commentKey: io.getInput("comment-key") || "default",
      handover: oneOf(io.getInput("handover") || "auto", HANDOVER_MODES, "handover"),
      botLogin: readBotLogin(io.getInput("bot-login")),
    },
    mode: oneOf(io.getInput("mode") || "dispatch", ACTION_MODES, "mode"),
    watch: io.getMultilineInput("watch").join("\n"),
    ...readWatchMaxRequests(io.getInput("watch-max-requests")),
    steps: io.getInput("steps"),
    runsFile: io.getInput("runs-file"),
    runsDir: io.getInput("runs-dir"),
    handledRuns: io.getInput("handled-runs"),
    handledSteps: io.getInput("handled-steps"),
    jobSteps: io.getInput("job-steps"),
    backend: readBackend(io),
    workspaceBackendUrl: readWorkspaceBackendUrl(io),
    exportEnv: readBoolean(io, "export-env", false),
  };
  // A forgotten `mode: http` ran the event here and sent nothing, with a green job to show for it.
  if (inputs.backend.url && inputs.mode !== "http") {
    io.warning(
      `backend-url is set, but mode is "${inputs.mode}": the event is handled in this job and nothing is sent to the flow backend. Add mode: http to send it there, or remove backend-url.`,
    );
  }
  warnUnusedStoreInputs(io, inputs);
  checkModeInputs(inputs);
  if (inputs.watch.trim() && inputs.mode !== "dispatch") {
    io.warning(`watch is set, but mode is "${inputs.mode}": upstream releases are polled only in mode: dispatch (the default), so none are polled here.`);
  }
  return inputs;
}

const STORE_PLACES: Record<ActionStateKind, string> = {
  artifact: "in workflow artifacts",
  branch: "on a state branch",
  file: "in a folder",
  none: "nowhere (state: none)",
};

/**
 * A folder or branch for a state store the job does not use: `state-dir: ../flows-state` without
 * `state: file` kept the records in artifacts, and said nothing. state-branch is compared with
 * its default, which the runner (and the reusable workflow) always pass.
 */
function warnUnusedStoreInputs(io: ActionIO, inputs: ActionInputs): void {
  const unused = [
    { name: "state-dir", kind: "file", set: inputs.stateDir !== "" },
    { name: "state-branch", kind: "branch", set: inputs.stateBranch !== DEFAULT_STATE_BRANCH },
  ] as const;
  for (const { name, kind, set } of unused) {
    if (!set || inputs.state === kind) continue;
    io.warning(
      `Input "${name}" is set, but state is "${inputs.state}": the records are kept ${STORE_PLACES[inputs.state]}, and ${name} is not used. Add state: ${kind} to keep them there, or remove ${name}.`,
    );
  }
}

function readBackend(io: ActionIO): ActionInputs["backend"] {
  const backend = {
    url: io.getInput("backend-url"),
    token: io.getInput("backend-token"),
    apiKey: io.getInput("backend-api-key"),
    hmacSecret: io.getInput("backend-hmac-secret"),
  };
  // The URL's password (and user-info, and query keys like `?token=`) is masked by the runner too:
  // the redactor covers only what the action prints, not the logs of the job's other steps. So is
  // a long path: a webhook URL (`/services/T…/B…/<token>`) is a key in its path.
  const pathSecrets = urlPathSecrets(backend.url);
  for (const secret of [backend.token, backend.apiKey, backend.hmacSecret, ...urlSecrets(backend.url), ...pathSecrets]) if (secret) io.setSecret(secret);
  redactor.add(backend.token, backend.apiKey, backend.hmacSecret, ...pathSecrets);
  const timeout = io.getInput("backend-timeout-minutes") || "10";
  // Plain decimals only: Number() also reads "Infinity", "1e400" (Infinity) and "0x10", and an
  // infinite deadline made the wait for a backend that never finishes a run endless.
  const minutes = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(timeout) ? Number(timeout) : Number.NaN;
  if (!(minutes > 0 && minutes <= MAX_BACKEND_TIMEOUT_MINUTES)) {
    throw new ActionInputError(
      `Input "backend-timeout-minutes" is ${shownInput(timeout)}; expected minutes, a number like 10 or 2.5, above 0 and at most ${MAX_BACKEND_TIMEOUT_MINUTES} (${MAX_BACKEND_TIMEOUT_MINUTES / (24 * 60)} days, the longest a GitHub job runs).`,
    );
  }
  return { ...backend, timeoutMs: minutes * 60_000, cancelOnTimeout: readBoolean(io, "backend-cancel-on-timeout", true) };
}

/** A self-hosted runner's job limit; GitHub-hosted jobs end after 6 hours anyway. */
export const MAX_BACKEND_TIMEOUT_MINUTES = 7200;

/**
 * The inputs of one reusable-workflow mode, given to another. A matrix job that runs the action
 * with steps: but without mode: run-step dispatched the whole event, every matching step, in
 * each of its jobs: said before anything runs.
 */
const MODE_INPUTS = [
  { name: "steps", mode: "run-step", value: (inputs: ActionInputs) => inputs.steps },
  { name: "runs-file", mode: "run-step", value: (inputs: ActionInputs) => inputs.runsFile },
  { name: "runs-dir", mode: "report", value: (inputs: ActionInputs) => inputs.runsDir },
  { name: "handled-runs", mode: "report", value: (inputs: ActionInputs) => inputs.handledRuns },
  { name: "handled-steps", mode: "report", value: (inputs: ActionInputs) => inputs.handledSteps },
  { name: "job-steps", mode: "report", value: (inputs: ActionInputs) => inputs.jobSteps },
] as const;

function checkModeInputs(inputs: ActionInputs): void {
  // Only a dispatch job publishes a handover: in another mode the input did nothing, and the
  // workflow_run job reported (or ran) this event instead.
  if (inputs.report.handover === "publish" && inputs.mode !== "dispatch") {
    throw new ActionInputError(
      `Input "handover" is "publish", but mode is "${inputs.mode}": a handover is published by a workflow_run job in mode: dispatch (the default). Remove mode from that job (docs/pull-requests.md), or set handover to auto.`,
    );
  }
  for (const { name, mode, value } of MODE_INPUTS) {
    if (value(inputs) && inputs.mode !== mode) {
      throw new ActionInputError(
        `Input "${name}" is set, but mode is "${inputs.mode}": ${name} is read only in mode: ${mode}. Add mode: ${mode}, or remove ${name}` +
          (inputs.mode === "dispatch" ? " (in mode: dispatch this job would run every step that matches the event, not only the ones given)." : "."),
      );
    }
  }
}

/** Lines or commas, blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A true/false input (YAML 1.2 core booleans, as @actions/core reads them); empty → fallback. */
function readBoolean(io: ActionIO, name: string, fallback: boolean): boolean {
  const value = io.getInput(name);
  if (value === "") return fallback;
  try {
    return io.getBooleanInput(name);
  } catch {
    // YAML 1.1's booleans (yes, on, y) are plain text to the runner: the fix is the word to write.
    const near = /^(?:yes|y|on|1|enabled?)$/i.test(value.trim()) ? "true" : /^(?:no|n|off|0|disabled?)$/i.test(value.trim()) ? "false" : undefined;
    throw new ActionInputError(`Input "${name}" is ${shownInput(value)}; expected true or false.${near ? ` Did you mean ${near}?` : ""}`);
  }
}

function readConcurrency(value: string): number {
  if (value.trim() === "") return DEFAULT_CONCURRENCY;
  return countInput("concurrency", value, "");
}

/**
 * A count input: a whole number of at least 1. Digits past Number.MAX_SAFE_INTEGER are a whole
 * number all the same, too large to be counted exactly: said so, with the largest accepted.
 */
function countInput(name: string, value: string, note: string): number {
  const parsed = wholeNumber(value);
  if (parsed !== undefined && parsed >= 1) return parsed;
  const text = value.trim();
  // Only digits that are no safe integer are too large: "0" is too small, and said so plainly.
  const tooLarge = parsed === undefined && /^\d+$/.test(text) ? ` ${text} is more than ${Number.MAX_SAFE_INTEGER}, the largest accepted: give a smaller number.` : "";
  // YAML and most languages group digits with _ (1_000); an input is text, read as digits only.
  const grouped = /^\d{1,3}(?:_\d{3})+$/.test(text) ? ` Write it without the _: ${text.replaceAll("_", "")}.` : "";
  throw new ActionInputError(`Input "${name}" is ${shownInput(value)}; expected a whole number of at least 1${note}.${tooLarge}${grouped}`);
}

function readWatchMaxRequests(value: string): { watchMaxRequests?: number } {
  if (value.trim() === "") return {};
  return { watchMaxRequests: countInput("watch-max-requests", value, " (requests one poll may make; default 300)") };
}

const KNOWN_STATUSES: readonly string[] = [...new Set<string>([...FLOW_RESULT_STATUSES, ...PROCESS_STATUSES])];

/** `fail-on`: effective statuses that fail the job; `none` for never. */
export function readFailOn(value: string): Set<EffectiveStatus> {
  const items = splitList(value || "failed").map((item) => item.toLowerCase());
  // " , " held no status, and failed nothing, as none does, without saying so.
  if (items.length === 0) {
    throw new ActionInputError(`Input "fail-on" is ${shownInput(value)}, which names no status; write the statuses that fail the job (such as failed), or none to never fail it.`);
  }
  if (items.length === 1 && items[0] === "none") return new Set();
  if (items.includes("none")) {
    throw new ActionInputError(`Input "fail-on" is ${shownInput(value)}; "none" stands alone (never fail the job), so drop it or the statuses beside it.`);
  }
  const statuses = new Set<EffectiveStatus>();
  for (const item of items) {
    if (item === "needs-attention" || item === "needs_attention") {
      statuses.add("blocked");
      statuses.add("needs_intervention");
    } else if (KNOWN_STATUSES.includes(item)) {
      statuses.add(item as EffectiveStatus);
    } else {
      // "failed needs-attention": statuses apart by spaces, which the list does not split on.
      const words = item.split(/\s+/);
      const spaced = words.length > 1 && words.every((word) => KNOWN_STATUSES.includes(word) || word === "needs-attention" || word === "needs_attention");
      throw new ActionInputError(
        `Input "fail-on" has ${shownInput(item)}; expected a list of: ${KNOWN_STATUSES.join(", ")}, needs-attention, or none.` +
          (spaced ? ` Separate the statuses with commas or line breaks: ${words.join(", ")}.` : ""),
      );
    }
  }
  return statuses;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  // "Plan", "run_step", "per step": a near miss is named, so the fix is one copy away.
  throw new ActionInputError(`Input "${name}" is ${shownInput(value)}; expected one of: ${allowed.join(", ")}.${nearValueHint(value, allowed)}`);
}

/** " Did you mean <value>?" for a near miss of one of `allowed`, else "". */
export function nearValueHint(value: string, allowed: readonly string[]): string {
  const near = offWord(value, allowed) ?? closest(value.replace(/[_ ]/g, "-"), allowed);
  return near ? ` Did you mean ${near}?` : "";
}

/**
 * `comment: false`, `checks: no`: YAML's (and a user's) words for "not this", which these inputs
 * spell off (state: none). Named as the near value, since no edit distance finds it.
 */
function offWord(value: string, allowed: readonly string[]): string | undefined {
  if (!/^(?:false|no|n|0|disabled?|none|off)$/i.test(value.trim())) return undefined;
  return allowed.find((item) => item === "off" || item === "none");
}

/**
 * An input's value as an error quotes it: on one line (line breaks shown as \n), redacted, and
 * cut to a few hundred characters; a megabyte value made a megabyte error.
 */
export function shownInput(value: string): string {
  return shownValue(value, SHOWN_INPUT_CHARS);
}

const SHOWN_INPUT_CHARS = 200;
