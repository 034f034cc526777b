export const id = 9925;
export const ids = [9925];
export const modules = {

/***/ 11685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ fileURLToPath),
/* harmony export */   q: () => (/* binding */ pathToFileURL)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);

const builtIn = globalThis.Bun;
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let nodeUrl;
function conversions() {
    if (builtIn)
        return builtIn;
    nodeUrl ??= requireBuiltin("node:url");
    return nodeUrl;
}
/** The file: URL of a path (absolute, or resolved against the working folder). */
function pathToFileURL(path) {
    return conversions().pathToFileURL(path);
}
/** The path of a file: URL; throws as node:url does for another host or an encoded separator. */
function fileURLToPath(url) {
    return conversions().fileURLToPath(url);
}


/***/ }),

/***/ 93121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ readTextFileWithin),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   nM: () => (/* binding */ removeFile),
/* harmony export */   qW: () => (/* binding */ statPath),
/* harmony export */   yq: () => (/* binding */ FileTooLargeError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

// The few asynchronous file calls on `flows fire`'s path before and around its steps, as promises
// over node:fs's callback functions. node:fs is loaded anyway; on Bun, node:fs/promises costs
// about 1.2 ms to load, and node:util (for promisify) as much: together a twentieth of a
// `flows fire` of four steps (BENCHMARKS.md, "Seed parity"). Code off that path (listing records,
// stale locks, the GitHub and artifact paths) imports node:fs/promises as usual, where it runs.
/** The file's text as UTF-8. */
function readTextFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8", (error, text) => (error ? reject(error) : resolve(text))));
}
/** Thrown by readTextFileWithin past its bound; `code` is "EFBIG". */
class FileTooLargeError extends Error {
    maxBytes;
    code = "EFBIG";
    constructor(maxBytes) {
        super(`the file is larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
    }
}
/**
 * The file's text as UTF-8, read no further than `maxBytes` (FileTooLargeError past it). For a
 * file the user names, which may be a pipe (`/dev/stdin`, `<(command)`, or the descriptor of
 * standard input): any kind is read, and /dev/zero or an endless pipe costs `maxBytes`, not the
 * machine's memory.
 */
function readTextFileWithin(file, maxBytes) {
    return new Promise((resolve, reject) => {
        const opened = (openError, fd) => {
            if (openError) {
                reject(openError);
                return;
            }
            const chunks = [];
            let total = 0;
            const done = (error) => (error ? reject(error) : resolve(Buffer.concat(chunks, total).toString("utf8")));
            // A descriptor handed in (standard input) stays open: it is not ours to close.
            const finish = (error) => (typeof file === "string" ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.close)(fd, () => done(error)) : done(error));
            const next = () => {
                const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, chunk, 0, chunk.length, null, (readError, bytes) => {
                    // A pipe another process left non-blocking: wait for its writer.
                    if (readError?.code === "EAGAIN")
                        return void setTimeout(next, 5);
                    if (readError)
                        return finish(readError);
                    if (bytes === 0)
                        return finish(undefined);
                    chunks.push(chunk.subarray(0, bytes));
                    total += bytes;
                    if (total > maxBytes)
                        return finish(new FileTooLargeError(maxBytes));
                    next();
                });
            };
            next();
        };
        if (typeof file === "string")
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r", opened);
        else
            opened(null, file.fd);
    });
}
/** What stat says about the path (links followed). */
function statPath(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.stat)(path, (error, info) => (error ? reject(error) : resolve(info))));
}
/** Removes the file. */
function removeFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlink)(path, (error) => (error ? reject(error) : resolve())));
}


/***/ }),

/***/ 39925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FLOW_HELPER_SPECIFIERS: () => (/* reexport */ FLOW_HELPER_SPECIFIERS),
  RUN_VARIABLES: () => (/* reexport */ RUN_VARIABLES),
  WITHHELD_HOST_PREFIXES: () => (/* reexport */ WITHHELD_HOST_PREFIXES),
  WITHHELD_HOST_VARIABLES: () => (/* reexport */ WITHHELD_HOST_VARIABLES),
  buildStepContext: () => (/* reexport */ buildStepContext),
  isCodeModeEnabled: () => (/* reexport */ isCodeModeEnabled),
  parseFlowResult: () => (/* reexport */ parseFlowResult),
  runFlowStep: () => (/* reexport */ runFlowStep),
  stepEnvironment: () => (/* reexport */ stepEnvironment)
});

// EXTERNAL MODULE: ./.build/events/lazy-json.js
var lazy_json = __webpack_require__(97398);
// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __webpack_require__(54981);
;// CONCATENATED MODULE: ./.build/runners/context.js


/** For callers from JavaScript: the flow, step, event and runtime that runFlowStep and buildStepContext need. */
function checkStepOptions(functionName, options) {
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options), functionName, "options", "an options object like { flow, step, event, runtime }", options);
    const { flow, step, event, runtime } = options;
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(flow), functionName, "options.flow", "a flow package (an element of discoverFlows(...).flows)", flow);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(step) && typeof step.name === "string", functionName, "options.step", "a step of options.flow (an element of options.flow.steps)", step);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(event) && typeof event.id === "string", functionName, "options.event", 'a FlowEvent like { id: "...", type: "...", payload: {} }', event);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(runtime), functionName, "options.runtime", "an object like { runId, attemptId, replay: false }", runtime);
}
/**
 * Builds the run context in the compatible shape: `config` only when the manifest has one;
 * runtime facts that are unknown are left out, except `eventId` and `replay`.
 */
function buildStepContext(options) {
    checkStepOptions("buildStepContext", options);
    const { flow, step, event, runtime } = options;
    return {
        flow: {
            name: flow.name,
            version: flow.version,
            root: flow.root,
            step: step.name,
            ...(flow.config !== undefined ? { config: flow.config } : {}),
            event: stepEvent(event),
        },
        runtime: {
            eventId: event.id,
            ...known("runId", runtime.runId),
            ...known("attemptId", runtime.attemptId),
            replay: runtime.replay === true,
            ...known("workspaceBackendUrl", runtime.workspaceBackendUrl),
            ...known("launchedBy", runtime.launchedBy),
        },
    };
}
/** The JSON of each event as a step sees it (`context.flow.event`), made once per event object. */
const eventJsonCache = new WeakMap();
/**
 * `context.flow.event` as JSON parts, serialised once per event: every step of a dispatch shares
 * them. Big arrays of a large event file stay on disk (src/events/lazy-json.ts) and are parts
 * of their own, file ranges streamed to each step; the rest is text. (Kept as strings: a UTF-8
 * Buffer would be a second copy while it is made, and measured more at peak than writing 64 KiB
 * slices of the string.)
 */
function stepEventParts(event) {
    let parts = eventJsonCache.get(event);
    if (parts === undefined) {
        parts = (0,lazy_json/* jsonParts */.lx)(stepEvent(event));
        eventJsonCache.set(event, parts);
    }
    return parts;
}
/**
 * The step's stdin: exactly `JSON.stringify(buildStepContext(options))`, as a small head, the
 * event's shared JSON parts and a small tail, so no step holds its own copy of a large payload.
 */
function stepContextParts(options) {
    // The event's spread copy is shallow: building the context copies no payload.
    const { flow, runtime: runtimeFields } = buildStepContext(options);
    const { event: _event, ...flowHead } = flow;
    const head = JSON.stringify(flowHead);
    const runtime = JSON.stringify(runtimeFields);
    return [`{"flow":${head.slice(0, -1)}${head === "{}" ? "" : ","}"event":`, ...stepEventParts(options.event), `},"runtime":${runtime}}`];
}
function stepEvent(event) {
    // Compatible: the older runtime passes the whole event; steps read receivedAt and source.
    return { ...event, payload: event.payload ?? {} };
}
function known(key, value) {
    return typeof value === "string" && value.length > 0 ? { [key]: value } : {};
}

;// CONCATENATED MODULE: ./.build/runners/step-clock.js
/** Stamps outcomes with when the step started and how long it took. */
class StepClock {
    startedAt = new Date();
    start = performance.now();
    outcome(fields) {
        return {
            timedOut: false,
            exitCode: null,
            signal: null,
            output: "",
            ...fields,
            startedAt: this.startedAt.toISOString(),
            completedAt: new Date().toISOString(),
            durationMs: Math.round(performance.now() - this.start),
        };
    }
}

;// CONCATENATED MODULE: ./.build/runners/code-mode.js

const ENABLED_VALUES = new Set(["1", "true", "yes", "on"]);
const CODE_MODE_DISABLED_MESSAGE = "Code Mode step not run: Code Mode is disabled. Set CODEX_FLOWS_ENABLE_CODE_MODE=1 (or CODEX_FLOWS_MODE=code-mode) to enable it.";
const CODE_MODE_UNAVAILABLE_MESSAGE = "Code Mode is enabled, but running a Code Mode step needs the Codex runtime, which flows-action does not ship. " +
    'Run this flow with the Codex flow runtime, or rewrite the step as runner = "bun".';
/** Code Mode is opt-in: `CODEX_FLOWS_MODE=code-mode` or `CODEX_FLOWS_ENABLE_CODE_MODE` = 1/true/yes/on. */
function isCodeModeEnabled(env) {
    if (env.CODEX_FLOWS_MODE?.trim().toLowerCase() === "code-mode")
        return true;
    return ENABLED_VALUES.has(env.CODEX_FLOWS_ENABLE_CODE_MODE?.trim().toLowerCase() ?? "");
}
/** The outcome of a `runner = "code-mode"` step: skipped when gated off, failed when on. */
function codeModeOutcome(env) {
    const clock = new StepClock();
    if (!isCodeModeEnabled(env)) {
        return clock.outcome({
            processStatus: "completed",
            result: { status: "skipped", message: CODE_MODE_DISABLED_MESSAGE },
        });
    }
    return clock.outcome({ processStatus: "failed", error: CODE_MODE_UNAVAILABLE_MESSAGE });
}

;// CONCATENATED MODULE: ./.build/runners/environment.js
/**
 * Host variables never passed to steps: the Actions runtime's credentials, its state file,
 * and this action's own outputs file (a step must not overwrite the action's outputs;
 * steps report through FLOW_RESULT).
 */
const WITHHELD_HOST_VARIABLES = [
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_RUNTIME_URL",
    "ACTIONS_CACHE_URL",
    "GITHUB_STATE",
    "GITHUB_OUTPUT",
];
/**
 * The runner's files that change later steps of the job. Withheld unless the workflow opts in
 * (`export-env: true`): a step that could write `NODE_OPTIONS` or `PATH` into them would drive
 * every step after it.
 */
const JOB_ENVIRONMENT_FILES = ["GITHUB_ENV", "GITHUB_PATH"];
/** Host variable prefixes never passed to steps: action inputs (`INPUT_*`, which may hold tokens). */
const WITHHELD_HOST_PREFIXES = ["INPUT_"];
/**
 * Variables that describe the run: set from the event being run and its runtime, never
 * inherited. Every other `CODEX_FLOW_*` host variable (CODEX_FLOW_PUSH=1, ...) passes through,
 * as in the older runtime, whose own flows are switched by such settings.
 */
const RUN_VARIABLES = [
    "CODEX_FLOW_EVENT_ID",
    "CODEX_FLOW_RUN_ID",
    "CODEX_FLOW_ATTEMPT_ID",
    "CODEX_FLOW_REPLAY",
    "CODEX_FLOW_LAUNCHED_BY",
];
/** Set from `runtime.workspaceBackendUrl` (which defaults to the host's value of it). */
const WORKSPACE_BACKEND_VARIABLE = "CODEX_WORKSPACE_BACKEND_WS_URL";
/** The host variables a step receives: everything except the withheld names and prefixes. */
function stepEnvironment(hostEnv, options = {}) {
    const withheld = new Set([...WITHHELD_HOST_VARIABLES, ...(options.exportEnv ? [] : JOB_ENVIRONMENT_FILES)]);
    const env = {};
    for (const [name, value] of Object.entries(hostEnv)) {
        if (value === undefined)
            continue;
        // Windows variable names are case-insensitive; compare in one case everywhere.
        const upper = name.toUpperCase();
        if (withheld.has(upper))
            continue;
        if (WITHHELD_HOST_PREFIXES.some((prefix) => upper.startsWith(prefix)))
            continue;
        env[name] = value;
    }
    return env;
}
const RUN_VARIABLE_SET = new Set([...RUN_VARIABLES, WORKSPACE_BACKEND_VARIABLE]);
/**
 * The environment a step process gets: the base environment without any inherited run
 * variables, plus the run variables of this event. (The old runtime let an inherited
 * CODEX_FLOW_EVENT_ID override the event's own id.)
 */
function runEnvironment(options) {
    const { event, runtime } = options;
    const env = {};
    for (const [name, value] of Object.entries(options.env)) {
        if (value === undefined || RUN_VARIABLE_SET.has(name.toUpperCase()))
            continue;
        env[name] = value;
    }
    env.CODEX_FLOW_EVENT_ID = event.id;
    if (runtime.runId)
        env.CODEX_FLOW_RUN_ID = runtime.runId;
    if (runtime.attemptId)
        env.CODEX_FLOW_ATTEMPT_ID = runtime.attemptId;
    env.CODEX_FLOW_REPLAY = runtime.replay ? "1" : "0";
    if (runtime.workspaceBackendUrl)
        env[WORKSPACE_BACKEND_VARIABLE] = runtime.workspaceBackendUrl;
    if (runtime.launchedBy)
        env.CODEX_FLOW_LAUNCHED_BY = runtime.launchedBy;
    return env;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/file-url.js
var file_url = __webpack_require__(11685);
// EXTERNAL MODULE: ./.build/fs-async.js
var fs_async = __webpack_require__(93121);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __webpack_require__(20316);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(81215);
;// CONCATENATED MODULE: ./.build/runners/stray-processes.js
// Processes a step left behind outside its process group. A step runs in a process group of its
// own, which its timeout, its cancellation and the end of its output stop; a child started in a
// new session (`setsid`, `nohup setsid`, Bun.spawn or child_process.spawn with `detached: true`,
// a daemon's double fork) leaves that group and ran on past the job, holding files and writing
// after its step was recorded. What such a process keeps is its environment: every step process
// gets a mark of its own (STEP_MARK_VARIABLE) that its descendants inherit, and once the step is
// over, Linux's /proc shows which processes still carry it.
//
// No better handle is reachable from Node or Bun without native code: PR_SET_CHILD_SUBREAPER
// needs prctl, a cgroup needs privileges. Limits: a descendant that clears its environment
// (`env -i`, an `env: {}` passed to spawn) drops the mark; another user's processes are never
// touched; without /proc (macOS) nothing is scanned. README.md, "Timeout", says so.


/**
 * The variable every step process gets. Its value is a space-separated list of marks: the
 * step's own, after those of the steps it runs inside (`flows fire` run by a step), so a
 * nested step's processes are still found when the outer step ends.
 */
const STEP_MARK_VARIABLE = "FLOWS_STEP_MARK";
/** A process forking as fast as it is stopped is chased at most this many rounds. */
const MAX_ROUNDS = 5;
/** And for at most this long in all: a machine with tens of thousands of processes is not read to the end. */
const MAX_SEARCH_MS = 250;
/** Bytes of an environment read at a time (Linux allows a few MiB in all). */
const CHUNK = 64 * 1024;
let procReadable;
/** Whether this system shows processes' environments under /proc (Linux; not macOS or Windows). */
function canFindStrayProcesses() {
    procReadable ??= process.platform === "linux" && (0,external_node_fs_.existsSync)("/proc/self/environ");
    return procReadable;
}
/** A new mark (128 random bits as hex), and the environment that carries it after the inherited ones. */
function markedEnvironment(env) {
    const mark = (0,hash/* randomHex */.nw)(16);
    const inherited = env[STEP_MARK_VARIABLE]?.trim();
    return { mark, env: { ...env, [STEP_MARK_VARIABLE]: inherited ? `${inherited} ${mark}` : mark } };
}
/**
 * Stops (SIGKILL) every process of this user whose environment carries `mark`, until a round
 * finds none (a process may fork while it is stopped), within MAX_SEARCH_MS; returns how many
 * were stopped. Never this process. Processes that end meanwhile, and those whose environment
 * cannot be read, are passed over. A round reads /proc/<pid>/environ of every process: about
 * 0.5 ms on Node for 90 processes (BENCHMARKS.md has the figures). Between the read and the kill
 * a process could end and its pid be reused: that takes the whole pid space (4 million on
 * systemd machines) to be used up within microseconds, and is not guarded against.
 */
function stopMarkedProcesses(mark) {
    if (!canFindStrayProcesses() || !/^[0-9a-f]{32}$/.test(mark))
        return 0;
    const needle = Buffer.from(mark, "latin1");
    const buffer = Buffer.allocUnsafe(CHUNK + needle.length);
    const uid = process.getuid?.();
    const stopped = new Set();
    const deadline = performance.now() + MAX_SEARCH_MS;
    for (let round = 0; round < MAX_ROUNDS && performance.now() < deadline; round += 1) {
        let found = 0;
        const pids = processIds();
        for (let index = 0; index < pids.length; index += 1) {
            const pid = pids[index];
            if (index % 64 === 63 && performance.now() > deadline)
                break;
            if (pid === process.pid || !environmentHas(pid, needle, buffer))
                continue;
            if (!ownedBy(pid, uid))
                continue;
            try {
                process.kill(pid, "SIGKILL");
            }
            catch {
                continue; // gone meanwhile
            }
            if (!stopped.has(pid))
                found += 1;
            stopped.add(pid);
        }
        if (found === 0)
            break;
    }
    return stopped.size;
}
function processIds() {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)("/proc");
    }
    catch {
        return [];
    }
    const pids = [];
    for (const name of names) {
        const first = name.charCodeAt(0);
        if (first >= 48 && first <= 57)
            pids.push(Number(name));
    }
    return pids;
}
/**
 * Whether the process's environment (NUL-separated `NAME=value`) holds `needle`, read in chunks
 * that overlap by the needle's length. A zombie's environment reads as empty: a process stopped
 * in an earlier round is not found again once it has ended.
 */
function environmentHas(pid, needle, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(`/proc/${pid}/environ`, "r");
    }
    catch {
        return false; // gone, or another user's
    }
    try {
        let kept = 0;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, kept, CHUNK, null);
            if (read === 0)
                return false;
            const end = kept + read;
            if (buffer.subarray(0, end).indexOf(needle) !== -1)
                return true;
            kept = Math.min(needle.length - 1, end);
            buffer.copy(buffer, 0, end - kept, end);
        }
    }
    catch {
        return false; // ended while being read
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function ownedBy(pid, uid) {
    if (uid === undefined)
        return false;
    try {
        return (0,external_node_fs_.statSync)(`/proc/${pid}`).uid === uid;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/runners/watchdog.js

/**
 * Preloaded into every Bun step (`bun --preload <this> ...`), so a step does not outlive the
 * process that started it. A step runs in its own process group (so that a timeout can stop its
 * children), which also keeps it out of reach when its dispatcher is killed outright (kill -9, a
 * runner that lost its machine): it ran on, and since its record said `interrupted`, the next
 * delivery ran it a second time. The step's parent is the dispatcher; when it is gone the step
 * is handed to another parent (init or a subreaper), which this notices within a quarter of a
 * second and then stops the step's process group: SIGTERM, SIGKILL 2 s later. The timer keeps
 * no step alive (unref), and a step whose event loop is blocked is stopped once it frees it.
 * Before that, on Linux, the step's processes outside its group (a new session: setsid,
 * `detached: true`) that carry its mark get SIGKILL: with the dispatcher gone, no one else looks
 * for them (./stray-processes.ts does it when the dispatcher sees the step end). The mark is the
 * last of FLOWS_STEP_MARK, read when the step starts.
 * Kept as text, like the module wrapper: the action is bundled into a single file.
 */
const WATCHDOG_SOURCE = `// flows-action step watchdog (generated)
const parent = process.ppid;
const mark = (process.env.${STEP_MARK_VARIABLE} ?? "").trim().split(" ").pop();
const stopGroup = (signal) => {
  try {
    process.kill(-process.pid, signal);
  } catch {}
};
const stopStrays = () => {
  if (process.platform !== "linux" || !/^[0-9a-f]{32}$/.test(mark)) return;
  try {
    // A Bun on PATH old enough to lack getBuiltinModule has import.meta.require.
    const fs = typeof process.getBuiltinModule === "function" ? process.getBuiltinModule("node:fs") : import.meta.require("node:fs");
    const needle = Buffer.from(mark);
    const uid = process.getuid();
    for (const name of fs.readdirSync("/proc")) {
      if (!/^[0-9]+$/.test(name) || Number(name) === process.pid) continue;
      try {
        if (!fs.readFileSync("/proc/" + name + "/environ").includes(needle) || fs.statSync("/proc/" + name).uid !== uid) continue;
        const stat = fs.readFileSync("/proc/" + name + "/stat", "latin1");
        // The step's own group is stopped below, SIGTERM first.
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== process.pid) process.kill(Number(name), "SIGKILL");
      } catch {}
    }
  } catch {}
};
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  stopStrays();
  setTimeout(() => stopGroup("SIGKILL"), 2000).unref();
  stopGroup("SIGTERM");
}, 250);
watch.unref();
`;

;// CONCATENATED MODULE: ./.build/runners/module-detect.js
/**
 * Compatible rule for module-style steps: the source has a default export (`export default`,
 * `as default`) or a `defineBunFlow(` call. The words are matched as whole words separated by
 * any whitespace, and only in code: a comment that says "has default value" or a string that
 * mentions `export default` does not make a raw script a module.
 */
function isModuleStyleSource(source) {
    // Most raw scripts hold neither word: no need to tell their code from their comments.
    if (!source.includes("default") && !source.includes("defineBunFlow"))
        return false;
    const code = codeOnly(source);
    return /\bexport\s+default\b/.test(code) || /\bas\s+default\b/.test(code) || /\bdefineBunFlow\s*\(/.test(code);
}
/**
 * The source with comments, string and template text, and regular expression literals replaced
 * by spaces (template `${...}` expressions are kept, they are code), as one byte per UTF-16 unit:
 * ASCII as it is, other whitespace as a space, anything else as `#` (like them, no part of a word
 * and no whitespace, so the rule's `\b` and `\s` read it the same). Line breaks are kept, so
 * nothing joins two words that were apart. Linear in time and memory: the source is a step's
 * script, any size a pull request can bring, read before the step starts (a string per character
 * took 1.6 GB for 40 MB; trimming the text before each `/` took minutes after a 1 MB comment).
 */
function codeOnly(source) {
    const out = Buffer.allocUnsafe(source.length);
    // Each entry is a template literal we are inside of, holding the `{` depth of its current `${`.
    const templates = [];
    let braces = 0;
    let i = 0;
    // Just past the last code character that is not whitespace (blanked text is whitespace).
    let codeEnd = 0;
    const blank = (from, to) => {
        for (let k = from; k < to; k++)
            out[k] = source.charCodeAt(k) === 0x0a ? 0x0a : 0x20;
    };
    const skipTemplateText = (from) => {
        let j = from;
        while (j < source.length) {
            const c = source[j];
            if (c === "\\")
                j += 2;
            else if (c === "`")
                return j + 1;
            else if (c === "$" && source[j + 1] === "{") {
                templates.push(braces);
                braces += 1;
                return j + 2;
            }
            else
                j += 1;
        }
        return j;
    };
    while (i < source.length) {
        const c = source[i];
        const next = source[i + 1];
        let stop;
        if (c === "/" && next === "/") {
            const end = source.indexOf("\n", i);
            stop = end === -1 ? source.length : end;
        }
        else if (c === "/" && next === "*") {
            const end = source.indexOf("*/", i + 2);
            stop = end === -1 ? source.length : end + 2;
        }
        else if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < source.length && source[j] !== c && source[j] !== "\n")
                j += source[j] === "\\" ? 2 : 1;
            stop = Math.min(j + 1, source.length);
        }
        else if (c === "`") {
            stop = skipTemplateText(i + 1);
        }
        else if (c === "}" && templates.length > 0 && templates[templates.length - 1] === braces - 1) {
            // The end of a template's `${...}`: back to its text.
            braces -= 1;
            templates.pop();
            stop = skipTemplateText(i + 1);
        }
        else if (c === "/" && startsRegExp(source, codeEnd)) {
            stop = regExpEnd(source, i);
        }
        if (stop !== undefined) {
            blank(i, stop);
            i = stop;
            continue;
        }
        if (c === "{")
            braces += 1;
        else if (c === "}")
            braces -= 1;
        const code = source.charCodeAt(i);
        const space = code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(c));
        if (!space)
            codeEnd = i + 1;
        out[i] = code <= 0x7f ? code : space ? 0x20 : 0x23;
        i += 1;
    }
    return out.toString("latin1");
}
/**
 * A `/` starts a regular expression when no value comes before it (else it divides). `codeEnd`
 * is just past the last code before it; blanked text ends in a character that is no part of a
 * word (a quote, `/`, a backquote, `{` or a line break), so the source before `codeEnd` can be
 * read as it is.
 */
