export const id = 4754;
export const ids = [4754];
export const modules = {

/***/ 24754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactStateStore: () => (/* binding */ ArtifactStateStore)
});

// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(75244);
// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(7437);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/record-parse.js + 1 modules
var record_parse = __webpack_require__(75067);
;// CONCATENATED MODULE: ./.build/state/artifact-format.js




/**
 * What the artifact store keeps in a workflow artifact. Every artifact holds one file,
 * `flows-state.json`, with a list of event records:
 * - `flows-state-delta-<runId>-<runAttempt>-<unique>`: the records one flush wrote;
 * - `flows-state-snapshot-<runId>-<runAttempt>-<unique>`: all records known when it was written,
 *   plus which deltas it holds (see the invariant in artifact-read.ts).
 */
const STATE_ARTIFACT_PREFIX = "flows-state-";
const DELTA_PREFIX = `${STATE_ARTIFACT_PREFIX}delta-`;
const SNAPSHOT_PREFIX = `${STATE_ARTIFACT_PREFIX}snapshot-`;
const STATE_FILE_NAME = "flows-state.json";
const STATE_FILE_FORMAT = "flows-state-artifact";
const STATE_FILE_VERSION = 1;
/** A state file a newer flows-action wrote: none of its records can be read here. */
class NewerStateFileError extends Error {
    name = "NewerStateFileError";
}
/** A new artifact name: unique within the run (GitHub requires that), valid for upload-artifact. */
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
    // The write boundary of the artifact store: secrets are redacted here.
    return JSON.stringify(redact/* redactor */.$p.redactValue({ format: STATE_FILE_FORMAT, formatVersion: STATE_FILE_VERSION, writtenBy: writer, ...file }));
}
/**
 * Read a state file. Throws a sentence when the file as a whole is unusable; records that
 * are unusable on their own are returned in `bad` and left out, so one damaged record does
 * not hide the others.
 */
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
    // Only a higher version is a newer writer's, which makes every event wait for an upgrade; a
    // file without a version number was damaged, and costs only itself.
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
            bad.push({ index, reason, ...(error instanceof state_record/* NewerRecordFormatError */.Qy && typeof id === "string" ? { newerEventId: id } : {}) });
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
/**
 * Lists and downloads the repository's artifacts through src/github (`actions: read`), keeping
 * only this store's artifacts and turning failures into errors that say what to change.
 */
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
    // Runs for pull requests from forks upload into this repository too; their state is not ours.
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





/**
 * The largest state file (and artifact) read. A snapshot holds every record known, and its writer
 * builds its text as one string (serializeStateFile), which V8 caps at 2^29 − 24 UTF-16 units
 * (Node 20 to 24): past that JSON.stringify throws and no snapshot is written, so no writer makes
 * a longer text, and a reader, which decodes the file into one string too, could not read one.
 * Within 512 MiB, then, is every state file whose text is ASCII (JSON escapes control
 * characters; only non-ASCII text in payloads and results takes 2 to 4 bytes per unit): it was
 * 1 GiB, whose ASCII half no reader could decode, after holding those bytes. Stops a hostile
 * archive from inflating without bound, and an artifact bigger than that from being held in
 * memory at all. Its objects and arrays are counted before it is parsed: one per 32 bytes of this
 * cap (layout.ts, RECORD_BYTES_PER_CONTAINER), 16,777,216.
 */
const MAX_STATE_FILE_BYTES = 512 * 1024 * 1024;
/**
 * How long after its `created_at` an artifact may take to show in the REST listing (the upload
 * and finalize of one small zip take seconds; an hour leaves room for slow runners).
 */
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
    // Without a Date header, the newest creation time seen is a server time no later than the listing.
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
        records.set(record.event.id, stored ? (0,state_record/* mergeEventRecords */.Zo)(stored, record) : record);
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
/**
 * How far a snapshot's coversThrough may be after its own creation: the first is the API's clock
 * when its writer listed, before the upload, the second the artifact service's at the upload, so
 * only the two servers' clocks can set them apart.
 */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Why a snapshot cannot hold what it claims, when its coversThrough is after its creation
 * (beyond clock skew): a writer whose clock was ahead (its own time stands in when no Date header
 * came), or a changed file. Trusted, it would hide every delta created before that time that it
 * does not name, and the next snapshot, built on that view, would drop their records for good.
 */
