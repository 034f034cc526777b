export type JsonObject = Record<string, unknown>;
export declare function isObject(value: unknown): value is JsonObject;
/** The object at `key`, or undefined. */
export declare function objectAt(source: unknown, key: string): JsonObject | undefined;
/** A non-empty string at `key`, or undefined. */
export declare function stringAt(source: unknown, key: string): string | undefined;
export declare function numberAt(source: unknown, key: string): number | undefined;
export declare function booleanAt(source: unknown, key: string): boolean | undefined;
/** An identifier that GitHub sends as a number (or, for node ids and GHSA ids, a string). */
export declare function idAt(source: unknown, key: string): string | undefined;
/** `user.login` of the account object at `key` (sender, user, author...). */
export declare function loginAt(source: unknown, key: string): string | undefined;
/** The objects of the array at `key`; anything that is not an object is skipped. */
export declare function objectsAt(source: unknown, key: string): JsonObject[];
/** Label names of an issue or pull request. */
export declare function labelNames(source: unknown): string[];
/**
 * A time field as an ISO string in UTC. GitHub mixes ISO strings with offsets
 * (`2019-05-15T08:20:41-07:00` in commit timestamps) and Unix seconds (`repository.pushed_at`
 * in push payloads); both become `2019-05-15T15:20:41.000Z`.
 */
export declare function timeAt(source: unknown, key: string): string | undefined;
/** The first line of a commit or PR message, trimmed. */
export declare function firstLine(text: string | undefined): string | undefined;
/** Drop keys whose value is undefined, so compact payloads stay compact in JSON and schemas. */
export declare function definedOnly<T extends JsonObject>(value: T): T;
