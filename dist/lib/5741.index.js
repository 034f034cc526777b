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
/* harmony export */   runsCommand: () => (/* binding */ runsCommand),
/* harmony export */   showCommand: () => (/* binding */ showCommand)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(40801);
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37576);
/* harmony import */ var _state_query_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89176);
/* harmony import */ var _state_problems_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(39094);
/* harmony import */ var _report_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7787);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17930);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87713);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41488);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75270);
/* harmony import */ var _shell_word_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83505);










async function eventsCommand(ctx, options) {
    const wildcard = options.type?.includes("*") === true;
    const { typeMatches } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 65066));
    const wanted = options.type ?? "*";
    const newest = new _state_query_js__WEBPACK_IMPORTED_MODULE_6__.Newest(options.limit, (listed) => listed.updatedAt);
    await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_6__.eachStoredEvent)(ctx.store, (record) => {
        if ((0,_state_query_js__WEBPACK_IMPORTED_MODULE_6__.isInternalRecord)(record))
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
        ctx.out(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(`${listed.updatedAt}  ${listed.event.type}  ${listed.event.id}  ${listed.counts}`)}\n`);
    }
    return 0;
}
function listedEvent(record) {
    const { event, dispatchCount, firstDispatchedAt, updatedAt, runs } = record;
    return { event, dispatchCount, firstDispatchedAt, updatedAt, runs: runs.length, counts: runCounts(runs), needsAttention: runs.some((run) => run.needsAttention) };
}
async function runsCommand(ctx, query) {
    const runs = query.eventId
        ? await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_6__.selectStoredRuns)([await loadEvent(ctx, query.eventId)].filter(isRecord), query)
        : await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_6__.selectStoredRuns)(ctx.store, query, indexNote(ctx));
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
    const found = await (0,_state_query_js__WEBPACK_IMPORTED_MODULE_6__.findStoredRun)(ctx.store, id, starting, indexNote(ctx));
    reportStoreProblems(ctx);
    if (!found) {
        const invocation = ctx.invocation ?? "flows";
        const [only] = starting;
        const begun = starting.size === 1 && only !== undefined
            ? ` Did you mean \`${invocation} show ${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_7__/* .shellWord */ .r)(only)}${ctx.contextArgs ?? ""}\`?`
            : starting.size > 1
                ? " Several stored ids start with it: give the whole id."
                : "";
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`No event or run "${id}" in ${ctx.storeLabel}.${begun} \`${invocation} events${ctx.contextArgs ?? ""}\` and \`${invocation} runs${ctx.contextArgs ?? ""}\` list what is stored.`);
    }
    ctx.out(ctx.json ? `${JSON.stringify(found.run, null, 2)}\n` : `${describeRun(found.run, found.record)}\n`);
    return 0;
}
function describeRecord(record) {
    const lines = [
        `event ${record.event.id}`,
        `  type ${record.event.type}${record.event.source ? `  source ${record.event.source}` : ""}`,
        `  received ${record.event.receivedAt}  first dispatched ${record.firstDispatchedAt}  dispatches ${record.dispatchCount}`,
        `  payload ${(0,_text_cut_js__WEBPACK_IMPORTED_MODULE_5__/* .cutCodePoints */ .Dp)(JSON.stringify(record.event.payload), 500).kept}`,
        `  runs (${record.runs.length}):`,
        ...record.runs.map((run) => `    ${runLine(run)}`),
    ];
    return lines.map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR).join("\n");
}
function describeRun(run, record) {
    const lines = [
        `run ${run.id}  ${run.flowName}/${run.stepName} (${run.flowVersion === undefined ? "" : `v${run.flowVersion}, `}${run.runner})`,
        `  event ${record.event.id} (${record.event.type})`,
        `  status ${(0,_report_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusLabel */ .Rh)(run)}  process ${run.processStatus}${run.resultStatus ? `  result ${run.resultStatus}` : ""}${run.needsAttention ? "  NEEDS ATTENTION" : ""}`,
        `  created ${run.createdAt}  updated ${run.updatedAt}  duration ${(0,_report_status_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(run.durationMs)}`,
        ...run.attempts.flatMap((a) => [
            `  attempt ${a.number} ${a.id}: ${a.status}${a.resultStatus ? `/${a.resultStatus}` : ""}${a.timedOut ? " (timed out)" : ""}${a.replay ? " (replay)" : ""} ${a.startedAt ?? ""} → ${a.completedAt ?? ""}`,
            ...(a.error ? [`    ${a.error.split("\n")[0]}`] : []),
        ]),
    ].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR);
    if (run.resultPayload)
        lines.push(`  result ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLines */ .MJ)(JSON.stringify(run.resultPayload, null, 2)).replace(/\n/g, "\n  ")}`);
    if (run.error)
        lines.push(`  error ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLines */ .MJ)(run.error).replace(/\n/g, "\n    ")}`);
    if (run.output)
        lines.push("  output (tail):", (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLines */ .MJ)(run.output).replace(/^/gm, "    "));
    return lines.join("\n");
}
function runLine(run) {
    return (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(`${run.id}  ${(0,_report_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusLabel */ .Rh)(run)}  ${run.flowName}/${run.stepName}  attempts ${run.attempts.length}  ${run.updatedAt}  event ${run.eventId}`);
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
    (0,_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__.unreportedStoreProblems)(ctx.store);
    const { problems } = ctx.store;
    const leftOut = ctx.store.problemsLeftOut ?? [];
    if (problems.length === 0)
        return;
    if (ctx.json) {
        ctx.err(`${JSON.stringify({ storeProblems: { count: (0,_state_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .storeProblemCount */ .OU)(ctx.store), problems, leftOut } })}\n`);
        return;
    }
    for (const problem of problems)
        ctx.err(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(`${problem.path}: skipped: ${problem.message}`)}\n`);
    for (const kind of leftOut)
        ctx.err(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)((0,_state_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .leftOutLine */ .uv)(kind))}\n`);
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
        ctx.err(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(`flows: note: ${sentence}`)}\n`);
    };
}
async function loadEvent(ctx, eventId) {
    const record = await ctx.store.loadEvent(eventId);
    const damage = ctx.store.damageOf?.(eventId);
    if (damage === undefined)
        return record;
    (0,_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__.unreportedStoreProblems)(ctx.store);
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandFailed */ .nk(`The stored record of event "${eventId}" (${damage.file}) is damaged: ${damage.reason}. It is ${damage.left}.`, {
        hint: `${damage.repair.charAt(0).toUpperCase()}${damage.repair.slice(1)}.`,
    });
}
function isRecord(value) {
    return value !== undefined;
}
const RUN_STATUSES = [...new Set([..._contracts_js__WEBPACK_IMPORTED_MODULE_9__/* .FLOW_RESULT_STATUSES */ .WL, ..._contracts_js__WEBPACK_IMPORTED_MODULE_9__/* .PROCESS_STATUSES */ .Ne])];
function checkStatusFilter(status) {
    if (status === "")
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb("--status needs a value.", "runs");
    if (status === undefined || RUN_STATUSES.includes(status))
        return status;
    const hint = status === "needs-attention" || status === "needs_attention" ? " For runs that need a person, use --needs-attention." : "";
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--status "${status}" is not a run status.${(0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(status, RUN_STATUSES)} Valid statuses: ${RUN_STATUSES.join(", ")}.${hint}`, "runs");
}


/***/ })

};
