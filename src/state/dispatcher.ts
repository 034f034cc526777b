import { isPidAlive } from "../fs-safe.js";
import { randomHex } from "../hash.js";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { effectiveStatusOf, type FlowDispatcher, type FlowRunAttempt, type FlowRunView, needsAttentionFor } from "../contracts.js";
import { SETTLED_STATUSES, settledBeside } from "./run-merge.js";
import type { EventRecord } from "./types.js";

/**
 * Who is running: recorded in every attempt (and every file lock) so that the next process can
 * tell a live owner from one that died (kill -9, a lost runner) instead of waiting on it.
 */
// From /proc when it exists, so that it compares exactly with another process's start read there.
const PROCESS_STARTED_AT_MS = processStartMs(process.pid) ?? Date.now() - process.uptime() * 1000;

/** After `until` an attempt cannot still be running: the dispatcher would have stopped it. */
export const LEASE_GRACE_MS = 60_000;

/**
 * The longest lease: a step's timer fires at 2^31-1 ms at the latest (runners/process-io.ts,
 * timerDelay; the manifest refuses a longer timeout_ms), and a longer lease asked for by a library
 * caller's own step could put `until` past the last date a Date holds, where toISOString throws.
 */
const MAX_LEASE_MS = 2_147_483_647;

export function currentDispatcher(leaseMs?: number): FlowDispatcher {
  const dispatcher: FlowDispatcher = {
    host: hostname(),
    pid: process.pid,
    startedAt: new Date(PROCESS_STARTED_AT_MS).toISOString(),
    ...ownStartForOwner(),
  };
  if (leaseMs !== undefined) dispatcher.until = new Date(Date.now() + Math.min(leaseMs, MAX_LEASE_MS) + LEASE_GRACE_MS).toISOString();
  return dispatcher;
}

type ProcessStart = Pick<FlowDispatcher, "startTicks" | "bootId">;

/** This process's start ticks and boot, read once (both are fixed for its life); none off Linux. */
let ownStartRead: ProcessStart | undefined;

function ownStart(): ProcessStart {
  if (ownStartRead === undefined) {
    const startTicks = processStartTicks(process.pid);
    const bootId = readBootId();
    ownStartRead = { ...(startTicks === undefined ? {} : { startTicks }), ...(bootId === undefined ? {} : { bootId }) };
  }
  return ownStartRead;
}

/** What an owner this process writes says of its start beyond `startedAt`: ticks only with their boot. */
function ownStartForOwner(): ProcessStart {
  const { startTicks, bootId } = ownStart();
  return startTicks !== undefined && bootId !== undefined ? { startTicks, bootId } : {};
}

/** Linux: this boot's id; undefined elsewhere. Start ticks count from a boot, so they compare only within one. */
function readBootId(): string | undefined {
  try {
    return /^[0-9a-f-]{8,64}$/.exec(readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim())?.[0];
  } catch {
    return undefined;
  }
}

/** A fresh attempt key: two writers' attempts with the same number stay two attempts. */
export function newAttemptKey(): string {
  return randomHex(6);
}

/** Who a dispatcher or a lock names: host, pid, start (wall clock) and, when written, start ticks and boot. */
export type ProcessOwner = { host: string; pid: number; startedAt: string; startTicks?: number; bootId?: string };

/**
 * True when the process is certainly gone: same host and no such pid, or a pid reused by a
 * process that started later. On another host only the lease (`until`) can tell.
 *
 * An owner that wrote its start ticks on this host in this boot is judged by them: they name one
 * process exactly, where its start time is boot time (btime) plus ticks, and btime moves with
 * every step of the wall clock (NTP on a VM). By start time alone, a live owner read after a step
 * of more than a second looked like a later process given its pid: its running attempt read as
 * interrupted and ran again beside it, and its lock was broken while held. Owners without ticks
 * (older records), another boot's, and a live pid whose ticks cannot be read are judged by start
 * time, as before.
 */
