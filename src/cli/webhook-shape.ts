// Which GitHub event a webhook payload file holds, told by the top-level keys its payloads always
// have (https://docs.github.com/en/webhooks/webhook-events-and-payloads): a payload given with
// the wrong --event-name maps to a FlowEvent of another type with a digest for an id, and every
// step is "not matched" with a hint about the wrong type. Said instead, with the name to pass.
import { GITHUB_EVENT_ACTIONS } from "../generated/github-event-actions.js";
import { terminalText } from "../terminal-text.js";
import { InputFileError } from "./usage.js";

/**
 * Keys every payload of the event has. Only events a payload file is commonly taken for; an
 * event left out here is never guessed and never checked. Events whose keys are the same
 * (pull_request and pull_request_target, create and delete) cannot be told apart, and are not.
 */
const EVENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  push: ["ref", "before", "after"],
  create: ["ref", "ref_type"],
  delete: ["ref", "ref_type"],
  pull_request: ["pull_request", "number"],
  pull_request_target: ["pull_request", "number"],
  pull_request_review: ["pull_request", "review"],
  pull_request_review_comment: ["pull_request", "comment"],
  pull_request_review_thread: ["pull_request", "thread"],
  issues: ["issue"],
  issue_comment: ["issue", "comment"],
  discussion: ["discussion"],
  discussion_comment: ["discussion", "comment"],
  release: ["release"],
  workflow_run: ["workflow_run", "workflow"],
  workflow_job: ["workflow_job"],
  check_run: ["check_run"],
  check_suite: ["check_suite"],
  deployment: ["deployment"],
  deployment_status: ["deployment", "deployment_status"],
  merge_group: ["merge_group"],
  schedule: ["schedule"],
  workflow_dispatch: ["inputs", "workflow"],
  repository_dispatch: ["client_payload"],
};

/** Whether every key of the event is in the payload. */
function fits(eventName: string, keys: ReadonlySet<string>): boolean {
  return (EVENT_KEYS[eventName] ?? []).every((key) => keys.has(key));
}

/**
 * The events a payload holds by its keys, the most specific first: an issue_comment payload has
 * `issue` as an issues payload does, and `comment` besides, so it is issue_comment.
 */
function eventsFitting(payload: object): string[] {
  const keys = new Set(Object.keys(payload));
  const fitting = Object.keys(EVENT_KEYS).filter((name) => fits(name, keys));
  const most = Math.max(0, ...fitting.map((name) => EVENT_KEYS[name]!.length));
  return fitting.filter((name) => EVENT_KEYS[name]!.length === most);
}

/** The one event a payload's keys name, if they name one. */
export function guessWebhookEventName(payload: unknown): string | undefined {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  const best = eventsFitting(payload);
  // pull_request and pull_request_target have the same keys: the first is what a file usually holds.
  if (best.length === 2 && best.includes("pull_request") && best.includes("pull_request_target")) return "pull_request";
  return best.length === 1 ? best[0] : undefined;
}

function keyList(keys: readonly string[]): string {
  if (keys.length === 0) return "";
  const quoted = keys.map((key) => `"${key}"`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

/**
 * A payload that is plainly another event's than --event-name says: it lacks a key every payload
 * of the named event has and has every key of another, or it has the named event's keys and those
 * of an event that has them all and more (an issue_comment payload named issues). A payload whose keys name no event (a hand-written
 * `{"ref": "refs/heads/main"}`) is let through.
 */
export function refuseWebhookOfAnotherEvent(eventName: string, payload: unknown, path: string, option: string): void {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return;
  if (EVENT_KEYS[eventName] === undefined) return;
  const keys = new Set(Object.keys(payload));
  const named = EVENT_KEYS[eventName]!;
  let best = eventsFitting(payload);
  // The named event's keys are all there: only an event whose payloads have those and more (its
  // comment, its review) is a better fit. A deployment a workflow run made has that run's keys too.
  if (fits(eventName, keys)) best = best.filter((name) => named.every((key) => EVENT_KEYS[name]!.includes(key)));
  if (best.length === 0 || best.includes(eventName)) return;
  const guessed = best.length === 1 ? best[0]! : undefined;
  const has = (name: string) => keyList(EVENT_KEYS[name]!);
  const present = named.filter((key) => keys.has(key));
  const why = fits(eventName, keys)
    ? `it has ${has(best[0]!)}, which ${eventName} payloads do not have together`
    : `a ${eventName} payload always has ${keyList(named)}; this one has ${present.length === 0 ? "none of them" : `only ${keyList(present)}`}`;
  const looks = guessed ?? best.join(" or ");
  const instead = guessed ? `Pass ${option} ${guessed}, or give a payload of ${eventName}.` : `Pass the ${option} of the event it holds (${best.join(", ")}).`;
  throw new InputFileError(
    `${path === "-" ? "<stdin>" : path}: this looks like a payload of ${looks}, not of ${eventName} as ${option} says (${why}). ${instead}`,
  );
}

/**
 * A payload without the `action` every payload of its event carries (`release`, `pull_request`,
 * ...): its FlowEvent type is then the bare event name, `release`, and triggers written for the
 * event name an action (`release.published`), so none of them matches, without a word. A
 * warning, not a refusal: a trigger of `*` or of the bare name still runs. Undefined when the
 * payload has its action, or its event has none (`push`); repository_dispatch is left out: its
 * action is the sender's event_type.
 */
export function missingActionWarning(eventName: string, payload: unknown, shown: string): string | undefined {
  if (eventName === "repository_dispatch") return undefined;
  const actions = GITHUB_EVENT_ACTIONS[eventName === "pull_request_target" ? "pull_request" : eventName];
  if (actions === undefined || actions.length === 0) return undefined;
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  if (typeof (payload as { action?: unknown }).action === "string") return undefined;
  const shownTypes = actions.slice(0, MISSING_ACTION_TYPES_SHOWN).map((action) => `${eventName}.${action}`);
  const more = actions.length - shownTypes.length;
  const types = `${shownTypes.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  const example = ["published", "opened", "created", "completed", "submitted"].find((action) => actions.includes(action)) ?? actions[0];
  return (
    `${shown} has no "action", so its FlowEvent type is "${eventName}", which triggers for ${eventName} events do not match: ` +
    `they name its action (${types}; or ${eventName}.*). GitHub's ${eventName} payloads always carry one: ` +
    `add it as GitHub sends it, e.g. "action": "${example}".`
  );
}

const MISSING_ACTION_TYPES_SHOWN = 8;

/**
 * The missing-action warning (missingActionWarning) on standard error, for each command that maps
 * a webhook payload into a FlowEvent (`flows github`, `flows explain --event-name`): either would
 * say nothing matched, or explain each step's type as failed, without the reason.
 */
export function warnMissingAction(err: (text: string) => void, eventName: string, payload: unknown, shown: string): void {
  const noAction = missingActionWarning(eventName, payload, shown === "-" ? "<stdin>" : shown);
  if (noAction !== undefined) err(`warning: ${terminalText(noAction)}\n`);
}
