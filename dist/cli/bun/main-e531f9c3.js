// @bun
import {
  UserError
} from "./main-f081c345.js";
import {
  randomHex,
  checkContract
} from "./main-fbb7e2a8.js";
import {
  validateEventRecord
} from "./main-845a148e.js";
import {
  RECORD_FORMAT_VERSION
} from "./main-93ca63ca.js";

// src/state/dispatcher.ts
import { readFileSync } from "fs";
import { hostname } from "os";
var PROCESS_STARTED_AT_MS = processStartMs(process.pid) ?? Date.now() - process.uptime() * 1000;
var LEASE_GRACE_MS = 60000;
function currentDispatcher(leaseMs) {
  const dispatcher = {
    host: hostname(),
    pid: process.pid,
    startedAt: new Date(PROCESS_STARTED_AT_MS).toISOString()
  };
  if (leaseMs !== undefined)
    dispatcher.until = new Date(Date.now() + leaseMs + LEASE_GRACE_MS).toISOString();
  return dispatcher;
}
function newAttemptKey() {
  return randomHex(6);
}
function isOwnerGone(owner) {
  if (owner.host !== hostname())
    return false;
  if (owner.pid === process.pid)
    return Date.parse(owner.startedAt) < PROCESS_STARTED_AT_MS - 2000;
  if (!isPidAlive(owner.pid))
    return true;
  const started = processStartMs(owner.pid);
  const recorded = Date.parse(owner.startedAt);
  return started !== undefined && Number.isFinite(recorded) && Math.abs(started - recorded) > 1000;
}
function isPidAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0)
    return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function processStartMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    const boot = /^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"));
    if (!boot || !Number.isFinite(ticks))
      return;
    return Number(boot[1]) * 1000 + ticks / 100 * 1000;
  } catch {
    return;
  }
}
function isOrphaned(attempt, now = Date.now()) {
  if (attempt.status !== "running" && attempt.status !== "queued")
    return false;
  const owner = attempt.dispatcher;
  if (!owner)
    return false;
  if (owner.until && Date.parse(owner.until) < now)
    return true;
  return isOwnerGone(owner);
}
function markInterrupted(record, now = Date.now()) {
  if (!record.runs.some((run) => run.attempts.some((attempt) => isOrphaned(attempt, now))))
    return record;
  return { ...record, runs: record.runs.map((run) => interruptRun(run, now)) };
}
function interruptRun(run, now) {
  if (!run.attempts.some((attempt) => isOrphaned(attempt, now)))
    return run;
  const attempts = run.attempts.map((attempt) => {
    if (!isOrphaned(attempt, now))
      return attempt;
    const owner = attempt.dispatcher;
    return {
      ...attempt,
      status: "interrupted",
      error: `the dispatcher (pid ${owner.pid} on ${owner.host}) stopped while this attempt ran; nothing recorded how it ended`
    };
  });
  const last = attempts.at(-1);
  if (last.status !== "interrupted")
    return { ...run, attempts };
  const view = { ...run, attempts, processStatus: "interrupted", effectiveStatus: "interrupted", needsAttention: false };
  delete view.resultStatus;
  view.error = last.error;
  return view;
}

// src/contracts.ts
var FLOW_RESULT_STATUSES = [
  "skipped",
  "completed",
  "changed",
  "needs_intervention",
  "blocked",
  "failed"
];
var PROCESS_STATUSES = ["queued", "running", "completed", "failed", "canceled", "interrupted"];
function effectiveStatusOf(run) {
  return run.resultStatus ?? run.processStatus;
}
function needsAttentionFor(status) {
  return status === "blocked" || status === "needs_intervention";
}

// src/state/record-check.ts
function checkEventRecordShape(value) {
  try {
    const deep = tooDeep(value, MAX_DEPTH);
    if (deep !== undefined)
      return `${deep || "the value"} is nested deeper than ${MAX_DEPTH} levels`;
    const check = new Check;
    check.record(value);
    return;
  } catch (error) {
    if (error instanceof ShapeProblem)
      return error.message;
    throw error;
  }
}
var MAX_DEPTH = 100;
var PROCESS = PROCESS_STATUSES;
var RESULT = FLOW_RESULT_STATUSES;
var EFFECTIVE = [...PROCESS, ...RESULT];

class ShapeProblem extends Error {
}

