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


/**
 * `flows forget <event-id>`: the store forgets that the event's steps ran, so its next delivery
 * (a webhook redelivery, a push from upstream, the next poll of a watched release, or `flows
 * replay`) runs them again. Works on every store; the record keeps the forgotten attempts.
 */
async function forgetCommand(ctx, eventId) {
    const result = await (0,_state_forget_js__WEBPACK_IMPORTED_MODULE_0__/* .forgetEvent */ ._)(ctx.store, eventId, { by: "flows forget" });
    if (!result) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandFailed */ .nk(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to forget. \`flows events\` lists the stored events.`);
    }
    const redelivered = await redeliverWatchedRelease(ctx, result.record.event);
    // Said done only once it is stored: a state branch that refuses the push keeps the event handled.
    try {
        await ctx.store.flush();
    }
    catch (error) {
        const { describeError } = await __webpack_require__.e(/* import() */ 1090).then(__webpack_require__.bind(__webpack_require__, 91090));
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandFailed */ .nk(`The forget of ${eventId} was NOT saved, so the event still counts as handled: ${describeError(error)}`);
    }
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ eventId, forgotten: result.forgotten.map((run) => run.id), redeliver: redelivered }, null, 2)}\n`);
        return 0;
    }
    const steps = result.forgotten.map((run) => `${run.flowName}/${run.stepName}`);
    ctx.out(steps.length === 0
        ? `Event ${eventId} ran no steps; nothing to forget.\n`
        : `Forgot ${eventId} in ${ctx.storeLabel}: ${steps.join(", ")} will run again on the event's next delivery.\n`);
    if (redelivered)
        ctx.out(`The next poll of ${redelivered.repo} delivers ${redelivered.tag} again.\n`);
    return 0;
}
async function redeliverWatchedRelease(ctx, event) {
    if (event.type !== "upstream.release")
        return undefined;
    const { repo, tag } = (event.payload ?? {});
    if (typeof repo !== "string" || typeof tag !== "string")
        return undefined;
    const { requestRedelivery } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 54444));
    return (await requestRedelivery(ctx.store, repo, tag)) ? { repo, tag } : undefined;
}


/***/ })

};
