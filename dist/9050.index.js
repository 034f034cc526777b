export const id = 9050;
export const ids = [9050,4152,3781,7469];
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

/***/ 94152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_REQUEST_FILES_LIMIT: () => (/* binding */ PULL_REQUEST_FILES_LIMIT),
/* harmony export */   pullRequest: () => (/* binding */ pullRequest),
/* harmony export */   pullRequestFiles: () => (/* binding */ pullRequestFiles),
/* harmony export */   pullRequestsForCommit: () => (/* binding */ pullRequestsForCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43781);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68890);


async function pullRequestsForCommit(client, options) {
    const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        commit_sha: options.sha,
        per_page: 100,
    });
    return pulls.map(record);
}
async function pullRequest(client, options) {
    try {
        const { data } = await client.rest.pulls.get({ ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository), pull_number: options.number });
        return record(data);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.apiFailure)(error).kind === "not-found")
            return undefined;
        throw error;
    }
}
const PULL_REQUEST_FILES_LIMIT = 3000;
async function pullRequestFiles(client, options) {
    const names = new Set();
    let listed = 0;
    const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        pull_number: options.number,
        per_page: 100,
    });
    for await (const { data } of pages) {
        for (const file of data) {
            names.add(file.filename);
            if (file.previous_filename)
                names.add(file.previous_filename);
        }
        listed += data.length;
        if (listed >= PULL_REQUEST_FILES_LIMIT)
            break;
    }
    return { files: [...names], complete: listed < PULL_REQUEST_FILES_LIMIT };
}
function record(data) {
    return {
        number: data.number,
        state: data.state,
        headSha: data.head.sha,
        ...(data.head.repo ? { headRepository: data.head.repo.full_name } : {}),
        ...(data.base.repo ? { baseRepository: data.base.repo.full_name } : {}),
    };
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


/***/ }),

/***/ 29050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitForEvent: () => (/* binding */ commitForEvent),
  eventKind: () => (/* binding */ eventKind),
  resolveEventCommit: () => (/* binding */ resolveEventCommit),
  validSha: () => (/* binding */ validSha)
});

// EXTERNAL MODULE: ./.build/events/fields.js
var fields = __webpack_require__(45785);
// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
// EXTERNAL MODULE: ./.build/github/repository.js
var repository = __webpack_require__(68890);
;// CONCATENATED MODULE: ./.build/github/commits.js


const MAX_TAG_DEPTH = 5;
async function tagCommitSha(client, options) {
    const repo = (0,repository/* repositoryRef */.Wb)(options.repository);
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${options.tag}` });
        object = data.object;
    }
    catch (error) {
        if ((0,errors.apiFailure)(error).kind === "not-found")
            return undefined;
        throw error;
    }
    for (let depth = 0; object.type === "tag" && depth < MAX_TAG_DEPTH; depth++) {
        const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha });
        object = data.object;
    }
    return object.type === "commit" ? object.sha : undefined;
}

// EXTERNAL MODULE: ./.build/github/pulls.js
var pulls = __webpack_require__(94152);
// EXTERNAL MODULE: ./.build/report/comment-pulls.js
var comment_pulls = __webpack_require__(27469);
;// CONCATENATED MODULE: ./.build/report/checks-commit.js




const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NO_COMMIT = /^0+$/;
const SHA_FIELDS = {
    push: (p) => (0,fields/* stringAt */.bX)(p, "after"),
    pull_request: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    pull_request_target: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    pull_request_review: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "pullRequest"), "headSha"),
    pull_request_review_comment: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "pullRequest"), "headSha"),
    pull_request_review_thread: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "pullRequest"), "headSha"),
    merge_group: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    workflow_run: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    workflow_job: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    check_suite: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    check_run: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    status: (p) => (0,fields/* stringAt */.bX)(p, "sha"),
    deployment: (p) => (0,fields/* stringAt */.bX)(p, "sha"),
    deployment_status: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "deployment"), "sha"),
    create: (p) => (0,fields/* stringAt */.bX)(p, "sha"),
};
function eventKind(event) {
    return event.type.split(".")[0] ?? event.type;
}
function commitForEvent(event, context = {}) {
    const kind = eventKind(event);
    const fallback = validSha(context.sha) ? { sha: context.sha.toLowerCase(), from: "GITHUB_SHA" } : { from: "none" };
    const read = SHA_FIELDS[kind];
    const sha = read?.(event.payload)?.toLowerCase();
    if (validSha(sha) && !NO_COMMIT.test(sha))
        return { sha, from: `${kind}.${kind === "push" ? "after" : "head"}` };
    if (kind === "release" && event.source === "github") {
        const tag = (0,fields/* stringAt */.bX)(event.payload, "tag");
        const repo = (0,fields/* stringAt */.bX)(event.payload, "repo");
        const ours = !context.repository || !repo || repo.toLowerCase() === context.repository.toLowerCase();
        if (tag && ours)
            return { ...fallback, tag, from: `release tag ${tag}` };
    }
    if (kind === "issue_comment") {
        const [number] = (0,comment_pulls.pullRequestsInEvent)(event);
        if (number !== undefined)
            return { ...fallback, pullRequest: number, from: `pull request #${number}` };
    }
    return fallback;
}
async function resolveEventCommit(client, options) {
    const { commit, repository } = options;
    if (commit.tag) {
        const sha = await tagCommitSha(client, { repository, tag: commit.tag });
        if (validSha(sha))
            return sha;
    }
    if (commit.pullRequest !== undefined) {
        const pull = await (0,pulls.pullRequest)(client, { repository, number: commit.pullRequest });
        if (validSha(pull?.headSha))
            return pull.headSha;
    }
    return commit.sha;
}
function validSha(value) {
    return typeof value === "string" && SHA.test(value.toLowerCase());
}


/***/ }),

/***/ 27469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PULL_REQUESTS: () => (/* binding */ MAX_PULL_REQUESTS),
/* harmony export */   pullRequestNumbers: () => (/* binding */ pullRequestNumbers),
/* harmony export */   pullRequestsInEvent: () => (/* binding */ pullRequestsInEvent)
/* harmony export */ });
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45785);

const MAX_PULL_REQUESTS = 10;
function pullRequestsInEvent(event) {
    const payload = event.payload;
    const kind = event.type.split(".")[0] ?? "";
    const numbers = [];
    if (kind === "pull_request" || kind === "pull_request_target")
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(payload, "number"));
    if (kind.startsWith("pull_request_review"))
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "pullRequest"), "number"));
    if (kind === "merge_group")
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(payload, "pullRequest"));
    if (kind === "issue_comment") {
        const issue = (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "issue");
        if ((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanAt */ .CR)(issue, "isPullRequest") === true)
            numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(issue, "number"));
    }
    if (kind === "workflow_run" || kind === "check_suite" || kind === "check_run") {
        const listed = (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(payload) ? payload.pullRequests : undefined;
        if (Array.isArray(listed))
            numbers.push(...listed);
    }
    return pullRequestNumbers(numbers);
}
function pullRequestNumbers(values) {
    const valid = values.filter((value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0);
    return [...new Set(valid)].slice(0, MAX_PULL_REQUESTS);
}


/***/ })

};