class Check {
  record(value) {
    const record = this.object(value, "");
    this.object(record.event, "event");
    const event = record.event;
    this.string(event.id, "event.id", { nonEmpty: true });
    this.string(event.type, "event.type", { nonEmpty: true });
    this.string(event.receivedAt, "event.receivedAt");
    if (event.payload === undefined)
      this.fail("event.payload", "is missing (any JSON value; {} when empty)");
    this.optionalString(event.source, "event.source");
    this.optionalString(event.occurredAt, "event.occurredAt");
    const runs = this.array(record.runs, "runs");
    runs.forEach((run, index) => {
      this.run(run, `runs[${index}]`);
    });
    this.optionalString(record.firstDispatchedAt, "firstDispatchedAt");
    this.optionalString(record.updatedAt, "updatedAt");
    if (record.dispatchCount !== undefined)
      this.number(record.dispatchCount, "dispatchCount");
  }
  run(value, at) {
    const run = this.object(value, at);
    for (const key of ["id", "eventId", "flowName", "stepName", "runner", "createdAt", "updatedAt"]) {
      this.string(run[key], `${at}.${key}`);
    }
    this.number(run.flowVersion, `${at}.flowVersion`);
    this.oneOf(run.processStatus, PROCESS, `${at}.processStatus`);
    if (run.resultStatus !== undefined)
      this.oneOf(run.resultStatus, RESULT, `${at}.resultStatus`);
    this.oneOf(run.effectiveStatus, EFFECTIVE, `${at}.effectiveStatus`);
    this.boolean(run.needsAttention, `${at}.needsAttention`);
    for (const key of ["output", "error", "startedAt", "completedAt"])
      this.optionalString(run[key], `${at}.${key}`);
    for (const key of ["timedOut", "replay", "alreadyHandled"]) {
      if (run[key] !== undefined)
        this.boolean(run[key], `${at}.${key}`);
    }
    if (run.durationMs !== undefined)
      this.number(run.durationMs, `${at}.durationMs`);
    if (run.resultPayload !== undefined)
      this.result(run.resultPayload, `${at}.resultPayload`);
    const attempts = this.array(run.attempts, `${at}.attempts`);
    if (attempts.length === 0)
      this.fail(`${at}.attempts`, "has no attempt");
    attempts.forEach((attempt, index) => {
      this.attempt(attempt, `${at}.attempts[${index}]`);
    });
  }
  attempt(value, at) {
    const attempt = this.object(value, at);
    this.string(attempt.id, `${at}.id`, { nonEmpty: true });
    this.number(attempt.number, `${at}.number`);
    this.oneOf(attempt.status, PROCESS, `${at}.status`);
    if (attempt.resultStatus !== undefined)
      this.oneOf(attempt.resultStatus, RESULT, `${at}.resultStatus`);
    for (const key of ["startedAt", "completedAt", "error"])
      this.optionalString(attempt[key], `${at}.${key}`);
    for (const key of ["timedOut", "replay"]) {
      if (attempt[key] !== undefined)
        this.boolean(attempt[key], `${at}.${key}`);
    }
    if (attempt.dispatcher !== undefined) {
      const dispatcher = this.object(attempt.dispatcher, `${at}.dispatcher`);
      this.string(dispatcher.host, `${at}.dispatcher.host`);
      this.number(dispatcher.pid, `${at}.dispatcher.pid`);
      this.string(dispatcher.startedAt, `${at}.dispatcher.startedAt`);
      this.optionalString(dispatcher.until, `${at}.dispatcher.until`);
    }
    this.optionalString(attempt.key, `${at}.key`);
  }
  result(value, at) {
    const result = this.object(value, at);
    this.oneOf(result.status, RESULT, `${at}.status`);
    this.optionalString(result.message, `${at}.message`);
    if (result.artifacts !== undefined)
      this.object(result.artifacts, `${at}.artifacts`);
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
  object(value, at) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      this.fail(at, "must be an object", value);
    return value;
  }
  array(value, at) {
    if (!Array.isArray(value))
      this.fail(at, "must be an array", value);
    return value;
  }
  string(value, at, options = {}) {
    if (typeof value !== "string")
      this.fail(at, "must be a string", value);
    if (options.nonEmpty && value === "")
      this.fail(at, "must not be empty");
  }
  optionalString(value, at) {
    if (value !== undefined)
      this.string(value, at);
  }
  number(value, at) {
    if (typeof value !== "number" || !Number.isFinite(value))
      this.fail(at, "must be a number", value);
  }
  boolean(value, at) {
    if (typeof value !== "boolean")
      this.fail(at, "must be true or false", value);
  }
  oneOf(value, allowed, at) {
    if (typeof value !== "string" || !allowed.includes(value)) {
      this.fail(at, `must be one of ${allowed.join(", ")}`, value);
    }
  }
  fail(at, problem, ...value) {
    const got = value.length > 0 ? ` (got ${describe(value[0])})` : "";
    throw new ShapeProblem(`${at || "the value"} ${problem}${got}`);
  }
}
function describe(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "an array";
  if (typeof value === "string")
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === "object")
    return "an object";
  return typeof value === "undefined" ? "nothing" : `${typeof value} ${String(value)}`;
}
function tooDeep(root, limit) {
  const stack = [{ value: root, depth: 0, path: "" }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop();
    if (typeof value !== "object" || value === null)
      continue;
    if (depth >= limit)
      return path;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        stack.push({ value: item, depth: depth + 1, path: `${path}[${index}]` });
      });
    } else {
      for (const [key, item] of Object.entries(value)) {
        stack.push({ value: item, depth: depth + 1, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return;
}

// src/state/run-merge.ts
function mergeRuns(a, b) {
  if (a.attempts.length === 0 || b.attempts.length === 0)
    return a.attempts.length >= b.attempts.length ? a : b;
  const byKey = new Map;
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const key = attemptKey(attempt);
    const seen = byKey.get(key);
    if (!seen || isFurther(attempt, seen))
      byKey.set(key, attempt);
  }
  const sorted = [...byKey.values()].sort(byStart);
  const lastKey = attemptKey(sorted.at(-1));
  const attempts = renumber(a.id, sorted);
  const holders = [a, b].filter((run) => run.attempts.some((attempt) => attemptKey(attempt) === lastKey));
  const base = holders.reduce((best, run) => isFurtherRun(run, best, lastKey) ? run : best);
  return { ...base, attempts };
}
function attemptKey(attempt) {
  return attempt.key ?? `id:${attempt.id}`;
}
var RANK = { queued: 0, running: 1, interrupted: 2 };
function rank(attempt) {
  return RANK[attempt.status] ?? 3;
}
function isFurther(candidate, current) {
  if (rank(candidate) !== rank(current))
    return rank(candidate) > rank(current);
  return (candidate.completedAt ?? candidate.startedAt ?? "") > (current.completedAt ?? current.startedAt ?? "");
}
function isFurtherRun(candidate, current, key) {
  const mine = candidate.attempts.find((attempt) => attemptKey(attempt) === key);
  const theirs = current.attempts.find((attempt) => attemptKey(attempt) === key);
  if (rank(mine) !== rank(theirs))
    return rank(mine) > rank(theirs);
  return candidate.updatedAt > current.updatedAt;
}
function byStart(x, y) {
  const a = x.startedAt ?? "";
  const b = y.startedAt ?? "";
  if (a !== b)
    return a < b ? -1 : 1;
  return x.number - y.number || (attemptKey(x) < attemptKey(y) ? -1 : 1);
}
function renumber(runId, attempts) {
  const consistent = attempts.every((attempt, index) => attempt.number === index + 1);
  const unique = new Set(attempts.map((attempt) => attempt.id)).size === attempts.length;
  if (consistent && unique)
    return attempts;
  return attempts.map((attempt, index) => ({ ...attempt, key: attemptKey(attempt), number: index + 1, id: `${runId}_a${index + 1}` }));
}

// src/state/record.ts
function mergeEventRecords(stored, incoming) {
  const runs = new Map;
  for (const run of [...stored.runs, ...incoming.runs]) {
    const seen = runs.get(run.id);
    runs.set(run.id, seen ? mergeRuns(seen, run) : run);
  }
  return {
    formatVersion: RECORD_FORMAT_VERSION,
    event: stored.event,
    runs: [...runs.values()],
    firstDispatchedAt: earlier(stored.firstDispatchedAt, incoming.firstDispatchedAt),
    updatedAt: later(stored.updatedAt, incoming.updatedAt),
    dispatchCount: Math.max(stored.dispatchCount, incoming.dispatchCount)
  };
}
function earlier(a, b) {
  return a <= b ? a : b;
}
function later(a, b) {
  return a >= b ? a : b;
}
function addPending(pending, record) {
  const current = pending.get(record.event.id);
  const copy = current ? { ...record, event: current.event, runs: structuredClone(record.runs) } : copyRecord(record);
  pending.set(record.event.id, current ? mergeEventRecords(current, copy) : copy);
}
function withPendingRecord(stored, pending) {
  const record = stored && pending ? mergeEventRecords(stored, pending) : stored ?? pending;
  return record ? copyRecord(record) : undefined;
}
function copyRecord(record) {
  const copy = structuredClone({ ...record, event: null });
  copy.event = record.event;
  return copy;
}
function withPending(stored, pending) {
  const byId = new Map(stored);
  for (const [id, record] of pending) {
    const current = byId.get(id);
    byId.set(id, current ? mergeEventRecords(current, record) : record);
  }
  return [...byId.values()];
}

class NewerRecordFormatError extends UserError {
  name = "NewerRecordFormatError";
}
function parseEventRecord(value, file) {
  const version = value?.formatVersion;
  if (typeof version === "number" && version > RECORD_FORMAT_VERSION) {
    throw new NewerRecordFormatError(`record format ${version} is newer than this flows-action understands (${RECORD_FORMAT_VERSION}); upgrade flows-action`);
  }
  const record = checkContract(validateEventRecord, value, "event-record.schema.json", file);
  const extra = checkEventRecordShape(value);
  if (extra)
    throw new Error(extra);
  const event = record.event;
  const runs = record.runs;
  return markInterrupted({
    formatVersion: RECORD_FORMAT_VERSION,
    event,
    runs,
    firstDispatchedAt: record.firstDispatchedAt ?? record.updatedAt ?? event.receivedAt,
    updatedAt: record.updatedAt ?? event.receivedAt,
    dispatchCount: record.dispatchCount ?? 1
  });
}

export { currentDispatcher, newAttemptKey, isOwnerGone, isPidAlive, FLOW_RESULT_STATUSES, PROCESS_STATUSES, effectiveStatusOf, needsAttentionFor, mergeRuns, mergeEventRecords, addPending, withPendingRecord, copyRecord, withPending, NewerRecordFormatError, parseEventRecord };
