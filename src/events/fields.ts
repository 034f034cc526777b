// Reading fields of an untyped webhook payload. Payloads arrive as `unknown` (a file on disk, a
// CLI argument, a GHES version with fewer fields), so every read narrows and tolerates absence
// instead of trusting @octokit/webhooks-types.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object at `key`, or undefined. */
export function objectAt(source: unknown, key: string): JsonObject | undefined {
  if (!isObject(source)) return undefined;
  const value = source[key];
  return isObject(value) ? value : undefined;
}

/** A non-empty string at `key`, or undefined. */
export function stringAt(source: unknown, key: string): string | undefined {
  if (!isObject(source)) return undefined;
  const value = source[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function numberAt(source: unknown, key: string): number | undefined {
  if (!isObject(source)) return undefined;
  const value = source[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function booleanAt(source: unknown, key: string): boolean | undefined {
  if (!isObject(source)) return undefined;
  const value = source[key];
  return typeof value === "boolean" ? value : undefined;
}

/** An identifier that GitHub sends as a number (or, for node ids and GHSA ids, a string). */
export function idAt(source: unknown, key: string): string | undefined {
  const number = numberAt(source, key);
  return number === undefined ? stringAt(source, key) : String(number);
}

/** `user.login` of the account object at `key` (sender, user, author...). */
export function loginAt(source: unknown, key: string): string | undefined {
  return stringAt(objectAt(source, key), "login");
}

/** The objects of the array at `key`; anything that is not an object is skipped. */
export function objectsAt(source: unknown, key: string): JsonObject[] {
  if (!isObject(source)) return [];
  const value = source[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Label names of an issue or pull request. */
export function labelNames(source: unknown): string[] {
  return objectsAt(source, "labels")
    .map((label) => stringAt(label, "name"))
    .filter((name): name is string => name !== undefined);
}

/**
 * A time field as an ISO string in UTC. GitHub mixes ISO strings with offsets
 * (`2019-05-15T08:20:41-07:00` in commit timestamps) and Unix seconds (`repository.pushed_at`
 * in push payloads); both become `2019-05-15T15:20:41.000Z`.
 */
export function timeAt(source: unknown, key: string): string | undefined {
  if (!isObject(source)) return undefined;
  const value = source[key];
  const date =
    typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}

/** The first line of a commit or PR message, trimmed. */
export function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text.split(/\r?\n/, 1)[0]?.trim();
}

/** Drop keys whose value is undefined, so compact payloads stay compact in JSON and schemas. */
export function definedOnly<T extends JsonObject>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
