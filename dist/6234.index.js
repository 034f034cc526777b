export const id = 6234;
export const ids = [6234,2403,7469,872];
export const modules = {

/***/ 50872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ TransferTimeoutError),
/* harmony export */   I: () => (/* binding */ secondsSetting),
/* harmony export */   IE: () => (/* binding */ optionalSecondsSetting),
/* harmony export */   L$: () => (/* binding */ transferTimeoutMs),
/* harmony export */   MB: () => (/* binding */ describeDuration),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   iP: () => (/* binding */ withinDeadline)
/* harmony export */ });
/* unused harmony export DEFAULT_TRANSFER_TIMEOUT_MS */
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67926);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);


const DEFAULT_TRANSFER_TIMEOUT_MS = 5 * 60_000;
const MAX_TIMER_MS = 2_147_483_647;
function transferTimeoutMs(option) {
    if (option !== undefined) {
        if (!(option > 0))
            throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`transferTimeoutMs must be a number of milliseconds above 0, got ${String(option)}`);
        return Math.min(option, MAX_TIMER_MS);
    }
    return Math.min(secondsSetting("FLOWS_ARTIFACT_TIMEOUT_SECONDS", DEFAULT_TRANSFER_TIMEOUT_MS), MAX_TIMER_MS);
}
function secondsSetting(name, defaultMs) {
    return optionalSecondsSetting(name, { unset: `the default of ${describeDuration(defaultMs)}` }) ?? defaultMs;
}
function optionalSecondsSetting(name, range, env = process.env) {
    const text = env[name]?.trim();
    if (!text)
        return undefined;
    const seconds = Number(text);
    const { zero = false, maxSeconds = Number.POSITIVE_INFINITY } = range;
    if ((zero ? seconds >= 0 : seconds > 0) && seconds <= maxSeconds)
        return seconds * 1000;
    const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
    const from = zero ? (Number.isFinite(maxSeconds) ? `from 0 to ${maxSeconds}` : "of 0 or more") : `above 0${Number.isFinite(maxSeconds) ? `, at most ${maxSeconds}` : ""}`;
    throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${name} must be a number of seconds ${from} (fractions allowed), got ${shown}; set it so, or unset it for ${range.unset}.`);
}
class TransferTimeoutError extends Error {
    ms;
    name = "TransferTimeoutError";
    constructor(ms) {
        super(`it did not finish within ${describeDuration(ms)}`);
        this.ms = ms;
    }
}
async function withinDeadline(ms, work) {
    if (Number.isNaN(ms))
        throw new RangeError("withinDeadline needs a limit in milliseconds, got NaN");
    const delay = Math.min(ms, MAX_TIMER_MS);
    const stop = new AbortController();
    const running = work(stop.signal);
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => {
            stop.abort();
            (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__/* .abandonWork */ .$s)(running);
            reject(new TransferTimeoutError(delay));
        }, delay);
    });
    try {
        return await Promise.race([running, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
function describeDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 120_000)
        return `${Math.round(ms / 100) / 10} s`;
    return `${Math.round(ms / 6000) / 10} minutes`;
}


/***/ }),

/***/ 85020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   Xu: () => (/* binding */ failureAnswer),
/* harmony export */   lz: () => (/* binding */ fallbackNote)
/* harmony export */ });
/* unused harmony export PERMISSION_FOR */
const PERMISSION_FOR = {
    checks: "checks: write",
    comment: "pull-requests: write",
    handover: "actions: read",
};
const FEATURE_NAME = {
    checks: "Check runs were",
    comment: "The pull request comment was",
    handover: "The flows-report handover was",
};
const FINE_GRAINED = {
    comment: "`Pull requests` (read and write)",
    handover: "`Actions` (read)",
};
function personalTokenAdvice(feature) {
    if (feature === "checks") {
        return "Only GitHub App tokens (GITHUB_TOKEN or an app installation token) may write check runs, not personal access tokens. Pass such a token as `github-token`, or turn check runs off.";
    }
    return `The personal access token lacks the permission: give a fine-grained token the ${FINE_GRAINED[feature]} permission for this repository, or pass GITHUB_TOKEN as \`github-token\`.`;
}
const HANDOVER_PATTERN = "upload a handover from the pull_request job and publish it from a `workflow_run` " +
    "workflow that has the permission (see docs/pull-requests.md).";
