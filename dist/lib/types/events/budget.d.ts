/**
 * GitHub caps webhook payloads at 25 MB, so a larger event file did not come from GitHub:
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap
 */
export declare const MAX_PAYLOAD_BYTES: number;
/**
 * Deepest nesting of objects and arrays in a payload. GitHub's own payloads stay under 15
 * levels; 256 leaves room for any client_payload while every recursive walk in flows-action
 * (JSON.stringify, ajv, the redactor) stays far inside Node's default stack at this depth.
 */
export declare const MAX_PAYLOAD_DEPTH = 256;
/**
 * Most objects and arrays in a payload: 1,048,576, one per 25 bytes of MAX_PAYLOAD_BYTES. Counted
 * at intake because a stored record is refused past its own count (state/layout.ts,
 * MAX_RECORD_CONTAINERS: 4,194,304 at its 128 MiB cap): a 25 MiB payload of `[],` (8.7 million
 * arrays) was accepted, its record written, then set aside at every read, so the event ran again
 * at every redelivery. GitHub's payloads hold about one per 100 bytes (about 260,000 at 25 MiB):
 * this is four times that density over the whole cap, and leaves three quarters of a record's
 * count (3.1 million) to its runs and their results (the densest 4 MiB FLOW_RESULT, `[1,2],`
 * pairs, holds 700,000).
 */
export declare const MAX_PAYLOAD_CONTAINERS: number;
/** A value's shape as measured: levels of nesting (a scalar is 0) and objects and arrays in it. */
export type ValueShape = {
    height: number;
    containers: number;
};
/**
 * Records the shape of a value measured elsewhere (a lazy array: its file was scanned), so the
 * checks use it instead of walking (and reading) the value.
 */
export declare function rememberShape(value: object, shape: ValueShape): void;
/** The height of a value measured before (a lazy array's, or a checked payload's), if it was. */
export declare function knownHeight(value: object): number | undefined;
/** True when objects and arrays in `value` nest deeper than `maxDepth`. Iterative: any input is safe. */
export declare function exceedsDepth(value: unknown, maxDepth: number): boolean;
/**
 * Objects and arrays in `value` (at least as many as its JSON text holds), or undefined when it
 * nests deeper than `maxDepth`. A payload checked at intake, or a lazy array, is not walked again:
 * an event's count costs a look at its own fields.
 */
export declare function countContainers(value: unknown, maxDepth: number): number | undefined;
/**
 * Throws a PayloadBudgetError when `value` nests deeper than MAX_PAYLOAD_DEPTH or holds more than
 * MAX_PAYLOAD_CONTAINERS objects and arrays. The shape of a value that passed is remembered, so
 * the event the action built is not walked again by the engine.
 */
export declare function checkPayloadShape(value: unknown, origin: string): void;
/** Throws a PayloadBudgetError when a payload of `bytes` is over MAX_PAYLOAD_BYTES. */
export declare function checkPayloadSize(bytes: number, origin: string): void;
