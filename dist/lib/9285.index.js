export const id = 9285;
export const ids = [9285,5075];
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

/***/ 62619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ debugClient)
/* harmony export */ });
function debugClient(client, debug) {
    client.hook.wrap("request", async (request, options) => {
        const what = `GitHub API ${options.method} ${String(options.url).replace(/\{([^}]+)\}/g, (_, name) => String(options[name] ?? `{${name}}`))}`;
        try {
            const response = await request(options);
            debug(`${what} → ${response.status}`);
            return response;
        }
        catch (error) {
            debug(`${what} → ${error.status ?? (error instanceof Error ? error.message : String(error))}`);
            throw error;
        }
    });
    return client;
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

/***/ 79285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactStateStore: () => (/* binding */ ArtifactStateStore)
});

// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(75244);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/record-parse.js
var record_parse = __webpack_require__(64113);
;// CONCATENATED MODULE: ./.build/state/artifact-format.js




const STATE_ARTIFACT_PREFIX = "flows-state-";
const DELTA_PREFIX = `${STATE_ARTIFACT_PREFIX}delta-`;
const SNAPSHOT_PREFIX = `${STATE_ARTIFACT_PREFIX}snapshot-`;
const STATE_FILE_NAME = "flows-state.json";
const STATE_FILE_FORMAT = "flows-state-artifact";
const STATE_FILE_VERSION = 1;
class NewerStateFileError extends Error {
    name = "NewerStateFileError";
}
function stateArtifactName(kind, run) {
    const unique = `${Date.now().toString(36)}${(0,hash/* randomHex */.nw)(3)}`;
    return `${kind === "delta" ? DELTA_PREFIX : SNAPSHOT_PREFIX}${run.runId}-${run.runAttempt}-${unique}`;
}
function stateArtifactKind(name) {
    if (name.startsWith(DELTA_PREFIX))
        return "delta";
    if (name.startsWith(SNAPSHOT_PREFIX))
        return "snapshot";
    return undefined;
}
function serializeStateFile(file, writer) {
    return JSON.stringify(redact/* redactor */.$p.redactValue({ format: STATE_FILE_FORMAT, formatVersion: STATE_FILE_VERSION, writtenBy: writer, ...file }));
}
function parseStateFile(text, expected) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${STATE_FILE_NAME} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const shape = (typeof value === "object" && value !== null ? value : {});
    if (shape.format !== STATE_FILE_FORMAT)
        throw new Error(`${STATE_FILE_NAME} is not a flows-action state file`);
    const version = shape.formatVersion;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
        const got = version === undefined ? "nothing" : typeof version === "string" ? JSON.stringify(version.slice(0, 40)) : typeof version === "object" && version !== null ? (Array.isArray(version) ? "an array" : "an object") : String(version);
        throw new Error(`formatVersion must be a whole number above 0 (got ${got})`);
    }
    if (version > STATE_FILE_VERSION) {
        throw new NewerStateFileError(`state file format ${String(shape.formatVersion)} is newer than this flows-action understands (${STATE_FILE_VERSION}); upgrade flows-action`);
    }
    if (shape.kind !== expected)
        throw new Error(`holds a ${String(shape.kind)}, but its name says ${expected}`);
    if (!Array.isArray(shape.records))
        throw new Error("records must be an array");
    const records = [];
    const bad = [];
    shape.records.forEach((candidate, index) => {
        try {
            records.push((0,record_parse/* parseEventRecord */.b)(candidate));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            const id = candidate?.event?.id;
            bad.push({ index, reason, ...(error instanceof state_record.NewerRecordFormatError && typeof id === "string" ? { newerEventId: id } : {}) });
        }
    });
    if (expected === "delta")
        return { file: { kind: "delta", records }, bad };
    const { coversThrough, includes } = shape;
    if (typeof coversThrough !== "string" || Number.isNaN(Date.parse(coversThrough))) {
        throw new Error("coversThrough must be an ISO time");
    }
    if (!Array.isArray(includes) || !includes.every((name) => typeof name === "string")) {
        throw new Error("includes must be a list of artifact names");
    }
    return { file: { kind: "snapshot", coversThrough, includes, records }, bad };
}

