import { FLOW_RESULT_STATUSES, type FlowRunView, PROCESS_STATUSES } from "../contracts.js";
import { unreportedStoreProblems } from "../engine/dispatch-problems.js";
import { eachStoredEvent, findStoredRun, isInternalRecord, Newest, selectStoredRuns } from "../state/query.js";
import { leftOutLine, storeProblemCount } from "../state/problems.js";
import type { EventRecord, StateStore } from "../state/types.js";
import { formatDuration, statusLabel } from "../report/status.js";
import { terminalLines, terminalText } from "../terminal-text.js";
import type { CliContext } from "./commands.js";
import { CommandFailed } from "./failure.js";
import { didYouMean, UsageError } from "./usage.js";
import { cutCodePoints } from "../text-cut.js";
import { shellWord } from "../shell-word.js";

export type StoreContext = CliContext & { store: StateStore; storeLabel: string };

/** `flows events`: stored events, newest first; `--type` takes `*` wildcards, as triggers do. */
export async function eventsCommand(ctx: StoreContext, options: { type?: string; limit?: number }): Promise<number> {
  const wildcard = options.type?.includes("*") === true;
  // The same rule as trigger types (flows/match.ts), so a pattern finds what it would trigger.
  const { typeMatches } = await import("../flows/match.js");
  const wanted = options.type ?? "*";
  // Each record is read, summed up and let go: a long history is never held whole.
  const newest = new Newest<ListedEvent>(options.limit, (listed) => listed.updatedAt);
  await eachStoredEvent(ctx.store, (record) => {
    if (isInternalRecord(record)) return;
    if (wildcard ? !typeMatches(wanted, record.event.type) : options.type !== undefined && record.event.type !== options.type) return;
    newest.offer(listedEvent(record));
  });
  const shown = newest.items();
  reportStoreProblems(ctx);
  if (ctx.json) {
    ctx.out(`${JSON.stringify(shown.map(({ event, runs, dispatchCount, firstDispatchedAt, updatedAt, needsAttention }) => ({ ...event, runs, dispatchCount, firstDispatchedAt, updatedAt, needsAttention })), null, 2)}\n`);
    return 0;
  }
  if (shown.length === 0) ctx.out(`No events${options.type !== undefined ? " of that type" : ""} in ${ctx.storeLabel}.\n`);
  for (const listed of shown) {
    ctx.out(`${terminalText(`${listed.updatedAt}  ${listed.event.type}  ${listed.event.id}  ${listed.counts}`)}\n`);
  }
  return 0;
}

/** What `flows events` shows of a record: its event and a count of its runs, not the runs. */
type ListedEvent = Pick<EventRecord, "event" | "dispatchCount" | "firstDispatchedAt" | "updatedAt"> & { runs: number; counts: string; needsAttention: boolean };

function listedEvent(record: EventRecord): ListedEvent {
  const { event, dispatchCount, firstDispatchedAt, updatedAt, runs } = record;
  return { event, dispatchCount, firstDispatchedAt, updatedAt, runs: runs.length, counts: runCounts(runs), needsAttention: runs.some((run) => run.needsAttention) };
}

/** `flows runs`: stored runs, newest first, filtered. */
export async function runsCommand(
  ctx: StoreContext,
  query: { eventId?: string; status?: string; needsAttention?: boolean; limit?: number },
): Promise<number> {
  // One event's runs: its record only. Else every record is read, and only the runs shown kept.
  const runs = query.eventId
    ? await selectStoredRuns([await loadEvent(ctx, query.eventId)].filter(isRecord), query)
    : await selectStoredRuns(ctx.store, query, indexNote(ctx));
  reportStoreProblems(ctx);
  if (ctx.json) {
    ctx.out(`${JSON.stringify(runs, null, 2)}\n`);
    return 0;
  }
  const filtered = query.eventId !== undefined || query.status !== undefined || query.needsAttention === true;
  if (runs.length === 0) ctx.out(`No runs${filtered ? " that match" : ""} in ${ctx.storeLabel}.\n`);
  for (const run of runs) ctx.out(`${runLine(run)}\n`);
  return 0;
}

