export const id = 4014;
export const ids = [4014,649];
export const modules = {

/***/ 40649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ claimsStarts),
/* harmony export */   Er: () => (/* binding */ flushTimeoutMs),
/* harmony export */   Hl: () => (/* binding */ OTHER_FAILURE_RETRIES),
/* harmony export */   I$: () => (/* binding */ checkBranchName),
/* harmony export */   OI: () => (/* binding */ pushBudgetMs),
/* harmony export */   branchNameProblem: () => (/* binding */ branchNameProblem),
/* harmony export */   gb: () => (/* binding */ readTimeoutMs),
/* harmony export */   y_: () => (/* binding */ retryWait)
/* harmony export */ });
/* unused harmony exports DEFAULT_PUSH_BUDGET_MS, DEFAULT_FLUSH_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50872);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);
/* harmony import */ var _ref_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58939);



const DEFAULT_PUSH_BUDGET_MS = 5 * 60_000;
const DEFAULT_FLUSH_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_READ_TIMEOUT_MS = 5 * 60_000;
const OTHER_FAILURE_RETRIES = 3;
function pushBudgetMs(options) {
    if (options.pushBudgetMs !== undefined)
        return options.pushBudgetMs;
    return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsSetting */ .I)("FLOWS_STATE_PUSH_BUDGET_SECONDS", DEFAULT_PUSH_BUDGET_MS);
}
function flushTimeoutMs(options) {
    if (options.flushTimeoutMs !== undefined)
        return options.flushTimeoutMs;
    return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsSetting */ .I)("FLOWS_STATE_FLUSH_TIMEOUT_SECONDS", DEFAULT_FLUSH_TIMEOUT_MS);
}
function readTimeoutMs(options) {
    if (options.readTimeoutMs !== undefined)
        return options.readTimeoutMs;
    return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsSetting */ .I)("FLOWS_STATE_READ_TIMEOUT_SECONDS", DEFAULT_READ_TIMEOUT_MS);
}
function claimsStarts(options) {
    if (options.claim !== undefined)
        return options.claim;
    const setting = process.env.FLOWS_STATE_CLAIM?.trim() ?? "";
    if (setting === "" || /^(1|true|on|yes)$/i.test(setting))
        return true;
    if (/^(0|false|off|no)$/i.test(setting))
        return false;
    throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`FLOWS_STATE_CLAIM is "${setting.slice(0, 40).replace(/[\u0000-\u001f\u007f]/g, "?")}": set it to false to keep the starts of steps in memory until the job ends, or to true (the default) to push each start before its step runs.`);
}
function retryWait(options, attempt) {
    const base = options.retryBaseMs ?? 250;
    const cap = options.retryMaxMs ?? 8_000;
    return Math.min(cap, base * 2 ** (attempt - 1)) * (0.5 + Math.random());
}
function checkBranchName(branch) {
    const problem = branchNameProblem(branch);
    if (problem) {
        throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`the state branch "${branch.replace(/[\u0000-\u001f\u007f]/g, "?")}" is not a usable branch name: ${problem}`);
    }
}
function branchNameProblem(branch) {
    if (branch === "")
        return "give a branch name, such as flows-state";
    if (/^refs\//.test(branch))
        return `give the branch name alone, without "refs/heads/" (for example "${branch.replace(/^refs\/(heads\/)?/, "")}")`;
    if (branch.startsWith("-"))
        return "a branch name cannot start with -";
    if (branch === "@")
        return 'a branch name cannot be "@"';
    const problem = (0,_ref_name_js__WEBPACK_IMPORTED_MODULE_2__/* .refNameProblem */ .C)(branch);
    return problem === undefined ? undefined : `a branch name cannot hold ${problem}`;
}


/***/ }),

