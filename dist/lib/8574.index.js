export const id = 8574;
export const ids = [8574];
export const modules = {

/***/ 98574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   forgetCommand: () => (/* binding */ forgetCommand)
/* harmony export */ });
/* harmony import */ var _state_forget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90435);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87713);
/* harmony import */ var _shell_word_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83505);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17930);
/* harmony import */ var _watch_watch_filter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95860);





async function forgetCommand(ctx, named, options = {}) {
    const cursors = named.startsWith(WATCH_CURSOR_ID_PREFIX) ? await cursorsOfRepository(ctx, named) : undefined;
    const eventId = cursors ? chosenCursor(ctx, named, cursors) : named;
    const result = await (0,_state_forget_js__WEBPACK_IMPORTED_MODULE_0__/* .forgetEvent */ ._S)(ctx.store, eventId, { by: "flows forget", force: options.force === true }).catch((error) => {
        if (!(error instanceof _state_forget_js__WEBPACK_IMPORTED_MODULE_0__/* .EventStillRunningError */ .Cm))
            throw error;
        const id = `${(0,_shell_word_js__WEBPACK_IMPORTED_MODULE_4__/* .shellWord */ .r)(eventId)}${ctx.contextArgs ?? ""}`;
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandFailed */ .nk(error.message, {
            hint: `Wait for it to end (\`${ctx.invocation ?? "flows"} runs --event ${id}\` shows it) and run \`${ctx.invocation ?? "flows"} forget ${id}\` again. ` +
                `If that dispatcher is gone (its machine or job lost; one gone on this host is seen at once), \`${ctx.invocation ?? "flows"} forget ${id} --force\`.`,
        });
    });
    if (!result) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandFailed */ .nk(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to forget. \`${ctx.invocation ?? "flows"} events${ctx.contextArgs ?? ""}\` lists the stored events.`);
    }
    const { event } = result.record;
    const redelivered = event.type.startsWith("upstream.release")
        ? await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 54444))).requestEventRedelivery(ctx.store, event)
        : undefined;
    try {
        await ctx.store.flush();
    }
    catch (error) {
        const { describeError } = await __webpack_require__.e(/* import() */ 1090).then(__webpack_require__.bind(__webpack_require__, 91090));
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandFailed */ .nk(`The forget of ${eventId} was NOT saved, so the event still counts as handled: ${describeError(error)}`);
    }
    if (ctx.json) {
        ctx.out(`${JSON.stringify(jsonResult(eventId, result, redelivered), null, 2)}\n`);
        return 0;
    }
    const again = new Set(result.startedAgain.map((run) => run.id));
    const steps = result.forgotten.filter((run) => !again.has(run.id)).map(stepName);
    if (result.forgotten.length === 0)
        ctx.out(`Event ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(eventId)} ran no steps; nothing to forget.\n`);
    else if (steps.length > 0)
        ctx.out(`Forgot ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(eventId)} in ${ctx.storeLabel}: ${steps.join(", ")} will run again on the event's next delivery.\n`);
    for (const run of result.startedAgain) {
        const last = run.attempts.at(-1);
        ctx.out(`${stepName(run)} was started again after the forget (attempt ${last?.number}, ${run.effectiveStatus} now): that delivery is its run again.\n`);
    }
    for (const running of result.stillRunning) {
        ctx.out(`Warning: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)((0,_state_forget_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRunningStep */ .Nm)(running))} still read as running. If that dispatcher is alive, a delivery before the step ends runs it a second time beside it; its end, when saved, keeps the forget.\n`);
    }
    const others = (cursors ?? []).filter((cursor) => cursor.eventId !== eventId);
    if (others.length > 0)
        ctx.out(`Kept the other watch cursors of ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(others[0]?.repo ?? "")} (forget each by its id):\n${cursorList(others)}`);
    if (redelivered)
        ctx.out(`The next poll of ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(redelivered.repo)} delivers ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(redelivered.eventId ?? redelivered.tag)} again.\n`);
    if (redelivered?.warning)
        ctx.err(`warning: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(redelivered.warning)}.\n`);
    return 0;
}
const WATCH_CURSOR_ID_PREFIX = "flows-action:watch-cursor:";
async function cursorsOfRepository(ctx, named) {
    const repo = named.slice(WATCH_CURSOR_ID_PREFIX.length).replace(/:filter-[0-9a-f]*$/, "");
    const { listWatchCursors } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 79562));
    return listWatchCursors(ctx.store, repo);
}
function chosenCursor(ctx, named, cursors) {
    if (cursors.some((cursor) => cursor.eventId === named))
        return named;
    if (named.includes(":filter-") || cursors.length === 0)
        return named;
    if (cursors.length === 1)
        return cursors[0]?.eventId ?? named;
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandFailed */ .nk(`${named} names no one watch cursor: ${ctx.storeLabel} keeps one per watch filter of that repository:\n${cursorList(cursors, (text) => text)}`, {
        hint: `Forget the one you mean by its id: \`${ctx.invocation ?? "flows"} forget <id>${ctx.contextArgs ?? ""}\` (\`flows watch --status\` shows each watch's).`,
    });
}
function cursorList(cursors, shown = _terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR) {
    return cursors
        .map((cursor) => {
        const filter = cursor.unreadable ? "unreadable" : cursor.filter === undefined ? "filter not kept" : (0,_watch_watch_filter_js__WEBPACK_IMPORTED_MODULE_3__/* .shownFilter */ .mo)(cursor.filter);
        return `  ${shown(cursor.eventId)}  ${shown(filter)}\n`;
    })
        .join("");
}
function stepName(run) {
    return (0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(`${run.flowName}/${run.stepName}`);
}
function jsonResult(eventId, result, redelivered) {
    const document = { eventId, forgotten: result.forgotten.map((run) => run.id) };
    if (result.stillRunning.length > 0)
        document.stillRunning = result.stillRunning.map(({ run }) => run.id);
    if (result.startedAgain.length > 0)
        document.startedAgain = result.startedAgain.map((run) => run.id);
    if (redelivered)
        document.redeliver = redelivered;
    return document;
}


/***/ })

};