/** `flows show <run-id|event-id>`: one event with its runs, or one run. */
export async function showCommand(ctx: StoreContext, id: string): Promise<number> {
  const record = await loadEvent(ctx, id);
  if (record) {
    ctx.out(ctx.json ? `${JSON.stringify(record, null, 2)}\n` : `${describeRecord(record)}\n`);
    return 0;
  }
  // The run, and in the same pass the ids a cut-off one (copied from a narrow terminal) begins.
  const starting = new Set<string>();
  const found = await findStoredRun(ctx.store, id, starting, indexNote(ctx));
  reportStoreProblems(ctx);
  if (!found) {
    const invocation = ctx.invocation ?? "flows";
    const [only] = starting;
    const begun =
      starting.size === 1 && only !== undefined
        ? ` Did you mean \`${invocation} show ${shellWord(only)}${ctx.contextArgs ?? ""}\`?`
        : starting.size > 1
          ? " Several stored ids start with it: give the whole id."
          : "";
    throw new CommandFailed(`No event or run "${id}" in ${ctx.storeLabel}.${begun} \`${invocation} events${ctx.contextArgs ?? ""}\` and \`${invocation} runs${ctx.contextArgs ?? ""}\` list what is stored.`);
  }
  ctx.out(ctx.json ? `${JSON.stringify(found.run, null, 2)}\n` : `${describeRun(found.run, found.record)}\n`);
  return 0;
}

function describeRecord(record: EventRecord): string {
  const lines = [
    `event ${record.event.id}`,
    `  type ${record.event.type}${record.event.source ? `  source ${record.event.source}` : ""}`,
    `  received ${record.event.receivedAt}  first dispatched ${record.firstDispatchedAt}  dispatches ${record.dispatchCount}`,
    `  payload ${cutCodePoints(JSON.stringify(record.event.payload), 500).kept}`,
    `  runs (${record.runs.length}):`,
    ...record.runs.map((run) => `    ${runLine(run)}`),
  ];
  return lines.map(terminalText).join("\n");
}

/** One run: a line per field, escaped for the terminal; result, error and output as escaped blocks. */
function describeRun(run: FlowRunView, record: EventRecord): string {
  const lines = [
    `run ${run.id}  ${run.flowName}/${run.stepName} (${run.flowVersion === undefined ? "" : `v${run.flowVersion}, `}${run.runner})`,
    `  event ${record.event.id} (${record.event.type})`,
    `  status ${statusLabel(run)}  process ${run.processStatus}${run.resultStatus ? `  result ${run.resultStatus}` : ""}${run.needsAttention ? "  NEEDS ATTENTION" : ""}`,
    `  created ${run.createdAt}  updated ${run.updatedAt}  duration ${formatDuration(run.durationMs)}`,
    ...run.attempts.flatMap((a) => [
      `  attempt ${a.number} ${a.id}: ${a.status}${a.resultStatus ? `/${a.resultStatus}` : ""}${a.timedOut ? " (timed out)" : ""}${a.replay ? " (replay)" : ""} ${a.startedAt ?? ""} → ${a.completedAt ?? ""}`,
      ...(a.error ? [`    ${a.error.split("\n")[0]}`] : []),
    ]),
  ].map(terminalText);
  if (run.resultPayload) lines.push(`  result ${terminalLines(JSON.stringify(run.resultPayload, null, 2)).replace(/\n/g, "\n  ")}`);
  if (run.error) lines.push(`  error ${terminalLines(run.error).replace(/\n/g, "\n    ")}`);
  if (run.output) lines.push("  output (tail):", terminalLines(run.output).replace(/^/gm, "    "));
  return lines.join("\n");
}