function startsRegExp(source, codeEnd) {
    if (codeEnd === 0)
        return true;
    if ("(,=:[!&|?{};+-*%<>~^".includes(source[codeEnd - 1]))
        return true;
    return /\b(?:return|typeof|case|do|else|in|of|void|yield|await|throw|delete|new)$/.test(source.slice(Math.max(0, codeEnd - 16), codeEnd));
}
function regExpEnd(source, start) {
    let j = start + 1;
    let inClass = false;
    while (j < source.length && source[j] !== "\n") {
        const c = source[j];
        if (c === "/" && !inClass)
            return j + 1;
        if (c === "[")
            inClass = true;
        else if (c === "]")
            inClass = false;
        j += c === "\\" ? 2 : 1;
    }
    return j;
}

;// CONCATENATED MODULE: ./.build/runners/module-style.js








/** Specifiers a module-style step may import `defineBunFlow` / `defineFlow` from. */
const FLOW_HELPER_SPECIFIERS = [
    "@peezy.tech/codex-flows/flow-runtime/bun",
    "flows-action/bun",
];

/**
 * The wrapper Bun runs for a module-style step. It is kept as text (not a file next to this
 * one) because the action is bundled into a single dist/index.js by ncc.
 *
 * - The helper specifiers resolve to identity functions unless the flow's folder has the real
 *   package installed (then the real one is used; it is the identity function too). Which are
 *   installed is looked up here, before each run (see {@link stubbedHelpers}): the wrapper
 *   imports nothing, and node:fs alone cost each module-style step about 3 ms.
 * - The result is written to a file, not printed: the runner shows it as the step's last line,
 *   `FLOW_RESULT ...`, once the process has ended, so it is always after everything the module
 *   printed (output still queued in process.stdout, a last line without a newline, a replaced
 *   console.log), and a module that prints its own `FLOW_RESULT ...` text (even later, from a
 *   stray timer) cannot override what it returned. (Taking process.stdout in the wrapper to
 *   print it in order cost each module-style step about 8 ms: Bun builds the stream on first use.)
 * - A module Bun cannot build or resolve fails with the place Bun gives, `exec/s.ts:3:25: ...`,
 *   and the offending line in the log: Bun throws a BuildMessage or ResolveMessage (several as an
 *   AggregateError of them), which carries the place in fields, not in a stack or its message.
 */
