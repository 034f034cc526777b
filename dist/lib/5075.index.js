export const id = 5075;
export const ids = [5075];
export const modules = {

/***/ 55075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultArtifactUploader: () => (/* binding */ defaultArtifactUploader),
/* harmony export */   downloadArtifactZip: () => (/* binding */ downloadArtifactZip),
/* harmony export */   downloadRepositoryArtifact: () => (/* binding */ downloadRepositoryArtifact),
/* harmony export */   findRunArtifact: () => (/* binding */ findRunArtifact),
/* harmony export */   listRepositoryArtifacts: () => (/* binding */ listRepositoryArtifacts),
/* harmony export */   runArtifactFinder: () => (/* binding */ runArtifactFinder)
/* harmony export */ });
/* harmony import */ var _bounded_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90282);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89758);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68890);



let sharedUploader;
function defaultArtifactUploader() {
    sharedUploader ??= Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3251), __webpack_require__.e(4942), __webpack_require__.e(1351), __webpack_require__.e(3838), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 40111)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
    return sharedUploader;
}
async function findRunArtifact(client, options) {
    const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
        run_id: options.runId,
        name: options.name,
        per_page: 100,
    });
    const found = newestNamed(artifacts, options.name);
    return found ? artifactRecord(found) : undefined;
}
const RUN_ARTIFACTS_PAGE = 100;
function runArtifactFinder(client, options) {
    let listing;
    const list = async () => {
        const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository), run_id: options.runId, per_page: RUN_ARTIFACTS_PAGE });
        return data.total_count > data.artifacts.length ? undefined : data.artifacts.map(artifactRecord);
    };
    return async (name) => {
        listing ??= list();
        const artifacts = await listing.catch((error) => {
            listing = undefined;
            throw error;
        });
        if (!artifacts)
            return findRunArtifact(client, { ...options, name });
        return newestNamed(artifacts, name);
    };
}
function newestNamed(artifacts, name) {
    return artifacts.filter((artifact) => artifact.name === name).sort((a, b) => b.id - a.id)[0];
}
function artifactRecord(found) {
    return {
        id: found.id,
        name: found.name,
        sizeInBytes: found.size_in_bytes,
        expired: found.expired,
        ...(found.created_at ? { createdAt: found.created_at } : {}),
    };
}
async function downloadArtifactZip(client, options) {
    const response = await client.rest.actions.downloadArtifact({
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
        artifact_id: options.artifactId,
        archive_format: "zip",
    });
    const data = response.data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    if (ArrayBuffer.isView(data))
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new Error(`Downloading artifact ${options.artifactId} gave ${typeof data}, not the bytes of a zip archive.`);
}
async function* listRepositoryArtifacts(client, options) {
    const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
        per_page: options.perPage ?? 100,
    });
    for await (const page of pages) {
        yield { artifacts: page.data.map(repositoryArtifact), date: page.headers.date };
    }
}
function repositoryArtifact(artifact) {
    const run = artifact.workflow_run;
    return {
        id: artifact.id,
        name: artifact.name,
        sizeInBytes: artifact.size_in_bytes,
        expired: artifact.expired,
        createdAt: artifact.created_at ?? null,
        expiresAt: artifact.expires_at ?? null,
        ...(run
            ? {
                workflowRun: {
                    ...(run.repository_id !== undefined ? { repositoryId: run.repository_id } : {}),
                    ...(run.head_repository_id !== undefined ? { headRepositoryId: run.head_repository_id } : {}),
                },
            }
            : {}),
    };
}
async function downloadRepositoryArtifact(client, options) {
    const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    let location;
    try {
        const response = await client.rest.actions.downloadArtifact({
            ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
            artifact_id: options.artifactId,
            archive_format: "zip",
            request: { redirect: "manual", ...(options.signal ? { signal: options.signal } : {}) },
        });
        location = response.headers.location;
        const data = response.data;
        if (!location && data instanceof ArrayBuffer)
            return data.byteLength > maxBytes ? "too-large" : new Uint8Array(data);
    }
    catch (error) {
        const status = error.status;
        if (status === 410 || status === 404)
            return "gone";
        throw error;
    }
    if (!location)
        throw new Error("no redirect URL");
    const ms = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.clientSettings)(client).requestTimeoutMs;
    const limit = AbortSignal.timeout(ms);
    try {
        const signal = options.signal ? AbortSignal.any([options.signal, limit]) : limit;
        const response = await (options.fetchStorage ?? fetch)(location, { signal });
        if (!response.ok) {
            throw Object.assign(new Error(`blob storage answered ${response.status}`), { status: response.status });
        }
        return await (0,_bounded_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .CB)(response, maxBytes);
    }
    catch (error) {
        if (!limit.aborted)
            throw error;
        throw new Error(`blob storage did not answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`, { cause: error });
    }
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
