export const id = 186;
export const ids = [186,758];
export const modules = {

/***/ 89758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

;// CONCATENATED MODULE: ./.build/github/write-spacing.js
// plugin-throttling spaces writes through Bottleneck groups that are shared by every client in
// the process (1 s between writes, 3 s between notifying writes). This stands in for such a
// group when a caller picks its own gap: one queue per key, each job started `gapMs` after the
// previous one. Only `key(id).schedule(options, job, ...args)` is used by the plugin.
function spacedGroup(gapMs) {
    const queues = new Map();
    return {
        key(id = "") {
            let queue = queues.get(id);
            if (!queue) {
                queue = new SpacedQueue(gapMs);
                queues.set(id, queue);
            }
            return queue;
        },
    };
}
class SpacedQueue {
    gapMs;
    tail = Promise.resolve();
    lastStart = 0;
    constructor(gapMs) {
        this.gapMs = gapMs;
    }
    schedule(...args) {
        const [first, ...rest] = args;
        const job = (typeof first === "function" ? first : rest.shift());
        const jobArgs = rest;
        const run = async () => {
            const wait = this.lastStart + this.gapMs - Date.now();
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
            this.lastStart = Date.now();
            return job?.(...jobArgs);
        };
        const result = this.tail.then(run, run);
        this.tail = result.catch(() => undefined);
        return result;
    }
}

;// CONCATENATED MODULE: ./.build/github/client.js

/**
 * One Octokit client with retry and throttling suited to Actions: secondary rate limits
 * (403/429 with retry-after) are waited out and retried, primary rate limits too when the
 * reset is near. Loaded on first use, so runs that never call GitHub don't pay for Octokit.
 */
async function createGitHubClient(options) {
    const [{ getOctokit: makeOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const log = options.log ?? (() => { });
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const base = options.retryAfterBaseValue;
    // Stand-ins for plugin-throttling's Bottleneck groups (typed as such, hence `object`).
    const spacing = options.writeSpacingMs === undefined
        ? {}
        : { write: spacedGroup(options.writeSpacingMs), notifications: spacedGroup(options.writeSpacingMs) };
    return makeOctokit(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // retry.retries, not request.retries: a per-request count makes plugin-retry retry every
        // failed request, 404 and 403 included, instead of only those not in its doNotRetry list.
        retry: { retries: options.retries ?? 3, ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
        throttle: {
            ...(base === undefined ? {} : { retryAfterBaseValue: base }),
            ...spacing,
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const retrying = retryCount < 2 && retryAfter <= maxWait;
                log(`GitHub rate limit hit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const retrying = retryCount < 3 && retryAfter <= maxWait;
                log(`GitHub secondary rate limit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
        },
    }, retry, throttling);
}


/***/ }),

/***/ 69805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactStateStore: () => (/* binding */ ArtifactStateStore)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
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
/** A new artifact name: unique within the run (GitHub requires that), valid for upload-artifact. */
function stateArtifactName(kind, run) {
    const unique = `${Date.now().toString(36)}${(0,external_node_crypto_.randomBytes)(3).toString("hex")}`;
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
    return JSON.stringify({ format: STATE_FILE_FORMAT, formatVersion: STATE_FILE_VERSION, writtenBy: writer, ...file });
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
    if (typeof shape.formatVersion !== "number" || shape.formatVersion > STATE_FILE_VERSION) {
        throw new Error(`state file format ${String(shape.formatVersion)} is newer than this flows-action understands (${STATE_FILE_VERSION}); upgrade flows-action`);
    }
    if (shape.kind !== expected)
        throw new Error(`holds a ${String(shape.kind)}, but its name says ${expected}`);
    if (!Array.isArray(shape.records))
        throw new Error("records must be an array");
    const records = [];
    const bad = [];
    shape.records.forEach((candidate, index) => {
        try {
            records.push((0,state_record/* parseEventRecord */.bR)(candidate));
        }
        catch (error) {
            bad.push({ index, reason: error instanceof Error ? error.message : String(error) });
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

// EXTERNAL MODULE: ./.build/github/client.js + 1 modules
var github_client = __webpack_require__(89758);
// EXTERNAL MODULE: ./.build/state/artifact-errors.js
var artifact_errors = __webpack_require__(93742);
;// CONCATENATED MODULE: ./.build/state/artifact-github.js



const PAGE_SIZE = 100;
/**
 * Lists and downloads the repository's artifacts through the REST API (`actions: read`).
 * The listing has no prefix filter (`name` is an exact match), so pages are filtered here.
 */
function gitHubArtifactSource(options) {
    const [owner = "", repo = ""] = options.repository.split("/");
    let client;
    const github = () => {
        client ??= (0,github_client.createGitHubClient)({ token: options.token, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}) });
        return client;
    };
    return {
        async *pages() {
            const octokit = await github();
            const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
                owner,
                repo,
                per_page: PAGE_SIZE,
            });
            const iterator = pages[Symbol.asyncIterator]();
            for (;;) {
                let next;
                try {
                    next = await iterator.next();
                }
                catch (error) {
                    throw (0,artifact_errors/* readFailed */.gj)("list the workflow artifacts", options.repository, error);
                }
                if (next.done)
                    return;
                options.stats.listRequests++;
                const listed = next.value.data;
                const times = listed.map((artifact) => timeOf(artifact.created_at, Number.POSITIVE_INFINITY));
                const serverTime = timeOf(next.value.headers.date, Number.NaN);
                yield {
                    artifacts: listed.flatMap((artifact) => stateArtifact(artifact)),
                    oldestCreatedAt: times.length > 0 ? Math.min(...times) : undefined,
                    serverTime: Number.isNaN(serverTime) ? undefined : serverTime,
                };
            }
        },
        async download(artifact) {
            const octokit = await github();
            let location;
            try {
                // GitHub answers with a 302 to a short-lived signed URL; it is fetched without the
                // token, which must not travel to blob storage.
                const response = await octokit.rest.actions.downloadArtifact({
                    owner,
                    repo,
                    artifact_id: artifact.id,
                    archive_format: "zip",
                    request: { redirect: "manual" },
                });
                location = response.headers.location;
                if (!location && response.data instanceof ArrayBuffer)
                    return count(new Uint8Array(response.data), options.stats);
            }
            catch (error) {
                const status = error.status;
                if (status === 410 || status === 404)
                    return "gone";
                throw (0,artifact_errors/* readFailed */.gj)(`download the artifact ${artifact.name}`, options.repository, error);
            }
            if (!location)
                throw (0,artifact_errors/* readFailed */.gj)(`download the artifact ${artifact.name}`, options.repository, "no redirect URL");
            const response = await (options.fetch ?? fetch)(location);
            if (!response.ok) {
                const failure = Object.assign(new Error(`blob storage answered ${response.status}`), {
                    status: response.status,
                });
                throw (0,artifact_errors/* readFailed */.gj)(`download the artifact ${artifact.name}`, options.repository, failure);
            }
            return count(new Uint8Array(await response.arrayBuffer()), options.stats);
        },
    };
}
function stateArtifact(artifact) {
    const kind = stateArtifactKind(artifact.name);
    if (!kind)
        return [];
    // Runs for pull requests from forks upload into this repository too; their state is not ours.
    const run = artifact.workflow_run;
    if (run?.head_repository_id !== undefined && run.head_repository_id !== run.repository_id)
        return [];
    return [
        {
            id: artifact.id,
            name: artifact.name,
            kind,
            createdAt: timeOf(artifact.created_at, Number.POSITIVE_INFINITY),
            expiresAt: timeOf(artifact.expires_at, Number.POSITIVE_INFINITY),
            expired: artifact.expired,
            sizeInBytes: artifact.size_in_bytes,
        },
    ];
}
function timeOf(text, fallback) {
    const time = text ? Date.parse(text) : Number.NaN;
    return Number.isNaN(time) ? fallback : time;
}
function count(bytes, stats) {
    stats.downloads++;
    stats.downloadedBytes += bytes.byteLength;
    return bytes;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./.build/state/artifact-zip.js

// GitHub serves an artifact as the zip `@actions/artifact` uploaded. The store only needs one
// small file out of it, so this reads the central directory instead of adding an unzip
// dependency. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7-4.3.16)
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Far above any state file; stops a hostile archive from inflating without bound. */
const MAX_ENTRY_BYTES = 1 << 30;
/**
 * The bytes of the file called `name` in a zip archive. Throws a sentence saying what is
 * wrong (not a zip, file missing, damaged data) so callers can report the artifact and skip it.
 */
function readZipEntry(archive, name) {
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entry = centralDirectory(bytes).find((candidate) => candidate.name === name);
    if (!entry)
        throw new Error(`the archive has no file named ${name}`);
    if (entry.size > MAX_ENTRY_BYTES)
        throw new Error(`${name} is too large (${entry.size} bytes)`);
    if (entry.offset + 30 > bytes.length || bytes.readUInt32LE(entry.offset) !== LOCAL_FILE_HEADER) {
        throw new Error(`${name}: local file header missing (truncated archive?)`);
    }
    const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize)
        throw new Error(`${name}: data is truncated`);
    const content = inflate(data, entry);
    if (content.length !== entry.size)
        throw new Error(`${name}: expected ${entry.size} bytes, got ${content.length}`);
    if (typeof external_node_zlib_.crc32 === "function" && external_node_zlib_.crc32(content) >>> 0 !== entry.crc) {
        throw new Error(`${name}: CRC mismatch (damaged archive)`);
    }
    return content;
}
function inflate(data, entry) {
    if (entry.method === STORED)
        return data;
    if (entry.method !== DEFLATED)
        throw new Error(`${entry.name} uses compression method ${entry.method}, not deflate`);
    try {
        return external_node_zlib_.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
    }
    catch (error) {
        throw new Error(`${entry.name} cannot be inflated (${error instanceof Error ? error.message : String(error)})`);
    }
}
function centralDirectory(bytes) {
    const end = findEndOfCentralDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    const entries = [];
    for (let index = 0; index < count; index++) {
        if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) {
            throw new Error("the zip central directory is damaged");
        }
        const nameLength = bytes.readUInt16LE(at + 28);
        const entry = {
            method: bytes.readUInt16LE(at + 10),
            crc: bytes.readUInt32LE(at + 16),
            compressedSize: bytes.readUInt32LE(at + 20),
            size: bytes.readUInt32LE(at + 24),
            offset: bytes.readUInt32LE(at + 42),
            name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
        };
        if ([entry.compressedSize, entry.size, entry.offset].includes(0xffffffff)) {
            throw new Error("zip64 archives are not supported (state artifacts are far below 4 GiB)");
        }
        entries.push(entry);
        at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return entries;
}
function findEndOfCentralDirectory(bytes) {
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
    const lowest = Math.max(0, bytes.length - 22 - 0xffff);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    throw new Error("not a zip archive (no end of central directory record)");
}

;// CONCATENATED MODULE: ./.build/state/artifact-read.js



/**
 * How long after its `created_at` an artifact may take to show in the REST listing (the upload
 * and finalize of one small zip take seconds; an hour leaves room for slow runners).
 */
const LISTING_LAG_MS = 60 * 60 * 1000;
async function readState(options) {
    const load = (artifact) => loadArtifact(artifact, options);
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
            if (file?.kind === "snapshot")
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
    for (const record of snapshot?.file.records ?? [])
        add(record);
    const applied = [];
    needed.forEach((artifact, index) => {
        const file = files[index];
        if (!file)
            return;
        applied.push(artifact);
        for (const record of file.records)
            add(record);
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
    };
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
        const bytes = await options.source.download(artifact);
        if (bytes === "gone")
            return forgotten("or was deleted");
        try {
            const { file, bad } = parseStateFile(readZipEntry(bytes, STATE_FILE_NAME).toString("utf8"), artifact.kind);
            for (const { index, reason } of bad) {
                options.report({ path: `${artifact.name}: records[${index}]`, message: `${reason}; record skipped` });
            }
            return file;
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
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
        const uploaded = await uploader.uploadArtifact(options.name, [file], dir, {
            ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
        });
        return uploaded.size ?? 0;
    }
    catch (error) {
        throw (0,artifact_errors/* uploadFailed */.vD)(options.name, error);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
let shared;
function defaultUploader() {
    shared ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(838), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 91252)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
    return shared;
}

// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __webpack_require__(78404);
;// CONCATENATED MODULE: ./.build/state/artifact-store.js






const DEFAULT_COMPACT_AFTER = 20;
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
            throw new Error(`artifact state needs repository as "owner/repo" (GITHUB_REPOSITORY), got "${options.repository}"`);
        }
        if (!options.token)
            throw new Error("artifact state needs a token with `actions: read` (the job's GITHUB_TOKEN)");
        if (!String(options.runId) || !String(options.runAttempt)) {
            throw new Error("artifact state needs runId and runAttempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
        }
        this.#options = options;
        this.#run = { runId: options.runId, runAttempt: options.runAttempt };
        this.#source = gitHubArtifactSource({
            token: options.token,
            repository: options.repository,
            apiUrl: options.apiUrl,
            stats: this.stats,
            ...(options.fetch ? { fetch: options.fetch } : {}),
        });
    }
    async loadEvent(eventId) {
        const view = await this.#open();
        const stored = view.records.get(eventId);
        return (0,state_record/* withPendingRecord */.f$)(stored, this.#pending.get(eventId));
    }
    /** Kept in memory until flush(): one delta artifact for many events. */
    async saveEvent(record) {
        (0,state_record/* addPending */.ny)(this.#pending, record);
    }
    async listEvents(query = {}) {
        const byId = new Map((await this.#open()).records);
        return structuredClone((0,layout/* selectEvents */.A$)((0,state_record/* withPending */.QP)(byId, this.#pending), query));
    }
    /** Upload the saved records as one delta; write a snapshot when enough deltas piled up. */
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
            await this.#upload(name, serializeStateFile({ kind: "delta", records: [...batch.values()] }, this.#run));
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
        // Refresh before anything read expires: state older than the retention is otherwise lost.
        const now = Date.now();
        return this.#baseline.aging.some((artifact) => artifact.createdAt + (artifact.expiresAt - artifact.createdAt) / 2 < now);
    }
    /** Read afresh (other runs may have written since), then upload everything as one snapshot. */
    async #writeSnapshot(current) {
        const fresh = await this.#read();
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
        await this.#upload(name, serializeStateFile(file, this.#run));
        this.stats.snapshots++;
        this.#view = Promise.resolve(fresh);
        this.#baseline = { deltas: 0, aging: [] };
        this.#ownDeltas = [];
    }
    async #upload(name, text) {
        const bytes = await uploadStateFile({
            uploader: this.#options.artifactClient,
            name,
            text,
            ...(this.#options.retentionDays ? { retentionDays: this.#options.retentionDays } : {}),
        });
        this.stats.uploads++;
        this.stats.uploadedBytes += bytes;
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
        return readState({ source: this.#source, cache: this.#cache, report: (problem) => this.#report(problem) });
    }
    #report(problem) {
        const known = this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message);
        if (!known)
            this.problems.push(problem);
    }
}


/***/ })

};
