export const id = 3974;
export const ids = [3974,872];
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


// Time limits on work that may never answer: the artifact state store's uploads, downloads and
// listing pages, the fork handover's upload, and the plan job's read of the state store.
/**
 * Default limit on one artifact upload or download (state or handover). @actions/artifact retries a results
 * service that accepts connections but never answers for about 16 minutes; a state file of a few
 * MB takes seconds, and the largest allowed (512 MiB) about 45 seconds at 100 Mbit/s.
 */
const DEFAULT_TRANSFER_TIMEOUT_MS = 5 * 60_000;
/**
 * The longest delay a timer takes (Node's and Bun's, 2^31-1 ms, about 24.8 days). A longer one
 * fires at once, with a TimeoutOverflowWarning: a deadline of a year would end every transfer
 * after 1 ms. A limit past it is held to it, which is as good as none.
 */
const MAX_TIMER_MS = 2_147_483_647;
/**
 * The limit: the option when given, else FLOWS_ARTIFACT_TIMEOUT_SECONDS (a setting for
 * tests and slow networks; fractions allowed; unset or blank: the default), else
 * DEFAULT_TRANSFER_TIMEOUT_MS. A value that is no positive number is the user's to fix (0 would
 * fail every transfer at once, and a typo must not pass for the default); one past
 * MAX_TIMER_MS is held to it.
 */
function transferTimeoutMs(option) {
    if (option !== undefined) {
        if (!(option > 0))
            throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`transferTimeoutMs must be a number of milliseconds above 0, got ${String(option)}`);
        return Math.min(option, MAX_TIMER_MS);
    }
    return Math.min(secondsSetting("FLOWS_ARTIFACT_TIMEOUT_SECONDS", DEFAULT_TRANSFER_TIMEOUT_MS), MAX_TIMER_MS);
}
/**
 * A duration set in seconds by an environment variable, in ms: `defaultMs` when it is unset or
 * blank (`${{ vars.X }}` of a variable never set); a UserError naming it when it is no number of
 * seconds above 0 (0 or a typo must not pass for the default, nor "0" for "no limit").
 */
function secondsSetting(name, defaultMs) {
    return optionalSecondsSetting(name, { unset: `the default of ${describeDuration(defaultMs)}` }) ?? defaultMs;
}
/**
 * A duration set in seconds by an environment variable, in ms; undefined when it is unset or
 * blank. A UserError naming it, its range and what unsetting gives when it is no number in
 * `range` (fractions allowed).
 */
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
/** Work (an artifact transfer, a store read) that did not finish within its limit. */
class TransferTimeoutError extends Error {
    ms;
    name = "TransferTimeoutError";
    constructor(ms) {
        super(`it did not finish within ${describeDuration(ms)}`);
        this.ms = ms;
    }
}
/**
 * `work`'s result, or TransferTimeoutError once `ms` have passed. Then `work` is told to stop
 * through the signal it was given (a fetch stops; @actions/artifact cannot) and abandoned: its
 * later failure is ignored, and the action ends without waiting for it (abandoned-work.ts).
 */
async function withinDeadline(ms, work) {
    // NaN or a limit past MAX_TIMER_MS would make the timer fire at once: the callers' limits
    // pass transferTimeoutMs, and one past the timer's range is as good as none.
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

/***/ 1414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ jsonShape),
/* harmony export */   p: () => (/* binding */ JsonShapeScan)
/* harmony export */ });
// The shape of a JSON text, measured before JSON.parse builds it. JSON.parse has no limits:
// 10 MB of `[[[[…` (5 million levels) or of `{},{},…` (5 million objects) took 500–750 MB of
// memory to build, and a depth check after the parse came too late to help. One pass over the
// text, aware of strings and their escapes, counts the nesting and the objects and arrays; the
// text is refused past either limit, so what is parsed costs a few times its size at most.
// Used for a flow backend's answers (backend/answer-shape.ts), the report job's runs files
// (action/runs-file-read.ts) and stored records and state files (state/layout.ts).
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/**
 * Whether `text` nests at most `maxDepth` levels and holds at most `maxContainers` objects and
 * arrays. Only brackets outside strings count; text that is not JSON is measured all the same
 * (JSON.parse refuses it afterwards), so the answer is exact for valid JSON and bounded for any.
 */
function jsonShape(text, limits) {
    const scan = new JsonShapeScan(limits);
    scan.add(text);
    return scan.shape();
}
/**
 * jsonShape over a text that comes in pieces (a file read a MiB at a time): `add` each in order,
 * then `shape()`. Pieces may be strings or UTF-8 bytes, cut anywhere: the bytes of `"`, `\` and
 * the brackets never occur inside another character's UTF-8 sequence. Once a limit is passed,
 * `add` returns false and reads no more.
 */
class JsonShapeScan {
    #limits;
    #depth = 0;
    #containers = 0;
    #inString = false;
    /** The last piece ended on a backslash inside a string: the next piece's first unit is escaped. */
    #escaped = false;
    #exceeded;
    constructor(limits) {
        this.#limits = limits;
    }
    /** False once a limit is passed (then the rest of the text need not be read). */
    add(piece) {
        if (this.#exceeded)
            return false;
        const { maxDepth, maxContainers } = this.#limits;
        const text = typeof piece === "string" ? piece : undefined;
        const bytes = piece;
        const length = piece.length;
        let depth = this.#depth;
        let containers = this.#containers;
        let inString = this.#inString;
        let i = 0;
        if (this.#escaped) {
            this.#escaped = false;
            i = 1;
        }
        for (; i < length; i++) {
            const code = text === undefined ? bytes[i] : text.charCodeAt(i);
            if (inString) {
                if (code === BACKSLASH) {
                    if (i + 1 === length)
                        this.#escaped = true;
                    i++;
                }
                else if (code === QUOTE)
                    inString = false;
            }
            else if (code === QUOTE)
                inString = true;
            else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
                depth++;
                containers++;
                if (depth > maxDepth)
                    this.#exceeded = "depth";
                else if (containers > maxContainers)
                    this.#exceeded = "containers";
                if (this.#exceeded)
                    return false;
            }
            else if (code === CLOSE_BRACKET || code === CLOSE_BRACE)
                depth--;
        }
        this.#depth = depth;
        this.#containers = containers;
        this.#inString = inString;
        return true;
    }
    shape() {
        return this.#exceeded ? { ok: false, exceeded: this.#exceeded } : { ok: true, containers: this.#containers };
    }
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
        "ACTIONS_RESULTS_URL, which the runner gives to JavaScript actions only (not to `run:` steps).");
}
/** An upload that ran past its limit (deadline.ts): the service accepted it but did not finish. */
function uploadTimedOut(name, error) {
    return new ArtifactStateError("timeout", `cannot upload the state artifact ${name}: the Actions results service (ACTIONS_RESULTS_URL) did not finish the upload ` +
        `within ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDuration */ .MB)(error.ms)}, so it was abandoned. ` +
        "GitHub's artifact service may be slow or down (https://www.githubstatus.com); run the job again later.");
}
/** A download (or listing) that ran past its limit (deadline.ts); nothing was changed. */
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
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78404);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77795);


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
/** "Record 3 flow events" plus the event ids, one per line (at most 20). */
function stateCommitMessage(eventIds) {
    const shown = eventIds.slice(0, 20).map((id) => `- ${id.replace(/[\r\n]/g, " ")}`);
    if (eventIds.length > shown.length)
        shown.push(`- ... and ${eventIds.length - shown.length} more`);
    const noun = eventIds.length === 1 ? "event" : "events";
    return `Record ${eventIds.length} flow ${noun}\n\n${shown.join("\n")}\n`;
}
/**
 * The files a state commit writes for a batch of records: each record merged with the one
 * stored at the tip (`stored`, read by `parse`; undefined sets it aside, and its blob, or the
 * folder or submodule found there, is kept by object id and mode as `<path>.corrupt-<time>`),
 * only those whose text changes, and the branch's README when the tip has none. Empty when
 * nothing changes.
 */
function batchFiles(options) {
    const files = [];
    for (const { record, path } of options.batch) {
        const blob = options.stored(path);
        const stored = blob === undefined ? undefined : options.parse(blob, path);
        // Kept as it was (a folder stays a folder, a link a link), only under another name.
        if (blob !== undefined && stored === undefined) {
            files.push({ path: (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .corruptRecordPath */ .Co)(path), oid: blob.oid, ...(blob.mode ? { mode: blob.mode } : {}) });
        }
        const text = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeEventRecord */ .Ct)(stored ? (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeEventRecords */ .Zo)(stored, record) : record);
        if (text !== blob?.text)
            files.push({ path, text });
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
/* harmony export */   Bj: () => (/* binding */ classifyPush),
/* harmony export */   EX: () => (/* binding */ pushFailed),
/* harmony export */   H: () => (/* binding */ pushRefused),
/* harmony export */   Um: () => (/* binding */ workDirFailed),
/* harmony export */   WH: () => (/* binding */ pushCheckedOut),
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
// The remote looked at what we pushed and said no: a pre-receive hook (GitHub's GH001 refuses a
// file over 100 MB, https://docs.github.com/repositories/working-with-files/managing-large-files/about-large-files-on-github).
// Pushing the same commit again would be refused again.
const REFUSED = /\[remote rejected\]|hook declined|GH001/i;
// A repository with a work tree refuses a push to the branch its work tree has checked out
// (receive.denyCurrentBranch): a checkout without a remote keeps the state branch itself.
const CHECKED_OUT = /refusing to update checked out branch|branch is currently checked out/i;
const READ_DENIED = /Authentication failed|could not read Username|could not read Password|returned error: 40[13]|Repository not found|Permission to \S+ denied/i;
function classifyPush(output) {
    if (PERMISSION.test(output))
        return "permission";
    if (PROTECTED.test(output))
        return "protected";
    if (CHECKED_OUT.test(output))
        return "checked-out";
    if (MOVED.test(output))
        return "retry";
    if (REFUSED.test(output))
        return "refused";
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
function pushCheckedOut(where) {
    return new StateBranchError("checked-out", `the state branch "${where.branch}" is checked out in ${where.remote}, and git does not push to the ` +
        "branch a work tree has checked out: switch that checkout to another branch (git switch -), or " +
        "choose another state branch.");
}
function pushFailed(where, output) {
    return new StateBranchError("git", `git could not push to the state branch "${where.branch}" of ${where.remote}.${gitSaid(output)}`);
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
/**
 * The store's private git folder could not be made in `where` (`chosenBy`: the setting that
 * chose it). A file-system refusal is the user's to fix; anything else stays what it is: a bug.
 */
function workDirFailed(where, chosenBy, error) {
    const code = error?.code;
    const problems = {
        ENOENT: "that folder does not exist",
        ENOTDIR: "a file is in the way of that folder",
        EEXIST: "a file is in the way of that folder",
        EACCES: "permission denied",
        EPERM: "permission denied",
        EROFS: "it is on a read-only file system",
        ENOSPC: "the disk is full",
        EDQUOT: "the disk quota is used up",
        ENAMETOOLONG: "the path is too long",
    };
    const problem = code === undefined ? undefined : problems[code];
    if (problem === undefined)
        return error;
    const change = chosenBy.includes("TMPDIR") ? "set TMPDIR to a writable folder" : "give a writable folder";
    return new StateBranchError("git", `cannot make the state branch's private git folder in ${where}, ${chosenBy}: ${problem}. ` +
        `Nothing was read or saved; ${change}, or use another state store.`);
}


/***/ }),

/***/ 48662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ PRETTY_UP_TO_CHARS),
/* harmony export */   _t: () => (/* binding */ EventTextCache),
/* harmony export */   rG: () => (/* binding */ serializeEvent),
/* harmony export */   u8: () => (/* binding */ jsonMayExceed)
/* harmony export */ });
/* unused harmony export writeEventText */
/* harmony import */ var _byte_group_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51704);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63973);
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61557);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7437);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24848);