function listedAfterCreated(artifact, snapshot) {
    if (Date.parse(snapshot.coversThrough) <= artifact.createdAt + CLOCK_SKEW_MS)
        return undefined;
    return (`it says it holds what was listed at ${snapshot.coversThrough}, after it was created (${new Date(artifact.createdAt).toISOString()}): ` +
        "a writer's clock was ahead, or the file was changed, so it cannot be trusted to hold the deltas before then");
}
function windowStart(snapshot) {
    return Date.parse(snapshot.coversThrough) - LISTING_LAG_MS;
}
/** Download and parse one artifact; unusable ones are reported once and give `undefined`. */
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
            // Counted in its bytes before they are decoded or parsed: 512 MiB of `[],` would build to
            // about 12 GiB.
            const maxContainers = (0,layout/* recordContainerCap */.xU)(maxBytes);
            if (!(0,json_shape/* jsonShape */.S)(entry, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok) {
                throw new Error(`${STATE_FILE_NAME}: ${(0,layout/* tooManyContainers */.mR)(maxContainers, "a state file")}`);
            }
            const { file, bad } = parseStateFile((0,layout/* decodeStoredText */.$M)(entry), artifact.kind);
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
    // A failed download (network, 5xx) is not cached: the next read tries again.
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






/** Upload `text` as the artifact `name` holding one file, flows-state.json. Returns the zip's size. */
async function uploadStateFile(options) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "flows-state-artifact-"));
    try {
        const file = (0,external_node_path_.join)(dir, STATE_FILE_NAME);
        await (0,promises_.writeFile)(file, options.text, "utf8");
        const uploader = options.uploader ?? (await defaultUploader());
        // The client takes no signal: past the limit it is left to fail on its own.
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
let shared;
function defaultUploader() {
    shared ??= Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3251), __webpack_require__.e(1955), __webpack_require__.e(4942), __webpack_require__.e(1351), __webpack_require__.e(3838), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 40111)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
    return shared;
}

// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __webpack_require__(85779);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
;// CONCATENATED MODULE: ./.build/state/artifact-store.js









const DEFAULT_COMPACT_AFTER = 20;
/** What was read is rewritten by a saving run once it is this old (see #compactionDue). */
const REFRESH_AFTER_MS = 60 * 60_000;
/**
 * Records kept as workflow artifacts, read back from earlier runs through the REST API.
 * Artifacts are immutable and expire, so each flush uploads a delta (the records it saved) and
 * now and then a snapshot (everything known); a reader takes the newest snapshot plus the
 * deltas it does not hold (see the invariant in artifact-read.ts). The store reads once, when
 * first asked, and answers every later load from memory.
 */