/***/ 94014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BranchStateStore: () => (/* binding */ BranchStateStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./.build/state/branch-commit.js
var branch_commit = __webpack_require__(46486);
// EXTERNAL MODULE: ./.build/state/branch-errors.js
var branch_errors = __webpack_require__(75252);
// EXTERNAL MODULE: ./.build/state/branch-options.js
var branch_options = __webpack_require__(40649);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/json-shape.js
var json_shape = __webpack_require__(1414);
// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __webpack_require__(78404);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
;// CONCATENATED MODULE: ./.build/state/git.js








function redactorFor(remoteUrl, extraSecrets = []) {
    const local = new redact/* Redactor */.pO().add(...extraSecrets.filter((secret) => secret.length >= 8));
    try {
        const url = new URL(remoteUrl);
        const secret = url.password || url.username;
        if (secret.length >= 8)
            local.add(secret, safeDecode(secret));
    }
    catch {
    }
    return (text) => local.redact(text);
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
const DEFAULT_GIT_TIMEOUT_MS = 120_000;
const REPOSITORY_VARIABLES = [
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_NAMESPACE",
    "GIT_PREFIX",
];
function gitEnvironment(extra = {}) {
    const env = { ...process.env, ...extra };
    for (const name of REPOSITORY_VARIABLES)
        delete env[name];
    env.GIT_TERMINAL_PROMPT = "0";
    env.LC_ALL = "C";
    return env;
}
function runGit(command) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)("git", command.args, {
            cwd: command.cwd,
            env: gitEnvironment(command.env),
            stdio: ["pipe", "pipe", "pipe"],
        });
        const stdout = new Output(command.stdoutBytes ?? 0);
        const stderr = [];
        let timedOut = false;
        const timeoutMs = command.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS;
        const timer = setTimeout(() => {
            timedOut = true;
            for (const pid of descendants(child.pid))
                killQuietly(pid);
            child.kill("SIGKILL");
        }, timeoutMs);
        child.on("exit", () => {
            if (!timedOut)
                return;
            child.stdout.destroy();
            child.stderr.destroy();
        });
        child.stdout.on("data", (chunk) => stdout.add(chunk));
        child.stderr.on("data", (chunk) => stderr.push(chunk));
        child.on("error", (error) => {
            clearTimeout(timer);
            reject(gitDidNotStart(error, command.cwd));
        });
        child.on("close", (code) => {
            clearTimeout(timer);
            const message = Buffer.concat(stderr).toString("utf8");
            resolve({
                code: timedOut ? -1 : (code ?? -1),
                stdout: stdout.bytes(),
                stderr: timedOut ? `${message}\ngit timed out and was stopped: it had not finished after ${Math.round(timeoutMs / 100) / 10} s (a remote that does not answer?)` : message,
                ...(timedOut ? { timedOut: true } : {}),
            });
        });
        child.stdin.on("error", () => undefined);
        child.stdin.end(command.input ?? "");
    });
}
function descendants(pid) {
    const found = [];
    const waiting = pid === undefined ? [] : [pid];
    while (waiting.length > 0) {
        const parent = waiting.pop();
        let children = [];
        try {
            children = (0,external_node_fs_.readFileSync)(`/proc/${parent}/task/${parent}/children`, "utf8").split(" ").filter(Boolean).map(Number);
        }
        catch {
        }
        found.push(...children);
        waiting.push(...children);
    }
    return found;
}
function killQuietly(pid) {
    try {
        process.kill(pid, "SIGKILL");
    }
    catch {
    }
}
class Output {
    #buffer;
    #filled = 0;
    #more = [];
    constructor(expected) {
        this.#buffer = Buffer.allocUnsafe(expected);
    }
    add(chunk) {
        const fits = Math.min(chunk.length, this.#buffer.length - this.#filled);
        if (fits > 0)
            this.#filled += chunk.copy(this.#buffer, this.#filled, 0, fits);
        if (fits < chunk.length)
            this.#more.push(chunk.subarray(fits));
    }
    bytes() {
        const filled = this.#buffer.subarray(0, this.#filled);
        return this.#more.length === 0 ? filled : Buffer.concat([filled, ...this.#more]);
    }
}
function gitDidNotStart(error, cwd) {
    const code = error.code;
    if (code === "ENOENT" && !(0,external_node_fs_.existsSync)(cwd)) {
        return new user_error.UserError(`git could not run in ${cwd}: that folder is gone (removed while flows ran?); run again.`, { cause: error });
    }
    if (code === "ENOENT") {
        return new user_error.UserError("git is not installed or not on PATH; the state branch needs git. Install git, or use another state store " +
            "(`--state file`; in the action, the `state` input).", { cause: error });
    }
    return new user_error.UserError(`git could not be started (${error.message}); the state branch needs git. Run again once the system lets it start.`, { cause: error });
}
async function readBlobs(gitArgs, cwd, specs, limits, run = runGit) {
    const found = new Map();
    if (specs.length === 0)
        return found;
    const check = await run({ args: [...gitArgs, "cat-file", "--batch-check"], cwd, input: `${specs.join("\n")}\n` });
    if (check.code !== 0)
        throw new branch_errors/* StateBranchError */.a("git", `git cat-file failed: ${check.stderr.trim() || `exit ${check.code}`}`);
    const lines = check.stdout.toString("utf8").split("\n");
    const toRead = [];
    specs.forEach((spec, index) => {
        const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(lines[index] ?? "");
        if (match?.[2] !== "blob")
            return;
        const blob = { oid: match[1], size: Number(match[3]) };
        if (blob.size > limits.maxBytes)
            found.set(spec, blob);
        else
            toRead.push({ spec, ...blob });
    });
    if (toRead.length === 0)
        return found;
    const output = await run({
        args: [...gitArgs, "cat-file", "--batch"],
        cwd,
        input: `${toRead.map((blob) => blob.oid).join("\n")}\n`,
        stdoutBytes: toRead.reduce((sum, blob) => sum + `${blob.oid} blob ${blob.size}\n`.length + blob.size + 1, 0),
    });
    if (output.code !== 0)
        throw new branch_errors/* StateBranchError */.a("git", `git cat-file failed: ${output.stderr.trim() || `exit ${output.code}`}`);
    const bytes = output.stdout;
    let offset = 0;
    for (const blob of toRead) {
        const end = bytes.indexOf(10, offset);
        if (end < 0)
            break;
        const header = /^[0-9a-f]+ blob (\d+)$/.exec(bytes.subarray(offset, end).toString("utf8"));
        offset = end + 1;
        if (!header)
            continue;
        const size = Number(header[1]);
        const content = bytes.subarray(offset, offset + size);
        const { maxContainers } = limits;
        const over = maxContainers !== undefined && !(0,json_shape/* jsonShape */.S)(content, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok;
        found.set(blob.spec, { oid: blob.oid, size, ...(over ? { overContainers: maxContainers } : blobText(content)) });
        offset += size + 1;
    }
    return found;
}
function splitCredentials(remoteUrl) {
    let url;
    try {
        url = new URL(remoteUrl);
    }
    catch {
        return { url: remoteUrl };
    }
    if (!/^https?:$/.test(url.protocol) || (!url.username && !url.password))
        return { url: remoteUrl };
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    url.username = "";
    url.password = "";
    return { url: url.toString(), credentials };
}
function authEnvironment(credentials, base = process.env) {
    if (!credentials)
        return {};
    const index = Number.parseInt(base.GIT_CONFIG_COUNT ?? "0", 10) || 0;
    return {
        GIT_CONFIG_COUNT: String(index + 1),
        [`GIT_CONFIG_KEY_${index}`]: "http.extraheader",
        [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${Buffer.from(credentials, "utf8").toString("base64")}`,
    };
}
async function remoteOfCheckout(options) {
    const repoDir = (0,external_node_path_.resolve)(options.repoDir);
    const remote = options.remote;
    const output = await runGit({ args: ["-C", repoDir, "remote", "get-url", remote], cwd: process.cwd() });
    if (output.code !== 0) {
        if (/no such remote/i.test(output.stderr))
            return repoDir;
        throw new user_error.UserError(`cannot use ${repoDir} for the state branch: it is not a git checkout (${output.stderr.trim()}). ` +
            "Pass the repository directory or its URL.");
    }
    const url = output.stdout.toString("utf8").trim();
    const isPathOnDisk = !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[^/]+@[^/]+:/.test(url);
    return isPathOnDisk && !(0,external_node_path_.isAbsolute)(url) ? (0,external_node_path_.resolve)(repoDir, url) : url;
}
function secretsOf(credentials) {
    if (!credentials)
        return [];
    const colon = credentials.indexOf(":");
    const secret = colon < 0 ? credentials : credentials.slice(colon + 1) || credentials.slice(0, colon);
    return [secret, Buffer.from(credentials, "utf8").toString("base64")];
}
function blobText(bytes) {
    try {
        return { text: (0,layout.decodeStoredText)(bytes) };
    }
    catch (error) {
        return { notText: error instanceof Error ? error.message : String(error) };
    }
}

// EXTERNAL MODULE: ./.build/deadline.js
var _build_deadline = __webpack_require__(50872);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/generated/validators/state-index-shard.js
var state_index_shard = __webpack_require__(8095);
// EXTERNAL MODULE: ./.build/state/query.js
var query = __webpack_require__(89176);
;// CONCATENATED MODULE: ./.build/state/branch-index.js




const INDEX_DIR = "index";
const INDEX_FORMAT_VERSION = 1;
function indexShardPath(recordPath) {
    return `${INDEX_DIR}/${recordPath.split("/")[1]}.json`;
}
function recordHash(recordPath) {
    return recordPath.slice(recordPath.lastIndexOf("/") + 1, -".json".length);
}
function indexEntry(record, oid) {
    return {
        oid,
        event: record.event.id,
        ...(record.event.type.startsWith(query.INTERNAL_EVENT_TYPE_PREFIX) ? { internal: true } : {}),
        runs: record.runs.map((run) => [run.id, run.updatedAt, run.effectiveStatus, run.needsAttention ? 1 : 0]),
    };
}
function entryMatches(entry, record) {
    const fresh = indexEntry(record, entry.oid);
    return JSON.stringify(fresh) === JSON.stringify({ oid: entry.oid, event: entry.event, ...(entry.internal ? { internal: true } : {}), runs: entry.runs });
}
function gitBlobOid(text, oidLength = 40) {
    const bytes = Buffer.from(text, "utf8");
    return (0,external_node_crypto_.createHash)(oidLength === 64 ? "sha256" : "sha1")
        .update(`blob ${bytes.length}\0`)
        .update(bytes)
        .digest("hex");
}
function parseIndexShard(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if ((0,state_index_shard/* validateStateIndexShard */.y)(value))
        return new Map(Object.entries(value.records));
    const errors = state_index_shard/* validateStateIndexShard */.y.errors ?? [];
    const whole = errors.filter((error) => !error.instancePath.startsWith("/records/") && !("propertyName" in error) && error.keyword !== "propertyNames");
    if (whole.length > 0) {
        const { reason } = (0,contract_errors/* firstViolation */.sB)(whole, value);
        throw new Error(`not an index shard of format ${INDEX_FORMAT_VERSION} (schemas/state-index-shard.schema.json): ${reason}`);
    }
    const badKeys = new Set(errors.filter((error) => error.keyword === "propertyNames").map((error) => String(error.params.propertyName)));
    const shard = new Map();
    for (const [hash, entry] of Object.entries(value.records)) {
        if (!badKeys.has(hash) && (0,state_index_shard/* validateStateIndexEntry */.c)(entry))
            shard.set(hash, entry);
    }
    return shard;
}
function indexShardText(shard) {
    const lines = [...shard.keys()].sort().map((hash) => `${JSON.stringify(hash)}:${JSON.stringify(shard.get(hash))}`);
    return `{"formatVersion":${INDEX_FORMAT_VERSION},"records":{${lines.length > 0 ? `\n${lines.join(",\n")}\n` : ""}}}\n`;
}

;// CONCATENATED MODULE: ./.build/state/branch-repo.js







const TIP_REF = "refs/flows/tip";
const CHECK_REF = "refs/flows/check";
const CHECK_DEPTH = 64;
const REMOTE = "state";
const LS_TREE_PATHS = 1_000;
const RECORD_PATH = /^events\/[0-9a-f]{2}\/[0-9a-f]{64}\.json$/;
const INDEX_SHARD_PATH = /^index\/[0-9a-f]{2}\.json$/;
const REMOTE_COMMANDS = new Set(["fetch", "push", "ls-remote"]);
const flushDeadlines = new external_node_async_hooks_.AsyncLocalStorage();
function withFlushDeadline(deadline, work) {
    return flushDeadlines.run(deadline, work);
}
function currentFlushDeadline() {
    return flushDeadlines.getStore();
}
class StateRepo {
    tip;
    fetchedAt = 0;
    #options;
    #lost = [];
    constructor(options) {
        this.#options = options;
    }
    static async open(options) {
        const repo = new StateRepo(options);
        const init = await runGit({ args: ["init", "--bare", "--quiet", options.workDir], cwd: options.workDir });
        if (init.code !== 0)
            throw new branch_errors/* StateBranchError */.a("git", `git init failed: ${init.stderr.trim()}`);
        const remote = await repo.git(["config", `remote.${REMOTE}.url`, options.url]);
        if (remote.code !== 0)
            throw new branch_errors/* StateBranchError */.a("git", `git config failed: ${options.redact(remote.stderr.trim())}`);
        await repo.fetchTip();
        return repo;
    }
    async #checkIsStateBranch(before) {
        if (!this.tip)
            return;
        const listing = await this.git(["ls-tree", "-z", "--name-only", this.tip]);
        if (listing.code !== 0)
            throw new branch_errors/* StateBranchError */.a("git", `git ls-tree failed: ${this.#options.redact(listing.stderr.trim())}`);
        const names = listing.stdout.toString("utf8").split("\0").filter(Boolean);
        const foreign = names.filter((name) => name !== layout.EVENTS_DIR && name !== INDEX_DIR && name !== branch_commit/* STATE_README_PATH */.Tr && !name.startsWith("."));
        if (foreign.length === 0)
            return;
        const branch = this.#options.branch;
        const shown = foreign.slice(0, 5).map((name) => JSON.stringify(name)).join(", ") + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : "");
        throw new branch_errors/* StateBranchError */.a("not-state-branch", `The branch "${branch}" of ${this.#options.shown()} holds files flows-action does not write (${shown}), so it is not a state branch: records committed to it would land beside them. ` +
            (before ? `It was one (at ${before.slice(0, 12)}) when this job began: something moved it since (a force-push), and nothing more is saved to it. ` : "") +
            `Name a branch of its own for the state (the action's state-branch input, flows --branch), such as the default flows-state, which is created as an orphan branch when absent.`);
    }
    async fetchTip() {
        const refspec = `+refs/heads/${this.#options.branch}:${TIP_REF}`;
        const fetch = await this.git(["fetch", "--depth=1", "--filter=blob:none", "--no-tags", "--quiet", REMOTE, refspec]);
        this.#options.stats.fetches++;
        if (fetch.code !== 0) {
            const output = this.#options.redact(fetch.stderr);
            if (!/couldn't find remote ref/i.test(output))
                throw this.#fetchFailed(output);
            if (this.tip !== undefined)
                await this.#reportLost(this.tip, undefined);
            this.tip = undefined;
        }
        else {
            const tip = await this.git(["rev-parse", "--verify", TIP_REF]);
            const fetched = tip.stdout.toString("utf8").trim();
            if (fetched !== this.tip) {
                const previous = this.tip;
                this.tip = fetched;
                try {
                    await this.#checkIsStateBranch(previous);
                }
                catch (error) {
                    this.tip = previous;
                    this.fetchedAt = 0;
                    throw error;
                }
                if (previous !== undefined)
                    await this.#checkHolds(previous, fetched);
            }
        }
        this.fetchedAt = Date.now();
    }
    async #checkHolds(previous, tip) {
        const commit = await this.git(["cat-file", "commit", tip]);
        if (commit.code !== 0)
            return;
        const header = commit.stdout.toString("utf8").split("\n\n")[0] ?? "";
        if (header.split("\n").some((line) => line === `parent ${previous}`))
            return;
        try {
            const ref = `refs/heads/${this.#options.branch}`;
            const fetch = await this.git(["fetch", `--depth=${CHECK_DEPTH}`, "--filter=blob:none", "--no-tags", "--quiet", "--no-write-fetch-head", REMOTE, `+${ref}:${CHECK_REF}`]);
            this.#options.stats.fetches++;
            if (fetch.code !== 0)
                return;
            const holds = await this.git(["merge-base", "--is-ancestor", previous, CHECK_REF]);
            if (holds.code !== 1)
                return;
            const root = await this.git(["rev-list", "--max-parents=0", "--max-count=1", CHECK_REF]);
            await this.#reportLost(previous, tip, root.code === 0 && root.stdout.toString("utf8").trim() !== "");
        }
        catch (error) {
            if (error instanceof branch_errors/* StateBranchError */.a && error.kind === "timeout")
                return;
            throw error;
        }
    }
    async #reportLost(previous, tip, whole = true) {
        const gone = [];
        const changed = [];
        if (tip === undefined) {
            const listing = await this.git(["ls-tree", "-r", "--name-only", "-z", previous, "--", layout.EVENTS_DIR]);
            gone.push(...listing.stdout.toString("utf8").split("\0").filter((path) => RECORD_PATH.test(path)));
        }
        else {
            const diff = await this.git(["diff-tree", "-r", "-z", "--no-renames", "--name-status", previous, tip, "--", layout.EVENTS_DIR]);
            const fields = diff.stdout.toString("utf8").split("\0");
            for (let index = 0; index + 1 < fields.length; index += 2) {
                if (!RECORD_PATH.test(fields[index + 1]))
                    continue;
                if (fields[index] === "D")
                    gone.push(fields[index + 1]);
                else if (fields[index] === "M")
                    changed.push(fields[index + 1]);
            }
        }
        this.#lost.push({ previous, tip, whole, gone, changed });
    }
    async sayLost() {
        const noted = this.#lost.splice(0);
        for (const lost of noted) {
            let held = new Set();
            let ids = new Map();
            let changed = lost.changed.length;
            try {
                held = await this.#heldAtTip(lost.gone);
                ids = await this.#namesOfGone(lost.previous, lost.gone.filter((path) => !held.has(path)));
                changed = (await this.#stillDiffer(lost.previous, lost.changed)).length;
            }
            catch {
            }
            const gone = lost.gone.filter((path) => !held.has(path));
            this.#options.report(movedBackWarning({ branch: this.#options.branch, remote: this.#options.shown(), ...lost, changed, gone: gone.length, savedAgain: held.size, ids }));
        }
    }
    async #namesOfGone(previous, paths) {
        const ids = await this.#eventIdsAt(previous, paths);
        const unnamed = new Set(paths.filter((path) => !ids.has(path)));
        if (unnamed.size === 0 || !this.#options.knownEventIds)
            return ids;
        for (const id of this.#options.knownEventIds()) {
            const path = (0,layout.eventRecordPath)(id);
            if (unnamed.delete(path))
                ids.set(path, id);
            if (unnamed.size === 0)
                break;
        }
        return ids;
    }
    async #stillDiffer(previous, paths) {
        if (paths.length === 0 || !this.tip)
            return paths;
        const before = await this.#blobsAt(previous, paths);
        const after = await this.#blobsAt(this.tip, paths);
        const differ = paths.filter((path) => after.get(path) !== before.get(path));
        const checked = differ.slice(0, DIFFER_CHECKED);
        const oids = [...new Set(checked.flatMap((path) => [before.get(path), after.get(path)]).filter((oid) => oid !== undefined))];
        const here = new Set();
        if (oids.length > 0) {
            const folders = [...new Set(checked.map((path) => path.slice(0, path.lastIndexOf("/"))))];
            const trees = [previous, this.tip].flatMap((commit) => folders.map((folder) => `${commit}:${folder}`));
            const listing = await this.git(["rev-list", "--objects", "--missing=print", ...trees]);
            if (listing.code === 0)
                for (const line of listing.stdout.toString("utf8").split("\n"))
                    if (line && !line.startsWith("?"))
                        here.add(line.split(" ")[0]);
        }
        const readable = checked.filter((path) => here.has(before.get(path) ?? "") && here.has(after.get(path) ?? ""));
        const entries = readable.flatMap((path) => [
            { path: `before:${path}`, oid: before.get(path), mode: "100644" },
            { path: `after:${path}`, oid: after.get(path), mode: "100644" },
        ]);
        const blobs = entries.length === 0 ? new Map() : await this.readRecordBlobs(entries);
        const kept = new Set(readable.filter((path) => holdsEveryAttempt(blobs.get(`after:${path}`)?.text, blobs.get(`before:${path}`)?.text)));
        return differ.filter((path) => !kept.has(path));
    }
    async #blobsAt(commit, paths) {
        const oids = new Map();
        for (let start = 0; start < paths.length; start += LS_TREE_PATHS) {
            const listing = await this.git(["--literal-pathspecs", "ls-tree", "-z", commit, "--", ...paths.slice(start, start + LS_TREE_PATHS)]);
            if (listing.code !== 0)
                continue;
            for (const entry of parseTree(listing.stdout))
                if (entry.type === "blob")
                    oids.set(entry.path, entry.oid);
        }
        return oids;
    }
    async #heldAtTip(paths) {
        const held = new Set();
        if (!this.tip)
            return held;
        for (let start = 0; start < paths.length; start += LS_TREE_PATHS) {
            const listing = await this.git(["--literal-pathspecs", "ls-tree", "-z", "--name-only", this.tip, "--", ...paths.slice(start, start + LS_TREE_PATHS)]);
            if (listing.code !== 0)
                continue;
            for (const path of listing.stdout.toString("utf8").split("\0"))
                if (path)
                    held.add(path);
        }
        return held;
    }
    async #eventIdsAt(previous, paths) {
        const ids = new Map();
        if (paths.length === 0)
            return ids;
        const listing = await this.git(["rev-list", "--objects", "--missing=print", `${previous}:${INDEX_DIR}`]);
        if (listing.code !== 0)
            return ids;
        const wanted = new Set(paths.map(indexShardPath));
        const here = [];
        for (const line of listing.stdout.toString("utf8").split("\n")) {
            const [oid, path] = line.split(" ");
            if (oid && path && !oid.startsWith("?") && wanted.has(path))
                here.push({ path, oid, mode: "100644" });
        }
        const shards = await this.readRecordBlobs(here);
        for (const path of paths) {
            const text = shards.get(indexShardPath(path))?.text;
            if (text === undefined)
                continue;
            try {
                const event = parseIndexShard(text).get(recordHash(path))?.event;
                if (event !== undefined)
                    ids.set(path, event);
            }
            catch {
            }
        }
        return ids;
    }
    async lookForPushed(commit) {
        try {
            return await this.#lookForPushed(commit);
        }
        catch (error) {
            if (error instanceof branch_errors/* StateBranchError */.a && error.kind === "timeout")
                return { unknown: error.message, kind: "timeout" };
            throw error;
        }
    }
    async #lookForPushed(commit) {
        const ref = `refs/heads/${this.#options.branch}`;
        const failed = (command, output) => ({
            unknown: `git ${command} failed: ${this.#options.redact(output.stderr.trim()) || `exit ${output.code}`}`,
            kind: "git",
        });
        const listed = await this.git(["ls-remote", "--quiet", REMOTE, ref]);
        if (listed.code !== 0)
            return failed("ls-remote", listed);
        const tip = /^([0-9a-f]{40,64})\t/m.exec(listed.stdout.toString("utf8"))?.[1];
        if (tip === commit)
            return { held: true };
        if (tip === undefined)
            return { held: false, tip };
        const fetch = await this.git(["fetch", `--depth=${CHECK_DEPTH}`, "--filter=blob:none", "--no-tags", "--quiet", "--no-write-fetch-head", REMOTE, `+${ref}:${CHECK_REF}`]);
        this.#options.stats.fetches++;
        if (fetch.code !== 0)
            return failed("fetch", fetch);
        const holds = await this.git(["merge-base", "--is-ancestor", commit, CHECK_REF]);
        if (holds.code === 0)
            return { held: true };
        return holds.code === 1 ? { held: false, tip } : failed("merge-base", holds);
    }
    async fetchAllRecords() {
        const entries = await this.listRecords();
        await this.#fetchBlobs(entries.map((entry) => entry.oid));
        return entries;
    }
    async listRecords(folder = "events") {
        return (await this.#listBlobs(folder)).filter(({ path }) => RECORD_PATH.test(path));
    }
    async listIndexShards() {
        return (await this.#listBlobs(INDEX_DIR)).filter(({ path }) => INDEX_SHARD_PATH.test(path));
    }
    async #listBlobs(folder) {
        if (!this.tip)
            return [];
        const listing = await this.git(["--literal-pathspecs", "ls-tree", "-r", "-z", this.tip, "--", folder]);
        if (listing.code !== 0)
            throw new branch_errors/* StateBranchError */.a("git", `git ls-tree failed: ${this.#options.redact(listing.stderr.trim())}`);
        return parseTree(listing.stdout)
            .filter(({ type }) => type === "blob")
            .map(({ path, oid, mode }) => ({ path, oid, mode }));
    }
    async readListed(entries, maxBytes) {
        await this.#fetchBlobs(entries.map((entry) => entry.oid));
        return this.readRecordBlobs(entries, maxBytes);
    }
    async readRecordBlobs(entries, maxBytes = this.#options.maxRecordBytes) {
        const run = (command) => this.git(command.args, command.input === undefined ? undefined : Buffer.from(command.input), { stdoutBytes: command.stdoutBytes });
        const oids = [...new Set(entries.map((entry) => entry.oid))];
        const blobs = await readBlobs([], this.#options.workDir, oids, { maxBytes, maxContainers: (0,layout.recordContainerCap)(maxBytes) }, run);
        const found = new Map();
        for (const { path, oid, mode } of entries) {
            const blob = blobs.get(oid);
            if (blob)
                found.set(path, { ...blob, mode });
        }
        return found;
    }
    async readTipBlobs(paths) {
        const tip = this.tip;
        if (!tip || paths.length === 0)
            return new Map();
        const wanted = paths.includes(branch_commit/* STATE_README_PATH */.Tr) ? paths : [...paths, branch_commit/* STATE_README_PATH */.Tr];
        const entries = [];
        for (let start = 0; start < wanted.length; start += LS_TREE_PATHS) {
            const args = ["--literal-pathspecs", "ls-tree", "-z", tip, "--", ...wanted.slice(start, start + LS_TREE_PATHS)];
            const listing = await this.git(args);
            if (listing.code !== 0)
                throw new branch_errors/* StateBranchError */.a("git", `git ls-tree failed: ${this.#options.redact(listing.stderr.trim())}`);
            entries.push(...parseTree(listing.stdout));
        }
        const asked = new Set(paths);
        const found = new Map();
        const files = [];
        for (const { path, oid, mode, type } of entries) {
            if (!asked.has(path))
                continue;
            if (type === "tree")
                found.set(path, { oid, size: 0, mode, notAFile: "folder" });
            else if (type === "commit")
                found.set(path, { oid, size: 0, mode, notAFile: "submodule" });
            else
                files.push({ path, oid, mode });
        }
        await this.#fetchBlobs(entries.filter((entry) => entry.type === "blob").map((entry) => entry.oid));
        for (const [path, blob] of await this.readRecordBlobs(files))
            found.set(path, blob);
        return found;
    }
    async git(args, input, output = {}) {
        const { workDir, authEnv } = this.#options;
        const own = Math.min(this.#options.gitTimeoutMs ?? DEFAULT_GIT_TIMEOUT_MS, _build_deadline/* MAX_TIMER_MS */._o);
        const deadline = currentFlushDeadline();
        const left = deadline === undefined ? Number.POSITIVE_INFINITY : deadline.at - Date.now();
        const timeoutMs = Math.min(own, left);
        const command = gitCommandName(args);
        const stopped = (ms) => (0,branch_errors/* remoteHung */.nA)({ branch: this.#options.branch, remote: this.#options.shown() }, command, {
            seconds: Math.max(0, Math.round(ms / 100) / 10),
            ...(deadline !== undefined && left <= own ? { limit: { seconds: Math.round(deadline.limitMs / 100) / 10, of: deadline.of ?? "save" } } : {}),
        });
        if (timeoutMs <= 0)
            throw stopped(0);
        const ran = await runGit({
            args: [...this.#gitArgs(), ...args],
            cwd: workDir,
            env: authEnv,
            timeoutMs,
            ...(input ? { input } : {}),
            ...(output.stdoutBytes === undefined ? {} : { stdoutBytes: output.stdoutBytes }),
        });
        const health = this.#options.health;
        if (health !== undefined && (REMOTE_COMMANDS.has(command) || command === "cat-file")) {
            if (ran.timedOut) {
                const now = new Date();
                health.hung = { command, seconds: Math.round(timeoutMs / 100) / 10, at: now.toISOString(), atMs: now.getTime() };
            }
            else if (ran.code === 0 && REMOTE_COMMANDS.has(command))
                delete health.hung;
        }
        if (ran.timedOut)
            throw stopped(timeoutMs);
        return ran;
    }
    async #fetchBlobs(wanted) {
        const oids = [...new Set(wanted)];
        if (oids.length === 0)
            return;
        const args = ["-c", "fetch.negotiationAlgorithm=noop", "fetch", "--no-tags", "--no-write-fetch-head", "--recurse-submodules=no"];
        const fetch = await this.git([...args, "--filter=blob:none", "--quiet", "--stdin", REMOTE], Buffer.from(`${oids.join("\n")}\n`));
        this.#options.stats.fetches++;
        if (fetch.code === 129 && /unknown option .stdin/.test(fetch.stderr))
            return;
        if (fetch.code !== 0)
            throw this.#fetchFailed(this.#options.redact(fetch.stderr));
    }
    #fetchFailed(output) {
        const error = (0,branch_errors/* fetchFailed */.oQ)({ branch: this.#options.branch, remote: this.#options.shown() }, output);
        const disk = this.diskSaid(output);
        return disk ? new branch_errors/* StateBranchError */.a(error.kind, `${error.message}${disk}`) : error;
    }
    diskSaid(output) {
        return (0,branch_errors/* localDiskSaid */.WE)(output, this.#options.workDir, this.#options.workDirChosenBy);
    }
    #gitArgs() {
        return ["--git-dir", this.#options.workDir, "-c", "core.hooksPath=/dev/null", "-c", "gc.auto=0", "-c", "maintenance.auto=false"];
    }
}
const DIFFER_CHECKED = 200;
function holdsEveryAttempt(after, before) {
    if (after === undefined || before === undefined)
        return false;
    const keys = (text) => {
        try {
            const runs = JSON.parse(text).runs;
            if (!Array.isArray(runs))
                return undefined;
            const found = new Set();
            for (const run of runs) {
                if (!Array.isArray(run?.attempts))
                    return undefined;
                for (const attempt of run.attempts)
                    found.add(`${String(run.id)}\0${String(attempt?.key ?? `id:${String(attempt?.id)}`)}`);
            }
            return found;
        }
        catch {
            return undefined;
        }
    };
    const had = keys(before);
    const has = keys(after);
    return had !== undefined && has !== undefined && [...had].every((key) => has.has(key));
}
const NAMED_IDS = 20;
function movedBackWarning(lost) {
    const { branch, previous } = lost;
    const what = lost.tip === undefined
        ? `was deleted since this job saw it at commit ${previous}: the ${lost.gone} event record(s) it held then are gone from ${lost.remote}, and the next save makes the branch anew with this job's records only.`
        : `was moved back or made anew since this job saw it at commit ${previous}: its tip ${lost.tip.slice(0, 12)} does not hold that commit` +
            (lost.whole ? "" : ` among its last ${CHECK_DEPTH} commits (or more than ${CHECK_DEPTH} pushes came in between)`) +
            `. ${lost.gone} event record(s) held then are gone from it, and ${lost.changed} differ (runs saved after the older tip may be gone from them).`;
    return {
        path: `${branch}@${previous.slice(0, 12)}`,
        message: `the state branch "${branch}" ${what}${goneNames(lost.gone, lost.ids)}` +
            (lost.savedAgain > 0 ? ` ${lost.savedAgain} other record(s) it held then are not counted: the branch holds them again (this job's save wrote them again, or another writer did).` : "") +
            ` Steps of events whose record is gone count as not handled: a redelivery runs them again. ` +
            `If commit ${previous} can still be fetched (the remote may keep it for a while; another clone may hold it), put its records back: ` +
            `\`git fetch origin ${previous}\`, then \`git push --force origin ${previous}:refs/heads/${branch}\` when nothing was saved since, or merge it into the branch (\`git merge --allow-unrelated-histories ${previous.slice(0, 12)}\` on a checkout of ${branch}) and push.`,
    };
}
const UNNAMED = "Their event ids are not known here (this job neither read their index shards nor read or saved those events; the commit that held them is what was lost, and its blobs are not fetched for a warning)";
function goneNames(gone, ids) {
    if (gone === 0)
        return "";
    const known = [...ids.values()].sort();
    if (known.length === 0)
        return ` ${UNNAMED}.`;
    const named = known.slice(0, NAMED_IDS).map((id) => JSON.stringify(id)).join(", ");
    const more = known.length - Math.min(known.length, NAMED_IDS);
    const unknown = gone - known.length;
    return (` The records gone are those of events ${named}` +
        (more > 0 ? ` and ${more} more` : "") +
        (unknown > 0 ? `, and ${unknown} whose event ids are not known here (${UNNAMED.slice(UNNAMED.indexOf("(") + 1, -1)})` : "") +
        ".");
}
function gitCommandName(args) {
    for (let index = 0; index < args.length; index++) {
        if (args[index] === "-c")
            index++;
        else if (!args[index].startsWith("-"))
            return args[index];
    }
    return "";
}
function parseTree(output) {
    const entries = [];
    for (const line of output.toString("utf8").split("\0")) {
        const entry = /^(\d+) (blob|tree|commit) ([0-9a-f]+)\t(.*)$/s.exec(line);
        if (entry)
            entries.push({ mode: entry[1], type: entry[2], oid: entry[3], path: entry[4] });
    }
    return entries;
}

// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __webpack_require__(85779);
// EXTERNAL MODULE: ./.build/state/read-only.js
var read_only = __webpack_require__(71341);
// EXTERNAL MODULE: ./.build/state/problems.js
var problems = __webpack_require__(39094);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
;// CONCATENATED MODULE: ./.build/state/branch-store.js
















const LIST_BATCH = 500;
const PENDING_REF = "refs/flows/pending";
class BranchStateStore {
    kind = "branch";
    #problems = new problems/* ProblemLog */.mT();
    branch;
    stats = { fetches: 0, pushes: 0, rejectedPushes: 0 };
    #options;
    #pending = new Map();
    #countOnly = new WeakSet();
    #storedCounts = new Map();
    #knownIds = new Set();
    #opened;
    #flushing = Promise.resolve();
    #url = "";
    #redact = (text) => text;
    #workDir = "";
    #repo;
    #health = {};
    constructor(options) {
        if (!options.repoDir && !options.remoteUrl) {
            throw new user_error.UserError("BranchStateStore needs repoDir (a checkout) or remoteUrl (a path or URL)");
        }
        this.#options = options;
        this.branch = options.branch ?? "flows-state";
        (0,branch_options/* checkBranchName */.I$)(this.branch);
        (0,branch_options/* pushBudgetMs */.OI)(options);
        (0,branch_options/* flushTimeoutMs */.Er)(options);
        (0,branch_options/* readTimeoutMs */.gb)(options);
        (0,branch_options/* claimsStarts */.Bu)(options);
        if (options.remoteUrl)
            this.#redact = redactorFor(options.remoteUrl, options.token ? [options.token] : []);
    }
    get readOnly() {
        return (0,read_only/* readOnlyReader */.W8)(this.#options.readOnly) !== undefined;
    }
    get remote() {
        return this.#redact(this.#url || this.#options.remoteUrl || this.#options.repoDir || "");
    }
    get workDir() {
        return this.#workDir || undefined;
    }
    loadEvent(eventId) {
        return this.#withinReadLimit(async () => {
            await this.#open();
            const path = (0,layout.eventRecordPath)(eventId);
            this.#knownIds.add(eventId);
            const stored = (await this.#readTip([path])).get(path);
            if (stored !== undefined)
                this.#storedCounts.set(eventId, stored.dispatchCount);
            return (0,state_record.withPendingRecord)(stored, this.#pending.get(eventId));
        });
    }
    async saveEvent(record, options = {}) {
        const reader = (0,read_only/* readOnlyReader */.W8)(this.#options.readOnly);
        if (reader !== undefined)
            return (0,read_only/* refusedWrite */.yN)(`save event ${record.event.id}`, reader);
        this.#knownIds.add(record.event.id);
        (0,state_record.addPending)(this.#pending, record, options.countOnly === true ? { records: this.#countOnly } : undefined);
    }
    claimRuns(record, claim) {
        const reader = (0,read_only/* readOnlyReader */.W8)(this.#options.readOnly);
        if (reader !== undefined)
            return (0,read_only/* refusedWrite */.yN)(`claim the runs of event ${record.event.id}`, reader);
        this.#knownIds.add(record.event.id);
        if (!(0,branch_options/* claimsStarts */.Bu)(this.#options)) {
            (0,state_record.addPending)(this.#pending, record);
            return Promise.resolve(new Map());
        }
        const next = this.#flushing.catch(() => undefined).then(() => this.#withinFlushLimit(() => this.#claim(record, claim)));
        this.#flushing = next.then(() => undefined, () => undefined);
        return next;
    }
    async #claim(record, claim) {
        const id = record.event.id;
        const path = (0,layout.eventRecordPath)(id);
        let taken = new Map();
        let mine = record;
        let pendingPushed;
        let pushed = false;
        let mayHaveLanded = false;
        try {
            const hung = this.#health.hung;
            if (hung !== undefined && Date.now() - hung.atMs < (0,branch_options/* flushTimeoutMs */.Er)(this.#options)) {
                throw (0,branch_errors/* remoteStillHung */.$q)({ branch: this.branch, remote: this.remote }, hung);
            }
            await this.#open();
            await this.#pushBatch(async () => {
                const stored = (await this.#readTip([path])).get(path);
                const pending = this.#pending.get(id);
                taken = (0,state_record.takenRuns)((0,state_record.withPendingRecord)(stored, pending), record, claim);
                mine = (0,state_record.startedAtClaim)((0,state_record.withoutRuns)(record, taken), claim.starting, new Date().toISOString());
                pushed = mine.runs.some((run) => claim.starting.has(run.id));
                if (!pushed)
                    return undefined;
                pendingPushed = pending;
                return new Map([[id, pending ? (0,state_record.mergeEventRecords)(pending, mine) : mine]]);
            }, { claim: true, mayHaveLanded: () => { mayHaveLanded = true; } });
        }
        catch (error) {
            const ends = record.runs.filter((run) => !claim.starting.has(run.id));
            if (ends.length > 0)
                (0,state_record.addPending)(this.#pending, { ...record, runs: ends });
            const failed = this.#claimFailed(record, claim, error);
            if (mayHaveLanded && pushed) {
                const reason = `not started: ${failed instanceof Error ? failed.message : String(failed)}`;
                (0,state_record.addPending)(this.#pending, (0,state_record.notStartedRuns)(mine, claim.starting, reason, new Date().toISOString()));
            }
            throw failed;
        }
        if (!pushed)
            (0,state_record.addPending)(this.#pending, mine, mine.runs.length === 0 ? { records: this.#countOnly } : undefined);
        else if (pendingPushed !== undefined && this.#pending.get(id) === pendingPushed)
            this.#pending.delete(id);
        return taken;
    }
    #claimFailed(record, claim, error) {
        if (!(error instanceof branch_errors/* StateBranchError */.a))
            return error;
        const steps = record.runs.filter((run) => claim.starting.has(run.id)).map((run) => `${run.flowName}/${run.stepName}`);
        return new branch_errors/* StateBranchError */.a(error.kind, `The start of ${steps.join(", ")} for event "${record.event.id}" could not be saved, so ${steps.length === 1 ? "it was" : "they were"} not started ` +
            `(the branch store pushes the start of steps before they run, so that two jobs never both run one): ${error.message}`);
    }
    async listEvents(query = {}) {
        const records = [];
        await this.#scan((record) => {
            records.push(record);
        });
        return (0,layout.selectEvents)(records, query);
    }
    async eachEvent(visit) {
        await this.#scan(visit);
    }
    #scan(visit) {
        return this.#withinReadLimit(() => this.#scanRecords(visit));
    }
    async #scanRecords(visit) {
        await this.#open();
        const seen = new Set();
        const entries = await this.#repo.fetchAllRecords();
        for (let start = 0; start < entries.length; start += LIST_BATCH) {
            const batch = entries.slice(start, start + LIST_BATCH);
            const blobs = await this.#repo.readRecordBlobs(batch);
            for (const stored of this.#parsed(batch.map((entry) => entry.path), blobs).values()) {
                if (this.#pending.size > 0)
                    seen.add(stored.event.id);
                if (visit((0,state_record.withPendingRecord)(stored, this.#pending.get(stored.event.id))) === false)
                    return;
            }
        }
        for (const [id, pending] of this.#pending) {
            if (!seen.has(id) && visit((0,state_record.copyRecord)(pending)) === false)
                return;
        }
    }
    runIndex() {
        return this.#withinReadLimit(() => this.#runIndex());
    }
    async #runIndex() {
        await this.#open();
        const repo = this.#repo;
        const records = await repo.listRecords();
        const shardFiles = await repo.listIndexShards();
        if (records.length > 0 && shardFiles.length === 0) {
            return {
                unusable: `the state branch "${this.branch}" has no index yet (its ${records.length} records were written by an older flows-action), so every record is read. ` +
                    "Each write by this version adds the records it touches and the others of their index shards, so the index fills in as flows-action runs.",
            };
        }
        const shards = new Map();
        const read = await repo.readListed(shardFiles);
        for (const { path } of shardFiles) {
            const blob = read.get(path);
            try {
                if (blob === undefined)
                    throw new Error("its blob could not be read");
                if (blob.notText !== undefined)
                    throw new Error(blob.notText);
                if (blob.overContainers !== undefined)
                    throw new Error((0,layout.tooManyContainers)(blob.overContainers, "an index shard"));
                if (blob.text === undefined)
                    throw new Error(`it is ${blob.size} bytes, over the ${this.#maxRecordBytes()} bytes it may be`);
                shards.set(path, parseIndexShard(blob.text));
            }
            catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                this.#report({ path: `${this.branch}:${path}`, message: `an index shard that cannot be read (${reason}); its records were read whole instead, and the next write to one of them writes it anew` });
            }
        }
        const covered = new Map();
        const uncovered = [];
        for (const file of records) {
            const entry = shards.get(indexShardPath(file.path))?.get(recordHash(file.path));
            if (entry !== undefined && entry.oid === file.oid && !this.#pending.has(entry.event))
                covered.set(entry.event, { entry, file });
            else
                uncovered.push(file);
        }
        if (uncovered.length > MAX_UNCOVERED) {
            return {
                unusable: `${uncovered.length} of the ${records.length} records of the state branch "${this.branch}" are not in its index yet (written by an older flows-action, or their index shard is damaged), so every record is read. ` +
                    "Each write by this version adds the records it touches and the others of their index shards, so the index fills in as flows-action runs.",
            };
        }
        const whole = [];
        const seen = new Set();
        for (let start = 0; start < uncovered.length; start += LIST_BATCH) {
            const batch = uncovered.slice(start, start + LIST_BATCH);
            for (const stored of this.#parsed(batch.map((entry) => entry.path), await repo.readListed(batch)).values()) {
                seen.add(stored.event.id);
                whole.push((0,state_record.withPendingRecord)(stored, this.#pending.get(stored.event.id)));
            }
        }
        for (const [id, pending] of this.#pending)
            if (!seen.has(id) && !covered.has(id))
                whole.push((0,state_record.copyRecord)(pending));
        return {
            summaries: [...covered.values()].map(({ entry }) => ({
                eventId: entry.event,
                internal: entry.internal === true,
                runs: entry.runs.map(([id, updatedAt, effectiveStatus, needsAttention]) => ({ id, updatedAt, effectiveStatus, needsAttention: needsAttention === 1 })),
            })),
            records: whole,
            load: (eventIds) => this.#withinReadLimit(async () => {
                const files = eventIds.map((id) => covered.get(id)).filter((found) => found !== undefined);
                const parsed = this.#parsed(files.map(({ file }) => file.path), await repo.readListed(files.map(({ file }) => file)));
                const loaded = [];
                for (const { entry, file } of files) {
                    const record = parsed.get(file.path);
                    if (record === undefined || !entryMatches(entry, record)) {
                        this.#report({
                            path: `${this.branch}:${indexShardPath(file.path)}`,
                            message: `its entry for ${file.path} does not say what that record holds (the index was edited or damaged), so every record was read instead`,
                        });
                        return undefined;
                    }
                    loaded.push(record);
                }
                return loaded;
            }),
        };
    }
    flush() {
        const next = this.#flushing.catch(() => undefined).then(() => this.#withinFlushLimit(() => this.#flushPending()));
        this.#flushing = next;
        return next;
    }
    #withinFlushLimit(work) {
        const limitMs = (0,branch_options/* flushTimeoutMs */.Er)(this.#options);
        return withFlushDeadline({ at: Date.now() + limitMs, limitMs }, work);
    }
    #withinReadLimit(work) {
        if (currentFlushDeadline() !== undefined)
            return work();
        const limitMs = (0,branch_options/* readTimeoutMs */.gb)(this.#options);
        return withFlushDeadline({ at: Date.now() + limitMs, limitMs, of: "read" }, work);
    }
    async #flushPending() {
        if (this.#pending.size === 0)
            return;
        const batch = new Map(this.#pending);
        const where = `the state branch "${this.branch}" of ${this.remote}`;
        try {
            await this.#open();
            await this.#pushBatch(async () => batch);
        }
        catch (error) {
            if (refusedForGood(error) && batch.size > 1) {
                await this.#pushEachAlone(batch, where);
                return;
            }
            const reason = this.#redact(error instanceof Error ? error.message : String(error));
            if (refusedForGood(error))
                this.#settled(batch);
            const unsaved = this.#countsLost([...batch.keys()], batch, reason);
            if (unsaved.length > 0)
                throw new not_saved/* StateNotSavedError */.c({ eventIds: unsaved, where, reason, cause: error });
            return;
        }
        this.#settled(batch);
    }
    async #pushEachAlone(batch, where) {
        const failed = [];
        let refused = 0;
        for (const [id, record] of batch) {
            try {
                await this.#pushBatch(async () => new Map([[id, record]]));
                this.#settled(new Map([[id, record]]));
            }
            catch (error) {
                failed.push({ id, reason: this.#redact(error instanceof Error ? error.message : String(error)), error });
                if (refusedForGood(error)) {
                    refused++;
                    this.#settled(new Map([[id, record]]));
                }
            }
        }
        if (failed.length === 0)
            return;
        const unsaved = new Set(this.#countsLost(failed.map((failure) => failure.id), batch, (id) => failed.find((failure) => failure.id === id).reason));
        if (unsaved.size === 0)
            return;
        const saved = batch.size - failed.length;
        const kept = failed.length - refused;
        const reasons = [...new Set(failed.map((failure) => failure.reason))].map((reason) => `${failed.filter((failure) => failure.reason === reason).map((failure) => failure.id).join(", ")}: ${reason}`);
        const counts = `${saved} saved, ${refused} refused${kept > 0 ? `, ${kept} not pushed (kept for the next flush)` : ""}`;
        if (saved > 0)
            reasons.push(`The other ${saved} event record(s) of this flush were saved.`);
        throw new not_saved/* StateNotSavedError */.c({
            eventIds: failed.map((failure) => failure.id).filter((id) => unsaved.has(id)),
            where,
            reason: `The push of all ${batch.size} records was refused, so each was pushed on its own: ${counts}. ${reasons.join(" ")}`,
            cause: failed[0].error,
        });
    }
    #countsLost(ids, batch, reason) {
        const unsaved = [];
        for (const id of ids) {
            const record = batch.get(id);
            const storedCount = this.#storedCounts.get(id);
            if (storedCount === undefined || !(0,state_record.countsOnly)({ record, countOnly: this.#countOnly.has(record) })) {
                unsaved.push(id);
                continue;
            }
            const why = typeof reason === "string" ? reason : reason(id);
            this.#report({ path: `${this.branch}:${(0,layout.eventRecordPath)(id)}`, message: (0,state_record.countNotSavedMessage)(id, storedCount, `the push to the state branch "${this.branch}" of ${this.remote} failed: ${why}`) });
            this.#settled(new Map([[id, record]]));
        }
        return unsaved;
    }
    #settled(batch) {
        for (const [id, record] of batch)
            if (this.#pending.get(id) === record)
                this.#pending.delete(id);
    }
    async #pushBatch(batchOnTip, options = {}) {
        try {
            await this.#pushBatchOnTip(batchOnTip, options);
        }
        finally {
            await this.#repo?.sayLost();
        }
    }
    async #pushBatchOnTip(batchOnTip, options) {
        const where = { branch: this.branch, remote: this.remote };
        const budgetMs = (0,branch_options/* pushBudgetMs */.OI)(this.#options);
        const started = Date.now();
        let otherFailures = 0;
        for (let attempt = 1;; attempt++) {
            const repo = this.#repo;
            let events = 0;
            const prepared = await this.#prepareCommit(async () => {
                const batch = await batchOnTip();
                events = batch?.size ?? 0;
                return batch;
            }).then((commit) => ({ commit }), (error) => ({ error }));
            if ("error" in prepared) {
                const { error } = prepared;
                const blip = error instanceof branch_errors/* StateBranchError */.a && error.kind === "git";
                const wait = (0,branch_options/* retryWait */.y_)(this.#options, attempt);
                if (!blip || ++otherFailures > branch_options/* OTHER_FAILURE_RETRIES */.Hl || Date.now() - started + wait > budgetMs || pastFlushLimit(wait))
                    throw error;
                repo.fetchedAt = 0;
                await (0,external_node_timers_promises_.setTimeout)(wait);
                continue;
            }
            const commit = prepared.commit;
            if (!commit)
                return;
            const push = await repo.git(["push", "--porcelain", this.#url, `${commit}:refs/heads/${this.branch}`]).catch((error) => {
                options.mayHaveLanded?.();
                throw error;
            });
            this.stats.pushes++;
            if (push.code === 0) {
                let seen = await repo.lookForPushed(commit);
                if (("held" in seen && !seen.held) || (options.claim && "unknown" in seen && seen.kind === "git")) {
                    await (0,external_node_timers_promises_.setTimeout)(LANDED_RECHECK_MS);
                    seen = await repo.lookForPushed(commit);
                }
                if ("held" in seen && !seen.held) {
                    repo.fetchedAt = 0;
                    throw (0,branch_errors/* pushNotLanded */.YY)(where, commit, seen.tip);
                }
                if ("unknown" in seen && options.claim) {
                    options.mayHaveLanded?.();
                    repo.fetchedAt = 0;
                    throw (0,branch_errors/* pushNotChecked */.dz)(where, commit, seen);
                }
                repo.tip = commit;
                return;
            }
            const output = this.#redact(`${push.stdout.toString("utf8")}\n${push.stderr}`);
            const outcome = (0,branch_errors/* classifyPush */.Bj)(output);
            if (outcome === "permission")
                throw (0,branch_errors/* pushDenied */.go)(where, output);
            if (outcome === "protected")
                throw (0,branch_errors/* pushProtected */.he)(where, output);
            if (outcome === "checked-out")
                throw (0,branch_errors/* pushCheckedOut */.WH)(where);
            if (outcome === "refused")
                throw (0,branch_errors/* pushRefused */.H)(where, output);
            if (outcome === "other" && ++otherFailures > branch_options/* OTHER_FAILURE_RETRIES */.Hl)
                throw (0,branch_errors/* pushFailed */.EX)(where, output);
            this.stats.rejectedPushes++;
            repo.fetchedAt = 0;
            const wait = (0,branch_options/* retryWait */.y_)(this.#options, attempt);
            const spent = Date.now() - started;
            if (spent + wait > budgetMs || pastFlushLimit(wait)) {
                throw outcome === "other" ? (0,branch_errors/* pushFailed */.EX)(where, output) : (0,branch_errors/* pushContended */.$Q)(where, attempt, Math.round(spent / 1000), events);
            }
            await (0,external_node_timers_promises_.setTimeout)(wait);
        }
    }
    async close() {
        const opened = this.#opened;
        this.#opened = undefined;
        await opened?.catch(() => undefined);
        if (this.#workDir && !this.#options.workDir)
            await (0,promises_.rm)(this.#workDir, { recursive: true, force: true });
        this.#workDir = "";
    }
    #open() {
        this.#opened ??= this.#initialize().catch((error) => {
            this.#opened = undefined;
            throw error;
        });
        return this.#opened;
    }
    async #initialize() {
        const remoteUrl = this.#options.remoteUrl ??
            (await remoteOfCheckout({ repoDir: this.#options.repoDir, remote: this.#options.remote ?? "origin" }));
        const { url, credentials: inUrl } = splitCredentials(remoteUrl);
        const credentials = this.#options.token ? `x-access-token:${this.#options.token}` : inUrl;
        this.#url = url;
        this.#redact = redactorFor(remoteUrl, secretsOf(credentials));
        if (this.#options.workDir) {
            this.#workDir = (0,external_node_path_.resolve)(this.#options.workDir);
            await (0,promises_.mkdir)(this.#workDir, { recursive: true }).catch((error) => {
                throw (0,branch_errors/* workDirFailed */.Um)(this.#workDir, "the store's workDir option", error);
            });
        }
        else if (!this.#workDir) {
            const parent = (0,external_node_os_.tmpdir)();
            this.#workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, "flows-state-")).catch((error) => {
                throw (0,branch_errors/* workDirFailed */.Um)(parent, "the temporary folder (TMPDIR)", error);
            });
        }
        this.#repo = await StateRepo.open({
            workDir: this.#workDir,
            workDirChosenBy: this.#options.workDir ? "chosen by the store's workDir option" : "in the temporary folder (TMPDIR)",
            url,
            branch: this.branch,
            authEnv: authEnvironment(credentials),
            redact: this.#redact,
            shown: () => this.remote,
            maxRecordBytes: this.#maxRecordBytes(),
            stats: this.stats,
            report: (problem) => this.#report(problem),
            knownEventIds: () => this.#knownIds,
            health: this.#health,
            ...(this.#options.gitTimeoutMs === undefined ? {} : { gitTimeoutMs: this.#options.gitTimeoutMs }),
        });
    }
    async #prepareCommit(batchOnTip) {
        const repo = this.#repo;
        if (Date.now() - repo.fetchedAt > (this.#options.reuseFetchMs ?? 1_000))
            await repo.fetchTip();
        const batch = await batchOnTip();
        return batch === undefined ? undefined : this.#commitOnTip(batch);
    }
    async #commitOnTip(batch) {
        const paths = new Map([...batch.keys()].map((id) => [id, (0,layout.eventRecordPath)(id)]));
        const repo = this.#repo;
        const shards = [...new Set([...paths.values()].map(indexShardPath))];
        const blobs = repo.tip ? await repo.readTipBlobs([...paths.values(), branch_commit/* STATE_README_PATH */.Tr, ...shards]) : new Map();
        const written = new Map();
        const oidLength = repo.tip?.length ?? 40;
        const files = (0,branch_commit/* batchFiles */.ul)({
            batch: [...batch].map(([id, record]) => ({ record, path: paths.get(id) })),
            stored: (path) => blobs.get(path),
            parse: (blob, path) => {
                const stored = this.#parseOrSetAside(blob, path);
                return stored === SET_ASIDE ? undefined : stored;
            },
            branch: this.branch,
            limits: { maxBytes: this.#maxRecordBytes(), maxContainers: (0,layout.recordContainerCap)(this.#maxRecordBytes()) },
            storedAs: (path, record, text) => written.set(path, indexEntry(record, gitBlobOid(text, oidLength))),
        });
        if (files.length === 0)
            return undefined;
        files.push(...(await this.#indexFiles(shards, blobs, written)));
        const stream = (0,branch_commit/* fastImportStream */.QG)({
            ref: PENDING_REF,
            ...(repo.tip ? { parent: repo.tip } : {}),
            author: this.#options.author ?? branch_commit/* DEFAULT_STATE_AUTHOR */.sI,
            message: (0,branch_commit/* stateCommitMessage */.Ic)([...batch.keys()]),
            files,
        });
        const imported = await repo.git(["fast-import", "--quiet", "--force"], stream);
        if (imported.code !== 0) {
            const said = this.#redact(imported.stderr.trim());
            throw new branch_errors/* StateBranchError */.a("git", `git fast-import failed: ${said}${repo.diskSaid(said)}`);
        }
        const commit = await repo.git(["rev-parse", "--verify", PENDING_REF]);
        return commit.stdout.toString("utf8").trim();
    }
    async #indexFiles(shards, blobs, written) {
        const repo = this.#repo;
        const files = [];
        let backfill = BACKFILL_RECORDS;
        for (const shardPath of shards) {
            const blob = blobs.get(shardPath);
            let shard = new Map();
            try {
                if (blob?.text !== undefined)
                    shard = parseIndexShard(blob.text);
            }
            catch {
            }
            for (const [path, entry] of written)
                if (indexShardPath(path) === shardPath)
                    shard.set(recordHash(path), entry);
            if (backfill > 0 && repo.tip) {
                try {
                    const folder = shardPath.replace(/^index\/(..)\.json$/, "events/$1");
                    const missing = (await repo.listRecords(folder))
                        .filter((entry) => !written.has(entry.path) && shard.get(recordHash(entry.path))?.oid !== entry.oid)
                        .slice(0, backfill);
                    backfill -= missing.length;
                    const read = await repo.readListed(missing, BACKFILL_MAX_BYTES);
                    for (const entry of missing) {
                        const text = read.get(entry.path)?.text;
                        if (text === undefined)
                            continue;
                        try {
                            shard.set(recordHash(entry.path), indexEntry((0,layout.parseEventRecordText)(text, entry.path, Number.POSITIVE_INFINITY), entry.oid));
                        }
                        catch {
                        }
                    }
                }
                catch (error) {
                    if (error instanceof branch_errors/* StateBranchError */.a && error.kind === "timeout")
                        throw error;
                }
            }
            const text = indexShardText(shard);
            if (text !== blob?.text)
                files.push({ path: shardPath, text });
        }
        return files;
    }
    async #readTip(paths) {
        return this.#parsed(paths, await this.#repo.readTipBlobs(paths));
    }
    #parsed(paths, blobs) {
        const records = new Map();
        paths.forEach((path) => {
            const blob = blobs.get(path);
            if (blob === undefined)
                return;
            const record = this.#parseOrSetAside(blob, path);
            if (record !== SET_ASIDE)
                records.set(path, record);
        });
        return records;
    }
    #parseOrSetAside(blob, path) {
        try {
            if (blob.notAFile)
                throw new Error(`it is a ${blob.notAFile} on the state branch, not a record file`);
            if (blob.notText !== undefined)
                throw new Error(blob.notText);
            if (blob.overContainers !== undefined)
                throw new Error((0,layout.tooManyContainers)(blob.overContainers));
            if (blob.text === undefined) {
                throw new Error(`it is ${blob.size} bytes, over the ${this.#maxRecordBytes()} bytes a record may be, so it was not read`);
            }
            return (0,layout.parseEventRecordText)(blob.text, path, Number.POSITIVE_INFINITY);
        }
        catch (error) {
            const where = `${this.branch}:${path}`;
            const reason = error instanceof Error ? error.message : String(error);
            if (error instanceof state_record.NewerRecordFormatError) {
                this.#report({ path: where, message: reason });
                throw new layout.StateRecordError(where, reason);
            }
            this.#report({ path: where, message: `${reason}; set aside (kept as ${path}.corrupt-<time> when its event is saved again), and the event counts as not handled yet` });
            return SET_ASIDE;
        }
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
    #maxRecordBytes() {
        return this.#options.maxRecordBytes ?? layout.MAX_RECORD_BYTES;
    }
}
const SET_ASIDE = Symbol("set aside");
function pastFlushLimit(waitMs) {
    const deadline = currentFlushDeadline();
    return deadline !== undefined && Date.now() + waitMs >= deadline.at;
}
const BACKFILL_RECORDS = 400;
const MAX_UNCOVERED = 2_000;
const LANDED_RECHECK_MS = 1_000;
const BACKFILL_MAX_BYTES = 128 * 1024;
function refusedForGood(error) {
    return error instanceof branch_errors/* StateBranchError */.a && error.kind === "refused";
}


/***/ })

};
