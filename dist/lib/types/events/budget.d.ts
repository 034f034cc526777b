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
 * Records the height of a value measured elsewhere (a lazy array: its file was scanned), so the
 * depth checks use it instead of walking (and reading) the value.
 */
export declare function rememberHeight(value: object, height: number): void;
/** The height of a value measured before (a lazy array's, or a checked payload's), if it was. */
export declare function knownHeight(value: object): number | undefined;
/** True when objects and arrays in `value` nest deeper than `maxDepth`. Iterative: any input is safe. */
export declare function exceedsDepth(value: unknown, maxDepth: number): boolean;
/**
 * Throws a PayloadBudgetError when `value` nests deeper than MAX_PAYLOAD_DEPTH. The height of a
 * value that passed is remembered, so the event the action built is not walked again by the engine.
 */
export declare function checkPayloadDepth(value: unknown, origin: string): void;
/** Throws a PayloadBudgetError when a payload of `bytes` is over MAX_PAYLOAD_BYTES. */
export declare function checkPayloadSize(bytes: number, origin: string): void;