const WRAPPER_SOURCE = `// flows-action module-style wrapper (generated)
// The helper specifiers to stand in for (those not installed above the script) come as JSON.
const [scriptUrl, scriptLabel, stubbed, resultPath] = process.argv.slice(2);
const identity = (value) => value;
const helpers = { defineBunFlow: identity, defineFlow: identity };

Bun.plugin({
  name: "flows-action-helpers",
  setup(build) {
    for (const specifier of JSON.parse(stubbed)) {
      build.module(specifier, () => ({ exports: { ...helpers, default: helpers }, loader: "object" }));
    }
  },
});

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value === "undefined" ? "undefined" : "a " + typeof value;
}

function failed(message) {
  return { status: "failed", message };
}

// A thrown value that is not an Error says what it was ("[object Object]" said nothing). Its JSON
// is shown whole or not at all: this process knows no secrets, and a cut through one left its
// start, which no redaction matches. The log (shown: Infinity) has all of it, line by line redacted.
function thrownMessage(error, shownChars = 500) {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  if (error !== null && typeof error === "object" && typeof error.message === "string" && error.message) return error.message;
  let json;
  try {
    json = JSON.stringify(error);
  } catch {}
  const shown = !json || json === "null" ? "" : json.length > shownChars ? " (" + json.length + " characters of JSON, in the log)" : " " + json;
  return scriptLabel + " threw " + describe(error) + shown + ", not an Error; throw new Error(message) instead";
}

function bunMessages(error) {
  const list = error instanceof AggregateError ? error.errors : [error];
  const fromBun = (item) => item !== null && typeof item === "object" && (item.name === "BuildMessage" || item.name === "ResolveMessage");
  return list.length > 0 && list.every(fromBun) ? list : undefined;
}

// The script as its label (exec/s.ts), another file of the package relative to the package.
function fileLabel(file) {
  const scriptPath = Bun.fileURLToPath(scriptUrl);
  if (!file || file === scriptPath) return scriptLabel;
  const root = scriptPath.endsWith(scriptLabel) ? scriptPath.slice(0, scriptPath.length - scriptLabel.length) : undefined;
  return root && file.startsWith(root) ? file.slice(root.length) : file;
}

function located(item) {
  const at = item.position;
  const file = fileLabel((at && at.file) || item.referrer);
  return (at && at.line > 0 ? file + ":" + at.line + ":" + at.column : file) + ": " + item.message;
}

// Where in the package an Error was thrown, as a raw step's crash says it (exec/s.ts:3:9): the
// first frame of its stack in a file of the package (not its node_modules).
function thrownPlace(error) {
  if (!(error instanceof Error) || typeof error.stack !== "string") return undefined;
  const scriptPath = Bun.fileURLToPath(scriptUrl);
  const root = scriptPath.endsWith(scriptLabel) ? scriptPath.slice(0, scriptPath.length - scriptLabel.length) : undefined;
  if (!root) return undefined;
  for (const line of error.stack.split("\\n").slice(0, 200)) {
    const frame = /^\\s*at (?:.*? \\()?(.+?):(\\d+):(\\d+)\\)?$/.exec(line);
    if (!frame) continue;
    const file = frame[1].startsWith("file://") ? Bun.fileURLToPath(frame[1]) : frame[1];
    if (file.startsWith(root) && !file.slice(root.length).split("/").includes("node_modules")) {
      return fileLabel(file) + ":" + frame[2] + ":" + frame[3];
    }
  }
  return undefined;
}

// The stack as the log shows it, without this wrapper's own frames (a temporary file's path).
function shownStack(error) {
  const self = Bun.fileURLToPath(import.meta.url);
  return error.stack.split("\\n").filter((line) => !line.includes(self)).join("\\n");
}

// The offending line with a caret under the column, as Bun prints it for a script run directly.
function excerpt(item) {
  const at = item.position;
  if (!at || typeof at.lineText !== "string" || !(at.line > 0)) return [];
  const gutter = String(at.line);
  const pad = at.lineText.slice(0, Math.max(0, at.column - 1)).replace(/[^\\t]/g, " ");
  return [gutter + " | " + at.lineText, " ".repeat(gutter.length) + " | " + pad + "^"];
}

async function run() {
  const context = JSON.parse(await Bun.stdin.text());
  const loaded = await import(scriptUrl);
  const main = loaded.default;
  if (typeof main !== "function") {
    return failed(
      scriptLabel + " has no default-export function (its default export is " + describe(main) + "); " +
        "write export default defineBunFlow(async (context) => ({ status: \\"completed\\" }))",
    );
  }
  const value = await main(context);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return failed(
      "the default export of " + scriptLabel + " returned " + describe(value) +
        "; return a FlowResult object such as { status: \\"completed\\" }",
    );
  }
  return value;
}

let result;
try {
  result = await run();
} catch (error) {
  const messages = bunMessages(error);
  if (messages) {
    console.error(messages.flatMap((item) => [located(item), ...excerpt(item)]).join("\\n"));
    const more = messages.length - 1;
    result = failed(located(messages[0]) + (more > 0 ? " (and " + more + " more, in the log)" : ""));
  } else {
    console.error(error instanceof Error && typeof error.stack === "string" ? shownStack(error) : thrownMessage(error, Infinity));
    const message = thrownMessage(error);
    const place = thrownPlace(error);
    // Whole or not at all, as above; a message past a result's 4 MiB read as "FLOW_RESULT too large".
    result = failed(
      message.length > 256 * 1024
        ? scriptLabel + " threw an error whose message is " + message.length + " characters long: the log has it"
        : place ? place + ": " + message : message,
    );
  }
}
let line;
try {
  line = JSON.stringify(result);
} catch (error) {
  line = JSON.stringify(failed("the FlowResult returned by " + scriptLabel + " cannot be written as JSON: " + error.message));
}
await Bun.write(resultPath, line);
`;
/** The wrapper file: its name carries a hash of its text, so a changed wrapper is a new file. */
const WRAPPER_NAME = `module-wrapper-${(0,hash/* sha256Hex */.fg)(WRAPPER_SOURCE).slice(0, 16)}.mjs`;
/** The step watchdog (./watchdog.ts), written beside the wrapper: Bun preloads it into every step. */
const WATCHDOG_NAME = `step-watchdog-${(0,hash/* sha256Hex */.fg)(WATCHDOG_SOURCE).slice(0, 16)}.mjs`;
/** How long after its first module-style step a process looks for wrapper folders left behind. */
const LEFTOVER_SWEEP_DELAY_MS = 100;
/** A long-lived process (the action, `flows watch`) looks again this often that no cleaner removed it. */
const WRAPPER_RECHECK_MS = 60_000;
let folder;
/** Files written by this process into its wrapper folder, for tests: the wrapper and nothing else. */
const wrapperWrites = { count: 0 };
/**
 * This process's private folder (mkdtemp: random name, mode 0700) with the wrapper in it,
 * written once per process, not once per step, and removed when the process exits.
 */