/** Arrays and objects whose JSON may be longer than this (in characters) are laid out child by child. */
const WHOLE_CHARS = 64 * 1024;
/** Elements of an array kept on disk are parsed in groups of about this many bytes. */
const GROUP_BYTES = 16 * 1024;
/** An event text longer than this (in characters) is kept in a scratch file, not in memory. */
const SPILL_CHARS = 1024 * 1024;
/**
 * Events and runs whose JSON may be longer than this are written compact in a record. Indenting
 * grows with depth: a 24 MB payload of small nested arrays, pretty-printed, made a 510 MB record,
 * which the file store refused (over MAX_RECORD_BYTES), so the event was never remembered and
 * ran again at every delivery. Compact, a record is about its payload's size.
 */
const PRETTY_UP_TO_CHARS = 1024 * 1024;
/** Sends the event's text (as it sits in a record) to `sink`, in pieces. */
function writeEventText(event, sink) {
    const clean = redactShallow(event, 0);
    clean.id = event.id;
    const pretty = !jsonMayExceed(event, PRETTY_UP_TO_CHARS, true);
    const list = openList(false, 0, "  ", sink, pretty);
    for (const [key, item] of Object.entries(clean))
        list.add(key, item);
    list.close();
}
/** The event as it appears inside a record's text (redacted, indented one level), as one string. */
function serializeEvent(event) {
    const pieces = [];
    writeEventText(event, (text) => pieces.push(text));
    return pieces.join("");
}
/** Only the top level redacted: nested arrays and objects are laid out (and redacted) one by one. */
function redactShallow(value, depth) {
    return _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.redactValue(value, _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REDACT_DEPTH */ .tM - depth, true);
}
/**
 * An array or object at `depth` below the event, whose text starts on a line indented `indent`
 * (pretty), or right where it is (compact).
 */
function layOut(value, depth, indent, sink, pretty) {
    const range = (0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(value);
    if (range !== undefined) {
        const list = openList(true, depth, indent, sink, pretty);
        forEachGroup(range, (items) => {
            for (const item of redactShallow(items, depth))
                list.add(undefined, item);
        });
        list.close();
    }
    else if (jsonMayExceed(value, WHOLE_CHARS)) {
        const clean = redactShallow(value, depth);
        const list = openList(Array.isArray(clean), depth, indent, sink, pretty);
        if (Array.isArray(clean))
            for (const item of clean)
                list.add(undefined, item);
        else
            for (const [key, item] of Object.entries(clean))
                list.add(key, item);
        list.close();
    }
    else {
        const clean = _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.redactValue(value, _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REDACT_DEPTH */ .tM - depth);
        sink(pretty ? indented(JSON.stringify(clean, null, 2), indent) : JSON.stringify(clean));
    }
}
/**
 * An array or object laid out as JSON.stringify(value, null, 2) does, one child at a time. The
 * children come from a shallow redaction: strings are redacted, nested arrays and objects not yet.
 */
function openList(isArray, depth, indent, sink, pretty) {
    const inner = `${indent}  `;
    let count = 0;
    return {
        add(key, item) {
            const name = isArray ? "" : pretty ? `${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
            const head = `${count === 0 ? (isArray ? "[" : "{") : ","}${pretty ? `\n${inner}` : ""}${name}`;
            if (isNested(item)) {
                sink(head);
                layOut(item, depth + 1, inner, sink, pretty);
            }
            else {
                // As JSON.stringify: a property whose value has no JSON (undefined, a function) is left
                // out, and such an array element is written as null.
                const text = (pretty ? JSON.stringify(item, null, 2) : JSON.stringify(item));
                if (text === undefined && !isArray)
                    return;
                sink(head + (text === undefined ? "null" : pretty ? indented(text, inner) : text));
            }
            count += 1;
        },
        close() {
            const [open, end] = isArray ? ["[", "]"] : ["{", "}"];
            sink(count === 0 ? `${open}${end}` : pretty ? `\n${indent}${end}` : end);
        },
    };
}
/** Lines after the first indented by `indent`: JSON text has no line breaks inside strings. */
function indented(text, indent) {
    return indent === "" || !text.includes("\n") ? text : text.replaceAll("\n", `\n${indent}`);
}
/** An array or plain object (one JSON.stringify would write as such), or an array kept on disk. */
function isNested(value) {
    if (typeof value !== "object" || value === null)
        return false;
    if (Array.isArray(value))
        return true;
    const prototype = Object.getPrototypeOf(value);
    return (prototype === Object.prototype || prototype === null) && typeof value.toJSON !== "function";
}
/**
 * Whether the JSON of `value` may be longer than `chars`, estimated by a walk that stops there
 * (so deciding costs at most that much, whatever the value's size). An array kept on disk is
 * never read: it counts as bigger, or with `lazyBySize` as the bytes of its text (so that an
 * event decides the same read back with its arrays on disk as when it came).
 */
function jsonMayExceed(value, chars, lazyBySize = false) {
    let left = chars;
    const stack = [value];
    while (stack.length > 0) {
        const item = stack.pop();
        if (typeof item === "string")
            left -= item.length + 3;
        else if (typeof item !== "object" || item === null)
            left -= 8;
        else if ((0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(item) !== undefined) {
            if (!lazyBySize)
                return true;
            const range = (0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(item);
            left -= range.end - range.start;
        }
        else if (Array.isArray(item)) {
            left -= 2 + item.length;
            if (left < 0)
                return true;
            for (const child of item)
                stack.push(child);
        }
        else {
            const keys = Object.keys(item);
            left -= 2 + 4 * keys.length;
            if (left < 0)
                return true;
            for (const key of keys) {
                left -= key.length;
                stack.push(item[key]);
            }
        }
        if (left < 0)
            return true;
    }
    return false;
}
/**
 * Calls `each` with the elements of the array kept in `range` (its text is exactly what
 * JSON.stringify wrote: no spaces), parsed in groups of about GROUP_BYTES.
 */
function forEachGroup(range, each) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(range.path, "r");
    try {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const group = new _byte_group_js__WEBPACK_IMPORTED_MODULE_6__/* .ByteGroup */ .s(2 * GROUP_BYTES);
        const add = (bytes) => group.add(bytes);
        const flush = () => each(JSON.parse(`[${group.take()}]`));
        // Inside the array's brackets: depth 0 is between its elements.
        let depth = -1;
        let inString = false;
        let escaped = false;
        for (let at = range.start; at < range.end;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, range.end - at), at);
            if (read === 0)
                throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
            let from = 0;
            for (let i = 0; i < read; i++) {
                const byte = chunk[i];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (byte === 0x5c)
                        escaped = true;
                    else if (byte === 0x22)
                        inString = false;
                }
                else if (byte === 0x22)
                    inString = true;
                else if (byte === 0x5b || byte === 0x7b) {
                    depth += 1;
                    if (depth === 0)
                        from = i + 1;
                }
                else if (byte === 0x5d || byte === 0x7d) {
                    depth -= 1;
                    if (depth === -1) {
                        add(chunk.subarray(from, i));
                        from = read;
                    }
                }
                else if (byte === 0x2c && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
                    add(chunk.subarray(from, i));
                    flush();
                    from = i + 1;
                }
            }
            if (depth >= 0)
                add(chunk.subarray(from, read));
            at += read;
        }
        if (depth !== -1)
            throw new Error(`${range.path} does not hold a whole array at bytes ${range.start}-${range.end}: the event's scratch copy was changed`);
        if (group.length > 0)
            flush();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
let spills = 0;
let spillDir;
/** The event's text; one over SPILL_CHARS is written to a scratch file as it is made, never held whole. */
function eventText(event) {
    const pending = [];
    let pendingChars = 0;
    let file;
    const spill = () => {
        if (file === undefined) {
            // Made again if a long-lived host removed the scratch folders (removeScratchDirs).
            if (spillDir === undefined || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(spillDir))
                spillDir = (0,_scratch_js__WEBPACK_IMPORTED_MODULE_5__/* .makeScratchDir */ .K)("flows-record-");
            spills += 1;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spillDir, `event-${spills}.json`);
            file = { path, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "w"), bytes: 0 };
        }
        const bytes = Buffer.from(pending.join(""), "utf8");
        pending.length = 0;
        pendingChars = 0;
        (0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAll */ .f4)(file.fd, bytes);
        file.bytes += bytes.length;
    };
    try {
        writeEventText(event, (text) => {
            pending.push(text);
            pendingChars += text.length;
            if (pendingChars >= SPILL_CHARS)
                spill();
        });
        if (file === undefined) {
            const text = pending.join("");
            return { text, bytes: Buffer.byteLength(text, "utf8") };
        }
        spill();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file.fd);
        return { text: { path: file.path, start: 0, end: file.bytes }, bytes: file.bytes };
    }
    catch (error) {
        if (file !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file.fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file.path);
        }
        throw error;
    }
}
/**
 * The text of the event a store saved last, by object identity: the engine saves one event
 * object at the start and at every step start and end. Keyed also by the number of registered
 * secrets, so a secret added later is redacted from the next write.
 */
class EventTextCache {
    #event;
    #secrets = -1;
    #text = { text: "", bytes: 0 };
    /** How many times an event was serialised (tests count full-payload work with it). */
    serialisations = 0;
    textOf(event) {
        if (event !== this.#event || _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.size !== this.#secrets) {
            const previous = this.#text.text;
            this.#text = eventText(event);
            this.#event = event;
            this.#secrets = _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.size;
            this.serialisations += 1;
            if (typeof previous !== "string")
                removeQuietly(previous.path);
        }
        return this.#text;
    }
}
function removeQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch {
        // Its scratch folder was removed already.
    }
}


/***/ }),

/***/ 41134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _l: () => (/* binding */ linkedFolderError),
/* harmony export */   iK: () => (/* binding */ stateFolderError),
/* harmony export */   mU: () => (/* binding */ StateFolderError),
/* harmony export */   p8: () => (/* binding */ recordTooLargeError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99416);



