export const id = 2512;
export const ids = [2512];
export const modules = {

/***/ 22512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _events_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1360);
/* harmony import */ var _flows_condition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19860);
/* harmony import */ var _flows_explain_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52699);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70459);
/* harmony import */ var _report_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64506);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18362);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92268);








/**
 * `flows explain --event event.json`: for every step, whether it matches the event and exactly
 * why (type, schema errors, the condition with the values it read). Runs nothing.
 */
async function explainCommand(ctx, options) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.eventPath);
    let event;
    let github;
    if (options.eventName) {
        const payload = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonFile */ .JE)(path, "The event payload");
        const env = { ...ctx.env, GITHUB_EVENT_NAME: options.eventName };
        event = (0,_events_index_js__WEBPACK_IMPORTED_MODULE_1__/* .flowEventFromGitHub */ .Ir)({ eventName: options.eventName, payload, context: (0,_events_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitHubRunContext */ .EW)(env) });
        github = (0,_flows_condition_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubConditionContext */ .q3)({ env, eventName: options.eventName, payload });
    }
    else {
        event = (await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readEventFile */ .zh)(path)).event;
    }
    // Every package is loaded (none deferred), so every step is explained.
    const discovery = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverFlows */ .nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
    const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_3__/* .matchSteps */ .J6)(discovery.flows, event, { env: ctx.env, ...(github ? { github } : {}) });
    const steps = (0,_flows_explain_js__WEBPACK_IMPORTED_MODULE_7__/* .explainMatch */ .r)(discovery.flows, result);
    const problems = [...discovery.problems, ...(result.problems ?? [])];
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ event: { id: event.id, type: event.type }, steps, problems }, null, 2)}\n`);
    }
    else {
        ctx.out(`${(0,_report_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .renderExplainText */ .P)(event, steps, { baseDir: ctx.repoRoot })}\n`);
        for (const problem of problems)
            ctx.err(`${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .formatProblem */ .V)(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    }
    return 0;
}


/***/ }),

/***/ 92268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   zh: () => (/* binding */ readEventFile)
/* harmony export */ });
/* unused harmony export InputFileError */
/* harmony import */ var _engine_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28906);
/* harmony import */ var _events_pass_through_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83477);
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93602);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47948);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99416);





class InputFileError extends _user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y {
    name = "InputFileError";
}
/** Read a JSON file; a bad file is an error that names the path, line and column. */
async function readJsonFile(path, what) {
    let text;
    try {
        text = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(path);
    }
    catch (error) {
        const code = error.code;
        throw new InputFileError(code === "ENOENT" ? `${what} file ${path} does not exist.` : `${what} file ${path} cannot be read (${code ?? String(error)}).`);
    }
    // A byte order mark (Windows editors write one) is no part of the JSON: flow.toml and schemas accept it too.
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .lk)(text.replace(/^\uFEFF/, ""));
    if (parsed.ok)
        return parsed.value;
    const where = parsed.line === undefined ? "" : `:${parsed.line}:${parsed.column ?? 1}`;
    throw new InputFileError(`${path}${where}: ${what} is not valid JSON: ${parsed.message}.`);
}
/**
 * Read a FlowEvent file. Its id and type are checked as the action checks a FlowEvent handed in
 * (no control characters, the same message), and its shape as dispatch checks it, once: the
 * event comes back accepted, so dispatch does not check it again.
 */
async function readEventFile(path) {
    const value = await readJsonFile(path, "The event");
    (0,_events_pass_through_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseControlCharacters */ .qx)(value, `the event file ${path}`);
    try {
        return _engine_event_js__WEBPACK_IMPORTED_MODULE_0__/* .AcceptedFlowEvent */ .aW.accept(value);
    }
    catch (error) {
        if (!(error instanceof _engine_event_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventError */ .DW))
            throw error;
        // Said here, with the file and what to run instead, rather than by dispatch without either.
        throw new _engine_event_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventError */ .DW(error.contract, error.field, `${error.reason}${webhookHint(value, path)}`, path);
    }
}
/** Top-level keys by which a GitHub webhook payload names its event. */
const WEBHOOK_KEYS = [
    ["pull_request", "pull_request"],
    ["release", "release"],
    ["issue", "issues"],
    ["comment", "issue_comment"],
    ["workflow_run", "workflow_run"],
    ["check_run", "check_run"],
    ["check_suite", "check_suite"],
    ["deployment", "deployment"],
    ["discussion", "discussion"],
    ["inputs", "workflow_dispatch"],
];
/** A GitHub webhook payload given where a FlowEvent belongs: say which command reads it. */
function webhookHint(value, path) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || "id" in value || "type" in value)
        return "";
    const keys = Object.keys(value);
    if (!["repository", "sender", "action", "organization", "installation"].some((key) => keys.includes(key)))
        return "";
    const guessed = WEBHOOK_KEYS.find(([key]) => keys.includes(key))?.[1] ?? (keys.includes("ref") && keys.includes("after") ? "push" : undefined);
    const name = guessed ?? "<name>";
    return (` It looks like a GitHub webhook payload, not a FlowEvent: run it with \`flows github --event-name ${name} --event-path ${path}\`` +
        ` (or see what would match with \`flows explain --event ${path} --event-name ${name}\`).`);
}


/***/ })

};
