export const id = 9050;
export const ids = [9050,4152,7469];
export const modules = {

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
