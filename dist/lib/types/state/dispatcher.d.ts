import { type FlowDispatcher, type FlowRunAttempt } from "../contracts.js";
import type { EventRecord } from "./types.js";
/** After `until` an attempt cannot still be running: the dispatcher would have stopped it. */
export declare const LEASE_GRACE_MS = 60000;
export declare function currentDispatcher(leaseMs?: number): FlowDispatcher;
/** A fresh attempt key: two writers' attempts with the same number stay two attempts. */
export declare function newAttemptKey(): string;
/** Who a dispatcher or a lock names: host, pid, start (wall clock) and, when written, start ticks and boot. */
export type ProcessOwner = {
    host: string;
    pid: number;
    startedAt: string;
    startTicks?: number;
    bootId?: string;
};
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
export declare function isOwnerGone(owner: ProcessOwner): boolean;
/**
 * Whether isOwnerGone can tell this host's owner from a later process given its pid: by start
 * ticks of this boot, or a start time that is a time. Without either, any live pid (1, say)
 * would read as the owner for ever.
 */
export declare function canTellOwner(owner: ProcessOwner): boolean;
/**
 * Linux: when the process started, in clock ticks since boot (/proc/<pid>/stat, field 22);
 * undefined elsewhere. Unlike a start time in wall-clock terms (btime moves with every step of
 * the clock: NTP on a VM), it names one process exactly for as long as the machine is up.
 */
export declare function processStartTicks(pid: number): number | undefined;
/**
 * An attempt queued or running now: its dispatcher is alive (this host) or its lease has not run
 * out (another host). One with no dispatcher recorded (an older record) cannot be told live.
 */
export declare function isLiveAttempt(attempt: FlowRunAttempt, now?: number): boolean;
/** An attempt left queued or running by a dispatcher that is gone or whose lease ran out. */
export declare function isOrphaned(attempt: FlowRunAttempt, now?: number): boolean;
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
export declare function markInterrupted(record: EventRecord, now?: number): EventRecord;
