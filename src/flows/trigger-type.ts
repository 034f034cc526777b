// A trigger type written for a GitHub event that no GitHub event has: `release` (release events
// always carry an action, so their type is `release.<action>`), `release.publish`,
// `push.published`, `pull-request.opened`. Types are compared exactly, so such a step waits
// forever without a word; `flows validate` and every load say so instead, as a warning (a type
// of one's own FlowEvents is no mistake). Only the events that start workflows are checked: a
// webhook-only name (`user`, `team`) is as likely one's own type as a GitHub event's.
import { closest } from "../did-you-mean.js";
import { WORKFLOW_EVENT_NAMES } from "../events/workflow-event-names.js";
import { GITHUB_EVENT_ACTIONS } from "../generated/github-event-actions.js";
import { globMatches } from "./glob.js";

/** The actions a workflow event's payloads carry; "any" where the sender names it, undefined where unknown. */
function actionsOf(event: string): readonly string[] | "any" | undefined {
  if (event === "repository_dispatch") return "any"; // its action is the dispatch's event_type
  if (event === "pull_request_target") return GITHUB_EVENT_ACTIONS.pull_request;
  if (event === "schedule" || event === "workflow_call" || event === "dynamic") return [];
  return Object.hasOwn(GITHUB_EVENT_ACTIONS, event) ? GITHUB_EVENT_ACTIONS[event] : undefined;
}

/** The action to show in an example: the one most workflows react to, where the event has it. */
function exampleAction(actions: readonly string[]): string {
  return ["published", "opened", "created", "completed", "submitted"].find((action) => actions.includes(action)) ?? actions[0]!;
}

const GLOB = /[*?[]/;

/** As a trigger type matches (match.ts): in the glob dialect, or exactly when it is no valid glob. */
function actionMatches(pattern: string, action: string): boolean {
  try {
    return globMatches(pattern, action);
  } catch {
    return pattern === action;
  }
}

type MeantName = { meant?: string; sameName?: boolean };
/** Each name's answer, for as many names as a large repository has: other.1 … other.999 cost one look at "other". */
const meantNames = new Map<string, MeantName>();
const MEANT_NAMES_KEPT = 1000;

/** The GitHub event name `event` (no such name) was likely written for: the same in another case or with `-`, or one a slip away. */
function meantEventName(event: string): MeantName {
  const known = meantNames.get(event);
  if (known) return known;
  const normal = event.toLowerCase().replace(/-/g, "_");
  const sameName = WORKFLOW_EVENT_NAMES.includes(normal);
  const meant = sameName ? normal : closest(event, WORKFLOW_EVENT_NAMES);
  const answer: MeantName = meant === undefined ? {} : { meant, sameName };
  if (meantNames.size < MEANT_NAMES_KEPT) meantNames.set(event, answer);
  return answer;
}

/**
 * The action part of the type to suggest for `event`, when the type was written with `action`:
 * the action as written when the event carries it (in any case, or by a glob) or when its
 * sender names it, the closest one it carries, an example when none was written; undefined when
 * the written action is none that the event carries, nor close to one.
 */
function suggestedAction(event: string, action: string | undefined): string | undefined {
  const actions = actionsOf(event);
  if (action === undefined) return Array.isArray(actions) && actions.length > 0 ? `.${exampleAction(actions)}` : "";
  if (actions === "any" || actions === undefined) return `.${action}`;
  if (actions.some((known) => actionMatches(action, known))) return `.${action}`;
  const meant = GLOB.test(action) ? undefined : closest(action, actions);
  return meant === undefined ? undefined : `.${meant}`;
}

/**
 * Why `type` matches no GitHub event although it is written for one, with what to write; undefined
 * when it is fine or not about a GitHub event. `field` names the key in messages.
 */
export function githubTypeProblem(type: string, field: string): string | undefined {
  const dot = type.indexOf(".");
  const event = dot < 0 ? type : type.slice(0, dot);
  const action = dot < 0 ? undefined : type.slice(dot + 1);
  if (event === "" || GLOB.test(event) || type.trim() !== type) return undefined;
  const shown = `${field} ${JSON.stringify(type)}`;
  if (!WORKFLOW_EVENT_NAMES.includes(event)) {
    const { meant, sameName } = meantEventName(event);
    if (meant === undefined) return undefined;
    // A name one slip from a GitHub event's with an action that event never has (patch.applied
    // is no watch event, form.submitted no fork event) is a type of one's own, not a typo.
    const withAction = suggestedAction(meant, action) ?? (sameName && action !== undefined ? `.${action}` : undefined);
    if (withAction === undefined) return undefined;
    return (
      `${shown} matches no GitHub event: "${event}" is not a GitHub event name. Did you mean "${meant}${withAction}"? ` +
      "(A type of your own FlowEvents may be anything; then leave it.)"
    );
  }
  const actions = actionsOf(event);
  if (actions === undefined || actions === "any") return undefined;
  if (action === undefined) {
    if (actions.length === 0) return undefined;
    return (
      `${shown} matches no GitHub event: ${event} events always carry an action, and their type is ${event}.<action>. ` +
      `Write "${event}.${exampleAction(actions)}" (or another of ${actions.join(", ")}), or "${event}.*" for every action.`
    );
  }
  if (actions.length === 0) {
    return `${shown} matches no GitHub event: ${event} events carry no action, and their type is "${event}". Write "${event}".`;
  }
  if (actions.includes(action) || actions.some((known) => actionMatches(action, known))) return undefined;
  // `open` for opened, `sync` for synchronize: an action that starts with the word written is as likely meant.
  const meant = GLOB.test(action)
    ? undefined
    : (closest(action, actions) ?? (action.length >= 3 ? actions.find((known) => known.startsWith(action.toLowerCase())) : undefined));
  return (
    `${shown} matches no GitHub event: GitHub's ${event} events carry the actions ${actions.join(", ")}.` +
    `${meant ? ` Did you mean "${event}.${meant}"?` : ""} Write one of them, or "${event}.*" for every action.`
  );
}
