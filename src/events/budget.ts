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
export const MAX_PAYLOAD_CONTAINERS = 1024 * 1024;

/** A value's shape as measured: levels of nesting (a scalar is 0) and objects and arrays in it. */
export type ValueShape = { height: number; containers: number };

/** Shapes of values already measured, so a checked payload is not walked again. */
const shapes = new WeakMap<object, ValueShape>();

/**
 * Records the shape of a value measured elsewhere (a lazy array: its file was scanned), so the
 * checks use it instead of walking (and reading) the value.
 */
export function rememberShape(value: object, shape: ValueShape): void {
  shapes.set(value, shape);
}

/** The height of a value measured before (a lazy array's, or a checked payload's), if it was. */
export function knownHeight(value: object): number | undefined {
  return shapes.get(value)?.height;
}

/** True when objects and arrays in `value` nest deeper than `maxDepth`. Iterative: any input is safe. */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  return typeof measure(value, maxDepth, Number.POSITIVE_INFINITY) === "string";
}

/**
 * The shape of `value`, or which limit it passed ("depth" before "containers": the walk stops at
 * the first). One walk counts both, so the container count costs an addition per value the depth
 * check visits anyway; a value whose shape is known (a lazy array, a payload checked before) adds
 * its count without being walked.
 */
function measure(value: unknown, maxDepth: number, maxContainers: number): ValueShape | "depth" | "containers" {
  if (typeof value !== "object" || value === null) return { height: 0, containers: 0 };
  const known = shapes.get(value);
  if (known !== undefined) return known.height > maxDepth ? "depth" : known.containers > maxContainers ? "containers" : known;
  const stack: object[] = [value];
  const depths: number[] = [1];
  let height = 0;
  let containers = 0;
  while (stack.length > 0) {
    const item = stack.pop() as object;
    const depth = depths.pop() as number;
    const below = shapes.get(item);
    const reach = below === undefined ? depth : depth - 1 + below.height;
    if (reach > maxDepth) return "depth";
    if (reach > height) height = reach;
    containers += below === undefined ? 1 : below.containers;
    if (containers > maxContainers) return "containers";
    if (below !== undefined) continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  const shape = { height, containers };
  shapes.set(value, shape);
  return shape;
}

/**
 * Objects and arrays in `value` (at least as many as its JSON text holds), or undefined when it
 * nests deeper than `maxDepth`. A payload checked at intake, or a lazy array, is not walked again:
 * an event's count costs a look at its own fields.
 */
export function countContainers(value: unknown, maxDepth: number): number | undefined {
  const shape = measure(value, maxDepth, Number.POSITIVE_INFINITY);
  return typeof shape === "string" ? undefined : shape.containers;
}

/**
 * Throws a PayloadBudgetError when `value` nests deeper than MAX_PAYLOAD_DEPTH or holds more than
 * MAX_PAYLOAD_CONTAINERS objects and arrays. The shape of a value that passed is remembered, so
 * the event the action built is not walked again by the engine.
 */
export function checkPayloadShape(value: unknown, origin: string): void {
  const shape = measure(value, MAX_PAYLOAD_DEPTH, MAX_PAYLOAD_CONTAINERS);
  if (shape === "depth") {
    throw new PayloadBudgetError(
      `The payload of ${origin} nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep, ` +
        "so it was not dispatched and nothing was stored. Send a flatter payload (for example, nested data as a JSON string).",
    );
  }
  if (shape === "containers") {
    throw new PayloadBudgetError(
      `The payload of ${origin} holds more than ${MAX_PAYLOAD_CONTAINERS.toLocaleString("en-US")} objects and arrays; payloads may hold at most ` +
        `${MAX_PAYLOAD_CONTAINERS.toLocaleString("en-US")} (four times as many per byte as GitHub's own webhook payloads), ` +
        "so it was not dispatched and nothing was stored. Send a payload with fewer (for example, a long list as one JSON string).",
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
