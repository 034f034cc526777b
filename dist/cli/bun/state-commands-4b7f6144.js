// @bun
import {
  UsageError,
  didYouMean
} from "./main-f081c345.js";
import {
  statusLabel,
  formatDuration,
  renderText
} from "./main-705341a3.js";
import"./main-845a148e.js";
import"./main-fbb7e2a8.js";
import {
  FLOW_RESULT_STATUSES,
  PROCESS_STATUSES
} from "./main-e531f9c3.js";
import"./main-8c27923c.js";
import {
  dispatch,
  briefOutcome2,
  exitCodeFor2
} from "./main-86eff04f.js";
import {
  isInternalRecord,
  selectRuns,
  findRun
} from "./main-34d3babc.js";
import"./main-73c2a2c4.js";

// src/cli/state-commands.ts
async function eventsCommand(ctx, options) {
  const wildcard = options.type?.includes("*") === true;
  const { typeMatches } = await import("./match-b5c569ac.js");
  const wanted = options.type ?? "*";
  const listed = await ctx.store.listEvents(wildcard ? {} : { type: options.type });
  const records = listed.filter((record) => !isInternalRecord(record) && (!wildcard || typeMatches(wanted, record.event.type)));
  const shown = options.limit ? records.slice(0, options.limit) : records;
  reportStoreProblems(ctx);
  if (ctx.json) {
    ctx.out(`${JSON.stringify(shown.map((record) => ({ ...record.event, runs: record.runs.length, dispatchCount: record.dispatchCount, firstDispatchedAt: record.firstDispatchedAt, updatedAt: record.updatedAt, needsAttention: record.runs.some((run) => run.needsAttention) })), null, 2)}
`);
    return 0;
  }
  if (shown.length === 0)
    ctx.out(`No events in ${ctx.storeLabel}.
`);
  for (const record of shown) {
    ctx.out(`${record.updatedAt}  ${record.event.type}  ${record.event.id}  ${runCounts(record.runs)}
`);
  }
  return 0;
}
async function runsCommand(ctx, query) {
  const records = query.eventId ? [await ctx.store.loadEvent(query.eventId)].filter(isRecord) : await ctx.store.listEvents();
  const runs = selectRuns(records, query);
  reportStoreProblems(ctx);
  if (ctx.json) {
    ctx.out(`${JSON.stringify(runs, null, 2)}
`);
    return 0;
  }
  if (runs.length === 0)
    ctx.out(`No runs in ${ctx.storeLabel} match.
`);
  for (const run of runs)
    ctx.out(`${runLine(run)}
`);
  return 0;
}
async function showCommand(ctx, id) {
  const record = await ctx.store.loadEvent(id);
  if (record) {
    ctx.out(ctx.json ? `${JSON.stringify(record, null, 2)}
` : `${describeRecord(record)}
`);
    return 0;
  }
  const found = findRun(await ctx.store.listEvents(), id);
  reportStoreProblems(ctx);
  if (!found) {
    ctx.err(`No event or run "${id}" in ${ctx.storeLabel}. \`flows events\` and \`flows runs\` list what is stored.
`);
    return 1;
  }
  ctx.out(ctx.json ? `${JSON.stringify(found.run, null, 2)}
` : `${describeRun(found.run, found.record)}
`);
  return 0;
}
async function replayCommand(ctx, eventId, options = {}) {
  const { concurrency, bunPath, workspaceBackendUrl } = options;
  const record = await ctx.store.loadEvent(eventId);
  if (!record) {
    ctx.err(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to replay. \`flows events\` lists the stored events.
`);
    return 1;
  }
  const outcome = await dispatch(record.event, {
    repoRoot: ctx.repoRoot,
    roots: ctx.roots,
    store: ctx.store,
    replay: true,
    concurrency,
    env: ctx.env,
    bunPath,
    workspaceBackendUrl,
    launchedBy: "flows-cli",
    observer: ctx.json ? undefined : { onStepLine: (run, _s, line) => ctx.err(`[${run.flowName}/${run.stepName}] ${line}
`) }
  });
  ctx.out(ctx.json ? `${JSON.stringify(briefOutcome2(outcome), null, 2)}
` : `${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}
`);
  return exitCodeFor2(outcome);
}
function describeRecord(record) {
  const lines = [
    `event ${record.event.id}`,
    `  type ${record.event.type}${record.event.source ? `  source ${record.event.source}` : ""}`,
    `  received ${record.event.receivedAt}  first dispatched ${record.firstDispatchedAt}  dispatches ${record.dispatchCount}`,
    `  payload ${JSON.stringify(record.event.payload).slice(0, 500)}`,
    `  runs (${record.runs.length}):`,
    ...record.runs.map((run) => `    ${runLine(run)}`)
  ];
  return lines.join(`
`);
}
function describeRun(run, record) {
  const lines = [
    `run ${run.id}  ${run.flowName}/${run.stepName} (v${run.flowVersion}, ${run.runner})`,
    `  event ${record.event.id} (${record.event.type})`,
    `  status ${statusLabel(run)}  process ${run.processStatus}${run.resultStatus ? `  result ${run.resultStatus}` : ""}${run.needsAttention ? "  NEEDS ATTENTION" : ""}`,
    `  created ${run.createdAt}  updated ${run.updatedAt}  duration ${formatDuration(run.durationMs)}`,
    ...run.attempts.map((a) => `  attempt ${a.number} ${a.id}: ${a.status}${a.resultStatus ? `/${a.resultStatus}` : ""}${a.timedOut ? " (timed out)" : ""}${a.replay ? " (replay)" : ""} ${a.startedAt ?? ""} \u2192 ${a.completedAt ?? ""}${a.error ? `
    ${a.error.split(`
`)[0]}` : ""}`)
  ];
  if (run.resultPayload)
    lines.push(`  result ${JSON.stringify(run.resultPayload, null, 2).replace(/\n/g, `
  `)}`);
  if (run.error)
    lines.push(`  error ${run.error.replace(/\n/g, `
    `)}`);
  if (run.output)
    lines.push("  output (tail):", run.output.replace(/^/gm, "    "));
  return lines.join(`
`);
}
function runLine(run) {
  return `${run.id}  ${statusLabel(run)}  ${run.flowName}/${run.stepName}  attempts ${run.attempts.length}  ${run.updatedAt}  event ${run.eventId}`;
}
function runCounts(runs) {
  if (runs.length === 0)
    return "no runs";
  const counts = new Map;
  for (const run of runs)
    counts.set(run.effectiveStatus, (counts.get(run.effectiveStatus) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count} ${status}`).join(", ");
}
function reportStoreProblems(ctx) {
  for (const problem of ctx.store.problems)
    ctx.err(`${problem.path}: skipped: ${problem.message}
`);
}
function isRecord(value) {
  return value !== undefined;
}
var RUN_STATUSES = [...new Set([...FLOW_RESULT_STATUSES, ...PROCESS_STATUSES])];
function checkStatusFilter(status) {
  if (status === "")
    throw new UsageError("--status needs a value.", "runs");
  if (status === undefined || RUN_STATUSES.includes(status))
    return status;
  const hint = status === "needs-attention" || status === "needs_attention" ? " For runs that need a person, use --needs-attention." : "";
  throw new UsageError(`--status "${status}" is not a run status.${didYouMean(status, RUN_STATUSES)} Valid statuses: ${RUN_STATUSES.join(", ")}.${hint}`, "runs");
}
export {
  checkStatusFilter,
  eventsCommand,
  replayCommand,
  runsCommand,
  showCommand
};
