export const id = 3216;
export const ids = [3216];
export const modules = {

/***/ 63973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ lazyArray),
/* harmony export */   iK: () => (/* binding */ jsonPartsText),
/* harmony export */   lx: () => (/* binding */ jsonParts),
/* harmony export */   sF: () => (/* binding */ lazyRange)
/* harmony export */ });
/* unused harmony export lazyCounts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

const lazies = new WeakMap();
let created = 0;
let loads = 0;
function lazyArray(range) {
    const target = [];
    const lazy = { ...range, loaded: false };
    const load = () => {
        if (lazy.loaded)
            return;
        const items = JSON.parse(readRange(range));
        for (let i = 0; i < items.length; i++)
            target[i] = items[i];
        lazy.loaded = true;
        loads++;
    };
    const proxy = new Proxy(target, {
        get(t, key) {
            if (key === "toJSON")
                return undefined;
            load();
            return Reflect.get(t, key);
        },
        set(t, key, value) {
            load();
            return Reflect.set(t, key, value);
        },
        has(t, key) {
            load();
            return Reflect.has(t, key);
        },
        ownKeys(t) {
            load();
            return Reflect.ownKeys(t);
        },
        getOwnPropertyDescriptor(t, key) {
            load();
            return Reflect.getOwnPropertyDescriptor(t, key);
        },
        defineProperty(t, key, descriptor) {
            load();
            return Reflect.defineProperty(t, key, descriptor);
        },
        deleteProperty(t, key) {
            load();
            return Reflect.deleteProperty(t, key);
        },
        preventExtensions(t) {
            load();
            return Reflect.preventExtensions(t);
        },
    });
    lazies.set(proxy, lazy);
    created++;
    return proxy;
}
function lazyRange(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const lazy = lazies.get(value);
    return lazy && !lazy.loaded ? { path: lazy.path, start: lazy.start, end: lazy.end } : undefined;
}
function lazyCounts() {
    return { created, loads };
}
function jsonParts(value) {
    if (created === 0)
        return [JSON.stringify(value)];
    const ranges = [];
    const marker = `flows-lazy-${markerNonce()}-`;
    const text = JSON.stringify(value, (_key, item) => {
        const range = lazyRange(item);
        if (range === undefined)
            return item;
        ranges.push(range);
        return `${marker}${ranges.length - 1}`;
    });
    if (ranges.length === 0)
        return [text];
    const parts = [];
    const pattern = new RegExp(`"${marker}(\\d+)"`, "g");
    let at = 0;
    for (const match of text.matchAll(pattern)) {
        parts.push(text.slice(at, match.index), ranges[Number(match[1])]);
        at = match.index + match[0].length;
    }
    parts.push(text.slice(at));
    return parts.filter((part) => part !== "");
}
function jsonPartsText(parts) {
    return parts.map((part) => (typeof part === "string" ? part : readRange(part))).join("");
}
let nonce;
function markerNonce() {
    nonce ??= Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(36)).join("");
    return nonce;
}
function readRange(range) {
    const bytes = Buffer.allocUnsafe(range.end - range.start);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(range.path, "r");
    try {
        let at = 0;
        while (at < bytes.length) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, at, bytes.length - at, range.start + at);
            if (read === 0)
                throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
            at += read;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return bytes.toString("utf8");
}


/***/ }),

/***/ 32718:
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
function pathToFileURL(path) {
    return conversions().pathToFileURL(path);
}
function fileURLToPath(url) {
    return conversions().fileURLToPath(url);
}


/***/ }),

/***/ 93602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   nM: () => (/* binding */ removeFile)
/* harmony export */ });
/* unused harmony exports FileTooLargeError, readTextFileWithin, readFileWithin, statPath, fsCall */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

function readTextFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8", (error, text) => (error ? reject(error) : resolve(text))));
}
class FileTooLargeError extends Error {
    maxBytes;
    code = "EFBIG";
    constructor(maxBytes) {
        super(`the file is larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
    }
}
async function readTextFileWithin(file, maxBytes) {
    return (await readFileWithin(file, maxBytes)).toString("utf8");
}
function readFileWithin(file, maxBytes) {
    return new Promise((resolve, reject) => {
        const opened = (openError, fd) => {
            if (openError) {
                reject(openError);
                return;
            }
            const chunks = [];
            let total = 0;
            const done = (error) => (error ? reject(error) : resolve(Buffer.concat(chunks, total)));
            const finish = (error) => (typeof file === "string" ? close(fd, () => done(error)) : done(error));
            const next = () => {
                const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
                read(fd, chunk, 0, chunk.length, null, (readError, bytes) => {
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
            open(file, "r", opened);
        else
            opened(null, file.fd);
    });
}
function statPath(path) {
    return new Promise((resolve, reject) => stat(path, (error, info) => (error ? reject(error) : resolve(info))));
}
function removeFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlink)(path, (error) => (error ? reject(error) : resolve())));
}
function fsCall(start) {
    return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}


/***/ }),

/***/ 3216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FLOW_HELPER_SPECIFIERS: () => (/* reexport */ FLOW_HELPER_SPECIFIERS),
  RUN_VARIABLES: () => (/* reexport */ environment/* RUN_VARIABLES */.w$),
  WITHHELD_HOST_PREFIXES: () => (/* reexport */ environment/* WITHHELD_HOST_PREFIXES */.c0),
  WITHHELD_HOST_VARIABLES: () => (/* reexport */ environment/* WITHHELD_HOST_VARIABLES */.p1),
  buildStepContext: () => (/* reexport */ buildStepContext),
  isCodeModeEnabled: () => (/* reexport */ isCodeModeEnabled),
  parseFlowResult: () => (/* reexport */ parseFlowResult),
  runFlowStep: () => (/* reexport */ runFlowStep),
  stepEnvironment: () => (/* reexport */ environment/* stepEnvironment */.aK)
});

// EXTERNAL MODULE: ./.build/events/lazy-json.js
var lazy_json = __webpack_require__(63973);
// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __webpack_require__(67724);
;// CONCATENATED MODULE: ./.build/runners/context.js


function checkStepOptions(functionName, options) {
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options), functionName, "options", "an options object like { flow, step, event, runtime }", options);
    const { flow, step, event, runtime } = options;
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(flow), functionName, "options.flow", "a flow package (an element of discoverFlows(...).flows)", flow);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(step) && typeof step.name === "string", functionName, "options.step", "a step of options.flow (an element of options.flow.steps)", step);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(event) && typeof event.id === "string", functionName, "options.event", 'a FlowEvent like { id: "...", type: "...", payload: {} }', event);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(runtime), functionName, "options.runtime", "an object like { runId, attemptId, replay: false }", runtime);
}
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
const eventJsonCache = new WeakMap();
function stepEventParts(event) {
    let parts = eventJsonCache.get(event);
    if (parts === undefined) {
        parts = (0,lazy_json/* jsonParts */.lx)(stepEvent(event));
        eventJsonCache.set(event, parts);
    }
    return parts;
}
function stepContextParts(options) {
    const { flow, runtime: runtimeFields } = buildStepContext(options);
    const { event: _event, ...flowHead } = flow;
    const head = JSON.stringify(flowHead);
    const runtime = JSON.stringify(runtimeFields);
    return [`{"flow":${head.slice(0, -1)}${head === "{}" ? "" : ","}"event":`, ...stepEventParts(options.event), `},"runtime":${runtime}}`];
}
function stepEvent(event) {
    return { ...event, payload: event.payload ?? {} };
}
function known(key, value) {
    return typeof value === "string" && value.length > 0 ? { [key]: value } : {};
}

;// CONCATENATED MODULE: ./.build/runners/step-clock.js
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
function isCodeModeEnabled(env) {
    if (env.CODEX_FLOWS_MODE?.trim().toLowerCase() === "code-mode")
        return true;
    return ENABLED_VALUES.has(env.CODEX_FLOWS_ENABLE_CODE_MODE?.trim().toLowerCase() ?? "");
}
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

// EXTERNAL MODULE: ./.build/runners/environment.js
var environment = __webpack_require__(71111);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/file-url.js
var file_url = __webpack_require__(32718);
// EXTERNAL MODULE: ./.build/fs-async.js
var fs_async = __webpack_require__(93602);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __webpack_require__(61557);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(75244);
;// CONCATENATED MODULE: ./.build/runners/flow-helpers.js
const FLOW_HELPERS_SOURCE = `const flowHelpers = (() => {
  const isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  const identity = (value) => value;
  async function readFlowContext(input) {
    const text = input === undefined ? await Bun.stdin.text() : typeof input === "string" ? input : new TextDecoder().decode(input);
    const context = JSON.parse(text);
    if (!isRecord(context) || !isRecord(context.flow)) throw new Error("Flow context must be a JSON object with a flow object");
    return context;
  }
  function workspaceBackendUrlFromContext(context, env = process.env) {
    const fromContext = isRecord(context) && isRecord(context.runtime) ? context.runtime.workspaceBackendUrl : undefined;
    return fromContext ?? (env ?? {}).CODEX_WORKSPACE_BACKEND_WS_URL;
  }
  const needsCodexFlows = (name) => () => {
    throw new Error(
      name + " needs the @peezy.tech/codex-flows package, which flows-action does not ship; " +
        "install it in the repository (bun add @peezy.tech/codex-flows) and flows-action uses it",
    );
  };
  return {
    defineBunFlow: identity,
    defineFlow: identity,
    readFlowContext,
    workspaceBackendUrlFromContext,
    createWorkspaceBackendClientFromContext: needsCodexFlows("createWorkspaceBackendClientFromContext"),
    createCodexFlowClientFromContext: needsCodexFlows("createCodexFlowClientFromContext"),
  };
})();

function standInForFlowHelpers(specifiers) {
  if (specifiers.length === 0) return;
  Bun.plugin({
    name: "flows-action-helpers",
    setup(build) {
      for (const specifier of specifiers) {
        // flows-action's own module gets what its real file (define-flow.ts) exports, no more: a
        // step that worked here would otherwise fail where flows-action is installed.
        const exports = specifier === "flows-action/bun" ? { defineBunFlow: flowHelpers.defineBunFlow, defineFlow: flowHelpers.defineFlow } : flowHelpers;
        build.module(specifier, () => ({ exports: { ...exports, default: exports }, loader: "object" }));
      }
    },
  });
}
`;
function helpersPreloadSource(stubbed) {
    return `// flows-action step helpers (generated)\n${FLOW_HELPERS_SOURCE}\nstandInForFlowHelpers(${JSON.stringify(stubbed)});\n`;
}

;// CONCATENATED MODULE: ./.build/runners/stray-processes.js


const STEP_MARK_VARIABLE = "FLOWS_STEP_MARK";
const MAX_ROUNDS = 5;
const MAX_SEARCH_MS = 250;
const MAX_EXEC_RETRIES = 5;
const EXEC_PAUSE_MS = [1, 2, 4, 8, 8];
const KERNEL_THREAD = 0x00200000;
const CHUNK = 64 * 1024;
let procReadable;
function canFindStrayProcesses() {
    procReadable ??= process.platform === "linux" && (0,external_node_fs_.existsSync)("/proc/self/environ");
    return procReadable;
}
function markedEnvironment(env) {
    const mark = (0,hash/* randomHex */.nw)(16);
    const inherited = env[STEP_MARK_VARIABLE]?.trim();
    return { mark, env: { ...env, [STEP_MARK_VARIABLE]: inherited ? `${inherited} ${mark}` : mark } };
}
const runningSteps = new Set();
function stepProcessStarted(pid) {
    if (pid !== undefined)
        runningSteps.add(pid);
}
function stepProcessReaped(pid) {
    if (pid !== undefined)
        runningSteps.delete(pid);
}
function stopMarkedProcesses(mark, pauseFor = pause) {
    if (!canFindStrayProcesses() || !/^[0-9a-f]{32}$/.test(mark))
        return 0;
    const needle = Buffer.from(mark, "latin1");
    const buffer = Buffer.allocUnsafe(CHUNK + needle.length);
    const uid = process.getuid?.();
    const stopped = new Set();
    const deadline = performance.now() + MAX_SEARCH_MS;
    let rounds = 0;
    let retries = 0;
    while (rounds < MAX_ROUNDS && performance.now() < deadline) {
        let found = 0;
        let inExec = 0;
        const pids = processIds();
        const seen = { processes: new Map(), bytes: 0 };
        let index = 0;
        for (; index < pids.length; index += 1) {
            const pid = pids[index];
            if (index % 64 === 63 && performance.now() > deadline)
                break;
            if (pid === process.pid || runningSteps.has(pid))
                continue;
            const environment = environmentOf(pid, needle, buffer, seen);
            if (environment !== "mark") {
                if (environment === "empty" && !stopped.has(pid) && maybeInExec(pid))
                    inExec += 1;
                continue;
            }
            if (!ownedBy(pid, uid, seen.processes.get(pid)))
                continue;
            try {
                process.kill(pid, "SIGKILL");
            }
            catch {
                continue;
            }
            if (!stopped.has(pid))
                found += 1;
            stopped.add(pid);
        }
        if (index === pids.length)
            readBefore = seen;
        if (found > 0)
            rounds += 1;
        else if (inExec > 0 && retries < MAX_EXEC_RETRIES)
            pauseFor(EXEC_PAUSE_MS[retries++]);
        else
            break;
    }
    return stopped.size;
}
function pause(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function maybeInExec(pid) {
    const stat = processStat(pid);
    return stat !== undefined && (stat.state === "R" || stat.state === "D") && !stat.kernelThread;
}
function isKernelThread(pid) {
    return processStat(pid)?.kernelThread === true;
}
function processStat(pid) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, "latin1");
    }
    catch {
        return undefined;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ", 7);
    const flags = Number(fields[6]);
    return { state: fields[0], kernelThread: Number.isFinite(flags) && (flags & KERNEL_THREAD) !== 0 };
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
const KEPT_ENVIRONMENT_BYTES = 16 * 1024;
const KEPT_TOTAL_BYTES = 8 * 1024 * 1024;
let readBefore = { processes: new Map(), bytes: 0 };
const processesRead = {
    forget() {
        readBefore = { processes: new Map(), bytes: 0 };
    },
};
const environmentReads = { count: 0 };
function environmentOf(pid, needle, buffer, seen) {
    const before = readBefore.processes.get(pid);
    if (before !== undefined && (before.unreadable || (before.environment !== undefined && seen.bytes + before.environment.length <= KEPT_TOTAL_BYTES))) {
        let now;
        try {
            now = (0,external_node_fs_.statSync)(`/proc/${pid}/environ`);
        }
        catch {
            return "none";
        }
        if (before.ino === now.ino && before.ctimeMs === now.ctimeMs) {
            seen.processes.set(pid, before);
            if (before.environment === undefined)
                return "none";
            seen.bytes += before.environment.length;
            return before.environment.indexOf(needle) !== -1 ? "mark" : "none";
        }
    }
    const read = environmentHas(pid, needle, buffer);
    if (read.unreadable || (read.answer === "empty" && isKernelThread(pid))) {
        const identity = read.file ?? identityOf(pid);
        if (identity !== undefined)
            seen.processes.set(pid, { ino: identity.ino, ctimeMs: identity.ctimeMs, uid: -1, environment: undefined, unreadable: true });
        return "none";
    }
    if (read.file === undefined)
        return read.answer;
    const environment = read.kept !== undefined && seen.bytes + read.kept.length <= KEPT_TOTAL_BYTES ? read.kept : undefined;
    if (environment !== undefined)
        seen.bytes += environment.length;
    seen.processes.set(pid, { ino: read.file.ino, ctimeMs: read.file.ctimeMs, uid: read.file.uid, environment });
    return read.answer;
}
function environmentHas(pid, needle, buffer) {
    environmentReads.count += 1;
    let fd;
    let file;
    try {
        fd = (0,external_node_fs_.openSync)(`/proc/${pid}/environ`, "r");
    }
    catch (error) {
        const code = error.code;
        return code === "EACCES" || code === "EPERM" || code === "ESRCH" ? { answer: "none", unreadable: true } : { answer: "none" };
    }
    try {
        file = (0,external_node_fs_.fstatSync)(fd);
    }
    catch {
        (0,external_node_fs_.closeSync)(fd);
        return { answer: "none" };
    }
    const answer = readEnvironment(fd, needle, buffer);
    return { ...answer, file };
}
function identityOf(pid) {
    try {
        return (0,external_node_fs_.statSync)(`/proc/${pid}/environ`);
    }
    catch {
        return undefined;
    }
}
function readEnvironment(fd, needle, buffer) {
    try {
        let kept = 0;
        let first;
        for (let total = 0;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, kept, CHUNK, null);
            if (read === 0) {
                if (total === 0)
                    return { answer: "empty" };
                return first !== undefined && first.length === total ? { answer: "none", kept: first } : { answer: "none" };
            }
            total += read;
            const end = kept + read;
            if (buffer.subarray(0, end).indexOf(needle) !== -1)
                return { answer: "mark" };
            if (total === read && read <= KEPT_ENVIRONMENT_BYTES)
                first = Buffer.from(buffer.subarray(0, read));
            kept = Math.min(needle.length - 1, end);
            buffer.copy(buffer, 0, end - kept, end);
        }
    }
    catch {
        return { answer: "none" };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function ownedBy(pid, uid, seen) {
    if (uid === undefined)
        return false;
    if (seen !== undefined)
        return seen.uid === uid;
    try {
        return (0,external_node_fs_.statSync)(`/proc/${pid}`).uid === uid;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/runners/watchdog.js

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

// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/disk-problems.js
var disk_problems = __webpack_require__(63122);
;// CONCATENATED MODULE: ./.build/runners/module-detect.js
function isModuleStyleSource(source) {
    if (!source.includes("default") && !source.includes("defineBunFlow"))
        return false;
    const code = codeOnly(source);
    return /\bexport\s+default\b/.test(code) || /\bas\s+default\b/.test(code) || /\bdefineBunFlow\s*\(/.test(code) || REEXPORTED_DEFAULT.test(code);
}
const REEXPORTED_DEFAULT = /\bexport\s*\{(?:[^}]*,)?\s*default\s*(?:,[^}]*)?\}/;
function namedFunctionExport(source) {
    if (!source.includes("export"))
        return undefined;
    const code = codeOnly(source);
    const declared = /\bexport\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/.exec(code);
    const bound = /\bexport\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\b\s*)?(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>|defineFlow\s*\()/.exec(code);
    const found = [declared, bound].filter((match) => match !== null).sort((a, b) => a.index - b.index)[0];
    return found?.[1];
}
function codeOnly(source) {
    const out = Buffer.allocUnsafe(source.length);
    const templates = [];
    let braces = 0;
    let i = 0;
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











const FLOW_HELPER_SPECIFIERS = [
    "@peezy.tech/codex-flows/flow-runtime/bun",
    "@peezy.tech/flow-runtime/bun",
    "flows-action/bun",
];

const WRAPPER_SOURCE = `// flows-action module-style wrapper (generated)
// The step watchdog first, in a block of its own, before the module is imported.
{
${WATCHDOG_SOURCE}
}
// The helper specifiers to stand in for (those not installed above the script) come as JSON.
const [scriptUrl, scriptLabel, stubbed, resultPath] = process.argv.slice(2);
${FLOW_HELPERS_SOURCE}
standInForFlowHelpers(JSON.parse(stubbed));

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
const WRAPPER_NAME = `module-wrapper-${(0,hash/* sha256Hex */.fg)(WRAPPER_SOURCE).slice(0, 16)}.mjs`;
const WATCHDOG_NAME = `step-watchdog-${(0,hash/* sha256Hex */.fg)(WATCHDOG_SOURCE).slice(0, 16)}.mjs`;
const LEFTOVER_SWEEP_DELAY_MS = 100;
const WRAPPER_RECHECK_MS = 60_000;
let folder;
let stepsEnded = 0;
function stepProcessEnded() {
    stepsEnded += 1;
}
const wrapperWrites = { count: 0 };
function wrapperFolder() {
    const known = folder;
    if (known !== undefined) {
        if (known.checkedAfter === stepsEnded && Date.now() - known.checkedAt < WRAPPER_RECHECK_MS)
            return known;
        const ended = stepsEnded;
        if (isFile(known.wrapperPath) && isFile(known.watchdogPath)) {
            known.checkedAt = Date.now();
            known.checkedAfter = ended;
            return known;
        }
    }
    folder = makeWrapperFolder();
    return folder;
}
function makeWrapperFolder() {
    try {
        return writeWrapperFolder();
    }
    catch (error) {
        const code = error.code;
        const problem = (0,disk_problems/* diskProblem */.N)(code) ?? (code === undefined ? undefined : TEMP_FOLDER_PROBLEMS[code]);
        if (problem === undefined)
            throw error;
        throw new user_error/* UserError */.y(`flows-action cannot write its step wrapper into the temp folder ${(0,external_node_os_.tmpdir)()}: ${problem} (${code}).`, {
            hint: "Free some space there, or set TMPDIR to a writable folder with room.",
            cause: error,
        });
    }
}
const TEMP_FOLDER_PROBLEMS = {
    ENOENT: "it does not exist",
    ENOTDIR: "it is not a folder",
};
function writeWrapperFolder() {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), `flows-action-${process.pid}-`));
    setTimeout(() => void removeLeftoverFolders((0,external_node_os_.tmpdir)()), LEFTOVER_SWEEP_DELAY_MS).unref();
    process.once("exit", () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    const wrapperPath = external_node_path_.join(dir, WRAPPER_NAME);
    (0,external_node_fs_.writeFileSync)(wrapperPath, WRAPPER_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
    wrapperWrites.count += 1;
    const watchdogPath = external_node_path_.join(dir, WATCHDOG_NAME);
    (0,external_node_fs_.writeFileSync)(watchdogPath, WATCHDOG_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
    return { dir, wrapperPath, watchdogPath, checkedAt: Date.now(), checkedAfter: stepsEnded };
}
async function removeLeftoverFolders(parent) {
    try {
        const { lstat, readdir, rm } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
        const uid = process.getuid?.();
        for (const name of await readdir(parent)) {
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
    }
}
function isFile(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function stepWatchdogPath() {
    return wrapperFolder().watchdogPath;
}
function helpersPreloadPath(options) {
    if (!FLOW_HELPER_SPECIFIERS.some((specifier) => options.source.includes(specifier)))
        return undefined;
    const stubbed = stubbedHelpers(external_node_path_.dirname(options.scriptPath));
    if (stubbed.length === 0)
        return undefined;
    const source = helpersPreloadSource(stubbed);
    const file = external_node_path_.join(wrapperFolder().dir, `step-helpers-${(0,hash/* sha256Hex */.fg)(source).slice(0, 16)}.mjs`);
    if (!(0,external_node_fs_.existsSync)(file)) {
        try {
            (0,external_node_fs_.writeFileSync)(file, source, { encoding: "utf8", flag: "wx", mode: 0o600 });
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
        }
    }
    return file;
}
function prepareModuleWrapper(options) {
    const { dir, wrapperPath } = wrapperFolder();
    const resultPath = external_node_path_.join(dir, `result-${(0,hash/* randomHex */.nw)(8)}.json`);
    const stubbed = JSON.stringify(stubbedHelpers(external_node_path_.dirname(options.scriptPath)));
    return {
        args: [wrapperPath, (0,file_url/* pathToFileURL */.q)(options.scriptPath).href, options.scriptLabel, stubbed, resultPath],
        resultPath,
        dispose: () => (0,fs_async/* removeFile */.nM)(resultPath).catch(() => undefined),
    };
}
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
function readWrapperResult(resultPath, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(resultPath, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return { notAFile: info.isFIFO() ? "a named pipe (FIFO)" : info.isDirectory() ? "a folder" : "a device or socket" };
        const read = (0,fs_safe/* readOpenedFile */.QS)(fd, Buffer.allocUnsafe(Math.min(maxBytes + 1, info.size + 1)), maxBytes, 0);
        if (read === undefined)
            return { tooLargeBytes: info.size > maxBytes ? info.size : maxBytes + 1 };
        return { json: read.buffer.toString("utf8", 0, read.length) };
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __webpack_require__(85797);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/redact-nested.js
var redact_nested = __webpack_require__(89125);
;// CONCATENATED MODULE: ./.build/runners/output.js



const MAX_LINE_CHARS = 4 * 1024 * 1024;
const OVERSIZED_RESULT_NOTICE = "[flows-action] FLOW_RESULT too large";
const RESULT_MARKER = "FLOW_RESULT ";
class LineSplitter {
    onLine;
    decoder = new external_node_string_decoder_.StringDecoder("utf8");
    redactor;
    maxLineChars;
    partial = "";
    cut;
    constructor(onLine, options = {}) {
        this.onLine = onLine;
        this.redactor = options.redactor ?? redact/* redactor */.$p;
        this.maxLineChars = options.maxLineChars ?? MAX_LINE_CHARS;
    }
    push(chunk) {
        this.take(this.decoder.write(chunk));
    }
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
        this.cutPieces(Math.max(SECRET_WINDOW_CHARS, this.redactor.longest));
    }
    waitsForDeepEscapes(lookahead) {
        const at = this.maxLineChars;
        if (lookahead === 0 || !(0,redact_nested/* mayHoldDeepEscapes */.N3)(this.partial))
            return false;
        if ((0,redact_nested/* foldedEnd */.gJ)(this.partial, at, lookahead) < this.partial.length)
            return false;
        if (this.partial.length - at <= DEEP_HOLD_FACTOR * lookahead)
            return true;
        this.partial = (0,redact_nested/* shortenedRuns */.rH)(this.partial, DEEP_RUN_KEPT);
        return (0,redact_nested/* foldedEnd */.gJ)(this.partial, at, lookahead) >= this.partial.length;
    }
    finishLine() {
        if (this.partial.endsWith("\r"))
            this.partial = this.partial.slice(0, -1);
        if (!this.resultWithinLimit())
            this.cutPieces(0);
        const line = this.partial;
        this.partial = "";
        if (line.length > 0 || this.cut === undefined)
            this.onLine(line);
        this.endCut(line);
    }
    resultWithinLimit() {
        if (this.cut !== undefined || this.partial.length <= this.maxLineChars)
            return false;
        const marker = this.partial.indexOf(RESULT_MARKER);
        if (marker === -1)
            return false;
        const json = this.partial.length - marker - RESULT_MARKER.length;
        return json <= this.maxLineChars && Buffer.byteLength(this.partial) - Buffer.byteLength(this.partial.slice(0, marker + RESULT_MARKER.length)) <= this.maxLineChars;
    }
    cutPieces(lookahead) {
        while (this.partial.length > this.maxLineChars + lookahead && !this.waitsForDeepEscapes(lookahead)) {
            const at = pieceEnd(this.partial, this.maxLineChars, this.redactor);
            const piece = this.partial.slice(0, at);
            if (this.cut === undefined) {
                const marker = piece.indexOf(RESULT_MARKER);
                const before = marker === -1 ? 0 : Buffer.byteLength(piece.slice(0, marker + RESULT_MARKER.length));
                this.cut = { bytes: -before, result: marker !== -1 };
            }
            this.cut.bytes += Buffer.byteLength(piece);
            this.onLine(piece);
            this.partial = this.partial.slice(at);
        }
    }
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
const SECRET_WINDOW_CHARS = 4096;
const DEEP_HOLD_FACTOR = 64;
const DEEP_RUN_KEPT = 64;
function pieceEnd(text, at, redactor) {
    const secrets = new SecretSpans(text, at, redactor);
    const crossing = secrets.around(at);
    if (crossing !== undefined && crossing[0] === 0)
        return wholeSpanEnd(text, crossing[1], redactor);
    const first = crossing?.[0] ?? (splitsPair(text, at) ? (at > 1 ? at - 1 : at + 1) : at);
    let cut = first;
    for (let tries = 0; tries < SECRET_WINDOW_CHARS && cut > 0; tries++) {
        if (!splitsPair(text, cut) && redactsAlike(text, cut, redactor))
            return cut;
        cut = secrets.around(cut - 1)?.[0] ?? cut - 1;
    }
    return first;
}
function wholeSpanEnd(text, end, redactor) {
    for (let tries = 0; tries < MAX_SPAN_EXTENSIONS; tries++) {
        const [first] = redactor.secretSpans(text.slice(0, (0,redact_nested/* foldedEnd */.gJ)(text, end, redactor.longest)), 1);
        if (first === undefined || first[1] <= end)
            return end;
        end = first[1];
    }
    return end;
}
const MAX_SPAN_EXTENSIONS = 64;
function splitsPair(text, cut) {
    const high = text.charCodeAt(cut - 1);
    const low = text.charCodeAt(cut);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
function redactsAlike(text, cut, redactor) {
    const before = text.slice(Math.max(0, cut - SECRET_WINDOW_CHARS), cut);
    const after = text.slice(cut, cut + SECRET_WINDOW_CHARS);
    return redactor.redact(before + after) === redactor.redact(before) + redactor.redact(after);
}
class SecretSpans {
    spans = [];
    nearest;
    constructor(text, at, redactor) {
        const keep = SECRET_WINDOW_CHARS + 1;
        for (const span of redactor.secretSpans(text.slice(0, (0,redact_nested/* foldedEnd */.gJ)(text, at, redactor.longest)), at)) {
            this.spans.push(span);
            if (this.spans.length >= 2 * keep)
                this.spans.splice(0, this.spans.length - keep);
        }
        this.nearest = this.spans.length - 1;
    }
    around(cut) {
        while (this.nearest >= 0 && this.spans[this.nearest][0] >= cut)
            this.nearest -= 1;
        const span = this.spans[this.nearest];
        return span !== undefined && span[1] > cut ? span : undefined;
    }
}
class OutputTail {
    maxBytes;
    redactor;
    lines = [];
    streams = [];
    first = 0;
    keptBytes = 0;
    cutBytes = 0;
    mixed = false;
    lastStream;
    context = new Map();
    constructor(maxBytes, redactor = redact/* redactor */.$p) {
        this.maxBytes = maxBytes;
        this.redactor = redactor;
    }
    push(line, stream = "") {
        if (this.lastStream !== undefined && stream !== this.lastStream)
            this.mixed = true;
        this.lastStream = stream;
        const size = Buffer.byteLength(line) + 1;
        if (size > this.maxBytes) {
            const kept = lastBytes(this.redactor.redact(line), this.maxBytes - 1);
            const keptSize = Buffer.byteLength(kept) + 1;
            this.cutBytes += this.keptBytes + Math.max(0, size - keptSize);
            this.lines = [kept];
            this.streams = [stream];
            this.first = 0;
            this.keptBytes = keptSize;
            this.context.clear();
            return;
        }
        this.lines.push(line);
        this.streams.push(stream);
        this.keptBytes += size;
        while (this.keptBytes > this.maxBytes && this.first < this.lines.length) {
            const dropped = this.lines[this.first];
            const droppedSize = Buffer.byteLength(dropped) + 1;
            this.keepAsContext(dropped, this.streams[this.first]);
            this.first += 1;
            this.keptBytes -= droppedSize;
            this.cutBytes += droppedSize;
        }
        if (this.first > 1024 && this.first * 2 > this.lines.length) {
            this.lines = this.lines.slice(this.first);
            this.streams = this.streams.slice(this.first);
            this.first = 0;
        }
    }
    kept() {
        return this.lines.slice(this.first);
    }
    keptRedacted() {
        const kept = this.kept();
        if (!this.mixed)
            return this.redactor.redactLines(kept, this.context.get(this.lastStream ?? "")?.lines);
        const streams = this.streams.slice(this.first);
        const clean = new Array(kept.length);
        for (const stream of new Set(streams)) {
            const places = [];
            for (let i = 0; i < streams.length; i++)
                if (streams[i] === stream)
                    places.push(i);
            const masked = this.redactor.redactLines(places.map((i) => kept[i]), this.context.get(stream)?.lines);
            for (let j = 0; j < places.length; j++)
                clean[places[j]] = masked[j];
        }
        return clean;
    }
    keepAsContext(dropped, stream) {
        let context = this.context.get(stream);
        if (context === undefined) {
            context = { lines: [], chars: 0 };
            this.context.set(stream, context);
        }
        context.lines.push(dropped);
        context.chars += dropped.length + 1;
        while (context.lines.length > 1 && context.chars - context.lines[0].length - 1 > this.redactor.longest) {
            context.chars -= context.lines.shift().length + 1;
        }
    }
    get bytesCut() {
        return this.cutBytes;
    }
    text() {
        const body = (this.cutBytes > 0 || this.mixed ? this.keptRedacted() : this.kept()).join("\n");
        return this.cutBytes > 0 ? `… ${this.cutBytes} bytes cut …\n${body}` : body;
    }
}
function lastBytes(text, maxBytes) {
    const bytes = Buffer.from(text);
    if (bytes.length <= maxBytes)
        return text;
    return bytes
        .subarray(bytes.length - maxBytes)
        .toString("utf8")
        .replace(/^\uFFFD+/, "");
}

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/generated/validators/flow-result.js
var flow_result = __webpack_require__(6264);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(68880);
;// CONCATENATED MODULE: ./.build/runners/result.js







const FLOW_RESULT_MARKER = "FLOW_RESULT ";
const MAX_FLOW_RESULT_BYTES = 4 * 1024 * 1024;
const STATUS_LIST = contracts/* FLOW_RESULT_STATUSES */.WL.join(", ");
const QUOTED_LINE_CHARS = 200;
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
function parseReturnedResult(json, scriptLabel) {
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_FLOW_RESULT_BYTES)
        return resultTooLarge(bytes);
    const returned = () => `the default export of ${scriptLabel} returned ${quote(json.trim())}`;
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        return { error: `the result of ${scriptLabel}'s default export is not valid JSON: ${parseFailure(json, error)}` };
    }
    const depth = depthProblem(value);
    if (depth !== undefined)
        return { error: `${returned()}; ${depth.replace(/^FLOW_RESULT/, "the result")}` };
    const problem = flowResultProblem(value, RETURNED_NAMES);
    return problem === undefined ? { result: value } : { error: `${returned()}; ${problem}` };
}
const LINE_NAMES = { whole: "FLOW_RESULT", part: "FLOW_RESULT" };
const RETURNED_NAMES = { whole: "the result", part: "the result's" };
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
function resultTooLarge(bytes) {
    return { error: `FLOW_RESULT too large (${bytes} bytes, limit 4 MiB); print a smaller result and write large data to a file instead` };
}
function flowResultProblem(value, names = LINE_NAMES) {
    if ((0,flow_result/* validateFlowResult */.m)(value))
        return undefined;
    if (!isRecord(value))
        return `${names.whole} must be a JSON object with a "status", got ${describeJson(value)}`;
    const { field, reason } = (0,contract_errors/* firstViolation */.sB)(flow_result/* validateFlowResult */.m.errors, value);
    if (field === "status") {
        return "status" in value
            ? `${names.part} status ${JSON.stringify(value.status)} is not one of ${STATUS_LIST}`
            : `${names.whole} has no "status"; use one of ${STATUS_LIST}`;
    }
    const list = /^(next|annotations)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
    if (!list)
        return `${names.part} ${reason}`;
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
        return `${names.part} ${reason}`;
    return `${names.part} "${key}" must be an array of ${what} with string "${first}" and "${second}"; ${detail}`;
}
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
function quote(line) {
    const clean = (0,redact_cut/* redacted */.p)(line);
    const { text, cut } = clean.chars(QUOTED_LINE_CHARS);
    return cut === 0 ? clean.text : `${text}…`;
}

;// CONCATENATED MODULE: ./.build/runners/bun-crash.js

const REPORT_LINES = 40;
const MESSAGE_CHARS = 300;
const TRAILER = /^Bun v\d+\.\d+\.\d+\S* \([^)]*\)$/;
const MESSAGE = /^(?:error|[A-Za-z_$][\w$]*(?:Error|Exception)): (.+)$/;
const FRAME = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;
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
    const text = (0,redact_cut/* redacted */.p)(shown).clip(MESSAGE_CHARS + 1);
    const frames = stderr
        .slice(messageAt + 1, trailer)
        .map((line) => FRAME.exec(line))
        .filter((frame) => frame !== null)
        .map(([, file = "", line, column]) => ({ file, line, column, label: fileLabel(file, place) }));
    const frame = frames.find((candidate) => candidate.label !== candidate.file) ?? frames[0];
    return frame === undefined ? text : `${frame.label}:${frame.line}:${frame.column}: ${text}`;
}
function fileLabel(file, place) {
    if (file === place.scriptPath)
        return place.scriptLabel;
    const root = place.scriptPath.endsWith(place.scriptLabel) ? place.scriptPath.slice(0, place.scriptPath.length - place.scriptLabel.length) : undefined;
    return root && root.length > 1 && file.startsWith(root) ? file.slice(root.length) : file;
}

