export const id = 3974;
export const ids = [3974,7795,872];
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

/***/ 34641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEventStreamed: () => (/* binding */ readEventStreamed),
/* harmony export */   readJsonStreamed: () => (/* binding */ readJsonStreamed)
/* harmony export */ });
/* harmony import */ var _byte_group_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51704);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85797);
/* harmony import */ var _lazy_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63973);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24848);







const CHUNK = 64 * 1024;
const GROUP_BYTES = 16 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
function readEventStreamed(path, options) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
    try {
        return readJsonStreamed(fd, options);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readJsonStreamed(fd, options) {
    const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const spans = findBigArrays(fd, limit, options.minBytes, options.maxDepth);
    if (spans === undefined || spans.length === 0)
        return undefined;
    return buildValue(fd, limit, spans, options.scratchDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)());
}
function forEachChunk(fd, limit, each) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let offset = 0;
    for (;;) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(CHUNK, limit - offset), offset);
        if (read === 0)
            return;
        if (each(chunk.subarray(0, read), offset) === false)
            return;
        offset += read;
    }
}
function findBigArrays(fd, limit, minBytes, maxDepth) {
    const spans = [];
    const opens = new Float64Array(maxDepth + 2);
    const kinds = new Uint8Array(maxDepth + 2);
    const deepest = new Int32Array(maxDepth + 2);
    const before = new Float64Array(maxDepth + 2);
    let containers = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let ok = true;
    forEachChunk(fd, limit, (chunk, offset) => {
        for (let i = 0; i < chunk.length; i++) {
            const byte = chunk[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (byte === BACKSLASH)
                    escaped = true;
                else if (byte === QUOTE)
                    inString = false;
                continue;
            }
            if (byte === QUOTE)
                inString = true;
            else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
                if (++depth > maxDepth) {
                    ok = false;
                    return false;
                }
                opens[depth] = offset + i;
                kinds[depth] = byte;
                deepest[depth] = depth;
                before[depth] = containers++;
            }
            else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
                if (depth === 0 || kinds[depth] !== byte - 2) {
                    ok = false;
                    return false;
                }
                const start = opens[depth];
                const end = offset + i + 1;
                const below = deepest[depth];
                if (byte === CLOSE_ARRAY && end - start >= minBytes) {
                    while (spans.length > 0 && spans[spans.length - 1].start > start)
                        spans.pop();
                    spans.push({ start, end, height: below - depth + 1, containers: containers - before[depth] });
                }
                depth--;
                if (depth > 0 && below > deepest[depth])
                    deepest[depth] = below;
            }
        }
        return true;
    });
    return ok && depth === 0 && !inString ? spans : undefined;
}
function buildValue(fd, limit, spans, scratchDir) {
    const scratch = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_scratch_js__WEBPACK_IMPORTED_MODULE_5__/* .makeScratchDir */ .K)("flows-event-", scratchDir), "arrays.json");
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(scratch, "w");
    const marker = `flows-skeleton-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}-`;
    const skeleton = [];
    const ranges = [];
    let written = 0;
    const write = (text) => {
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(out, text);
    };
    let valid = true;
    try {
        let span = 0;
        const group = new _byte_group_js__WEBPACK_IMPORTED_MODULE_6__/* .ByteGroup */ .s(2 * GROUP_BYTES);
        const addToGroup = (bytes) => group.add(bytes);
        let groups = 0;
        let depth = 0;
        let inString = false;
        let escaped = false;
        const flushGroup = (last) => {
            const text = group.take();
            let items;
            try {
                items = JSON.parse(`[${text}]`);
            }
            catch {
                return false;
            }
            if (items.length === 0)
                return false;
            const json = JSON.stringify(items);
            write(`${groups === 0 ? "[" : ","}${json.slice(1, -1)}${last ? "]" : ""}`);
            groups++;
            return true;
        };
        let inSpan = false;
        forEachChunk(fd, limit, (chunk, offset) => {
            let from = 0;
            let i = 0;
            while (i < chunk.length) {
                const current = spans[span];
                if (!inSpan) {
                    const until = current === undefined ? chunk.length : Math.min(chunk.length, current.start - offset);
                    if (i < until) {
                        skeleton.push(Buffer.from(chunk.subarray(i, until)));
                        i = until;
                        continue;
                    }
                    skeleton.push(Buffer.from(`"${marker}${span}"`));
                    ranges.push({ start: written, end: -1, height: current.height, containers: current.containers });
                    inSpan = true;
                    depth = 0;
                    groups = 0;
                    inString = false;
                    escaped = false;
                    i++;
                    from = i;
                    continue;
                }
                const byte = chunk[i];
                if (offset + i === current.end - 1) {
                    addToGroup(chunk.subarray(from, i));
                    if (!flushGroup(true)) {
                        valid = false;
                        return false;
                    }
                    ranges[ranges.length - 1].end = written;
                    inSpan = false;
                    span++;
                    i++;
                    continue;
                }
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (byte === BACKSLASH)
                        escaped = true;
                    else if (byte === QUOTE)
                        inString = false;
                }
                else if (byte === QUOTE)
                    inString = true;
                else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT)
                    depth++;
                else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT)
                    depth--;
                else if (byte === COMMA && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
                    addToGroup(chunk.subarray(from, i));
                    if (!flushGroup(false)) {
                        valid = false;
                        return false;
                    }
                    from = i + 1;
                }
                i++;
            }
            if (inSpan && from < chunk.length) {
                addToGroup(chunk.subarray(from));
            }
            return true;
        });
        if (!valid || span !== spans.length)
            return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(out);
    }
    const lazies = ranges.map((range) => {
        const array = (0,_lazy_json_js__WEBPACK_IMPORTED_MODULE_4__/* .lazyArray */ .UP)({ path: scratch, start: range.start, end: range.end });
        (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberShape */ .b6)(array, { height: range.height, containers: range.containers });
        return array;
    });
    const seen = new Set();
    let value;
    try {
        value = JSON.parse(Buffer.concat(skeleton).toString("utf8"), (_key, item) => {
            if (typeof item !== "string" || !item.startsWith(marker))
                return item;
            const index = Number(item.slice(marker.length));
            seen.add(index);
            return lazies[index];
        });
    }
    catch {
        return undefined;
    }
    return seen.size === lazies.length ? { value, lazyArrays: lazies.length } : undefined;
}


/***/ }),

/***/ 93742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ readTimedOut),
/* harmony export */   Z_: () => (/* binding */ uploadTimedOut),
/* harmony export */   gj: () => (/* binding */ readFailed),
/* harmony export */   vD: () => (/* binding */ uploadFailed)
/* harmony export */ });
/* unused harmony export ArtifactStateError */
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99416);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50872);


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
        "ACTIONS_RESULTS_URL, which the runner gives to JavaScript actions only (not to `run:` steps).");
}
function uploadTimedOut(name, error) {
    return new ArtifactStateError("timeout", `cannot upload the state artifact ${name}: the Actions results service (ACTIONS_RESULTS_URL) did not finish the upload ` +
        `within ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDuration */ .MB)(error.ms)}, so it was abandoned. ` +
        "GitHub's artifact service may be slow or down (https://www.githubstatus.com); run the job again later.");
}
function readTimedOut(what, repository, error) {
    return new ArtifactStateError("timeout", `cannot ${what} of ${repository}: GitHub did not finish within ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDuration */ .MB)(error.ms)}, so it was abandoned. ` +
        "Nothing was changed; GitHub may be slow or down (https://www.githubstatus.com): run the job again later.");
}


/***/ }),