export function isOwnerGone(owner: ProcessOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (ticksComparable(owner)) {
    if (owner.pid === process.pid) return owner.startTicks !== ownStart().startTicks;
    if (!isPidAlive(owner.pid)) return true;
    const ticks = processStartTicks(owner.pid);
    if (ticks !== undefined) return ticks !== owner.startTicks;
  }
  if (owner.pid === process.pid) return Date.parse(owner.startedAt) < PROCESS_STARTED_AT_MS - 2_000;
  if (!isPidAlive(owner.pid)) return true;
  const started = processStartMs(owner.pid);
  const recorded = Date.parse(owner.startedAt);
  // Both read from /proc the same way, so a live owner matches to the tick; 1 s apart is another process.
  return started !== undefined && Number.isFinite(recorded) && Math.abs(started - recorded) > 1_000;
}

/**
 * Whether isOwnerGone can tell this host's owner from a later process given its pid: by start
 * ticks of this boot, or a start time that is a time. Without either, any live pid (1, say)
 * would read as the owner for ever.
 */
export function canTellOwner(owner: ProcessOwner): boolean {
  return ticksComparable(owner) || Number.isFinite(Date.parse(owner.startedAt));
}

function ticksComparable(owner: ProcessOwner): boolean {
  const own = ownStart();
  // Locks of the version before boot ids name none: their ticks are compared as they were.
  const sameBoot = owner.bootId === undefined || owner.bootId === own.bootId;
  return sameBoot && own.startTicks !== undefined && owner.startTicks !== undefined && Number.isSafeInteger(owner.startTicks);
}

