export const id = 6608;
export const ids = [6608];
export const modules = {

/***/ 16608:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   replayCommand: () => (/* binding */ replayCommand)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53677);
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37576);
/* harmony import */ var _events_pass_through_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83477);
/* harmony import */ var _flows_discovery_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81107);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18362);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17930);
/* harmony import */ var _shell_word_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83505);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75796);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87713);









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
    const byName = startedByNameOnly(record) ? await namedOnly(ctx, record) : undefined;
    const outcome = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatch */ .JD)(record.event, {
        repoRoot: ctx.repoRoot,
        roots: ctx.roots,
        store: ctx.store,
        replay: true,
        replayNamed: namedSteps(record),
        ...(byName ? { discovery: byName.discovery, match: byName.match, only: byName.only } : {}),
        concurrency,
        env: ctx.env,
        bunPath,
        workspaceBackendUrl,
        launchedBy: "flows-cli",
        commandLine: (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.suggestedCommandLine)(ctx),
        observer: (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.stepLines)(ctx),
        signal: ctx.signal,
    });
    if (byName)
        outcome.problems.unshift(...(0,_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_1__.missingRootProblems)(ctx.repoRoot, ctx.roots, byName.discovery));
    ctx.out(ctx.json ? `${JSON.stringify((0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.briefOutcome)(outcome), null, 2)}\n` : `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__.renderText)(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    if (byName && byName.skipped.length > 0)
        ctx.err(skippedLine(ctx, record, byName.skipped));
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.warnStopped)(ctx, outcome, `\`${ctx.invocation ?? "flows"} replay ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(eventId))}${ctx.contextArgs ?? ""}\` again runs every step of the event again, those that ended in this replay too.`);
    const gone = notReplayed(record, outcome.runs, outcome.mismatches);
    if (gone)
        ctx.err(`flows: ${gone} \`${ctx.invocation ?? "flows"} show ${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(eventId)}${ctx.contextArgs ?? ""}\` lists what was stored.\n`);
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
    const id = `${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(record.event.id)}${ctx.contextArgs ?? ""}`;
    const lines = missed.slice(0, 5).map((miss) => `  ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${miss.flow.name}/${miss.step.name}`)}: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(miss.message)}\n`);
    const more = missed.length > lines.length ? `  and ${missed.length - lines.length} more\n` : "";
    const run = `${invocation} run ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(first.flow.name))} ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(first.step.name))} --event event.json --ignore-trigger${ctx.contextArgs ?? ""}`;
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
function startedByNameOnly(record) {
    return record.runs.length > 0 && record.runs.every((run) => run.attempts.some((attempt) => attempt.named !== undefined));
}
async function namedOnly(ctx, record) {
    const discovery = await (0,_flows_discovery_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverFlows */ .nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots, eventType: record.event.type });
    const match = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .matchEvent */ .Mi)(record.event, discovery, { env: ctx.env });
    const stored = new Set(record.runs.map((run) => JSON.stringify([run.flowName, run.stepName])));
    return {
        discovery,
        match,
        only: record.runs.map((run) => ({ flow: run.flowName, step: run.stepName })),
        skipped: match.matched.filter((ref) => !stored.has(JSON.stringify([ref.flow.name, ref.step.name]))),
    };
}
function skippedLine(ctx, record, skipped) {
    const invocation = ctx.invocation ?? "flows";
    const names = skipped.slice(0, 5).map((ref) => (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${ref.flow.name}/${ref.step.name}`));
    const more = skipped.length > names.length ? ` and ${skipped.length - names.length} more` : "";
    const ran = [...new Set(record.runs.map((run) => (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(`${run.flowName}/${run.stepName}`)))].join(", ");
    const first = skipped[0];
    const id = `${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(record.event.id)}${ctx.contextArgs ?? ""}`;
    const run = `${invocation} run ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(first.flow.name))} ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)((0,_shell_word_js__WEBPACK_IMPORTED_MODULE_8__/* .shellWord */ .r)(first.step.name))} --event event.json${ctx.contextArgs ?? ""}`;
    return (`flows: replayed only ${ran}, which \`${invocation} run\` started by name, as the event ran nothing else; skipped ${names.join(", ")}${more}: ` +
        `${skipped.length === 1 ? "it matches" : "they match"} the event but never ran for it. To run one for this event: \`${run}\` (event.json: the "event" of \`${invocation} show ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .eR)(id)} --json\`).\n`);
}


/***/ })

};
