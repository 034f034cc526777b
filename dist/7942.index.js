export const id = 7942;
export const ids = [7942,3781];
export const modules = {

/***/ 90282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   Fh: () => (/* binding */ responseTooLarge),
/* harmony export */   IG: () => (/* binding */ notJsonAnswer),
/* harmony export */   O0: () => (/* binding */ notJsonBody),
/* harmony export */   l1: () => (/* binding */ ResponseTooLarge)
/* harmony export */ });
/* unused harmony export NotJsonAnswer */
async function readBounded(response, maxBytes) {
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        if (declared > maxBytes)
            return "too-large";
        return new Uint8Array(await response.arrayBuffer());
    }
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return "too-large";
        }
        chunks.push(value);
    }
    return new Uint8Array(Buffer.concat(chunks, size));
}
class ResponseTooLarge extends Error {
    name = "ResponseTooLarge";
    maxBytes;
    status;
    headers;
    constructor(options) {
        super(`GitHub's answer is larger than ${options.maxBytes.toLocaleString("en-US")} bytes, the most this request reads`);
        this.maxBytes = options.maxBytes;
        this.status = options.status;
        this.headers = options.headers;
    }
}
function responseTooLarge(error) {
    return causeOfClass(error, ResponseTooLarge);
}
function causeOfClass(error, kind) {
    const seen = new Set();
    for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = link.cause) {
        seen.add(link);
        if (link instanceof kind)
            return link;
    }
    return undefined;
}
class NotJsonAnswer extends Error {
    name = "NotJsonAnswer";
    status;
    constructor(status, what) {
        super(what);
        this.status = status;
    }
}
function notJsonAnswer(error) {
    return causeOfClass(error, NotJsonAnswer);
}
function notJsonBody(status, contentType, body) {
    const type = (contentType ?? "").toLowerCase();
    const isHtml = type.includes("text/html");
    if (!isHtml && !/[/+]json\b/.test(type))
        return undefined;
    const text = new TextDecoder().decode(body);
    if (isHtml) {
        const title = entitiesDecoded(/<title[^>]*>([^<]{0,200})/i.exec(text)?.[1] ?? "")
            .replace(/[\s<>]+/g, " ")
            .trim();
        return new NotJsonAnswer(status, `an HTML page${title ? ` (${title})` : ""}, not the API's JSON`);
    }
    if (text.trim() === "")
        return undefined;
    try {
        JSON.parse(text);
        return undefined;
    }
    catch {
        return new NotJsonAnswer(status, `a body that is not whole JSON (${body.byteLength.toLocaleString("en-US")} bytes)`);
    }
}
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", middot: "·", nbsp: " " };
function entitiesDecoded(text) {
    return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name) => {
        const code = name.startsWith("#x") || name.startsWith("#X") ? Number.parseInt(name.slice(2), 16) : name.startsWith("#") ? Number(name.slice(1)) : undefined;
        if (code === undefined)
            return ENTITIES[name.toLowerCase()] ?? whole;
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    });
}


/***/ }),

/***/ 43781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ isDenied),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   apiFailure: () => (/* binding */ apiFailure)
/* harmony export */ });
/* unused harmony export statusOf */
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75270);
/* harmony import */ var _bounded_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90282);


