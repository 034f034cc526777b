export const id = 974;
export const ids = [974];
export const modules = {

/***/ 93742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gj: () => (/* binding */ readFailed),
/* harmony export */   vD: () => (/* binding */ uploadFailed)
/* harmony export */ });
/* unused harmony export ArtifactStateError */
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99416);

/** Why the artifact store cannot read or write, in a sentence that says what to change. */
class ArtifactStateError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.name = "ArtifactStateError";
        this.kind = kind;
        this.status = status;
    }
}
/**
 * A failed REST call while reading state (listing or downloading artifacts).
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository
 */
function readFailed(what, repository, error) {
    const failure = (typeof error === "object" && error !== null ? error : {});
    const status = typeof failure.status === "number" ? failure.status : undefined;
    const detail = error instanceof Error ? error.message : String(error);
    const prefix = `cannot ${what} of ${repository} (${status ? `HTTP ${status}: ` : ""}${detail})`;
    const remaining = failure.response?.headers?.["x-ratelimit-remaining"];
    if ((status === 403 || status === 429) && (String(remaining) === "0" || /rate limit/i.test(detail))) {
        return new ArtifactStateError("rate-limit", `${prefix}: the GitHub API rate limit is used up; run again later.`, status);
    }
    if (status === 403) {
        return new ArtifactStateError("permission", `${prefix}: the artifact state store reads earlier runs' state through the Actions artifacts API, ` +
            "which needs the `actions: read` permission. Add `permissions: { actions: read }` to the job " +
            "(or workflow) that runs flows-action, or pass a token that has it.", status);
    }
    if (status === 401) {
        return new ArtifactStateError("credentials", `${prefix}: the token was refused; pass the job's GITHUB_TOKEN (or a token with \`actions: read\`).`, status);
    }
    if (status === 404) {
        return new ArtifactStateError("not-found", `${prefix}: the repository does not exist or the token cannot see it; check \`repository\` and the token.`, status);
    }
    return new ArtifactStateError("http", `${prefix}. Nothing was changed; run again.`, status);
}
function uploadFailed(name, error) {
    const detail = error instanceof Error ? error.message : String(error);
    return new ArtifactStateError("upload", `cannot upload the state artifact ${name} (${detail}). Uploads use the job's ACTIONS_RUNTIME_TOKEN and ` +
        "ACTIONS_RESULTS_URL, which the runner gives to JavaScript actions only (not to `run:` steps); the " +
        "records of this run were not saved.");
}


/***/ }),

/***/ 46486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ stateCommitMessage),
/* harmony export */   QG: () => (/* binding */ fastImportStream),
/* harmony export */   Tr: () => (/* binding */ STATE_README_PATH),
/* harmony export */   kR: () => (/* binding */ stateBranchReadme),
/* harmony export */   sI: () => (/* binding */ DEFAULT_STATE_AUTHOR)
/* harmony export */ });
const DEFAULT_STATE_AUTHOR = {
    name: "flows-action[bot]",
    email: "flows-action[bot]@users.noreply.github.com",
};
const STATE_README_PATH = "README.md";
function stateBranchReadme(branch) {
    return `# ${branch}

This branch is written by flows-action (the GitHub Action and its \`flows\` CLI) and holds no
source code. It records which events flows-action has handled and how each run ended, so that a
redelivered event does not run its steps twice.

- \`events/<xx>/<sha256 of the event id>.json\`: one file per event (\`<xx>\` = the first two
  hex digits of the hash): the event, its runs with their attempts, and when it was dispatched.
- Every commit is made by flows-action; history is linear. Do not merge this branch into
  another. Deleting it makes flows-action forget what ran, so past events would run again.
`;
}
/**
 * A `git fast-import` stream that makes one commit: the parent's tree plus the given files.
 * One process writes all blobs, the tree and the commit, without an index or a work tree.
 * Format: https://git-scm.com/docs/git-fast-import
 */
