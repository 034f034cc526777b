export const id = 8980;
export const ids = [8980];
export const modules = {

/***/ 88980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   watchCommand: () => (/* binding */ watchCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18362);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17930);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75796);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87713);
/* harmony import */ var _flow_warnings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57941);
/* harmony import */ var _flows_discovery_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81107);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41488);
/* harmony import */ var _command_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2459);









async function watchCommand(ctx, options) {
    if (options.status)
        return watchStatusCommand(ctx, options);
    if (!options.once) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb("flows watch polls once and exits: pass --once (schedule it with cron or a workflow for more), or --status to see what it remembers.", "watch");
    }
    const maxRequests = options.maxRequests === undefined ? undefined : (0,_command_table_js__WEBPACK_IMPORTED_MODULE_8__/* .countOption */ .D3)(options.maxRequests, "--max-requests", "watch");
    const [{ loadWatchConfig, watchAndDispatch }, { createGitHubClient }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66117)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89758)),
    ]);
    const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, inputName: "--watch", configFile: configFile(options) });
    if (watches.length === 0) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandFailed */ .nk('Nothing to watch: pass --watch "owner/repo" or add [[watch]] tables to .github/flows.toml.');
    }
    const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN;
    if (!token) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandFailed */ .nk("flows watch needs a GitHub token to list releases: set GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token).");
    }
    const client = await createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL, retries: 1, log: (m) => ctx.err(`${m}\n`) });
    const { store } = await ctx.openStore();
    const result = await watchAndDispatch({
        client,
        store,
        watches,
        dryRun: options.dryRun,
        ...(maxRequests ? { budget: { maxRequests } } : {}),
        log: (message) => ctx.err(`${message}\n`),
        dispatchOptions: {
            repoRoot: ctx.repoRoot,
            roots: ctx.roots,
            concurrency: options.concurrency,
            env: ctx.env,
            launchedBy: "flows-cli:watch",
            commandLine: (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__.suggestedCommandLine)(ctx),
            ...(options.bunPath ? { bunPath: options.bunPath } : {}),
            ...(options.workspaceBackendUrl ? { workspaceBackendUrl: options.workspaceBackendUrl } : {}),
            signal: ctx.signal,
        },
    });
    const allFailed = result.reports.every((report) => report.status === "error" || report.status === "not-polled");
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ dryRun: result.dryRun, reports: result.reports, requests: result.requests, ...(result.clocks ? { clocks: result.clocks } : {}), events: result.events, outcomes: result.outcomes.map(_commands_js__WEBPACK_IMPORTED_MODULE_3__.briefOutcome) }, null, 2)}\n`);
    }
    else {
        for (const report of result.reports) {
            ctx.out(`${report.repo}: ${report.status}, ${report.newReleases} new${report.message ? ` — ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(report.message)}` : ""}\n`);
        }
        const { requests } = result;
        ctx.out(`${requests.requests} request(s) of ${requests.maxRequests} allowed, ${requests.notModified} answered 304${requests.rateRemaining === undefined ? "" : `; rate limit left: ${requests.rateRemaining}`}.\n`);
        if (requests.stopped) {
            const { notPolled, nextRepo } = requests.stopped;
            const others = notPolled === 0 ? "" : `, ${notPolled} ${notPolled === 1 ? "repository" : "repositories"} not polled`;
            ctx.out(`Stopped early${others}; the next poll starts with ${nextRepo}.\n`);
        }
        if (result.dryRun)
            for (const event of result.events)
                ctx.out(`would dispatch ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR)(event.id)}\n`);
        for (const outcome of result.outcomes)
            ctx.out(`${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__.renderText)(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    }
    if (result.outcomes.length > 0) {
        const discovery = await (0,_flows_discovery_js__WEBPACK_IMPORTED_MODULE_6__/* .discoverFlows */ .nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots });
        await (0,_flow_warnings_js__WEBPACK_IMPORTED_MODULE_5__/* .reportFlowWarnings */ .Ms)(ctx, discovery.flows, result.outcomes, "these events reached");
    }
    if (allFailed) {
        ctx.err(`No watched repository could be polled (${result.reports.length} failed); see the reasons above.\n`);
        return 1;
    }
    const failed = result.outcomes.some((outcome) => outcome.runs.some((run) => run.effectiveStatus === "failed"));
    return failed ? 1 : 0;
}
async function watchStatusCommand(ctx, options) {
    const { loadWatchConfig, watchStatus, renderWatchStatusText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66117));
    const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, inputName: "--watch", configFile: configFile(options) });
    const { store } = await ctx.openStore();
    const status = await watchStatus({ store, watches, others: true });
    if (watches.length === 0 && !status.notConfigured) {
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandFailed */ .nk('Nothing is watched: pass --watch "owner/repo" or add [[watch]] tables to .github/flows.toml.');
    }
    const forgetCommand = (cursor) => (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__.suggestedCommandLine)(ctx)(`forget ${cursor}`);
    ctx.out(ctx.json ? `${JSON.stringify(status, null, 2)}\n` : renderWatchStatusText(status, { forgetCommand }));
    return 0;
}
function configFile(options) {
    return options.config === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.config);
}


/***/ })

};