;// CONCATENATED MODULE: ./.build/runners/process-io.js
const DEFAULT_KILL_GRACE_MS = 2000;
const DEFAULT_DRAIN_MS = 1000;
const MAX_TIMER_MS = 2_147_483_647;
const STDIN_SLICE = 64 * 1024;
function timerDelay(timeoutMs) {
    return Number.isFinite(timeoutMs) ? Math.min(Math.max(timeoutMs, 0), MAX_TIMER_MS) : MAX_TIMER_MS;
}
function process_io_killGroup(pid, signal, killLeader) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        try {
            killLeader(signal);
        }
        catch {
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
        const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
        const file = await open(part.path, "r");
        try {
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



function bunSpawn() {
    const bun = globalThis.Bun;
    return typeof bun?.spawn === "function" ? bun.spawn.bind(bun) : undefined;
}
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
            detached: true,
        });
    }
    catch (error) {
        return notStarted(error);
    }
    stepProcessStarted(child.pid);
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
        stepProcessReaped(child.pid);
        state.exited = true;
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
    }
    finally {
        splitter.end();
    }
}
async function writeParts(sink, parts) {
    try {
        for await (const { chunk, release } of stdinSlices(parts)) {
            await sink.write(chunk);
            await sink.flush();
            release?.();
        }
    }
    catch {
    }
    finally {
        try {
            Promise.resolve(sink.end()).catch(() => undefined);
        }
        catch {
        }
    }
}