function fastImportStream(commit) {
    const seconds = Math.floor(Date.now() / 1000);
    const who = `${oneLine(commit.author.name)} <${oneLine(commit.author.email)}> ${seconds} +0000`;
    const parts = [
        Buffer.from(`commit ${commit.ref}\nauthor ${who}\ncommitter ${who}\n`),
        data(commit.message),
    ];
    if (commit.parent)
        parts.push(Buffer.from(`from ${commit.parent}\n`));
    for (const file of commit.files) {
        parts.push(Buffer.from(`M 100644 inline ${file.path}\n`), data(file.text));
    }
    parts.push(Buffer.from("\ndone\n"));
    return Buffer.concat(parts);
}
function data(text) {
    const bytes = Buffer.from(text, "utf8");
    return Buffer.concat([Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n")]);
}
function oneLine(text) {
    return text.replace(/[<>\n\r]/g, "");
}
/** "Record 3 flow events" plus the event ids, one per line (at most 20). */
function stateCommitMessage(eventIds) {
    const shown = eventIds.slice(0, 20).map((id) => `- ${id.replace(/[\r\n]/g, " ")}`);
    if (eventIds.length > shown.length)
        shown.push(`- ... and ${eventIds.length - shown.length} more`);
    const noun = eventIds.length === 1 ? "event" : "events";
    return `Record ${eventIds.length} flow ${noun}\n\n${shown.join("\n")}\n`;
}


/***/ }),

/***/ 75252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ pushContended),
/* harmony export */   Bj: () => (/* binding */ classifyPush),
/* harmony export */   EX: () => (/* binding */ pushFailed),
/* harmony export */   a: () => (/* binding */ StateBranchError),
/* harmony export */   go: () => (/* binding */ pushDenied),
/* harmony export */   he: () => (/* binding */ pushProtected),
/* harmony export */   oQ: () => (/* binding */ fetchFailed)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99416);

class StateBranchError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = "StateBranchError";
        this.kind = kind;
    }
}
// GitHub answers a push with a read-only token with HTTP 403 and/or
// "Permission to owner/repo.git denied to github-actions[bot]."
const PERMISSION = /Permission to \S+ denied|returned error: 403|\b403 Forbidden|Write access to repository not granted|not allowed to push/i;
// GH006: branch protection; GH013: repository rules (rulesets).
const PROTECTED = /GH006|GH013|protected branch|Repository rule violations/i;
// Someone else moved the branch between our fetch and our push.
const MOVED = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info|failed to lock/i;
const READ_DENIED = /Authentication failed|could not read Username|could not read Password|returned error: 40[13]|Repository not found|Permission to \S+ denied/i;
function classifyPush(output) {
    if (PERMISSION.test(output))
        return "permission";
    if (PROTECTED.test(output))
        return "protected";
    if (MOVED.test(output))
        return "retry";
    return "other";
}
/** Last lines of git's output, for the end of a message. */
function gitSaid(output) {
    const lines = output
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
    return lines.length ? ` Git said: ${lines.slice(-4).join(" | ")}` : "";
}
function pushDenied(where, output) {
    return new StateBranchError("permission", `cannot push to the state branch "${where.branch}" of ${where.remote}: the state branch needs ` +
        '"contents: write": add permissions: contents: write to the job. If the job has it already: ' +
        "a pull_request run from a fork only gets a read-only token (use state: file or artifact " +
        "there), a token passed in must be allowed to push to the repository, and branch rules " +
        `must let it push to "${where.branch}".${gitSaid(output)}`);
}
function pushProtected(where, output) {
    return new StateBranchError("protected", `the state branch "${where.branch}" of ${where.remote} is protected (branch protection or a ` +
        "ruleset rejected the push): let the workflow's token push to it, or choose another " +
        `state branch.${gitSaid(output)}`);
}
function pushFailed(where, output) {
    return new StateBranchError("git", `git could not push to the state branch "${where.branch}" of ${where.remote}.${gitSaid(output)}`);
}
function pushContended(where, attempts, seconds, events) {
    return new StateBranchError("contention", `could not push ${events} event record(s) to the state branch "${where.branch}" of ` +
        `${where.remote} in ${attempts} attempts over ${seconds}s: other jobs kept updating it. If ` +
        "this keeps happening, limit parallel jobs with a workflow `concurrency:` group, or raise " +
        "FLOWS_STATE_PUSH_BUDGET_SECONDS.");
}
function fetchFailed(where, output) {
    if (READ_DENIED.test(output)) {
        return new StateBranchError("read", `cannot read ${where.remote} to load the state branch "${where.branch}": access was denied. ` +
            'Give the job "contents: read" (and "contents: write" to save), pass a token that can ' +
            `read the repository, or check the repository URL.${gitSaid(output)}`);
    }
    return new StateBranchError("git", `git could not fetch the state branch "${where.branch}" from ${where.remote}.${gitSaid(output)}`);
}


