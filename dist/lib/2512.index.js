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
/* harmony import */ var _events_runner_ref_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36502);
/* harmony import */ var _flows_condition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19860);
/* harmony import */ var _flows_explain_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52699);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36364);
/* harmony import */ var _report_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64506);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18362);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89605);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92268);










/**
 * `flows explain --event event.json`: for every step, whether it matches the event and exactly
 * why (type, schema errors, the condition with the values it read). Runs nothing.
 */
async function explainCommand(ctx, options) {
    const path = options.eventPath === _json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .STDIN */ .TF ? _json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .STDIN */ .TF : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.eventPath);
    let event;
    let github;
    if (options.eventName) {
        const payload = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonFile */ .JE)(path, "The event payload");
        (0,_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .refuseFlowEventAsWebhook */ .CC)(payload, path, "--event with --event-name");
        // GITHUB_REF and its kin as a runner would set them for this event, unless they are set.
        const env = { ...(0,_events_runner_ref_js__WEBPACK_IMPORTED_MODULE_8__/* .withRunnerRefVariables */ .t)(ctx.env, options.eventName, payload), GITHUB_EVENT_NAME: options.eventName };
        event = (0,_events_index_js__WEBPACK_IMPORTED_MODULE_1__/* .flowEventFromGitHub */ .Ir)({ eventName: options.eventName, payload, context: (0,_events_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitHubRunContext */ .EW)(env) });
        github = (0,_flows_condition_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubConditionContext */ .q3)({ env, eventName: options.eventName, payload });
    }
    else {
        event = (await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readEventFile */ .zh)(path)).event;
    }
    // Every package is loaded (none deferred), so every step is explained.
    const discovery = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverFlows */ .nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_6__.warnNoPackages)(ctx, discovery);
    const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_3__/* .matchSteps */ .J6)(discovery.flows, event, { env: ctx.env, ...(github ? { github } : {}) });
    const steps = (0,_flows_explain_js__WEBPACK_IMPORTED_MODULE_9__/* .explainMatch */ .r)(discovery.flows, result);
    const problems = [...discovery.problems, ...(result.problems ?? [])];
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


/***/ })

};
