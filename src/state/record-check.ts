import { FLOW_RESULT_STATUSES, PROCESS_STATUSES } from "../contracts.js";
import { knownHeight, MAX_PAYLOAD_DEPTH } from "../events/budget.js";

/**
 * The structural check of a stored record (format 1), field by field. A stored record is data
 * from outside the process (another version, a hand edit, a bad merge), so every field the
 * code reads is checked before the record is trusted; the first problem is returned as
 * "<field path> <what is wrong>", or undefined when the record is sound. Unknown fields are
 * allowed (a newer writer of the same format may add some).
 *
 * Kept beside the JSON Schema of the record (schemas/, compiled by the contracts build): this
 * check is the one the stores call until the compiled validator replaces it.
 */
export function checkEventRecordShape(value: unknown): string | undefined {
  try {
    const deep = tooDeep(value, MAX_RECORD_DEPTH);
    if (deep !== undefined) return `${deep || "the value"} is nested deeper than ${MAX_RECORD_DEPTH} levels`;
    const check = new Check();
    check.record(value);
    return undefined;
  } catch (error) {
    if (error instanceof ShapeProblem) return error.message;
    throw error;
  }
}

/**
 * A record holds an event's payload and its steps' results, each of which may nest
 * MAX_PAYLOAD_DEPTH levels, a few levels down (`runs[0].result.payload`). A lower bound (it was
 * 100) set aside the record of every event or result nested deeper than that as damaged, and the
 * event then ran again at its next delivery. Shallow enough that no reader recurses into a stack
 * overflow.
 */
export const MAX_RECORD_DEPTH = MAX_PAYLOAD_DEPTH + 8;

const PROCESS = PROCESS_STATUSES as readonly string[];
const RESULT = FLOW_RESULT_STATUSES as readonly string[];
const EFFECTIVE = [...PROCESS, ...RESULT];

class ShapeProblem extends Error {}

type Obj = Record<string, unknown>;

class Check {
  record(value: unknown): void {
    const record = this.object(value, "");
    this.object(record.event, "event");
    const event = record.event as Obj;
    this.string(event.id, "event.id", { nonEmpty: true });
    this.string(event.type, "event.type", { nonEmpty: true });
    this.string(event.receivedAt, "event.receivedAt");
    if (event.payload === undefined) this.fail("event.payload", "is missing (any JSON value; {} when empty)");
    this.optionalString(event.source, "event.source");
    this.optionalString(event.occurredAt, "event.occurredAt");
    const runs = this.array(record.runs, "runs");
    runs.forEach((run, index) => {
      this.run(run, `runs[${index}]`);
    });
    this.optionalString(record.firstDispatchedAt, "firstDispatchedAt");
    this.optionalString(record.updatedAt, "updatedAt");
    if (record.dispatchCount !== undefined) this.number(record.dispatchCount, "dispatchCount");
    if (record.dispatchKeys !== undefined) {
      this.array(record.dispatchKeys, "dispatchKeys").forEach((key, index) => {
        this.string(key, `dispatchKeys[${index}]`);
      });
    }
  }

  run(value: unknown, at: string): void {
    const run = this.object(value, at);
    for (const key of ["id", "eventId", "flowName", "stepName", "runner", "createdAt", "updatedAt"]) {
      this.string(run[key], `${at}.${key}`);
    }
    // Optional as in flow-run-view.schema.json (a flow backend may not say it); local runs always have it.
    if (run.flowVersion !== undefined) this.number(run.flowVersion, `${at}.flowVersion`);
    this.oneOf(run.processStatus, PROCESS, `${at}.processStatus`);
    if (run.resultStatus !== undefined) this.oneOf(run.resultStatus, RESULT, `${at}.resultStatus`);
    this.oneOf(run.effectiveStatus, EFFECTIVE, `${at}.effectiveStatus`);
    this.boolean(run.needsAttention, `${at}.needsAttention`);
    for (const key of ["output", "error", "startedAt", "completedAt"]) this.optionalString(run[key], `${at}.${key}`);
    for (const key of ["timedOut", "replay", "alreadyHandled"]) {
      if (run[key] !== undefined) this.boolean(run[key], `${at}.${key}`);
    }
    if (run.durationMs !== undefined) this.number(run.durationMs, `${at}.durationMs`);
    if (run.resultPayload !== undefined) this.result(run.resultPayload, `${at}.resultPayload`);
    const attempts = this.array(run.attempts, `${at}.attempts`);
    if (attempts.length === 0) this.fail(`${at}.attempts`, "has no attempt");
    attempts.forEach((attempt, index) => {
      this.attempt(attempt, `${at}.attempts[${index}]`);
    });
  }