/***/ 46486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ stateCommitMessage),
/* harmony export */   QG: () => (/* binding */ fastImportStream),
/* harmony export */   Tr: () => (/* binding */ STATE_README_PATH),
/* harmony export */   sI: () => (/* binding */ DEFAULT_STATE_AUTHOR),
/* harmony export */   ul: () => (/* binding */ batchFiles)
/* harmony export */ });
/* unused harmony export stateBranchReadme */
/* harmony import */ var _branch_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75252);
/* harmony import */ var _event_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48662);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78404);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77795);




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
- \`index/<xx>.json\`: what \`flows runs --limit\` and \`flows show <run-id>\` need of the records
  under \`events/<xx>/\` (their run ids and times), so they need not read every record. It is
  checked against the records, never trusted alone; a damaged one is rewritten by the next save.
- Every commit is made by flows-action; history is linear. Do not merge this branch into
  another. Deleting it makes flows-action forget what ran, so past events would run again.
`;
}
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
        if ("oid" in file)
            parts.push(Buffer.from(`M ${file.mode ?? "100644"} ${file.oid} ${file.path}\n`));
        else
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
function stateCommitMessage(eventIds) {
    const shown = eventIds.slice(0, 20).map((id) => `- ${id.replace(/[\r\n]/g, " ")}`);
    if (eventIds.length > shown.length)
        shown.push(`- ... and ${eventIds.length - shown.length} more`);
    const noun = eventIds.length === 1 ? "event" : "events";
    return `Record ${eventIds.length} flow ${noun}\n\n${shown.join("\n")}\n`;
}
function batchFiles(options) {
    const files = [];
    for (const { record, path } of options.batch) {
        const blob = options.stored(path);
        const stored = blob === undefined ? undefined : options.parse(blob, path);
        if (blob !== undefined && stored === undefined) {
            files.push({ path: (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .corruptRecordPath */ .Co)(path), oid: blob.oid, ...(blob.mode ? { mode: blob.mode } : {}) });
        }
        const merged = stored ? (0,_record_js__WEBPACK_IMPORTED_MODULE_3__.mergeEventRecords)(stored, record) : record;
        const eventText = (0,_event_text_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeEvent */ .rG)(merged.event);
        const [before, , after] = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .eventRecordParts */ .wr)(merged, eventText);
        const over = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLimitProblem */ .GZ)([before, (0,_event_text_js__WEBPACK_IMPORTED_MODULE_1__/* .countedEventText */ .uE)(merged.event, eventText), after], options.limits);
        if (over) {
            throw new _branch_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StateBranchError */ .a("refused", `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLimitSentence */ .aZ)(`the record of event ${JSON.stringify(record.event.id)} (${path})`, over, options.limits)}. ${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .WRITE_LIMIT_HINT */ .qu}`);
        }
        const text = `${before}${eventText}${after}`;
        if (text !== blob?.text)
            files.push({ path, text });
        options.storedAs?.(path, merged, text);
    }
    if (files.length > 0 && options.stored(STATE_README_PATH) === undefined) {
        files.push({ path: STATE_README_PATH, text: stateBranchReadme(options.branch) });
    }
    return files;
}


/***/ }),

/***/ 75252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ pushContended),
/* harmony export */   $q: () => (/* binding */ remoteStillHung),
/* harmony export */   Bj: () => (/* binding */ classifyPush),
/* harmony export */   EX: () => (/* binding */ pushFailed),
/* harmony export */   H: () => (/* binding */ pushRefused),
/* harmony export */   Um: () => (/* binding */ workDirFailed),
/* harmony export */   WE: () => (/* binding */ localDiskSaid),
/* harmony export */   WH: () => (/* binding */ pushCheckedOut),
/* harmony export */   YY: () => (/* binding */ pushNotLanded),
/* harmony export */   a: () => (/* binding */ StateBranchError),
/* harmony export */   dz: () => (/* binding */ pushNotChecked),
/* harmony export */   go: () => (/* binding */ pushDenied),
/* harmony export */   he: () => (/* binding */ pushProtected),
/* harmony export */   nA: () => (/* binding */ remoteHung),
/* harmony export */   oQ: () => (/* binding */ fetchFailed)
/* harmony export */ });
/* harmony import */ var _disk_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63122);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);


class StateBranchError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = "StateBranchError";
        this.kind = kind;
    }
}
const PERMISSION = /Permission to \S+ denied|returned error: 403|\b403 Forbidden|Write access to repository not granted|not allowed to push/i;
const PROTECTED = /GH006|GH013|protected branch|Repository rule violations/i;
const MOVED = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info|failed to lock/i;
const REFUSED = /hook declined|GH001/i;
const CHECKED_OUT = /refusing to update checked out branch|branch is currently checked out/i;
const READ_DENIED = /Authentication failed|could not read Username|could not read Password|returned error: 40[13]|Repository not found|Permission to \S+ denied/i;
function classifyPush(output) {
    if (PERMISSION.test(output))
        return "permission";
    if (PROTECTED.test(output))
        return "protected";
    if (CHECKED_OUT.test(output))
        return "checked-out";
    if (MOVED.test(gitsOwnLines(output)))
        return "retry";
    if (REFUSED.test(output))
        return "refused";
    return "other";
}
function gitsOwnLines(output) {
    return output
        .split("\n")
        .filter((line) => !/^\s*remote:/.test(line))
        .join("\n");
}
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
function pushCheckedOut(where) {
    return new StateBranchError("checked-out", `the state branch "${where.branch}" is checked out in ${where.remote}, and git does not push to the ` +
        "branch a work tree has checked out: switch that checkout to another branch (git switch -), or " +
        "choose another state branch.");
}
function pushFailed(where, output) {
    return new StateBranchError("git", `git could not push to the state branch "${where.branch}" of ${where.remote}.${gitSaid(output)}`);
}
function pushNotChecked(where, commit, look) {
    return new StateBranchError(look.kind, `${where.remote} reported the push of commit ${commit.slice(0, 12)} to the state branch "${where.branch}" taken, but whether the branch holds it could not be checked ` +
        `(${look.unknown}).${look.kind === "git" ? ` Check that ${where.remote} is reachable, then run again.` : ""} A step whose start is stored nowhere could be run by another job beside it.`);
}
function pushNotLanded(where, commit, tip) {
    const now = tip === undefined ? "the branch is not there" : `the branch is at ${tip.slice(0, 12)}, which does not hold it`;
    return new StateBranchError("git", `${where.remote} reported the push of commit ${commit.slice(0, 12)} to the state branch "${where.branch}" taken, but ${now}: ` +
        "something on the remote moved the branch back after taking the push (a post-receive hook, a mirror that syncs the branch from elsewhere, " +
        "a force-push). Find what resets that branch and stop it, or choose another state store.");
}
function remoteHung(where, command, stopped) {
    const whole = stopped.limit === undefined ? "" : wholeLimitText(stopped.limit);
    const check = `Check that ${where.remote} is reachable (for github.com: https://www.githubstatus.com), then run again.`;
    if (stopped.seconds === 0) {
        return new StateBranchError("timeout", `${whole} ran out before \`git ${command}\` for the state branch "${where.branch}" of ${where.remote} could start (the remote answers slowly, or other jobs kept moving the branch). ${check}`);
    }
    const limit = stopped.limit === undefined ? "its time limit for one git command" : `the end of ${whole}`;
    return new StateBranchError("timeout", `${where.remote} did not answer: \`git ${command}\` for the state branch "${where.branch}" was stopped after ${stopped.seconds} s, at ${limit}, ` +
        `and not tried again (a remote that hangs would cost each retry the same wait). ${check}`);
}
function wholeLimitText(limit) {
    return limit.of === "save"
        ? `the ${limit.seconds} s a save to the state branch may take (FLOWS_STATE_FLUSH_TIMEOUT_SECONDS)`
        : `the ${limit.seconds} s a read of the state branch may take (FLOWS_STATE_READ_TIMEOUT_SECONDS; raise it for a slow remote)`;
}
function remoteStillHung(where, hung) {
    return new StateBranchError("timeout", `${where.remote} does not answer: \`git ${hung.command}\` for the state branch "${where.branch}" was stopped after ${hung.seconds} s at ${hung.at}, ` +
        "and no git command has got an answer from it since, so this push was not tried (it would wait as long again, for each step). " +
        `Check that ${where.remote} is reachable (for github.com: https://www.githubstatus.com), then run again.`);
}
function pushRefused(where, output) {
    return new StateBranchError("refused", `the remote refused the push to the state branch "${where.branch}" of ${where.remote} (a ` +
        "pre-receive hook or a rule of the repository; GitHub refuses any file over 100 MB): see " +
        `what git said, and let the state branch take these records or choose another state store.${gitSaid(output)}`);
}
function pushContended(where, attempts, seconds, events) {
    return new StateBranchError("contention", `could not push ${events} event record(s) to the state branch "${where.branch}" of ` +
        `${where.remote} in ${attempts} attempts over ${seconds}s: other jobs kept updating it. If ` +
        "this keeps happening, limit parallel jobs with a workflow `concurrency:` group, or raise " +
        "FLOWS_STATE_PUSH_BUDGET_SECONDS (and FLOWS_STATE_FLUSH_TIMEOUT_SECONDS, the limit of a whole save, past 5 minutes).");
}
const LOCAL_DISK = /^(?!remote:).*?(No space left on device|Disk quota exceeded|Read-only file system)/im;
function localDiskSaid(output, workDir, chosenBy) {
    const said = LOCAL_DISK.exec(output)?.[1];
    if (said === undefined)
        return "";
    const problem = (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .diskProblem */ .N)(/space/i.test(said) ? "ENOSPC" : /quota/i.test(said) ? "EDQUOT" : "EROFS");
    const change = chosenBy.includes("TMPDIR") ? "set TMPDIR to a folder on a writable disk with room" : "give a folder on a writable disk with room";
    return ` The state branch's private git folder ${workDir}, ${chosenBy}, cannot be written: ${problem}. Free some space there, or ${change}.`;
}
function fetchFailed(where, output) {
    if (READ_DENIED.test(output)) {
        return new StateBranchError("read", `cannot read ${where.remote} to load the state branch "${where.branch}": access was denied. ` +
            'Give the job "contents: read" (and "contents: write" to save), pass a token that can ' +
            `read the repository, or check the repository URL.${gitSaid(output)}`);
    }
    return new StateBranchError("git", `git could not fetch the state branch "${where.branch}" from ${where.remote}.${gitSaid(output)}`);
}
function workDirFailed(where, chosenBy, error) {
    const code = error?.code;
    const problems = {
        ENOENT: "that folder does not exist",
        ENOTDIR: "a file is in the way of that folder",
        EEXIST: "a file is in the way of that folder",
        ENAMETOOLONG: "the path is too long",
    };
    const problem = (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .diskProblem */ .N)(code) ?? (code === undefined ? undefined : problems[code]);
    if (problem === undefined)
        return error;
    const change = chosenBy.includes("TMPDIR") ? "set TMPDIR to a writable folder" : "give a writable folder";
    return new StateBranchError("git", `cannot make the state branch's private git folder in ${where}, ${chosenBy}: ${problem}. ` +
        `Nothing was read or saved; ${change}, or use another state store.`);
}


