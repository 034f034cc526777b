export const id = 3486;
export const ids = [3486];
export const modules = {

/***/ 43486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   watchReleases: () => (/* binding */ watchReleases)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54348);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39669);
/* harmony import */ var _watch_watch_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95860);



const WATCH_SUMMARY_BYTES = 128 * 1024;
const NOTE_CHARS = 2_000;
const FAILED_REPOSITORY_WARNINGS = 3;
async function watchReleases(options) {
    const { io, env, inputs } = options;
    const { loadWatchConfig, STATUS_ENTRIES_SHOWN, watchAndDispatch, WatchConfigError, watchStatus } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66117));
    let watches;
    try {
        watches = await loadWatchConfig({ repoRoot: options.repoRoot, input: inputs.watch });
    }
    catch (error) {
        if (error instanceof WatchConfigError) {
            for (const problem of error.problems) {
                if (!problem.file || problem.file.startsWith('input "'))
                    continue;
                io.error(problem.message, { title: "flows-action watch", file: problem.file, startLine: problem.line, startColumn: problem.column });
            }
        }
        throw error;
    }
    if (watches.length === 0)
        return [];
    if (!inputs.githubToken) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionInputError */ .VA('Input "github-token" is empty, so no watched repository can be polled for releases (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or leave github-token out for its default, ${{ github.token }}.');
    }
    const { createGitHubClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89758));
    const client = await createGitHubClient({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL, log: (m) => io.info(m) });
    io.info(`Polling ${watches.length} watched repositor${watches.length === 1 ? "y" : "ies"} for new releases.`);
    const result = await watchAndDispatch({
        client,
        store: options.store,
        watches,
        dryRun: inputs.dryRun,
        ...(inputs.watchMaxRequests ? { budget: { maxRequests: inputs.watchMaxRequests } } : {}),
        log: (message) => io.info(message),
        dispatchOptions: {
            repoRoot: options.repoRoot,
            discovery: options.discovery,
            concurrency: inputs.concurrency,
            env: options.stepEnv,
            bunPath: options.bunPath,
            launchedBy: "flows-action:watch",
            observer: options.observer,
            signal: options.signal,
        },
    });
    const failed = result.reports.filter((report) => report.status === "error");
    for (const report of failed.slice(0, FAILED_REPOSITORY_WARNINGS))
        io.warning(`Watching ${report.repo} failed: ${report.message ?? "unknown error"}`);
    if (failed.length > FAILED_REPOSITORY_WARNINGS) {
        io.warning(`Watching ${failed.length - FAILED_REPOSITORY_WARNINGS} more repositories failed (${failed.length} in all); the job summary's Upstream releases table says why for each.`);
    }
    if (result.clocks)
        io.warning(result.clocks.message);
    const rows = result.reports.map((report) => {
        return `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(report.repo)} | ${report.status} | ${report.newReleases} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(report.message ?? "", NOTE_CHARS)} |`;
    });
    const { requests } = result;
    const cost = `${requests.requests} request(s) of ${requests.maxRequests} allowed, ${requests.notModified} answered 304 (free)${requests.rateRemaining === undefined ? "" : `; rate limit left: ${requests.rateRemaining}`}.`;
    const notPolled = (count) => (count === 0 ? "" : ` ${count} ${count === 1 ? "repository was" : "repositories were"} not polled.`);
    const stopped = requests.stopped
        ? `Stopped early: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(requests.stopped.reason.replace(/\.$/, ""), 300)}.${notPolled(requests.stopped.notPolled)} The next run starts with ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(requests.stopped.nextRepo)}.`
        : "";
    if (requests.stopped)
        io.warning(`Watching stopped early: ${requests.stopped.reason.replace(/\.$/, "")}.${notPolled(requests.stopped.notPolled)} The next run starts with ${requests.stopped.nextRepo}.`);
    const status = await watchStatus({ store: options.store, watches });
    const section = [
        "### Upstream releases",
        "",
        "| Repository | Poll | New releases | Note |",
        "| --- | --- | --- | --- |",
        ...rows,
        "",
        cost,
        ...(stopped ? ["", stopped] : []),
        ...(result.clocks ? ["", (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(result.clocks.message, 600)] : []),
        "",
        ...statusSection(status, STATUS_ENTRIES_SHOWN),
    ].join("\n");
    const note = (cut) => `\n> [!NOTE]\n> ${cut} bytes of the upstream releases tables were cut to leave the job summary room for the flow results; \`flows watch --status\` shows every repository.`;
    await io.appendSummary((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cutMarkdownToBytes */ .sG)(section, WATCH_SUMMARY_BYTES, note), "the upstream releases tables");
    return result.outcomes;
}
function repositoryCell(repo, filter) {
    const taken = (0,_watch_watch_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .shownTakenReleases */ .Jv)(filter ?? "");
    return taken !== "" ? `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(repo)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineText */ .ln)(taken, FILTER_CHARS)}` : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(repo);
}
const FILTER_CHARS = 120;
function statusSection(status, most) {
    const time = (iso) => (iso ? iso.replace("T", " ").replace(/:\d{2}(?:\.\d+)?Z$/, "Z") : "—");
    const age = (seconds) => seconds === undefined ? "—" : seconds >= 3600 ? `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m` : `${Math.floor(seconds / 60)}m`;
    const rows = status.repositories.map((repo) => {
        const shown = repo.pending.slice(0, most).map((held) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(held.tag)} eligible ${time(held.eligibleAt)}`);
        const more = repo.pending.length - shown.length;
        const pending = [...shown, ...(more > 0 ? [`and ${more} more (\`flows watch --status --json\` lists them all)`] : [])].join("<br>") || "none";
        const last = repo.lastDispatched ? `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(repo.lastDispatched.tag)} ${time(repo.lastDispatched.at)}` : "none";
        if (repo.unreadable)
            return `| ${repositoryCell(repo.repo, repo.filter)} | unreadable: written by a newer flows-action | — | — | — |`;
        return `| ${repositoryCell(repo.repo, repo.filter)} | ${repo.polled ? time(repo.lastPoll) : "not yet"} | ${age(repo.etagAgeSeconds)} | ${pending} | ${last} |`;
    });
    return [
        "#### Watch status",
        "",
        "| Repository | Last poll | ETag age | Pending (eligible at, UTC) | Last dispatched |",
        "| --- | --- | --- | --- | --- |",
        ...rows,
        "",
    ];
}


/***/ })

};