/** For a store made without one (the library's `dir`). */
const ANOTHER_FOLDER = { origin: "", change: "use another state folder" };
/** For each errno the store converts: what is wrong with `path`, and what to change. */
const PROBLEMS = {
    ENOTDIR: (path, change) => ({ problem: `${path} is a file, not a folder`, hint: `${capital(change)}, or move that file out of the way.` }),
    EISDIR: (path, change) => ({ problem: `${path} is a folder, not a file`, hint: `Move that folder out of the way, or ${change}.` }),
    EACCES: (path, change) => ({ problem: `permission denied for ${path}`, hint: `Let this user read and write the state folder, or ${change}.` }),
    EPERM: (path, change) => ({ problem: `permission denied for ${path} (operation not permitted)`, hint: `Let this user read and write the state folder, or ${change}.` }),
    EROFS: (path, change) => ({ problem: `${path} is on a read-only file system`, hint: `${capital(change)} on a writable disk.` }),
    ENOSPC: (_, change) => ({ problem: "the disk is full", hint: `Free some space on that disk, or ${change}.` }),
    EDQUOT: (_, change) => ({ problem: "the disk quota is used up", hint: `Free some of the quota, or ${change}.` }),
    EFBIG: (_, change) => ({ problem: "the file size limit of this process is reached (ulimit -f)", hint: `Raise that limit, or ${change}.` }),
    // Where a write's flush to the disk (fsync) reports that the disk failed to store it.
    EIO: (path, change) => ({ problem: `the disk answered an input/output error for ${path}`, hint: `Check the disk (its free space, the system log), or ${change}.` }),
    ENAMETOOLONG: (_, change) => ({ problem: "the path is too long", hint: `${capital(change)} with a shorter path.` }),
    ELOOP: (path, change) => ({ problem: `${path} is a loop of symbolic links`, hint: `Fix the links, or ${change}.` }),
    // mkdir -p answers ENOENT only where folders cannot be made at all (/proc, /sys).
    MKDIR_ENOENT: (path, change) => ({ problem: `${path} cannot be created there`, hint: `${capital(change)} on an ordinary writable disk.` }),
};
/** What a mkdir's errno means here: a file in the way (EEXIST), a place no folder can be made (ENOENT). */
const MKDIR_CODES = { EEXIST: "ENOTDIR", ENOENT: "MKDIR_ENOENT" };
/** The state folder cannot be read or written as it is; `problem` says why, `hint` what to change. */
class StateFolderError extends _user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y {
    name = "StateFolderError";
    /** The store's folder. */
    dir;
    /** The folder as messages name it, with the setting it came from: `the state folder /x (input "state-dir")`. */
    where;
    /** The errno (ENOTDIR, EACCES, ...). */
    code;
    problem;
    constructor(options) {
        const doing = options.doing === "read" ? "read records from" : "save records to";
        const { dir, setting } = options.folder;
        const where = `the state folder ${dir}${setting?.origin ? ` (${setting.origin})` : ""}`;
        super(`cannot ${doing} ${where}: ${options.problem}.`, { hint: options.hint, cause: options.cause });
        this.dir = dir;
        this.where = where;
        this.code = options.code;
        this.problem = options.problem;
    }
}
/**
 * A StateFolderError for a file-system error the user can fix (`file`: the path the store was
 * working on, when the error names none); any other error unchanged.
 */
function stateFolderError(error, folder, doing, file) {
    if (!(error instanceof Error) || error instanceof StateFolderError)
        return error;
    const { code, path, syscall } = error;
    // mkdir -p meets a file at the last folder of the path as EEXIST, not ENOTDIR.
    const kind = (syscall === "mkdir" && code !== undefined ? MKDIR_CODES[code] : undefined) ?? code;
    const describe = kind === undefined ? undefined : PROBLEMS[kind];
    if (!describe)
        return error;
    const where = path ?? file ?? folder.dir;
    const { problem, hint } = describe(kind === "ENOTDIR" ? (fileInTheWay(where) ?? where) : where, (folder.setting ?? ANOTHER_FOLDER).change);
    return new StateFolderError({ folder, code: kind, problem, hint, doing, cause: error });
}
/**
 * A record larger than the store reads back (MAX_RECORD_BYTES in file-store.ts) is not written:
 * it would be set aside as corrupt at the next read. Said as the state folder refusing it (EFBIG),
 * so a dispatch whose steps ran reports the event as not saved.
 */