/***/ }),

/***/ 3974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createStateStore: () => (/* binding */ createStateStore)
});

// UNUSED EXPORTS: ArtifactStateError, DEFAULT_STATE_AUTHOR, FileStateStore, MemoryStateStore, RECORD_FORMAT_VERSION, StateBranchError, StateLockError, StateNotSavedError, StateRecordError, defaultStateDir, eventRecordPath, mergeEventRecords, parseEventRecord

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/fs-async.js
var fs_async = __webpack_require__(93602);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __webpack_require__(61557);
// EXTERNAL MODULE: ./.build/hash.js + 1 modules
var hash = __webpack_require__(20090);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __webpack_require__(35031);
;// CONCATENATED MODULE: ./.build/state/file-lock.js





/** The lock could not be taken in time: another process holds it, or a crashed one left it. */
class StateLockError extends user_error/* UserError */.y {
    lockPath;
    constructor(lockPath, waitedMs) {
        super(`could not lock ${lockPath} within ${Math.round(waitedMs / 1000)}s: another flows process is ` +
            "writing this event. If no flows process is running, delete that file and run again.");
        this.name = "StateLockError";
        this.lockPath = lockPath;
    }
}
const DEFAULT_STALE_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * Run `action` while holding an exclusive lock file. Creating with `wx` (O_CREAT|O_EXCL) is
 * atomic on local file systems, so exactly one process gets the lock. The lock names its owner
 * (host, pid, process start): a lock whose owner is gone (same host, no such process: kill -9)
 * is taken over at once; one from another host (a shared folder) is broken only when older than
 * `staleMs`, since holders keep it for milliseconds (read, merge, write one small file).
 */