;// CONCATENATED MODULE: ./.build/runners/process.js




async function superviseProcess(options) {
    const marked = canFindStrayProcesses() ? markedEnvironment(options.env) : undefined;
    const run = { ...options, env: marked?.env ?? options.env };
    const onBun = bunSpawn();
    const result = onBun !== undefined ? await superviseWithBun(onBun, run) : await superviseWithNode(run);
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
                detached: true,
                stdio: ["pipe", "pipe", "pipe"],
            });
        }
        catch (error) {
            resolve(notStarted(error));
            return;
        }
        stepProcessStarted(child.pid);
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
            if (child.pid === undefined)
                this.finish(notStarted(error));
        });
        child.once("exit", (code, signal) => {
            stepProcessReaped(child.pid);
            this.exited = true;
            void this.afterExit(code, signal, streamsDone);
        });
        child.stdin?.on("error", () => {
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
            await streamsDone;
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
        stream.destroy(error);
        return;
    }
    if (!broken())
        stream.end();
}
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
class StepOutput {
    onLine;
    combined;
    stdout = new OutputTail(REASON_TAIL_BYTES);
    stderr = new OutputTail(REASON_TAIL_BYTES);
    lastResultLine;
    constructor(tailBytes, onLine) {
        this.onLine = onLine;
        this.combined = new OutputTail(tailBytes);
    }
    line = (stream, line) => {
        this.combined.push(line, stream);
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
        }
    };
    notice(text) {
        this.combined.push(text, "stderr");
        try {
            this.onLine?.("stderr", text);
        }
        catch {
        }
    }
    forget() {
        this.stdout = new OutputTail(REASON_TAIL_BYTES);
        this.stderr = new OutputTail(REASON_TAIL_BYTES);
        this.lastResultLine = undefined;
    }
    reasonTail() {
        const [name, tail] = this.stderr.kept().length > 0 ? ["stderr", this.stderr] : ["stdout", this.stdout];
        const lines = tail.keptRedacted().slice(-REASON_TAIL_LINES);
        return lines.length === 0 ? "" : `\nLast lines of ${name}:\n${lines.join("\n")}`;
    }
}
async function runBunStep(options) {
    let clock = new StepClock();
    const output = new StepOutput(options.tailBytes ?? DEFAULT_TAIL_BYTES, options.onLine);
    const finish = (fields) => clock.outcome({ output: output.combined.text(), ...fields });
    const { step } = options;
    if (options.signal?.aborted) {
        return finish({ processStatus: "canceled", error: "canceled before the step started" });
    }
    const prepared = preparedNow(step);
    prepared.catch(() => undefined);
    let wrapper;
    try {
        if (options.startAfter !== undefined) {
            const go = await options.startAfter.then(() => true, () => false);
            if (!go)
                return finish({ processStatus: "canceled", error: "not started: its start could not be recorded" });
            clock = new StepClock();
        }
        let ready = await prepared;
        if ("problem" in ready)
            return finish({ processStatus: "failed", error: ready.problem });
        wrapper = ready.wrapper;
        const bunPath = options.bunPath ?? "bun";
        const start = (files) => superviseProcess({
            command: bunPath,
            args: [...preloads(files), ...(files.wrapper?.args ?? [step.scriptPath])],
            cwd: step.cwdPath,
            env: (0,environment/* runEnvironment */.t7)(options),
            stdin: stepContextParts(options),
            timeoutMs: step.timeoutMs,
            signal: options.signal,
            onLine: output.line,
        }).finally(stepProcessEnded);
        let run = await start(ready);
        if (ownFilesGone(run, output, ready)) {
            output.notice(`[flows-action] ${OWN_FILES_GONE}; starting the step again`);
            const again = prepareBunStep(step);
            if ("problem" in again)
                return finish({ processStatus: "failed", error: again.problem });
            wrapper?.dispose().catch(() => undefined);
            ready = again;
            wrapper = again.wrapper;
            output.forget();
            run = await start(ready);
            if (ownFilesGone(run, output, ready)) {
                return finish({ processStatus: "failed", exitCode: run.exitCode, signal: run.signal, error: `not started: ${OWN_FILES_GONE}, twice; the step's script did not run. Keep steps from removing flows-action-* folders in ${(0,external_node_os_.tmpdir)()}` });
            }
        }
        if (run.stragglersStopped) {
            output.notice("[flows-action] stopped leftover processes that kept the step's output open after it exited");
        }
        if (run.strayProcessesStopped > 0) {
            const count = run.strayProcessesStopped === 1 ? "1 stray process" : `${run.strayProcessesStopped} stray processes`;
            output.notice(`[flows-action] stopped ${count} the step left running after it ended (started in a new session or in the background)`);
        }
        const wrapped = wrapper === undefined ? undefined : readWrapperResult(wrapper.resultPath, MAX_FLOW_RESULT_BYTES);
        if (wrapped !== undefined && "json" in wrapped)
            output.line("stdout", FLOW_RESULT_MARKER + wrapped.json);
        const place = { scriptPath: step.scriptPath, scriptLabel: step.script };
        const namedExport = ready.namedExport;
        return finish(interpret({ run, output, bunPath, timeoutMs: step.timeoutMs, moduleStyle: wrapper !== undefined, wrapped, place, namedExport }));
    }
    finally {
        (wrapper ? Promise.resolve(wrapper) : prepared.then((ready) => ("wrapper" in ready ? ready.wrapper : undefined)))
            .then((made) => made?.dispose())
            .catch(() => undefined);
    }
}
const OWN_FILES_GONE = "flows-action's files for starting the step were removed as it started (by another step or a temp cleaner)";
function ownFilesGone(run, output, ready) {
    if (run.exitCode !== 1 || run.timedOut || run.canceled || output.stdout.kept().length > 0)
        return false;
    const stderr = output.stderr.kept().filter((line) => line.trim() !== "");
    if (stderr.length !== 1)
        return false;
    const [line = ""] = stderr;
    const ours = [ready.watchdog, ready.helpers, ready.wrapper?.args[0]].filter((file) => file !== undefined);
    return line.startsWith("error: ") && ours.some((file) => line.includes(JSON.stringify(file)));
}
function preloads(files) {
    return [files.watchdog, files.helpers].flatMap((file) => (file === undefined ? [] : ["--preload", file]));
}
function prepareBunStep(step) {
    const problem = cwdProblem(step.cwdPath, step.name);
    if (problem !== undefined)
        return { problem };
    let source;
    try {
        source = readScript(step.scriptPath);
    }
    catch (error) {
        return { problem: `cannot read the script of step "${step.name}" (${step.script} → ${step.scriptPath}): ${messageOf(error)}` };
    }
    const wrapper = isModuleStyleSource(source) ? prepareModuleWrapper({ scriptPath: step.scriptPath, scriptLabel: step.script }) : undefined;
    const watchdog = wrapper === undefined ? orUndefined(stepWatchdogPath) : undefined;
    const namedExport = wrapper === undefined ? namedFunctionExport(source) : undefined;
    const helpers = wrapper === undefined ? orUndefined(() => helpersPreloadPath({ scriptPath: step.scriptPath, source })) : undefined;
    return { wrapper, watchdog, ...(helpers === undefined ? {} : { helpers }), ...(namedExport === undefined ? {} : { namedExport }) };
}
function orUndefined(make) {
    try {
        return make();
    }
    catch {
        return undefined;
    }
}
function preparedNow(step) {
    try {
        return Promise.resolve(prepareBunStep(step));
    }
    catch (error) {
        return Promise.reject(error);
    }
}
function readScript(scriptPath) {
    const fd = (0,external_node_fs_.openSync)(scriptPath, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            throw new Error(`it is ${kindOf(info)} now, not a regular file; check what replaced it (a step that ran before?)`);
        return (0,external_node_fs_.readFileSync)(fd, "utf8");
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function kindOf(info) {
    if (info.isFIFO())
        return "a named pipe (FIFO)";
    if (info.isCharacterDevice() || info.isBlockDevice())
        return "a device";
    if (info.isSocket())
        return "a socket";
    return info.isDirectory() ? "a folder" : "not a file";
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
        const crash = bunCrashReason(output.stderr.kept(), options.place);
        const exited = `bun exited with code ${run.exitCode}`;
        return { ...exit, processStatus: "failed", error: `${crash === undefined ? exited : `${crash} (${exited})`}${output.reasonTail()}` };
    }
    const { wrapped } = options;
    let parsed;
    if (wrapped === undefined && options.moduleStyle && output.lastResultLine === undefined) {
        const error = `the default export of ${options.place.scriptLabel} did not return: the process exited with code 0 before it did ` +
            "(process.exit() called while it ran?); return a FlowResult instead of exiting";
        return { ...exit, processStatus: "failed", error: error + output.reasonTail() };
    }
    if (wrapped === undefined && options.namedExport !== undefined && output.lastResultLine === undefined) {
        const name = options.namedExport;
        const error = `no FLOW_RESULT line on stdout: ${options.place.scriptLabel} exports ${name} by name but has no default export, ` +
            `so it ran as a raw script and nothing called ${name}. Export it as the default (export default ${name}, or ` +
            `export default async function ${name}(context) { ... }) to run it as a module-style step, or print a FLOW_RESULT line`;
        return { ...exit, processStatus: "failed", error: error + output.reasonTail() };
    }
    if (wrapped === undefined)
        parsed = parseFlowResult(output.lastResultLine === undefined ? [] : [output.lastResultLine]);
    else if ("json" in wrapped)
        parsed = parseReturnedResult(wrapped.json, options.place.scriptLabel);
    else if ("notAFile" in wrapped) {
        parsed = { error: `the file flows-action reads a module-style step's result from was replaced by ${wrapped.notAFile} while the step ran, so its result cannot be read; leave that file (the last argument in process.argv) alone` };
    }
    else
        parsed = resultTooLarge(wrapped.tooLargeBytes);
    if ("error" in parsed) {
        return { ...exit, processStatus: "failed", error: parsed.error + output.reasonTail() };
    }
    return { ...exit, processStatus: "completed", result: parsed.result };
}
function cwdProblem(cwdPath, stepName) {
    try {
        const info = (0,external_node_fs_.statSync)(cwdPath);
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
        const reason = (0,user_error/* isUserError */.i)(error) ? `${error.message}${error.hint ? ` ${error.hint}` : ""}` : error instanceof Error ? (error.stack ?? error.message) : String(error);
        return clock.outcome({
            processStatus: "failed",
            error: `flows-action could not run step "${options.step?.name}": ${reason}`,
        });
    }
}

;// CONCATENATED MODULE: ./.build/runners/index.js








/***/ })

};
