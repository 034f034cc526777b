import type { FlowEvent } from "../contracts.js";
import { FlowEventInputError, UPSTREAM_RELEASE_SHAPE } from "./errors.js";
import { type JsonObject, isObject, objectAt, timeAt } from "./fields.js";
import { eventIdLengthProblem, upstreamReleaseEventId } from "./id.js";
import { parseJsonText } from "../json-text.js";
import { clipText } from "../text-cut.js";

// Events that carry a FlowEvent of their own (or an upstream release) instead of being mapped
// from the GitHub payload. Accepted forms, first match wins:
// 1. the action's `event` input (`eventInput`), for any GitHub event: FlowEvent JSON text;
// 2. workflow_dispatch with an `event` input: FlowEvent JSON text (or an object);
// 3. repository_dispatch with `client_payload.event`: a FlowEvent object (or JSON text);
// 4. repository_dispatch whose client_payload has both `id` and `type`: the FlowEvent itself;
// 5. repository_dispatch with event_type `upstream.release` and an upstream-release
//    client_payload `{repo, tag, ...}`.

export type PassThroughInput = {
  eventName: string;
  action: string | undefined;
  payload: JsonObject;
  eventInput?: string;
  now: Date;
};

export const ORIGINS = {
  eventInput: "the action input `event`",
  dispatchInput: "the workflow_dispatch input `event` (inputs.event)",
  clientPayloadEvent: "the repository_dispatch client_payload.event",
  clientPayload: "the repository_dispatch client_payload",
} as const;

/** The FlowEvent the delivery carries, or undefined when it is an ordinary GitHub event. */
export function passThroughEvent(input: PassThroughInput): FlowEvent | undefined {
  const { payload, now } = input;
  if (input.eventInput !== undefined && input.eventInput.trim() !== "") {
    return flowEventFromText(input.eventInput, ORIGINS.eventInput, now);
  }
  if (input.eventName === "workflow_dispatch") {
    const value = objectAt(payload, "inputs")?.event;
    if (typeof value === "string" && value.trim() !== "") return flowEventFromText(value, ORIGINS.dispatchInput, now);
    if (isObject(value)) return flowEventFromValue(value, ORIGINS.dispatchInput, now);
    return undefined;
  }
  if (input.eventName !== "repository_dispatch") return undefined;
  const clientPayload = objectAt(payload, "client_payload") ?? {};
  const nested = clientPayload.event;
  if (typeof nested === "string") return flowEventFromText(nested, ORIGINS.clientPayloadEvent, now);
  if (nested !== undefined) return flowEventFromValue(nested, ORIGINS.clientPayloadEvent, now);
  if ("id" in clientPayload && "type" in clientPayload) {
    return flowEventFromValue(clientPayload, ORIGINS.clientPayload, now);
  }
  if (input.action === "upstream.release") return upstreamReleaseEvent(clientPayload, now);
  return undefined;
}

/** Parse FlowEvent JSON text; errors say where the text came from and where it breaks. */
export function flowEventFromText(text: string, origin: string, now: Date): FlowEvent {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { message, offset, line, column } = parsed;
    const position = offset !== undefined && line !== undefined && column !== undefined ? { offset, line, column } : undefined;
    throw new FlowEventInputError({ origin, problem: `invalid JSON: ${message}`, ...(position ? { position } : {}) });
  }
  return flowEventFromValue(parsed.value, origin, now);
}

/** Check a FlowEvent value; fills receivedAt (now) and payload ({}) when missing. */
export function flowEventFromValue(value: unknown, origin: string, now: Date): FlowEvent {
  const fail = (problem: string): never => {
    throw new FlowEventInputError({ origin, problem });
  };
  if (!isObject(value)) return fail(`it is ${describeValue(value)}, not a JSON object`);
  const id = requiredString(value, "id", fail);
  const type = requiredString(value, "type", fail);
  for (const key of ["source", "occurredAt", "receivedAt"] as const) {
    if (value[key] !== undefined && typeof value[key] !== "string") {
      fail(`"${key}" must be a string when present, but it is ${describeValue(value[key])}`);
    }
  }
  if (value.payload !== undefined && !isObject(value.payload)) {
    fail(`"payload" must be an object when present, but it is ${describeValue(value.payload)}`);
  }
  return {
    id,
    type,
    ...(typeof value.source === "string" ? { source: value.source } : {}),
    ...(typeof value.occurredAt === "string" ? { occurredAt: value.occurredAt } : {}),
    receivedAt: typeof value.receivedAt === "string" ? value.receivedAt : now.toISOString(),
    payload: value.payload ?? {},
  };
}