async function withFileLock(lockPath, action, options = {}) {
    await acquire(lockPath, options);
    try {
        return await action();
    }
    finally {
        try {
            (0,external_node_fs_.unlinkSync)(lockPath);
        }
        catch {
            // Already gone (broken as stale by another host): nothing to release.
        }
    }
}
async function acquire(lockPath, options) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const started = Date.now();
    for (let attempt = 0;; attempt++) {
        if (tryCreate(lockPath))
            return;
        await breakIfStale(lockPath, staleMs);
        const waited = Date.now() - started;
        if (waited > timeoutMs)
            throw new StateLockError(lockPath, waited);
        // Short, jittered waits: holders release within milliseconds.
        const delay = Math.min(50, 2 + attempt * 2) * (0.5 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
/**
 * One call, synchronous: created only if absent (O_CREAT|O_EXCL), with its owner written. Taking
 * and releasing a free lock are a few microseconds of system calls, cheaper than a round trip
 * through the thread pool each; only waiting for a held lock is asynchronous.
 */
function tryCreate(lockPath) {
    const { host, pid, startedAt } = (0,dispatcher/* currentDispatcher */.zq)();
    const owner = { host, pid, startedAt, lockedAt: new Date().toISOString() };
    try {
        (0,external_node_fs_.writeFileSync)(lockPath, `${JSON.stringify(owner)}\n`, { flag: "wx" });
        return true;
    }
    catch (error) {
        if (errorCode(error) === "EEXIST")
            return false;
        throw error;
    }
}
async function readOwner(path) {
    try {
        const owner = JSON.parse(await (0,fs_async/* readTextFile */.Gu)(path));
        if (typeof owner.host === "string" && typeof owner.pid === "number" && typeof owner.startedAt === "string") {
            return owner;
        }
    }
    catch {
        // Being written this instant, or an older format: judged by its age only.
    }
    return undefined;
}
async function breakIfStale(lockPath, staleMs) {
    // Only a lock held by another process gets here: the module loads then (fs-async.ts says why).
    const { link, rename, stat, unlink } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
    const info = await stat(lockPath).catch(() => undefined);
    if (!info)
        return;
    const owner = await readOwner(lockPath);
    const dead = owner !== undefined && (0,dispatcher/* isOwnerGone */.jO)(owner);
    // A lock without a readable owner (mid-write, older format) is judged by its age only.
    if (!dead && Date.now() - info.mtimeMs <= staleMs)
        return;
    const aside = `${lockPath}.stale-${(0,hash/* randomHex */.n)(4)}`;
    try {
        await rename(lockPath, aside);
    }
    catch {
        return; // another waiter broke it first; just try to take the lock again
    }
    // Between our look and the rename, another waiter may have broken the dead lock and taken a
    // new one: if what we moved is not what we judged, put it back (link fails if a lock exists).
    const moved = await readOwner(aside);
    const same = owner ? moved?.pid === owner.pid && moved.lockedAt === owner.lockedAt : moved === undefined;
    if (!same)
        await link(aside, lockPath).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
}
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error
        ? String(error.code)
        : undefined;
}

// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __webpack_require__(78404);
// EXTERNAL MODULE: ./.build/state/record.js + 1 modules
var state_record = __webpack_require__(59659);
;// CONCATENATED MODULE: ./.build/state/file-store.js







/**
 * Records in a folder, one JSON file per event (see layout.ts). Loading or saving an event
 * touches only that event's file, so the number of stored events does not slow a dispatch.
 * Saves are read-merge-write under a per-event lock and land by atomic rename, so several
 * processes may save at once, even the same event, and readers never see half a file.
 */
class FileStateStore {
    kind = "file";
    problems = [];
    dir;
    #lock;
    /** The record this store wrote last, and its bytes (to tell that no one changed the file). */
    #lastWrite;
    /** Saves waiting for the write under way of their event, by record path. */
    #waiting = new Map();
    #writing = new Map();
    #eventTexts = new layout/* EventTextCache */._t();
    /** Work done, for tests: records parsed from disk, records written, events serialised. */
    counts = {
        recordReads: 0,
        recordWrites: 0,
        eventSerialisations: () => this.#eventTexts.serialisations,
    };
    constructor(options) {
        this.dir = (0,external_node_path_.resolve)(options.dir);
        this.#lock = options.lock ?? {};
    }
    /**
     * A corrupt record (half-written, not JSON, wrong shape) is moved aside to
     * `<file>.corrupt-<time>`, reported in `problems`, and the event counts as new: a run never
     * stops on it and its bytes are kept. A record in a newer format is refused (StateRecordError):
     * upgrading flows-action is the fix, and running the event again would repeat work.
     */
    async loadEvent(eventId) {
        return this.#read((0,layout/* eventRecordPath */.fl)(eventId));
    }
    /**
     * Saves of one event that arrive while its previous write is under way are merged and written
     * together when it ends (each call resolves once its runs are on disk), so steps that start at
     * once cost one write, not one each.
     */
    saveEvent(record) {
        const relativePath = (0,layout/* eventRecordPath */.fl)(record.event.id);
        const waiting = this.#waiting.get(relativePath);
        if (waiting) {
            waiting.records.push(record);
            return waiting.written;
        }
        const batch = { records: [record], written: Promise.resolve() };
        const previous = this.#writing.get(relativePath) ?? Promise.resolve();
        batch.written = previous
            .catch(() => undefined)
            .then(() => {
            this.#waiting.delete(relativePath);
            const [first, ...rest] = batch.records;
            return this.#write(relativePath, rest.reduce(state_record/* mergeEventRecords */.Zo, first));
        });
        this.#waiting.set(relativePath, batch);
        this.#writing.set(relativePath, batch.written);
        const forget = () => {
            if (this.#writing.get(relativePath) === batch.written)
                this.#writing.delete(relativePath);
        };
        batch.written.then(forget, forget);
        return batch.written;
    }
    /**
     * Read, merge and write under the record's lock. The file work is synchronous system calls:
     * for one small file they take microseconds, and each asynchronous call would cost a round
     * trip through the thread pool on the path to a step's start.
     */
    async #write(relativePath, record) {
        const file = this.#absolute(relativePath);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        await withFileLock(`${file}.lock`, () => {
            // Still the bytes this store wrote last: reuse that record instead of parsing and
            // validating the whole file (a payload of up to 25 MB) again. Comparing bytes costs a
            // read; any other writer's change, even in place, makes them differ.
            const last = this.#lastWrite?.file === file ? this.#lastWrite : undefined;
            this.#lastWrite = undefined;
            const unchanged = last !== undefined && readBytes(file)?.equals(last.bytes) === true;
            const stored = unchanged ? last.record : this.#read(relativePath);
            const merged = stored ? (0,state_record/* mergeEventRecords */.Zo)(stored, record) : record;
            const bytes = Buffer.from((0,layout/* serializeEventRecord */.Ct)(merged, this.#eventTexts.textOf(merged.event)), "utf8");
            (0,fs_safe/* writeFileAtomically */.l)(file, bytes);
            // Leftovers of a killed writer (ours carry our pid).
            if (!unchanged)
                removeOrphanedTemporaries(file);
            this.counts.recordWrites += 1;
            this.#lastWrite = { file, bytes, record: { ...merged, runs: structuredClone(merged.runs) } };
        }, this.#lock);
    }
    /** Scans every shard; unreadable files are added to `problems` and skipped. */
    async listEvents(query = {}) {
        const records = [];
        for (const shard of await listNamesAsync(this.#absolute(layout/* EVENTS_DIR */._I))) {
            if (!/^[0-9a-f]{2}$/.test(shard))
                continue;
            const names = (await listNamesAsync(this.#absolute(`${layout/* EVENTS_DIR */._I}/${shard}`))).filter(layout/* isEventRecordFileName */.$E);
            const found = await Promise.all(names.map((name) => this.#readListed(`${layout/* EVENTS_DIR */._I}/${shard}/${name}`)));
            for (const record of found)
                if (record)
                    records.push(record);
        }
        return (0,layout/* selectEvents */.A$)(records, query);
    }
    /** Every save is already durable on disk. */
    async flush() { }
    /** A dispatch's read (synchronous, like the write): a corrupt record is moved aside. */
    #read(relativePath) {
        const file = this.#absolute(relativePath);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, "utf8");
        }
        catch (error) {
            if (errorCode(error) === "ENOENT")
                return undefined;
            throw error;
        }
        return this.#parse(relativePath, text, true);
    }
    /** `setAside`: a dispatch moves a corrupt record aside; listings only report it. */
    #parse(relativePath, text, setAside) {
        const file = this.#absolute(relativePath);
        this.counts.recordReads += 1;
        try {
            return (0,layout/* parseEventRecordText */.eR)(text, relativePath);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            if (error instanceof state_record/* NewerRecordFormatError */.Qy || !setAside) {
                this.#report({ path: file, message: reason });
                throw new layout/* StateRecordError */.J1(file, reason);
            }
            const aside = (0,layout/* corruptRecordPath */.Co)(file);
            try {
                (0,external_node_fs_.renameSync)(file, aside);
            }
            catch (renameError) {
                // Another process set it aside first; what it holds is kept all the same.
                if (errorCode(renameError) !== "ENOENT")
                    throw renameError;
            }
            this.#report({ path: file, message: `${reason}; moved aside to ${aside}, and the event counts as not handled yet` });
            return undefined;
        }
    }
    /** Listing never throws for one bad file: it is reported (once) and skipped. */
    async #readListed(relativePath) {
        try {
            let text;
            try {
                text = await (0,fs_async/* readTextFile */.Gu)(this.#absolute(relativePath));
            }
            catch (error) {
                if (errorCode(error) === "ENOENT")
                    return undefined;
                throw error;
            }
            return this.#parse(relativePath, text, false);
        }
        catch (error) {
            if (!(error instanceof layout/* StateRecordError */.J1)) {
                const reason = error instanceof Error ? error.message : String(error);
                this.#report({ path: this.#absolute(relativePath), message: reason });
            }
            return undefined;
        }
    }
    #report(problem) {
        const known = this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message);
        if (!known)
            this.problems.push(problem);
    }
    #absolute(relativePath) {
        return (0,external_node_path_.join)(this.dir, ...relativePath.split("/"));
    }
}
function readBytes(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        if (errorCode(error) === "ENOENT")
            return undefined;
        throw error;
    }
}
async function listNamesAsync(dir) {
    try {
        // Listing only (`flows runs`, not a dispatch): the module loads then (fs-async.ts says why).
        const { readdir } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
        return (await readdir(dir)).sort();
    }
    catch (error) {
        if (errorCode(error) === "ENOENT")
            return [];
        throw error;
    }
}
/**
 * Temporary files of this record left by a process killed mid-write (`<file>.<pid>-<hex>.tmp`
 * whose pid is gone). Called under the record's lock, so no live writer of it is mid-write.
 */
