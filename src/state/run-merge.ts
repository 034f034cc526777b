import type { FlowRunAttempt, FlowRunView } from "../contracts.js";

/**
 * Merge two writers' copies of one run without dropping an attempt. Attempts are told apart by
 * their key (unique per attempt; older records: their id): two writers that ran the same step
 * at once both keep their attempt, renumbered in start order. For one attempt seen twice, the
 * copy further along wins (finished over running over queued). The run's own fields come from
 * the copy that holds the latest attempt in its furthest state.
 */
export function mergeRuns(a: FlowRunView, b: FlowRunView): FlowRunView {
  if (a.attempts.length === 0 || b.attempts.length === 0) return a.attempts.length >= b.attempts.length ? a : b;
  const byKey = new Map<string, FlowRunAttempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const key = attemptKey(attempt);
    const seen = byKey.get(key);
    if (!seen || isFurther(attempt, seen)) byKey.set(key, attempt);
  }
  const sorted = [...byKey.values()].sort(byStart);
  const lastKey = attemptKey(decidingAttempt(sorted));
  const attempts = renumber(a.id, sorted);
  const holders = [a, b].filter((run) => run.attempts.some((attempt) => attemptKey(attempt) === lastKey));
  const base = holders.reduce((best, run) => (isFurtherRun(run, best, lastKey) ? run : best));
  return { ...base, attempts };
}

/** Effective statuses after which a redelivered event does not run the step again (run-view.ts: isSettled). */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set(["completed", "changed", "skipped", "blocked", "needs_intervention"]);

/**
 * The attempt whose outcome is the run's: the latest to start, unless it failed (or timed out),
 * or has not ended (queued, running, interrupted), while an attempt that started before it and
 * was still running when it started settled the step (settledBeside). Two jobs that ran the step
 * at once (the artifact store cannot claim a start) did its work once whichever of them started
 * last: the first publishes a release, the second fails finding it there, or dies. Taken by start
 * order alone, the run read as failed, or as interrupted once the second's dispatcher was gone,
 * when the second had started a moment later, and the next delivery, or a re-run, did the work a
 * third time. An attempt started after another ended is a deliberate run again (a replay, a
 * re-run), and a canceled one a decision (`flows forget`): their outcome stands.
 */
function decidingAttempt(sorted: FlowRunAttempt[]): FlowRunAttempt {
  const last = sorted.at(-1)!;
  if (!isFailedAttempt(last) && rank(last) === 3) return last;
  return settledBeside(sorted.slice(0, -1), last) ?? last;
}

/**
 * Of `earlier` (attempts that started before `later`), the last that settled the step
 * (SETTLED_STATUSES, ended) after `later` started: the two ran at once, and the settled one's
 * outcome is the step's whatever became of `later` (failed, timed out, still running, or its
 * dispatcher gone: dispatcher.ts, markInterrupted). Undefined when none did, or `later` has no
 * start time to compare.
 */
export function settledBeside(earlier: readonly FlowRunAttempt[], later: FlowRunAttempt): FlowRunAttempt | undefined {
  const startedAt = later.startedAt;
  if (startedAt === undefined) return undefined;
  return earlier.filter((attempt) => isSettledAttempt(attempt) && (attempt.completedAt ?? "") > startedAt).at(-1);
}

/** Failed or timed out. A canceled attempt is a decision (`flows forget`), and stands. */
function isFailedAttempt(attempt: FlowRunAttempt): boolean {
  return (attempt.resultStatus ?? attempt.status) === "failed";
}

function isSettledAttempt(attempt: FlowRunAttempt): boolean {
  return rank(attempt) === 3 && SETTLED_STATUSES.has(attempt.resultStatus ?? attempt.status);
}

function attemptKey(attempt: FlowRunAttempt): string {
  return attempt.key ?? `id:${attempt.id}`;
}

const RANK: Record<string, number> = { queued: 0, running: 1, interrupted: 2 };

function rank(attempt: FlowRunAttempt): number {
  return RANK[attempt.status] ?? 3; // completed, failed, canceled: finished
}

function isFurther(candidate: FlowRunAttempt, current: FlowRunAttempt): boolean {
  if (rank(candidate) !== rank(current)) return rank(candidate) > rank(current);
  return (candidate.completedAt ?? candidate.startedAt ?? "") > (current.completedAt ?? current.startedAt ?? "");
}

function isFurtherRun(candidate: FlowRunView, current: FlowRunView, key: string): boolean {
  const mine = candidate.attempts.find((attempt) => attemptKey(attempt) === key)!;
  const theirs = current.attempts.find((attempt) => attemptKey(attempt) === key)!;
  if (rank(mine) !== rank(theirs)) return rank(mine) > rank(theirs);
  return candidate.updatedAt > current.updatedAt;
}

function byStart(x: FlowRunAttempt, y: FlowRunAttempt): number {
  const a = x.startedAt ?? "";
  const b = y.startedAt ?? "";
  if (a !== b) return a < b ? -1 : 1;
  return x.number - y.number || (attemptKey(x) < attemptKey(y) ? -1 : 1);
}

/** Numbers 1..n in order; ids follow the numbers when they no longer match (`<run id>_a<n>`). */
function renumber(runId: string, attempts: FlowRunAttempt[]): FlowRunAttempt[] {
  const consistent = attempts.every((attempt, index) => attempt.number === index + 1);
  const unique = new Set(attempts.map((attempt) => attempt.id)).size === attempts.length;
  if (consistent && unique) return attempts;
  // A renumbered attempt keeps its identity in `key` (older attempts had only their id).
  return attempts.map((attempt, index) => ({ ...attempt, key: attemptKey(attempt), number: index + 1, id: `${runId}_a${index + 1}` }));
}
