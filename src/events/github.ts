import type { FlowEvent } from "../contracts.js";
import type { GitHubRunContext } from "./context.js";
import { GitHubEventError } from "./errors.js";
import { type JsonObject, isObject, loginAt, objectAt, stringAt } from "./fields.js";
import { checkPayloadShape } from "./budget.js";
import { githubEventId } from "./id.js";
import { checkArgument } from "../library-arguments.js";
import { naturalKey } from "./keys.js";
import { passThroughEvent } from "./pass-through.js";
import { compactPayload, eventRepository } from "./payloads.js";

export type FlowEventFromGitHubInput = {
  /** GITHUB_EVENT_NAME: `push`, `release`, `pull_request`... */
  eventName: string;
  /** The webhook payload (the JSON file at GITHUB_EVENT_PATH). */
  payload: unknown;
  context: GitHubRunContext;
  /** The action's `event` input: FlowEvent JSON that replaces the GitHub event. */
  eventInput?: string;
  now?: () => Date;
  /** Put the full webhook payload under `payload.github` (default true). */
  includeWebhookPayload?: boolean;
};

/**
 * The FlowEvent for the GitHub delivery that started this job: a FlowEvent the delivery
 * carries (the `event` input, a dispatch), else the mapped GitHub event with a deterministic id
 * `github:<type>:<owner>/<repo>:<natural key>`. Pure: everything comes from the input.
 */
export function flowEventFromGitHub(input: FlowEventFromGitHubInput): FlowEvent {
  const call = "flowEventFromGitHub";
  checkArgument(isObject(input), call, "input", "an object like { eventName, payload, context: readGitHubRunContext(process.env) }", input);
  checkArgument(typeof input.eventName === "string", call, "input.eventName", 'the GitHub event name (GITHUB_EVENT_NAME), e.g. "push"', input.eventName);
  checkArgument(isObject(input.context), call, "input.context", "the run context, e.g. readGitHubRunContext(process.env)", input.context);
  checkArgument(input.eventInput === undefined || typeof input.eventInput === "string", call, "input.eventInput", "FlowEvent JSON text, or left out", input.eventInput);
  checkArgument(input.now === undefined || typeof input.now === "function", call, "input.now", "a function that returns a Date, or left out", input.now);
  const eventName = input.eventName.trim();
  if (eventName === "") {
    throw new GitHubEventError({ message: "The GitHub event name is empty; expected e.g. push, release or pull_request." });
  }
  if (!isObject(input.payload)) {
    throw new GitHubEventError({
      message: `The payload of the GitHub event ${eventName} is not a JSON object; pass the webhook payload as delivered.`,
    });
  }
  const payload = input.payload;
  checkPayloadShape(payload, `the GitHub event ${eventName}`);
  const now = (input.now ?? (() => new Date()))();
  const action = gitHubAction(payload);
  const carried = passThroughEvent({
    eventName,
    action,
    payload,
    now,
    ...(input.eventInput !== undefined ? { eventInput: input.eventInput } : {}),
  });
  if (carried) {
    checkPayloadShape(carried.payload, `event ${JSON.stringify(carried.id)}`);
    return carried;
  }

  const type = gitHubEventType(eventName, payload);
  const compact = compactPayload({
    eventName,
    action,
    payload,
    context: input.context,
    includeWebhookPayload: input.includeWebhookPayload ?? true,
  });
  return {
    id: githubEventId({
      type,
      repo: idScope(payload, input.context),
      key: naturalKey({ eventName, action, payload, context: input.context }),
    }),
    type,
    source: "github",
    ...(compact.occurredAt !== undefined ? { occurredAt: compact.occurredAt } : {}),
    receivedAt: now.toISOString(),
    payload: compact.payload,
  };
}

/** The webhook `action` (for repository_dispatch: the event_type), when it is a string. */
function gitHubAction(payload: JsonObject): string | undefined {
  return stringAt(payload, "action");
}

/** `<event name>` or `<event name>.<action>`: `release.published`, `repository_dispatch.deploy`. */
export function gitHubEventType(eventName: string, payload: unknown): string {
  const action = isObject(payload) ? gitHubAction(payload) : undefined;
  return action === undefined ? eventName : `${eventName}.${encodeControlCharacters(action)}`;
}

/**
 * The action comes from the payload (a repository_dispatch event_type is any text a caller
 * sends). Types end up in log lines and workflow commands, where a newline would start a
 * command of its own, so control characters are percent-encoded; printable text is kept as sent.
 */
function encodeControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => encodeURIComponent(char));
}

/**
 * The `<owner>/<repo>` part of the id. Events outside a repository (installation, sponsorship,
 * organization...) never start a workflow, but can be fed to the CLI: they are scoped to
 * their organization or account as `<login>/*`, or `*` + `/*` when nothing names an owner.
 */
function idScope(payload: JsonObject, context: GitHubRunContext): string {
  const repo = eventRepository(payload, context);
  if (repo !== null) return repo;
  const owner =
    loginAt(payload, "organization") ?? loginAt(objectAt(payload, "installation"), "account") ?? loginAt(payload, "sender");
  return `${owner ?? "*"}/*`;
}