function permissionAdvice(permission, fork) {
    const add = `The token needs the \`${permission}\` permission: add it under \`permissions:\` in the workflow.`;
    switch (fork) {
        case "yes":
            return `This pull request comes from a fork, so its GITHUB_TOKEN is read-only whatever the workflow asks for (\`${permission}\` included): ${HANDOVER_PATTERN}`;
        case "unknown":
            return `${add} In pull requests from forks GITHUB_TOKEN is read-only whatever the workflow asks for: there, ${HANDOVER_PATTERN}`;
        default:
            return `${add} A job's own \`permissions:\` replace the workflow's, and a reusable workflow gets no more than its calling job grants.`;
    }
}
function failureAnswer(failure) {
    if (failure.status)
        return `GitHub answered ${failure.status} "${failure.message}"`;
    return failure.kind === "internal" ? `flows-action failed (${failure.message}) on its way` : `the request failed (${failure.message})`;
}
function explainFailure(options) {
    const { feature, what, failure } = options;
    const head = `${options.partial ? "Part of the report was" : FEATURE_NAME[feature]} not written: ${failureAnswer(failure)} to ${what}.`;
    const tail = feature === "handover" ? "" : " The results are in the job summary.";
    switch (failure.kind) {
        case "permission":
            return `${head} ${permissionAdvice(PERMISSION_FOR[feature], options.fork ?? "no")}${tail}`;
        case "personal-token":
            return `${head} ${personalTokenAdvice(feature)}${tail}`;
        case "bad-credentials":
            return `${head} The token is invalid or expired; check the \`github-token\` input.${tail}`;
        case "not-found":
            if (failure.status === 410) {
                return `${head} GitHub takes no more of it there: it was deleted, or the repository's settings turned it off (as they can Issues); no permission of the token changes that.${tail}`;
            }
            return `${head} It does not exist or the token cannot see it; a private repository also answers 404 when the token lacks \`${PERMISSION_FOR[feature]}\`.${tail}`;
        case "locked":
            return `${head} Its conversation is locked, so GitHub takes no comment from this token; unlock it to get the comment.${tail}`;
        case "network":
            return `${head} GitHub could not be reached from here: check the network, a proxy (HTTPS_PROXY) or GITHUB_API_URL.${tail}`;
        case "internal":
            return `${head} This is a bug in flows-action, not a problem of GitHub, the network or the token: please report it with this message.${tail}`;
        case "rate-limit": {
            const reset = failure.resetAt ? `; it resets at ${failure.resetAt}` : "";
            const once = feature === "handover" ? "" : " flows-action makes no more of these calls in this job.";
            return `${head} GitHub's rate limit did not clear within the wait flows-action allows${reset}.${once}${tail}`;
        }
        default:
            if (failure.status === 422 && /\bNo commit found for SHA\b/i.test(failure.message)) {
                return `${head} The repository does not have that commit (yet, or any more: a force-push may have replaced it, or it is another repository's); check runs go only on its own commits, and the event named this one.${tail}`;
            }
            return `${head}${tail}`;
    }
}
function fallbackNote(denied, options = {}) {
    const name = (feature) => feature === "checks" ? "check runs" : feature === "comment" ? "the pull request comment" : "the handover";
    const byKind = new Map();
    for (const [feature, kind] of denied)
        byKind.set(kind, [...(byKind.get(kind) ?? []), feature]);
    const why = {
        permission: (features) => `the token lacks ${features.map((feature) => `\`${PERMISSION_FOR[feature]}\``).join(" / ")}`,
        "personal-token": (features) => features
            .map((feature) => feature === "checks"
            ? "a personal access token may not write check runs; pass GITHUB_TOKEN or an app installation token as `github-token`"
            : `the personal access token lacks the ${FINE_GRAINED[feature]} permission`)
            .join("; "),
        "bad-credentials": () => "the token is invalid or expired; check the `github-token` input",
    };
    const reasons = [...byKind].map(([kind, features]) => `${features.map(name).join(" or ")} (${why[kind](features)})`);
    const fork = byKind.has("permission") ? (options.fork ?? "no") : "no";
    const forkAdvice = {
        yes: ["> This pull request comes from a fork, whose token is read-only: use the `workflow_run` handover pattern described in docs/pull-requests.md."],
        unknown: ["> For pull requests from forks, use the `workflow_run` handover pattern described in docs/pull-requests.md."],
        no: [],
    }[fork];
    return ["> [!WARNING]", `> flows-action could not write ${reasons.join(", nor ")}, so this summary is the report.`, ...forkAdvice].join("\n");
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

/***/ 99527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K$: () => (/* binding */ annotatedOutput),
/* harmony export */   XS: () => (/* binding */ builtAnnotations),
/* harmony export */   iL: () => (/* binding */ joinedAnnotations),
/* harmony export */   jg: () => (/* binding */ ANNOTATIONS_PER_REQUEST),
/* harmony export */   ur: () => (/* binding */ problemAnnotations),
/* harmony export */   vU: () => (/* binding */ MAX_ANNOTATIONS_PER_CHECK),
/* harmony export */   xz: () => (/* binding */ stepAnnotations)
/* harmony export */ });
/* unused harmony exports NO_ANNOTATIONS, runAnnotations, batches */
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45785);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68880);
/* harmony import */ var _flows_hidden_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88612);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54348);
/* harmony import */ var _checks_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63802);





const ANNOTATIONS_PER_REQUEST = 50;
const MAX_ANNOTATIONS_PER_CHECK = 1_000;
const MESSAGE_BYTES = 8 * 1024;
const TITLE_CHARS = 255;
const LEVELS = ["notice", "warning", "failure"];
const NO_ANNOTATIONS = { count: 0, first: () => [] };
function stepAnnotations(run) {
    const raw = run.resultPayload?.annotations;
    if (!Array.isArray(raw))
        return { ...NO_ANNOTATIONS, malformed: raw === undefined ? 0 : 1 };
    let count = 0;
    for (const item of raw)
        if (isUsable(item))
            count++;
    const first = (limit) => {
        const built = [];
        for (let index = 0; index < raw.length && built.length < limit; index++) {
            const annotation = fromFlowAnnotation(raw[index]);
            if (annotation)
                built.push(annotation);
        }
        return built;
    };
    return { count, malformed: raw.length - count, first };
}
function runAnnotations(run) {
    const all = stepAnnotations(run);
    return { annotations: all.first(all.count), malformed: all.malformed };
}
function builtAnnotations(annotations) {
    return { count: annotations.length, first: (limit) => annotations.slice(0, limit) };
}
function joinedAnnotations(parts) {
    return {
        count: parts.reduce((sum, part) => sum + part.count, 0),
        first(limit) {
            const built = [];
            for (const part of parts) {
                if (built.length >= limit)
                    break;
                if (part.count > 0)
                    built.push(...part.first(limit - built.length));
            }
            return built;
        },
    };
}
function isUsable(item) {
    return (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(item) && typeof item.message === "string" && /\S/.test(item.message) && checkedPath(item.path) !== undefined;
}
function fromFlowAnnotation(item) {
    if (!isUsable(item))
        return undefined;
    const path = repositoryPath(item.path);
    const message = item.message.trim();
    if (!path)
        return undefined;
    const startLine = positive(item.line) ?? 1;
    const endLine = Math.max(startLine, positive(item.endLine) ?? startLine);
    const column = positive(item.column);
    const level = LEVELS.includes(item.level) ? item.level : "warning";
    const title = typeof item.title === "string" ? (0,_checks_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(item.title, TITLE_CHARS) : "";
    return {
        path,
        startLine,
        endLine,
        ...(column !== undefined && startLine === endLine ? { startColumn: column } : {}),
        level,
        message: annotationMessage(message),
        ...(title ? { title } : {}),
    };
}
function problemAnnotations(problems, repoRoot) {
    const annotations = [];
    for (const problem of problems) {
        const inRepository = repoRoot === undefined ? undefined : relativeTo(problem.file, repoRoot);
        const path = inRepository === undefined ? undefined : repositoryPath(inRepository);
        if (!path)
            continue;
        const line = positive(problem.line) ?? 1;
        const column = positive(problem.column);
        annotations.push({
            path,
            startLine: line,
            endLine: line,
            ...(column !== undefined ? { startColumn: column } : {}),
            level: problem.severity === "error" ? "failure" : "warning",
            message: annotationMessage(problem.message),
            title: "flows-action: flow package problem",
        });
    }
    return annotations;
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const groups = [];
    for (let i = 0; i < items.length; i += size)
        groups.push(items.slice(i, i + size));
    return groups;
}
function annotationMessage(text) {
    const part = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutColours */ .mU)(text)).part("head", MESSAGE_BYTES + _checks_text_js__WEBPACK_IMPORTED_MODULE_3__/* .SHOWN_MARGIN_BYTES */ .fZ);
    const clean = part.text.map((line) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .showHiddenCharacters */ .aI)(line).replace(/@(?=[\w-])/g, "@\u200b"));
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cutToBytes */ .zP)(clean.text, MESSAGE_BYTES, (n) => `… ${n + part.cut} more bytes cut`);
}
function repositoryPath(value) {
    const path = checkedPath(value);
    return path === undefined ? undefined : (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)(path).text;
}
function withoutLeadingDotSlashes(path) {
    let start = 0;
    while (path.startsWith("./", start))
        start += 2;
    return path.slice(start);
}
function checkedPath(value) {
    if (typeof value !== "string")
        return undefined;
    const path = withoutLeadingDotSlashes(value.trim().replace(/\\/g, "/"));
    if (!path || path.length > 1024 || path.startsWith("/") || /^[A-Za-z]:/.test(path))
        return undefined;
    if (/(?:^|\/)(?:\.\.)?(?:\/|$)/.test(path) || /[\u0000-\u001f]/.test(path))
        return undefined;
    if ((0,_flows_hidden_name_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsHiddenCharacter */ .eA)(path))
        return undefined;
    return path;
}
function relativeTo(file, root) {
    const base = root.replace(/\/+$/, "");
    return base !== "" && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : undefined;
}
function positive(value) {
    return typeof value === "number" && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}
function annotatedOutput(full, annotations = NO_ANNOTATIONS, maxAnnotations = MAX_ANNOTATIONS_PER_CHECK) {
    const limit = Math.max(0, Math.min(maxAnnotations, MAX_ANNOTATIONS_PER_CHECK));
    const [first = [], ...rest] = batches(annotations.first(limit));
    const cut = annotations.count - limit;
    const summary = cut > 0 ? `${full.summary}\n\n${cut} more annotation${cut === 1 ? " was" : "s were"} not attached.` : full.summary;
    return { output: (0,_checks_text_js__WEBPACK_IMPORTED_MODULE_3__/* .boundOutput */ ._D)({ ...full, summary, annotations: first }), rest };
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

/***/ 63802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _D: () => (/* binding */ boundOutput),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   fZ: () => (/* binding */ SHOWN_MARGIN_BYTES),
/* harmony export */   p0: () => (/* binding */ CHECK_OUTPUT_LIMIT_BYTES),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   yW: () => (/* binding */ boundedCodeBlock)
/* harmony export */ });
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68880);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75270);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54348);



const CHECK_OUTPUT_LIMIT_BYTES = 65_535;
const SHOWN_MARGIN_BYTES = 1024;
function byteLength(text) {
    return Buffer.byteLength(text, "utf8");
}
function boundedCodeBlock(content, options) {
    const part = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutColours */ .mU)(content)).part(options.keep, options.maxBytes + SHOWN_MARGIN_BYTES);
    const clean = part.text.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .showHiddenCharacters */ .aI);
    const total = part.cut + clean.bytes;
    let budget = options.maxBytes - 16 - (options.language?.length ?? 0);
    for (let tries = 0; tries < 8 && budget > 0; tries++) {
        const kept = options.keep === "head" ? clean.head(budget) : clean.tail(budget);
        const block = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(kept.text, options.language);
        const size = byteLength(block);
        if (size <= options.maxBytes)
            return { block, cutBytes: part.cut + kept.cut };
        budget = Math.min(budget - (size - options.maxBytes) - 16, Math.floor(budget * 0.9));
    }
    return { block: "", cutBytes: total };
}
function plainText(text, maxChars) {
    const line = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .foldedHead */ .pU)((0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)(text), maxChars, (clean) => foldSpaces(clean));
    const shown = line.part("head", 4 * maxChars + SHOWN_MARGIN_BYTES).text.map((part) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .showHiddenCharacters */ .aI)((0,_text_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormedText */ .Nw)(part).replace(/</g, "‹").replace(/>/g, "›")).replace(/@(?=[\w-])/g, "@\u200b"));
    return shown.clip(maxChars);
}
function boundOutput(output) {
    const cap = (raw) => {
        const text = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)(raw);
        return text.bytes <= CHECK_OUTPUT_LIMIT_BYTES
            ? text.text
            : `${text.head(CHECK_OUTPUT_LIMIT_BYTES - 200).text}\n\n> ✂️ Cut to stay under GitHub's 65,535-byte limit; each step's status and output are in the job log.`;
    };
    return { ...output, summary: cap(output.summary), ...(output.text === undefined ? {} : { text: cap(output.text) }) };
}
function foldSpaces(text) {
    try {
        return text.replace(/[^\S\v\f\ufeff]+/g, " ").replace(/^ | $/g, "");
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        return text
            .split(/[^\S\v\f\ufeff]/)
            .filter((word) => word !== "")
            .join(" ");
    }
}


/***/ }),

/***/ 62403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PARTS: () => (/* binding */ MAX_PARTS),
/* harmony export */   addTallies: () => (/* binding */ addTallies),
/* harmony export */   holdsPart: () => (/* binding */ holdsPart),
/* harmony export */   inertNotes: () => (/* binding */ inertNotes),
/* harmony export */   newCommentPart: () => (/* binding */ newCommentPart),
/* harmony export */   ordered: () => (/* binding */ ordered),
/* harmony export */   partEnd: () => (/* binding */ partEnd),
/* harmony export */   partNote: () => (/* binding */ partNote),
/* harmony export */   partRun: () => (/* binding */ partRun),
/* harmony export */   partSource: () => (/* binding */ partSource),
/* harmony export */   partsToKeep: () => (/* binding */ partsToKeep),
/* harmony export */   readParts: () => (/* binding */ readParts)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75244);

function newCommentPart(step) {
    const jobStep = partSource(`${step.job ?? "job"}.${step.step ?? "step"}`);
    return {
        source: step.workflow ? `${jobStep.slice(0, 91)}.${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(step.workflow).slice(0, 8)}` : jobStep,
        run: partRun(`${step.runId}.${step.runAttempt}`),
        nonce: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .randomHex */ .nw)(6),
    };
}
const MAX_PARTS = 20;
const PART_NOTE = /^<!-- flows-action part source=([a-z0-9_.-]{1,100}) run=([0-9a-z_.-]{1,60}) nonce=([0-9a-f]{8,40}) commit=([0-9a-f]{40}|[0-9a-f]{64}|-) tally=(\d{1,6})\.(\d{1,6})\.(\d{1,6})\.(\d{1,6})\.(\d{1,6}) -->$/;
const PART_END = /^<!-- flows-action part end nonce=([0-9a-f]{8,40}) -->$/;
function partSource(text) {
    return text.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").slice(0, 100) || "step";
}
function partRun(text) {
    return text.toLowerCase().replace(/[^0-9a-z_.-]+/g, "-").slice(0, 60) || "run";
}
function partNote(part, commit, tally) {
    const counts = [tally.failed, tally.attention, tally.passed, tally.skipped, tally.pending].join(".");
    return `<!-- flows-action part source=${part.source} run=${part.run} nonce=${part.nonce} commit=${commit?.toLowerCase() ?? "-"} tally=${counts} -->`;
}
function partEnd(part) {
    return `<!-- flows-action part end nonce=${part.nonce} -->`;
}
function inertNotes(text) {
    return text.replace(/<!--(\s*)flows-action/gi, "<!--$1flows\u2011action");
}
function readParts(body) {
    const parts = [];
    const lines = body.split(/\r?\n/);
    const code = fencedLines(lines);
    const note = (index) => (code[index] ? "" : (lines[index] ?? ""));
    for (let at = 0; at < lines.length && parts.length < MAX_PARTS; at++) {
        const open = PART_NOTE.exec(note(at));
        if (!open)
            continue;
        const [, source = "", run = "", nonce = "", commit = "-", ...counts] = open;
        const end = lines.findIndex((_, index) => index > at && PART_END.exec(note(index))?.[1] === nonce);
        if (end < 0)
            continue;
        const [failed, attention, passed, skipped, pending] = counts.map(Number);
        parts.push({
            source,
            run,
            nonce,
            ...(commit !== "-" ? { commit } : {}),
            tally: { failed: failed ?? 0, attention: attention ?? 0, passed: passed ?? 0, skipped: skipped ?? 0, pending: pending ?? 0 },
            text: lines.slice(at + 1, end).join("\n"),
        });
        at = end;
    }
    return parts;
}
function fencedLines(lines) {
    const inside = [];
    let fence;
    for (const line of lines) {
        if (fence !== undefined) {
            inside.push(true);
            const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line)?.[1];
            if (close && close[0] === fence[0] && close.length >= fence.length)
                fence = undefined;
            continue;
        }
        const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        const opened = open?.[1];
        if (opened !== undefined && !(opened[0] === "`" && open?.[2]?.includes("`"))) {
            fence = opened;
            inside.push(true);
            continue;
        }
        inside.push(false);
    }
    return inside;
}
function partsToKeep(existing, ours, commit) {
    const wanted = commit?.toLowerCase();
    return existing.filter((part) => {
        if (part.nonce === ours.nonce)
            return false;
        if (part.commit !== wanted)
            return false;
        return part.source !== ours.source || part.run === ours.run;
    });
}
function holdsPart(body, part) {
    return readParts(body).some((each) => each.nonce === part.nonce);
}
function addTallies(tallies) {
    const sum = { passed: 0, failed: 0, attention: 0, skipped: 0, pending: 0 };
    for (const tally of tallies) {
        sum.passed += tally.passed;
        sum.failed += tally.failed;
        sum.attention += tally.attention;
        sum.skipped += tally.skipped;
        sum.pending += tally.pending;
    }
    return sum;
}
function ordered(parts) {
    return [...parts].sort((a, b) => (a.source === b.source ? a.nonce.localeCompare(b.nonce) : a.source.localeCompare(b.source)));
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


/***/ }),

/***/ 20247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORTER_NOTES_BYTES: () => (/* binding */ REPORTER_NOTES_BYTES),
  WARNINGS_SHOWN: () => (/* binding */ WARNINGS_SHOWN),
  createGitHubReporter: () => (/* binding */ createGitHubReporter)
});

// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
;// CONCATENATED MODULE: ./.build/github/identity.js

const GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
async function tokenIdentity(client, options = {}) {
    if (options.botLogin)
        return appIdentity(options.botLogin, "option");
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (data.type === "Bot")
            return appIdentity(data.login, "api");
        return { login: data.login, kind: "user", source: "api" };
    }
    catch (error) {
        const failure = (0,errors.apiFailure)(error);
        if (failure.kind === "permission")
            return appIdentity(GITHUB_ACTIONS_LOGIN, "assumed");
        throw error;
    }
}
function appIdentity(login, source) {
    return { login, kind: "app", appSlug: login.replace(/\[bot\]$/, ""), source };
}

// EXTERNAL MODULE: ./.build/github/permissions.js
var permissions = __webpack_require__(85020);
// EXTERNAL MODULE: ./.build/github/repository.js
var repository = __webpack_require__(68890);
// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __webpack_require__(3726);
// EXTERNAL MODULE: ./.build/report/checks-commit.js + 1 modules
var checks_commit = __webpack_require__(29050);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/github/client.js + 1 modules
var github_client = __webpack_require__(89758);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(75244);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
;// CONCATENATED MODULE: ./.build/github/checks.js




async function createCheckRun(client, options) {
    const made = await (0,github_client/* createLooking */.Ov)(client, async () => {
        const { data } = await client.rest.checks.create({
            ...(0,repository/* repositoryRef */.Wb)(options.repository),
            name: options.name,
            head_sha: options.headSha,
            ...fields(options),
            request: { retries: 0 },
        });
        return record(data);
    }, () => findCreated(client, options));
    return "created" in made ? made.created : made.found;
}
async function findCreated(client, options) {
    const { data } = await client.rest.checks.listForRef({
        ...(0,repository/* repositoryRef */.Wb)(options.repository),
        ref: options.headSha,
        check_name: options.name,
        filter: "all",
        per_page: 100,
    });
    const mine = data.check_runs.filter((run) => run.name === options.name &&
        (run.external_id ?? "") === (options.externalId ? externalIdFor(options.externalId) : "") &&
        (options.appSlug === undefined || run.app?.slug === options.appSlug));
    const newest = mine.sort((a, b) => b.id - a.id)[0];
    return newest ? record(newest) : undefined;
}
async function updateCheckRun(client, options) {
    const { data } = await client.rest.checks.update({
        ...(0,repository/* repositoryRef */.Wb)(options.repository),
        check_run_id: options.checkRunId,
        ...fields(options),
    });
    return record(data);
}
async function listCheckRunsForRef(client, options) {
    const runs = await client.paginate(client.rest.checks.listForRef, {
        ...(0,repository/* repositoryRef */.Wb)(options.repository),
        ref: options.ref,
        ...(options.checkName ? { check_name: (0,text_cut/* wellFormedText */.Nw)(options.checkName) } : {}),
        filter: "all",
        per_page: 100,
    });
    return runs.map(record).sort((a, b) => b.id - a.id);
}
const CHECK_RUN_LISTING_PAGES = 5;
async function listCheckRunsPaged(client, options) {
    const maxPages = options.maxPages ?? CHECK_RUN_LISTING_PAGES;
    const runs = [];
    let pages = 0;
    let complete = true;
    const pagesOf = client.paginate.iterator(client.rest.checks.listForRef, {
        ...(0,repository/* repositoryRef */.Wb)(options.repository),
        ref: options.ref,
        filter: "all",
        per_page: 100,
    });
    for await (const page of pagesOf) {
        runs.push(...page.data.map(record));
        if (++pages >= maxPages) {
            complete = !/\brel="next"/.test(page.headers.link ?? "");
            break;
        }
    }
    return { runs: runs.sort((a, b) => b.id - a.id), complete };
}
const EXTERNAL_ID_MAX_BYTES = 100;
function externalIdFor(id) {
    const whole = (0,text_cut/* wellFormedText */.Nw)(id);
    if (Buffer.byteLength(whole, "utf8") <= EXTERNAL_ID_MAX_BYTES)
        return whole;
    return `${(0,text_cut/* headOfBytes */.j9)(whole, EXTERNAL_ID_MAX_BYTES - 40)}~sha256:${(0,hash/* sha256Hex */.fg)(id).slice(0, 32)}`;
}
function fields(options) {
    const body = {};
    if (options.status && !options.conclusion)
        body.status = options.status;
    if (options.conclusion)
        body.conclusion = options.conclusion;
    if (options.detailsUrl)
        body.details_url = options.detailsUrl;
    if (options.externalId)
        body.external_id = externalIdFor(options.externalId);
    if (options.startedAt)
        body.started_at = options.startedAt;
    if (options.completedAt)
        body.completed_at = options.completedAt;
    if (options.output)
        body.output = output(options.output);
    return body;
}
function output(value) {
    return {
        title: value.title,
        summary: value.summary,
        ...(value.text ? { text: value.text } : {}),
        ...(value.annotations?.length ? { annotations: value.annotations.map(annotation) } : {}),
    };
}
function annotation(value) {
    const sameLine = value.startLine === value.endLine;
    return {
        path: value.path,
        start_line: value.startLine,
        end_line: value.endLine,
        ...(sameLine && value.startColumn !== undefined ? { start_column: value.startColumn } : {}),
        ...(sameLine && value.endColumn !== undefined ? { end_column: value.endColumn } : {}),
        annotation_level: value.level,
        message: value.message,
        ...(value.title ? { title: value.title } : {}),
    };
}
function record(data) {
    return {
        id: data.id,
        name: data.name,
        headSha: data.head_sha,
        status: data.status,
        conclusion: data.conclusion,
        ...(data.app?.slug ? { appSlug: data.app.slug } : {}),
        ...(data.html_url ? { htmlUrl: data.html_url } : {}),
    };
}

// EXTERNAL MODULE: ./.build/report/markdown.js
var markdown = __webpack_require__(54348);
;// CONCATENATED MODULE: ./.build/report/checks-api.js



class ChecksStopped extends Error {
    name = "ChecksStopped";
}
function isUnknownCommit(error) {
    const failure = (0,errors.apiFailure)(error);
    return failure.status === 422 && /\bNo commit found for SHA\b/i.test(failure.message);
}
const OUTAGE_AFTER = 3;
const LISTING_FRESH_MS = 60_000;
class CheckRunCalls {
    options;
    stopped = false;
    outage;
    rateLimited;
    unknownCommits = new Map();
    failedInARow = 0;
    writes = Promise.resolve();
    listings = new Map();
    createsSent = new Set();
    constructor(options) {
        this.options = options;
    }
    create(fields) {
        return this.write(async () => {
            if (this.unknownCommits.has(fields.headSha))
                throw new ChecksStopped();
            const appSlug = await this.appSlug();
            this.createsSent.add(`${fields.headSha}\0${fields.name}`);
            try {
                return await createCheckRun(this.options.client, { ...fields, repository: this.options.repository, ...(appSlug ? { appSlug } : {}) });
            }
            catch (error) {
                if (isUnknownCommit(error))
                    this.unknownCommits.set(fields.headSha, error);
                throw error;
            }
        });
    }
    update(fields) {
        return this.write(() => updateCheckRun(this.options.client, { ...fields, repository: this.options.repository }));
    }
    complete(checkRunId, fields, output) {
        return this.withBareFallback(output, (body) => this.update({ ...fields, checkRunId, output: body })).then(({ full }) => full);
    }
    createCompleted(fields, output) {
        return this.withBareFallback(output, (body) => this.create({ ...fields, output: body }));
    }
    async withBareFallback(output, send) {
        try {
            return { record: await send(output), full: true };
        }
        catch (error) {
            if (error instanceof ChecksStopped || (0,errors.apiFailure)(error).kind !== "invalid" || isUnknownCommit(error))
                throw error;
            const reason = (0,markdown/* inlineText */.ln)((0,errors.apiFailure)(error).message, 400);
            const record = await send({ title: output.title, summary: `${output.title}\n\nThe full output could not be attached (${reason}); each step's status and output are in the job log.` });
            return { record, full: false };
        }
    }
    async attach(checkRunId, output, rest) {
        let attached = output.annotations?.length ?? 0;
        const total = attached + rest.reduce((sum, batch) => sum + batch.length, 0);
        for (const batch of rest) {
            try {
                await this.update({ checkRunId, output: { title: output.title, summary: output.summary, annotations: batch } });
            }
            catch (error) {
                if (error instanceof ChecksStopped)
                    throw error;
                return { error, from: attached + 1, to: total };
            }
            attached += batch.length;
        }
        return undefined;
    }
    async findOurs(name, headSha) {
        const slug = await this.appSlug();
        if (!slug)
            return undefined;
        if (this.stopped)
            throw new ChecksStopped();
        const ours = (run) => run.name === name && run.appSlug === slug;
        if (!this.createsSent.has(`${headSha}\0${name}`)) {
            const listing = await this.listing(headSha);
            if (listing.complete)
                return listing.runs.find(ours);
            if (this.stopped)
                throw new ChecksStopped();
        }
        const runs = await this.counted(() => listCheckRunsForRef(this.options.client, { repository: this.options.repository, ref: headSha, checkName: name }));
        return runs.find(ours);
    }
    listing(headSha) {
        const now = (this.options.now?.() ?? new Date()).getTime();
        const taken = this.listings.get(headSha);
        if (taken && now - taken.at < LISTING_FRESH_MS)
            return taken.listing;
        const listing = this.counted(() => listCheckRunsPaged(this.options.client, { repository: this.options.repository, ref: headSha }));
        const entry = { at: now, listing };
        this.listings.set(headSha, entry);
        listing.catch(() => {
            if (this.listings.get(headSha) === entry)
                this.listings.delete(headSha);
        });
        return listing;
    }
    appSlug() {
        return this.options.identity().then((identity) => identity.appSlug, () => undefined);
    }
    write(call) {
        const turn = this.writes.then(() => {
            if (this.stopped)
                throw new ChecksStopped();
            return this.counted(call);
        });
        this.writes = turn.catch(() => undefined);
        return turn;
    }
    async counted(call) {
        try {
            const result = await call();
            this.failedInARow = 0;
            return result;
        }
        catch (error) {
            const failure = (0,errors.apiFailure)(error);
            if ((0,errors/* isDenied */.GZ)(failure))
                this.stopped = true;
            if (failure.kind === "rate-limit") {
                this.stopped = true;
                this.rateLimited ??= error;
            }
            if ((failure.kind === "server" || failure.kind === "network") && ++this.failedInARow >= OUTAGE_AFTER) {
                this.stopped = true;
                this.outage ??= error;
            }
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./.build/report/checks-annotations.js
var checks_annotations = __webpack_require__(99527);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(68880);
// EXTERNAL MODULE: ./.build/report/comment-parts.js
var comment_parts = __webpack_require__(62403);
// EXTERNAL MODULE: ./.build/report/status.js
var report_status = __webpack_require__(7787);
// EXTERNAL MODULE: ./.build/report/summary.js + 1 modules
var summary = __webpack_require__(55084);
;// CONCATENATED MODULE: ./.build/report/comment-body.js







const COMMENT_LIMIT_CHARS = 65_536;
const DETAIL_CHARS = 2_000;
const TRAILER_RESERVE = 1_000;
function commentMarker(kind, key = "default") {
    return `<!-- flows-action:${markerPart(kind)}:${markerKey(key)} -->`;
}
function formerCommentMarker(kind, key = "default") {
    const former = `<!-- flows-action:${formerPart(kind)}:${PLAIN_KEY.test(key) ? key : `${formerPart(key).slice(0, 60)}~${(0,hash/* sha256Hex */.fg)(key).slice(0, KEY_HASH_HEX)}`} -->`;
    return former === commentMarker(kind, key) ? undefined : former;
}
const PLAIN_KEY = /^[a-z0-9_.-]{1,100}$/;
const KEY_HASH_HEX = 16;
function markerKey(key) {
    if (PLAIN_KEY.test(key) && !key.includes("--"))
        return key;
    return `${markerPart(key).slice(0, 60)}~${(0,hash/* sha256Hex */.fg)(key).slice(0, KEY_HASH_HEX)}`;
}
function carriesMarker(body, marker) {
    const text = body.trimStart();
    return text.startsWith(marker) && AFTER_MARKER.test(text.slice(marker.length, marker.length + NOTE_WINDOW));
}
const AFTER_MARKER = /^[ \t]*\r?\n[ \t]*(?:<!-- flows-action commit=(?:[0-9a-f]{40}|[0-9a-f]{64}) -->[ \t]*\r?\n[ \t]*)?### Flows: /i;
function commitNote(sha) {
    return COMMIT_SHA.test(sha) ? `<!-- flows-action commit=${sha.toLowerCase()} -->` : undefined;
}
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const NOTE_AT = /^[ \t]*\r?\n?[ \t]*<!-- flows-action commit=([0-9a-f]{40}|[0-9a-f]{64}) -->/i;
const NOTE_WINDOW = 200;
function reportedCommit(body, marker) {
    const text = body.trimStart();
    if (!text.startsWith(marker))
        return undefined;
    return NOTE_AT.exec(text.slice(marker.length, marker.length + NOTE_WINDOW))?.[1]?.toLowerCase();
}
function markerPart(text) {
    return formerPart(text).replace(/-{2,}/g, "-");
}
function formerPart(text) {
    return text.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").slice(0, 100) || "event";
}
function tally(runs) {
    const counts = { passed: 0, failed: 0, attention: 0, skipped: 0, pending: 0 };
    for (const run of runs) {
        if (run.timedOut || run.effectiveStatus === "failed" || run.effectiveStatus === "canceled")
            counts.failed++;
        else if (run.needsAttention)
            counts.attention++;
        else if (run.effectiveStatus === "completed" || run.effectiveStatus === "changed")
            counts.passed++;
        else if (run.effectiveStatus === "skipped")
            counts.skipped++;
        else
            counts.pending++;
    }
    return counts;
}
function headline(runs) {
    return tallyHeadline(tally(runs));
}
function tallyHeadline(t) {
    if (t.failed + t.attention + t.passed + t.skipped + t.pending === 0)
        return "No flow step matched";
    const parts = [
        t.failed ? `❌ ${t.failed} failed` : "",
        t.attention ? `✋ ${t.attention} need${t.attention === 1 ? "s" : ""} attention` : "",
        t.passed ? `✅ ${t.passed} passed` : "",
        t.skipped ? `⏭️ ${t.skipped} skipped` : "",
        t.pending ? `⏳ ${t.pending} not finished` : "",
    ];
    return parts.filter(Boolean).join(" · ");
}
function needsLook(run) {
    const t = tally([run]);
    return t.failed + t.attention + t.pending > 0;
}
function runTable(runs, fits) {
    const head = ["| Flow | Step | Status | Message | Duration |", "| --- | --- | --- | --- | --- |"];
    const urgent = runs.map((run) => needsLook(run));
    const order = [...runs.keys()].sort((a, b) => Number(urgent[b]) - Number(urgent[a]) || a - b);
    const rows = new Map();
    let check = head.join("\n");
    for (const index of order) {
        const run = runs[index];
        const row = `| ${(0,markdown/* inlineText */.ln)(run.flowName, 80)} | ${(0,markdown/* inlineText */.ln)(run.stepName, 80)} | ${(0,report_status/* statusLabel */.Rh)(run)} | ${(0,markdown/* inlineText */.ln)((0,report_status/* runMessage */.xA)(run))} | ${(0,report_status/* formatDuration */.a3)(run.durationMs)} |`;
        const candidate = `${check}\n${row}`;
        if (!fits(candidate))
            break;
        check = candidate;
        rows.set(index, row);
    }
    const lines = [...head, ...[...rows.keys()].sort((a, b) => a - b).map((index) => rows.get(index))];
    const hiddenNeedingLook = urgent.filter((need, index) => need && !rows.has(index)).length;
    return { text: lines.join("\n"), shown: rows.size, hiddenNeedingLook };
}
function runDetails(run, maxChars = DETAIL_CHARS) {
    const message = run.error && run.error.split("\n")[0] === (0,report_status/* runMessage */.xA)(run) ? "" : (0,report_status/* runMessage */.xA)(run);
    const body = (0,redact_cut/* redacted */.p)([message, run.error && run.error !== message ? run.error : ""].filter(Boolean).join("\n\n"));
    const { text: kept, cut: cutChars } = body.chars(maxChars);
    const cut = cutChars > 0 ? `${kept}\n… ${cutChars} more characters` : body.text;
    return [
        (0,summary/* runDetailsOpening */.I5)(run),
        "",
        cut ? (0,markdown/* codeBlock */.DV)(cut) : "No message.",
        "",
        "</details>",
    ].join("\n");
}
function linkLine(links, extra = []) {
    const parts = [
        safeUrl(links.runUrl) ? `[Workflow run](${links.runUrl})` : "",
        safeUrl(links.summaryUrl) ? `[Job summary](${links.summaryUrl})` : "",
        ...extra,
    ].filter(Boolean);
    return parts.join(" · ");
}
function summaryLink(links) {
    const url = safeUrl(links.summaryUrl) ? links.summaryUrl : safeUrl(links.runUrl) ? links.runUrl : undefined;
    return url ? `the [job summary](${url})` : "the job summary of the workflow run";
}
const STEP_LOGS = "the job log (for a step run in its own job, that job's log and runs file)";
function restPlace(links) {
    if (links.summaryListsAll === true)
        return `${summaryLink(links)} lists every step and problem`;
    return `${summaryLink(links)} lists the steps that need a look first, as far as its 1 MiB goes, and counts the rest; each step's status and output are in ${STEP_LOGS}`;
}
function safeUrl(url) {
    return url !== undefined && /^https?:\/\/[^\s()<>]+$/.test(url);
}
function renderComment(options) {
    return (0,text_cut/* wellFormedText */.Nw)(renderCommentText(options));
}
function renderCommentText(options) {
    const limit = options.limit ?? COMMENT_LIMIT_CHARS;
    const runs = (0,summary/* flatten */.Bq)(options.outcome).flatMap((each) => each.runs);
    const note = options.headSha ? commitNote(options.headSha) : undefined;
    const ours = tally(runs);
    const title = (t) => [options.marker, ...(note ? [note] : []), `### Flows: ${tallyHeadline(t)}`].join("\n");
    if (!options.part) {
        const head = title(ours);
        return [head, resultsText(options, limit - head.length - 2)].join("\n\n");
    }
    const part = options.part;
    const others = options.others ?? [];
    const head = title((0,comment_parts.addTallies)([ours, ...others.map((each) => each.tally)]));
    const opening = (0,comment_parts.partNote)(part, options.headSha, ours);
    const closing = (0,comment_parts.partEnd)(part);
    const frame = head.length + 2 + opening.length + closing.length + 2;
    const share = Math.floor((limit - frame) / (others.length + 1)) - 200;
    const kept = others.map((other) => {
        const text = other.text.length <= share ? (0,comment_parts.inertNotes)(other.text) : shortPart(other);
        return [(0,comment_parts.partNote)(other, other.commit, other.tally), text, (0,comment_parts.partEnd)(other)].join("\n");
    });
    const room = limit - frame - kept.reduce((sum, each) => sum + each.length + 2, 0);
    const mine = [opening, resultsText(options, room), closing].join("\n");
    const sections = (0,comment_parts.ordered)([{ ...part, text: mine }, ...others.map((other, index) => ({ ...other, text: kept[index] ?? "" }))]);
    return [head, ...sections.map((each) => each.text)].join("\n\n");
}
function shortPart(part) {
    const footer = part.text.split("\n").findLast((line) => /^<sub>.*<\/sub>$/.test(line) && line.length <= 2_000);
    return [
        `**${tallyHeadline(part.tally)}** · the rest of these results was left out to stay under GitHub's 65,536-character comment limit; that job's summary (linked below) lists the steps that need a look first, and its log has each step.`,
        ...(footer ? ["", footer] : []),
    ].join("\n");
}
function resultsText(options, room) {
    return (0,comment_parts.inertNotes)(rawResultsText(options, room));
}
function rawResultsText(options, room) {
    const events = (0,summary/* flatten */.Bq)(options.outcome);
    const allRuns = events.flatMap((each) => each.runs);
    const footer = `<sub>${linkLine(options.links, [
        options.headSha ? `commit ${(0,markdown/* inlineCode */.ti)(options.headSha.slice(0, 12))}` : "",
        "flows-action edits this comment on every run",
    ])}</sub>`;
    const budget = room - footer.length - TRAILER_RESERVE;
    let used = 0;
    const fits = (text) => used + text.length + 2 <= budget;
    const sections = [];
    if (options.note) {
        sections.push(options.note);
        used += options.note.length + 2;
    }
    let hiddenRows = 0;
    let hiddenDetails = 0;
    let hiddenNeedingLook = 0;
    for (const each of events) {
        const intro = `${(0,markdown/* inlineCode */.ti)(each.event.type)} · event ${(0,markdown/* inlineCode */.ti)(each.eventId)}${each.dryRun ? " · dry run: nothing was run" : ""}${each.status === "duplicate" ? " · already handled" : ""}`;
        const body = each.runs.length === 0
            ? "No flow step matched this event."
            : runTable(each.runs, (table) => fits(`${intro}\n\n${table}`));
        const text = typeof body === "string" ? body : body.text;
        if (typeof body !== "string") {
            hiddenRows += each.runs.length - body.shown;
            hiddenNeedingLook += body.hiddenNeedingLook;
        }
        const section = `${intro}\n\n${text}`;
        if (!fits(section)) {
            hiddenRows += typeof body === "string" ? 0 : body.shown;
            hiddenNeedingLook += each.runs.filter(needsLook).length - (typeof body === "string" ? 0 : body.hiddenNeedingLook);
            continue;
        }
        sections.push(section);
        used += section.length + 2;
    }
    for (const run of allRuns.filter(needsLook)) {
        const details = runDetails(run);
        if (!fits(details)) {
            hiddenDetails++;
            continue;
        }
        sections.push(details);
        used += details.length + 2;
    }
    if (hiddenRows + hiddenDetails > 0) {
        const what = [hiddenRows ? `${hiddenRows} step${hiddenRows === 1 ? "" : "s"}` : "", hiddenDetails ? `${hiddenDetails} detail block${hiddenDetails === 1 ? "" : "s"}` : ""];
        const needing = hiddenNeedingLook > 0 ? ` (${hiddenNeedingLook} of those steps need a look)` : "";
        sections.push(`> [!NOTE]\n> ${what.filter(Boolean).join(" and ")} left out to stay under GitHub's 65,536-character comment limit${needing}; ${restPlace(options.links)}.`);
    }
    return [...sections, footer].join("\n\n");
}

// EXTERNAL MODULE: ./.build/report/checks-text.js
var checks_text = __webpack_require__(63802);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/report/problem-places.js
var problem_places = __webpack_require__(58387);
// EXTERNAL MODULE: ./.build/report/result-json.js
var result_json = __webpack_require__(70659);
// EXTERNAL MODULE: ./.build/report/step-text.js
var step_text = __webpack_require__(31447);
;// CONCATENATED MODULE: ./.build/report/checks-output.js












const TITLE_CHARS = 200;
const MESSAGE_CHARS = 1_000;
const ERROR_BYTES = 8 * 1024;
const NOTE_RESERVE = 512;
function stepConclusion(run) {
    if (run.timedOut)
        return "timed_out";
    switch (run.effectiveStatus) {
        case "completed":
        case "changed":
            return "success";
        case "skipped":
            return "skipped";
        case "blocked":
        case "needs_intervention":
            return "action_required";
        case "failed":
            return "failure";
        case "canceled":
            return "cancelled";
        default:
            return undefined;
    }
}
const SEVERITY = ["failure", "timed_out", "cancelled", "action_required", "success", "skipped", "neutral"];
function eventConclusion(runs, problems = []) {
    const conclusions = runs.map((run) => stepConclusion(run) ?? ((0,contracts/* isRunningElsewhere */.wR)(run) ? "neutral" : "cancelled"));
    if (problems.some((problem) => problem.severity === "error"))
        conclusions.push("failure");
    return SEVERITY.find((conclusion) => conclusions.includes(conclusion)) ?? "neutral";
}
function checkName(run) {
    const shown = `flows: ${(0,checks_text/* plainText */.wh)(run.flowName, 100)}/${(0,checks_text/* plainText */.wh)(run.stepName, 100)}`;
    const plain = shown === `flows: ${run.flowName}/${run.stepName}`;
    if (plain && !run.flowName.includes("/") && !run.stepName.includes("/"))
        return shown;
    return `${shown} #${(0,hash/* sha256Hex */.fg)(`${redact/* redactor */.$p.redact(run.flowName)}\0${redact/* redactor */.$p.redact(run.stepName)}`).slice(0, 8)}`;
}
const DEFAULT_TITLES = {
    success: "Done",
    skipped: "Skipped",
    action_required: "Needs a person to act",
    failure: "Failed",
    cancelled: "Canceled",
    timed_out: "Timed out",
};
function stepTitle(run) {
    const message = (0,report_status/* runMessage */.xA)(run);
    if (message)
        return (0,checks_text/* plainText */.wh)(message, TITLE_CHARS);
    const conclusion = stepConclusion(run);
    return conclusion ? (DEFAULT_TITLES[conclusion] ?? conclusion) : "Running";
}
const ATTENTION = {
    needs_intervention: "This step says **a person has to act** before the flow can go on. Read its message, do what it asks, then re-run the workflow (or dispatch the event again).",
    blocked: "This step is **blocked by something outside the repository** (a service, a release, another change). Its message says what; once that is resolved, re-run the workflow.",
};
function stepCheckOutput(run, options) {
    const facts = [
        `**${(0,report_status/* statusLabel */.Rh)(run)}**`,
        `attempt ${run.attempts.length}`,
        (0,report_status/* formatDuration */.a3)(run.durationMs),
        `run ${shownId(run.id)}`,
        `event ${shownId(run.eventId)}`,
    ];
    const fixed = [facts.join(" · ")];
    if (options.note)
        fixed.push(options.note);
    const explanation = ATTENTION[run.effectiveStatus];
    if (explanation)
        fixed.push(explanation);
    const message = (0,report_status/* runMessage */.xA)(run);
    if (message)
        fixed.push(`> ${(0,markdown/* inlineText */.ln)(message, MESSAGE_CHARS)}`);
    if (options.malformedAnnotations) {
        fixed.push(`${options.malformedAnnotations} annotation${options.malformedAnnotations === 1 ? " was" : "s were"} left out: each needs a relative \`path\` inside the repository and a \`message\`.`);
    }
    let cut = 0;
    if (run.error && run.error !== message) {
        const error = (0,checks_text/* boundedCodeBlock */.yW)((0,step_text/* readableStepText */.wR)((0,step_text/* errorBesideOutput */.OL)(run.error, run.output)), { maxBytes: ERROR_BYTES, keep: "head" });
        cut += error.cutBytes;
        fixed.push("**Error**", error.block);
    }
    const links = linkLine(options.links);
    const used = (0,checks_text/* byteLength */.dp)([...fixed, links].join("\n\n")) + NOTE_RESERVE;
    const parts = [...fixed];
    const shown = (0,result_json/* shownRunResult */.sW)(run);
    if (shown) {
        const result = (0,checks_text/* boundedCodeBlock */.yW)(shown.head, {
            maxBytes: checks_text/* CHECK_OUTPUT_LIMIT_BYTES */.p0 - used - 32,
            keep: "head",
            language: "json",
        });
        cut += result.cutBytes + shown.restBytes;
        if (result.block)
            parts.push("**FLOW_RESULT**", result.block);
    }
    if (links)
        parts.push(links);
    if (cut > 0)
        parts.push(cutNote(cut));
    const output = { title: stepTitle(run), summary: parts.join("\n\n") };
    const text = outputText(run);
    if (text)
        output.text = text;
    return output;
}
function outputText(run) {
    if (!run.output)
        return undefined;
    const tail = (0,checks_text/* boundedCodeBlock */.yW)((0,step_text/* readableStepText */.wR)(run.output), { maxBytes: checks_text/* CHECK_OUTPUT_LIMIT_BYTES */.p0 - NOTE_RESERVE - 64, keep: "tail" });
    return ["**Output (tail)**", tail.block, ...(tail.cutBytes > 0 ? [cutNote(tail.cutBytes)] : [])].join("\n\n");
}
function cutNote(bytes) {
    return `> ✂️ ${bytes.toLocaleString("en-US")} bytes were cut to stay under GitHub's 65,535-byte limit for check run output; the step's output, its FLOW_RESULT line with it, is in ${STEP_LOGS}.`;
}
function eventCheckOutput(outcome, options) {
    const runs = (0,summary/* flatten */.Bq)(outcome).flatMap((each) => each.runs);
    const head = [`${(0,markdown/* inlineCode */.ti)(outcome.event.type)} · event ${shownId(outcome.eventId)}`];
    if (options.note)
        head.push(options.note);
    const links = linkLine(options.links);
    const budget = checks_text/* CHECK_OUTPUT_LIMIT_BYTES */.p0 - (0,checks_text/* byteLength */.dp)([...head, links].join("\n\n")) - NOTE_RESERVE;
    let used = 0;
    const fits = (text) => used + (0,checks_text/* byteLength */.dp)(text) + 2 <= budget;
    const parts = [...head];
    let hiddenRows = 0;
    let hiddenDetails = 0;
    let hiddenNeedingLook = 0;
    if (runs.length > 0) {
        const table = runTable(runs, fits);
        parts.push(table.text);
        used += (0,checks_text/* byteLength */.dp)(table.text) + 2;
        hiddenRows += runs.length - table.shown;
        hiddenNeedingLook = table.hiddenNeedingLook;
    }
    for (const run of runs.filter(needsLook)) {
        const details = runDetails(run);
        if (!fits(details)) {
            hiddenDetails++;
            continue;
        }
        parts.push(details);
        used += (0,checks_text/* byteLength */.dp)(details) + 2;
    }
    if (options.problems.length > 0) {
        const line = `${options.problems.length} problem${options.problems.length === 1 ? "" : "s"} ${(0,problem_places/* problemsPlace */.Sq)(options.problems)}; see the annotations and ${summaryLink(options.links)}.`;
        parts.push(line);
    }
    if (links)
        parts.push(links);
    if (hiddenRows + hiddenDetails > 0) {
        const what = [
            hiddenRows ? `${hiddenRows} step${hiddenRows === 1 ? "" : "s"}` : "",
            hiddenDetails ? `${hiddenDetails} detail block${hiddenDetails === 1 ? "" : "s"}` : "",
        ];
        const needing = hiddenNeedingLook > 0 ? ` (${hiddenNeedingLook} of those steps need a look)` : "";
        parts.push(`> ✂️ ${what.filter(Boolean).join(" and ")} left out to stay under GitHub's 65,535-byte limit${needing}; ${restPlace(options.links)}.`);
    }
    const title = runs.length === 0 ? "No flow step matched" : (0,checks_text/* plainText */.wh)(headline(runs), TITLE_CHARS);
    return { title, summary: parts.join("\n\n") };
}
function problemsCheckOutput(problems, links) {
    const errors = problems.filter((problem) => problem.severity === "error").length;
    const warnings = problems.length - errors;
    const title = [errors ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""]
        .filter(Boolean)
        .join(", ");
    const summary = [
        `Problems found while loading flow packages: ${title}. Annotations point at the lines; ` +
            (links.summaryListsAll === true
                ? `${summaryLink(links)} lists every problem.`
                : `${summaryLink(links)} lists them as far as its 1 MiB goes, and \`flows validate\` lists every one.`),
        linkLine(links),
    ].filter(Boolean);
    return { title: `Flow packages: ${title}`, summary: summary.join("\n\n") };
}
function unfinishedOutput(links) {
    return {
        title: "The job ended before this step finished",
        summary: `The job stopped (canceled, crashed or timed out) before this step reported a result, so flows-action closed this check run. ${summaryLink(links)} and the job log may say more.`,
    };
}
function runningOutput(run, links) {
    return (0,checks_text/* boundOutput */._D)({
        title: "Running",
        summary: [`Attempt ${run.attempts.length} of run ${shownId(run.id)} started.`, linkLine(links)].filter(Boolean).join("\n\n"),
    });
}
function shownId(id) {
    const { text, cut } = (0,redact_cut/* redacted */.p)(id).chars(ID_CHARS);
    return cut > 0 ? `${(0,markdown/* inlineCode */.ti)(text)} (${cut.toLocaleString("en-US")} more characters)` : (0,markdown/* inlineCode */.ti)(text);
}
const ID_CHARS = 200;

;// CONCATENATED MODULE: ./.build/report/checks.js












const ANNOTATION_UPDATES_PER_JOB = 40;
const MAX_STEP_CHECK_RUNS = 100;
const DEFAULT_LIVE_AFTER_MS = 3_000;
const PROBLEMS_CHECK = "flows: flow packages";
class CheckRuns {
    options;
    tracked = new Map();
    calls;
    completedCount = 0;
    annotationUpdatesLeft = ANNOTATION_UPDATES_PER_JOB;
    finishing = false;
    constructor(options) {
        this.options = options;
        this.calls = new CheckRunCalls(options);
    }
    get writes() {
        return this.calls;
    }
    get count() {
        return this.completedCount;
    }
    get links() {
        return [...this.tracked.values()].flatMap((tracked) => (tracked.runId && tracked.url ? [{ runId: tracked.runId, name: tracked.name, url: tracked.url }] : []));
    }
    onStepStart(run) {
        const perStep = this.options.mode === "per-step";
        if (perStep && !this.mayHaveOwn(run))
            return;
        const tracked = perStep ? this.track(this.stepName(run), run.id) : this.track(this.eventName());
        if (tracked.startSent || tracked.completed || tracked.liveTimer || tracked.ended)
            return;
        const goLive = () => {
            tracked.liveTimer = undefined;
            if (tracked.ended || tracked.completed || this.finishing)
                return;
            tracked.startSent = true;
            const output = perStep ? runningOutput(run, this.options.links) : { title: "Running", summary: "Flow steps are running." };
            this.enqueue(tracked, `create check run "${tracked.name}"`, () => this.start(tracked, run, output), { live: true });
        };
        const wait = this.options.liveAfterMs ?? DEFAULT_LIVE_AFTER_MS;
        if (wait <= 0) {
            goLive();
            return;
        }
        tracked.liveTimer = setTimeout(goLive, wait);
        tracked.liveTimer.unref?.();
    }
    onStepEnd(run) {
        if (this.options.mode !== "per-step" || stepConclusion(run) === undefined || !this.mayHaveOwn(run))
            return;
        const tracked = this.track(this.stepName(run), run.id);
        tracked.ended = true;
        this.stopTimer(tracked);
        this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, this.stepCompletion(run)));
    }
    async flush() {
        for (;;) {
            const chains = [...this.tracked.values()].map((tracked) => tracked.chain);
            await Promise.all(chains);
            if ([...this.tracked.values()].every((tracked, i) => tracked.chain === chains[i]))
                return;
        }
    }
    async finish(outcome, problems) {
        this.finishing = true;
        for (const tracked of this.tracked.values())
            this.stopTimer(tracked);
        await this.flush();
        const runs = outcome && !outcome.dryRun ? (0,summary/* flatten */.Bq)(outcome).flatMap((each) => each.runs) : [];
        if (this.options.mode === "per-step") {
            const grouped = [];
            for (const run of runs) {
                if (!this.mayHaveOwn(run)) {
                    grouped.push(run);
                    continue;
                }
                const tracked = this.track(this.stepName(run), run.id);
                if (tracked.completed || stepConclusion(run) === undefined)
                    continue;
                tracked.ended = true;
                this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, this.stepCompletion(run)));
            }
            if (outcome && grouped.length > 0)
                this.completeGrouped(outcome, grouped);
            const packageProblems = (0,problem_places/* packageCheckProblems */.tY)(problems);
            if (packageProblems.length > 0 && outcome && !outcome.dryRun) {
                const tracked = this.track(PROBLEMS_CHECK);
                this.enqueue(tracked, `create check run "${PROBLEMS_CHECK}"`, () => this.complete(tracked, {
                    conclusion: packageProblems.some((p) => p.severity === "error") ? "failure" : "neutral",
                    output: problemsCheckOutput(packageProblems, this.options.links),
                    annotations: (0,checks_annotations/* builtAnnotations */.XS)((0,checks_annotations/* problemAnnotations */.ur)(packageProblems, this.options.repoRoot)),
                }));
            }
        }
        else if (outcome && !outcome.dryRun && (runs.length > 0 || problems.length > 0 || this.tracked.size > 0)) {
            const tracked = this.track(this.eventName());
            const annotations = (0,checks_annotations/* joinedAnnotations */.iL)([
                ...runs.map(checks_annotations/* stepAnnotations */.xz),
                (0,checks_annotations/* builtAnnotations */.XS)((0,checks_annotations/* problemAnnotations */.ur)((0,problem_places/* packageCheckProblems */.tY)(problems), this.options.repoRoot)),
            ]);
            this.enqueue(tracked, `complete check run "${tracked.name}"`, () => this.complete(tracked, {
                conclusion: eventConclusion(runs, problems),
                output: eventCheckOutput(outcome, { links: this.options.links, note: this.options.note, problems }),
                annotations,
            }));
        }
        await this.flush();
        for (const tracked of this.tracked.values()) {
            if (tracked.completed || !tracked.startSent || tracked.failed)
                continue;
            this.enqueue(tracked, `close check run "${tracked.name}"`, () => this.closeUnfinished(tracked));
        }
        await this.flush();
        for (const tracked of this.tracked.values()) {
            if (tracked.liveFailure && !tracked.completed && !tracked.failed)
                this.options.onFailure({ ...tracked.liveFailure, denied: false });
        }
        const untried = [...this.tracked.values()].filter((t) => !t.completed && !t.failed && !t.liveFailure).map((t) => `"${t.name}"`);
        const these = `${untried.length === 1 ? "this one was" : `these ${untried.length} were`} not tried: ${untried.join(", ")}`;
        const unknownCommit = [...this.calls.unknownCommits.values()][0];
        if (unknownCommit !== undefined && untried.length > 0) {
            this.options.onFailure({ what: `a check run on that commit, so ${these}`, error: unknownCommit, denied: false, untried: true });
        }
        else if (this.calls.rateLimited !== undefined && untried.length > 0) {
            this.options.onFailure({ what: `a check run call, so ${these}`, error: this.calls.rateLimited, denied: false, untried: true });
        }
        else if (this.calls.outage !== undefined && untried.length > 0) {
            this.options.onFailure({ what: `${OUTAGE_AFTER} check run calls in a row, so ${these}`, error: this.calls.outage, denied: false });
        }
        return this.completedCount;
    }
    targetNameOf(run) {
        return `${checkName(run)} ${eventTag(run.eventId)}`;
    }
    completionOf(run) {
        return stepConclusion(run) === undefined ? undefined : this.stepCompletion(run);
    }
    timestamp() {
        return this.now();
    }
    stepName(run) {
        const name = checkName(run);
        const own = run.eventId === this.options.event.id && !(0,contracts/* isUpstreamEventType */.s1)(this.options.event.type);
        return own ? name : `${name} ${eventTag(run.eventId)}`;
    }
    eventName() {
        return `flows: ${(0,checks_text/* plainText */.wh)(this.options.event.type, 120)}`;
    }
    mayHaveOwn(run) {
        if (this.tracked.has(this.stepName(run)))
            return true;
        return [...this.tracked.values()].filter((tracked) => tracked.runId !== undefined).length < MAX_STEP_CHECK_RUNS;
    }
    completeGrouped(outcome, runs) {
        const name = `${this.eventName()} (more steps)`;
        const tracked = this.track(name);
        const steps = `${runs.length} step${runs.length === 1 ? "" : "s"}`;
        const why = `${steps} past the first ${MAX_STEP_CHECK_RUNS} of this job share this check run instead of having one each: ` +
            `a check run is a write, and GitHub takes about one a second and at most 500 an hour. ${restSentence(this.options.links)}`;
        const note = [this.options.note, why].filter(Boolean).join("\n\n");
        const annotations = (0,checks_annotations/* joinedAnnotations */.iL)(runs.map(checks_annotations/* stepAnnotations */.xz));
        this.enqueue(tracked, `complete check run "${name}"`, () => this.complete(tracked, {
            conclusion: eventConclusion(runs),
            output: eventCheckOutput({ ...outcome, runs, children: [] }, { links: this.options.links, note, problems: [] }),
            annotations,
        }));
    }
    track(name, runId) {
        let tracked = this.tracked.get(name);
        if (!tracked) {
            tracked = { name, startSent: false, ended: false, completed: false, chain: Promise.resolve(), ...(runId ? { runId } : {}) };
            this.tracked.set(name, tracked);
        }
        return tracked;
    }
    stopTimer(tracked) {
        if (tracked.liveTimer)
            clearTimeout(tracked.liveTimer);
        tracked.liveTimer = undefined;
    }
    enqueue(tracked, what, operation, options = {}) {
        tracked.chain = tracked.chain.then(async () => {
            if (this.calls.stopped)
                return;
            try {
                await operation();
            }
            catch (error) {
                if (error instanceof ChecksStopped)
                    return;
                const denied = (0,errors/* isDenied */.GZ)((0,errors.apiFailure)(error));
                if (options.live && !denied) {
                    tracked.liveFailure = { what, error };
                    return;
                }
                tracked.failed = true;
                if (denied)
                    this.calls.stopped = true;
                this.options.onFailure({ what, error, denied });
            }
        });
    }
    stepCompletion(run) {
        const annotations = (0,checks_annotations/* stepAnnotations */.xz)(run);
        const output = stepCheckOutput(run, { links: this.options.links, note: this.options.note, malformedAnnotations: annotations.malformed });
        return {
            conclusion: stepConclusion(run) ?? "cancelled",
            output,
            annotations,
            ...(run.startedAt ? { startedAt: run.startedAt } : {}),
        };
    }
    async start(tracked, run, output) {
        if (tracked.ended || tracked.completed)
            return;
        const headSha = await this.options.headSha();
        if (!headSha)
            return;
        const existing = await this.calls.findOurs(tracked.name, headSha);
        const common = { ...this.detailsUrl(), ...(tracked.runId ? { externalId: tracked.runId } : {}), output };
        if (existing) {
            tracked.id = existing.id;
            tracked.url = existing.htmlUrl;
            if (existing.status === "completed")
                return;
            await this.calls.update({ ...common, checkRunId: existing.id, status: "in_progress", startedAt: this.now() });
            return;
        }
        const startedAt = run.startedAt ?? this.now();
        const created = await this.calls.create({ ...common, name: tracked.name, headSha, status: "in_progress", startedAt });
        tracked.id = created.id;
        tracked.url = created.htmlUrl;
    }
    async closeUnfinished(tracked) {
        if (tracked.id === undefined) {
            const headSha = await this.options.headSha();
            const found = headSha ? await this.calls.findOurs(tracked.name, headSha) : undefined;
            if (!found || found.status === "completed")
                return;
            tracked.id = found.id;
        }
        await this.complete(tracked, { conclusion: "cancelled", output: unfinishedOutput(this.options.links) });
    }
    async complete(tracked, completion) {
        if (tracked.completed)
            return;
        const headSha = await this.options.headSha();
        if (!headSha)
            return;
        if (tracked.id === undefined) {
            const found = await this.calls.findOurs(tracked.name, headSha);
            tracked.id = found?.id;
            tracked.url = found?.htmlUrl;
        }
        const perCheck = Math.min(this.options.maxAnnotations ?? checks_annotations/* MAX_ANNOTATIONS_PER_CHECK */.vU, checks_annotations/* ANNOTATIONS_PER_REQUEST */.jg * (1 + this.annotationUpdatesLeft));
        const { output, rest } = (0,checks_annotations/* annotatedOutput */.K$)(completion.output, completion.annotations, perCheck);
        this.annotationUpdatesLeft -= rest.length;
        const fields = { conclusion: completion.conclusion, completedAt: this.now(), ...this.detailsUrl() };
        let checkRunId = tracked.id;
        let full;
        if (checkRunId === undefined) {
            const extra = {
                ...(tracked.runId ? { externalId: tracked.runId } : {}),
                ...(completion.startedAt ? { startedAt: completion.startedAt } : {}),
            };
            const created = await this.calls.createCompleted({ ...fields, ...extra, name: tracked.name, headSha }, output);
            checkRunId = created.record.id;
            tracked.id = checkRunId;
            tracked.url = created.record.htmlUrl;
            full = created.full;
        }
        else {
            full = await this.calls.complete(checkRunId, fields, output);
        }
        tracked.completed = true;
        this.completedCount++;
        if (!full)
            return;
        const missed = await this.calls.attach(checkRunId, output, rest);
        if (missed) {
            const what = `attach annotations ${missed.from}–${missed.to} of ${missed.to} to check run "${tracked.name}", which was completed without them`;
            this.options.onFailure({ what, error: missed.error, denied: false, partial: true });
        }
    }
    detailsUrl() {
        return this.options.links.runUrl ? { detailsUrl: this.options.links.runUrl } : {};
    }
    now() {
        return (this.options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
    }
}
function eventTag(eventId) {
    const shown = (0,checks_text/* plainText */.wh)(eventId, EVENT_ID_CHARS);
    if (shown.replaceAll("@\u200b", "@") === eventId)
        return `[${shown}]`;
    return `[${shown} #${(0,hash/* sha256Hex */.fg)(redact/* redactor */.$p.redact(eventId)).slice(0, 8)}]`;
}
const EVENT_ID_CHARS = 80;
function restSentence(links) {
    const rest = restPlace(links);
    return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}.`;
}

// EXTERNAL MODULE: ./.build/github/pulls.js
var github_pulls = __webpack_require__(94152);
// EXTERNAL MODULE: ./.build/events/fields.js
var events_fields = __webpack_require__(45785);
;// CONCATENATED MODULE: ./.build/report/result-targets.js




const MAX_RESULT_TARGETS = 10;
const MAX_VALUES_PER_KEY = 100;
const MAX_PROBLEMS = 20;
const MAX_PULL_NUMBER = 2_147_483_647;
function targetLabel(target) {
    return target.kind === "pull" ? `pull request #${target.number}` : `commit ${target.sha.slice(0, 12)}`;
}
function resultTargets(runs, options) {
    const max = options.max ?? MAX_RESULT_TARGETS;
    const targets = [];
    const problems = [];
    const left = [];
    for (const run of runs) {
        const artifacts = run.resultPayload?.artifacts;
        if (!(0,events_fields/* isObject */.Gv)(artifacts))
            continue;
        const step = `flow "${(0,log_text/* logText */.kc)(run.flowName)}" step "${(0,log_text/* logText */.kc)(run.stepName)}"`;
        const seen = new Set();
        const named = [];
        const read = (key, parse, expected) => {
            const raw = artifacts[key];
            if (raw === undefined || raw === null)
                return;
            const values = Array.isArray(raw) ? raw : [raw];
            if (values.length > MAX_VALUES_PER_KEY) {
                problems.push(`${step}: artifacts.${key} names ${values.length} values; only the first ${MAX_VALUES_PER_KEY} were read.`);
            }
            for (const value of values.slice(0, MAX_VALUES_PER_KEY)) {
                const target = parse(value);
                if (!target) {
                    problems.push(`${step}: artifacts.${key} ${preview(value)} is not ${expected}; no check run was written for it.`);
                    continue;
                }
                const key2 = target.kind === "pull" ? `pull:${target.number}` : `commit:${target.sha}`;
                if (seen.has(key2))
                    continue;
                seen.add(key2);
                named.push(target);
            }
        };
        const server = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
        read("pullRequest", (value) => pullTarget(value, options.repository, server), `a pull request of ${options.repository}: write its number (say 12) or its URL (${server}/${options.repository}/pull/12)`);
        read("commit", commitTarget, "a commit: write its full SHA (40 hex characters)");
        for (const target of named) {
            if (targets.length < max)
                targets.push({ run, target });
            else
                left.push(`${run.flowName}/${run.stepName} → ${targetLabel(target)}`);
        }
    }
    if (left.length > 0) {
        const shown = left.slice(0, 5).map(log_text/* logText */.kc).join(", ");
        problems.push(`The steps named ${targets.length + left.length} pull requests and commits for their check runs; at most ${max} are written per job, so ${left.length} got none: ${shown}${left.length > 5 ? ", ..." : ""}.`);
    }
    if (problems.length > MAX_PROBLEMS) {
        const more = problems.length - MAX_PROBLEMS;
        return { targets, problems: [...problems.slice(0, MAX_PROBLEMS), `${more} more value${more === 1 ? "" : "s"} in the steps' artifacts.pullRequest and artifacts.commit were refused as well.`] };
    }
    return { targets, problems };
}
function pullTarget(value, repository, server) {
    if (typeof value === "number")
        return pullNumber(value);
    if (typeof value !== "string" || value.length > 500)
        return undefined;
    const match = /^(.+)\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/pull\/([1-9][0-9]{0,9})$/.exec(value);
    if (!match || match[1] !== server)
        return undefined;
    if (`${match[2]}/${match[3]}`.toLowerCase() !== repository.toLowerCase())
        return undefined;
    return pullNumber(Number(match[4]));
}
function pullNumber(value) {
    return Number.isInteger(value) && value >= 1 && value <= MAX_PULL_NUMBER ? { kind: "pull", number: value } : undefined;
}
function commitTarget(value) {
    if (!(0,checks_commit.validSha)(value) || /^0+$/.test(value))
        return undefined;
    return { kind: "commit", sha: value.toLowerCase() };
}
function preview(value) {
    return (0,log_text/* logText */.kc)((0,redact_cut/* shownValue */.J)(value));
}

