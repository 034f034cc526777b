export const id = 5741;
export const ids = [5741];
export const modules = {

/***/ 65741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RUN_STATUSES: () => (/* binding */ RUN_STATUSES),
/* harmony export */   checkStatusFilter: () => (/* binding */ checkStatusFilter),
/* harmony export */   eventsCommand: () => (/* binding */ eventsCommand),
/* harmony export */   replayCommand: () => (/* binding */ replayCommand),
/* harmony export */   runsCommand: () => (/* binding */ runsCommand),
/* harmony export */   showCommand: () => (/* binding */ showCommand)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(40801);
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53677);
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37576);
/* harmony import */ var _events_pass_through_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83477);
/* harmony import */ var _state_query_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89176);
/* harmony import */ var _state_problems_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(39094);
/* harmony import */ var _report_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7787);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18362);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17930);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75796);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87713);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41488);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(75270);
/* harmony import */ var _shell_word_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(83505);














async function eventsCommand(ctx, options) {
    const wildcard = options.type?.includes("*") === true;
    const { typeMatches } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 65066));
    const wanted = options.type ?? "*";
    const newest = new _state_query_js__WEBPACK_IMPORTED_MODULE_10__.Newest(options.limit, (listed) => listed.updatedAt);
    await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_10__.eachStoredEvent)(ctx.store, (record) => {
        if ((0,_state_query_js__WEBPACK_IMPORTED_MODULE_10__.isInternalRecord)(record))
            return;
        if (wildcard ? !typeMatches(wanted, record.event.type) : options.type !== undefined && record.event.type !== options.type)
            return;
        newest.offer(listedEvent(record));
    });
    const shown = newest.items();
    reportStoreProblems(ctx);
    if (ctx.json) {
        ctx.out(`${JSON.stringify(shown.map(({ event, runs, dispatchCount, firstDispatchedAt, updatedAt, needsAttention }) => ({ ...event, runs, dispatchCount, firstDispatchedAt, updatedAt, needsAttention })), null, 2)}\n`);
        return 0;
    }
    if (shown.length === 0)
        ctx.out(`No events${options.type !== undefined ? " of that type" : ""} in ${ctx.storeLabel}.\n`);
    for (const listed of shown) {
        ctx.out(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${listed.updatedAt}  ${listed.event.type}  ${listed.event.id}  ${listed.counts}`)}\n`);
    }
    return 0;
}
function listedEvent(record) {
    const { event, dispatchCount, firstDispatchedAt, updatedAt, runs } = record;
    return { event, dispatchCount, firstDispatchedAt, updatedAt, runs: runs.length, counts: runCounts(runs), needsAttention: runs.some((run) => run.needsAttention) };
}
async function runsCommand(ctx, query) {
    const runs = query.eventId
        ? await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_10__.selectStoredRuns)([await loadEvent(ctx, query.eventId)].filter(isRecord), query)
        : await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_10__.selectStoredRuns)(ctx.store, query, indexNote(ctx));
    reportStoreProblems(ctx);
    if (ctx.json) {
        ctx.out(`${JSON.stringify(runs, null, 2)}\n`);
        return 0;
    }
    const filtered = query.eventId !== undefined || query.status !== undefined || query.needsAttention === true;
    if (runs.length === 0)
        ctx.out(`No runs${filtered ? " that match" : ""} in ${ctx.storeLabel}.\n`);
    for (const run of runs)
        ctx.out(`${runLine(run)}\n`);
    return 0;
}
async function showCommand(ctx, id) {
    const record = await loadEvent(ctx, id);
    if (record) {
        ctx.out(ctx.json ? `${JSON.stringify(record, null, 2)}\n` : `${describeRecord(record)}\n`);
        return 0;
    }
    const starting = new Set();
    const found = await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_10__.findStoredRun)(ctx.store, id, starting, indexNote(ctx));
    reportStoreProblems(ctx);
    if (!found) {
        const invocation = ctx.invocation ?? "flows";
        const [only] = starting;
        const begun = starting.size === 1 && only !== undefined
            ? ` Did you mean \`${invocation} show ${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_11__/* .shellWord */ .r)(only)}${ctx.contextArgs ?? ""}\`?`
            : starting.size > 1
                ? " Several stored ids start with it: give the whole id."
                : "";
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandFailed */ .nk(`No event or run "${id}" in ${ctx.storeLabel}.${begun} \`${invocation} events${ctx.contextArgs ?? ""}\` and \`${invocation} runs${ctx.contextArgs ?? ""}\` list what is stored.`);
    }
    ctx.out(ctx.json ? `${JSON.stringify(found.run, null, 2)}\n` : `${describeRun(found.run, found.record)}\n`);
    return 0;
}
async function replayCommand(ctx, eventId, options = {}) {
    const { concurrency, bunPath, workspaceBackendUrl } = options;
    const record = await ctx.store.loadEvent(eventId);
    if (!record) {
        if (ctx.store.problems.length > 0) {
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandFailed */ .nk(`The stored record of event "${eventId}" was damaged, so there is nothing to replay: it is set aside now (see the warning below), and the event counts as not handled yet, so its next delivery runs it.`);
        }
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandFailed */ .nk(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to replay. \`${ctx.invocation ?? "flows"} events${ctx.contextArgs ?? ""}\` lists the stored events.`);
    }
    (0,_events_pass_through_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseControlCharacters */ .qx)(record.event, `the record stored in ${ctx.storeLabel}`);
    const outcome = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatch */ .JD)(record.event, {
        repoRoot: ctx.repoRoot,
        roots: ctx.roots,
        store: ctx.store,
        replay: true,
        replayNamed: namedSteps(record),
        concurrency,
        env: ctx.env,
        bunPath,
        workspaceBackendUrl,
        launchedBy: "flows-cli",
        commandLine: (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.suggestedCommandLine)(ctx),
        observer: (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.stepLines)(ctx),
        signal: ctx.signal,
    });
    ctx.out(ctx.json ? `${JSON.stringify((0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.briefOutcome)(outcome), null, 2)}\n` : `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__.renderText)(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.warnStopped)(ctx, outcome, `\`${ctx.invocation ?? "flows"} replay ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_11__/* .shellWord */ .r)(eventId))}${ctx.contextArgs ?? ""}\` again runs every step of the event again, those that ended in this replay too.`);
    const gone = notReplayed(record, outcome.runs, outcome.mismatches);
    if (gone)
        ctx.err(`flows: ${gone} \`${ctx.invocation ?? "flows"} show ${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_11__/* .shellWord */ .r)(eventId)}${ctx.contextArgs ?? ""}\` lists what was stored.\n`);
    const forced = outcome.runs.filter((run) => run.attempts.at(-1)?.named === "any" && !run.alreadyHandled);
    if (forced.length > 0) {
        ctx.err(`flows: ${forced.map((run) => (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${run.flowName}/${run.stepName}`)).join(", ")} ran again though the event does not match ${forced.length === 1 ? "its trigger" : "their triggers"}: the stored record says \`${ctx.invocation ?? "flows"} run --ignore-trigger\` started ${forced.length === 1 ? "it" : "them"} so.\n`);
    }
    const unmatched = notMatchedAgain(ctx, record, outcome.runs, outcome.mismatches);
    if (unmatched)
        ctx.err(unmatched);
    return (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.exitCodeFor)(outcome);
}
function namedSteps(record) {
    return record.runs.map((run) => ({
        flow: run.flowName,
        step: run.stepName,
        named: run.attempts.some((attempt) => attempt.named === "any") ? "any" : "untriggered",
    }));
}
function notMatchedAgain(ctx, record, replayed, mismatches) {
    const ran = new Set(replayed.map((run) => `${run.flowName}\u0000${run.stepName}`));
    const stored = new Set(record.runs.map((run) => `${run.flowName}\u0000${run.stepName}`));
    const missed = mismatches.filter((miss) => stored.has(`${miss.flow.name}\u0000${miss.step.name}`) && !ran.has(`${miss.flow.name}\u0000${miss.step.name}`));
    const first = missed[0];
    if (!first)
        return undefined;
    const invocation = ctx.invocation ?? "flows";
    const id = `${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_11__/* .shellWord */ .r)(record.event.id)}${ctx.contextArgs ?? ""}`;
    const lines = missed.slice(0, 5).map((miss) => `  ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${miss.flow.name}/${miss.step.name}`)}: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(miss.message)}\n`);
    const more = missed.length > lines.length ? `  and ${missed.length - lines.length} more\n` : "";
    const run = `${invocation} run ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_11__/* .shellWord */ .r)(first.flow.name))} ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_11__/* .shellWord */ .r)(first.step.name))} --event event.json --ignore-trigger${ctx.contextArgs ?? ""}`;
    return (`flows: ${missed.length === 1 ? "a stored step" : `${missed.length} stored steps`} of the event did not run again, since the event does not match ${missed.length === 1 ? "its trigger" : "their triggers"} now (a replay runs what matches, and what \`${invocation} run\` started by name):\n${lines.join("")}${more}` +
        `To run one anyway: \`${invocation} forget ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(id)}\`, then \`${run}\` (event.json: the "event" of \`${invocation} show ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(id)} --json\`).\n`);
}
function notReplayed(record, replayed, mismatches) {
    const ran = new Set(replayed.map((run) => run.id));
    const there = new Set(mismatches.map((miss) => `${miss.flow.name}\u0000${miss.step.name}`));
    const missing = record.runs.filter((run) => !ran.has(run.id) && !there.has(`${run.flowName}\u0000${run.stepName}`));
    if (missing.length === 0)
        return undefined;
    const shown = missing.slice(0, 5).map((run) => (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${run.flowName}/${run.stepName}`));
    const more = missing.length > shown.length ? ` and ${missing.length - shown.length} more` : "";
    const steps = missing.length === 1 ? "step" : "steps";
    return `${missing.length} stored ${steps} of the event did not run again, since no flow package's step of that name matches it now (removed, renamed, or its trigger changed): ${shown.join(", ")}${more}.`;
}
function describeRecord(record) {
    const lines = [
        `event ${record.event.id}`,
        `  type ${record.event.type}${record.event.source ? `  source ${record.event.source}` : ""}`,
        `  received ${record.event.receivedAt}  first dispatched ${record.firstDispatchedAt}  dispatches ${record.dispatchCount}`,
        `  payload ${(0,_text_cut_js__WEBPACK_IMPORTED_MODULE_9__/* .cutCodePoints */ .Dp)(JSON.stringify(record.event.payload), 500).kept}`,
        `  runs (${record.runs.length}):`,
        ...record.runs.map((run) => `    ${runLine(run)}`),
    ];
    return lines.map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR).join("\n");
}
function describeRun(run, record) {
    const lines = [
        `run ${run.id}  ${run.flowName}/${run.stepName} (${run.flowVersion === undefined ? "" : `v${run.flowVersion}, `}${run.runner})`,
        `  event ${record.event.id} (${record.event.type})`,
        `  status ${(0,_report_status_js__WEBPACK_IMPORTED_MODULE_3__/* .statusLabel */ .Rh)(run)}  process ${run.processStatus}${run.resultStatus ? `  result ${run.resultStatus}` : ""}${run.needsAttention ? "  NEEDS ATTENTION" : ""}`,
        `  created ${run.createdAt}  updated ${run.updatedAt}  duration ${(0,_report_status_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(run.durationMs)}`,
        ...run.attempts.flatMap((a) => [
            `  attempt ${a.number} ${a.id}: ${a.status}${a.resultStatus ? `/${a.resultStatus}` : ""}${a.timedOut ? " (timed out)" : ""}${a.replay ? " (replay)" : ""} ${a.startedAt ?? ""} → ${a.completedAt ?? ""}`,
            ...(a.error ? [`    ${a.error.split("\n")[0]}`] : []),
        ]),
    ].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR);
    if (run.resultPayload)
        lines.push(`  result ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalLines */ .MJ)(JSON.stringify(run.resultPayload, null, 2)).replace(/\n/g, "\n  ")}`);
    if (run.error)
        lines.push(`  error ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalLines */ .MJ)(run.error).replace(/\n/g, "\n    ")}`);
    if (run.output)
        lines.push("  output (tail):", (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalLines */ .MJ)(run.output).replace(/^/gm, "    "));
    return lines.join("\n");
}
function runLine(run) {
    return (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${run.id}  ${(0,_report_status_js__WEBPACK_IMPORTED_MODULE_3__/* .statusLabel */ .Rh)(run)}  ${run.flowName}/${run.stepName}  attempts ${run.attempts.length}  ${run.updatedAt}  event ${run.eventId}`);
}
function runCounts(runs) {
    if (runs.length === 0)
        return "no runs";
    const counts = new Map();
    for (const run of runs)
        counts.set(run.effectiveStatus, (counts.get(run.effectiveStatus) ?? 0) + 1);
    return [...counts].map(([status, count]) => `${count} ${status}`).join(", ");
}
function reportStoreProblems(ctx) {
    (0,_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_1__.unreportedStoreProblems)(ctx.store);
    const { problems } = ctx.store;
    const leftOut = ctx.store.problemsLeftOut ?? [];
    if (problems.length === 0)
        return;
    if (ctx.json) {
        ctx.err(`${JSON.stringify({ storeProblems: { count: (0,_state_problems_js__WEBPACK_IMPORTED_MODULE_12__/* .storeProblemCount */ .OU)(ctx.store), problems, leftOut } })}\n`);
        return;
    }
    for (const problem of problems)
        ctx.err(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${problem.path}: skipped: ${problem.message}`)}\n`);
    for (const kind of leftOut)
        ctx.err(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_state_problems_js__WEBPACK_IMPORTED_MODULE_12__/* .leftOutLine */ .uv)(kind))}\n`);
    if (ctx.store.readOnly === true) {
        ctx.err(`flows: these records are left as they are (this command only reads); each is set aside, its bytes kept beside it, when its event is next dispatched or replayed (\`${ctx.invocation ?? "flows"} replay <event-id>${ctx.contextArgs ?? ""}\`).\n`);
    }
}
function indexNote(ctx) {
    let said = false;
    return (sentence) => {
        if (said)
            return;
        said = true;
        ctx.err(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`flows: note: ${sentence}`)}\n`);
    };
}
async function loadEvent(ctx, eventId) {
    const record = await ctx.store.loadEvent(eventId);
    const damage = ctx.store.damageOf?.(eventId);
    if (damage === undefined)
        return record;
    (0,_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_1__.unreportedStoreProblems)(ctx.store);
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandFailed */ .nk(`The stored record of event "${eventId}" (${damage.file}) is damaged: ${damage.reason}. It is ${damage.left}.`, {
        hint: `${damage.repair.charAt(0).toUpperCase()}${damage.repair.slice(1)}.`,
    });
}
function isRecord(value) {
    return value !== undefined;
}
const RUN_STATUSES = [...new Set([..._contracts_js__WEBPACK_IMPORTED_MODULE_13__/* .FLOW_RESULT_STATUSES */ .WL, ..._contracts_js__WEBPACK_IMPORTED_MODULE_13__/* .PROCESS_STATUSES */ .Ne])];
function checkStatusFilter(status) {
    if (status === "")
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb("--status needs a value.", "runs");
    if (status === undefined || RUN_STATUSES.includes(status))
        return status;
    const hint = status === "needs-attention" || status === "needs_attention" ? " For runs that need a person, use --needs-attention." : "";
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--status "${status}" is not a run status.${(0,_usage_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .au)(status, RUN_STATUSES)} Valid statuses: ${RUN_STATUSES.join(", ")}.${hint}`, "runs");
}


/***/ })

};
