export const id = 4152;
export const ids = [4152];
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


/***/ })

};