/***/ }),

/***/ 35031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ isOrphaned),
/* harmony export */   Wg: () => (/* binding */ isLiveAttempt),
/* harmony export */   XR: () => (/* binding */ newAttemptKey),
/* harmony export */   YU: () => (/* binding */ markInterrupted),
/* harmony export */   bX: () => (/* binding */ canTellOwner),
/* harmony export */   jO: () => (/* binding */ isOwnerGone),
/* harmony export */   zq: () => (/* binding */ currentDispatcher)
/* harmony export */ });
/* unused harmony exports LEASE_GRACE_MS, processStartTicks */
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61557);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40801);
/* harmony import */ var _run_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13132);






const PROCESS_STARTED_AT_MS = processStartMs(process.pid) ?? Date.now() - process.uptime() * 1000;
const LEASE_GRACE_MS = 60_000;
const MAX_LEASE_MS = 2_147_483_647;
function currentDispatcher(leaseMs) {
    const dispatcher = {
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(),
        pid: process.pid,
        startedAt: new Date(PROCESS_STARTED_AT_MS).toISOString(),
        ...ownStartForOwner(),
    };
    if (leaseMs !== undefined)
        dispatcher.until = new Date(Date.now() + Math.min(leaseMs, MAX_LEASE_MS) + LEASE_GRACE_MS).toISOString();
    return dispatcher;
}
let ownStartRead;
function ownStart() {
    if (ownStartRead === undefined) {
        const startTicks = processStartTicks(process.pid);
        const bootId = readBootId();
        ownStartRead = { ...(startTicks === undefined ? {} : { startTicks }), ...(bootId === undefined ? {} : { bootId }) };
    }
    return ownStartRead;
}
function ownStartForOwner() {
    const { startTicks, bootId } = ownStart();
    return startTicks !== undefined && bootId !== undefined ? { startTicks, bootId } : {};
}
function readBootId() {
    try {
        return /^[0-9a-f-]{8,64}$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim())?.[0];
    }
    catch {
        return undefined;
    }
}
function newAttemptKey() {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .nw)(6);
}
function isOwnerGone(owner) {
    if (owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)())
        return false;
    if (ticksComparable(owner)) {
        if (owner.pid === process.pid)
            return owner.startTicks !== ownStart().startTicks;
        if (!(0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .isPidAlive */ .by)(owner.pid))
            return true;
        const ticks = processStartTicks(owner.pid);
        if (ticks !== undefined)
            return ticks !== owner.startTicks;
    }
    if (owner.pid === process.pid)
        return Date.parse(owner.startedAt) < PROCESS_STARTED_AT_MS - 2_000;
    if (!(0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .isPidAlive */ .by)(owner.pid))
        return true;
    const started = processStartMs(owner.pid);
    const recorded = Date.parse(owner.startedAt);
    return started !== undefined && Number.isFinite(recorded) && Math.abs(started - recorded) > 1_000;
}
function canTellOwner(owner) {
    return ticksComparable(owner) || Number.isFinite(Date.parse(owner.startedAt));
}
function ticksComparable(owner) {
    const own = ownStart();
    const sameBoot = owner.bootId === undefined || owner.bootId === own.bootId;
    return sameBoot && own.startTicks !== undefined && owner.startTicks !== undefined && Number.isSafeInteger(owner.startTicks);
}
function processStartMs(pid) {
    const ticks = processStartTicks(pid);
    if (ticks === undefined)
        return undefined;
    try {
        const boot = /^btime (\d+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)("/proc/stat", "utf8"));
        if (!boot)
            return undefined;
        return Number(boot[1]) * 1000 + (ticks / 100) * 1000;
    }
    catch {
        return undefined;
    }
}
function processStartTicks(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/stat`, "utf8");
        const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
        return Number.isSafeInteger(ticks) ? ticks : undefined;
    }
    catch {
        return undefined;
    }
}
function isLiveAttempt(attempt, now = Date.now()) {
    return (attempt.status === "running" || attempt.status === "queued") && attempt.dispatcher !== undefined && !isOrphaned(attempt, now);
}
function isOrphaned(attempt, now = Date.now()) {
    if (attempt.status !== "running" && attempt.status !== "queued")
        return false;
    const owner = attempt.dispatcher;
    if (!owner)
        return false;
    if (leaseEnd(attempt, now) < now)
        return true;
    return isOwnerGone(owner);
}
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
function leaseEnd(attempt, now = Date.now()) {
    const owner = attempt.dispatcher;
    const start = Date.parse(attempt.startedAt ?? owner.startedAt);
    if (Number.isFinite(start) && start > now + CLOCK_SKEW_MS)
        return Number.NEGATIVE_INFINITY;
    if (owner.until !== undefined) {
        const until = Date.parse(owner.until);
        return Number.isFinite(until) && until <= now + MAX_LEASE_MS + LEASE_GRACE_MS + CLOCK_SKEW_MS ? until : Number.NEGATIVE_INFINITY;
    }
    if (owner.host === (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)())
        return Number.POSITIVE_INFINITY;
    return Number.isFinite(start) ? start + MAX_LEASE_MS + LEASE_GRACE_MS : Number.NEGATIVE_INFINITY;
}
function markInterrupted(record, now = Date.now()) {
    if (!record.runs.some((run) => run.attempts.some((attempt) => isOrphaned(attempt, now))))
        return record;
    return { ...record, runs: record.runs.map((run) => interruptRun(run, now)) };
}
function interruptRun(run, now) {
    if (!run.attempts.some((attempt) => isOrphaned(attempt, now)))
        return run;
    const attempts = run.attempts.map((attempt) => {
        if (!isOrphaned(attempt, now))
            return attempt;
        const owner = attempt.dispatcher;
        const error = leaseEnd(attempt, now) === Number.NEGATIVE_INFINITY
            ? `the attempt's start or lease (${JSON.stringify(String(owner.until ?? attempt.startedAt ?? owner.startedAt).slice(0, 40))}) is no date a dispatcher writes (not a date, or far ahead of now), so it is read as ended; nothing recorded how it ended`
            : `the dispatcher (pid ${owner.pid} on ${owner.host}) stopped while this attempt ran; nothing recorded how it ended`;
        return { ...attempt, status: "interrupted", error };
    });
    const last = attempts.at(-1);
    if (last.status !== "interrupted" || attempts.some((attempt) => isLiveAttempt(attempt, now)))
        return { ...run, attempts };
    const settled = (0,_run_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .settledBeside */ .wT)(attempts.slice(0, -1), last);
    if (settled)
        return settledBy(run, attempts, settled);
    const view = { ...run, attempts, processStatus: "interrupted", effectiveStatus: "interrupted", needsAttention: false };
    delete view.resultStatus;
    view.error = last.error;
    return view;
}
function settledBy(run, attempts, settled) {
    if (_run_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTLED_STATUSES */ .H9.has(run.effectiveStatus))
        return { ...run, attempts };
    const view = { ...run, attempts, processStatus: settled.status };
    if (settled.resultStatus === undefined)
        delete view.resultStatus;
    else
        view.resultStatus = settled.resultStatus;
    if (settled.completedAt !== undefined)
        view.completedAt = settled.completedAt;
    if (settled.error === undefined)
        delete view.error;
    else
        view.error = settled.error;
    delete view.timedOut;
    view.effectiveStatus = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveStatusOf */ .Z2)(view);
    view.needsAttention = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_5__/* .needsAttentionFor */ .XM)(view.effectiveStatus);
    return view;
}