// EXTERNAL MODULE: ./.build/github/artifacts.js
var artifacts = __webpack_require__(55075);
// EXTERNAL MODULE: ./.build/github/client.js + 1 modules
var github_client = __webpack_require__(89758);
// EXTERNAL MODULE: ./.build/github/debug.js
var debug = __webpack_require__(62619);
// EXTERNAL MODULE: ./.build/state/artifact-errors.js
var artifact_errors = __webpack_require__(93742);
// EXTERNAL MODULE: ./.build/deadline.js
var deadline = __webpack_require__(50872);
;// CONCATENATED MODULE: ./.build/state/artifact-github.js






const PAGE_SIZE = 100;
function gitHubArtifactSource(options) {
    let client;
    const github = () => {
        client ??= (0,github_client.createGitHubClient)({ token: options.token, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}) }).then((created) => (options.debug ? (0,debug/* debugClient */.p)(created, options.debug) : created));
        return client;
    };
    return {
        async *pages() {
            const pages = (0,artifacts.listRepositoryArtifacts)(await github(), { repository: options.repository, perPage: PAGE_SIZE });
            for (;;) {
                let next;
                try {
                    next = await (0,deadline/* withinDeadline */.iP)(options.timeoutMs, () => pages.next());
                }
                catch (error) {
                    throw readFailedOrLate("list the workflow artifacts", options.repository, error);
                }
                if (next.done)
                    return;
                options.stats.listRequests++;
                const listed = next.value.artifacts;
                const times = listed.map((artifact) => timeOf(artifact.createdAt, Number.POSITIVE_INFINITY));
                const serverTime = timeOf(next.value.date, Number.NaN);
                yield {
                    artifacts: listed.flatMap((artifact) => stateArtifact(artifact)),
                    oldestCreatedAt: times.length > 0 ? Math.min(...times) : undefined,
                    serverTime: Number.isNaN(serverTime) ? undefined : serverTime,
                };
            }
        },
        async download(artifact, maxBytes) {
            const octokit = await github();
            let bytes;
            try {
                bytes = await (0,deadline/* withinDeadline */.iP)(options.timeoutMs, (signal) => (0,artifacts.downloadRepositoryArtifact)(octokit, {
                    repository: options.repository,
                    artifactId: artifact.id,
                    maxBytes,
                    signal,
                    ...(options.fetch ? { fetchStorage: options.fetch } : {}),
                }));
            }
            catch (error) {
                throw readFailedOrLate(`download the artifact ${artifact.name}`, options.repository, error);
            }
            const outcome = bytes === "gone" ? "gone (expired or deleted)" : bytes === "too-large" ? `over ${maxBytes} bytes, stopped` : `${bytes.byteLength} bytes`;
            options.debug?.(`artifact download ${artifact.name} (id ${artifact.id}) → ${outcome}`);
            if (bytes === "gone" || bytes === "too-large")
                return bytes;
            options.stats.downloads++;
            options.stats.downloadedBytes += bytes.byteLength;
            return bytes;
        },
    };
}
function readFailedOrLate(what, repository, error) {
    return error instanceof deadline/* TransferTimeoutError */.H9 ? (0,artifact_errors/* readTimedOut */.SO)(what, repository, error) : (0,artifact_errors/* readFailed */.gj)(what, repository, error);
}
function stateArtifact(artifact) {
    const kind = stateArtifactKind(artifact.name);
    if (!kind)
        return [];
    const run = artifact.workflowRun;
    if (run?.headRepositoryId !== undefined && run.headRepositoryId !== run.repositoryId)
        return [];
    return [
        {
            id: artifact.id,
            name: artifact.name,
            kind,
            createdAt: timeOf(artifact.createdAt, Number.POSITIVE_INFINITY),
            expiresAt: timeOf(artifact.expiresAt, Number.POSITIVE_INFINITY),
            expired: artifact.expired,
            sizeInBytes: artifact.sizeInBytes,
        },
    ];
}
function timeOf(text, fallback) {
    const time = text ? Date.parse(text) : Number.NaN;
    return Number.isNaN(time) ? fallback : time;
}