function runLine(run: FlowRunView): string {
  return terminalText(`${run.id}  ${statusLabel(run)}  ${run.flowName}/${run.stepName}  attempts ${run.attempts.length}  ${run.updatedAt}  event ${run.eventId}`);
}

function runCounts(runs: FlowRunView[]): string {
  if (runs.length === 0) return "no runs";
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.effectiveStatus, (counts.get(run.effectiveStatus) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count} ${status}`).join(", ");
}

/**
 * The store's problems on standard error: the first few of each kind, then a line per kind with
 * how many more (a listing of 100,000 damaged records printed 36 MB here). With --json, one JSON
 * document (`problems`, `leftOut`, and `count`, every problem met).
 */
function reportStoreProblems(ctx: StoreContext): void {
  // Said here, and so not again when the store is closed (closeCliStore).
  unreportedStoreProblems(ctx.store);
  const { problems } = ctx.store;
  const leftOut = ctx.store.problemsLeftOut ?? [];
  if (problems.length === 0) return;
  if (ctx.json) {
    ctx.err(`${JSON.stringify({ storeProblems: { count: storeProblemCount(ctx.store), problems, leftOut } })}\n`);
    return;
  }
  for (const problem of problems) ctx.err(`${terminalText(`${problem.path}: skipped: ${problem.message}`)}\n`);
  for (const kind of leftOut) ctx.err(`${terminalText(leftOutLine(kind))}\n`);
  // A listing cannot name the event of a record it could not read, so not the replay that sets it aside.
  if (ctx.store.readOnly === true) {
    ctx.err(
      `flows: these records are left as they are (this command only reads); each is set aside, its bytes kept beside it, when its event is next dispatched or replayed (\`${ctx.invocation ?? "flows"} replay <event-id>${ctx.contextArgs ?? ""}\`).\n`,
    );
  }
}

/** Why a listing reads every record (the branch has no index yet...), on standard error once: it may take a while. */
function indexNote(ctx: StoreContext): (sentence: string) => void {
  let said = false;
  return (sentence) => {
    if (said) return;
    said = true;
    ctx.err(`${terminalText(`flows: note: ${sentence}`)}\n`);
  };
}

/**
 * The event's record, for a command that asked for that event: a damaged one (left as it is by
 * the read-only store) stops the command, saying so, rather than reading as "no such event".
 */
async function loadEvent(ctx: StoreContext, eventId: string): Promise<EventRecord | undefined> {
  const record = await ctx.store.loadEvent(eventId);
  const damage = ctx.store.damageOf?.(eventId);
  if (damage === undefined) return record;
  // Said here, and so not again as a store problem.
  unreportedStoreProblems(ctx.store);
  throw new CommandFailed(`The stored record of event "${eventId}" (${damage.file}) is damaged: ${damage.reason}. It is ${damage.left}.`, {
    hint: `${damage.repair.charAt(0).toUpperCase()}${damage.repair.slice(1)}.`,
  });
}

function isRecord(value: EventRecord | undefined): value is EventRecord {
  return value !== undefined;
}

/** Every effective status a run can have, once. */
export const RUN_STATUSES: readonly string[] = [...new Set<string>([...FLOW_RESULT_STATUSES, ...PROCESS_STATUSES])];

/** `--status` must name an effective status: a typo would otherwise read as "no runs". */
export function checkStatusFilter(status: string | undefined): string | undefined {
  if (status === "") throw new UsageError("--status needs a value.", "runs");
  if (status === undefined || RUN_STATUSES.includes(status)) return status;
  const hint = status === "needs-attention" || status === "needs_attention" ? " For runs that need a person, use --needs-attention." : "";
  throw new UsageError(
    `--status "${status}" is not a run status.${didYouMean(status, RUN_STATUSES)} Valid statuses: ${RUN_STATUSES.join(", ")}.${hint}`,
    "runs",
  );
}