  attempt(value: unknown, at: string): void {
    const attempt = this.object(value, at);
    this.string(attempt.id, `${at}.id`, { nonEmpty: true });
    this.number(attempt.number, `${at}.number`);
    this.oneOf(attempt.status, PROCESS, `${at}.status`);
    if (attempt.resultStatus !== undefined) this.oneOf(attempt.resultStatus, RESULT, `${at}.resultStatus`);
    for (const key of ["startedAt", "completedAt", "error"]) this.optionalString(attempt[key], `${at}.${key}`);
    for (const key of ["timedOut", "replay"]) {
      if (attempt[key] !== undefined) this.boolean(attempt[key], `${at}.${key}`);
    }
    if (attempt.dispatcher !== undefined) {
      const dispatcher = this.object(attempt.dispatcher, `${at}.dispatcher`);
      this.string(dispatcher.host, `${at}.dispatcher.host`);
      this.number(dispatcher.pid, `${at}.dispatcher.pid`);
      this.string(dispatcher.startedAt, `${at}.dispatcher.startedAt`);
      this.optionalString(dispatcher.until, `${at}.dispatcher.until`);
      if (dispatcher.startTicks !== undefined) this.number(dispatcher.startTicks, `${at}.dispatcher.startTicks`);
      this.optionalString(dispatcher.bootId, `${at}.dispatcher.bootId`);
    }
    this.optionalString(attempt.key, `${at}.key`);
  }

  result(value: unknown, at: string): void {
    const result = this.object(value, at);
    this.oneOf(result.status, RESULT, `${at}.status`);
    this.optionalString(result.message, `${at}.message`);
    if (result.artifacts !== undefined) this.object(result.artifacts, `${at}.artifacts`);
    if (result.next !== undefined) {
      this.array(result.next, `${at}.next`).forEach((next, index) => {
        this.object(next, `${at}.next[${index}]`);
      });
    }
    if (result.annotations !== undefined) {
      this.array(result.annotations, `${at}.annotations`).forEach((item, index) => {
        const annotation = this.object(item, `${at}.annotations[${index}]`);
        this.string(annotation.path, `${at}.annotations[${index}].path`);
        this.string(annotation.message, `${at}.annotations[${index}].message`);
      });
    }
  }

  object(value: unknown, at: string): Obj {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(at, "must be an object", value);
    return value as Obj;
  }

  array(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) this.fail(at, "must be an array", value);
    return value as unknown[];
  }

  string(value: unknown, at: string, options: { nonEmpty?: boolean } = {}): void {
    if (typeof value !== "string") this.fail(at, "must be a string", value);
    if (options.nonEmpty && value === "") this.fail(at, "must not be empty");
  }

  optionalString(value: unknown, at: string): void {
    if (value !== undefined) this.string(value, at);
  }

  number(value: unknown, at: string): void {
    if (typeof value !== "number" || !Number.isFinite(value)) this.fail(at, "must be a number", value);
  }

  boolean(value: unknown, at: string): void {
    if (typeof value !== "boolean") this.fail(at, "must be true or false", value);
  }

  oneOf(value: unknown, allowed: readonly string[], at: string): void {
    if (typeof value !== "string" || !allowed.includes(value)) {
      this.fail(at, `must be one of ${allowed.join(", ")}`, value);
    }
  }

  fail(at: string, problem: string, ...value: [unknown?]): never {
    // The same sentence shape as the compiled validators' (contract-errors.ts).
    const got = value.length > 0 ? ` (got ${describe(value[0])})` : "";
    throw new ShapeProblem(`${at || "the value"} ${problem}${got}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return typeof value === "undefined" ? "nothing" : `${typeof value} ${String(value)}`;
}

/**
 * The path of the first value nested deeper than `limit`, without recursion (so no stack
 * overflow). One frame per level of the value being walked, not one per value waiting to be: a
 * record's run holding 4 million empty arrays (what its container cap lets through) kept as many
 * entries, each with its path, and took 770 MiB more than the parse that built it.
 */
function tooDeep(root: unknown, limit: number): string | undefined {
  const frames: Array<{ value: object; keys: string[] | undefined; next: number; path: string }> = [];
  /** True when `value` is too deep, else walked next if it is an object or array. */
  const enter = (value: unknown, path: string): boolean => {
    if (typeof value !== "object" || value === null) return false;
    const depth = frames.length;
    if (depth >= limit) return true;
    // Measured when it was read (an array kept on disk, events/lazy-json.ts): not walked, nor read.
    const height = knownHeight(value);
    if (height !== undefined) return depth + height > limit;
    frames.push({ value, keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0, path });
    return false;
  };
  if (enter(root, "")) return "";
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    const { keys } = frame;
    if (frame.next >= (keys ? keys.length : (frame.value as unknown[]).length)) {
      frames.pop();
      continue;
    }
    const index = frame.next++;
    const key = keys?.[index];
    const item = key === undefined ? (frame.value as unknown[])[index] : (frame.value as Record<string, unknown>)[key];
    if (typeof item !== "object" || item === null) continue;
    const path = key === undefined ? `${frame.path}[${index}]` : frame.path ? `${frame.path}.${key}` : key;
    if (enter(item, path)) return path;
  }
  return undefined;
}