function recordTooLargeError(folder, file, bytes, maxBytes) {
    const size = (n) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} bytes`);
    return new StateFolderError({
        folder,
        code: "EFBIG",
        problem: `the record ${file} would be ${size(bytes)}, over the ${size(maxBytes)} a stored record may have`,
        hint: "Send this event with a smaller payload, or use another state store (`--state`; in the action, the `state` input).",
        doing: "save",
        cause: undefined,
    });
}
/**
 * `events`, or a shard folder under it, is a symbolic link. Records are kept only in folders
 * inside the state folder: followed, a link planted there (a checkout's `.codex/flow-client`
 * holds whatever the repository committed) would have records, locks and set-aside files
 * written, renamed and read wherever it points. The state folder itself may be a link.
 */
function linkedFolderError(folder, path, doing) {
    return new StateFolderError({
        folder,
        code: "ESYMLINK",
        problem: `${path} is a symbolic link; records are kept only in real folders inside the state folder, so it is not followed`,
        hint: `Replace that link with a folder (move the records it points to into it), or ${(folder.setting ?? ANOTHER_FOLDER).change}.`,
        doing,
        cause: undefined,
    });
}
function capital(text) {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
/** The path's nearest existing part (itself or a parent) when that is not a folder. */
function fileInTheWay(path) {
    for (let at = path;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(at).isDirectory() ? undefined : at;
        }
        catch {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
                return undefined;
        }
    }
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
/**
 * The lock was broken while held: another host judged it stale (older than `staleMs`) and took
 * it, so this holder's write would overwrite what that host saved. Thrown by `HeldLock.assertHeld`
 * before the write; `withFileLock` then runs the action again under a new lock, a few times.
 */
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
/** Runs of the action whose lock was lost before a write, after which the error is thrown. */
const MAX_LOCK_LOST = 3;
/**
 * Run `action` while holding an exclusive lock file. Creating with `wx` (O_CREAT|O_EXCL) is
 * atomic on local file systems, so exactly one process gets the lock. The lock names its owner
 * (host, pid, process start): a lock whose owner is gone (same host, no such process: kill -9)
 * is taken over at once; one whose owner is alive on this host is never broken, however long it
 * is held (a stopped or swapped-out writer still writes its merge when it resumes); one from
 * another host (a shared folder) or without a readable owner is broken only when older than
 * `staleMs`, since holders keep it for milliseconds (read, merge, write one small file). Waiters
 * break a stale lock one at a time (breakIfStale), so exactly one of them takes it. A stale
 * lock is removed only while it is still the one judged stale, and on release the lock only
 * while it is still the one this call wrote (removeIfSame): one broken and taken by another
 * process meanwhile stays theirs.
 *
 * A holder paused for longer than `staleMs` (SIGSTOP, a suspended VM) can have its lock broken
 * by another host, which then saves. The action checks `held.assertHeld()` before it commits a
 * write; when the lock was lost, nothing is written and the action runs again under a new lock
 * (reading what the other host saved), so neither save overwrites the other.
 */
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
/**
 * Appended to a lock by its holder when, letting go of it, it did not find it in place: the lock
 * was broken (gone for good: the mark changes nothing), or is in the hands of a process that
 * moved it aside by mistake and puts it back (removeIfSame). A lock carrying the mark is held by
 * nobody and is broken at once, whoever it names.
 */
const RELEASED_MARK = "released\n";
/**
 * Removes the lock if it is still this holder's own. Comparing it and then removing it by name
 * could remove a lock that another process broke and took in between, so the lock is moved aside
 * (rename is atomic) and what was moved is checked (removeIfSame): it is this holder's file (the
 * descriptor held open keeps its inode from being given to another file) holding this holder's
 * text. A lock that is another's at the first look is left alone (moving it aside and back would
 * open a moment in which its name is free). One that is not in place is marked as let go through
 * the descriptor (which names the file, wherever it is now): put back by a process that had it
 * aside, it is broken at once instead of being held by nobody.
 */
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
            // The descriptor names no file any more (ESTALE: removed on another host): not in place.
        }
        markReleased(taken);
    }
    finally {
        try {
            (0,external_node_fs_.closeSync)(taken.fd);
        }
        catch {
            // Nothing more to do with it.
        }
    }
}
/** Whether the lock's file, wherever it is, still holds the text written into it (read through its descriptor). */
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
/** Appends the mark, unless the file holds another text now (a process wrote over it in place). */
function markReleased(taken) {
    try {
        if (holdsOwnText(taken))
            (0,fs_safe/* writeAll */.f4)(taken.fd, Buffer.from(RELEASED_MARK, "utf8"));
    }
    catch {
        // A full disk, or the file gone from another host's server (ESTALE): a lock put back without
        // the mark is held by nobody until its owner is gone, or for `staleMs` from another host.
    }
}
/** Waits for the lock and returns it. */
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
        // Short, jittered waits: holders release within milliseconds.
        const delay = Math.min(50, 2 + attempt * 2) * (0.5 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
/**
 * Synchronous: created only if absent (O_CREAT|O_EXCL), with its owner written; returns that
 * text and the descriptor (open until release), or undefined when the lock is held. Taking and
 * releasing a free lock are a few microseconds of system calls, cheaper than a round trip
 * through the thread pool each; only waiting for a held lock is asynchronous. If the owner
 * cannot be written (a full disk), the file is removed before the error is thrown: an empty lock
 * would hold the event for `staleMs`.
 */
function tryCreate(lockPath) {
    const owner = { ...(0,dispatcher/* currentDispatcher */.zq)(), lockedAt: new Date().toISOString(), key: (0,hash/* randomHex */.nw)(4) };
    const text = `${JSON.stringify(owner)}\n`;
    let fd;
    try {
        // Readable too: release reads it back through the descriptor before it marks it.
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
            // Closed already, or the close failed too: the file is removed all the same.
        }
        try {
            (0,external_node_fs_.unlinkSync)(lockPath);
        }
        catch {
            // Nothing more can be done; the write's error says why.
        }
        throw error;
    }
}
/** A lock's text, read only from a small plain file (a FIFO put there must not block the wait). */
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
        // Being written this instant, or an older format: judged by its age only.
    }
    return undefined;
}
function look(path) {
    try {
        // The text, the file and its age from one open descriptor: they describe the same file.
        const read = (0,fs_safe/* readRegularFile */.XF)(path, MAX_LOCK_BYTES);
        if (read.kind === "missing")
            return undefined;
        if (read.kind === "read") {
            const { dev, ino, mtimeMs } = read.identity;
            return { dev, ino, mtimeMs, plain: true, text: read.bytes.toString("utf8") };
        }
    }
    catch {
        // A folder (EISDIR), or gone meanwhile: told by lstat below.
    }
    try {
        const info = (0,external_node_fs_.lstatSync)(path);
        return { dev: info.dev, ino: info.ino, mtimeMs: info.mtimeMs, plain: info.isFile(), text: undefined };
    }
    catch {
        return undefined;
    }
}
/**
 * Whether the file at `path` is the lock `judged` was: the same file with the same text. A key
 * makes each lock's text its own, so a lock taken since (even in an inode freed by the judged
 * one) differs.
 */
function isJudged(judged, path) {
    const now = look(path);
    return now !== undefined && now.dev === judged.dev && now.ino === judged.ino && now.plain === judged.plain && now.text === judged.text;
}
function isStale(seen, staleMs) {
    // Locks are plain files (created O_EXCL): a folder, FIFO or link put in its place is no lock
    // being written, and is moved aside at once rather than holding the event for `staleMs`.
    if (!seen.plain)
        return true;
    // Let go of by its holder while it was out of place, and put back since (release).
    if (seen.text?.endsWith(`\n${RELEASED_MARK}`))
        return true;
    const owner = parseOwner(seen.text);
    if (owner !== undefined && (0,dispatcher/* isOwnerGone */.jO)(owner))
        return true;
    // A live owner on this host may be stopped (SIGSTOP, swapped out) and still write when it
    // resumes: breaking its lock would let two merges race and one lose the other's runs. Only an
    // owner that can be told from a later process given its pid is trusted that way: without a
    // start, any live pid (1, say) would hold the lock forever.
    if (owner !== undefined && owner.host === (0,dispatcher/* currentDispatcher */.zq)().host && (0,dispatcher/* canTellOwner */.bX)(owner))
        return false;
    // A lock from another host or without a readable owner (mid-write, older format) is judged by
    // its age only.
    return Date.now() - seen.mtimeMs > staleMs;
}
/**
 * Removes the lock at `lockPath` when it is stale; true when it did (the caller takes the lock
 * at once). Waiters that judged one stale lock at the same instant (its owner killed with
 * kill -9) each broke it: the first removed it and another waiter took the lock, then a later
 * breaker moved that new lock aside, thinking it the stale one. So breaking is one breaker's at
 * a time: the breaker creates `<lock>.break` (O_EXCL, naming its owner like a lock) and looks at
 * the lock again under it. A break lock left by a breaker that died is removed as a stale lock
 * is. Both are removed with removeIfSame, only while they are still the file judged stale: two
 * waiters that judged one dead breaker's `.break` stale at once remove it once, and the later
 * one puts back the `.break` the earlier one has taken since, instead of breaking alongside it.
 */
function breakIfStale(lockPath, staleMs, options) {
    const seen = look(lockPath);
    if (seen === undefined || !isStale(seen, staleMs))
        return false;
    const breakPath = `${lockPath}.break`;
    const breaking = tryCreate(breakPath);
    if (breaking === undefined) {
        // Another waiter breaks it now (and the caller tries again), or one died doing it.
        const breaker = look(breakPath);
        if (breaker !== undefined && isStale(breaker, staleMs)) {
            options.pauseAt?.("judged", breakPath);
            removeIfSame(breakPath, (aside) => isJudged(breaker, aside), options);
        }
        return false;
    }
    try {
        options.pauseAt?.("breaking", breakPath);
        // Another breaker may have broken the lock judged above, and another waiter taken it since.
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
/**
 * Removes the file at `path` only if it is the one expected (`isSame`): POSIX removes by name
 * only, whatever is there by then, so the file is first moved aside to a name of its own (rename
 * is atomic, on a network folder's server too) and what was moved is looked at. The expected one
 * is removed (a folder stays aside: it holds what was put in it): "removed". Another process's
 * lock, taken since the look that judged it, is put back: "other". Nothing there: "missing".
 *
 * Putting back is a link (which, unlike rename, never replaces a file): for the microseconds
 * the name is free, another process may take it.
 * - Its holder may let go meanwhile: not finding its lock in place, it marks it as let go
 *   (release), and the lock put back is broken at once, not held by nobody.
 * - Another waiter may take the free name: the moved lock is then removed, and its holder finds
 *   out at `assertHeld` (it writes nothing and runs again under a new lock); only a holder
 *   between that check and its rename at that very instant would save alongside the new one.
 * - A process killed between the move and the put-back leaves the lock aside (as
 *   `<lock>.stale-<hex>`), lost to its holder as above.
 * A put-back at all needs the lock looked at to be removed and another taken in the microseconds
 * between the look and the move: breakers take turns under `.break`, so only a lock judged by
 * its age (another host's holder, paused, letting go of it), two waiters removing one dead
 * breaker's `.break` at once, or a release whose lock another host broke and took right then
 * come to it.
 */
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
            // A folder: kept aside.
        }
        return "removed";
    }
    try {
        (0,external_node_fs_.linkSync)(aside, path);
    }
    catch (error) {
        // EEXIST: taken meanwhile (the moved lock is lost to its holder). A folder cannot be linked
        // (EPERM): it stays aside, as one judged stale does.
        if (errorCode(error) !== "EEXIST")
            return "other";
    }
    try {
        (0,external_node_fs_.unlinkSync)(aside);
    }
    catch {
        // Gone already.
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
;// CONCATENATED MODULE: ./.build/state/file-store.js












/** A record file larger than this is refused unread (layout.ts says why 128 MiB). */

/**
 * A record file of this size or more is read in streaming passes (events/event-file.ts, as a big
 * event file is): each array of its event of this size or more stays on disk, and is written
 * back from there, so a 25 MB payload read back (a redelivery) is not held parsed in memory.
 */
const STREAMED_RECORD_BYTES = 1024 * 1024;
/** How many times a corrupt record that keeps changing under its lock is read again. */
const SET_ASIDE_TRIES = 5;
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
    #folder;
    #lock;
    #maxRecordBytes;
    /** The most objects and arrays a record read may hold (recordContainerCap of #maxRecordBytes). */
    #maxContainers;
    #streamedRecordBytes;
    /** The record this store wrote last, its size and sha256, and the file it is (to tell that no one changed it). */
    #lastWrite;
    /** Saves waiting for the write under way of their event, by record path. */
    #waiting = new Map();
    #writing = new Map();
    #eventTexts = new event_text/* EventTextCache */._t();
    /** `events` and shard folders found to be real folders, not symbolic links (#refuseLinkedFolders). */
    #realFolders = new Set();
    /** Work done, for tests: records parsed from disk, records written, events serialised. */
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
    }
    /**
     * A corrupt record (half-written, not JSON, wrong shape; a symbolic link, FIFO or device; over
     * MAX_RECORD_BYTES, or holding more objects and arrays than MAX_RECORD_CONTAINERS) is moved aside to `<file>.corrupt-<time>`, reported in `problems`, and the
     * event counts as new: a run never stops on it and its bytes are kept. It is moved under the
     * record's lock, and only while the file is still the one that failed: another process may have
     * set it aside and saved a valid record meanwhile. A record in a newer format is refused
     * (StateRecordError): upgrading flows-action is the fix, and running the event again would
     * repeat work. A folder the file system will not let it use is a StateFolderError
     * (file-errors.ts), on every path.
     */
    async loadEvent(eventId) {
        const relativePath = (0,layout/* eventRecordPath */.fl)(eventId);
        const file = this.#absolute(relativePath);
        try {
            this.#refuseLinkedFolders(relativePath, "read");
            const found = this.#readFile(relativePath);
            if (found.kind === "record")
                return found.record;
            if (found.kind === "missing")
                return undefined;
            (0,fs_safe/* makeFolders */.wZ)((0,external_node_path_.dirname)(file));
            return await withFileLock(`${file}.lock`, () => this.#readLocked(relativePath, found.reason), this.#lock);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "read", file);
        }
    }
    /**
     * Saves of one event that arrive while its previous write is under way are merged and written
     * together when it ends (each call resolves once its runs are on disk), so steps that start at
     * once cost one write, not one each.
     */
    async saveEvent(record) {
        await this.#save({ record });
    }
    /**
     * The starts are claimed in the save's own locked read-merge-write, so exactly: under the
     * record's lock, a starting run the record read there (with any save written before it in the
     * same write) shows another dispatcher holds (`claim.isTaken`) is left out and returned with
     * its stored view; the rest is written. Rejects as saveEvent does: nothing of it is stored.
     */
    async claimRuns(record, claim) {
        const save = { record, claim };
        await this.#save(save);
        return save.taken ?? new Map();
    }
    /** Joins the write of its event that starts next (see saveEvent). */
    #save(save) {
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
    /** A folder the file system will not let it write is a StateFolderError, as for reads. */
    async #write(relativePath, saves) {
        const file = this.#absolute(relativePath);
        try {
            await this.#writeLocked(file, relativePath, saves);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "save", file);
        }
    }
    /**
     * Read, merge and write under the record's lock. The file work is synchronous system calls:
     * for one small file they take microseconds, and each asynchronous call would cost a round
     * trip through the thread pool on the path to a step's start.
     */
    async #writeLocked(file, relativePath, saves) {
        this.#refuseLinkedFolders(relativePath, "save");
        (0,fs_safe/* makeFolders */.wZ)((0,external_node_path_.dirname)(file));
        await withFileLock(`${file}.lock`, (held) => {
            // Still the bytes this store wrote last: reuse that record instead of parsing and
            // validating the whole file (a payload of up to 25 MB) again. Comparing costs a read
            // (hashed in 1 MiB pieces, not held); any other writer's change, even in place, shows.
            // The file is first checked to be the one written (lstat): something else put there (a
            // FIFO) is never opened by the digest, which would block on it.
            const last = this.#lastWrite?.file === file ? this.#lastWrite : undefined;
            this.#lastWrite = undefined;
            const unchanged = last !== undefined &&
                (0,fs_safe/* sameFile */.Vi)((0,fs_safe/* lstatIdentity */.pD)(file), last.identity) &&
                (0,fs_safe/* fileSha256 */.sN)(file, last.written.bytes) === last.written.sha256;
            const stored = unchanged ? last.record : this.#readLocked(relativePath);
            const merged = mergeSaves(stored, saves);
            // Written in parts: the record's text is never one string, nor one buffer; a big event's
            // text is copied from the scratch file it was written to once (event-text.ts).
            const eventText = this.#eventTexts.textOf(merged.event);
            const parts = (0,layout/* eventRecordParts */.wr)(merged, eventText.text);
            // One that could not be read back is not saved: the store says so instead.
            const bytes = Buffer.byteLength(parts[0], "utf8") + eventText.bytes + Buffer.byteLength(parts[2], "utf8");
            if (bytes > this.#maxRecordBytes)
                throw (0,file_errors/* recordTooLargeError */.p8)(this.#folder, file, bytes, this.#maxRecordBytes);
            // Committed only while the lock is still ours: one broken meanwhile by another host (which
            // may have saved since) makes withFileLock read and merge again under a new lock.
            const written = (0,fs_safe/* writeFileAtomically */.lo)(file, parts, held.assertHeld);
            // Leftovers of a killed writer (ours carry our pid).
            if (!unchanged)
                removeOrphanedTemporaries(file);
            this.counts.recordWrites += 1;
            const identity = (0,fs_safe/* lstatIdentity */.pD)(file);
            this.#lastWrite = { file, written, identity, record: { ...merged, runs: structuredClone(merged.runs) } };
        }, this.#lock);
    }
    /** Scans every shard; unreadable files are added to `problems` and skipped. */
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
    /** One record file at a time, in the order listEvents reads them; unreadable ones as there. */
    async eachEvent(visit) {
        try {
            await this.#scan(visit);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "read");
        }
    }
    async #scan(visit) {
        this.#refuseLinkedFolders(`${layout/* EVENTS_DIR */._I}/`, "read");
        for (const shard of await listNamesAsync(this.#absolute(layout/* EVENTS_DIR */._I))) {
            if (!/^[0-9a-f]{2}$/.test(shard))
                continue;
            // A linked shard costs its own records, reported, not the listing.
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
    /** Every save is already durable on disk. */
    async flush() { }
    /**
     * The record file, read within MAX_RECORD_BYTES if it is a plain file, and parsed. A record
     * in a newer format throws StateRecordError (reported); anything else wrong is `bad`.
     */
    #readFile(relativePath) {
        const file = this.#absolute(relativePath);
        const minBytes = this.#streamedRecordBytes;
        const maxContainers = this.#maxContainers;
        // Not valid JSON, too deep, or no big array: undefined, and the file is read whole (the
        // same value, or the same error). Not UTF-8, or more objects and arrays than a record holds:
        // the reason, and the file is not read further.
        const read = (0,fs_safe/* readRegularFile */.XF)(file, this.#maxRecordBytes, (fd, size) => {
            if (size < minBytes)
                return undefined;
            const notUtf8 = storedTextProblem(fd, size, maxContainers);
            return notUtf8 ? { notUtf8 } : (0,event_file/* readJsonStreamed */.o)(fd, { minBytes, maxDepth: record_check/* MAX_RECORD_DEPTH */.h, maxBytes: size });
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
            if (error instanceof state_record/* NewerRecordFormatError */.Qy) {
                this.#report({ path: file, message: reason });
                throw new layout/* StateRecordError */.J1(file, reason);
            }
            return { kind: "bad", reason, identity: read.identity };
        }
    }
    /**
     * Read under the record's lock (synchronous, like the write): a corrupt record is moved aside,
     * if the file is still the one read (same inode, size and time), else read again. `seen`: why
     * the file read before the lock was taken was corrupt, if it is gone by now.
     */
    #readLocked(relativePath, seen) {
        const file = this.#absolute(relativePath);
        for (let tries = 1;; tries++) {
            const found = this.#readFile(relativePath);
            if (found.kind === "record")
                return found.record;
            if (found.kind === "missing") {
                // Set aside by another process between our read and the lock: it kept the bytes.
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
    /** Listing never throws for one bad file: it is reported (once) and skipped, never moved. */
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
    /**
     * Throws a StateFolderError when a folder of `relativePath` under the store's root (`events`,
     * its shard) is a symbolic link (file-errors.ts, linkedFolderError, says why).
     */
    #refuseLinkedFolders(relativePath, doing) {
        const linked = this.#linkedFolder(relativePath);
        if (linked)
            throw (0,file_errors/* linkedFolderError */._l)(this.#folder, linked, doing);
    }
    /** The first folder of `relativePath` under the root that is a symbolic link; those found real are not looked at again. */
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
    #report(problem) {
        const known = this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message);
        if (!known)
            this.problems.push(problem);
    }
    #absolute(relativePath) {
        return (0,external_node_path_.join)(this.dir, ...relativePath.split("/"));
    }
}
/**
 * The record a write stores: its saves merged over the stored record in the order they came. A
 * claim is checked against the stored record with the saves before it (another dispatch of this
 * process may have claimed the same step there) and leaves out what another dispatcher holds.
 * Run again when the lock was lost, so a claim's `taken` is the one of the write that landed.
 */
function mergeSaves(stored, saves) {
    let merged = stored;
    for (const save of saves) {
        let record = save.record;
        if (save.claim) {
            const taken = (0,state_record/* takenRuns */.U)(merged, record, save.claim);
            // Copies: the stored views are the record this store keeps for its next write.
            save.taken = new Map([...taken].map(([id, run]) => [id, structuredClone(run)]));
            record = (0,state_record/* withoutRuns */.dQ)(record, taken);
        }
        merged = merged ? (0,state_record/* mergeEventRecords */.Zo)(merged, record) : record;
    }
    return merged;
}
/**
 * Runs are merged and copied (structuredClone cannot copy an array kept on disk): only the
 * event, which nothing changes, keeps its big arrays on disk. Their text is taken with the
 * arrays kept on disk as their bytes (jsonParts), and parsed once: built, then written out and
 * parsed again, a run of 4 million empty arrays (its record's container cap) took twice the
 * memory, 0.8 GiB instead of 0.4.
 */
function withPlainRuns(value) {
    const record = value;
    if (typeof record === "object" && record !== null && typeof record.runs === "object" && record.runs !== null) {
        record.runs = JSON.parse((0,lazy_json/* jsonPartsText */.iK)((0,lazy_json/* jsonParts */.lx)(record.runs)));
    }
    return value;
}
/**
 * Why the first `size` bytes of the open file are not UTF-8, or hold more than `maxContainers`
 * objects and arrays (read 1 MiB at a time, from byte 0), or undefined when neither. A big
 * record's strings are decoded piece by piece later, where a stray byte would become U+FFFD
 * unseen; its runs are built whole (withPlainRuns), and so is what its event holds outside its
 * big arrays, so their count is taken first (layout.ts, RECORD_BYTES_PER_CONTAINER).
 */
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
        if (!match || Number(match[1]) === process.pid || (0,fs_safe/* isPidAlive */.by)(Number(match[1])))
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

















/**
 * The store for a run. The branch and artifact stores' modules (git plumbing, Octokit and
 * `@actions/artifact`) are imported only when asked for, so file-only runs do not load them.
 */
async function createStateStore(options) {
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options), "createStateStore", "options", 'an options object like { kind: "file" }', options);
    switch (options.kind) {
        case "file":
            return new FileStateStore({
                dir: options.dir ?? (0,layout/* defaultStateDir */.yD)(options.repoDir ?? process.cwd()),
                ...(options.dirSetting ? { setting: options.dirSetting } : {}),
            });
        case "branch": {
            if (!options.remoteUrl && !options.repoDir) {
                throw new user_error/* UserError */.y('state "branch" needs a repository: pass repoDir (a checkout) or remoteUrl');
            }
            const { BranchStateStore } = await __webpack_require__.e(/* import() */ 6641).then(__webpack_require__.bind(__webpack_require__, 36641));
            return new BranchStateStore({
                ...(options.remoteUrl ? { remoteUrl: options.remoteUrl } : {}),
                ...(options.repoDir ? { repoDir: options.repoDir } : {}),
                ...(options.branch ? { branch: options.branch } : {}),
                ...(options.token ? { token: options.token } : {}),
                ...(options.claim !== undefined ? { claim: options.claim } : {}),
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
            const { ArtifactStateStore } = await Promise.all(/* import() */[__webpack_require__.e(5075), __webpack_require__.e(4754)]).then(__webpack_require__.bind(__webpack_require__, 24754));
            return new ArtifactStateStore(options.artifact);
        }
        default:
            return unknownKind(options.kind);
    }
}
function unknownKind(kind) {
    throw new user_error/* UserError */.y(`unknown state store "${String(kind)}": use file, branch, artifact, memory or none`);
}


/***/ }),

/***/ 78404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ isEventRecordFileName),
/* harmony export */   $M: () => (/* binding */ decodeStoredText),
/* harmony export */   A$: () => (/* binding */ selectEvents),
/* harmony export */   Co: () => (/* binding */ corruptRecordPath),
/* harmony export */   Ct: () => (/* binding */ serializeEventRecord),
/* harmony export */   Iw: () => (/* binding */ Utf8Check),
/* harmony export */   J1: () => (/* binding */ StateRecordError),
/* harmony export */   _I: () => (/* binding */ EVENTS_DIR),
/* harmony export */   eR: () => (/* binding */ parseEventRecordText),
/* harmony export */   fl: () => (/* binding */ eventRecordPath),
/* harmony export */   mR: () => (/* binding */ tooManyContainers),
/* harmony export */   se: () => (/* binding */ parseEventRecordValue),
/* harmony export */   wr: () => (/* binding */ eventRecordParts),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   xU: () => (/* binding */ recordContainerCap),
/* harmony export */   yD: () => (/* binding */ defaultStateDir)
/* harmony export */ });
/* unused harmony exports RECORD_BYTES_PER_CONTAINER, MAX_RECORD_CONTAINERS, eventIdHash */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _json_shape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1414);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7437);
/* harmony import */ var _event_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48662);
/* harmony import */ var _record_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75067);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99416);








/**
 * The on-disk layout shared by the file store and the state branch: one JSON file per event,
 * under `events/<first 2 hex of sha256(id)>/<sha256(id)>.json`. Hashing makes any event id a
 * safe file name, and the 256 shards keep directories small, so finding one event is one
 * file read however many events are stored.
 */
const EVENTS_DIR = "events";
/**
 * A record file (or state-branch blob) larger than this is refused unread, as a corrupt one is.
 * Records hold the event (a payload of up to 25 MiB, hostile-input.md) pretty-printed, plus its
 * runs: 128 MiB leaves room for that, and keeps a tampered file (a 600 MB sparse file, a 700 MB
 * blob pushed to the state branch) from taking the process's memory.
 */
const MAX_RECORD_BYTES = 128 * 1024 * 1024;
/**
 * Bytes of a record's (or state file's) size cap per object or array it may hold, counted in its
 * text before it is parsed (recordContainerCap). Each costs 50–100 bytes once built, so text of
 * nothing but `[],` builds to about 24 times its size: a 128 MiB record of it took 7 min 54 s and
 * 5.6 GiB of RSS to read (Node 20, a 4 GiB heap), and the report job's 64 MiB runs file 1.5 GiB.
 * What a real record holds, by what makes it up:
 * - its event: GitHub payloads hold about one per 100 bytes (a 25 MiB payload, about 260,000);
 * - its runs, one per matching step (a delivery starts at most DEFAULT_MAX_RUNS, 100): a run
 *   view about 10 of its own and 2 per attempt (the attempt and its dispatcher), so even 100
 *   steps of 50 attempts each hold 11,000;
 * - each run's result (at most MAX_FLOW_RESULT_BYTES, 4 MiB): a few hundred in a typical one, and
 *   one per 6 bytes in the densest (`[1,2],` pairs), which fits 700,000 into 4 MiB.
 * So a record at the 128 MiB cap holds about 1.3 million at the density of real data, and one per
 * 32 bytes (4 million at the cap: the runs file's density, action/runs-file-read.ts) leaves three
 * times that; only a record whose results pass 24 MiB of the densest JSON is refused. Built, 4
 * million empty arrays take about 300 MiB; the file store reads a record of them in a run's
 * result in 3.5 s at 0.6 GiB of RSS (record-containers.stress.test.ts), and refuses a 128 MiB
 * one of `[],` in half a second at 90 MiB.
 */
const RECORD_BYTES_PER_CONTAINER = 32;
/** The most objects and arrays a record may hold at MAX_RECORD_BYTES: 4,194,304. */
const MAX_RECORD_CONTAINERS = recordContainerCap(MAX_RECORD_BYTES);
/** The most objects and arrays a record (or state file) within `maxBytes` may hold (RECORD_BYTES_PER_CONTAINER). */
function recordContainerCap(maxBytes) {
    return Math.max(1, Math.floor(maxBytes / RECORD_BYTES_PER_CONTAINER));
}
/** Why a stored text holding more than `maxContainers` objects and arrays is not parsed. */
function tooManyContainers(maxContainers, what = "a record") {
    return `it holds more than ${maxContainers} objects and arrays, more than ${what} of flows-action holds, so it was not parsed`;
}
/** Where the `flows` CLI keeps state for a checkout when no other place is given. */
function defaultStateDir(repoDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, ".codex", "flow-client");
}
/**
 * The hash that names an event's record. sha256 reads the id's UTF-8, in which every lone
 * surrogate becomes U+FFFD: ids that hold one (a `next` event or a library caller can make them)
 * hash as NUL + their JSON text instead, where each is escaped (`\ud800`), so "x\ud800" and
 * "x\ud801" get records of their own. Ids with a NUL take that form too, so that no other id's
 * text can equal it; every other id keeps the hash it always had.
 */
function eventIdHash(eventId) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(/[\0\p{Cs}]/u.test(eventId) ? `\0${JSON.stringify(eventId)}` : eventId);
}
/** The record's path relative to the store root, always with `/` (it is also a git path). */
function eventRecordPath(eventId) {
    const hash = eventIdHash(eventId);
    return `${EVENTS_DIR}/${hash.slice(0, 2)}/${hash}.json`;
}
function isEventRecordFileName(name) {
    return /^[0-9a-f]{64}\.json$/.test(name);
}
/**
 * Stable text for a record: pretty JSON so diffs on the state branch stay readable. Secrets are
 * redacted here, the one write boundary of the file and branch stores (the event id stays
 * exact: it names the file). The event (with its payload, up to 25 MB) is serialised apart and
 * spliced in, so a store that saves one event many times can pass `eventText` (see
 * EventTextCache) and pay for the payload once; the bytes are the same either way.
 */
function serializeEventRecord(record, eventText = (0,_event_text_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeEvent */ .rG)(record.event)) {
    const [before, , after] = eventRecordParts(record, eventText);
    return `${before}${eventText}${after}`;
}
/**
 * A record's text in three parts, never joined by the file store: what comes before the event,
 * the event's text (its payload may be tens of megabytes: the file store passes a scratch file's
 * bytes, event-text.ts) and what comes after.
 */
function eventRecordParts(record, eventText) {
    // The marker holds the event's place (and key order) and never passes the redactor.
    const marker = `@@flows-event-${(0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .nw)(8)}@@`;
    const { event: _event, ...rest } = record;
    const cleanRest = _redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$p.redactValue(rest);
    const laidOut = {};
    for (const key of Object.keys(record))
        laidOut[key] = key === "event" ? marker : cleanRest[key];
    // Pretty unless the runs' results are big (event-text.ts, PRETTY_UP_TO_CHARS, says why).
    const text = (0,_event_text_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonMayExceed */ .u8)(cleanRest, _event_text_js__WEBPACK_IMPORTED_MODULE_4__/* .PRETTY_UP_TO_CHARS */ .DA, true) ? JSON.stringify(laidOut) : JSON.stringify(laidOut, null, 2);
    const quoted = JSON.stringify(marker);
    const at = text.indexOf(quoted);
    return [text.slice(0, at), eventText, `${text.slice(at + quoted.length)}\n`];
}
/**
 * Records (and state files) are written as UTF-8, so bytes that are not UTF-8 were changed
 * outside flows-action: an edit in another encoding, a damaged disk, a bad merge. Decoded the
 * lenient way, each such byte became U+FFFD, and the next save wrote the replaced text back:
 * data changed without a word. Decoded with this, they throw, and the stores treat the file as
 * any record they cannot read (reported, set aside with its bytes intact, never overwritten).
 * A byte order mark is kept (`ignoreBOM`), so it fails JSON.parse as it always did.
 */
function decodeStoredText(bytes) {
    try {
        return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch (error) {
        // Again in pieces, to say where the bytes that are not UTF-8 are: this throws that sentence.
        const check = new Utf8Check();
        for (let at = 0; at < bytes.byteLength; at += UTF8_PIECE)
            check.add(bytes.subarray(at, at + UTF8_PIECE));
        check.end();
        // UTF-8 after all: the text is longer than one string may be (Node: 2^29-24 characters; a
        // hostile state artifact may unpack to 512 MiB, 24 bytes past it), which is not the bytes' fault.
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${bytes.byteLength} bytes of text, too long to read as one string (${reason})`);
    }
}
const UTF8_PIECE = 64 * 1024;
/**
 * Checks that bytes read piece by piece (a record too big to hold as one string) are UTF-8,
 * throwing decodeStoredText's sentence, with where the piece starts, at the first that is not;
 * `end()` after the last (a character cut short at the end). Validated without decoding
 * (node:buffer's isUtf8, which Bun has too): a decoder's 1 MiB strings for 25 MB of record were
 * garbage enough to raise a redelivery's peak memory by 20–50 MiB (test/hostile/memory.stress).
 * A character cut by a piece's end is carried over to the next piece.
 */