/***/ }),

/***/ 3974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createStateStore: () => (/* binding */ createStateStore),
  defaultStateDir: () => (/* reexport */ layout/* defaultStateDir */.yD)
});

// UNUSED EXPORTS: ArtifactStateError, DEFAULT_STATE_AUTHOR, FileStateStore, MemoryStateStore, RECORD_FORMAT_VERSION, StateBranchError, StateFolderError, StateLockError, StateNotSavedError, StateRecordError, eventRecordPath, mergeEventRecords, parseEventRecord

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __webpack_require__(61557);
// EXTERNAL MODULE: ./.build/events/event-file.js
var event_file = __webpack_require__(34641);
// EXTERNAL MODULE: ./.build/events/lazy-json.js
var lazy_json = __webpack_require__(63973);
// EXTERNAL MODULE: ./.build/json-shape.js
var json_shape = __webpack_require__(1414);
// EXTERNAL MODULE: ./.build/state/file-errors.js
var file_errors = __webpack_require__(41134);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(75244);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __webpack_require__(35031);
;// CONCATENATED MODULE: ./.build/state/file-lock.js





class StateLockError extends user_error/* UserError */.y {
    lockPath;
    constructor(lockPath, waitedMs) {
        super(`could not lock ${lockPath} within ${Math.round(waitedMs / 1000)}s: another flows process is ` +
            "writing this event. If no flows process is running, delete that file and run again.");
        this.name = "StateLockError";
        this.lockPath = lockPath;
    }
}
class LockLostError extends user_error/* UserError */.y {
    lockPath;
    constructor(lockPath, tries) {
        super(`lost the lock ${lockPath} ${tries} time${tries === 1 ? "" : "s"} before writing: another flows ` +
            "process (on another host sharing this folder) took it as stale. Nothing was written; make " +
            "sure one folder is not shared by hosts whose saves take longer than the lock's stale time.");
        this.name = "LockLostError";
        this.lockPath = lockPath;
    }
}
const DEFAULT_STALE_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_LOCK_LOST = 3;
async function withFileLock(lockPath, action, options = {}) {
    for (let lost = 0;; lost++) {
        const mine = await acquire(lockPath, options);
        const held = {
            assertHeld: () => {
                if (lockText(lockPath) !== mine.text)
                    throw new LockLostError(lockPath, lost + 1);
            },
        };
        try {
            return await action(held);
        }
        catch (error) {
            if (!(error instanceof LockLostError) || error.lockPath !== lockPath || lost + 1 >= MAX_LOCK_LOST)
                throw error;
        }
        finally {
            release(mine, options);
        }
    }
}
const RELEASED_MARK = "released\n";
function release(taken, options) {
    try {
        try {
            const own = (0,external_node_fs_.fstatSync)(taken.fd);
            const isOwn = (path) => {
                const info = lstatIfThere(path);
                return info !== undefined && info.ino === own.ino && info.dev === own.dev;
            };
            if (isOwn(taken.path) && holdsOwnText(taken)) {
                options.pauseAt?.("releasing", taken.path);
                if (removeIfSame(taken.path, isOwn, options) === "removed")
                    return;
            }
        }
        catch {
        }
        markReleased(taken);
    }
    finally {
        try {
            (0,external_node_fs_.closeSync)(taken.fd);
        }
        catch {
        }
    }
}
function holdsOwnText(taken) {
    const mine = Buffer.from(taken.text, "utf8");
    const now = Buffer.alloc(mine.length + 1);
    return (0,external_node_fs_.readSync)(taken.fd, now, 0, now.length, 0) === mine.length && now.subarray(0, mine.length).equals(mine);
}
function lstatIfThere(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
function markReleased(taken) {
    try {
        if (holdsOwnText(taken))
            (0,fs_safe/* writeAll */.f4)(taken.fd, Buffer.from(RELEASED_MARK, "utf8"));
    }
    catch {
    }
}
async function acquire(lockPath, options) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const started = Date.now();
    for (let attempt = 0;; attempt++) {
        const mine = tryCreate(lockPath);
        if (mine !== undefined)
            return mine;
        const broken = breakIfStale(lockPath, staleMs, options);
        const waited = Date.now() - started;
        if (waited > timeoutMs)
            throw new StateLockError(lockPath, waited);
        if (broken)
            continue;
        const delay = Math.min(50, 2 + attempt * 2) * (0.5 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
function tryCreate(lockPath) {
    const owner = { ...(0,dispatcher/* currentDispatcher */.zq)(), lockedAt: new Date().toISOString(), key: (0,hash/* randomHex */.nw)(4) };
    const text = `${JSON.stringify(owner)}\n`;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(lockPath, "wx+");
    }
    catch (error) {
        if (errorCode(error) === "EEXIST")
            return undefined;
        throw error;
    }
    try {
        (0,fs_safe/* writeAll */.f4)(fd, Buffer.from(text, "utf8"));
        return { path: lockPath, text, fd };
    }
    catch (error) {
        try {
            (0,external_node_fs_.closeSync)(fd);
        }
        catch {
        }
        try {
            (0,external_node_fs_.unlinkSync)(lockPath);
        }
        catch {
        }
        throw error;
    }
}
function lockText(path) {
    try {
        const read = (0,fs_safe/* readRegularFile */.XF)(path, MAX_LOCK_BYTES);
        return read.kind === "read" ? read.bytes.toString("utf8") : undefined;
    }
    catch {
        return undefined;
    }
}
const MAX_LOCK_BYTES = 64 * 1024;
function parseOwner(text) {
    try {
        const owner = JSON.parse(text ?? "");
        if (typeof owner.host === "string" && typeof owner.pid === "number" && typeof owner.startedAt === "string") {
            if (owner.startTicks !== undefined && !Number.isSafeInteger(owner.startTicks))
                delete owner.startTicks;
            if (owner.bootId !== undefined && typeof owner.bootId !== "string")
                delete owner.bootId;
            return owner;
        }
    }
    catch {
    }
    return undefined;
}
function look(path) {
    try {
        const read = (0,fs_safe/* readRegularFile */.XF)(path, MAX_LOCK_BYTES);
        if (read.kind === "missing")
            return undefined;
        if (read.kind === "read") {
            const { dev, ino, mtimeMs } = read.identity;
            return { dev, ino, mtimeMs, plain: true, text: read.bytes.toString("utf8") };
        }
    }
    catch {
    }
    try {
        const info = (0,external_node_fs_.lstatSync)(path);
        return { dev: info.dev, ino: info.ino, mtimeMs: info.mtimeMs, plain: info.isFile(), text: undefined };
    }
    catch {
        return undefined;
    }
}
function isJudged(judged, path) {
    const now = look(path);
    return now !== undefined && now.dev === judged.dev && now.ino === judged.ino && now.plain === judged.plain && now.text === judged.text;
}
function isStale(seen, staleMs) {
    if (!seen.plain)
        return true;
    if (seen.text?.endsWith(`\n${RELEASED_MARK}`))
        return true;
    const owner = parseOwner(seen.text);
    if (owner !== undefined && (0,dispatcher/* isOwnerGone */.jO)(owner))
        return true;
    if (owner !== undefined && owner.host === (0,dispatcher/* currentDispatcher */.zq)().host && (0,dispatcher/* canTellOwner */.bX)(owner))
        return false;
    return Date.now() - seen.mtimeMs > staleMs;
}
function breakIfStale(lockPath, staleMs, options) {
    const seen = look(lockPath);
    if (seen === undefined || !isStale(seen, staleMs))
        return false;
    const breakPath = `${lockPath}.break`;
    const breaking = tryCreate(breakPath);
    if (breaking === undefined) {
        const breaker = look(breakPath);
        if (breaker !== undefined && isStale(breaker, staleMs)) {
            options.pauseAt?.("judged", breakPath);
            removeIfSame(breakPath, (aside) => isJudged(breaker, aside), options);
        }
        return false;
    }
    try {
        options.pauseAt?.("breaking", breakPath);
        const now = look(lockPath);
        if (now === undefined || !isStale(now, staleMs))
            return false;
        options.pauseAt?.("judged", lockPath);
        return removeIfSame(lockPath, (aside) => isJudged(now, aside), options) === "removed";
    }
    finally {
        release(breaking, options);
    }
}
function removeIfSame(path, isSame, options) {
    const aside = `${path}.stale-${(0,hash/* randomHex */.nw)(4)}`;
    try {
        (0,external_node_fs_.renameSync)(path, aside);
    }
    catch {
        return "missing";
    }
    options.pauseAt?.("moved", aside);
    if (isSame(aside)) {
        try {
            (0,external_node_fs_.unlinkSync)(aside);
        }
        catch {
        }
        return "removed";
    }
    try {
        (0,external_node_fs_.linkSync)(aside, path);
    }
    catch (error) {
        if (errorCode(error) !== "EEXIST")
            return "other";
    }
    try {
        (0,external_node_fs_.unlinkSync)(aside);
    }
    catch {
    }
    return "other";
}
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error
        ? String(error.code)
        : undefined;
}

// EXTERNAL MODULE: ./.build/state/record-check.js
var record_check = __webpack_require__(10838);
// EXTERNAL MODULE: ./.build/state/event-text.js
var event_text = __webpack_require__(48662);
// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __webpack_require__(78404);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/problems.js
var problems = __webpack_require__(39094);
// EXTERNAL MODULE: ./.build/state/read-only.js
var read_only = __webpack_require__(71341);
;// CONCATENATED MODULE: ./.build/state/file-store.js















const STREAMED_RECORD_BYTES = 1024 * 1024;
const SET_ASIDE_TRIES = 5;
class FileStateStore {
    kind = "file";
    #problems = new problems/* ProblemLog */.mT();
    dir;
    #folder;
    #lock;
    #maxRecordBytes;
    #maxContainers;
    #streamedRecordBytes;
    #reader;
    #damage = new Map();
    #lastWrite;
    #waiting = new Map();
    #writing = new Map();
    #eventTexts = new event_text/* EventTextCache */._t();
    #realFolders = new Set();
    #folderLinkChecked = false;
    counts = {
        recordReads: 0,
        recordWrites: 0,
        eventSerialisations: () => this.#eventTexts.serialisations,
    };
    constructor(options) {
        this.dir = (0,external_node_path_.resolve)(options.dir);
        this.#folder = { dir: this.dir, setting: options.setting };
        this.#lock = options.lock ?? {};
        this.#maxRecordBytes = options.maxRecordBytes ?? layout/* MAX_RECORD_BYTES */.xR;
        this.#maxContainers = (0,layout/* recordContainerCap */.xU)(this.#maxRecordBytes);
        this.#streamedRecordBytes = options.streamedRecordBytes ?? STREAMED_RECORD_BYTES;
        this.#reader = (0,read_only/* readOnlyReader */.W8)(options.readOnly);
    }
    get readOnly() {
        return this.#reader !== undefined;
    }
    damageOf(eventId) {
        return this.#damage.get(eventId);
    }
    async loadEvent(eventId) {
        const relativePath = (0,layout/* eventRecordPath */.fl)(eventId);
        const file = this.#absolute(relativePath);
        try {
            this.#refuseUnusableLink("read");
            this.#refuseLinkedFolders(relativePath, "read");
            const found = this.#readFile(relativePath);
            if (found.kind === "record")
                return found.record;
            if (found.kind === "missing")
                return undefined;
            if (this.#reader !== undefined)
                return this.#leftDamaged(eventId, file, found.reason);
            (0,fs_safe/* makeFolders */.wZ)((0,external_node_path_.dirname)(file));
            return await withFileLock(`${file}.lock`, () => this.#readLocked(relativePath, found.reason), this.#lock);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "read", file);
        }
    }
    #leftDamaged(eventId, file, reason) {
        const damage = (0,read_only/* recordDamage */.ZE)(file, reason, eventId, this.#reader);
        if (!this.#damage.has(eventId))
            this.#report((0,read_only/* damageProblem */.Zl)(damage));
        this.#damage.set(eventId, damage);
        return undefined;
    }
    async saveEvent(record, options = {}) {
        await this.#save({ record, ...(options.countOnly === true ? { countOnly: true } : {}) });
    }
    async claimRuns(record, claim) {
        const save = { record, claim };
        await this.#save(save);
        return save.taken ?? new Map();
    }
    #save(save) {
        if (this.#reader !== undefined) {
            return (0,read_only/* refusedWrite */.yN)(save.claim ? `claim the runs of event ${save.record.event.id}` : `save event ${save.record.event.id}`, this.#reader);
        }
        const relativePath = (0,layout/* eventRecordPath */.fl)(save.record.event.id);
        const waiting = this.#waiting.get(relativePath);
        if (waiting) {
            waiting.saves.push(save);
            return waiting.written;
        }
        const batch = { saves: [save], written: Promise.resolve() };
        const previous = this.#writing.get(relativePath) ?? Promise.resolve();
        batch.written = previous
            .catch(() => undefined)
            .then(() => {
            this.#waiting.delete(relativePath);
            return this.#write(relativePath, batch.saves);
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
    async #write(relativePath, saves) {
        const file = this.#absolute(relativePath);
        try {
            await this.#writeLocked(file, relativePath, saves);
        }
        catch (error) {
            const refused = (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "save", file);
            if (refused instanceof file_errors/* StateFolderError */.mU && saves.every((save) => (0,state_record.countsOnly)(save))) {
                const stored = this.#storedUnlocked(relativePath);
                if (stored !== undefined) {
                    this.#report({ path: file, message: (0,state_record.countNotSavedMessage)(stored.event.id, stored.dispatchCount, `${refused.message}${refused.hint ? ` ${refused.hint}` : ""}`) });
                    return;
                }
            }
            throw refused;
        }
    }
    #storedUnlocked(relativePath) {
        try {
            const found = this.#readFile(relativePath);
            return found.kind === "record" ? found.record : undefined;
        }
        catch {
            return undefined;
        }
    }
    async #writeLocked(file, relativePath, saves) {
        this.#refuseUnusableLink("save");
        this.#refuseLinkedFolders(relativePath, "save");
        (0,fs_safe/* makeFolders */.wZ)((0,external_node_path_.dirname)(file));
        await withFileLock(`${file}.lock`, (held) => {
            const last = this.#lastWrite?.file === file ? this.#lastWrite : undefined;
            this.#lastWrite = undefined;
            const unchanged = last !== undefined &&
                (0,fs_safe/* sameFile */.Vi)((0,fs_safe/* lstatIdentity */.pD)(file), last.identity) &&
                (0,fs_safe/* fileSha256 */.sN)(file, last.written.bytes) === last.written.sha256;
            const stored = unchanged ? last.record : this.#readLocked(relativePath);
            const merged = mergeSaves(stored, saves);
            const eventText = this.#eventTexts.textOf(merged.event);
            const parts = (0,layout/* eventRecordParts */.wr)(merged, eventText.text);
            const over = (0,layout/* writeLimitProblem */.GZ)([parts[0], eventText, parts[2]], { maxBytes: this.#maxRecordBytes, maxContainers: this.#maxContainers });
            if (over?.over === "bytes")
                throw (0,file_errors/* recordTooLargeError */.p8)(this.#folder, file, over.bytes, this.#maxRecordBytes);
            if (over)
                throw (0,file_errors/* recordTooManyContainersError */.Fw)(this.#folder, file, merged.event.id, this.#maxContainers);
            const written = (0,fs_safe/* writeFileAtomically */.lo)(file, parts, held.assertHeld);
            if (!unchanged)
                removeOrphanedTemporaries(file);
            this.counts.recordWrites += 1;
            const identity = (0,fs_safe/* lstatIdentity */.pD)(file);
            this.#lastWrite = { file, written, identity, record: { ...merged, runs: structuredClone(merged.runs) } };
        }, this.#lock);
    }
    async listEvents(query = {}) {
        try {
            return (0,layout/* selectEvents */.A$)(await this.#listAll(), query);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "read");
        }
    }
    async #listAll() {
        const records = [];
        await this.#scan((record) => {
            records.push(record);
        });
        return records;
    }
    async eachEvent(visit) {
        try {
            await this.#scan(visit);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "read");
        }
    }
    async #scan(visit) {
        this.#refuseUnusableLink("read");
        this.#refuseLinkedFolders(`${layout/* EVENTS_DIR */._I}/`, "read");
        for (const shard of await listNamesAsync(this.#absolute(layout/* EVENTS_DIR */._I))) {
            if (!/^[0-9a-f]{2}$/.test(shard))
                continue;
            const linked = this.#linkedFolder(`${layout/* EVENTS_DIR */._I}/${shard}/`);
            if (linked) {
                this.#report({ path: linked, message: "is a symbolic link; records are kept only in real folders inside the state folder, so its records were not read" });
                continue;
            }
            const names = (await listNamesAsync(this.#absolute(`${layout/* EVENTS_DIR */._I}/${shard}`))).filter(layout/* isEventRecordFileName */.$E);
            for (const name of names) {
                const record = this.#readListed(`${layout/* EVENTS_DIR */._I}/${shard}/${name}`);
                if (record && visit(record) === false)
                    return;
            }
        }
    }
    async flush() { }
    #readFile(relativePath) {
        const file = this.#absolute(relativePath);
        const minBytes = this.#streamedRecordBytes;
        const maxContainers = this.#maxContainers;
        const read = (0,fs_safe/* readRegularFile */.XF)(file, this.#maxRecordBytes, (fd, size) => {
            if (size < minBytes)
                return undefined;
            const notUtf8 = storedTextProblem(fd, size, maxContainers);
            return notUtf8 ? { notUtf8 } : (0,event_file.readJsonStreamed)(fd, { minBytes, maxDepth: record_check/* MAX_RECORD_DEPTH */.h, maxBytes: size });
        });
        if (read.kind === "missing")
            return read;
        if (read.kind === "refused")
            return { kind: "bad", reason: read.reason, identity: read.identity };
        this.counts.recordReads += 1;
        try {
            let record;
            if (read.kind === "read")
                record = (0,layout/* parseEventRecordText */.eR)((0,layout/* decodeStoredText */.$M)(read.bytes), relativePath, maxContainers);
            else if ("notUtf8" in read.value)
                throw new Error(read.value.notUtf8);
            else
                record = (0,layout/* parseEventRecordValue */.se)(withPlainRuns(read.value.value), relativePath);
            return { kind: "record", record };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            if (error instanceof state_record.NewerRecordFormatError) {
                this.#report({ path: file, message: reason });
                throw new layout/* StateRecordError */.J1(file, reason);
            }
            return { kind: "bad", reason, identity: read.identity };
        }
    }
    #readLocked(relativePath, seen) {
        const file = this.#absolute(relativePath);
        for (let tries = 1;; tries++) {
            const found = this.#readFile(relativePath);
            if (found.kind === "record")
                return found.record;
            if (found.kind === "missing") {
                if (seen)
                    this.#report({ path: file, message: `${seen}; moved away by another process meanwhile, and the event counts as not handled yet` });
                return undefined;
            }
            if ((0,fs_safe/* sameFile */.Vi)((0,fs_safe/* lstatIdentity */.pD)(file), found.identity)) {
                const aside = (0,layout/* corruptRecordPath */.Co)(file);
                try {
                    (0,external_node_fs_.renameSync)(file, aside);
                    this.#report({ path: file, message: `${found.reason}; moved aside to ${aside}, and the event counts as not handled yet` });
                    return undefined;
                }
                catch (error) {
                    if (errorCode(error) !== "ENOENT")
                        throw error;
                }
            }
            if (tries >= SET_ASIDE_TRIES) {
                this.#report({ path: file, message: found.reason });
                throw new layout/* StateRecordError */.J1(file, `${found.reason}, and it kept changing while it was read`);
            }
        }
    }
    #readListed(relativePath) {
        try {
            const found = this.#readFile(relativePath);
            if (found.kind === "bad")
                this.#report({ path: this.#absolute(relativePath), message: found.reason });
            return found.kind === "record" ? found.record : undefined;
        }
        catch (error) {
            if (!(error instanceof layout/* StateRecordError */.J1)) {
                const reason = error instanceof Error ? error.message : String(error);
                this.#report({ path: this.#absolute(relativePath), message: reason });
            }
            return undefined;
        }
    }
    #refuseUnusableLink(doing) {
        if (this.#folderLinkChecked)
            return;
        const refused = (0,file_errors/* unusableFolderLink */.WZ)(this.#folder, doing);
        if (refused)
            throw refused;
        this.#folderLinkChecked = true;
    }
    #refuseLinkedFolders(relativePath, doing) {
        const linked = this.#linkedFolder(relativePath);
        if (linked)
            throw (0,file_errors/* linkedFolderError */._l)(this.#folder, linked, doing);
    }
    #linkedFolder(relativePath) {
        const parts = relativePath.split("/");
        for (let depth = 1; depth < parts.length; depth++) {
            const folder = parts.slice(0, depth).join("/");
            if (this.#realFolders.has(folder))
                continue;
            const path = this.#absolute(folder);
            try {
                const info = (0,external_node_fs_.lstatSync)(path);
                if (info.isSymbolicLink())
                    return path;
                if (info.isDirectory())
                    this.#realFolders.add(folder);
            }
            catch (error) {
                if (errorCode(error) === "ENOENT")
                    return undefined;
                throw error;
            }
        }
        return undefined;
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
    #absolute(relativePath) {
        return (0,external_node_path_.join)(this.dir, ...relativePath.split("/"));
    }
}
function mergeSaves(stored, saves) {
    let merged = stored;
    for (const save of saves) {
        let record = save.record;
        if (save.claim) {
            const taken = (0,state_record.takenRuns)(merged, record, save.claim);
            save.taken = new Map([...taken].map(([id, run]) => [id, structuredClone(run)]));
            record = (0,state_record.startedAtClaim)((0,state_record.withoutRuns)(record, taken), save.claim.starting, new Date().toISOString());
        }
        merged = merged ? (0,state_record.mergeEventRecords)(merged, record) : record;
    }
    return merged;
}
function withPlainRuns(value) {
    const record = value;
    if (typeof record === "object" && record !== null && typeof record.runs === "object" && record.runs !== null) {
        record.runs = JSON.parse((0,lazy_json/* jsonPartsText */.iK)((0,lazy_json/* jsonParts */.lx)(record.runs)));
    }
    return value;
}
function storedTextProblem(fd, size, maxContainers) {
    const check = new layout/* Utf8Check */.Iw();
    const shape = new json_shape/* JsonShapeScan */.p({ maxDepth: Number.POSITIVE_INFINITY, maxContainers });
    const buffer = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    try {
        for (let at = 0; at < size;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, size - at), at);
            if (read === 0)
                break;
            check.add(buffer.subarray(0, read));
            if (!shape.add(buffer.subarray(0, read)))
                return (0,layout/* tooManyContainers */.mR)(maxContainers);
            at += read;
        }
        check.end();
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
async function listNamesAsync(dir) {
    try {
        const { readdir } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
        return (await readdir(dir)).sort();
    }
    catch (error) {
        if (errorCode(error) === "ENOENT")
            return [];
        throw error;
    }
}
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
        if (!match || Number(match[1]) === process.pid || (0,fs_safe/* isPidAlive */.by)(Number(match[1])))
            continue;
        try {
            (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), name));
        }
        catch {
        }
    }
}

// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __webpack_require__(19917);
// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __webpack_require__(67724);
// EXTERNAL MODULE: ./.build/state/artifact-errors.js
var artifact_errors = __webpack_require__(93742);
// EXTERNAL MODULE: ./.build/state/branch-commit.js
var branch_commit = __webpack_require__(46486);
// EXTERNAL MODULE: ./.build/state/branch-errors.js
var branch_errors = __webpack_require__(75252);
// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __webpack_require__(85779);
// EXTERNAL MODULE: ./.build/state/record-parse.js + 1 modules
var record_parse = __webpack_require__(75067);
;// CONCATENATED MODULE: ./.build/state/index.js

















async function createStateStore(options) {
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options), "createStateStore", "options", 'an options object like { kind: "file" }', options);
    switch (options.kind) {
        case "file":
            return new FileStateStore({
                dir: options.dir ?? (0,layout/* defaultStateDir */.yD)(options.repoDir ?? process.cwd()),
                ...(options.dirSetting ? { setting: options.dirSetting } : {}),
                ...(options.readOnly ? { readOnly: options.readOnly } : {}),
            });
        case "branch": {
            if (!options.remoteUrl && !options.repoDir) {
                throw new user_error/* UserError */.y('state "branch" needs a repository: pass repoDir (a checkout) or remoteUrl');
            }
            const { BranchStateStore } = await __webpack_require__.e(/* import() */ 6885).then(__webpack_require__.bind(__webpack_require__, 26885));
            return new BranchStateStore({
                ...(options.remoteUrl ? { remoteUrl: options.remoteUrl } : {}),
                ...(options.repoDir ? { repoDir: options.repoDir } : {}),
                ...(options.branch ? { branch: options.branch } : {}),
                ...(options.token ? { token: options.token } : {}),
                ...(options.claim !== undefined ? { claim: options.claim } : {}),
                ...(options.readOnly ? { readOnly: options.readOnly } : {}),
            });
        }
        case "memory":
        case "none":
            return new memory_store/* MemoryStateStore */.k(options.readOnly ? { readOnly: options.readOnly } : {});
        case "artifact": {
            if (!options.artifact) {
                throw new user_error/* UserError */.y('state "artifact" needs artifact options: token, repository, apiUrl, runId and runAttempt ' +
                    "(GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
            }
            const { ArtifactStateStore } = await Promise.all(/* import() */[__webpack_require__.e(5075), __webpack_require__.e(9285)]).then(__webpack_require__.bind(__webpack_require__, 79285));
            return new ArtifactStateStore(options.readOnly ? { ...options.artifact, readOnly: options.readOnly } : options.artifact);
        }
        default:
            return unknownKind(options.kind);
    }
}
function unknownKind(kind) {
    throw new user_error/* UserError */.y(`unknown state store "${String(kind)}": use file, branch, artifact, memory or none`);
}


/***/ }),

