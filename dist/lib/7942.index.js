export const id = 7942;
export const ids = [7942];
export const modules = {

/***/ 67942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPLAY_READ_MAX_BYTES: () => (/* binding */ REPLAY_READ_MAX_BYTES),
/* harmony export */   readReportTargets: () => (/* binding */ readReportTargets)
/* harmony export */ });
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67926);
/* harmony import */ var _bounded_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90282);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43781);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68890);




const REPLAY_READ_MAX_BYTES = 1024 * 1024;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const PERMISSION = {
    "workflow-run": "actions: read",
    "workflow-job": "actions: read",
    "check-suite": "checks: read",
    "check-run": "checks: read",
    "issue-comment": "issues: read (and pull-requests: read for a comment on a pull request)",
    deployment: "deployments: read",
};
const SUBJECT = {
    "workflow-run": "workflow run",
    "workflow-job": "workflow job",
    "check-suite": "check suite",
    "check-run": "check run",
    "issue-comment": "issue comment",
    deployment: "deployment",
};
class UnreadableAnswer extends Error {
}
async function readReportTargets(client, options) {
    const { object, repository, signal } = options;
    const subject = `${SUBJECT[object.kind]} ${object.id}`;
    const repo = (0,_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryRef */ .Wb)(repository);
    const request = { request: { maxResponseBytes: REPLAY_READ_MAX_BYTES, ...(signal ? { signal } : {}) } };
    let where = "";
    const read = async (path, call) => {
        where = `GET /repos/${repository}/${path}`;
        return (await beforeAbort(call, signal)).data;
    };
    try {
        switch (object.kind) {
            case "workflow-run": {
                const data = await read(`actions/runs/${object.id}`, () => client.rest.actions.getWorkflowRun({ ...repo, run_id: object.id, ...request }));
                return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: pullsOf(data.pull_requests, repository) } };
            }
            case "workflow-job": {
                const data = await read(`actions/jobs/${object.id}`, () => client.rest.actions.getJobForWorkflowRun({ ...repo, job_id: object.id, ...request }));
                return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: [] } };
            }
            case "check-suite": {
                const data = await read(`check-suites/${object.id}`, () => client.rest.checks.getSuite({ ...repo, check_suite_id: object.id, ...request }));
                return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: pullsOf(data.pull_requests, repository) } };
            }
            case "check-run": {
                const data = await read(`check-runs/${object.id}`, () => client.rest.checks.get({ ...repo, check_run_id: object.id, ...request }));
                return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: pullsOf(data.pull_requests, repository) } };
            }
            case "deployment": {
                const data = await read(`deployments/${object.id}`, () => client.rest.repos.getDeployment({ ...repo, deployment_id: object.id, ...request }));
                return { ok: true, targets: { subject, headSha: sha(data.sha), pullRequests: [] } };
            }
            case "issue-comment": {
                const comment = await read(`issues/comments/${object.id}`, () => client.rest.issues.getComment({ ...repo, comment_id: object.id, ...request }));
                const match = /\/repos\/([^/]+\/[^/]+)\/issues\/([0-9]{1,15})$/.exec(String(comment.issue_url));
                if (!match || match[1]?.toLowerCase() !== repository.toLowerCase())
                    throw new UnreadableAnswer(`its issue_url ${JSON.stringify(String(comment.issue_url).slice(0, 200))} is not an issue of ${repository}`);
                const number = Number(match[2]);
                const issue = await read(`issues/${number}`, () => client.rest.issues.get({ ...repo, issue_number: number, ...request }));
                const isPullRequest = issue.pull_request !== undefined && issue.pull_request !== null;
                if (!isPullRequest)
                    return { ok: true, targets: { subject, pullRequests: [], issue: { number, isPullRequest } } };
                const pull = await read(`pulls/${number}`, () => client.rest.pulls.get({ ...repo, pull_number: number, ...request }));
                return { ok: true, targets: { subject, headSha: sha(pull.head.sha), pullRequests: [number], issue: { number, isPullRequest } } };
            }
        }
    }
    catch (error) {
        if (signal?.aborted)
            return { ok: false, subject, request: where, canceled: true };
        return { ok: false, subject, request: where, permission: PERMISSION[object.kind], reason: failureReason(error) };
    }
}
async function beforeAbort(call, signal) {
    if (!signal)
        return call();
    signal.throwIfAborted();
    const running = call();
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => {
            (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__/* .abandonWork */ .$s)(running);
            reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
        return await Promise.race([running, aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener("abort", onAbort);
    }
}
function sha(value) {
    if (typeof value !== "string" || !SHA.test(value))
        throw new UnreadableAnswer(`its commit is ${JSON.stringify(String(value).slice(0, 100))}, not a commit SHA`);
    return value;
}
function pullsOf(list, repository) {
    if (!Array.isArray(list))
        return [];
    const suffix = `/repos/${repository}`.toLowerCase();
    const numbers = list
        .filter((pull) => {
        const url = pull?.base?.repo?.url;
        return typeof url === "string" && url.toLowerCase().endsWith(suffix);
    })
        .map((pull) => pull.number)
        .filter((number) => typeof number === "number" && Number.isSafeInteger(number) && number > 0);
    return [...new Set(numbers)];
}
function failureReason(error) {
    if (error instanceof UnreadableAnswer)
        return `GitHub's answer is not as described: ${error.message}`;
    const tooLarge = (0,_bounded_body_js__WEBPACK_IMPORTED_MODULE_1__/* .responseTooLarge */ .Fh)(error);
    if (tooLarge)
        return tooLarge.message;
    const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__.apiFailure)(error);
    return `${failure.status !== undefined ? `HTTP ${failure.status}: ` : ""}${failure.message}`.slice(0, 300);
}


/***/ }),

/***/ 68890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wb: () => (/* binding */ repositoryRef)
/* harmony export */ });
/* unused harmony export RepositoryNameError */
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99416);

const NAME = /^[A-Za-z0-9_.-]+$/;
class RepositoryNameError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__.UserError {
    name = "RepositoryNameError";
}
function repositoryRef(repository) {
    const [owner = "", repo = "", extra] = repository.split("/");
    if (!NAME.test(owner) || !NAME.test(repo) || extra !== undefined) {
        throw new RepositoryNameError(`"${repository}" is not a repository name; expected "owner/repo" (as in GITHUB_REPOSITORY).`);
    }
    return { owner, repo };
}
function sameRepository(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ })

};