class Utf8Check {
    #carry = new Uint8Array(0);
    #offset = 0;
    add(chunk) {
        const bytes = this.#carry.byteLength === 0 ? chunk : Buffer.concat([this.#carry, chunk]);
        const whole = completeCharacters(bytes);
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(0, whole)))
            throw new Error(notUtf8Reason(this.#offset));
        // Copied: the caller may read the next piece into the same buffer.
        this.#carry = Uint8Array.from(bytes.subarray(whole));
        this.#offset += whole;
    }
    end() {
        if (this.#carry.byteLength > 0)
            throw new Error(notUtf8Reason(this.#offset));
    }
}
/**
 * How many of `bytes` end on a character boundary: all but an incomplete last character (a
 * lead byte with fewer than its continuation bytes after it). Bytes that are not UTF-8 at all
 * are left in, for isUtf8 to refuse.
 */
function completeCharacters(bytes) {
    let lead = bytes.byteLength - 1;
    while (lead >= 0 && bytes.byteLength - lead <= 3 && (bytes[lead] & 0xc0) === 0x80)
        lead -= 1;
    if (lead < 0)
        return bytes.byteLength;
    const first = bytes[lead];
    const length = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 && first < 0xf0 ? 3 : first >= 0xc2 && first < 0xe0 ? 2 : 1;
    return bytes.byteLength - lead < length ? lead : bytes.byteLength;
}
function notUtf8Reason(offset) {
    return `not UTF-8 text (bytes that are no UTF-8 character from byte ${offset} on: written by something other than flows-action, or damaged)`;
}
/**
 * Read the text of a record file stored at `relativePath`. Throws a sentence saying what is
 * wrong (the caller adds the path), never a raw SyntaxError.
 */
function parseEventRecordText(text, relativePath, maxContainers = MAX_RECORD_CONTAINERS) {
    // Counted before JSON.parse builds them (RECORD_BYTES_PER_CONTAINER). Only the count: the
    // record's depth is checked on the value, where the message names the field.
    if (!(0,_json_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonShape */ .S)(text, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok)
        throw new Error(tooManyContainers(maxContainers));
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`not valid JSON, maybe half-written (${reason})`);
    }
    return parseEventRecordValue(value, relativePath);
}
/** parseEventRecordText for a value already read (a big record read in streaming passes, file-store.ts). */
function parseEventRecordValue(value, relativePath) {
    const record = (0,_record_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEventRecord */ .b)(value);
    const expected = eventRecordPath(record.event.id);
    if (relativePath !== expected) {
        throw new Error(`holds event "${record.event.id}", whose record belongs at ${expected}`);
    }
    return record;
}
/** Apply a query the way every store does: filter by type, newest first, then limit. */
function selectEvents(records, query = {}) {
    const selected = records
        .filter((record) => !query.type || record.event.type === query.type)
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return query.limit ? selected.slice(0, query.limit) : selected;
}
/** A stored record that cannot be read. Carries the file (or branch path) and the reason. */
class StateRecordError extends _user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y {
    path;
    reason;
    constructor(path, reason) {
        super(`cannot read the stored record ${path}: ${reason}. flows-action will not overwrite it; ` +
            "fix or move that file, then run again.");
        this.name = "StateRecordError";
        this.path = path;
        this.reason = reason;
    }
}
let setAsideCount = 0;
/**
 * Where a corrupt record's bytes are kept: `<path>.corrupt-<time>`, made unique within this
 * process too, so two set-asides in one millisecond neither overwrite each other nor read as
 * the same problem.
 */
function corruptRecordPath(path) {
    setAsideCount += 1;
    return `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${setAsideCount}`;
}


/***/ }),