;// CONCATENATED MODULE: ./.build/report/checks-targets.js







async function writeTargetCheckRuns(targets, options) {
    const reports = [];
    const pulls = new Map();
    const refused = { said: false };
    for (const { run, target } of targets) {
        const report = { step: `${run.flowName}/${run.stepName}`, name: options.nameOf(run), target: targetLabel(target) };
        reports.push(report);
        const completion = options.completionOf(run);
        if (!completion) {
            report.skipped = "the step has not ended";
            continue;
        }
        let sha;
        if (target.kind === "commit")
            sha = target.sha;
        else {
            const number = target.number;
            if (!pulls.has(number))
                pulls.set(number, headOf(number, options, report.step, refused));
            const found = await pulls.get(number);
            sha = found?.headSha;
            if (found?.skipped)
                report.skipped = found.skipped;
        }
        if (!sha) {
            report.skipped ??= "its commit could not be found";
            continue;
        }
        report.headSha = sha;
        if (sha === options.ownSha) {
            report.skipped = "the step's check run is already on that commit";
            continue;
        }
        if (options.calls.stopped) {
            report.skipped = "check runs could not be written (see the warnings)";
            continue;
        }
        try {
            report.url = await writeOne(options, { name: report.name, sha, run, ...completion });
        }
        catch (error) {
            if (error instanceof ChecksStopped) {
                report.skipped = "check runs could not be written (see the warnings)";
                continue;
            }
            report.skipped = "writing it failed (see the warnings)";
            options.onFailure(`write check run "${report.name}" on ${report.target} (${sha.slice(0, 12)})`, error);
        }
    }
    return reports;
}
async function headOf(number, options, step, refused) {
    try {
        const pull = await (0,github_pulls.pullRequest)(options.client, { repository: options.repository, number });
        if (!pull) {
            options.warning(`flow step ${step} named pull request #${number}, which ${options.repository} does not have (or, in a private repository, the token lacks \`pull-requests: read\`); no check run was written for it.`);
            return { skipped: "no such pull request" };
        }
        if (pull.state !== "open")
            return { skipped: `the pull request is ${pull.state}` };
        return { headSha: pull.headSha.toLowerCase() };
    }
    catch (error) {
        const failure = (0,errors.apiFailure)(error);
        if (!(0,errors/* isDenied */.GZ)(failure) && failure.kind !== "internal") {
            options.onFailure(`look up pull request #${number} for the check run of ${step}`, error);
            return { skipped: "the pull request could not be looked up" };
        }
        if (!(0,errors/* isDenied */.GZ)(failure) || !refused.said)
            options.warning(lookupWarning(number, failure));
        if ((0,errors/* isDenied */.GZ)(failure))
            refused.said = true;
        return { skipped: "the pull request could not be looked up" };
    }
}
function lookupWarning(number, failure) {
    const advice = (0,errors/* isDenied */.GZ)(failure)
        ? " The token needs `pull-requests: read` to find a pull request's head: add it under `permissions:` in the workflow."
        : failure.kind === "internal"
            ? " This is a bug in flows-action, not a problem of GitHub, the network or the token: please report it with this message."
            : "";
    return `A step's check run was not written on pull request #${number}: ${(0,permissions/* failureAnswer */.Xu)(failure)} to look it up.${advice}`;
}
async function writeOne(options, check) {
    const { output } = (0,checks_annotations/* annotatedOutput */.K$)(check.output, check.annotations, checks_annotations/* ANNOTATIONS_PER_REQUEST */.jg);
    const fields = { conclusion: check.conclusion, completedAt: options.now(), ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}) };
    const existing = await options.calls.findOurs(check.name, check.sha);
    if (existing) {
        await options.calls.complete(existing.id, fields, output);
        return existing.htmlUrl;
    }
    const created = await options.calls.createCompleted({ ...fields, name: check.name, headSha: check.sha, externalId: check.run.id, ...(check.startedAt ? { startedAt: check.startedAt } : {}) }, output);
    return created.record.htmlUrl;
}
function targetsSummary(reports, problems) {
    if (reports.length === 0 && problems.length === 0)
        return "";
    const lines = ["### Check runs where the steps said", ""];
    if (reports.length > 0) {
        lines.push("| Step | Named | Check run |", "| --- | --- | --- |");
        for (const report of reports) {
            const where = report.skipped
                ? `not written: ${(0,markdown/* inlineText */.ln)(report.skipped, 200)}`
                : `${report.url ? `[${(0,markdown/* inlineText */.ln)(report.name, 120)}](${report.url})` : (0,markdown/* inlineText */.ln)(report.name, 120)} on ${(0,markdown/* inlineCode */.ti)(report.headSha?.slice(0, 12) ?? "")}`;
            lines.push(`| ${(0,markdown/* inlineText */.ln)(report.step, 200)} | ${targetCell(report.target)} | ${where} |`);
        }
        lines.push("");
    }
    for (const problem of problems)
        lines.push(`- ${(0,markdown/* inlineText */.ln)(problem, 600)}`);
    return (0,markdown/* cutMarkdownToBytes */.sG)(`${lines.join("\n")}\n`, TARGETS_NOTE_BYTES, (cut) => `\n> [!NOTE]\n> ${cut} bytes of this table were left out; the job log has a line for each check run.\n`);
}
const TARGETS_NOTE_BYTES = 32 * 1024;
function targetCell(target) {
    return /^(?:pull request #\d+|commit [0-9a-f]{7,64})$/.test(target) ? target.replace("#", "\\#") : (0,markdown/* inlineText */.ln)(target, 60);
}

;// CONCATENATED MODULE: ./.build/github/comments.js


async function issueCommentPage(client, options) {
    const response = await client.rest.issues.listComments({
        ...(0,repository/* repositoryRef */.Wb)(options.repository),
        issue_number: options.issueNumber,
        per_page: 100,
        page: options.page,
        ...(options.since ? { since: options.since } : {}),
    });
    const link = response.headers.link ?? "";
    const last = pageOf(link, "last") ?? (pageOf(link, "next") !== undefined ? options.page + 1 : options.page);
    return {
        comments: response.data.map(comments_record),
        lastPage: Math.max(last, options.page),
        ...(response.headers.date ? { date: response.headers.date } : {}),
    };
}
function pageOf(link, rel) {
    for (const part of link.split(",")) {
        const match = /<([^>]*)>\s*;\s*rel="([^"]*)"/.exec(part);
        if (!match?.[1] || !match[2]?.split(/\s+/).includes(rel))
            continue;
        try {
            const page = Number(new URL(match[1]).searchParams.get("page"));
            return Number.isSafeInteger(page) && page > 0 ? page : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
async function createIssueComment(client, options) {
    const { data } = await client.rest.issues.createComment({
        ...(0,repository/* repositoryRef */.Wb)(options.repository),
        issue_number: options.issueNumber,
        body: options.body,
        request: { retries: 0 },
    });
    return comments_record(data);
}
async function getIssueComment(client, options) {
    try {
        const { data } = await client.rest.issues.getComment({ ...(0,repository/* repositoryRef */.Wb)(options.repository), comment_id: options.commentId });
        return comments_record(data);
    }
    catch (error) {
        if ((0,errors.apiFailure)(error).kind === "not-found")
            return undefined;
        throw error;
    }
}
async function updateIssueComment(client, options) {
    const { data } = await client.rest.issues.updateComment({
        ...(0,repository/* repositoryRef */.Wb)(options.repository),
        comment_id: options.commentId,
        body: options.body,
    });
    return comments_record(data);
}
async function deleteIssueComment(client, options) {
    try {
        await client.rest.issues.deleteComment({ ...(0,repository/* repositoryRef */.Wb)(options.repository), comment_id: options.commentId });
        return true;
    }
    catch (error) {
        if ((0,errors.apiFailure)(error).kind === "not-found")
            return false;
        throw error;
    }
}
function comments_record(data) {
    return {
        id: data.id,
        body: data.body ?? "",
        ...(data.user ? { author: data.user.login } : {}),
        htmlUrl: data.html_url,
        createdAt: data.created_at,
    };
}

;// CONCATENATED MODULE: ./.build/report/comment-lookup.js

const MAX_LOOKUP_PAGES = 10;
const DAY_MS = 24 * 60 * 60_000;
const RECENTLY_UPDATED_MS = [DAY_MS, 30 * DAY_MS];
function ourComments(options) {
    let pagesRead = 0;
    let lastPage;
    let complete = false;
    let buffered = [];
    let current;
    let planned;
    const offered = new Set();
    const read = async (at) => {
        pagesRead++;
        const page = await issueCommentPage(options.client, {
            repository: options.repository,
            issueNumber: options.issueNumber,
            page: at.page,
            ...(at.since ? { since: at.since } : {}),
        });
        current = { ...at, last: page.lastPage };
        buffered = page.comments;
        return page;
    };
    const readOn = async () => {
        if (!current || pagesRead >= MAX_LOOKUP_PAGES)
            return false;
        if (planned && current.page !== 1)
            return false;
        if (current.page >= current.last)
            return false;
        await read({ ...current, page: current.page + 1 });
        return true;
    };
    const readNext = async () => {
        if (!current) {
            const first = await read({ page: 1, ...(options.since ? { since: options.since } : {}) });
            if (options.since === undefined)
                lastPage = first.lastPage;
            if (first.lastPage > MAX_LOOKUP_PAGES && options.since === undefined) {
                planned = longConversation(first.lastPage, clockOf(first));
            }
            complete = first.lastPage <= 1;
            return true;
        }
        if (!planned) {
            const more = await readOn();
            if (current.page >= current.last)
                complete = true;
            return more;
        }
        const at = planned.shift();
        if (!at || pagesRead >= MAX_LOOKUP_PAGES)
            return false;
        await read(at);
        return true;
    };
    const nextComment = async (more) => {
        while (buffered.length === 0) {
            if (!(await more()))
                return undefined;
        }
        return buffered.shift();
    };
    return {
        async next() {
            for (let comment = await nextComment(readNext); comment; comment = await nextComment(readNext)) {
                if (options.isOurs(comment) && !offered.has(comment.id)) {
                    offered.add(comment.id);
                    return comment;
                }
            }
            return undefined;
        },
        async racingAfter(first) {
            const end = Date.parse(first.createdAt) + options.raceWindowMs;
            const found = [];
            for (let comment = await nextComment(readOn); comment; comment = await nextComment(readOn)) {
                if (Date.parse(comment.createdAt) > end)
                    break;
                if (options.isOurs(comment) && !offered.has(comment.id))
                    found.push(comment);
            }
            return found;
        },
        coverage: () => ({ pagesRead, complete, ...(lastPage !== undefined ? { lastPage } : {}) }),
    };
}
function unreadWarning(where, coverage, outcome) {
    const total = coverage.lastPage ? `about ${(coverage.lastPage * 100).toLocaleString("en-US")} comments` : "more comments than flows-action reads";
    const marker = where.marker.replace(/^<!--\s*|\s*-->$/g, "");
    return `Pull request #${where.issueNumber} has ${total}; flows-action read ${coverage.pagesRead} pages of them (at most ${MAX_LOOKUP_PAGES} a run: the oldest, those updated in the last 30 days, and the newest) and found no comment of its own (${marker}), so ${outcome}. A comment of flows-action's further up, if there is one, is no longer updated: delete it, and the next run keeps to the one it finds.`;
}
function longConversation(lastPage, now) {
    const plan = RECENTLY_UPDATED_MS.map((ago) => ({ page: 1, since: githubTime(now - ago) }));
    for (let back = lastPage, front = 2; front <= back && plan.length < MAX_LOOKUP_PAGES; back--, front++) {
        plan.push({ page: back });
        if (front < back)
            plan.push({ page: front });
    }
    return plan;
}
function clockOf(page) {
    const told = page.date ? Date.parse(page.date) : Number.NaN;
    return Number.isFinite(told) ? told : Date.now();
}
function githubTime(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// EXTERNAL MODULE: ./.build/report/comment-pulls.js
var comment_pulls = __webpack_require__(27469);
;// CONCATENATED MODULE: ./.build/report/comment.js









async function commentTargets(options) {
    if (options.mode === "off")
        return [];
    if (options.pullRequests)
        return [...options.pullRequests];
    const named = (0,comment_pulls.pullRequestsInEvent)(options.outcome.event);
    if (named.length > 0 || options.mode !== "always")
        return named;
    const sha = await options.headSha();
    if (!sha)
        return [];
    const pulls = await (0,github_pulls.pullRequestsForCommit)(options.client, { repository: options.repository, sha });
    return pulls
        .filter((pull) => pull.state === "open")
        .map((pull) => pull.number)
        .slice(0, comment_pulls.MAX_PULL_REQUESTS);
}
function mayCreateComment(mode, outcome) {
    const runs = (0,summary/* flatten */.Bq)(outcome).flatMap((each) => each.runs);
    switch (mode) {
        case "always":
            return true;
        case "on-pr":
            return runs.length > 0;
        case "on-failure":
            return runs.some(needsLook) || (0,summary/* allProblems */.Ul)(outcome).some((problem) => problem.severity === "error");
        default:
            return false;
    }
}
const SETTLE_ROUNDS = 3;
const RACE_WINDOW_MS = 15 * 60_000;
async function upsertStickyComment(options) {
    const began = performance.now();
    const login = options.identity.login;
    let me = login;
    const guard = newerCommitGuard(options);
    const lookup = ours(options, { login });
    const existing = await keepOldest(options, guard, lookup);
    const again = () => keepOldest(options, guard, ours(options, { login: me }));
    if (existing)
        return result(options, await settled(options, existing, again, guard, false));
    const unread = lookup.coverage();
    if (!options.create) {
        if (!unread.complete)
            options.warning?.(unreadWarning(options, unread, "nothing was written"));
        return { action: "none" };
    }
    const made = await createOrFind(options, guard, login);
    if ("found" in made)
        return result(options, await settled(options, made.found, again, guard, true));
    const { created } = made;
    const author = created.author ?? login;
    me = author;
    const createdAt = Date.parse(created.createdAt);
    const since = sameLogin(author, login) && Number.isFinite(createdAt)
        ? githubTime(createdAt - (performance.now() - began) - RACE_WINDOW_MS)
        : undefined;
    const kept = await keepOldest(options, guard, ours(options, { login: author, since }), created);
    if (kept && kept.comment.id !== created.id)
        return result(options, await settled(options, kept, again, guard, true));
    if (!unread.complete)
        options.warning?.(unreadWarning(options, unread, `a new one was written (${created.htmlUrl})`));
    const final = await settled(options, { comment: created }, again, guard, true);
    if (final.comment.id !== created.id || final.newer)
        return result(options, final);
    return { action: "created", url: created.htmlUrl };
}
function createOrFind(options, guard, login) {
    const { client, repository, issueNumber, body } = options;
    return (0,github_client/* createLooking */.Ov)(client, () => createIssueComment(client, { repository, issueNumber, body }), () => keepOldest(options, guard, ours(options, { login })));
}
async function settled(options, kept, again, guard, created) {
    const parts = options.parts;
    if (!parts || kept.newer || (!created && !parts.sharedSeen()))
        return kept;
    let comment = kept.comment;
    const deleted = async () => {
        const found = await again();
        if (found && found.comment.id !== comment.id)
            return settled(options, found, async () => undefined, guard, true);
        options.warning?.(`The comment on pull request #${options.issueNumber} (${comment.htmlUrl}) was deleted while this job added its results to it, and no other comment of flows-action is there to take them: the job summary has them, and the next run writes the comment again.`);
        return { comment };
    };
    for (let round = 0;; round++) {
        await sleep(parts.settleMs?.() ?? 1_000 + Math.random() * 500);
        const now = await getIssueComment(options.client, { repository: options.repository, commentId: comment.id });
        if (!now)
            return deleted();
        if (parts.holdsOurs(now.body))
            return { comment: now };
        const newer = await guard(now);
        if (newer)
            return { comment: now, newer };
        if (round === SETTLE_ROUNDS)
            break;
        const merged = await updateIfThere(options, comment.id, parts.merge(now.body));
        if (!merged)
            return deleted();
        comment = merged;
    }
    options.warning?.(`The comment on pull request #${options.issueNumber} (${comment.htmlUrl}) was written over ${SETTLE_ROUNDS} times by other jobs of this workflow run that report with the same comment-key while this job added its results; they may be missing from it. The job summary has them.`);
    return { comment };
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function result(options, kept) {
    if (!kept.newer)
        return { action: "updated", url: kept.comment.htmlUrl };
    const { ours, theirs } = kept.newer;
    const reason = `flows-action: the comment on pull request #${options.issueNumber} reports a newer commit (${comment_short(theirs)}, the pull request's head); left as is. These results are for ${comment_short(ours)}, which is no longer the head.`;
    options.info?.(reason);
    return { action: "left", url: kept.comment.htmlUrl, reason };
}
function comment_short(sha) {
    return sha.slice(0, 12);
}
function newerCommitGuard(options) {
    const ours = reportedCommit(options.body, options.marker);
    let head;
    return async (comment) => {
        const theirs = reportedCommit(comment.body, options.marker) ?? (options.formerMarker === undefined ? undefined : reportedCommit(comment.body, options.formerMarker));
        if (!ours || !theirs || theirs === ours)
            return undefined;
        head ??= (0,github_pulls.pullRequest)(options.client, { repository: options.repository, number: options.issueNumber }).then((pull) => pull?.headSha.toLowerCase());
        return (await head) === theirs ? { ours, theirs } : undefined;
    };
}
async function keepOldest(options, guard, ours, created) {
    for (let comment = await ours.next(); comment; comment = await ours.next()) {
        let newer;
        let kept = comment;
        if (comment.id === created?.id)
            kept = created;
        else {
            const body = options.parts ? options.parts.merge(comment.body) : options.body;
            if (comment.body !== body) {
                newer = await guard(comment);
                if (!newer)
                    kept = await updateIfThere(options, comment.id, body);
            }
        }
        if (!kept)
            continue;
        const racing = await ours.racingAfter(comment);
        const losers = created && created.id !== kept.id ? [created, ...racing.filter((each) => each.id !== created.id)] : racing;
        await deleteAll(options, losers);
        return { comment: kept, ...(newer ? { newer } : {}) };
    }
    return undefined;
}
function ours(options, filter) {
    return ourComments({
        client: options.client,
        repository: options.repository,
        issueNumber: options.issueNumber,
        ...(filter.since ? { since: filter.since } : {}),
        raceWindowMs: RACE_WINDOW_MS,
        isOurs: (comment) => (carriesMarker(comment.body, options.marker) || (options.formerMarker !== undefined && carriesMarker(comment.body, options.formerMarker))) &&
            sameLogin(comment.author, filter.login),
    });
}
async function updateIfThere(options, commentId, body) {
    try {
        return await updateIssueComment(options.client, { repository: options.repository, commentId, body });
    }
    catch (error) {
        if ((0,errors.apiFailure)(error).kind === "not-found")
            return undefined;
        throw error;
    }
}
async function deleteAll(options, comments) {
    for (const comment of comments) {
        await deleteIssueComment(options.client, { repository: options.repository, commentId: comment.id });
    }
}
function sameLogin(a, b) {
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

// EXTERNAL MODULE: ./.build/report/modes.js
var modes = __webpack_require__(18657);
;// CONCATENATED MODULE: ./.build/report/write-failures.js



const FAILED_WRITES_LISTED = 10;
const WHAT_CHARS = 200;
const ANSWER_CHARS = 240;
const FAILED_WRITE_LOG_PREFIX = "flows-action warning:";
function failedWritesNote(writes) {
    if (writes.length === 0)
        return "";
    const listed = writes.slice(0, FAILED_WRITES_LISTED).map(({ what, failure }) => `> - ${(0,markdown/* inlineText */.ln)(what, WHAT_CHARS)}: ${(0,markdown/* inlineText */.ln)((0,permissions/* failureAnswer */.Xu)(failure), ANSWER_CHARS)}`);
    const more = writes.length - listed.length;
    return [
        "> [!WARNING]",
        `> flows-action could not write ${whatFailed(writes)} to GitHub, so this summary is the report. What GitHub answered:`,
        ...listed,
        ...(more > 0 ? [`> - and ${more} more, each on a line of the job log starting "${FAILED_WRITE_LOG_PREFIX}"`] : []),
        ">",
        "> The results are in this summary. Re-running the job tries these writes again.",
        "",
    ].join("\n");
}
function failedWritesWarning(writes) {
    const first = writes[0];
    if (!first)
        return "";
    const answer = (0,redact_cut/* redacted */.p)((0,permissions/* failureAnswer */.Xu)(first.failure)).clip(ANSWER_CHARS, "…");
    const others = writes.length > 1 ? `, and ${writes.length - 1} more` : "";
    const listed = writes.length <= FAILED_WRITES_LISTED
        ? "which lists each write"
        : `which lists the first ${FAILED_WRITES_LISTED} writes; the job log has each of them, on lines starting "${FAILED_WRITE_LOG_PREFIX}"`;
    return `flows-action could not write ${whatFailed(writes)} to GitHub (${answer}${others}). The results are in the job summary, ${listed}; re-run the job to try them again.`;
}
function whatFailed(writes) {
    const features = new Set(writes.map((write) => write.feature));
    const names = [...features].map((feature) => (feature === "checks" ? "check runs" : feature === "comment" ? "the pull request comment" : "the handover"));
    return names.join(" or ");
}

;// CONCATENATED MODULE: ./.build/report/github-reporter.js
















const REPORTER_NOTES_BYTES = 48 * 1024;
const WARNINGS_SHOWN = 5;
function createGitHubReporter(options) {
    const warnings = [];
    const denied = new Map();
    const failedWrites = [];
    const stoppedBy = new Map();
    const fork = options.fork ?? (0,modes/* forkToken */.eL)(options.event);
    const seen = new Set();
    let annotated = 0;
    let quieted = 0;
    const log = (message) => {
        warnings.push(message);
        options.io.info((0,log_text/* logText */.kc)(`${FAILED_WRITE_LOG_PREFIX} ${message}`));
    };
    const say = (message) => {
        if (annotated >= WARNINGS_SHOWN) {
            quieted += 1;
            log(message);
            return;
        }
        annotated += 1;
        warnings.push(message);
        options.io.warning(message);
    };
    const failed = (write, message) => {
        failedWrites.push(write);
        log(message);
    };
    const warn = (feature, what, error, partial = false, untried = false) => {
        const failure = (0,errors.apiFailure)(error);
        if ((0,errors/* isDenied */.GZ)(failure) && !denied.has(feature))
            denied.set(feature, failure.kind);
        if (failure.kind === "rate-limit" || failure.kind === "network")
            stoppedBy.set(feature, failure);
        const once = ((0,errors/* isDenied */.GZ)(failure) || failure.kind === "rate-limit") && !untried;
        const key = `${feature}:${failure.kind}:${once ? "" : what}`;
        if (seen.has(key))
            return;
        seen.add(key);
        const message = (0,permissions/* explainFailure */.SP)({ feature, what, failure, fork, partial });
        if ((0,errors/* isDenied */.GZ)(failure))
            say(message);
        else if (failure.kind === "internal") {
            failedWrites.push({ feature, what, failure });
            say(message);
        }
        else
            failed({ feature, what, failure }, message);
        const stack = failure.kind === "internal" ? internalStack(error) : undefined;
        if (stack)
            for (const line of `flows-action: ${stack}`.split("\n").slice(0, 12))
                options.io.info((0,log_text/* logText */.kc)(line));
    };
    let usable = true;
    try {
        (0,repository/* repositoryRef */.Wb)(options.repository);
    }
    catch (error) {
        usable = false;
        say(error instanceof Error ? error.message : String(error));
    }
    const links = {
        ...(options.runUrl ? { runUrl: options.runUrl } : {}),
        ...(options.summaryUrl ? { summaryUrl: options.summaryUrl } : {}),
    };
    const headSha = once(async () => {
        if (options.headSha !== undefined) {
            if ((0,checks_commit.validSha)(options.headSha))
                return options.headSha.toLowerCase();
            say(`headSha "${options.headSha}" is not a commit SHA; no check runs were written.`);
            return undefined;
        }
        const commit = (0,checks_commit.commitForEvent)(options.event, { sha: options.githubSha, repository: options.repository });
        let sha;
        try {
            sha = await (0,checks_commit.resolveEventCommit)(options.client, { repository: options.repository, commit });
        }
        catch (error) {
            options.io.info(`flows-action: could not look up the commit of ${commit.from} (${(0,errors.apiFailure)(error).message}); using ${commit.sha ?? "none"}.`);
            sha = commit.sha;
        }
        if (!sha)
            options.io.info("flows-action: the event names no commit and GITHUB_SHA is not set, so no check runs were written.");
        return sha;
    });
    const identity = once(() => tokenIdentity(options.client, { botLogin: options.botLogin }));
    const checks = usable && options.checks !== "off"
        ? new CheckRuns({
            client: options.client,
            repository: options.repository,
            mode: options.checks,
            event: options.event,
            headSha,
            identity,
            links,
            ...(options.note ? { note: options.note } : {}),
            ...(options.repoRoot ? { repoRoot: options.repoRoot } : {}),
            ...(options.liveAfterMs !== undefined ? { liveAfterMs: options.liveAfterMs } : {}),
            ...(options.maxAnnotations !== undefined ? { maxAnnotations: options.maxAnnotations } : {}),
            onFailure: ({ what, error, partial, untried }) => warn("checks", what, error, partial, untried),
        })
        : undefined;
    async function publishComment(outcome) {
        const urls = [];
        if (!usable || options.comment === "off")
            return urls;
        if (outcome.dryRun) {
            options.io.info("flows-action: dry run, so the pull request comment was left as it is.");
            return urls;
        }
        let targets;
        try {
            targets = await commentTargets({
                client: options.client,
                repository: options.repository,
                outcome,
                mode: options.comment,
                headSha,
                ...(options.pullRequests ? { pullRequests: options.pullRequests } : {}),
            });
        }
        catch (error) {
            warn("comment", "find the pull requests of this commit", error);
            return urls;
        }
        if (targets.length === 0) {
            options.io.info("flows-action: no pull request to comment on for this event.");
            return urls;
        }
        const sha = await headSha();
        const marker = commentMarker((0,checks_commit.eventKind)(outcome.event), options.commentKey);
        const formerMarker = formerCommentMarker((0,checks_commit.eventKind)(outcome.event), options.commentKey);
        const render = (others) => renderComment({
            outcome,
            marker,
            links,
            ...(sha ? { headSha: sha } : {}),
            ...(options.note ? { note: options.note } : {}),
            ...(options.commentPart ? { part: options.commentPart } : {}),
            ...(others ? { others } : {}),
        });
        const body = render();
        const part = options.commentPart;
        const settleMs = options.commentSettleMs;
        let shared = false;
        const parts = part
            ? {
                merge: (existing) => {
                    const found = (0,comment_parts.readParts)(existing);
                    if (found.length > 1 || found.some((each) => each.source !== part.source))
                        shared = true;
                    return render((0,comment_parts.partsToKeep)(found, part, sha));
                },
                sharedSeen: () => shared,
                holdsOurs: (text) => (0,comment_parts.holdsPart)(text, part),
                ...(settleMs !== undefined ? { settleMs: () => settleMs } : {}),
            }
            : undefined;
        const create = mayCreateComment(options.comment, outcome);
        for (const [index, issueNumber] of targets.entries()) {
            if (denied.has("comment"))
                break;
            const stopped = stoppedBy.get("comment");
            if (stopped) {
                const rest = targets.slice(index).map((number) => `#${number}`);
                const why = stopped.kind === "rate-limit" ? "GitHub's rate limit stopped the comments before them" : "GitHub did not answer for the comment before them";
                const what = `comment on pull request ${rest.join(", ")} (not tried: ${why})`;
                failed({ feature: "comment", what, failure: stopped }, `The pull request comment was not written on ${rest.join(", ")}: ${why}. The results are in the job summary.`);
                break;
            }
            try {
                const me = await identity();
                const result = await upsertStickyComment({
                    client: options.client,
                    repository: options.repository,
                    issueNumber,
                    marker,
                    ...(formerMarker === undefined ? {} : { formerMarker }),
                    body,
                    identity: me,
                    create,
                    info: (message) => options.io.info((0,log_text/* logText */.kc)(message)),
                    warning: say,
                    ...(parts ? { parts } : {}),
                });
                if (result.url)
                    urls.push(result.url);
            }
            catch (error) {
                warn("comment", `comment on pull request #${issueNumber}`, error);
            }
        }
        return urls;
    }
    async function writeResultTargets(checks, outcome) {
        const runs = (0,summary/* flatten */.Bq)(outcome)
            .flatMap((each) => each.runs)
            .filter((run) => !run.alreadyHandled && stepConclusion(run) !== undefined);
        const { targets, problems } = resultTargets(runs, { repository: options.repository, ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}) });
        if (options.resultTargets === false) {
            if (targets.length > 0 || problems.length > 0) {
                options.io.info("flows-action: these results come from an untrusted job, so the pull requests and commits their artifacts name got no check run.");
            }
            return { reports: [], note: "" };
        }
        for (const problem of problems)
            say(problem);
        if (targets.length === 0)
            return { reports: [], note: targetsSummary([], problems) };
        const ownSha = options.checks === "per-step" ? await headSha() : undefined;
        const reports = await writeTargetCheckRuns(targets, {
            client: options.client,
            repository: options.repository,
            calls: checks.writes,
            nameOf: (run) => checks.targetNameOf(run),
            completionOf: (run) => checks.completionOf(run),
            ...(ownSha ? { ownSha } : {}),
            ...(options.runUrl ? { detailsUrl: options.runUrl } : {}),
            now: () => checks.timestamp(),
            onFailure: (what, error) => warn("checks", what, error),
            warning: say,
        });
        for (const report of reports) {
            const where = report.skipped ? `not written (${report.skipped})` : `on ${report.headSha}${report.url ? `: ${report.url}` : ""}`;
            options.io.info((0,log_text/* logText */.kc)(`flows-action: check run "${report.name}" for ${report.target} ${where}.`));
        }
        return { reports, note: targetsSummary(reports, problems) };
    }
    return {
        onStepStart: (run) => checks?.onStepStart(run),
        onStepEnd: (run) => checks?.onStepEnd(run),
        flush: async () => {
            await checks?.flush();
        },
        async finish(outcome) {
            if (outcome && options.summaryRoom) {
                const room = await options.summaryRoom().catch(() => 0);
                links.summaryListsAll = (0,summary/* summaryListsAll */.HO)(outcome, {
                    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
                    ...(options.repoRoot ? { baseDir: options.repoRoot } : {}),
                    checkRuns: options.checks,
                    ...(room !== undefined ? { maxBytes: Math.max(0, room - REPORTER_NOTES_BYTES) } : {}),
                });
            }
            const problems = dedupeProblems([...(options.problems ?? []), ...(outcome ? (0,summary/* allProblems */.Ul)(outcome) : [])]);
            const checkRuns = checks ? await checks.finish(outcome, problems) : 0;
            const targets = checks && outcome && !outcome.dryRun ? await writeResultTargets(checks, outcome) : undefined;
            const commentUrls = outcome ? await publishComment(outcome) : [];
            const report = { checkRuns, commentUrls, warnings, failedWrites };
            if (targets?.reports.length)
                report.resultTargets = targets.reports;
            if (targets?.note)
                report.resultTargetsNote = targets.note;
            if (checks && checks.links.length > 0)
                report.checkRunLinks = checks.links;
            if (commentUrls[0])
                report.commentUrl = commentUrls[0];
            const notes = [denied.size > 0 ? (0,permissions/* fallbackNote */.lz)(denied, { fork }) : "", failedWritesNote(failedWrites)].filter(Boolean);
            if (notes.length > 0)
                report.summaryNote = notes.join("\n\n");
            const githubFailed = failedWrites.filter((write) => write.failure.kind !== "internal");
            if (githubFailed.length > 0)
                options.io.warning(failedWritesWarning(githubFailed));
            if (quieted > 0) {
                options.io.warning(`${quieted} more warning${quieted === 1 ? "" : "s"} about writing to GitHub ${quieted === 1 ? "is" : "are"} in the job log, on lines starting "flows-action warning:" (GitHub shows only 10 warning annotations per step, and the flow packages' problems need theirs).`);
            }
            return report;
        },
    };
}
function dedupeProblems(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const key = `${problem.file}:${problem.line}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function once(make) {
    let value;
    return () => {
        value ??= make();
        return value;
    };
}
function internalStack(error) {
    const cause = error?.cause;
    const own = typeof error?.status === "number" && cause instanceof Error ? cause : error;
    return own instanceof Error ? own.stack : undefined;
}


/***/ })

};
