// @bun
import {
  sha256Hex
} from "./main-fbb7e2a8.js";
import {
  parseJsonText,
  UPSTREAM_RELEASE_SHAPE,
  FlowEventInputError
} from "./main-705341a3.js";

// src/events/fields.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function objectAt(source, key) {
  if (!isObject(source))
    return;
  const value = source[key];
  return isObject(value) ? value : undefined;
}
function stringAt(source, key) {
  if (!isObject(source))
    return;
  const value = source[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}
function numberAt(source, key) {
  if (!isObject(source))
    return;
  const value = source[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
function booleanAt(source, key) {
  if (!isObject(source))
    return;
  const value = source[key];
  return typeof value === "boolean" ? value : undefined;
}
function idAt(source, key) {
  const number = numberAt(source, key);
  return number === undefined ? stringAt(source, key) : String(number);
}
function loginAt(source, key) {
  return stringAt(objectAt(source, key), "login");
}
function objectsAt(source, key) {
  if (!isObject(source))
    return [];
  const value = source[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}
function labelNames(source) {
  return objectsAt(source, "labels").map((label) => stringAt(label, "name")).filter((name) => name !== undefined);
}
function timeAt(source, key) {
  if (!isObject(source))
    return;
  const value = source[key];
  const date = typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
  if (date === undefined || Number.isNaN(date.getTime()))
    return;
  return date.toISOString();
}
function firstLine(text) {
  if (text === undefined)
    return;
  return text.split(/\r?\n/, 1)[0]?.trim();
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}

// src/events/canonical.ts
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value))
    return value.map(sortKeys);
  if (typeof value !== "object" || value === null)
    return value;
  const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
function canonicalDigest(value) {
  return sha256Hex(canonicalJson(value));
}

// src/events/id.ts
var SAFE = /[A-Za-z0-9._~/+=,*!()-]/;
function encodeIdPart(value) {
  let out = "";
  for (const char of value) {
    if (SAFE.test(char))
      out += char;
    else
      for (const byte of Buffer.from(char, "utf8"))
        out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function idKey(strings, ...values) {
  return strings.reduce((key, literal, index) => {
    const value = index < values.length ? encodeIdPart(String(values[index])) : "";
    return key + literal + value;
  }, "");
}
function githubEventId(parts) {
  return `github:${encodeIdPart(parts.type)}:${encodeIdPart(parts.repo)}:${parts.key}`;
}
function upstreamReleaseEventId(repo, tag) {
  return githubEventId({ type: "upstream.release", repo, key: idKey`${tag}` });
}
function idTime(iso) {
  return iso.replace(/[-:]/g, "").replace(/\.000Z$/, "Z");
}
function deliveryDiscriminator(options) {
  if (options.version !== undefined)
    return encodeIdPart(options.version);
  if (options.runId !== undefined)
    return idKey`run-${options.runId}`;
  return `sha256-${canonicalDigest(options.payload).slice(0, 32)}`;
}

// src/events/pass-through.ts
var ORIGINS = {
  eventInput: "the action input `event`",
  dispatchInput: "the workflow_dispatch input `event` (inputs.event)",
  clientPayloadEvent: "the repository_dispatch client_payload.event",
  clientPayload: "the repository_dispatch client_payload"
};
function passThroughEvent(input) {
  const { payload, now } = input;
  if (input.eventInput !== undefined && input.eventInput.trim() !== "") {
    return flowEventFromText(input.eventInput, ORIGINS.eventInput, now);
  }
  if (input.eventName === "workflow_dispatch") {
    const value = objectAt(payload, "inputs")?.event;
    if (typeof value === "string" && value.trim() !== "")
      return flowEventFromText(value, ORIGINS.dispatchInput, now);
    if (isObject(value))
      return flowEventFromValue(value, ORIGINS.dispatchInput, now);
    return;
  }
  if (input.eventName !== "repository_dispatch")
    return;
  const clientPayload = objectAt(payload, "client_payload") ?? {};
  const nested = clientPayload.event;
  if (typeof nested === "string")
    return flowEventFromText(nested, ORIGINS.clientPayloadEvent, now);
  if (nested !== undefined)
    return flowEventFromValue(nested, ORIGINS.clientPayloadEvent, now);
  if ("id" in clientPayload && "type" in clientPayload) {
    return flowEventFromValue(clientPayload, ORIGINS.clientPayload, now);
  }
  if (input.action === "upstream.release")
    return upstreamReleaseEvent(clientPayload, now);
  return;
}
function flowEventFromText(text, origin, now) {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { message, offset, line, column } = parsed;
    const position = offset !== undefined && line !== undefined && column !== undefined ? { offset, line, column } : undefined;
    throw new FlowEventInputError({ origin, problem: `invalid JSON: ${message}`, ...position ? { position } : {} });
  }
  return flowEventFromValue(parsed.value, origin, now);
}
function flowEventFromValue(value, origin, now) {
  const fail = (problem) => {
    throw new FlowEventInputError({ origin, problem });
  };
  if (!isObject(value))
    return fail(`it is ${describeValue(value)}, not a JSON object`);
  const id = requiredString(value, "id", fail);
  const type = requiredString(value, "type", fail);
  for (const key of ["source", "occurredAt", "receivedAt"]) {
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
    ...typeof value.source === "string" ? { source: value.source } : {},
    ...typeof value.occurredAt === "string" ? { occurredAt: value.occurredAt } : {},
    receivedAt: typeof value.receivedAt === "string" ? value.receivedAt : now.toISOString(),
    payload: value.payload ?? {}
  };
}
function requiredString(value, key, fail) {
  const item = value[key];
  if (item === undefined)
    return fail(`missing string "${key}"`);
  if (typeof item !== "string")
    return fail(`"${key}" must be a string, but it is ${describeValue(item)}`);
  if (item.trim() === "")
    return fail(`"${key}" is empty`);
  if (/[\u0000-\u001f\u007f]/.test(item))
    return fail(`"${key}" contains a control character (newline, tab...)`);
  return item;
}
function upstreamReleaseEvent(clientPayload, now) {
  const fail = (problem) => {
    throw new FlowEventInputError({
      origin: `${ORIGINS.clientPayload} of event_type upstream.release`,
      subject: "upstream release",
      problem,
      expected: UPSTREAM_RELEASE_SHAPE
    });
  };
  const { repo, tag, provider } = clientPayload;
  if (typeof repo !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(repo)) {
    fail(`"repo" must be a string "owner/repo", but it is ${describeValue(repo)}`);
  }
  if (typeof tag !== "string" || tag.trim() === "")
    fail(`"tag" must be a non-empty string, but it is ${describeValue(tag)}`);
  if (provider !== undefined && provider !== "github") {
    fail(`"provider" is ${describeValue(provider)}; only GitHub upstream releases can be sent this way \u2014 send a full FlowEvent in client_payload.event for others`);
  }
  for (const key of ["url", "publishedAt"]) {
    if (clientPayload[key] !== undefined && typeof clientPayload[key] !== "string") {
      fail(`"${key}" must be a string when present, but it is ${describeValue(clientPayload[key])}`);
    }
  }
  const occurredAt = timeAt(clientPayload, "publishedAt");
  return {
    id: upstreamReleaseEventId(repo, tag),
    type: "upstream.release",
    source: "github",
    ...occurredAt !== undefined ? { occurredAt } : {},
    receivedAt: now.toISOString(),
    payload: { provider: "github", ...clientPayload }
  };
}
function describeValue(value) {
  if (value === undefined)
    return "missing";
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "an array";
  if (typeof value === "object")
    return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

export { isObject, objectAt, stringAt, numberAt, booleanAt, idAt, loginAt, objectsAt, labelNames, timeAt, firstLine, definedOnly, canonicalDigest, idKey, githubEventId, idTime, deliveryDiscriminator, passThroughEvent, upstreamReleaseEvent };