/***/ 10838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ MAX_RECORD_DEPTH),
/* harmony export */   z: () => (/* binding */ checkEventRecordShape)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40801);
/* harmony import */ var _events_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85797);


/**
 * The structural check of a stored record (format 1), field by field. A stored record is data
 * from outside the process (another version, a hand edit, a bad merge), so every field the
 * code reads is checked before the record is trusted; the first problem is returned as
 * "<field path> <what is wrong>", or undefined when the record is sound. Unknown fields are
 * allowed (a newer writer of the same format may add some).
 *
 * Kept beside the JSON Schema of the record (schemas/, compiled by the contracts build): this
 * check is the one the stores call until the compiled validator replaces it.
 */
function checkEventRecordShape(value) {
    try {
        const deep = tooDeep(value, MAX_RECORD_DEPTH);
        if (deep !== undefined)
            return `${deep || "the value"} is nested deeper than ${MAX_RECORD_DEPTH} levels`;
        const check = new Check();
        check.record(value);
        return undefined;
    }
    catch (error) {
        if (error instanceof ShapeProblem)
            return error.message;
        throw error;
    }
}
/**
 * A record holds an event's payload and its steps' results, each of which may nest
 * MAX_PAYLOAD_DEPTH levels, a few levels down (`runs[0].result.payload`). A lower bound (it was
 * 100) set aside the record of every event or result nested deeper than that as damaged, and the
 * event then ran again at its next delivery. Shallow enough that no reader recurses into a stack
 * overflow.
 */