/***/ 77795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DISPATCH_KEYS_KEPT: () => (/* binding */ DISPATCH_KEYS_KEPT),
/* harmony export */   NewerRecordFormatError: () => (/* binding */ NewerRecordFormatError),
/* harmony export */   addPending: () => (/* binding */ addPending),
/* harmony export */   copyRecord: () => (/* binding */ copyRecord),
/* harmony export */   countDispatch: () => (/* binding */ countDispatch),
/* harmony export */   countNotSavedMessage: () => (/* binding */ countNotSavedMessage),
/* harmony export */   countsOnly: () => (/* binding */ countsOnly),
/* harmony export */   laterFields: () => (/* binding */ laterFields),
/* harmony export */   mergeEventRecords: () => (/* binding */ mergeEventRecords),
/* harmony export */   newDispatchKey: () => (/* binding */ newDispatchKey),
/* harmony export */   notStartedRuns: () => (/* binding */ notStartedRuns),
/* harmony export */   startedAtClaim: () => (/* binding */ startedAtClaim),
/* harmony export */   takenRuns: () => (/* binding */ takenRuns),
/* harmony export */   withPending: () => (/* binding */ withPending),
/* harmony export */   withPendingRecord: () => (/* binding */ withPendingRecord),
/* harmony export */   withoutRuns: () => (/* binding */ withoutRuns)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40801);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75244);
/* harmony import */ var _run_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13132);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39709);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99416);





