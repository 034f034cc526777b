import type { FlowRunView } from "../contracts.js";
import { dispatch } from "../engine/dispatch.js";
import { findRun, isInternalRecord, selectRuns } from "../state/query.js";
import type { EventRecord, StateStore } from "../state/types.js";
import { formatDuration, statusLabel } from "../report/status.js";
import { renderText } from "../report/text.js";
import { briefOutcome, type CliContext, exitCodeFor } from "./commands.js";

export type StoreContext = CliContext & { store: StateStore; storeLabel: string };

/** `flows events`: stored events, newest first. */
export async function eventsCommand(ctx: StoreContext, options: { type?: string; limit?: number }): Promise<number> {
  const records = (await ctx.store.listEvents({ type: options.type })).filter((record) => !isInternalRecord(record));
  const shown = options.limit ? records.slice(0, options.limit) : records;
  reportStoreProblems(ctx);
  if (ctx.json) {
    ctx.out(`${JSON.stringify(shown.map((record) => ({ ...record.event, runs: record.runs.length, dispatchCount: record.dispatchCount, firstDispatchedAt: record.firstDispatchedAt, updatedAt: record.updatedAt, needsAttention: record.runs.some((run) => run.needsAttention) })), null, 2)}\n`);
    return 0;
  }
  if (shown.length === 0) ctx.out(`No events in ${ctx.storeLabel}.\n`);
  for (const record of shown) {
    ctx.out(`${record.updatedAt}  ${record.event.type}  ${record.event.id}  ${runCounts(record.runs)}\n`);
  }
  return 0;
}

/** `flows runs`: stored runs, newest first, filtered. */
export async function runsCommand(
  ctx: StoreContext,
  query: { eventId?: string; status?: string; needsAttention?: boolean; limit?: number },
): Promise<number> {
  const records = query.eventId ? [await ctx.store.loadEvent(query.eventId)].filter(isRecord) : await ctx.store.listEvents();
  const runs = selectRuns(records, query);
  reportStoreProblems(ctx);
  if (ctx.json) {
    ctx.out(`${JSON.stringify(runs, null, 2)}\n`);
    return 0;
  }
  if (runs.length === 0) ctx.out(`No runs in ${ctx.storeLabel} match.\n`);
  for (const run of runs) ctx.out(`${runLine(run)}\n`);
  return 0;
}

/** `flows show <run-id|event-id>`: one event with its runs, or one run. */
export async function showCommand(ctx: StoreContext, id: string): Promise<number> {
  const record = await ctx.store.loadEvent(id);
  if (record) {
    ctx.out(ctx.json ? `${JSON.stringify(record, null, 2)}\n` : `${describeRecord(record)}\n`);
    return 0;
  }
  const found = findRun(await ctx.store.listEvents(), id);
  reportStoreProblems(ctx);
  if (!found) {
    ctx.err(`No event or run "${id}" in ${ctx.storeLabel}. \`flows events\` and \`flows runs\` list what is stored.\n`);
    return 1;
  }
  ctx.out(ctx.json ? `${JSON.stringify(found.run, null, 2)}\n` : `${describeRun(found.run, found.record)}\n`);
  return 0;
}

/** `flows replay <event-id>`: run every matching step of a stored event again. */
export async function replayCommand(ctx: StoreContext, eventId: string, concurrency?: number): Promise<number> {
  const record = await ctx.store.loadEvent(eventId);
  if (!record) {
    ctx.err(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to replay. \`flows events\` lists the stored events.\n`);
    return 1;
  }
  const outcome = await dispatch(record.event, {
    repoRoot: ctx.repoRoot,
    roots: ctx.roots,
    store: ctx.store,
    replay: true,
    concurrency,
    env: ctx.env,
    launchedBy: "flows-cli",
    observer: ctx.json ? undefined : { onStepLine: (run, _s, line) => ctx.err(`[${run.flowName}/${run.stepName}] ${line}\n`) },
  });
  ctx.out(ctx.json ? `${JSON.stringify(briefOutcome(outcome), null, 2)}\n` : `${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  return exitCodeFor(outcome);
}

function describeRecord(record: EventRecord): string {
  const lines = [
    `event ${record.event.id}`,
    `  type ${record.event.type}${record.event.source ? `  source ${record.event.source}` : ""}`,
    `  received ${record.event.receivedAt}  first dispatched ${record.firstDispatchedAt}  dispatches ${record.dispatchCount}`,
    `  payload ${JSON.stringify(record.event.payload).slice(0, 500)}`,
    `  runs (${record.runs.length}):`,
    ...record.runs.map((run) => `    ${runLine(run)}`),
  ];
  return lines.join("\n");
}

function describeRun(run: FlowRunView, record: EventRecord): string {
  const lines = [
    `run ${run.id}  ${run.flowName}/${run.stepName} (v${run.flowVersion}, ${run.runner})`,
    `  event ${record.event.id} (${record.event.type})`,
    `  status ${statusLabel(run)}  process ${run.processStatus}${run.resultStatus ? `  result ${run.resultStatus}` : ""}${run.needsAttention ? "  NEEDS ATTENTION" : ""}`,
    `  created ${run.createdAt}  updated ${run.updatedAt}  duration ${formatDuration(run.durationMs)}`,
    ...run.attempts.map(
      (a) => `  attempt ${a.number} ${a.id}: ${a.status}${a.resultStatus ? `/${a.resultStatus}` : ""}${a.timedOut ? " (timed out)" : ""}${a.replay ? " (replay)" : ""} ${a.startedAt ?? ""} → ${a.completedAt ?? ""}${a.error ? `\n    ${a.error.split("\n")[0]}` : ""}`,
    ),
  ];
  if (run.resultPayload) lines.push(`  result ${JSON.stringify(run.resultPayload, null, 2).replace(/\n/g, "\n  ")}`);
  if (run.error) lines.push(`  error ${run.error.replace(/\n/g, "\n    ")}`);
  if (run.output) lines.push("  output (tail):", run.output.replace(/^/gm, "    "));
  return lines.join("\n");
}

function runLine(run: FlowRunView): string {
  return `${run.id}  ${statusLabel(run)}  ${run.flowName}/${run.stepName}  attempts ${run.attempts.length}  ${run.updatedAt}  event ${run.eventId}`;
}

function runCounts(runs: FlowRunView[]): string {
  if (runs.length === 0) return "no runs";
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.effectiveStatus, (counts.get(run.effectiveStatus) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count} ${status}`).join(", ");
}

function reportStoreProblems(ctx: StoreContext): void {
  for (const problem of ctx.store.problems) ctx.err(`${problem.path}: skipped: ${problem.message}\n`);
}

function isRecord(value: EventRecord | undefined): value is EventRecord {
  return value !== undefined;
}