// EXTERNAL MODULE: ./.build/zip-entry.js
var zip_entry = __webpack_require__(7444);
// EXTERNAL MODULE: ./.build/json-shape.js
var json_shape = __webpack_require__(1414);
// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __webpack_require__(78404);
;// CONCATENATED MODULE: ./.build/state/artifact-read.js





const MAX_STATE_FILE_BYTES = 512 * 1024 * 1024;
const LISTING_LAG_MS = 60 * 60 * 1000;
async function readState(options) {
    const newerFiles = [];
    const load = async (artifact) => {
        const file = await loadArtifact(artifact, options);
        if (file?.kind !== "newer")
            return file;
        newerFiles.push({ path: file.path, reason: file.reason });
        return undefined;
    };
    const seen = [];
    let snapshot;
    let serverTime;
    for await (const page of options.source.pages()) {
        serverTime ??= page.serverTime;
        for (const artifact of page.artifacts) {
            seen.push(artifact);
            if (snapshot || artifact.kind !== "snapshot")
                continue;
            const file = await load(artifact);
            if (file?.kind !== "snapshot")
                continue;
            const ahead = listedAfterCreated(artifact, file);
            if (ahead)
                options.report({ path: artifact.name, message: `${ahead}; artifact skipped` });
            else
                snapshot = { artifact, file };
        }
        if (snapshot && page.oldestCreatedAt !== undefined && page.oldestCreatedAt < windowStart(snapshot.file))
            break;
    }
    const finite = seen.map((artifact) => artifact.createdAt).filter(Number.isFinite);
    const listedAt = serverTime ?? (finite.length > 0 ? Math.max(...finite) : Date.now());
    const includes = new Set(snapshot?.file.includes);
    const start = snapshot ? windowStart(snapshot.file) : Number.NEGATIVE_INFINITY;
    const needed = seen
        .filter((artifact) => artifact.kind === "delta" && artifact.createdAt >= start && !includes.has(artifact.name))
        .reverse();
    const files = await mapLimit(needed, options.concurrency ?? 8, load);
    const records = new Map();
    const add = (record) => {
        const stored = records.get(record.event.id);
        records.set(record.event.id, stored ? (0,state_record.mergeEventRecords)(stored, record) : record);
    };
    const newer = new Map();
    const addNewer = (file) => {
        for (const { eventId, path, reason } of file.newer)
            if (!newer.has(eventId))
                newer.set(eventId, { path, reason });
    };
    for (const record of snapshot?.file.records ?? [])
        add(record);
    if (snapshot)
        addNewer(snapshot.file);
    const applied = [];
    needed.forEach((artifact, index) => {
        const file = files[index];
        if (!file)
            return;
        applied.push(artifact);
        for (const record of file.records)
            add(record);
        addNewer(file);
    });
    const held = new Set([...includes, ...applied.map((artifact) => artifact.name)]);
    const recentlyHeld = seen
        .filter((artifact) => held.has(artifact.name) && artifact.createdAt >= listedAt - LISTING_LAG_MS)
        .map((artifact) => artifact.name);
    return {
        records,
        snapshot: snapshot?.artifact,
        applied,
        recentlyHeld,
        listedAt: new Date(listedAt).toISOString(),
        newer,
        newerFiles,
    };
}
const CLOCK_SKEW_MS = 5 * 60_000;
function listedAfterCreated(artifact, snapshot) {
    if (Date.parse(snapshot.coversThrough) <= artifact.createdAt + CLOCK_SKEW_MS)
        return undefined;
    return (`it says it holds what was listed at ${snapshot.coversThrough}, after it was created (${new Date(artifact.createdAt).toISOString()}): ` +
        "a writer's clock was ahead, or the file was changed, so it cannot be trusted to hold the deltas before then");
}
function windowStart(snapshot) {
    return Date.parse(snapshot.coversThrough) - LISTING_LAG_MS;
}
function loadArtifact(artifact, options) {
    const cached = options.cache.get(artifact.id);
    if (cached)
        return cached;
    const loading = (async () => {
        const forgotten = (when) => {
            const lost = artifact.kind === "delta" ? "the records it held are" : "state that only it held is";
            options.report({
                path: artifact.name,
                message: `expired ${when} before a newer snapshot held it; ${lost} forgotten (artifact retention)`,
            });
            return undefined;
        };
        if (artifact.expired)
            return forgotten(`on ${new Date(artifact.expiresAt).toISOString()}`);
        const maxBytes = options.maxStateFileBytes ?? MAX_STATE_FILE_BYTES;
        const skipped = (why) => {
            options.report({ path: artifact.name, message: `${why}; artifact skipped` });
            return undefined;
        };
        if (artifact.sizeInBytes > maxBytes) {
            return skipped(`it is ${artifact.sizeInBytes} bytes, over the ${maxBytes} bytes a state artifact may be, so it was not downloaded`);
        }
        const bytes = await options.source.download(artifact, maxBytes);
        if (bytes === "gone")
            return forgotten("or was deleted");
        if (bytes === "too-large")
            return skipped(`its download ran past the ${maxBytes} bytes a state artifact may be, so it was stopped`);
        try {
            const entry = (0,zip_entry/* readZipEntry */.g7)(bytes, STATE_FILE_NAME, { maxBytes });
            const maxContainers = (0,layout.recordContainerCap)(maxBytes);
            if (!(0,json_shape/* jsonShape */.S)(entry, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok) {
                throw new Error(`${STATE_FILE_NAME}: ${(0,layout.tooManyContainers)(maxContainers, "a state file")}`);
            }
            const { file, bad } = parseStateFile((0,layout.decodeStoredText)(entry), artifact.kind);
            const newer = [];
            for (const { index, reason, newerEventId } of bad) {
                const path = `${artifact.name}: records[${index}]`;
                if (newerEventId !== undefined) {
                    newer.push({ eventId: newerEventId, path, reason });
                    options.report({ path, message: `${reason}; its event "${newerEventId}" is refused until then` });
                }
                else {
                    options.report({ path, message: `${reason}; record skipped` });
                }
            }
            return { ...file, newer };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            if (error instanceof NewerStateFileError) {
                options.report({ path: artifact.name, message: `${reason}; no event is run until then` });
                return { kind: "newer", path: artifact.name, reason };
            }
            options.report({ path: artifact.name, message: `${reason}; artifact skipped` });
            return undefined;
        }
    })();
    loading.catch(() => options.cache.delete(artifact.id));
    options.cache.set(artifact.id, loading);
    return loading;
}
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./.build/state/artifact-upload.js







async function uploadStateFile(options) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "flows-state-artifact-"));
    try {
        const file = (0,external_node_path_.join)(dir, STATE_FILE_NAME);
        await (0,promises_.writeFile)(file, options.text, "utf8");
        const uploader = options.uploader ?? (await (0,artifacts.defaultArtifactUploader)());
        const uploaded = await (0,deadline/* withinDeadline */.iP)(options.timeoutMs, () => uploader.uploadArtifact(options.name, [file], dir, {
            ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
        }));
        return uploaded.size ?? 0;
    }
    catch (error) {
        throw error instanceof deadline/* TransferTimeoutError */.H9 ? (0,artifact_errors/* uploadTimedOut */.Z_)(options.name, error) : (0,artifact_errors/* uploadFailed */.vD)(options.name, error);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./.build/state/artifact-delta.js



function planDeltas(records, run, limits) {
    const whole = readableDelta(records, run, limits);
    return whole === undefined ? splitDeltas(records, run, limits) : { deltas: [{ records, text: whole }], refused: [] };
}
function readableDelta(records, run, limits) {
    const text = serializeStateFile({ kind: "delta", records }, run);
    return (0,layout.writeLimitProblem)([text], limits) ? undefined : text;
}
function splitDeltas(records, run, limits) {
    const envelope = measure(serializeStateFile({ kind: "delta", records: [] }, run));
    const plan = { deltas: [], refused: [] };
    let current = [];
    let size = envelope;
    for (const record of records) {
        const alone = serializeStateFile({ kind: "delta", records: [record] }, run);
        const problem = (0,layout.writeLimitProblem)([alone], limits);
        if (problem) {
            plan.refused.push({ record, problem });
            continue;
        }
        const own = measure(alone);
        const adds = { bytes: own.bytes - envelope.bytes, containers: own.containers - envelope.containers };
        const grown = { bytes: size.bytes + adds.bytes + (current.length > 0 ? 1 : 0), containers: size.containers + adds.containers };
        if (current.length > 0 && (0,layout.writeLimitProblem)([{ bytes: grown.bytes, containers: () => grown.containers }], limits)) {
            plan.deltas.push({ records: current });
            current = [];
            size = own;
        }
        else {
            size = grown;
        }
        current.push(record);
    }
    if (current.length > 0)
        plan.deltas.push({ records: current });
    return plan;
}
function measure(text) {
    const shape = (0,json_shape/* jsonShape */.S)(text, { maxDepth: Number.POSITIVE_INFINITY, maxContainers: Number.POSITIVE_INFINITY });
    return { bytes: Buffer.byteLength(text, "utf8"), containers: shape.ok ? shape.containers : Number.POSITIVE_INFINITY };
}

// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __webpack_require__(85779);
// EXTERNAL MODULE: ./.build/state/problems.js
var problems = __webpack_require__(39094);
// EXTERNAL MODULE: ./.build/state/read-only.js
var read_only = __webpack_require__(71341);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
;// CONCATENATED MODULE: ./.build/state/artifact-store.js












const DEFAULT_COMPACT_AFTER = 20;
const REFRESH_AFTER_MS = 60 * 60_000;
class ArtifactStateStore {
    kind = "artifact";
    #problems = new problems/* ProblemLog */.mT();
    stats = {
        reads: 0,
        listRequests: 0,
        downloads: 0,
        downloadedBytes: 0,
        uploads: 0,
        uploadedBytes: 0,
        snapshots: 0,
    };
    #options;
    #run;
    #source;
    #cache = new Map();
    #pending = new Map();
    #countOnly = new WeakSet();
    #view;
    #flushing = Promise.resolve();
    #baseline = { deltas: 0, aging: [] };
    #ownDeltas = [];
    constructor(options) {
        if (!/^[^/\s]+\/[^/\s]+$/.test(options.repository)) {
            throw new user_error.UserError(`artifact state needs repository as "owner/repo" (GITHUB_REPOSITORY), got "${options.repository}"`);
        }
        if (!options.token)
            throw new user_error.UserError("artifact state needs a token with `actions: read` (the job's GITHUB_TOKEN)");
        if (!String(options.runId) || !String(options.runAttempt)) {
            throw new user_error.UserError("artifact state needs runId and runAttempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
        }
        this.#options = options;
        this.#run = { runId: options.runId, runAttempt: options.runAttempt };
        this.#source = gitHubArtifactSource({
            token: options.token,
            repository: options.repository,
            apiUrl: options.apiUrl,
            stats: this.stats,
            timeoutMs: (0,deadline/* transferTimeoutMs */.L$)(options.transferTimeoutMs),
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.debug ? { debug: options.debug } : {}),
        });
    }
    get readOnly() {
        return (0,read_only/* readOnlyReader */.W8)(this.#options.readOnly) !== undefined;
    }
    async loadEvent(eventId) {
        const view = await this.#open();
        const newer = view.newer.get(eventId) ?? view.newerFiles[0];
        if (newer)
            throw new layout.StateRecordError(newer.path, newer.reason);
        const stored = view.records.get(eventId);
        return (0,state_record.withPendingRecord)(stored, this.#pending.get(eventId));
    }
    async saveEvent(record, options = {}) {
        const reader = (0,read_only/* readOnlyReader */.W8)(this.#options.readOnly);
        if (reader !== undefined)
            return (0,read_only/* refusedWrite */.yN)(`save event ${record.event.id}`, reader);
        (0,state_record.addPending)(this.#pending, record, options.countOnly === true ? { records: this.#countOnly } : undefined);
    }
    async listEvents(query = {}) {
        const byId = new Map((await this.#open()).records);
        return (0,layout.selectEvents)((0,state_record.withPending)(byId, this.#pending), query).map(state_record.copyRecord);
    }
    flush() {
        const next = this.#flushing.catch(() => undefined).then(() => this.#flushPending());
        this.#flushing = next;
        return next;
    }
    async #flushPending() {
        if (this.#pending.size === 0 && !this.#view)
            return;
        if (this.readOnly)
            return;
        const view = await this.#open();
        const notSaved = this.#pending.size > 0 ? await this.#saveBatch(view, new Map(this.#pending)) : undefined;
        if (notSaved?.uploadFailed)
            throw notSaved.error;
        if (this.#compactionDue()) {
            try {
                await this.#writeSnapshot(view);
            }
            catch (error) {
                this.#options.log?.(`flows state: could not write a snapshot (${error instanceof Error ? error.message : String(error)}); ` +
                    "nothing is lost, a later run writes it.");
            }
        }
        if (notSaved)
            throw notSaved.error;
    }
    async #saveBatch(view, batch) {
        const plan = planDeltas([...batch.values()], this.#run, this.#limits());
        const unsaved = new Set();
        const reasons = [];
        for (const { record, problem } of plan.refused) {
            const id = record.event.id;
            const what = `the state file of ${stateArtifactName("delta", this.#run)}, holding the record(s) of 1 event(s),`;
            reasons.push(`${id}: ${(0,layout.writeLimitSentence)(what, problem, this.#limits(), "a state file")}.`);
            unsaved.add(id);
            this.#settle(view, [record], false);
        }
        if (unsaved.size > 0)
            reasons.push(layout.WRITE_LIMIT_HINT);
        let saved = 0;
        let uploadError;
        for (const { records, text: planned } of plan.deltas) {
            if (uploadError === undefined) {
                const name = stateArtifactName("delta", this.#run);
                const text = planned ?? serializeStateFile({ kind: "delta", records }, this.#run);
                const what = `the state file of ${name}, holding the record(s) of ${records.length} event(s),`;
                const unreadable = planned === undefined ? this.#unreadable(what, text) : undefined;
                if (unreadable) {
                    reasons.push(`${unreadable}. ${layout.WRITE_LIMIT_HINT}`);
                    this.#settle(view, records, false);
                }
                else {
                    uploadError = await this.#upload(name, text).then(() => undefined, (error) => error ?? new Error("upload failed"));
                    if (uploadError === undefined) {
                        this.#ownDeltas.push(name);
                        this.#settle(view, records, true);
                        saved += records.length;
                        continue;
                    }
                    reasons.push(`The upload of ${name} failed: ${uploadError instanceof Error ? uploadError.message : String(uploadError)}`);
                }
            }
            for (const record of records)
                unsaved.add(record.event.id);
        }
        for (const id of unsaved) {
            const record = batch.get(id);
            const stored = view.records.get(id);
            if (stored === undefined || !(0,state_record.countsOnly)({ record, countOnly: this.#countOnly.has(record) }))
                continue;
            this.#report({ path: `${this.#options.repository}:${id}`, message: (0,state_record.countNotSavedMessage)(id, stored.dispatchCount, reasons.join(" ")) });
            this.#settle(view, [record], false);
            unsaved.delete(id);
        }
        if (unsaved.size === 0)
            return undefined;
        if (saved > 0)
            reasons.push(`The other ${saved} event record(s) of this flush were saved.`);
        const error = new not_saved/* StateNotSavedError */.c({
            eventIds: [...batch.keys()].filter((id) => unsaved.has(id)),
            where: `the workflow artifacts of ${this.#options.repository}`,
            reason: reasons.join(" "),
            ...(uploadError === undefined ? {} : { cause: uploadError }),
        });
        return { error, uploadFailed: uploadError !== undefined };
    }
    #settle(view, records, uploaded) {
        for (const record of records) {
            const id = record.event.id;
            if (uploaded) {
                const stored = view.records.get(id);
                view.records.set(id, stored ? (0,state_record.mergeEventRecords)(stored, record) : record);
            }
            if (this.#pending.get(id) === record)
                this.#pending.delete(id);
        }
    }
    #compactionDue() {
        const deltas = this.#baseline.deltas + this.#ownDeltas.length;
        if (deltas > (this.#options.compactAfter ?? DEFAULT_COMPACT_AFTER))
            return true;
        const now = Date.now();
        return this.#baseline.aging.some((artifact) => artifact.createdAt < now - REFRESH_AFTER_MS);
    }
    async #writeSnapshot(current) {
        const fresh = await this.#read();
        if (fresh.newer.size > 0) {
            throw new Error(`${fresh.newer.size} event record(s) are in a newer format; upgrade flows-action`);
        }
        if (fresh.newerFiles.length > 0) {
            throw new Error(`${fresh.newerFiles.length} state artifact(s) are in a newer format; upgrade flows-action`);
        }
        for (const record of current.records.values()) {
            const stored = fresh.records.get(record.event.id);
            fresh.records.set(record.event.id, stored ? (0,state_record.mergeEventRecords)(stored, record) : record);
        }
        const includes = [...new Set([...fresh.recentlyHeld, ...this.#ownDeltas])];
        const name = stateArtifactName("snapshot", this.#run);
        const file = {
            kind: "snapshot",
            coversThrough: fresh.listedAt,
            includes,
            records: [...fresh.records.values()],
        };
        const text = serializeStateFile(file, this.#run);
        const unreadable = this.#unreadable(`the state file of ${name}`, text);
        if (unreadable)
            throw new Error(unreadable);
        await this.#upload(name, text);
        this.stats.snapshots++;
        this.#view = Promise.resolve(fresh);
        this.#baseline = { deltas: 0, aging: [] };
        this.#ownDeltas = [];
    }
    #unreadable(what, text) {
        const over = (0,layout.writeLimitProblem)([text], this.#limits());
        return over && (0,layout.writeLimitSentence)(what, over, this.#limits(), "a state file");
    }
    #limits() {
        const maxBytes = this.#options.maxStateFileBytes ?? MAX_STATE_FILE_BYTES;
        return { maxBytes, maxContainers: (0,layout.recordContainerCap)(maxBytes) };
    }
    async #upload(name, text) {
        const bytes = await uploadStateFile({
            uploader: this.#options.artifactClient,
            name,
            text,
            timeoutMs: (0,deadline/* transferTimeoutMs */.L$)(this.#options.transferTimeoutMs),
            ...(this.#options.retentionDays ? { retentionDays: this.#options.retentionDays } : {}),
        });
        this.stats.uploads++;
        this.stats.uploadedBytes += bytes;
        this.#options.debug?.(`artifact upload ${name}: ${text.length} characters of records, ${bytes} bytes zipped`);
    }
    #open() {
        this.#view ??= this.#read().then((view) => {
            this.#baseline = {
                deltas: view.applied.length,
                aging: [...(view.snapshot ? [view.snapshot] : []), ...view.applied],
            };
            return view;
        }, (error) => {
            this.#view = undefined;
            throw error;
        });
        return this.#view;
    }
    #read() {
        this.stats.reads++;
        return readState({
            source: this.#source,
            cache: this.#cache,
            report: (problem) => this.#report(problem),
            ...(this.#options.maxStateFileBytes ? { maxStateFileBytes: this.#options.maxStateFileBytes } : {}),
        });
    }
    get problems() {
        return this.#problems.problems;
    }
    get problemsLeftOut() {
        return this.#problems.leftOut;
    }
    #report(problem) {
        this.#problems.report(problem);
    }
}


/***/ }),

/***/ 7444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ endRecordOffset),
/* harmony export */   VR: () => (/* binding */ ZIP_TAIL_BYTES),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   j2: () => (/* binding */ findZipEntry),
/* harmony export */   qV: () => (/* binding */ ZipReadError),
/* harmony export */   x3: () => (/* binding */ startsAsZip)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_ENTRIES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
const MAX_DEFLATE_RATIO = 1100;
const DEFAULT_MAX_ENTRIES = 10_000;
class ZipReadError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__.UserError {
    name = "ZipReadError";
}
function findZipEntry(archive, name, limits) {
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
    return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}
function readZipEntry(archive, name, limits) {
    const content = findZipEntry(archive, name, limits);
    if (!content)
        throw new ZipReadError(`the archive has no file named ${name}`);
    return content;
}
function safeName(name) {
    return !name.startsWith("/") && !/^[A-Za-z]:/.test(name) && !name.split(/[/\\]/).includes("..") && !name.includes("\u0000");
}
function entryData(bytes, entry, maxBytes) {
    const { name } = entry;
    if (entry.flags & 0x1)
        throw new ZipReadError(`${name} is encrypted`);
    if (entry.size > maxBytes)
        throw new ZipReadError(`${name} is ${entry.size} bytes unpacked; at most ${maxBytes} are accepted`);
    if (entry.method === DEFLATED && entry.size > Math.max(entry.compressedSize, 1) * MAX_DEFLATE_RATIO) {
        throw new ZipReadError(`${name} claims a compression ratio deflate cannot reach (${entry.size} bytes from ${entry.compressedSize}); the archive is damaged or forged`);
    }
    need(bytes, entry.offset, 30);
    if (bytes.readUInt32LE(entry.offset) !== LOCAL_FILE_HEADER)
        throw new ZipReadError(`${name}'s local header is damaged (truncated archive?)`);
    const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
    need(bytes, start, entry.compressedSize);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const content = inflate(data, entry, maxBytes);
    if (content.length !== entry.size)
        throw new ZipReadError(`${name}: expected ${entry.size} bytes, got ${content.length}`);
    if (typeof node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32 === "function" && node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(content) >>> 0 !== entry.crc) {
        throw new ZipReadError(`${name}: CRC mismatch (damaged archive)`);
    }
    return content;
}
function inflate(data, entry, maxBytes) {
    if (entry.method === STORED)
        return data;
    if (entry.method !== DEFLATED) {
        throw new ZipReadError(`${entry.name} is packed with method ${entry.method}; only stored and deflated entries are read`);
    }
    try {
        return node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1), chunkSize: Math.max(entry.size + 1, node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_MIN_CHUNK) });
    }
    catch (error) {
        if (error.code === "ERR_BUFFER_TOO_LARGE") {
            throw new ZipReadError(`${entry.name} does not inflate within ${entry.size} bytes, the size its header declares (at most ${maxBytes} are accepted): a zip bomb, or a damaged archive`);
        }
        throw new ZipReadError(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function centralDirectory(bytes, maxEntries) {
    const end = findEndOfCentralDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    if (count > maxEntries)
        throw new ZipReadError(`the archive lists ${count} files; at most ${maxEntries} are accepted`);
    let at = bytes.readUInt32LE(end + 16);
    const entries = [];
    for (let index = 0; index < count; index++) {
        need(bytes, at, 46);
        if (bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY)
            throw new ZipReadError("the zip's central directory is damaged");
        const nameLength = bytes.readUInt16LE(at + 28);
        need(bytes, at + 46, nameLength);
        const entry = {
            flags: bytes.readUInt16LE(at + 8),
            method: bytes.readUInt16LE(at + 10),
            crc: bytes.readUInt32LE(at + 16),
            compressedSize: bytes.readUInt32LE(at + 20),
            size: bytes.readUInt32LE(at + 24),
            offset: bytes.readUInt32LE(at + 42),
            name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
        };
        if ([entry.compressedSize, entry.size, entry.offset].includes(0xffffffff)) {
            throw new ZipReadError(`${entry.name} uses zip64, which is not accepted here`);
        }
        entries.push(entry);
        at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return entries;
}
function findEndOfCentralDirectory(bytes) {
    const at = endRecordOffset(bytes);
    if (at < 0)
        throw new ZipReadError("not a zip archive (no end of central directory record)");
    return at;
}
const ZIP_TAIL_BYTES = 22 + MAX_COMMENT;
function endRecordOffset(bytes) {
    const lowest = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    return -1;
}
function startsAsZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === LOCAL_FILE_HEADER;
}
function need(bytes, offset, length) {
    if (offset < 0 || offset + length > bytes.length)
        throw new ZipReadError("the zip archive is truncated");
}


/***/ })

};