/** Linux: the process's start time from /proc (boot time + start ticks); undefined elsewhere. */
function processStartMs(pid: number): number | undefined {
  const ticks = processStartTicks(pid);
  if (ticks === undefined) return undefined;
  try {
    const boot = /^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"));
    if (!boot) return undefined;
    return Number(boot[1]) * 1000 + (ticks / 100) * 1000; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/**
 * Linux: when the process started, in clock ticks since boot (/proc/<pid>/stat, field 22);
 * undefined elsewhere. Unlike a start time in wall-clock terms (btime moves with every step of
 * the clock: NTP on a VM), it names one process exactly for as long as the machine is up.
 */
export function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isSafeInteger(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An attempt queued or running now: its dispatcher is alive (this host) or its lease has not run
 * out (another host). One with no dispatcher recorded (an older record) cannot be told live.
 */
export function isLiveAttempt(attempt: FlowRunAttempt, now = Date.now()): boolean {
  return (attempt.status === "running" || attempt.status === "queued") && attempt.dispatcher !== undefined && !isOrphaned(attempt, now);
}

/** An attempt left queued or running by a dispatcher that is gone or whose lease ran out. */
export function isOrphaned(attempt: FlowRunAttempt, now = Date.now()): boolean {
  if (attempt.status !== "running" && attempt.status !== "queued") return false;
  const owner = attempt.dispatcher;
  if (!owner) return false;
  if (leaseEnd(attempt, now) < now) return true;
  return isOwnerGone(owner);
}

/**
 * How far a clock may be off from another runner's: a lease or start written further ahead than
 * this is no dispatcher's (a hand edit, a collaborator's record on the state branch, an artifact
 * any job of the repository can upload).
 */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * When the attempt's lease ends, in ms: its `until`. A stored attempt is outside text: one whose
 * `until` was year 9999 or no date ("soon") on another host read as running for ever, and no
 * delivery ran its step again. A lease no dispatcher writes ends at once (-Infinity): an `until`
 * that is no date or further ahead of now than the longest lease (MAX_LEASE_MS + LEASE_GRACE_MS)
 * and CLOCK_SKEW_MS, or a start more than CLOCK_SKEW_MS ahead of now. Without an `until` (an older
 * record), an attempt of this host is judged by its process alone (isOwnerGone), and one of
 * another host holds for the longest lease from its start, no longer.
 */
function leaseEnd(attempt: FlowRunAttempt, now = Date.now()): number {
  const owner = attempt.dispatcher!;
  const start = Date.parse(attempt.startedAt ?? owner.startedAt);
  if (Number.isFinite(start) && start > now + CLOCK_SKEW_MS) return Number.NEGATIVE_INFINITY;
  if (owner.until !== undefined) {
    const until = Date.parse(owner.until);
    return Number.isFinite(until) && until <= now + MAX_LEASE_MS + LEASE_GRACE_MS + CLOCK_SKEW_MS ? until : Number.NEGATIVE_INFINITY;
  }
  if (owner.host === hostname()) return Number.POSITIVE_INFINITY;
  return Number.isFinite(start) ? start + MAX_LEASE_MS + LEASE_GRACE_MS : Number.NEGATIVE_INFINITY;
}

/**
 * Show runs whose last attempt was orphaned as `interrupted` (attempt and run). Applied when a
 * record is read, so `flows runs`/`show`, the engine and the summary all see the same thing;
 * the engine runs an interrupted step again as a new attempt.
 *
 * The run's outcome comes from all its attempts, not its last alone: an orphaned attempt is marked
 * interrupted, but the run reads as interrupted only when the last attempt is orphaned, no
 * attempt is live, and no attempt that started before the orphaned one settled the step after it
 * started (run-merge.ts, settledBeside): two dispatches ran the step at once, one settled it, and
 * the other's death does not undo that work. Then the run reads as that settled attempt says.
 */
export function markInterrupted(record: EventRecord, now = Date.now()): EventRecord {
  if (!record.runs.some((run) => run.attempts.some((attempt) => isOrphaned(attempt, now)))) return record;
  return { ...record, runs: record.runs.map((run) => interruptRun(run, now)) };
}

function interruptRun(run: FlowRunView, now: number): FlowRunView {
  if (!run.attempts.some((attempt) => isOrphaned(attempt, now))) return run;
  const attempts = run.attempts.map((attempt) => {
    if (!isOrphaned(attempt, now)) return attempt;
    const owner = attempt.dispatcher!;
    const error =
      leaseEnd(attempt, now) === Number.NEGATIVE_INFINITY
        ? `the attempt's start or lease (${JSON.stringify(String(owner.until ?? attempt.startedAt ?? owner.startedAt).slice(0, 40))}) is no date a dispatcher writes (not a date, or far ahead of now), so it is read as ended; nothing recorded how it ended`
        : `the dispatcher (pid ${owner.pid} on ${owner.host}) stopped while this attempt ran; nothing recorded how it ended`;
    return { ...attempt, status: "interrupted" as const, error };
  });
  const last = attempts.at(-1)!;
  // An attempt still running elsewhere keeps the run running, though one that died sorts after
  // it (run-view.ts, liveAttemptOf): read as interrupted, a delivery would run the step beside it.
  if (last.status !== "interrupted" || attempts.some((attempt) => isLiveAttempt(attempt, now))) return { ...run, attempts };
  const settled = settledBeside(attempts.slice(0, -1), last);
  if (settled) return settledBy(run, attempts, settled);
  const view: FlowRunView = { ...run, attempts, processStatus: "interrupted", effectiveStatus: "interrupted", needsAttention: false };
  delete view.resultStatus;
  view.error = last.error;
  return view;
}

/**
 * The run as the attempt that settled it says, beside a later attempt orphaned while they both ran.
 * A run merged by this version already holds the settled attempt's view (run-merge.ts); one merged
 * by an older one holds the orphaned attempt's, and takes the settled attempt's statuses (its
 * result's payload was not kept with the attempt: the run shows none).
 */
function settledBy(run: FlowRunView, attempts: FlowRunAttempt[], settled: FlowRunAttempt): FlowRunView {
  if (SETTLED_STATUSES.has(run.effectiveStatus)) return { ...run, attempts };
  const view: FlowRunView = { ...run, attempts, processStatus: settled.status };
  if (settled.resultStatus === undefined) delete view.resultStatus;
  else view.resultStatus = settled.resultStatus;
  if (settled.completedAt !== undefined) view.completedAt = settled.completedAt;
  if (settled.error === undefined) delete view.error;
  else view.error = settled.error;
  delete view.timedOut;
  view.effectiveStatus = effectiveStatusOf(view);
  view.needsAttention = needsAttentionFor(view.effectiveStatus);
  return view;
}