function removeOrphanedTemporaries(file) {
    const prefix = `${(0,external_node_path_.basename)(file)}.`;
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)((0,external_node_path_.dirname)(file));
    }
    catch (error) {
        if (errorCode(error) === "ENOENT")
            return;
        throw error;
    }
    for (const name of names) {
        const match = /^(\d+)-[0-9a-f]+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : "");
        if (!match || Number(match[1]) === process.pid || (0,fs_safe/* isPidAlive */.b)(Number(match[1])))
            continue;
        try {
            (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), name));
        }
        catch {
            // Removed by another writer meanwhile.
        }
    }
}

// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __webpack_require__(19917);
// EXTERNAL MODULE: ./.build/state/artifact-errors.js
var artifact_errors = __webpack_require__(93742);
// EXTERNAL MODULE: ./.build/state/branch-commit.js
var branch_commit = __webpack_require__(46486);
// EXTERNAL MODULE: ./.build/state/branch-errors.js
var branch_errors = __webpack_require__(75252);
// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __webpack_require__(85779);
;// CONCATENATED MODULE: ./.build/state/index.js














/**
 * The store for a run. The branch and artifact stores' modules (git plumbing, Octokit and
 * `@actions/artifact`) are imported only when asked for, so file-only runs do not load them.
 */
