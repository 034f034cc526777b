export const id = 1562;
export const ids = [1562];
export const modules = {

/***/ 81562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishHandedOver: () => (/* binding */ publishHandedOver),
/* harmony export */   uploadHandover: () => (/* binding */ uploadHandover)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54348);
/* harmony import */ var _report_modes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18657);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68880);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99416);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39669);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46504);







async function uploadHandover(context, outcome) {
    if (context.dryRun)
        return;
    const { commitForEvent, handoverFromOutcome, pullRequestsInEvent, uploadHandover: upload, writeHandover } = await loadHandover();
    const { runner } = context;
    const headSha = commitForEvent(context.event, { sha: runner.sha }).sha;
    if (!headSha) {
        context.io.warning("The results were not handed over: this event names no commit to report them on.");
        return;
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runner.temp || runner.workspace, "flows-report");
    const file = await writeHandover(dir, handoverFromOutcome(outcome, { repository: runner.repository, headSha, prNumbers: pullRequestsInEvent(outcome.event) }));
    const name = await uploadUnderFreeName((candidate) => upload({ file, rootDirectory: dir, name: candidate }), handoverArtifactNames());
    context.io.info(`This pull request comes from a fork, so its token cannot write checks or comments: the results were uploaded as the ${name} artifact for a workflow_run job to publish (see docs/pull-requests.md).`);
}
async function uploadUnderFreeName(upload, names) {
    for (const [i, name] of names.entries()) {
        try {
            await upload(name);
            return name;
        }
        catch (error) {
            const taken = /\(409\)|already exists/i.test(error?.message ?? "");
            if (!taken)
                throw uploadFailed(name, error);
            if (i === names.length - 1) {
                throw new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`The results were not handed over: this workflow run already has the artifacts ${names.join(", ")}, one per flows-action that handed results over, and a workflow_run job publishes no more. Run fewer flows-action steps or jobs per workflow on fork pull requests (several flows-path roots fit in one).`);
            }
        }
    }
    throw new Error("no artifact name to try");
}
function uploadFailed(name, error) {
    if (error instanceof _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError)
        return error;
    const detail = error instanceof Error ? error.message : String(error);
    const noRuntime = /ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(detail);
    return new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`The results were not handed over: the upload of the ${name} artifact failed: ${(0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .shownValue */ .J)(detail, 500)}. ` +
        (noRuntime
            ? "Artifacts are uploaded with the ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL a GitHub Actions runner gives a JavaScript action: outside a runner (@github/local-action, `flows github`), set handover: off."
            : "Re-run the job; nothing was published for this pull request.") +
        " The results are in this job's summary.");
}
async function publishHandedOver(context) {
    const { triggeringRun, publishHandover, runArtifactFinder } = await loadHandover();
    const run = triggeringRun(context.event);
    if (!run)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA('handover "publish" needs a workflow_run event (the run whose results to publish).');
    const { runner, report } = context;
    const client = await (0,_reporter_js__WEBPACK_IMPORTED_MODULE_5__/* .actionClient */ ._Y)(context, "the handover of the run that triggered this one cannot be published");
    const findArtifact = runArtifactFinder(client, { repository: runner.repository, runId: run.id });
    const published = [];
    for (const [i, artifactName] of handoverArtifactNames().entries()) {
        const result = await publishHandover({
            client,
            repository: runner.repository,
            workflowRun: run,
            checks: report.checks,
            comment: report.comment,
            commentKey: i === 0 ? report.commentKey : `${report.commentKey}-${i + 1}`,
            io: context.io,
            artifactName,
            findArtifact,
            quietWhenMissing: i > 0,
            ...(runner.runUrl ? { runUrl: runner.runUrl } : {}),
            ...(report.botLogin ? { botLogin: report.botLogin } : {}),
        });
        if (result.missing && i > 0)
            break;
        published.push(result);
        if (result.missing)
            break;
    }
    const lines = ["### flows-action handover", ""];
    for (const [i, result] of published.entries()) {
        const which = published.length > 1 ? ` (${handoverArtifactNames()[i]})` : "";
        lines.push(result.published
            ? `Published the results of run ${run.id}${which}: ${result.checkRuns} check run${result.checkRuns === 1 ? "" : "s"}${result.commentUrl ? `, [the comment](${result.commentUrl})` : ""}.`
            :
                `Nothing was published for run ${run.id}${which}.${result.warnings.length ? ` ${result.warnings.map((warning) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(warning, 2_000)).join(" ")}` : ""}`);
    }
    const notes = published.map((result) => result.summaryNote ?? "").join("");
    await context.io.appendSummary(`${lines.join("\n")}\n${notes}`, "the handover's report");
}
function handoverArtifactNames() {
    return Array.from({ length: _report_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_HANDOVERS_PER_RUN */ .um }, (_, i) => (i === 0 ? "flows-report" : `flows-report-${i + 1}`));
}
async function loadHandover() {
    const [handover, commit, pulls, artifacts] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(247), __webpack_require__.e(3533)]).then(__webpack_require__.bind(__webpack_require__, 43533)),
        __webpack_require__.e(/* import() */ 9050).then(__webpack_require__.bind(__webpack_require__, 29050)),
        __webpack_require__.e(/* import() */ 7469).then(__webpack_require__.bind(__webpack_require__, 27469)),
        __webpack_require__.e(/* import() */ 5075).then(__webpack_require__.bind(__webpack_require__, 55075)),
    ]);
    return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent, runArtifactFinder: artifacts.runArtifactFinder };
}


/***/ })

};