class ArtifactStateStore {
    kind = "artifact";
    problems = [];
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
    #view;
    #flushing = Promise.resolve();
    /** Deltas on top of the newest snapshot when last read, and the artifacts whose retention matters. */
    #baseline = { deltas: 0, aging: [] };
    /** Deltas this store uploaded since it read or wrote a snapshot. */
    #ownDeltas = [];
    constructor(options) {
        if (!/^[^/\s]+\/[^/\s]+$/.test(options.repository)) {
            throw new user_error/* UserError */.y(`artifact state needs repository as "owner/repo" (GITHUB_REPOSITORY), got "${options.repository}"`);
        }
        if (!options.token)
            throw new user_error/* UserError */.y("artifact state needs a token with `actions: read` (the job's GITHUB_TOKEN)");
        if (!String(options.runId) || !String(options.runAttempt)) {
            throw new user_error/* UserError */.y("artifact state needs runId and runAttempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
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
    async loadEvent(eventId) {
        const view = await this.#open();
        // Running the event again could repeat work a newer flows-action recorded: refuse it, as the
        // file and branch stores refuse a newer record.
        const newer = view.newer.get(eventId) ?? view.newerFiles[0];
        if (newer)
            throw new layout/* StateRecordError */.J1(newer.path, newer.reason);
        const stored = view.records.get(eventId);
        return (0,state_record/* withPendingRecord */.f$)(stored, this.#pending.get(eventId));
    }
    /** Kept in memory until flush(): one delta artifact for many events. */
    async saveEvent(record) {
        (0,state_record/* addPending */.ny)(this.#pending, record);
    }
    async listEvents(query = {}) {
        const byId = new Map((await this.#open()).records);
        return (0,layout/* selectEvents */.A$)((0,state_record/* withPending */.QP)(byId, this.#pending), query).map(state_record/* copyRecord */.XZ);
    }
    /** Upload the saved records as one delta; write a snapshot when deltas piled up or what was read ages. */
    flush() {
        const next = this.#flushing.catch(() => undefined).then(() => this.#flushPending());
        this.#flushing = next;
        return next;
    }
    async #flushPending() {
        if (this.#pending.size === 0 && !this.#view)
            return; // nothing read, nothing written
        const view = await this.#open();
        if (this.#pending.size > 0) {
            const batch = new Map(this.#pending);
            const name = stateArtifactName("delta", this.#run);
            const where = `the workflow artifacts of ${this.#options.repository}`;
            const text = serializeStateFile({ kind: "delta", records: [...batch.values()] }, this.#run);
            const unreadable = this.#unreadable(`the state file of ${name}, holding the record(s) of ${batch.size} event(s),`, text);
            if (unreadable)
                throw new not_saved/* StateNotSavedError */.c({ eventIds: [...batch.keys()], where, reason: `${unreadable}. ${layout/* WRITE_LIMIT_HINT */.qu}` });
            try {
                await this.#upload(name, text);
            }
            catch (error) {
                throw new not_saved/* StateNotSavedError */.c({
                    eventIds: [...batch.keys()],
                    where,
                    reason: `The upload of ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
                    cause: error,
                });
            }
            this.#ownDeltas.push(name);
            for (const [id, record] of batch) {
                const stored = view.records.get(id);
                view.records.set(id, stored ? (0,state_record/* mergeEventRecords */.Zo)(stored, record) : record);
                // Keep records saved while this flush ran; they go with the next one.
                if (this.#pending.get(id) === record)
                    this.#pending.delete(id);
            }
        }
        if (!this.#compactionDue())
            return;
        try {
            await this.#writeSnapshot(view);
        }
        catch (error) {
            this.#options.log?.(`flows state: could not write a snapshot (${error instanceof Error ? error.message : String(error)}); ` +
                "nothing is lost, a later run writes it.");
        }
    }
    #compactionDue() {
        const deltas = this.#baseline.deltas + this.#ownDeltas.length;
        if (deltas > (this.#options.compactAfter ?? DEFAULT_COMPACT_AFTER))
            return true;
        // Anything read expires sooner than a snapshot written now, and the next run may come up to
        // a whole retention period later (GitHub keeps each artifact that long from its creation):
        // a saving run rewrites what it read once it is over an hour old. Then state outlives
        // retention as long as a run saves at least once per retention period (less that hour),
        // however the runs are spaced, while a burst of runs still just adds deltas.
        const now = Date.now();
        return this.#baseline.aging.some((artifact) => artifact.createdAt < now - REFRESH_AFTER_MS);
    }
    /** Read afresh (other runs may have written since), then upload everything as one snapshot. */
    async #writeSnapshot(current) {
        const fresh = await this.#read();
        // A snapshot holds only the records this version can read: one written now would drop the
        // newer ones while claiming the deltas that hold them.
        if (fresh.newer.size > 0) {
            throw new Error(`${fresh.newer.size} event record(s) are in a newer format; upgrade flows-action`);
        }
        if (fresh.newerFiles.length > 0) {
            throw new Error(`${fresh.newerFiles.length} state artifact(s) are in a newer format; upgrade flows-action`);
        }
        // The current view adds this store's own deltas, which the listing may not show yet.
        for (const record of current.records.values()) {
            const stored = fresh.records.get(record.event.id);
            fresh.records.set(record.event.id, stored ? (0,state_record/* mergeEventRecords */.Zo)(stored, record) : record);
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
        // Not uploaded: a reader would skip it, and the deltas it would hold still hold their records.
        const unreadable = this.#unreadable(`the state file of ${name}`, text);
        if (unreadable)
            throw new Error(unreadable);
        await this.#upload(name, text);
        this.stats.snapshots++;
        this.#view = Promise.resolve(fresh);
        this.#baseline = { deltas: 0, aging: [] };
        this.#ownDeltas = [];
    }
    /** Why a reader would skip a state file of `text` (layout.ts, writeLimitProblem), or undefined. */
    #unreadable(what, text) {
        const maxBytes = this.#options.maxStateFileBytes ?? MAX_STATE_FILE_BYTES;
        const limits = { maxBytes, maxContainers: (0,layout/* recordContainerCap */.xU)(maxBytes) };
        const over = (0,layout/* writeLimitProblem */.GZ)([text], limits);
        return over && (0,layout/* writeLimitSentence */.aZ)(what, over, limits, "a state file");
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
        // A failed read (network, permission) is retried by the next call instead of sticking.
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
    #report(problem) {
        const known = this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message);
        if (!known)
            this.problems.push(problem);
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
// The one zip reader: it takes one named file out of an archive held in memory (a state
// artifact, the fork handover), and refuses what a damaged or hostile archive could use:
// - sizes: the entry's declared size must be within the caller's limit, and inflating stops at
//   the size the header declares (a zip bomb stops there); the inflated size and CRC must match it;
// - a compression ratio deflate cannot produce (over 1,032:1), a sign of forged headers;
// - more entries than `maxEntries` (a central directory of millions of entries);
// - encryption, zip64 and methods other than stored and deflated;
// - entry names that are absolute or climb with `..`: never matched. Nothing is written to
//   disk, so no name can escape a folder anyway.
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7-4.3.16)


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
/** Deflate's best case is about 1,032:1; a header claiming more was not written by deflate. */
const MAX_DEFLATE_RATIO = 1100;
const DEFAULT_MAX_ENTRIES = 10_000;
/** The archive cannot be read; the message says why, for "… is not a usable archive: …". */
class ZipReadError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    name = "ZipReadError";
}
/** The bytes of the file called `name`, or undefined when the archive has none. */
function findZipEntry(archive, name, limits) {
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
    return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}
/** findZipEntry, for callers to whom a missing file is an error. */
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
    // Stopped at the size the header declares (already checked against maxBytes): a bomb that
    // declares a small size was inflated up to maxBytes (512 MiB for a state artifact) before the
    // sizes were compared. Inflated into one buffer of that size and a byte (`chunkSize`): in
    // pieces of the default 16 KiB, joined at the end, a 500 MiB entry was held twice (1.1 GiB of
    // RSS); zlib hands back its one filled buffer as it is. The byte more lets a bomb's first byte
    // past the size show (maxOutputLength) without a second buffer of that size.
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
/** A zip's end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end: it is within this many last bytes. */
const ZIP_TAIL_BYTES = 22 + MAX_COMMENT;
/**
 * Where the end record (which lists the files) starts in `bytes`, an archive or its last
 * ZIP_TAIL_BYTES at least; -1 when there is none (not a zip, or one cut short).
 */
function endRecordOffset(bytes) {
    const lowest = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    return -1;
}
/** Whether `head` starts as a zip archive does, with a local file header ("PK\x03\x04"). */
function startsAsZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === LOCAL_FILE_HEADER;
}
function need(bytes, offset, length) {
    if (offset < 0 || offset + length > bytes.length)
        throw new ZipReadError("the zip archive is truncated");
}


/***/ })

};