async function createStateStore(options) {
    switch (options.kind) {
        case "file":
            return new FileStateStore({ dir: options.dir ?? (0,layout/* defaultStateDir */.yD)(options.repoDir ?? process.cwd()) });
        case "branch": {
            if (!options.remoteUrl && !options.repoDir) {
                throw new user_error/* UserError */.y('state "branch" needs a repository: pass repoDir (a checkout) or remoteUrl');
            }
            const { BranchStateStore } = await __webpack_require__.e(/* import() */ 475).then(__webpack_require__.bind(__webpack_require__, 3475));
            return new BranchStateStore({
                ...(options.remoteUrl ? { remoteUrl: options.remoteUrl } : {}),
                ...(options.repoDir ? { repoDir: options.repoDir } : {}),
                ...(options.branch ? { branch: options.branch } : {}),
                ...(options.token ? { token: options.token } : {}),
            });
        }
        case "memory":
        case "none":
            return new memory_store/* MemoryStateStore */.k();
        case "artifact": {
            if (!options.artifact) {
                throw new user_error/* UserError */.y('state "artifact" needs artifact options: token, repository, apiUrl, runId and runAttempt ' +
                    "(GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
            }
            const { ArtifactStateStore } = await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.bind(__webpack_require__, 24754));
            return new ArtifactStateStore(options.artifact);
        }
        default:
            return unknownKind(options.kind);
    }
}
function unknownKind(kind) {
    throw new user_error/* UserError */.y(`unknown state store "${String(kind)}": use file, branch, artifact, memory or none`);
}


/***/ })

};