function apiFailure(error) {
    const status = statusOf(error);
    const message = githubMessage(error);
    if (status === undefined || (status === 500 && !hasResponse(error))) {
        if (isNetworkError(error))
            return { kind: "network", message };
        const notJson = (0,_bounded_body_js__WEBPACK_IMPORTED_MODULE_1__/* .notJsonAnswer */ .IG)(error);
        if (notJson)
            return { kind: "server", status: notJson.status, message: notJson.message };
        const own = status === undefined ? error : (error.cause ?? error);
        return { kind: "internal", message: ownMessage(own) };
    }
    const base = { status, message };
    if (status === 401)
        return { kind: "bad-credentials", ...base };
    if ((status === 403 || status === 429) && isRateLimit(error, message)) {
        const resetAt = rateLimitReset(error);
        return { kind: "rate-limit", ...base, ...(resetAt ? { resetAt } : {}) };
    }
    if (status === 403 && /personal access token|authenticate via a GitHub App/i.test(message))
        return { kind: "personal-token", ...base };
    if (status === 403 && /\bis locked\b/i.test(message))
        return { kind: "locked", ...base };
    if (status === 403)
        return { kind: "permission", ...base };
    if (status === 404 || status === 410)
        return { kind: "not-found", ...base };
    if (status === 422 || status === 400)
        return { kind: "invalid", ...base };
    return { kind: status >= 500 ? "server" : "invalid", ...base };
}
const NETWORK_CODES = new Set([
    "ECONNREFUSED",
    "ECONNRESET",
    "ECONNABORTED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "EAI_FAIL",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "EHOSTDOWN",
    "ENETUNREACH",
    "ENETDOWN",
    "EPIPE",
    "EPROTO",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
    "UND_ERR_SOCKET",
    "UND_ERR_CLOSED",
    "UND_ERR_ABORTED",
    "UND_ERR_PRX_TLS",
    "CERT_HAS_EXPIRED",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "ERR_TLS_CERT_ALTNAME_INVALID",
    "ConnectionRefused",
    "ConnectionClosed",
    "FailedToOpenSocket",
    "Timeout",
]);
function isNetworkError(error) {
    const seen = new Set();
    for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = link.cause) {
        seen.add(link);
        const { code, name, message } = link;
        if (typeof code === "string" && NETWORK_CODES.has(code))
            return true;
        if (name === "AbortError" || name === "TimeoutError" || name === "ConnectTimeoutError" || name === "SocketError")
            return true;
        if (name === "TypeError" && message === "fetch failed")
            return true;
    }
    return false;
}
function ownMessage(error) {
    if (!(error instanceof Error))
        return `internal error: ${(0,_text_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(String(error), MESSAGE_CHARS)}`;
    const line = error.message.split("\n")[0] ?? "";
    return (0,_text_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(`${error.name}${line ? `: ${line}` : ""}`, MESSAGE_CHARS);
}
function isDenied(failure) {
    return failure.kind === "permission" || failure.kind === "personal-token" || failure.kind === "bad-credentials";
}
function statusOf(error) {
    if (typeof error !== "object" || error === null || !("status" in error))
        return undefined;
    const status = error.status;
    return typeof status === "number" ? status : undefined;
}
function hasResponse(error) {
    return typeof error === "object" && error !== null && error.response !== undefined;
}
const MESSAGE_CHARS = 400;
function githubMessage(error) {
    if (typeof error === "object" && error !== null && "response" in error) {
        const data = error.response?.data;
        if (typeof data === "object" && data !== null && "message" in data) {
            const message = data.message;
            if (typeof message === "string" && message) {
                const details = errorDetails(data.errors);
                const text = `${message.trim().replace(/\s+/g, " ")}${details ? `: ${details}` : ""}`;
                return (0,_text_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(text, MESSAGE_CHARS);
            }
        }
    }
    if (error instanceof Error)
        return error.message.split("\n")[0] ?? error.message;
    return String(error);
}
function isRateLimit(error, message) {
    const headers = error.response?.headers;
    return headers?.["x-ratelimit-remaining"] === "0" || /rate limit/i.test(message);
}
function rateLimitReset(error) {
    const headers = error.response?.headers;
    if (headers?.["x-ratelimit-remaining"] !== "0")
        return undefined;
    const reset = Number(headers["x-ratelimit-reset"]);
    if (!Number.isSafeInteger(reset) || reset <= 0)
        return undefined;
    return new Date(reset * 1000).toISOString().replace(/\.000Z$/, "Z");
}
function errorDetails(errors) {
    if (!Array.isArray(errors))
        return "";
    const said = errors.slice(0, 3).map((item) => {
        if (typeof item === "string")
            return item;
        if (typeof item !== "object" || item === null)
            return "";
        const { message, resource, field, code } = item;
        if (typeof message === "string" && message)
            return message;
        return [resource, field, code].filter((part) => typeof part === "string" && part).join(" ");
    });
    return said.filter(Boolean).join("; ").replace(/\s+/g, " ");
}


/***/ }),

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
class RepositoryNameError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
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