async function wrapperFolder() {
    const current = folder;
    if (current !== undefined) {
        const known = await current.catch(() => undefined);
        if (known && Date.now() - known.checkedAt < WRAPPER_RECHECK_MS)
            return known;
        if (known && (await isFile(known.wrapperPath)) && (await isFile(known.watchdogPath))) {
            known.checkedAt = Date.now();
            return known;
        }
        // Gone (a temp cleaner) or never made: make it again, once for all who ask.
        if (folder !== current)
            return wrapperFolder();
    }
    const made = makeWrapperFolder();
    folder = made;
    made.catch(() => {
        if (folder === made)
            folder = undefined;
    });
    return made;
}
async function makeWrapperFolder() {
    // The pid in the name lets a later process remove the folder of one that was killed. Two
    // small synchronous calls, once per process (node:fs/promises would cost `flows fire` more).
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), `flows-action-${process.pid}-`));
    // Housekeeping waits until the steps are under way: it lists the whole temp folder. A command
    // done sooner (a quick `flows fire`) leaves it to the next process that runs longer.
    setTimeout(() => void removeLeftoverFolders((0,external_node_os_.tmpdir)()), LEFTOVER_SWEEP_DELAY_MS).unref();
    process.once("exit", () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    const wrapperPath = external_node_path_.join(dir, WRAPPER_NAME);
    (0,external_node_fs_.writeFileSync)(wrapperPath, WRAPPER_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
    wrapperWrites.count += 1;
    const watchdogPath = external_node_path_.join(dir, WATCHDOG_NAME);
    (0,external_node_fs_.writeFileSync)(watchdogPath, WATCHDOG_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
    return { dir, wrapperPath, watchdogPath, checkedAt: Date.now() };
}
/**
 * Wrapper folders of processes that ended without removing theirs (killed, or a worker torn
 * down without its exit handlers): removed when their process is gone. Only this user's folders.
 */
async function removeLeftoverFolders(parent) {
    try {
        const { lstat, readdir, rm } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
        const uid = process.getuid?.();
        for (const name of await readdir(parent)) {
            // Only wrapper folders: anything else in the temp folder is never touched.
            const ours = /^flows-action-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
            if (!ours)
                continue;
            const pid = Number(ours[1]);
            if (pid === process.pid || (0,fs_safe/* isPidAlive */.by)(pid))
                continue;
            const folder = external_node_path_.join(parent, name);
            const info = await lstat(folder).catch(() => undefined);
            if (!info?.isDirectory() || (uid !== undefined && info.uid !== uid))
                continue;
            await rm(folder, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    catch {
        // Housekeeping only: a temp folder that cannot be listed is no step's problem.
    }
}
async function isFile(file) {
    try {
        return (await (0,fs_async/* statPath */.qW)(file)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Starts writing the wrapper if this process has not yet, without waiting: a step's source is
 * read before it is known to be module-style, and the wrapper is then ready (or nearly).
 */
function warmModuleWrapper() {
    wrapperFolder().catch(() => undefined); // a failure is met again, and reported, by the step that needs it
}
/** The step watchdog Bun preloads into every step (./watchdog.ts), written once per process with the wrapper. */
async function stepWatchdogPath() {
    return (await wrapperFolder()).watchdogPath;
}
/** The wrapper (written once per process) and a fresh result file name for one run. */
async function prepareModuleWrapper(options) {
    const { dir, wrapperPath } = await wrapperFolder();
    const resultPath = external_node_path_.join(dir, `result-${(0,hash/* randomHex */.nw)(8)}.json`);
    const stubbed = JSON.stringify(stubbedHelpers(external_node_path_.dirname(options.scriptPath)));
    return {
        args: [wrapperPath, (0,file_url/* pathToFileURL */.q)(options.scriptPath).href, options.scriptLabel, stubbed, resultPath],
        resultPath,
        dispose: () => (0,fs_async/* removeFile */.nM)(resultPath).catch(() => undefined),
    };
}
/**
 * The helper specifiers the wrapper stands in for: those whose package is in no node_modules
 * folder above the script's folder (a few stat calls per run, looked up afresh so a long-lived
 * process sees a package installed meanwhile). Not Bun.resolveSync in the wrapper: for a
 * missing package it tries Bun's auto-install, which costs 50-100 ms per specifier.
 */
function stubbedHelpers(scriptDir) {
    return FLOW_HELPER_SPECIFIERS.filter((specifier) => !installedAbove(scriptDir, packageName(specifier)));
}
function packageName(specifier) {
    const parts = specifier.split("/");
    return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}
function installedAbove(start, name) {
    for (let dir = start;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, "node_modules", name, "package.json")))
            return true;
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            return false;
        dir = parent;
    }
}
/**
 * The JSON the wrapper wrote, read no further than `maxBytes`: a module that returned 150 MB
 * cost the dispatcher that much memory (and twice as much again as its string) per step.
 */
async function readWrapperResult(resultPath, maxBytes) {
    try {
        return { json: await (0,fs_async/* readTextFileWithin */.$u)(resultPath, maxBytes) };
    }
    catch (error) {
        if (!(error instanceof fs_async/* FileTooLargeError */.yq))
            return undefined;
        const size = await (0,fs_async/* statPath */.qW)(resultPath).then((info) => info.size, () => maxBytes + 1);
        return { tooLargeBytes: size };
    }
}

// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __webpack_require__(85312);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(55310);
;// CONCATENATED MODULE: ./.build/runners/output.js


/**
 * Longest line handed out in one piece. A step that prints more without a newline gets the text
 * split, so one runaway line cannot grow memory without limit: at most this, the longest
 * registered secret (or 4 KiB) and one chunk are held. A piece is longer only to keep whole a
 * registered secret that is longer itself.
 */
const MAX_LINE_CHARS = 4 * 1024 * 1024;
/**
 * Printed after the pieces of a cut line that carried a FLOW_RESULT: the result cannot be read
 * from a piece, and "not valid JSON" would send the author looking in the wrong place.
 */
const OVERSIZED_RESULT_NOTICE = "[flows-action] FLOW_RESULT too large";
/** Turns a byte stream into lines as they arrive: partial chunks, CRLF, and a last line without newline. */
class LineSplitter {
    onLine;
    decoder = new external_node_string_decoder_.StringDecoder("utf8");
    redactor;
    maxLineChars;
    partial = "";
    /** While a line is being cut: its bytes so far, and whether its first piece held a FLOW_RESULT. */
    cut;
    constructor(onLine, 
    // `maxLineChars` is for tests: a property test cuts many lines at a small size, fast.
    options = {}) {
        this.onLine = onLine;
        this.redactor = options.redactor ?? redact/* redactor */.$p;
        this.maxLineChars = options.maxLineChars ?? MAX_LINE_CHARS;
    }
    push(chunk) {
        this.take(this.decoder.write(chunk));
    }
    /** Hands out whatever is left (the final line when the output did not end with a newline). */
    end() {
        this.take(this.decoder.end());
        if (this.partial.length > 0)
            this.finishLine();
        else
            this.endCut("");
    }
    take(text) {
        if (text.length === 0)
            return;
        let start = 0;
        let newline = text.indexOf("\n", start);
        while (newline !== -1) {
            const piece = text.slice(start, newline);
            this.partial = this.partial.length > 0 ? this.partial + piece : piece;
            this.finishLine();
            start = newline + 1;
            newline = text.indexOf("\n", start);
        }
        this.partial += text.slice(start);
        // A cut waits until the longest secret (and the redaction window) fits after it, so any
        // secret that crosses the cut has arrived whole and is seen.
        this.cutPieces(Math.max(SECRET_WINDOW_CHARS, this.redactor.longest));
    }
    /** Hands out the line held in `partial`, in pieces when it is longer than maxLineChars. */
    finishLine() {
        // The CR of a CRLF ends the line; inside a line (at the end of a piece) a CR is kept.
        if (this.partial.endsWith("\r"))
            this.partial = this.partial.slice(0, -1);
        this.cutPieces(0);
        const line = this.partial;
        this.partial = "";
        // A line whose last piece ended it (a long secret at its end) has no empty piece after.
        if (line.length > 0 || this.cut === undefined)
            this.onLine(line);
        this.endCut(line);
    }
    /** Hands out pieces of the line so far while more than `lookahead` characters follow the first cut. */
    cutPieces(lookahead) {
        while (this.partial.length > this.maxLineChars + lookahead) {
            const at = pieceEnd(this.partial, this.maxLineChars, this.redactor);
            const piece = this.partial.slice(0, at);
            this.cut ??= { bytes: 0, result: piece.includes("FLOW_RESULT ") };
            this.cut.bytes += Buffer.byteLength(piece);
            this.onLine(piece);
            this.partial = this.partial.slice(at);
        }
    }
    /** After the last piece of a cut line: say how large a FLOW_RESULT line was. */
    endCut(lastPiece) {
        const cut = this.cut;
        if (cut === undefined)
            return;
        this.cut = undefined;
        if (!cut.result)
            return;
        const bytes = cut.bytes + Buffer.byteLength(lastPiece);
        this.onLine(`${OVERSIZED_RESULT_NOTICE} (${bytes} bytes, limit 4 MiB)`);
    }
}
/**
 * How far each side of a cut the redaction is compared (patterns: URL credentials, token shapes),
 * and at how many places a piece's end is tried before it is left where it is.
 */
const SECRET_WINDOW_CHARS = 4096;
/**
 * Where to end a piece of a long line: at `at`, or before it when a registered secret, URL
 * credential or token crosses `at`. Each piece is redacted on its own (log lines, the output
 * tail), and no redaction matches the two halves of a split secret.
 *
 * Registered secrets are found where they are, whatever their length, and a cut never falls
 * inside one; a secret that starts the text and is longer than a piece is handed out whole, as
 * one longer piece. For patterns, a match crosses the cut exactly when redacting both sides
 * together differs from redacting each side (SECRET_WINDOW_CHARS of each).
 */
function pieceEnd(text, at, redactor) {
    const secrets = new SecretSpans(text, at, redactor);
    const crossing = secrets.around(at);
    if (crossing !== undefined && crossing[0] === 0)
        return wholeSpanEnd(text, crossing[1], redactor);
    // Not between the two halves of a surrogate pair (an emoji): each piece is written as UTF-8.
    // A secret starts and ends on whole characters; only a piece of one character takes both.
    const first = crossing?.[0] ?? (splitsPair(text, at) ? (at > 1 ? at - 1 : at + 1) : at);
    let cut = first;
    for (let tries = 0; tries < SECRET_WINDOW_CHARS && cut > 0; tries++) {
        if (!splitsPair(text, cut) && redactsAlike(text, cut, redactor))
            return cut;
        cut = secrets.around(cut - 1)?.[0] ?? cut - 1;
    }
    return first;
}
/**
 * The end of the secrets' span that starts the text and reaches `end`. Overlapping secrets make
 * one span (Redactor.secretSpans), which can be longer than the longest secret: a secret that
 * overlaps `end` lies within the longest secret's length of it, so the span is looked at again up
 * to there until its end stays put (a bounded number of times; a longer chain is cut there).
 */
function wholeSpanEnd(text, end, redactor) {
    for (let tries = 0; tries < MAX_SPAN_EXTENSIONS; tries++) {
        const [first] = redactor.secretSpans(text.slice(0, end + redactor.longest), 1);
        if (first === undefined || first[1] <= end)
            return end;
        end = first[1];
    }
    return end;
}
const MAX_SPAN_EXTENSIONS = 64;
/** Whether `cut` falls between a high and a low surrogate. */
function splitsPair(text, cut) {
    const high = text.charCodeAt(cut - 1);
    const low = text.charCodeAt(cut);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
/** Whether redacting the text on both sides of `cut` together equals redacting each side. */
function redactsAlike(text, cut, redactor) {
    const before = text.slice(Math.max(0, cut - SECRET_WINDOW_CHARS), cut);
    const after = text.slice(cut, cut + SECRET_WINDOW_CHARS);
    return redactor.redact(before + after) === redactor.redact(before) + redactor.redact(after);
}
/**
 * The registered secrets that start before a cut, for a walk back from it. Each try of pieceEnd
 * passes at most one, so only the last SECRET_WINDOW_CHARS + 1 are kept: a line of nothing but
 * secrets holds no more memory than that.
 */
class SecretSpans {
    spans = [];
    nearest;
    constructor(text, at, redactor) {
        const keep = SECRET_WINDOW_CHARS + 1;
        for (const span of redactor.secretSpans(text.slice(0, at + redactor.longest), at)) {
            this.spans.push(span);
            if (this.spans.length >= 2 * keep)
                this.spans.splice(0, this.spans.length - keep);
        }
        this.nearest = this.spans.length - 1;
    }
    /** The secret that `cut` falls strictly inside, if any; each call's cut is below the last one's. */
    around(cut) {
        while (this.nearest >= 0 && this.spans[this.nearest][0] >= cut)
            this.nearest -= 1;
        const span = this.spans[this.nearest];
        return span !== undefined && span[1] > cut ? span : undefined;
    }
}
/**
 * The last `maxBytes` of a sequence of lines. Old lines are dropped whole; the text reports how
 * many bytes were cut so a reader knows the record is a tail.
 */
class OutputTail {
    maxBytes;
    lines = [];
    first = 0;
    keptBytes = 0;
    cutBytes = 0;
    /**
     * The last dropped lines, the longest secret's length of them: a secret that base64 wrapped
     * over lines may start in a dropped line and end in a kept one, whose part of it no redaction
     * of the kept lines alone matches. Redacted with them as context (Redactor.redactLines).
     */
    context = [];
    contextChars = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    push(line) {
        const size = Buffer.byteLength(line) + 1;
        if (size > this.maxBytes) {
            // One line larger than the whole tail: keep its end only, redacted while the line is whole
            // (a cut through a secret leaves its end, which no later redaction matches).
            const kept = lastBytes(redact/* redactor */.$p.redact(line), this.maxBytes - 1);
            const keptSize = Buffer.byteLength(kept) + 1;
            this.cutBytes += this.keptBytes + Math.max(0, size - keptSize);
            this.lines = [kept];
            this.first = 0;
            this.keptBytes = keptSize;
            this.context = [];
            this.contextChars = 0;
            return;
        }
        this.lines.push(line);
        this.keptBytes += size;
        while (this.keptBytes > this.maxBytes && this.first < this.lines.length) {
            const dropped = this.lines[this.first];
            const droppedSize = Buffer.byteLength(dropped) + 1;
            this.first += 1;
            this.keptBytes -= droppedSize;
            this.cutBytes += droppedSize;
            this.keepAsContext(dropped);
        }
        if (this.first > 1024 && this.first * 2 > this.lines.length) {
            this.lines = this.lines.slice(this.first);
            this.first = 0;
        }
    }
    /** Kept lines, oldest first. */
    kept() {
        return this.lines.slice(this.first);
    }
    /** Kept lines, oldest first, redacted with the dropped lines before them as context. */
    keptRedacted() {
        return redact/* redactor */.$p.redactLines(this.kept(), this.context);
    }
    keepAsContext(dropped) {
        this.context.push(dropped);
        this.contextChars += dropped.length + 1;
        while (this.context.length > 1 && this.contextChars - this.context[0].length - 1 > redact/* redactor */.$p.longest) {
            this.contextChars -= this.context.shift().length + 1;
        }
    }
    get bytesCut() {
        return this.cutBytes;
    }
    /** The tail as text, with a `… N bytes cut …` marker on top when output was dropped. */
    text() {
        const body = (this.cutBytes > 0 ? this.keptRedacted() : this.kept()).join("\n");
        return this.cutBytes > 0 ? `… ${this.cutBytes} bytes cut …\n${body}` : body;
    }
}
function lastBytes(text, maxBytes) {
    const bytes = Buffer.from(text);
    if (bytes.length <= maxBytes)
        return text;
    // Decoding from a cut point may start inside a character; drop the replacement char it makes.
    return bytes
        .subarray(bytes.length - maxBytes)
        .toString("utf8")
        .replace(/^\uFFFD+/, "");
}

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(43177);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(70432);
// EXTERNAL MODULE: ./.build/generated/validators/flow-result.js
var flow_result = __webpack_require__(67711);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(58679);
;// CONCATENATED MODULE: ./.build/runners/result.js







const FLOW_RESULT_MARKER = "FLOW_RESULT ";
/** The largest FLOW_RESULT JSON read; the same as the longest line a step may print in one piece. */
const MAX_FLOW_RESULT_BYTES = 4 * 1024 * 1024;
const STATUS_LIST = contracts/* FLOW_RESULT_STATUSES */.WL.join(", ");
const QUOTED_LINE_CHARS = 200;
/**
 * Reads the FlowResult a step printed. Compatible rule: scan stdout lines from the last to the
 * first and take the first line containing `FLOW_RESULT `; the JSON after it must be a
 * FlowResult (schemas/flow-result.schema.json: an object with a valid `status`, and `next`,
 * `annotations` in their shapes when present). Accepts all stdout lines, all of stdout as one string, or just the
 * last FLOW_RESULT line.
 */
function parseFlowResult(stdout) {
    const lines = typeof stdout === "string" ? stdout.split("\n") : (stdout ?? []);
    for (let index = lines.length - 1; index >= 0; index -= 1) {
        const line = lines[index];
        if (line.includes(FLOW_RESULT_MARKER))
            return flowResultFromLine(line);
    }
    return {
        error: 'no FLOW_RESULT line on stdout; the step must print one line like FLOW_RESULT {"status":"completed"} ' +
            "(or default-export a function that returns a FlowResult)",
    };
}
function flowResultFromLine(line) {
    if (line.startsWith(OVERSIZED_RESULT_NOTICE)) {
        return { error: `${line.slice("[flows-action] ".length)}; print a smaller result and write large data to a file instead` };
    }
    const json = line.slice(line.indexOf(FLOW_RESULT_MARKER) + FLOW_RESULT_MARKER.length).trim();
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_FLOW_RESULT_BYTES)
        return resultTooLarge(bytes);
    // Only for a reason: redacting a 4 MiB line costs milliseconds.
    const quoted = () => quote(line.trim());
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        return { error: `FLOW_RESULT line is not valid JSON: ${parseFailure(json, error)} (line: ${quoted()})` };
    }
    const depth = depthProblem(value);
    if (depth !== undefined)
        return { error: `${depth} (line: ${quoted()})` };
    const problem = flowResultProblem(value);
    return problem === undefined
        ? { result: value }
        : { error: `${problem} (line: ${quoted()})` };
}
/**
 * Why JSON.parse refuses the text, in its words for the text redacted: the engine quotes a few
 * characters of what it could not read (V8: `Unexpected token 'd', "deployKey-"... is not valid
 * JSON`; JSC the whole word), and a secret printed in place of the JSON left its start there,
 * which no later redaction matches. Parsed again only when there is a secret to take out: a
 * failed parse of 4 MiB costs up to seconds. (A scanner that says where, src/json-text.ts, took
 * 6 s and 150 MB on such a text.)
 */
function parseFailure(json, error) {
    const clean = redact/* redactor */.$p.redact(json);
    if (clean !== json) {
        try {
            JSON.parse(clean);
            return "it holds a secret where JSON was expected";
        }
        catch (redactedError) {
            error = redactedError;
        }
    }
    return error instanceof Error ? error.message : String(error);
}
/** The reason for a FlowResult of `bytes` bytes, over MAX_FLOW_RESULT_BYTES. */
function resultTooLarge(bytes) {
    return { error: `FLOW_RESULT too large (${bytes} bytes, limit 4 MiB); print a smaller result and write large data to a file instead` };
}
/**
 * Why a value is not a FlowResult (schemas/flow-result.schema.json), or undefined when it is
 * one. Keys the contract does not name are kept.
 */
function flowResultProblem(value) {
    if ((0,flow_result/* validateFlowResult */.m)(value))
        return undefined;
    if (!isRecord(value))
        return `FLOW_RESULT must be a JSON object with a "status", got ${describeJson(value)}`;
    const { field, reason } = (0,contract_errors/* firstViolation */.sB)(flow_result/* validateFlowResult */.m.errors, value);
    if (field === "status") {
        return "status" in value
            ? `FLOW_RESULT status ${JSON.stringify(value.status)} is not one of ${STATUS_LIST}`
            : `FLOW_RESULT has no "status"; use one of ${STATUS_LIST}`;
    }
    const list = /^(next|annotations)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
    if (!list)
        return `FLOW_RESULT ${reason}`;
    const [, key = "", index, itemKey] = list;
    const [what, first, second] = key === "next" ? ["events", "id", "type"] : ["objects", "path", "message"];
    const item = index === undefined ? undefined : value[key][Number(index)];
    let detail;
    if (index === undefined)
        detail = `got ${describeJson(value[key])}`;
    else if (!isRecord(item))
        detail = `item ${index} is ${describeJson(item)}`;
    else if (itemKey === first || itemKey === second)
        detail = `item ${index} has no string "${itemKey}"`;
    else
        return `FLOW_RESULT ${reason}`;
    return `FLOW_RESULT "${key}" must be an array of ${what} with string "${first}" and "${second}"; ${detail}`;
}
/** A result nested deeper than events may be would overflow the walks that store and report it. */
function depthProblem(value) {
    if (!(0,budget/* exceedsDepth */.Rv)(value, budget/* MAX_PAYLOAD_DEPTH */.GL))
        return undefined;
    return `FLOW_RESULT nests objects and arrays more than ${budget/* MAX_PAYLOAD_DEPTH */.GL} levels deep; flatten it`;
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeJson(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
/** The line, redacted whole before it is cut: a cut through a secret leaves a part no later redaction matches. */
function quote(line) {
    const clean = (0,redact_cut/* redacted */.p)(line);
    const { text, cut } = clean.chars(QUOTED_LINE_CHARS);
    return cut === 0 ? clean.text : `${text}…`;
}

;// CONCATENATED MODULE: ./.build/runners/bun-crash.js
// A raw step that throws is ended by Bun, which prints the error on stderr: the line of code, the
// message, where it was thrown, and its own version last:
//
//   2 | const x = ;
//                 ^
//   error: Unexpected ;
//       at /home/me/repo/flows/a/exec/s.ts:2:11
//
//   Bun v1.4.5 (Linux x64)
//
// A reason of "bun exited with code 1" sends the author to the log; this reads that report, so
// the one line a summary shows says what and where: `exec/s.ts:2:11: Unexpected ;`, as a
// module-style step's failure already does (its wrapper reads the error itself).

/** Lines looked at before Bun's last line: a report is a few lines, a long stack some more. */
const REPORT_LINES = 40;
/** The longest message kept: a summary line, not the whole error. */
const MESSAGE_CHARS = 300;
const TRAILER = /^Bun v\d+\.\d+\.\d+\S* \([^)]*\)$/;
const MESSAGE = /^(?:error|[A-Za-z_$][\w$]*(?:Error|Exception)): (.+)$/;
const FRAME = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;
/**
 * `exec/s.ts:2:11: Unexpected ;` from the stderr lines of a step Bun ended with an uncaught
 * error, or undefined when they hold no such report (a step that exited by itself).
 */
function bunCrashReason(stderr, place) {
    let trailer = -1;
    for (let i = stderr.length - 1; i >= Math.max(0, stderr.length - REPORT_LINES) && trailer < 0; i -= 1) {
        if (TRAILER.test(stderr[i] ?? ""))
            trailer = i;
    }
    if (trailer < 0)
        return undefined;
    let messageAt = -1;
    for (let i = trailer - 1; i >= Math.max(0, trailer - REPORT_LINES) && messageAt < 0; i -= 1) {
        if (MESSAGE.test(stderr[i] ?? ""))
            messageAt = i;
    }
    if (messageAt < 0)
        return undefined;
    const [, message = ""] = MESSAGE.exec(stderr[messageAt] ?? "") ?? [];
    const shown = (stderr[messageAt] ?? "").startsWith("error: ") ? message : (stderr[messageAt] ?? "");
    // Redacted before the cut: a cut through a secret in the message leaves its start, which no later redaction matches.
    const text = (0,redact_cut/* redacted */.p)(shown).clip(MESSAGE_CHARS + 1);
    const frames = stderr
        .slice(messageAt + 1, trailer)
        .map((line) => FRAME.exec(line))
        .filter((frame) => frame !== null)
        .map(([, file = "", line, column]) => ({ file, line, column, label: fileLabel(file, place) }));
    // The first frame in the package (the step's own code), else the first of all (a package it imports).
    const frame = frames.find((candidate) => candidate.label !== candidate.file) ?? frames[0];
    return frame === undefined ? text : `${frame.label}:${frame.line}:${frame.column}: ${text}`;
}
/** The script as its label; another file of the package relative to the package; else as it is. */
function fileLabel(file, place) {
    if (file === place.scriptPath)
        return place.scriptLabel;
    const root = place.scriptPath.endsWith(place.scriptLabel) ? place.scriptPath.slice(0, place.scriptPath.length - place.scriptLabel.length) : undefined;
    return root && root.length > 1 && file.startsWith(root) ? file.slice(root.length) : file;
}

;// CONCATENATED MODULE: ./.build/runners/process-io.js
// What both supervisors share (process.ts with node:child_process, process-bun.ts with
// Bun.spawn): defaults, stopping a process group, and stdin cut into bounded slices.
const DEFAULT_KILL_GRACE_MS = 2000;
const DEFAULT_DRAIN_MS = 1000;
/**
 * setTimeout fires at once for delays above 2^31-1 ms; treat longer timeouts as this long. A
 * manifest cannot ask for more (flows/manifest-defaults.ts); a library caller's own step can.
 */
const MAX_TIMER_MS = 2_147_483_647;
/** Characters (or bytes) per write: a text part is copied into a buffer only this much at a time. */
const STDIN_SLICE = 64 * 1024;
/** A step timeout as a setTimeout delay. */
function timerDelay(timeoutMs) {
    return Number.isFinite(timeoutMs) ? Math.min(Math.max(timeoutMs, 0), MAX_TIMER_MS) : MAX_TIMER_MS;
}
/** Signals the process group led by `pid`; when that fails for another reason than a gone group, the leader. */
function process_io_killGroup(pid, signal, killLeader) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is already gone. Fall back to the leader for any other failure.
        try {
            killLeader(signal);
        }
        catch {
            // Nothing left to stop.
        }
    }
}
function notStarted(error) {
    return {
        spawnError: error instanceof Error ? error : new Error(String(error)),
        exitCode: null,
        signal: null,
        timedOut: false,
        canceled: false,
        stragglersStopped: false,
        strayProcessesStopped: 0,
    };
}
/**
 * The parts as slices of at most 64 KiB: text never split inside a surrogate pair (half of one
 * would be written as U+FFFD), bytes as views on the caller's buffer (no copy), file ranges read
 * slice by slice into buffers that are reused once released. Throws when a file ends early.
 */
async function* stdinSlices(parts) {
    for (const part of parts) {
        if (typeof part === "string" || part instanceof Uint8Array) {
            for (let at = 0; at < part.length;) {
                let end = Math.min(at + STDIN_SLICE, part.length);
                if (typeof part === "string" && end < part.length && isHighSurrogate(part.charCodeAt(end - 1)))
                    end -= 1;
                yield { chunk: typeof part === "string" ? part.slice(at, end) : part.subarray(at, end) };
                at = end;
            }
            continue;
        }
        // Only a big event kept on disk has file parts: the module loads then (fs-async.ts says why).
        const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
        const file = await open(part.path, "r");
        try {
            // Reused buffers: writing 8 steps × 50 MB through fresh ones left tens of MiB of them
            // waiting for the collector.
            const size = Math.min(STDIN_SLICE, part.end - part.start);
            const free = [];
            for (let at = part.start; at < part.end;) {
                const slice = free.pop() ?? Buffer.allocUnsafe(size);
                const { bytesRead } = await file.read(slice, 0, Math.min(size, part.end - at), at);
                if (bytesRead === 0)
                    throw new Error(`${part.path} ended at byte ${at}, before ${part.end}`);
                at += bytesRead;
                yield { chunk: slice.subarray(0, bytesRead), release: () => free.push(slice) };
            }
        }
        finally {
            await file.close();
        }
    }
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./.build/runners/process-bun.js


/** Bun.spawn when running on Bun: no node:child_process to load, and each spawn costs less. */
function bunSpawn() {
    const bun = globalThis.Bun;
    return typeof bun?.spawn === "function" ? bun.spawn.bind(bun) : undefined;
}
/** superviseProcess on Bun: the same contract (process group, timeouts, drain, stragglers) with Bun.spawn. */
async function superviseWithBun(spawn, options) {
    let child;
    try {
        child = spawn({
            cmd: [options.command, ...options.args],
            cwd: options.cwd,
            env: options.env,
            stdin: "pipe",
            stdout: "pipe",
            stderr: "pipe",
            // Own process group (setsid), so a timeout can stop grandchildren too.
            detached: true,
        });
    }
    catch (error) {
        return notStarted(error);
    }
    const timers = [];
    const readers = [];
    const state = { timedOut: false, canceled: false, stopping: false, exited: false };
    const killGroup = (signal) => process_io_killGroup(child.pid, signal, (leader) => child.kill(leader));
    const stop = (reason) => {
        if (state.stopping || state.exited)
            return;
        state.stopping = true;
        if (reason === "timeout")
            state.timedOut = true;
        else
            state.canceled = true;
        killGroup("SIGTERM");
        timers.push(setTimeout(() => killGroup("SIGKILL"), options.killGraceMs ?? DEFAULT_KILL_GRACE_MS));
    };
    const onAbort = () => stop("cancel");
    const streamsDone = Promise.all([
        readLines(child.stdout, "stdout", options, readers),
        readLines(child.stderr, "stderr", options, readers),
    ]);
    void writeParts(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);
    timers.push(setTimeout(() => stop("timeout"), timerDelay(options.timeoutMs)));
    if (options.signal?.aborted)
        stop("cancel");
    else
        options.signal?.addEventListener("abort", onAbort, { once: true });
    try {
        await child.exited;
        state.exited = true;
        // The leader is gone; when we were stopping the run, nothing of it may stay behind.
        if (state.stopping)
            killGroup("SIGKILL");
        let stragglersStopped = false;
        const drained = await Promise.race([
            streamsDone.then(() => true),
            new Promise((resolve) => timers.push(setTimeout(() => resolve(false), options.drainMs ?? DEFAULT_DRAIN_MS))),
        ]);
        if (!drained) {
            stragglersStopped = true;
            killGroup("SIGKILL");
            for (const reader of readers)
                reader.cancel().catch(() => undefined);
        }
        const signal = child.signalCode ?? null;
        return { exitCode: signal === null ? child.exitCode : null, signal, timedOut: state.timedOut, canceled: state.canceled, stragglersStopped, strayProcessesStopped: 0 };
    }
    finally {
        for (const timer of timers)
            clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
    }
}
async function readLines(stream, name, options, readers) {
    const splitter = new LineSplitter((line) => options.onLine(name, line));
    const reader = stream.getReader();
    readers.push(reader);
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            splitter.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
        }
    }
    catch {
        // Canceled (a straggler held the pipe) or broken: keep what arrived.
    }
    finally {
        splitter.end();
    }
}
/** Writes the parts in slices, waiting for each to reach the pipe, then closes stdin. */
async function writeParts(sink, parts) {
    try {
        for await (const { chunk, release } of stdinSlices(parts)) {
            // Bun's write returns a count, or a promise when the pipe is full; a step that exits
            // without reading rejects that promise with EPIPE, which must be caught here, not left
            // unhandled (under load it failed the whole command).
            await sink.write(chunk);
            await sink.flush();
            release?.();
        }
    }
    catch {
        // The step exited without reading (EPIPE), or a scratch file went: its stdin is cut short.
    }
    finally {
        try {
            // end() flushes what is still buffered: a step gone meanwhile rejects it with EPIPE, which
            // must not surface as an unhandled rejection (it would fail the whole command).
            Promise.resolve(sink.end()).catch(() => undefined);
        }
        catch {
            // Already closed.
        }
    }
}

;// CONCATENATED MODULE: ./.build/runners/process.js




/**
 * Runs one process in its own process group, streams its output line by line, and stops the
 * whole group (not just the direct child) on timeout or abort. Resolves once the process has
 * exited and its output is drained; never waits forever on a grandchild holding the pipes. Then,
 * on Linux, stops every process still carrying the mark its environment was given
 * (./stray-processes.ts): nothing the process started outlives it, new sessions included.
 */
async function superviseProcess(options) {
    // On Bun (the `flows` command), Bun.spawn: node:child_process costs ~7 ms to load and set up there.
    const marked = canFindStrayProcesses() ? markedEnvironment(options.env) : undefined;
    const run = { ...options, env: marked?.env ?? options.env };
    const onBun = bunSpawn();
    const result = onBun !== undefined ? await superviseWithBun(onBun, run) : await superviseWithNode(run);
    // Once the process group is gone or stopped, and never for a process that did not start.
    if (marked !== undefined && result.spawnError === undefined)
        result.strayProcessesStopped = stopMarkedProcesses(marked.mark);
    return result;
}
async function superviseWithNode(options) {
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    return new Promise((resolve) => {
        let child;
        try {
            child = spawn(options.command, options.args, {
                cwd: options.cwd,
                env: options.env,
                // Own process group, so a timeout can stop grandchildren too.
                detached: true,
                stdio: ["pipe", "pipe", "pipe"],
            });
        }
        catch (error) {
            resolve(notStarted(error));
            return;
        }
        new Supervision(child, options, resolve).start();
    });
}
class Supervision {
    child;
    options;
    resolve;
    timedOut = false;
    canceled = false;
    stopping = false;
    exited = false;
    stragglersStopped = false;
    finished = false;
    timers = [];
    onAbort = () => this.stop("cancel");
    constructor(child, options, resolve) {
        this.child = child;
        this.options = options;
        this.resolve = resolve;
    }
    start() {
        const { child, options } = this;
        const streamsDone = Promise.all([
            this.pipeLines(child.stdout, "stdout"),
            this.pipeLines(child.stderr, "stderr"),
        ]);
        child.once("error", (error) => {
            // Only a failure to start matters here; kill errors are handled where we kill.
            if (child.pid === undefined)
                this.finish(notStarted(error));
        });
        child.once("exit", (code, signal) => {
            this.exited = true;
            void this.afterExit(code, signal, streamsDone);
        });
        child.stdin?.on("error", () => {
            // The step may exit without reading stdin (EPIPE); that is its choice.
        });
        if (child.stdin)
            void process_writeParts(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);
        this.timers.push(setTimeout(() => this.stop("timeout"), timerDelay(options.timeoutMs)));
        if (options.signal?.aborted)
            this.stop("cancel");
        else
            options.signal?.addEventListener("abort", this.onAbort, { once: true });
    }
    async afterExit(code, signal, streamsDone) {
        // The leader is gone; when we were stopping the run, nothing of it may stay behind.
        if (this.stopping)
            this.killGroup("SIGKILL");
        const drained = await Promise.race([
            streamsDone.then(() => true),
            delay(this.options.drainMs ?? DEFAULT_DRAIN_MS, this.timers).then(() => false),
        ]);
        if (!drained) {
            this.stragglersStopped = true;
            this.killGroup("SIGKILL");
            this.child.stdout?.destroy();
            this.child.stderr?.destroy();
        }
        this.finish({
            exitCode: code,
            signal,
            timedOut: this.timedOut,
            canceled: this.canceled,
            stragglersStopped: this.stragglersStopped,
            strayProcessesStopped: 0,
        });
    }
    stop(reason) {
        if (this.stopping || this.exited || this.finished)
            return;
        this.stopping = true;
        if (reason === "timeout")
            this.timedOut = true;
        else
            this.canceled = true;
        this.killGroup("SIGTERM");
        const grace = this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
        this.timers.push(setTimeout(() => this.killGroup("SIGKILL"), grace));
    }
    killGroup(signal) {
        process_io_killGroup(this.child.pid, signal, (leader) => this.child.kill(leader));
    }
    pipeLines(stream, name) {
        if (stream === null)
            return Promise.resolve();
        const splitter = new LineSplitter((line) => this.options.onLine(name, line));
        stream.on("data", (chunk) => splitter.push(chunk));
        return new Promise((done) => {
            let ended = false;
            const end = () => {
                if (ended)
                    return;
                ended = true;
                splitter.end();
                done();
            };
            stream.once("end", end);
            stream.once("close", end);
            stream.once("error", end);
        });
    }
    finish(result) {
        if (this.finished)
            return;
        this.finished = true;
        for (const timer of this.timers)
            clearTimeout(timer);
        this.options.signal?.removeEventListener("abort", this.onAbort);
        this.resolve(result);
    }
}
/** Writes the parts in slices, honouring backpressure, then ends the stream; stops if it breaks. */
async function process_writeParts(stream, parts) {
    const broken = () => stream.destroyed || stream.writableEnded || stream.errored !== null;
    try {
        for await (const { chunk, release } of stdinSlices(parts)) {
            if (broken())
                return;
            if (!stream.write(chunk, release) && !(await drained(stream)))
                return;
        }
    }
    catch (error) {
        // A scratch file gone mid-job: the step sees its stdin cut short rather than the action crash.
        stream.destroy(error);
        return;
    }
    if (!broken())
        stream.end();
}
/** Resolves true once the stream drains, false when it closes or fails first. */
function drained(stream) {
    return new Promise((resolve) => {
        const done = (ok) => () => {
            stream.off("drain", onDrain);
            stream.off("close", onClose);
            stream.off("error", onClose);
            resolve(ok);
        };
        const onDrain = done(true);
        const onClose = done(false);
        stream.once("drain", onDrain);
        stream.once("close", onClose);
        stream.once("error", onClose);
    });
}
function delay(ms, timers) {
    return new Promise((resolve) => {
        timers.push(setTimeout(resolve, ms));
    });
}

;// CONCATENATED MODULE: ./.build/runners/bun.js









const DEFAULT_TAIL_BYTES = 64 * 1024;
const REASON_TAIL_BYTES = 4 * 1024;
const REASON_TAIL_LINES = 20;
/** What a run printed, kept within bounds: the record's tail, short tails for reasons, and the last result line. */
class StepOutput {
    onLine;
    combined;
    stdout = new OutputTail(REASON_TAIL_BYTES);
    stderr = new OutputTail(REASON_TAIL_BYTES);
    /** Tracked as lines stream, because the combined tail may have dropped it. */
    lastResultLine;
    constructor(tailBytes, onLine) {
        this.onLine = onLine;
        this.combined = new OutputTail(tailBytes);
    }
    line = (stream, line) => {
        this.combined.push(line);
        if (stream === "stdout") {
            this.stdout.push(line);
            if (line.includes(FLOW_RESULT_MARKER))
                this.lastResultLine = line;
        }
        else {
            this.stderr.push(line);
        }
        try {
            this.onLine?.(stream, line);
        }
        catch {
            // A failing listener must not break the run it listens to.
        }
    };
    /** Last lines of stderr (or stdout when stderr is empty), to append to a reason. */
    reasonTail() {
        const [name, tail] = this.stderr.kept().length > 0 ? ["stderr", this.stderr] : ["stdout", this.stdout];
        // Redacted before the cut to the last lines: a secret wrapped over lines may start before them.
        const lines = tail.keptRedacted().slice(-REASON_TAIL_LINES);
        return lines.length === 0 ? "" : `\nLast lines of ${name}:\n${lines.join("\n")}`;
    }
}
/** Runs a `runner = "bun"` step: raw scripts directly, module-style scripts through the wrapper. */
async function runBunStep(options) {
    let clock = new StepClock();
    const output = new StepOutput(options.tailBytes ?? DEFAULT_TAIL_BYTES, options.onLine);
    const finish = (fields) => clock.outcome({ output: output.combined.text(), ...fields });
    const { step } = options;
    if (options.signal?.aborted) {
        return finish({ processStatus: "canceled", error: "canceled before the step started" });
    }
    // Made ready while the caller still saves the run's start (`startAfter`), not after it.
    const prepared = prepareBunStep(step);
    let wrapper;
    try {
        if (options.startAfter !== undefined) {
            const go = await options.startAfter.then(() => true, () => false);
            if (!go)
                return finish({ processStatus: "canceled", error: "not started: its start could not be recorded" });
            clock = new StepClock();
        }
        const ready = await prepared;
        if ("problem" in ready)
            return finish({ processStatus: "failed", error: ready.problem });
        wrapper = ready.wrapper;
        const bunPath = options.bunPath ?? "bun";
        const run = await superviseProcess({
            command: bunPath,
            args: [...(ready.watchdog === undefined ? [] : ["--preload", ready.watchdog]), ...(wrapper?.args ?? [step.scriptPath])],
            cwd: step.cwdPath,
            env: runEnvironment(options),
            stdin: stepContextParts(options),
            timeoutMs: step.timeoutMs,
            signal: options.signal,
            onLine: output.line,
        });
        if (run.stragglersStopped) {
            output.combined.push("[flows-action] stopped leftover processes that kept the step's output open after it exited");
        }
        if (run.strayProcessesStopped > 0) {
            const count = run.strayProcessesStopped === 1 ? "1 stray process" : `${run.strayProcessesStopped} stray processes`;
            output.combined.push(`[flows-action] stopped ${count} the step left running after it ended (started in a new session or in the background)`);
        }
        const wrapped = wrapper === undefined ? undefined : await readWrapperResult(wrapper.resultPath, MAX_FLOW_RESULT_BYTES);
        // A module-style step's result is shown as its last line, after all it printed (the wrapper
        // writes it to a file only: see module-style.ts).
        if (wrapped !== undefined && "json" in wrapped)
            output.line("stdout", FLOW_RESULT_MARKER + wrapped.json);
        const place = { scriptPath: step.scriptPath, scriptLabel: step.script };
        return finish(interpret({ run, output, bunPath, timeoutMs: step.timeoutMs, wrapped, place }));
    }
    finally {
        // Not waited for: the result is read, and removing its file is no step's business.
        (wrapper ? Promise.resolve(wrapper) : prepared.then((ready) => ("wrapper" in ready ? ready.wrapper : undefined)))
            .then((made) => made?.dispose())
            .catch(() => undefined);
    }
}
/** Checks the working folder and reads the script (at once), and readies the wrapper for a module. */
async function prepareBunStep(step) {
    warmModuleWrapper();
    const [problem, source] = await Promise.all([
        cwdProblem(step.cwdPath, step.name),
        (0,fs_async/* readTextFile */.Gu)(step.scriptPath).catch((error) => new ScriptUnreadable(messageOf(error))),
    ]);
    if (problem !== undefined)
        return { problem };
    if (source instanceof ScriptUnreadable) {
        return { problem: `cannot read the script of step "${step.name}" (${step.script} → ${step.scriptPath}): ${source.reason}` };
    }
    const wrapper = isModuleStyleSource(source) ? await prepareModuleWrapper({ scriptPath: step.scriptPath, scriptLabel: step.script }) : undefined;
    // A raw step still runs where no temp folder can be written, only without its watchdog.
    const watchdog = await (wrapper === undefined ? stepWatchdogPath().catch(() => undefined) : stepWatchdogPath());
    return { wrapper, watchdog };
}
class ScriptUnreadable {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
function interpret(options) {
    const { run, output, bunPath, timeoutMs } = options;
    const exit = { exitCode: run.exitCode, signal: run.signal };
    if (run.spawnError !== undefined) {
        return { processStatus: "failed", error: spawnFailure(bunPath, run.spawnError) };
    }
    if (run.canceled) {
        return {
            ...exit,
            processStatus: "canceled",
            error: "canceled: the run was aborted; the step and its child processes were stopped",
        };
    }
    if (run.timedOut) {
        return {
            ...exit,
            processStatus: "failed",
            timedOut: true,
            error: `timed out after ${timeoutMs} ms (timeout_ms = ${timeoutMs}); the step and its child processes were stopped` +
                output.reasonTail(),
        };
    }
    if (run.signal !== null) {
        return { ...exit, processStatus: "failed", error: `bun was killed by signal ${run.signal}${output.reasonTail()}` };
    }
    if (run.exitCode !== 0) {
        // An uncaught error's message and place first, when Bun's report of it is there.
        const crash = bunCrashReason(output.stderr.kept(), options.place);
        const exited = `bun exited with code ${run.exitCode}`;
        return { ...exit, processStatus: "failed", error: `${crash === undefined ? exited : `${crash} (${exited})`}${output.reasonTail()}` };
    }
    const { wrapped } = options;
    let parsed;
    if (wrapped === undefined)
        parsed = parseFlowResult(output.lastResultLine === undefined ? [] : [output.lastResultLine]);
    else if ("json" in wrapped)
        parsed = parseFlowResult([FLOW_RESULT_MARKER + wrapped.json]);
    else
        parsed = resultTooLarge(wrapped.tooLargeBytes);
    if ("error" in parsed) {
        return { ...exit, processStatus: "failed", error: parsed.error + output.reasonTail() };
    }
    return { ...exit, processStatus: "completed", result: parsed.result };
}
async function cwdProblem(cwdPath, stepName) {
    try {
        const info = await (0,fs_async/* statPath */.qW)(cwdPath);
        return info.isDirectory() ? undefined : `the working directory of step "${stepName}" is not a folder: ${cwdPath}`;
    }
    catch (error) {
        return `the working directory of step "${stepName}" cannot be used (${cwdPath}): ${messageOf(error)}; check its cwd in flow.toml`;
    }
}
function spawnFailure(bunPath, error) {
    const code = error.code;
    const fix = "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.";
    if (code === "ENOENT")
        return `bun executable not found: ${bunPath}. ${fix}`;
    if (code === "EACCES")
        return `bun executable is not executable: ${bunPath}. ${fix}`;
    return `could not start bun (${bunPath}): ${error.message}. ${fix}`;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./.build/runners/run-step.js





/**
 * Runs one step of one flow for one event. Throws only for options it cannot use (a
 * LibraryArgumentError); anything else that goes wrong (a missing bun, a spawn error, an
 * unknown runner) comes back as a failed outcome with a reason.
 */
async function runFlowStep(options) {
    checkStepOptions("runFlowStep", options);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options.env), "runFlowStep", "options.env", "an object of environment variables, like { PATH: process.env.PATH }", options.env);
    let clock = new StepClock();
    try {
        const runner = options.step.runner;
        if (runner === "bun")
            return await runBunStep(options);
        if (options.startAfter !== undefined) {
            if (!(await options.startAfter.then(() => true, () => false))) {
                return clock.outcome({ processStatus: "canceled", error: "not started: its start could not be recorded" });
            }
            clock = new StepClock();
        }
        switch (runner) {
            case "code-mode":
                return codeModeOutcome(options.env);
            default:
                return clock.outcome({
                    processStatus: "failed",
                    error: `step "${options.step.name}" has unknown runner "${runner}"; use "bun" or "code-mode"`,
                });
        }
    }
    catch (error) {
        const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
        return clock.outcome({
            processStatus: "failed",
            error: `flows-action could not run step "${options.step?.name}": ${reason}`,
        });
    }
}

;// CONCATENATED MODULE: ./.build/runners/index.js








/***/ })

};
