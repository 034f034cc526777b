export const id = 2512;
export const ids = [2512,2699];
export const modules = {

/***/ 22512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _events_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1360);
/* harmony import */ var _events_runner_ref_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(36502);
/* harmony import */ var _flows_condition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19860);
/* harmony import */ var _flows_explain_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(52699);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6472);
/* harmony import */ var _report_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64506);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18362);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75796);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87713);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92268);
/* harmony import */ var _flow_warnings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(57941);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(41488);
/* harmony import */ var _webhook_delivery_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(70919);
/* harmony import */ var _webhook_shape_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2542);















async function explainCommand(ctx, options) {
    const path = options.eventPath === _json_file_js__WEBPACK_IMPORTED_MODULE_8__/* .STDIN */ .TF ? _json_file_js__WEBPACK_IMPORTED_MODULE_8__/* .STDIN */ .TF : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.eventPath);
    const invocation = ctx.invocation ?? "flows";
    let event;
    let github;
    if (options.eventName) {
        const read = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readJsonFile */ .JE)(path, "The event payload", invocation, ctx.signal);
        const payload = (0,_webhook_delivery_js__WEBPACK_IMPORTED_MODULE_11__/* .payloadOfDelivery */ .ER)(read, path, options.eventName, "--event-name") ?? read;
        (0,_json_file_js__WEBPACK_IMPORTED_MODULE_8__/* .refuseFlowEventAsWebhook */ .CC)(payload, path, "--event with --event-name", invocation);
        (0,_webhook_shape_js__WEBPACK_IMPORTED_MODULE_12__/* .refuseWebhookOfAnotherEvent */ .M4)(options.eventName, payload, path, "--event-name");
        (0,_webhook_shape_js__WEBPACK_IMPORTED_MODULE_12__/* .warnMissingAction */ .LL)(ctx.err, options.eventName, payload, path);
        const env = { ...(0,_events_runner_ref_js__WEBPACK_IMPORTED_MODULE_13__/* .withRunnerRefVariables */ .t)(ctx.env, options.eventName, payload), GITHUB_EVENT_NAME: options.eventName };
        try {
            event = (0,_events_index_js__WEBPACK_IMPORTED_MODULE_1__/* .flowEventFromGitHub */ .Ir)({ eventName: options.eventName, payload, context: (0,_events_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitHubRunContext */ .EW)(env) });
        }
        catch (error) {
            if (error instanceof _events_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadBudgetError */ .q$)
                throw new _usage_js__WEBPACK_IMPORTED_MODULE_10__/* .InputFileError */ .TH(error.message, { file: path === _json_file_js__WEBPACK_IMPORTED_MODULE_8__/* .STDIN */ .TF ? "<stdin>" : path });
            throw error;
        }
        github = (0,_flows_condition_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubConditionContext */ .q3)({ env, eventName: options.eventName, payload });
    }
    else {
        event = (await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readEventFile */ .zh)(path, invocation, ctx.signal)).event;
    }
    stopIfAborted(ctx.signal);
    const discovery = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverFlows */ .nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.warnNoPackages)(ctx, discovery);
    const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_3__/* .matchSteps */ .J6)(discovery.flows, event, { env: ctx.env, ...(github ? { github } : {}) });
    stopIfAborted(ctx.signal);
    const steps = (0,_flows_explain_js__WEBPACK_IMPORTED_MODULE_14__.explainMatch)(discovery.flows, result);
    const loaded = [...discovery.problems, ...(result.problems ?? [])];
    const problems = [...loaded, ...(await (0,_flow_warnings_js__WEBPACK_IMPORTED_MODULE_9__/* .reachedStepWarnings */ .om)(discovery.flows, [event.type], ctx.repoRoot, loaded))];
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ event: { id: event.id, type: event.type }, steps, problems }, null, 2)}\n`);
    }
    else {
        ctx.out(`${(0,_report_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .renderExplainText */ .P)(event, steps, { baseDir: ctx.repoRoot })}\n`);
        for (const problem of problems)
            ctx.err(`${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__.formatProblem)(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    }
    return 0;
}
function stopIfAborted(signal) {
    if (signal?.aborted)
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandFailed */ .nk("Stopped before the explanation was printed: nothing ran.");
}


/***/ }),

/***/ 36502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ withRunnerRefVariables)
/* harmony export */ });
/* unused harmony export runnerRefVariables */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45785);