const MAX_RECORD_DEPTH = _events_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PAYLOAD_DEPTH */ .GL + 8;
const PROCESS = _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .PROCESS_STATUSES */ .Ne;
const RESULT = _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .FLOW_RESULT_STATUSES */ .WL;
const EFFECTIVE = [...PROCESS, ...RESULT];
class ShapeProblem extends Error {
}
class Check {
    record(value) {
        const record = this.object(value, "");
        this.object(record.event, "event");
        const event = record.event;
        this.string(event.id, "event.id", { nonEmpty: true });
        this.string(event.type, "event.type", { nonEmpty: true });
        this.string(event.receivedAt, "event.receivedAt");
        if (event.payload === undefined)
            this.fail("event.payload", "is missing (any JSON value; {} when empty)");
        this.optionalString(event.source, "event.source");
        this.optionalString(event.occurredAt, "event.occurredAt");
        const runs = this.array(record.runs, "runs");
        runs.forEach((run, index) => {
            this.run(run, `runs[${index}]`);
        });
        this.optionalString(record.firstDispatchedAt, "firstDispatchedAt");
        this.optionalString(record.updatedAt, "updatedAt");
        if (record.dispatchCount !== undefined)
            this.number(record.dispatchCount, "dispatchCount");
        if (record.dispatchKeys !== undefined) {
            this.array(record.dispatchKeys, "dispatchKeys").forEach((key, index) => {
                this.string(key, `dispatchKeys[${index}]`);
            });
        }
    }
    run(value, at) {
        const run = this.object(value, at);
        for (const key of ["id", "eventId", "flowName", "stepName", "runner", "createdAt", "updatedAt"]) {
            this.string(run[key], `${at}.${key}`);
        }
        // Optional as in flow-run-view.schema.json (a flow backend may not say it); local runs always have it.
        if (run.flowVersion !== undefined)
            this.number(run.flowVersion, `${at}.flowVersion`);
        this.oneOf(run.processStatus, PROCESS, `${at}.processStatus`);
        if (run.resultStatus !== undefined)
            this.oneOf(run.resultStatus, RESULT, `${at}.resultStatus`);
        this.oneOf(run.effectiveStatus, EFFECTIVE, `${at}.effectiveStatus`);
        this.boolean(run.needsAttention, `${at}.needsAttention`);
        for (const key of ["output", "error", "startedAt", "completedAt"])
            this.optionalString(run[key], `${at}.${key}`);
        for (const key of ["timedOut", "replay", "alreadyHandled"]) {
            if (run[key] !== undefined)
                this.boolean(run[key], `${at}.${key}`);
        }
        if (run.durationMs !== undefined)
            this.number(run.durationMs, `${at}.durationMs`);
        if (run.resultPayload !== undefined)
            this.result(run.resultPayload, `${at}.resultPayload`);
        const attempts = this.array(run.attempts, `${at}.attempts`);
        if (attempts.length === 0)
            this.fail(`${at}.attempts`, "has no attempt");
        attempts.forEach((attempt, index) => {
            this.attempt(attempt, `${at}.attempts[${index}]`);
        });
    }
    attempt(value, at) {
        const attempt = this.object(value, at);
        this.string(attempt.id, `${at}.id`, { nonEmpty: true });
        this.number(attempt.number, `${at}.number`);
        this.oneOf(attempt.status, PROCESS, `${at}.status`);
        if (attempt.resultStatus !== undefined)
            this.oneOf(attempt.resultStatus, RESULT, `${at}.resultStatus`);
        for (const key of ["startedAt", "completedAt", "error"])
            this.optionalString(attempt[key], `${at}.${key}`);
        for (const key of ["timedOut", "replay"]) {
            if (attempt[key] !== undefined)
                this.boolean(attempt[key], `${at}.${key}`);
        }
        if (attempt.dispatcher !== undefined) {
            const dispatcher = this.object(attempt.dispatcher, `${at}.dispatcher`);
            this.string(dispatcher.host, `${at}.dispatcher.host`);
            this.number(dispatcher.pid, `${at}.dispatcher.pid`);
            this.string(dispatcher.startedAt, `${at}.dispatcher.startedAt`);
            this.optionalString(dispatcher.until, `${at}.dispatcher.until`);
            if (dispatcher.startTicks !== undefined)
                this.number(dispatcher.startTicks, `${at}.dispatcher.startTicks`);
            this.optionalString(dispatcher.bootId, `${at}.dispatcher.bootId`);
        }
        this.optionalString(attempt.key, `${at}.key`);
    }
    result(value, at) {
        const result = this.object(value, at);
        this.oneOf(result.status, RESULT, `${at}.status`);
        this.optionalString(result.message, `${at}.message`);
        if (result.artifacts !== undefined)
            this.object(result.artifacts, `${at}.artifacts`);
        if (result.next !== undefined) {
            this.array(result.next, `${at}.next`).forEach((next, index) => {
                this.object(next, `${at}.next[${index}]`);
            });
        }
        if (result.annotations !== undefined) {
            this.array(result.annotations, `${at}.annotations`).forEach((item, index) => {
                const annotation = this.object(item, `${at}.annotations[${index}]`);
                this.string(annotation.path, `${at}.annotations[${index}].path`);
                this.string(annotation.message, `${at}.annotations[${index}].message`);
            });
        }
    }
    object(value, at) {
        if (typeof value !== "object" || value === null || Array.isArray(value))
            this.fail(at, "must be an object", value);
        return value;
    }
    array(value, at) {
        if (!Array.isArray(value))
            this.fail(at, "must be an array", value);
        return value;
    }
    string(value, at, options = {}) {
        if (typeof value !== "string")
            this.fail(at, "must be a string", value);
        if (options.nonEmpty && value === "")
            this.fail(at, "must not be empty");
    }
    optionalString(value, at) {
        if (value !== undefined)
            this.string(value, at);
    }
    number(value, at) {
        if (typeof value !== "number" || !Number.isFinite(value))
            this.fail(at, "must be a number", value);
    }
    boolean(value, at) {
        if (typeof value !== "boolean")
            this.fail(at, "must be true or false", value);
    }
    oneOf(value, allowed, at) {
        if (typeof value !== "string" || !allowed.includes(value)) {
            this.fail(at, `must be one of ${allowed.join(", ")}`, value);
        }
    }
    fail(at, problem, ...value) {
        // The same sentence shape as the compiled validators' (contract-errors.ts).
        const got = value.length > 0 ? ` (got ${describe(value[0])})` : "";
        throw new ShapeProblem(`${at || "the value"} ${problem}${got}`);
    }
}
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
    if (typeof value === "object")
        return "an object";
    return typeof value === "undefined" ? "nothing" : `${typeof value} ${String(value)}`;
}
/**
 * The path of the first value nested deeper than `limit`, without recursion (so no stack
 * overflow). One frame per level of the value being walked, not one per value waiting to be: a
 * record's run holding 4 million empty arrays (what its container cap lets through) kept as many
 * entries, each with its path, and took 770 MiB more than the parse that built it.
 */
function tooDeep(root, limit) {
    const frames = [];
    /** True when `value` is too deep, else walked next if it is an object or array. */
    const enter = (value, path) => {
        if (typeof value !== "object" || value === null)
            return false;
        const depth = frames.length;
        if (depth >= limit)
            return true;
        // Measured when it was read (an array kept on disk, events/lazy-json.ts): not walked, nor read.
        const height = (0,_events_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .knownHeight */ .V9)(value);
        if (height !== undefined)
            return depth + height > limit;
        frames.push({ value, keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0, path });
        return false;
    };
    if (enter(root, ""))
        return "";
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        const { keys } = frame;
        if (frame.next >= (keys ? keys.length : frame.value.length)) {
            frames.pop();
            continue;
        }
        const index = frame.next++;
        const key = keys?.[index];
        const item = key === undefined ? frame.value[index] : frame.value[key];
        if (typeof item !== "object" || item === null)
            continue;
        const path = key === undefined ? `${frame.path}[${index}]` : frame.path ? `${frame.path}.${key}` : key;
        if (enter(item, path))
            return path;
    }
    return undefined;
}


/***/ }),

/***/ 75067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ parseEventRecord)
});

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
;// CONCATENATED MODULE: ./.build/generated/validators/event-record.js