function requiredString(value: JsonObject, key: "id" | "type", fail: (problem: string) => never): string {
  const item = value[key];
  if (item === undefined) return fail(`missing string "${key}"`);
  if (typeof item !== "string") return fail(`"${key}" must be a string, but it is ${describeValue(item)}`);
  if (item.trim() === "") return fail(`"${key}" is empty`);
  const problem = controlCharacterProblem(key, item);
  return problem === undefined ? item : fail(problem);
}

/**
 * Ids and types end up in log lines, file names, summaries and terminals, so a FlowEvent handed
 * in with a control character in either is refused: here, and where `flows` reads an event. So
 * is a lone surrogate: the stores file a record under a hash of the id's UTF-8, which turns every
 * lone surrogate into U+FFFD, so two such ids would share one record and the second would count
 * as already handled. An id longer than MAX_EVENT_ID_LENGTH is refused too, as the FlowEvent
 * schema refuses it, but said with where it came from.
 */
export function controlCharacterProblem(key: "id" | "type", item: string): string | undefined {
  // Before the scans below, which an id of megabytes would make long: over the limit is enough to say.
  const tooLong = key === "id" ? eventIdLengthProblem(item) : undefined;
  if (tooLong !== undefined) return tooLong;
  if (/[\u0000-\u001f\u007f]/.test(item)) return `"${key}" contains a control character (newline, tab...)`;
  const lone = /\p{Cs}/u.exec(item)?.[0];
  if (lone === undefined) return undefined;
  return `"${key}" holds a lone surrogate (\\u${lone.charCodeAt(0).toString(16)}), which is not valid Unicode`;
}

/** Refuse a FlowEvent value (checked otherwise later) whose string id or type holds a control character. */
export function refuseControlCharacters(value: unknown, origin: string): void {
  if (!isObject(value)) return;
  for (const key of ["id", "type"] as const) {
    const item = value[key];
    const problem = typeof item === "string" ? controlCharacterProblem(key, item) : undefined;
    if (problem !== undefined) throw new FlowEventInputError({ origin, problem });
  }
}

/**
 * repository_dispatch `upstream.release`: the id is the one a poller of upstream releases
 * gives (`github:upstream.release:<owner>/<repo>:<tag>`, the upstream repository, not this
 * one), so the same release runs flows once whichever way it arrives.
 */
export function upstreamReleaseEvent(clientPayload: JsonObject, now: Date): FlowEvent {
  const fail = (problem: string): never => {
    throw new FlowEventInputError({
      origin: `${ORIGINS.clientPayload} of event_type upstream.release`,
      subject: "upstream release",
      problem,
      expected: UPSTREAM_RELEASE_SHAPE,
    });
  };
  const { repo, tag, provider } = clientPayload;
  if (typeof repo !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(repo)) {
    fail(`"repo" must be a string "owner/repo", but it is ${describeValue(repo)}`);
  }
  if (typeof tag !== "string" || tag.trim() === "") fail(`"tag" must be a non-empty string, but it is ${describeValue(tag)}`);
  if (provider !== undefined && provider !== "github") {
    fail(`"provider" is ${describeValue(provider)}; only GitHub upstream releases can be sent this way — send a full FlowEvent in client_payload.event for others`);
  }
  for (const key of ["url", "publishedAt"] as const) {
    if (clientPayload[key] !== undefined && typeof clientPayload[key] !== "string") {
      fail(`"${key}" must be a string when present, but it is ${describeValue(clientPayload[key])}`);
    }
  }
  const occurredAt = timeAt(clientPayload, "publishedAt");
  return {
    id: upstreamReleaseEventId(repo as string, tag as string),
    type: "upstream.release",
    source: "github",
    ...(occurredAt !== undefined ? { occurredAt } : {}),
    receivedAt: now.toISOString(),
    payload: { provider: "github", ...clientPayload },
  };
}

function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${clipText(text, 60, "...")}`;
}