function runnerRefVariables(eventName, payload) {
    const vars = {};
    const pull = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "pull_request");
    const baseRef = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(pull, "base"), "ref");
    const headRef = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(pull, "head"), "ref");
    let ref;
    if (eventName === "push") {
        ref = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref");
        const after = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "after");
        if (after !== undefined)
            vars.GITHUB_SHA = after;
    }
    else if (eventName === "pull_request_target") {
        if (baseRef !== undefined)
            ref = `refs/heads/${baseRef}`;
    }
    else if (eventName.startsWith("pull_request")) {
        const number = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .idAt */ .jj)(payload, "number") ?? (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .idAt */ .jj)(pull, "number");
        if (number !== undefined)
            ref = `refs/pull/${number}/merge`;
    }
    else if (eventName === "release") {
        const tag = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "release"), "tag_name");
        if (tag !== undefined)
            ref = `refs/tags/${tag}`;
    }
    else if (eventName === "create") {
        const name = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref");
        const type = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref_type");
        if (name !== undefined && (type === "branch" || type === "tag"))
            ref = `refs/${type === "tag" ? "tags" : "heads"}/${name}`;
    }
    else if (eventName === "merge_group") {
        const group = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "merge_group");
        ref = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(group, "head_ref");
        const sha = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(group, "head_sha");
        if (sha !== undefined)
            vars.GITHUB_SHA = sha;
    }
    else if (eventName === "workflow_dispatch") {
        ref = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref");
    }
    if (ref === undefined && eventName !== "push" && !eventName.startsWith("pull_request")) {
        const branch = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "repository"), "default_branch");
        if (branch !== undefined)
            ref = `refs/heads/${branch}`;
    }
    if (ref !== undefined && ref !== "") {
        vars.GITHUB_REF = ref;
        vars.GITHUB_REF_NAME = ref.replace(/^refs\/(heads|tags|pull)\//, "");
    }
    if (pull !== undefined && eventName.startsWith("pull_request")) {
        if (headRef !== undefined)
            vars.GITHUB_HEAD_REF = headRef;
        if (baseRef !== undefined)
            vars.GITHUB_BASE_REF = baseRef;
    }
    return vars;
}
function withRunnerRefVariables(env, eventName, payload) {
    const derived = runnerRefVariables(eventName, payload);
    const set = (name) => env[name] !== undefined && env[name] !== "";
    if (set("GITHUB_REF"))
        delete derived.GITHUB_REF_NAME;
    const missing = Object.entries(derived).filter(([name]) => !set(name));
    return missing.length === 0 ? env : { ...env, ...Object.fromEntries(missing) };
}


/***/ }),

/***/ 52699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainMatch: () => (/* binding */ explainMatch)
/* harmony export */ });
function explainMatch(flows, result) {
    const matched = new Set(result.matched.map((ref) => ref.step));
    const mismatches = new Map(result.mismatches.map((miss) => [miss.step, miss]));
    const reports = new Map((result.conditions ?? []).map((check) => [check.step, check.report]));
    const explanations = [];
    for (const flow of flows) {
        for (const step of flow.steps) {
            if (!matched.has(step) && !mismatches.has(step))
                continue;
            const miss = mismatches.get(step);
            const trigger = step.trigger;
            const reason = miss?.reason;
            const typeOk = trigger !== undefined && reason !== "type" && reason !== "no-trigger";
            const schemaOk = typeOk && reason !== "schema";
            const report = miss?.condition ?? reports.get(step);
            explanations.push({
                flow: flow.name,
                step: step.name,
                manifestPath: flow.manifestPath,
                matched: matched.has(step),
                ...(trigger ? { triggerType: trigger.type } : {}),
                type: !trigger ? "none" : typeOk ? "passed" : "failed",
                ...(trigger?.schema !== undefined ? { schema: trigger.schema } : {}),
                schemaVerdict: trigger?.schema === undefined ? "none" : !typeOk ? "not checked" : schemaOk ? "passed" : "failed",
                ...(trigger?.if !== undefined ? { condition: trigger.if } : {}),
                conditionVerdict: trigger?.if === undefined ? "none" : !schemaOk ? "not checked" : reason === "condition" ? "failed" : "passed",
                ...(report ? { conditionReport: report } : {}),
                ...(miss ? { reason: miss.message } : {}),
            });
        }
    }
    return explanations;
}


/***/ })

};