function mergeEventRecords(stored, incoming) {
    const runs = new Map();
    for (const run of [...stored.runs, ...incoming.runs]) {
        const seen = runs.get(run.id);
        runs.set(run.id, seen ? (0,_run_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeRuns */ .rV)(seen, run) : run);
    }
    return {
        ...laterFields(stored),
        ...laterFields(incoming),
        formatVersion: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RECORD_FORMAT_VERSION */ .Z,
        event: stored.event,
        runs: [...runs.values()],
        firstDispatchedAt: earlier(stored.firstDispatchedAt, incoming.firstDispatchedAt),
        updatedAt: later(stored.updatedAt, incoming.updatedAt),
        ...mergeDispatchCounts(stored, incoming),
    };
}
const RECORD_FIELDS = new Set(["formatVersion", "event", "runs", "firstDispatchedAt", "updatedAt", "dispatchCount", "dispatchKeys"]);
function laterFields(record) {
    const later = {};
    for (const [key, value] of Object.entries(record))
        if (!RECORD_FIELDS.has(key))
            later[key] = value;
    return later;
}
const DISPATCH_KEYS_KEPT = 32;
function newDispatchKey() {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .randomHex */ .nw)(6);
}
function countDispatch(stored, key = newDispatchKey()) {
    return { dispatchCount: (stored?.dispatchCount ?? 0) + 1, dispatchKeys: [...(stored?.dispatchKeys ?? []), key].slice(-DISPATCH_KEYS_KEPT) };
}
function mergeDispatchCounts(a, b) {
    const aKeys = a.dispatchKeys ?? [];
    const bKeys = b.dispatchKeys ?? [];
    if (aKeys.length === 0 && bKeys.length === 0)
        return { dispatchCount: Math.max(a.dispatchCount, b.dispatchCount) };
    const inA = new Set(aKeys);
    const inB = new Set(bKeys);
    const onlyB = bKeys.filter((key) => !inA.has(key));
    const onlyA = aKeys.filter((key) => !inB.has(key));
    return {
        dispatchCount: Math.max(a.dispatchCount + onlyB.length, b.dispatchCount + onlyA.length),
        dispatchKeys: [...aKeys, ...onlyB].slice(-DISPATCH_KEYS_KEPT),
    };
}
function countsOnly(save) {
    return save.countOnly === true && save.record.runs.length === 0 && save.claim === undefined;
}
function countNotSavedMessage(eventId, storedCount, reason) {
    return (`event ${JSON.stringify(eventId.slice(0, 200))} was delivered again and found already handled (nothing ran), ` +
        `but the redelivery count could NOT be saved: ${reason.trim()} The stored record is unchanged: it still counts ${storedCount} dispatch(es), ` +
        "this one not included; no run of it is lost.");
}
function takenRuns(current, record, claim) {
    const taken = new Map();
    if (current === undefined)
        return taken;
    const stored = new Map(current.runs.map((run) => [run.id, run]));
    for (const run of record.runs) {
        const copy = stored.get(run.id);
        if (copy !== undefined && claim.starting.has(run.id) && claim.isTaken(copy, run))
            taken.set(run.id, copy);
    }
    return taken;
}
function withoutRuns(record, taken) {
    return taken.size === 0 ? record : { ...record, runs: record.runs.filter((run) => !taken.has(run.id)) };
}
function startedAtClaim(record, starting, now) {
    let moved = false;
    const runs = record.runs.map((run) => {
        const last = run.attempts.at(-1);
        if (!starting.has(run.id) || last === undefined || (last.status !== "running" && last.status !== "queued"))
            return run;
        const was = last.startedAt;
        if (was !== undefined && was >= now)
            return run;
        moved = true;
        const view = { ...run, attempts: [...run.attempts.slice(0, -1), { ...last, startedAt: now }], updatedAt: later(run.updatedAt, now) };
        if (run.startedAt === was)
            view.startedAt = now;
        if (run.attempts.length === 1 && run.createdAt === was)
            view.createdAt = now;
        return view;
    });
    return moved ? { ...record, runs, updatedAt: later(record.updatedAt, now) } : record;
}
function notStartedRuns(record, starting, reason, now) {
    const runs = [];
    for (const run of record.runs) {
        const last = run.attempts.at(-1);
        if (!starting.has(run.id) || last === undefined || (last.status !== "running" && last.status !== "queued"))
            continue;
        const completedAt = later(last.startedAt ?? now, now);
        const view = {
            ...run,
            processStatus: "failed",
            attempts: [...run.attempts.slice(0, -1), { ...last, status: "failed", completedAt, error: reason }],
            completedAt,
            updatedAt: later(run.updatedAt, completedAt),
            error: reason,
        };
        delete view.resultStatus;
        delete view.resultPayload;
        delete view.timedOut;
        view.effectiveStatus = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .effectiveStatusOf */ .Z2)(view);
        view.needsAttention = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .needsAttentionFor */ .XM)(view.effectiveStatus);
        runs.push(view);
    }
    return { ...record, runs, updatedAt: later(record.updatedAt, now) };
}
function earlier(a, b) {
    return a <= b ? a : b;
}
function later(a, b) {
    return a >= b ? a : b;
}
function addPending(pending, record, countOnly) {
    const current = pending.get(record.event.id);
    const copy = current ? { ...record, event: current.event, runs: structuredClone(record.runs) } : copyRecord(record);
    const next = current ? mergeEventRecords(current, copy) : copy;
    pending.set(record.event.id, next);
    if (countOnly !== undefined && (current === undefined || countOnly.records.has(current)))
        countOnly.records.add(next);
}
function withPendingRecord(stored, pending) {
    const record = stored && pending ? mergeEventRecords(stored, pending) : (stored ?? pending);
    return record ? copyRecord(record) : undefined;
}
function copyRecord(record) {
    const copy = structuredClone({ ...record, event: null });
    copy.event = record.event;
    return copy;
}
function withPending(stored, pending) {
    const byId = new Map(stored);
    for (const [id, record] of pending) {
        const current = byId.get(id);
        byId.set(id, current ? mergeEventRecords(current, record) : record);
    }
    return [...byId.values()];
}
class NewerRecordFormatError extends _user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y {
    name = "NewerRecordFormatError";
}