const validateEventRecord = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json", "title": "StoredEventRecord", "description": "Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).", "type": "object", "required": ["formatVersion", "event", "runs"], "properties": { "formatVersion": { "type": "integer", "minimum": 1 }, "event": { "$ref": "flow-event.schema.json" }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "firstDispatchedAt": { "type": "string" }, "updatedAt": { "type": "string" }, "dispatchCount": { "type": "integer", "minimum": 0 }, "dispatchKeys": { "description": "Keys of the latest dispatches counted in dispatchCount (each dispatch draws one), so that merging two writers' records adds the dispatches only one of them counted.", "type": "array", "items": { "type": "string" } } } };
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
const schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number", "description": "The flow.toml version. Always there for runs of this action; left out for a flow backend's run when the backend does not say it (the older runtime's backend does not)." }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch did not run the step because a stored run covers it: one that succeeded or waits on a human, or one that another dispatch is running now (its status queued or running)." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string", "description": "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead." }, "startTicks": { "type": "number", "description": "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there." }, "bootId": { "type": "string", "description": "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared." }, "until": { "type": "string" } } } } };
const schema14 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
const schema15 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
const schema17 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const schema22 = { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "skipped") || (data === "completed")) || (data === "changed")) || (data === "needs_intervention")) || (data === "blocked")) || (data === "failed"))) {
        const err1 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs4 = errors;
        if (typeof data !== "string") {
            const err2 = { instancePath, schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((((((data === "queued") || (data === "running")) || (data === "completed")) || (data === "failed")) || (data === "canceled")) || (data === "interrupted"))) {
            const err3 = { instancePath, schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate14.errors = vErrors;
    return errors === 0;
}
const schema25 = { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } };
const schema28 = { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string", "description": "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead." }, "startTicks": { "type": "number", "description": "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there." }, "bootId": { "type": "string", "description": "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared." }, "until": { "type": "string" } } };
const schema29 = { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.number === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.status === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.number !== undefined) {
            let data1 = data.number;
            if (!((typeof data1 == "number") && (isFinite(data1)))) {
                const err4 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.status !== undefined) {
            let data2 = data.status;
            if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (!((((((data2 === "queued") || (data2 === "running")) || (data2 === "completed")) || (data2 === "failed")) || (data2 === "canceled")) || (data2 === "interrupted"))) {
                const err6 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.resultStatus !== undefined) {
            let data3 = data.resultStatus;
            if (typeof data3 !== "string") {
                const err7 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!((((((data3 === "skipped") || (data3 === "completed")) || (data3 === "changed")) || (data3 === "needs_intervention")) || (data3 === "blocked")) || (data3 === "failed"))) {
                const err8 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err9 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err10 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err11 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err12 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err13 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.key !== undefined) {
            if (typeof data.key !== "string") {
                const err14 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.dispatcher !== undefined) {
            let data10 = data.dispatcher;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.host === undefined) {
                    const err15 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (data10.pid === undefined) {
                    const err16 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "pid" }, message: "must have required property '" + "pid" + "'" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                if (data10.startedAt === undefined) {
                    const err17 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property '" + "startedAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (data10.host !== undefined) {
                    if (typeof data10.host !== "string") {
                        const err18 = { instancePath: instancePath + "/dispatcher/host", schemaPath: "#/definitions/FlowDispatcher/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data10.pid !== undefined) {
                    let data12 = data10.pid;
                    if (!((typeof data12 == "number") && (isFinite(data12)))) {
                        const err19 = { instancePath: instancePath + "/dispatcher/pid", schemaPath: "#/definitions/FlowDispatcher/properties/pid/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data10.startedAt !== undefined) {
                    if (typeof data10.startedAt !== "string") {
                        const err20 = { instancePath: instancePath + "/dispatcher/startedAt", schemaPath: "#/definitions/FlowDispatcher/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data10.startTicks !== undefined) {
                    let data14 = data10.startTicks;
                    if (!((typeof data14 == "number") && (isFinite(data14)))) {
                        const err21 = { instancePath: instancePath + "/dispatcher/startTicks", schemaPath: "#/definitions/FlowDispatcher/properties/startTicks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data10.bootId !== undefined) {
                    if (typeof data10.bootId !== "string") {
                        const err22 = { instancePath: instancePath + "/dispatcher/bootId", schemaPath: "#/definitions/FlowDispatcher/properties/bootId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data10.until !== undefined) {
                    if (typeof data10.until !== "string") {
                        const err23 = { instancePath: instancePath + "/dispatcher/until", schemaPath: "#/definitions/FlowDispatcher/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.edit !== undefined) {
            let data17 = data.edit;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.changed === undefined) {
                    const err25 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property '" + "changed" + "'" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                if (data17.payload === undefined) {
                    const err26 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
                if (data17.changed !== undefined) {
                    let data18 = data17.changed;
                    if (Array.isArray(data18)) {
                        const len0 = data18.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            if (typeof data18[i0] !== "string") {
                                const err27 = { instancePath: instancePath + "/edit/changed/" + i0, schemaPath: "#/definitions/ReplayEdit/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/edit/changed", schemaPath: "#/definitions/ReplayEdit/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
    }
    else {
        const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err30];
        }
        else {
            vErrors.push(err30);
        }
        errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
}
const schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const schema19 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const schema20 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.status === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.status !== undefined) {
            let data0 = data.status;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((((((data0 === "skipped") || (data0 === "completed")) || (data0 === "changed")) || (data0 === "needs_intervention")) || (data0 === "blocked")) || (data0 === "failed"))) {
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.artifacts !== undefined) {
            let data2 = data.artifacts;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err4 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.next !== undefined) {
            let data3 = data.next;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.id === undefined) {
                            const err5 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (data4.type === undefined) {
                            const err6 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        if (data4.id !== undefined) {
                            if (typeof data4.id !== "string") {
                                const err7 = { instancePath: instancePath + "/next/" + i0 + "/id", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data4.type !== undefined) {
                            if (typeof data4.type !== "string") {
                                const err8 = { instancePath: instancePath + "/next/" + i0 + "/type", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data4.source !== undefined) {
                            if (typeof data4.source !== "string") {
                                const err9 = { instancePath: instancePath + "/next/" + i0 + "/source", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data4.occurredAt !== undefined) {
                            if (typeof data4.occurredAt !== "string") {
                                const err10 = { instancePath: instancePath + "/next/" + i0 + "/occurredAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data4.receivedAt !== undefined) {
                            if (typeof data4.receivedAt !== "string") {
                                const err11 = { instancePath: instancePath + "/next/" + i0 + "/receivedAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.annotations !== undefined) {
            let data10 = data.annotations;
            if (Array.isArray(data10)) {
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data11 = data10[i1];
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.path === undefined) {
                            const err14 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        if (data11.message === undefined) {
                            const err15 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        for (const key0 in data11) {
                            if (!(((((((key0 === "path") || (key0 === "line")) || (key0 === "endLine")) || (key0 === "column")) || (key0 === "level")) || (key0 === "message")) || (key0 === "title"))) {
                                const err16 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data11.path !== undefined) {
                            if (typeof data11.path !== "string") {
                                const err17 = { instancePath: instancePath + "/annotations/" + i1 + "/path", schemaPath: "#/definitions/FlowAnnotation/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data11.line !== undefined) {
                            let data13 = data11.line;
                            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                                const err18 = { instancePath: instancePath + "/annotations/" + i1 + "/line", schemaPath: "#/definitions/FlowAnnotation/properties/line/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (data11.endLine !== undefined) {
                            let data14 = data11.endLine;
                            if (!((typeof data14 == "number") && (isFinite(data14)))) {
                                const err19 = { instancePath: instancePath + "/annotations/" + i1 + "/endLine", schemaPath: "#/definitions/FlowAnnotation/properties/endLine/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        if (data11.column !== undefined) {
                            let data15 = data11.column;
                            if (!((typeof data15 == "number") && (isFinite(data15)))) {
                                const err20 = { instancePath: instancePath + "/annotations/" + i1 + "/column", schemaPath: "#/definitions/FlowAnnotation/properties/column/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data11.level !== undefined) {
                            let data16 = data11.level;
                            if (typeof data16 !== "string") {
                                const err21 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                            if (!(((data16 === "notice") || (data16 === "warning")) || (data16 === "failure"))) {
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: schema20.properties.level.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (data11.message !== undefined) {
                            if (typeof data11.message !== "string") {
                                const err23 = { instancePath: instancePath + "/annotations/" + i1 + "/message", schemaPath: "#/definitions/FlowAnnotation/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data11.title !== undefined) {
                            if (typeof data11.title !== "string") {
                                const err24 = { instancePath: instancePath + "/annotations/" + i1 + "/title", schemaPath: "#/definitions/FlowAnnotation/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err26 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    else {
        const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err27];
        }
        else {
            vErrors.push(err27);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.eventId === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property '" + "eventId" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.flowName === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flowName" }, message: "must have required property '" + "flowName" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.stepName === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stepName" }, message: "must have required property '" + "stepName" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.runner === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property '" + "runner" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.processStatus === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processStatus" }, message: "must have required property '" + "processStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.effectiveStatus === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveStatus" }, message: "must have required property '" + "effectiveStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.needsAttention === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "needsAttention" }, message: "must have required property '" + "needsAttention" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.attempts === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.createdAt === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.updatedAt === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" }, message: "must have required property '" + "updatedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.eventId !== undefined) {
            if (typeof data.eventId !== "string") {
                const err12 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.flowName !== undefined) {
            if (typeof data.flowName !== "string") {
                const err13 = { instancePath: instancePath + "/flowName", schemaPath: "#/properties/flowName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.flowVersion !== undefined) {
            let data3 = data.flowVersion;
            if (!((typeof data3 == "number") && (isFinite(data3)))) {
                const err14 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/properties/flowVersion/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.stepName !== undefined) {
            if (typeof data.stepName !== "string") {
                const err15 = { instancePath: instancePath + "/stepName", schemaPath: "#/properties/stepName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.runner !== undefined) {
            let data5 = data.runner;
            if (typeof data5 !== "string") {
                const err16 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (!((data5 === "bun") || (data5 === "code-mode"))) {
                const err17 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.processStatus !== undefined) {
            let data6 = data.processStatus;
            if (typeof data6 !== "string") {
                const err18 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (!((((((data6 === "queued") || (data6 === "running")) || (data6 === "completed")) || (data6 === "failed")) || (data6 === "canceled")) || (data6 === "interrupted"))) {
                const err19 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.resultStatus !== undefined) {
            let data7 = data.resultStatus;
            if (typeof data7 !== "string") {
                const err20 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (!((((((data7 === "skipped") || (data7 === "completed")) || (data7 === "changed")) || (data7 === "needs_intervention")) || (data7 === "blocked")) || (data7 === "failed"))) {
                const err21 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.effectiveStatus !== undefined) {
            if (!(validate14(data.effectiveStatus, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate14.errors;
                }
                else {
                    for (const calledError of validate14.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.needsAttention !== undefined) {
            if (typeof data.needsAttention !== "boolean") {
                const err22 = { instancePath: instancePath + "/needsAttention", schemaPath: "#/properties/needsAttention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.attempts !== undefined) {
            let data10 = data.attempts;
            if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate16(data10[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data10, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate16.errors;
                        }
                        else {
                            for (const calledError of validate16.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.output !== undefined) {
            if (typeof data.output !== "string") {
                const err24 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.resultPayload !== undefined) {
            if (!(validate12(data.resultPayload, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate12.errors;
                }
                else {
                    for (const calledError of validate12.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err25 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.createdAt !== undefined) {
            if (typeof data.createdAt !== "string") {
                const err26 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            if (typeof data.updatedAt !== "string") {
                const err27 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err28 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err29 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.durationMs !== undefined) {
            let data19 = data.durationMs;
            if (!((typeof data19 == "number") && (isFinite(data19)))) {
                const err30 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err31 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err32 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.alreadyHandled !== undefined) {
            if (typeof data.alreadyHandled !== "boolean") {
                const err33 = { instancePath: instancePath + "/alreadyHandled", schemaPath: "#/properties/alreadyHandled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
    }
    else {
        const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err34];
        }
        else {
            vErrors.push(err34);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.formatVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property '" + "formatVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.event === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property '" + "event" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.runs === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.formatVersion !== undefined) {
            let data0 = data.formatVersion;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        if (data.event !== undefined) {
            let data1 = data.event;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.id === undefined) {
                    const err5 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data1.type === undefined) {
                    const err6 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data1.receivedAt === undefined) {
                    const err7 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "receivedAt" }, message: "must have required property '" + "receivedAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data1.payload === undefined) {
                    const err8 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data1.id !== undefined) {
                    let data2 = data1.id;
                    if (typeof data2 === "string") {
                        if (data2.length < 1) {
                            const err9 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err10 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data1.type !== undefined) {
                    let data3 = data1.type;
                    if (typeof data3 === "string") {
                        if (data3.length < 1) {
                            const err11 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data1.source !== undefined) {
                    if (typeof data1.source !== "string") {
                        const err13 = { instancePath: instancePath + "/event/source", schemaPath: "flow-event.schema.json/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data1.occurredAt !== undefined) {
                    if (typeof data1.occurredAt !== "string") {
                        const err14 = { instancePath: instancePath + "/event/occurredAt", schemaPath: "flow-event.schema.json/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data1.receivedAt !== undefined) {
                    if (typeof data1.receivedAt !== "string") {
                        const err15 = { instancePath: instancePath + "/event/receivedAt", schemaPath: "flow-event.schema.json/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.runs !== undefined) {
            let data7 = data.runs;
            if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate11(data7[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data7, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate11.errors;
                        }
                        else {
                            for (const calledError of validate11.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.firstDispatchedAt !== undefined) {
            if (typeof data.firstDispatchedAt !== "string") {
                const err18 = { instancePath: instancePath + "/firstDispatchedAt", schemaPath: "#/properties/firstDispatchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            if (typeof data.updatedAt !== "string") {
                const err19 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.dispatchCount !== undefined) {
            let data11 = data.dispatchCount;
            if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                const err20 = { instancePath: instancePath + "/dispatchCount", schemaPath: "#/properties/dispatchCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if ((typeof data11 == "number") && (isFinite(data11))) {
                if (data11 < 0 || isNaN(data11)) {
                    const err21 = { instancePath: instancePath + "/dispatchCount", schemaPath: "#/properties/dispatchCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        if (data.dispatchKeys !== undefined) {
            let data12 = data.dispatchKeys;
            if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data12[i1] !== "string") {
                        const err22 = { instancePath: instancePath + "/dispatchKeys/" + i1, schemaPath: "#/properties/dispatchKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/dispatchKeys", schemaPath: "#/properties/dispatchKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    else {
        const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err24];
        }
        else {
            vErrors.push(err24);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __webpack_require__(35031);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/record-check.js
var record_check = __webpack_require__(10838);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
;// CONCATENATED MODULE: ./.build/state/record-parse.js
// Reading a stored record: the one place the event-record validator is needed. A module of its
// own, apart from record.ts, whose merging every dispatch uses (the engine's MemoryStateStore),
// so that a start which reads no record does not load and compile that validator (about 80 kB):
// the action's cold-start guard, BENCHMARKS.md.






/**
 * Read a stored record of any format version, validated against schemas/event-record.schema.json.
 * A value that is not a record throws a ContractViolation naming the field (and `file`, when
 * given), so stores can report the file and set it aside.
 */
function parseEventRecord(value, file) {
    const version = value?.formatVersion;
    // Checked first: a newer writer may have changed any other field. Versions are whole numbers:
    // 1.5 is damage, set aside as any, not a newer writer's record that holds its event forever.
    if (typeof version === "number" && Number.isInteger(version) && version > types/* RECORD_FORMAT_VERSION */.Z) {
        throw new state_record/* NewerRecordFormatError */.Qy(`record format ${version} is newer than this flows-action understands (${types/* RECORD_FORMAT_VERSION */.Z}); upgrade flows-action`);
    }
    const record = (0,contract_errors/* checkContract */.nb)(validateEventRecord, value, "event-record.schema.json", file);
    // What the schema does not say: at least one attempt per run, an event payload, bounded nesting.
    const extra = (0,record_check/* checkEventRecordShape */.z)(value);
    if (extra)
        throw new Error(extra);
    const event = record.event;
    const runs = record.runs;
    // Runs whose dispatcher died while they ran read as interrupted (dispatcher.ts).
    return (0,dispatcher/* markInterrupted */.YU)({
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event,
        runs,
        firstDispatchedAt: record.firstDispatchedAt ?? record.updatedAt ?? event.receivedAt,
        updatedAt: record.updatedAt ?? event.receivedAt,
        dispatchCount: record.dispatchCount ?? 1,
        ...(record.dispatchKeys && record.dispatchKeys.length > 0 ? { dispatchKeys: record.dispatchKeys.slice(-state_record/* DISPATCH_KEYS_KEPT */.jR) } : {}),
    });
}


/***/ })

};
