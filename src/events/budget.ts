import { PayloadBudgetError } from "./errors.js";

// Budgets for a payload, applied once where an event enters (the event file, a FlowEvent handed
// in, a `next` event): past them, every walk that follows (canonical JSON, hashing, redaction,
// storage, schema checks) is known to stay within the stack and memory of one job.

/**
 * GitHub caps webhook payloads at 25 MB, so a larger event file did not come from GitHub:
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap
 */
export const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

/**
 * Deepest nesting of objects and arrays in a payload. GitHub's own payloads stay under 15
 * levels; 256 leaves room for any client_payload while every recursive walk in flows-action
 * (JSON.stringify, ajv, the redactor) stays far inside Node's default stack at this depth.
 */
export const MAX_PAYLOAD_DEPTH = 256;

/** Heights (levels of nesting) of values already measured, so a checked payload is not walked again. */
const heights = new WeakMap<object, number>();

/**
 * Records the height of a value measured elsewhere (a lazy array: its file was scanned), so the
 * depth checks use it instead of walking (and reading) the value.
 */
export function rememberHeight(value: object, height: number): void {
  heights.set(value, height);
}

/** The height of a value measured before (a lazy array's, or a checked payload's), if it was. */
export function knownHeight(value: object): number | undefined {
  return heights.get(value);
}

/** True when objects and arrays in `value` nest deeper than `maxDepth`. Iterative: any input is safe. */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const height = measure(value, maxDepth);
  return height === undefined;
}

/** Levels of nesting of `value` (a scalar is 0), or undefined once past `maxDepth`. */
function measure(value: unknown, maxDepth: number): number | undefined {
  if (typeof value !== "object" || value === null) return 0;
  const known = heights.get(value);
  if (known !== undefined) return known <= maxDepth ? known : undefined;
  const stack: object[] = [value];
  const depths: number[] = [1];
  let height = 0;
  while (stack.length > 0) {
    const item = stack.pop() as object;
    const depth = depths.pop() as number;
    const below = heights.get(item);
    const reach = below === undefined ? depth : depth - 1 + below;
    if (reach > maxDepth) return undefined;
    if (reach > height) height = reach;
    if (below !== undefined) continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  heights.set(value, height);
  return height;
}

/**
 * Throws a PayloadBudgetError when `value` nests deeper than MAX_PAYLOAD_DEPTH. The height of a
 * value that passed is remembered, so the event the action built is not walked again by the engine.
 */
export function checkPayloadDepth(value: unknown, origin: string): void {
  if (exceedsDepth(value, MAX_PAYLOAD_DEPTH)) {
    throw new PayloadBudgetError(
      `The payload of ${origin} nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep, ` +
        "so it was not dispatched and nothing was stored. Send a flatter payload (for example, nested data as a JSON string).",
    );
  }
}

/** Throws a PayloadBudgetError when a payload of `bytes` is over MAX_PAYLOAD_BYTES. */
export function checkPayloadSize(bytes: number, origin: string): void {
  if (bytes <= MAX_PAYLOAD_BYTES) return;
  throw new PayloadBudgetError(
    `${origin} is ${(bytes / (1024 * 1024)).toFixed(1)} MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads), ` +
      "so it was not dispatched and nothing was stored. Send a smaller payload.",
  );
}
