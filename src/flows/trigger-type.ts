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
    const meant = WORKFLOW_EVENT_NAMES.find((name) => name === event.toLowerCase().replace(/-/g, "_")) ?? closest(event, WORKFLOW_EVENT_NAMES);
    if (meant === undefined) return undefined;
    const actions = actionsOf(meant);
    const withAction = action !== undefined ? `.${action}` : Array.isArray(actions) && actions.length > 0 ? `.${exampleAction(actions)}` : "";
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
  if (actions.some((known) => actionMatches(action, known))) return undefined;
  const meant = GLOB.test(action) ? undefined : closest(action, actions);
  return (
    `${shown} matches no GitHub event: GitHub's ${event} events carry the actions ${actions.join(", ")}.` +
    `${meant ? ` Did you mean "${event}.${meant}"?` : ""} Write one of them, or "${event}.*" for every action.`
  );
}