/***/ }),

/***/ 13132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ SETTLED_STATUSES),
/* harmony export */   rV: () => (/* binding */ mergeRuns),
/* harmony export */   wT: () => (/* binding */ settledBeside)
/* harmony export */ });
function mergeRuns(a, b) {
    if (a.attempts.length === 0 || b.attempts.length === 0)
        return a.attempts.length >= b.attempts.length ? a : b;
    const byKey = new Map();
    for (const attempt of [...a.attempts, ...b.attempts]) {
        const key = attemptKey(attempt);
        const seen = byKey.get(key);
        if (!seen || isFurther(attempt, seen))
            byKey.set(key, attempt);
    }
    const sorted = [...byKey.values()].sort(byStart);
    const lastKey = attemptKey(decidingAttempt(sorted));
    const attempts = renumber(a.id, sorted);
    const holders = [a, b].filter((run) => run.attempts.some((attempt) => attemptKey(attempt) === lastKey));
    const base = holders.reduce((best, run) => (isFurtherRun(run, best, lastKey) ? run : best));
    return { ...base, attempts };
}
const SETTLED_STATUSES = new Set(["completed", "changed", "skipped", "blocked", "needs_intervention"]);
function decidingAttempt(sorted) {
    const last = sorted.at(-1);
    if (!isFailedAttempt(last) && rank(last) === 3)
        return last;
    return settledBeside(sorted.slice(0, -1), last) ?? last;
}
function settledBeside(earlier, later) {
    const startedAt = later.startedAt;
    if (startedAt === undefined)
        return undefined;
    return earlier.filter((attempt) => isSettledAttempt(attempt) && (attempt.completedAt ?? "") > startedAt).at(-1);
}
function isFailedAttempt(attempt) {
    return (attempt.resultStatus ?? attempt.status) === "failed";
}
function isSettledAttempt(attempt) {
    return rank(attempt) === 3 && SETTLED_STATUSES.has(attempt.resultStatus ?? attempt.status);
}
function attemptKey(attempt) {
    return attempt.key ?? `id:${attempt.id}`;
}
const RANK = { queued: 0, running: 1, interrupted: 2 };
function rank(attempt) {
    return RANK[attempt.status] ?? 3;
}
function isFurther(candidate, current) {
    if (rank(candidate) !== rank(current))
        return rank(candidate) > rank(current);
    return (candidate.completedAt ?? candidate.startedAt ?? "") > (current.completedAt ?? current.startedAt ?? "");
}
function isFurtherRun(candidate, current, key) {
    const mine = candidate.attempts.find((attempt) => attemptKey(attempt) === key);
    const theirs = current.attempts.find((attempt) => attemptKey(attempt) === key);
    if (rank(mine) !== rank(theirs))
        return rank(mine) > rank(theirs);
    return candidate.updatedAt > current.updatedAt;
}
function byStart(x, y) {
    const a = x.startedAt ?? "";
    const b = y.startedAt ?? "";
    if (a !== b)
        return a < b ? -1 : 1;
    return x.number - y.number || (attemptKey(x) < attemptKey(y) ? -1 : 1);
}
function renumber(runId, attempts) {
    const consistent = attempts.every((attempt, index) => attempt.number === index + 1);
    const unique = new Set(attempts.map((attempt) => attempt.id)).size === attempts.length;
    if (consistent && unique)
        return attempts;
    return attempts.map((attempt, index) => ({ ...attempt, key: attemptKey(attempt), number: index + 1, id: `${runId}_a${index + 1}` }));
}


/***/ })

};
