import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 40801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ne: () => (/* binding */ PROCESS_STATUSES),
/* harmony export */   WL: () => (/* binding */ FLOW_RESULT_STATUSES),
/* harmony export */   XM: () => (/* binding */ needsAttentionFor),
/* harmony export */   YC: () => (/* binding */ isFlowResultStatus),
/* harmony export */   Z2: () => (/* binding */ effectiveStatusOf)
/* harmony export */ });
// The flow contracts shared by every part of flows-action.
// Source of truth: shared/flow-contracts.md. Field names and meanings here must stay
// compatible with flow packages and run views written for the older Bun flow runtime.
const FLOW_RESULT_STATUSES = [
    "skipped",
    "completed",
    "changed",
    "needs_intervention",
    "blocked",
    "failed",
];
const PROCESS_STATUSES = ["queued", "running", "completed", "failed", "canceled"];
function effectiveStatusOf(run) {
    return run.resultStatus ?? run.processStatus;
}
function needsAttentionFor(status) {
    return status === "blocked" || status === "needs_intervention";
}
function isFlowResultStatus(value) {
    return typeof value === "string" && FLOW_RESULT_STATUSES.includes(value);
}


/***/ }),

/***/ 80565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ dispatch)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./.build/flows/index.js + 6 modules
var flows = __nccwpck_require__(28001);
// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __nccwpck_require__(19917);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __nccwpck_require__(39709);
// EXTERNAL MODULE: ./.build/engine/event.js
var engine_event = __nccwpck_require__(66185);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __nccwpck_require__(86683);
;// CONCATENATED MODULE: ./.build/engine/pool.js
/**
 * Run task chains with at most `limit` tasks in flight. Tasks inside one chain run in
 * order (a flow's steps keep their manifest order); chains run side by side.
 */
async function runChains(chains, limit) {
    const slots = Math.max(1, Math.floor(limit));
    let active = 0;
    const waiting = [];
    const acquire = async () => {
        if (active < slots) {
            active += 1;
            return;
        }
        await new Promise((resolve) => waiting.push(resolve));
    };
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            active -= 1;
    };
    return Promise.all(chains.map(async (chain) => {
        const results = [];
        for (const task of chain) {
            await acquire();
            try {
                results.push(await task());
            }
            finally {
                release();
            }
        }
        return results;
    }));
}

// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __nccwpck_require__(40801);
;// CONCATENATED MODULE: ./.build/engine/run-view.js

/** Effective statuses after which a redelivered event does not run the step again. */
const SETTLED_STATUSES = new Set(["completed", "changed", "skipped", "blocked", "needs_intervention"]);
/** A stored run is settled when its last attempt succeeded or is waiting on a human. */
function isSettled(run) {
    return SETTLED_STATUSES.has(run.effectiveStatus);
}
/** The view of a step that is about to run (or, in a dry run, would run). */
function startRunView(options) {
    const { previous, now } = options;
    const attempts = previous ? [...previous.attempts] : [];
    const attempt = {
        id: options.attemptId,
        number: attempts.length + 1,
        status: options.processStatus,
        startedAt: now,
    };
    if (options.replay)
        attempt.replay = true;
    attempts.push(attempt);
    const view = {
        id: options.runId,
        eventId: options.event.id,
        flowName: options.flow.name,
        flowVersion: options.flow.version,
        stepName: options.step.name,
        runner: options.step.runner,
        processStatus: options.processStatus,
        effectiveStatus: options.processStatus,
        needsAttention: false,
        attempts,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
        startedAt: now,
    };
    if (options.replay)
        view.replay = true;
    return view;
}
/** Fold a finished attempt into its run view. */
function finishRunView(view, outcome) {
    const attempts = [...view.attempts];
    const last = attempts.at(-1);
    if (last) {
        const finished = {
            ...last,
            status: outcome.processStatus,
            startedAt: outcome.startedAt,
            completedAt: outcome.completedAt,
        };
        if (outcome.result)
            finished.resultStatus = outcome.result.status;
        if (outcome.error)
            finished.error = outcome.error;
        if (outcome.timedOut)
            finished.timedOut = true;
        attempts[attempts.length - 1] = finished;
    }
    const done = {
        ...view,
        processStatus: outcome.processStatus,
        attempts,
        output: outcome.output,
        startedAt: outcome.startedAt,
        completedAt: outcome.completedAt,
        updatedAt: outcome.completedAt,
        durationMs: outcome.durationMs,
    };
    delete done.resultStatus;
    delete done.resultPayload;
    delete done.error;
    delete done.timedOut;
    if (outcome.result) {
        done.resultStatus = outcome.result.status;
        done.resultPayload = outcome.result;
    }
    if (outcome.error)
        done.error = outcome.error;
    if (outcome.timedOut)
        done.timedOut = true;
    done.effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)(done);
    done.needsAttention = (0,contracts/* needsAttentionFor */.XM)(done.effectiveStatus);
    return done;
}

;// CONCATENATED MODULE: ./.build/engine/dispatch.js








/** discover → match → run → record, for one event and the events its runs ask for. */
async function dispatch(input, options) {
    const now = options.now ?? (() => new Date());
    const event = (0,engine_event/* normalizeFlowEvent */.k)(input, now());
    const discovery = options.discovery ?? (await (0,flows/* discoverFlows */.nE)({ repoRoot: options.repoRoot, roots: options.roots, eventType: event.type }));
    const store = options.store ?? new memory_store/* MemoryStateStore */.k();
    const outcome = await dispatchOne(event, { ...options, discovery, store, now }, [event.id]);
    // A store that skipped or set aside a bad record says so where the run is reported.
    for (const problem of store.problems) {
        outcome.problems.push({ severity: "warning", file: problem.path, message: `state record: ${problem.message}` });
    }
    return outcome;
}
async function dispatchOne(event, options, lineage) {
    const { discovery, store } = options;
    const match = await (0,flows/* matchSteps */.J6)((0,flows/* loadDeferredFlows */.Bj)(discovery, event.type), event);
    const mismatches = [...match.mismatches];
    const problems = [...discovery.problems];
    let matched = match.matched;
    if (options.only) {
        const wanted = new Set(options.only.map(({ flow, step }) => `${flow}\0${step}`));
        matched = matched.filter((ref) => wanted.has(`${ref.flow.name}\0${ref.step.name}`));
    }
    // An event that matches nothing has nothing to dedupe or record: leave the store untouched.
    const stored = matched.length > 0 ? await store.loadEvent(event.id) : undefined;
    const previousRuns = new Map((stored?.runs ?? []).map((run) => [run.id, run]));
    const plan = matched.map((ref) => {
        const runId = (0,ids/* runIdFor */.q)(event.id, ref.flow.name, ref.step.name);
        const previous = previousRuns.get(runId);
        const reuse = !options.replay && previous !== undefined && isSettled(previous);
        return { ref, runId, previous, reuse };
    });
    const outcome = {
        status: stored && plan.every((item) => item.reuse) ? "duplicate" : "accepted",
        eventId: event.id,
        runIds: plan.map((item) => item.runId),
        matched: matched.length,
        event,
        runs: [],
        mismatches,
        problems,
        shadowed: discovery.shadowed,
        children: [],
        dryRun: options.dryRun === true,
    };
    if (outcome.status === "duplicate")
        outcome.idempotent = true;
    const record = {
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event,
        runs: [],
        firstDispatchedAt: stored?.firstDispatchedAt ?? now(options),
        updatedAt: now(options),
        dispatchCount: (stored?.dispatchCount ?? 0) + 1,
    };
    const runsById = new Map();
    const chains = new Map();
    for (const item of plan) {
        if (item.reuse && item.previous) {
            runsById.set(item.runId, { ...item.previous, alreadyHandled: true });
            continue;
        }
        const task = () => runOne({ ...item, event, options, record }).then((view) => {
            runsById.set(item.runId, view);
            return view;
        });
        const chain = chains.get(item.ref.flow.manifestPath) ?? [];
        chain.push(task);
        chains.set(item.ref.flow.manifestPath, chain);
    }
    if (!options.dryRun && plan.length > 0)
        await store.saveEvent({ ...record, runs: [] });
    await runChains([...chains.values()], options.concurrency ?? (0,external_node_os_.availableParallelism)());
    outcome.runs = plan.map((item) => runsById.get(item.runId)).filter((run) => run !== undefined);
    for (const run of outcome.runs) {
        if (run.alreadyHandled || !run.resultPayload?.next)
            continue;
        for (const next of run.resultPayload.next) {
            const child = await dispatchChild(next, run, options, lineage, problems);
            if (child)
                outcome.children.push(child);
        }
    }
    return outcome;
}
async function runOne(options) {
    const { ref, runId, previous, event, record } = options;
    const engine = options.options;
    const attemptNumber = (previous?.attempts.length ?? 0) + 1;
    const attemptId = (0,ids/* attemptIdFor */.M)(runId, attemptNumber);
    const replay = engine.replay === true;
    const view = startRunView({
        runId,
        event,
        flow: ref.flow,
        step: ref.step,
        previous,
        attemptId,
        replay,
        now: now(engine),
        processStatus: engine.dryRun ? "queued" : "running",
    });
    if (engine.dryRun)
        return view;
    await engine.store.saveEvent({ ...record, runs: [view], updatedAt: view.updatedAt });
    await engine.observer?.onStepStart?.(view);
    const started = view;
    let bunPath;
    try {
        bunPath = typeof engine.bunPath === "function" ? await engine.bunPath() : engine.bunPath;
    }
    catch (error) {
        return finishAndRecord(view, setupFailure(error, view), engine, record);
    }
    // The runner (and child_process with it) loads when the first step runs, not at startup.
    const { runFlowStep, stepEnvironment } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 40104));
    const outcome = await runFlowStep({
        flow: ref.flow,
        step: ref.step,
        event,
        runtime: {
            runId,
            attemptId,
            replay,
            launchedBy: engine.launchedBy,
            workspaceBackendUrl: engine.workspaceBackendUrl,
        },
        env: stepEnvironment(engine.env ?? process.env),
        bunPath,
        onLine: (stream, line) => engine.observer?.onStepLine?.(started, stream, line),
        signal: engine.signal,
    });
    return finishAndRecord(view, outcome, engine, record);
}
async function finishAndRecord(started, outcome, engine, record) {
    const view = finishRunView(started, outcome);
    await engine.store.saveEvent({ ...record, runs: [view], updatedAt: view.updatedAt });
    await engine.observer?.onStepEnd?.(view);
    return view;
}
function setupFailure(error, view) {
    const at = new Date().toISOString();
    return {
        processStatus: "failed",
        error: `Bun could not be set up for this step: ${error instanceof Error ? error.message : String(error)}`,
        timedOut: false,
        exitCode: null,
        signal: null,
        output: "",
        startedAt: view.startedAt ?? at,
        completedAt: at,
        durationMs: 0,
    };
}
async function dispatchChild(next, parent, options, lineage, problems) {
    const depth = lineage.length;
    const where = `FlowResult.next of ${parent.flowName}/${parent.stepName}`;
    const maxDepth = options.maxDepth ?? 5;
    let child;
    try {
        child = (0,engine_event/* normalizeFlowEvent */.k)(next, options.now());
    }
    catch (error) {
        problems.push({ severity: "error", file: where, message: String(error) });
        return undefined;
    }
    if (lineage.includes(child.id)) {
        problems.push({
            severity: "warning",
            file: where,
            message: `next event "${child.id}" was not dispatched: it is already in this chain (${lineage.join(" → ")}), which would loop.`,
        });
        return undefined;
    }
    if (depth >= maxDepth) {
        problems.push({
            severity: "warning",
            file: where,
            message: `next event "${child.id}" was not dispatched: the chain is ${depth} events deep, the limit is ${maxDepth}.`,
        });
        return undefined;
    }
    return dispatchOne(child, { ...options, only: undefined, replay: false }, [...lineage, child.id]);
}
function now(options) {
    return options.now().toISOString();
}


/***/ }),

/***/ 66185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ normalizeFlowEvent)
/* harmony export */ });
/* unused harmony export FlowEventError */
class FlowEventError extends Error {
    name = "FlowEventError";
}
/**
 * Accept a FlowEvent from any caller: `id` and `type` must be non-empty strings;
 * `receivedAt` is filled with now and `payload` with {} when missing (contract rules).
 */
function normalizeFlowEvent(value, now = new Date()) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new FlowEventError('A FlowEvent must be a JSON object like {"id": "...", "type": "...", "payload": {}}.');
    }
    const event = value;
    for (const key of ["id", "type"]) {
        if (typeof event[key] !== "string" || event[key] === "") {
            throw new FlowEventError(`A FlowEvent needs a non-empty string "${key}"; got ${describe(event[key])}.`);
        }
    }
    for (const key of ["source", "occurredAt", "receivedAt"]) {
        if (event[key] !== undefined && typeof event[key] !== "string") {
            throw new FlowEventError(`FlowEvent "${key}" must be a string when present; got ${describe(event[key])}.`);
        }
    }
    return {
        ...event,
        receivedAt: typeof event.receivedAt === "string" ? event.receivedAt : now.toISOString(),
        payload: event.payload === undefined ? {} : event.payload,
    };
}
function describe(value) {
    if (value === undefined)
        return "nothing";
    return JSON.stringify(value) ?? String(value);
}


/***/ }),

/***/ 86683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ attemptIdFor),
/* harmony export */   q: () => (/* binding */ runIdFor)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75244);

/**
 * Run ids as the older local runtime made them: `run_` + the first 12 hex characters of
 * sha256 over event id, flow name and step name joined by NUL. Stable across re-runs, so a
 * redelivered event finds its runs again.
 */
function runIdFor(eventId, flowName, stepName) {
    const digest = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)([eventId, flowName, stepName].join("\0"));
    return `run_${digest.slice(0, 12)}`;
}
function attemptIdFor(runId, attemptNumber) {
    return `${runId}_a${attemptNumber}`;
}


/***/ }),

/***/ 24604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ canonicalDigest)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75244);

/** JSON with object keys sorted at every level, so equal values give equal text. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value !== "object" || value === null)
        return value;
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
/** sha256 hex of the canonical JSON of a value. */
function canonicalDigest(value) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(canonicalJson(value));
}


/***/ }),

/***/ 56835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ FlowEventInputError),
/* harmony export */   AT: () => (/* binding */ GitHubEventError),
/* harmony export */   wj: () => (/* binding */ UPSTREAM_RELEASE_SHAPE)
/* harmony export */ });
/* unused harmony export FLOW_EVENT_SHAPE */
// Typed errors of the events area. Each message is a complete sentence a user can act on; the
// fields let the action and the CLI point at the input or file that is wrong.
/** The shape users must send when they hand flows-action a FlowEvent of their own. */
const FLOW_EVENT_SHAPE = '{"id": "my-source:deploy:owner/repo:42", "type": "deploy", "payload": {}} ' +
    '(id and type: non-empty strings; payload: optional object; source, occurredAt, receivedAt: optional strings)';
const UPSTREAM_RELEASE_SHAPE = '{"repo": "owner/repo", "tag": "v1.2.3", "url": "https://github.com/owner/repo/releases/tag/v1.2.3", ' +
    '"publishedAt": "2024-01-31T12:00:00Z"} (repo and tag required)';
/** A FlowEvent (or upstream release) handed to flows-action by a user is malformed. */
class FlowEventInputError extends Error {
    name = "FlowEventInputError";
    origin;
    problem;
    position;
    constructor(options) {
        const at = options.position
            ? ` at line ${options.position.line}, column ${options.position.column} (position ${options.position.offset})`
            : "";
        super(`The ${options.subject ?? "FlowEvent"} in ${options.origin} is not usable: ${options.problem}${at}. ` +
            `Expected JSON like ${options.expected ?? FLOW_EVENT_SHAPE}.`);
        this.origin = options.origin;
        this.problem = options.problem;
        if (options.position)
            this.position = options.position;
    }
}
/** The GitHub event (name or payload file) cannot be read. */
class GitHubEventError extends Error {
    name = "GitHubEventError";
    variable;
    path;
    line;
    column;
    constructor(options) {
        super(options.message);
        if (options.variable !== undefined)
            this.variable = options.variable;
        if (options.path !== undefined)
            this.path = options.path;
        if (options.line !== undefined)
            this.line = options.line;
        if (options.column !== undefined)
            this.column = options.column;
    }
}


/***/ }),

/***/ 45785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ booleanAt),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   Uv: () => (/* binding */ definedOnly),
/* harmony export */   bX: () => (/* binding */ stringAt),
/* harmony export */   jj: () => (/* binding */ idAt),
/* harmony export */   l3: () => (/* binding */ labelNames),
/* harmony export */   lC: () => (/* binding */ timeAt),
/* harmony export */   lJ: () => (/* binding */ objectAt),
/* harmony export */   nS: () => (/* binding */ loginAt),
/* harmony export */   tk: () => (/* binding */ numberAt),
/* harmony export */   yR: () => (/* binding */ objectsAt)
/* harmony export */ });
// Reading fields of an untyped webhook payload. Payloads arrive as `unknown` (a file on disk, a
// CLI argument, a GHES version with fewer fields), so every read narrows and tolerates absence
// instead of trusting @octokit/webhooks-types.
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** The object at `key`, or undefined. */
function objectAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return isObject(value) ? value : undefined;
}
/** A non-empty string at `key`, or undefined. */
function stringAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return typeof value === "string" && value !== "" ? value : undefined;
}
function numberAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
function booleanAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return typeof value === "boolean" ? value : undefined;
}
/** An identifier that GitHub sends as a number (or, for node ids and GHSA ids, a string). */
function idAt(source, key) {
    const number = numberAt(source, key);
    return number === undefined ? stringAt(source, key) : String(number);
}
/** `user.login` of the account object at `key` (sender, user, author...). */
function loginAt(source, key) {
    return stringAt(objectAt(source, key), "login");
}
/** The objects of the array at `key`; anything that is not an object is skipped. */
function objectsAt(source, key) {
    if (!isObject(source))
        return [];
    const value = source[key];
    return Array.isArray(value) ? value.filter(isObject) : [];
}
/** Label names of an issue or pull request. */
function labelNames(source) {
    return objectsAt(source, "labels")
        .map((label) => stringAt(label, "name"))
        .filter((name) => name !== undefined);
}
/**
 * A time field as an ISO string in UTC. GitHub mixes ISO strings with offsets
 * (`2019-05-15T08:20:41-07:00` in commit timestamps) and Unix seconds (`repository.pushed_at`
 * in push payloads); both become `2019-05-15T15:20:41.000Z`.
 */
function timeAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    const date = typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime()))
        return undefined;
    return date.toISOString();
}
/** The first line of a commit or PR message, trimmed. */
function firstLine(text) {
    if (text === undefined)
        return undefined;
    return text.split(/\r?\n/, 1)[0]?.trim();
}
/** Drop keys whose value is undefined, so compact payloads stay compact in JSON and schemas. */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}


/***/ }),

/***/ 22853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ upstreamReleaseEventId),
/* harmony export */   T4: () => (/* binding */ idKey),
/* harmony export */   j4: () => (/* binding */ githubEventId),
/* harmony export */   jJ: () => (/* binding */ idTime),
/* harmony export */   xh: () => (/* binding */ deliveryDiscriminator)
/* harmony export */ });
/* unused harmony export encodeIdPart */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24604);

// FlowEvent ids made here look like `github:<type>:<owner>/<repo>:<key>`. They end up in logs,
// file names (hashed by the stores), URLs and summaries, so they stay printable: every value
// taken from a payload (tag, label, cron, event_type...) is percent-encoded except for a small
// set of characters that are safe everywhere. `:` and `@` are always encoded inside values,
// because the id itself uses them as separators.
const SAFE = /[A-Za-z0-9._~/+=,*!()-]/;
/** Percent-encode (UTF-8) every character of `value` outside the safe set. */
function encodeIdPart(value) {
    let out = "";
    for (const char of value) {
        if (SAFE.test(char))
            out += char;
        else
            for (const byte of Buffer.from(char, "utf8"))
                out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
}
/**
 * Tagged template for natural keys: the literal text is the key's structure, every
 * interpolated value is encoded. `idKey\`pr-${number}@${sha}\``.
 */
function idKey(strings, ...values) {
    return strings.reduce((key, literal, index) => {
        const value = index < values.length ? encodeIdPart(String(values[index])) : "";
        return key + literal + value;
    }, "");
}
/** `github:<type>:<owner>/<repo>:<key>`; `key` must already be encoded (built with idKey). */
function githubEventId(parts) {
    return `github:${encodeIdPart(parts.type)}:${encodeIdPart(parts.repo)}:${parts.key}`;
}
/**
 * The id of an upstream release: `github:upstream.release:<owner>/<repo>:<tag>`. A repository
 * dispatch of `upstream.release` and a poller of upstream releases must both use this, so that
 * the same release is the same event whichever way it arrives.
 */
function upstreamReleaseEventId(repo, tag) {
    return githubEventId({ type: "upstream.release", repo, key: idKey `${tag}` });
}
/** A time as ISO 8601 basic format (`20190515T152033Z`): no `:` to encode, still sortable. */
function idTime(iso) {
    return iso.replace(/[-:]/g, "").replace(/\.000Z$/, "Z");
}
/**
 * What tells two deliveries of the same action on the same object apart, best first:
 * 1. a version from the payload (`updated_at`...), the same for every workflow that receives
 *    this delivery and for every re-run;
 * 2. the workflow run id: a re-run keeps GITHUB_RUN_ID (only GITHUB_RUN_ATTEMPT changes), but
 *    two workflows receiving the same delivery get two run ids;
 * 3. a digest of the payload, when called outside Actions with no run id.
 */
function deliveryDiscriminator(options) {
    if (options.version !== undefined)
        return encodeIdPart(options.version);
    if (options.runId !== undefined)
        return idKey `run-${options.runId}`;
    return `sha256-${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDigest */ .X)(options.payload).slice(0, 32)}`;
}


/***/ }),

/***/ 83477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ upstreamReleaseEvent),
/* harmony export */   vQ: () => (/* binding */ passThroughEvent)
/* harmony export */ });
/* unused harmony exports ORIGINS, flowEventFromText, flowEventFromValue */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56835);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(45785);
/* harmony import */ var _id_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(22853);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(47948);




const ORIGINS = {
    eventInput: "the action input `event`",
    dispatchInput: "the workflow_dispatch input `event` (inputs.event)",
    clientPayloadEvent: "the repository_dispatch client_payload.event",
    clientPayload: "the repository_dispatch client_payload",
};
/** The FlowEvent the delivery carries, or undefined when it is an ordinary GitHub event. */
function passThroughEvent(input) {
    const { payload, now } = input;
    if (input.eventInput !== undefined && input.eventInput.trim() !== "") {
        return flowEventFromText(input.eventInput, ORIGINS.eventInput, now);
    }
    if (input.eventName === "workflow_dispatch") {
        const value = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectAt */ .lJ)(payload, "inputs")?.event;
        if (typeof value === "string" && value.trim() !== "")
            return flowEventFromText(value, ORIGINS.dispatchInput, now);
        if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
            return flowEventFromValue(value, ORIGINS.dispatchInput, now);
        return undefined;
    }
    if (input.eventName !== "repository_dispatch")
        return undefined;
    const clientPayload = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectAt */ .lJ)(payload, "client_payload") ?? {};
    const nested = clientPayload.event;
    if (typeof nested === "string")
        return flowEventFromText(nested, ORIGINS.clientPayloadEvent, now);
    if (nested !== undefined)
        return flowEventFromValue(nested, ORIGINS.clientPayloadEvent, now);
    if ("id" in clientPayload && "type" in clientPayload) {
        return flowEventFromValue(clientPayload, ORIGINS.clientPayload, now);
    }
    if (input.action === "upstream.release")
        return upstreamReleaseEvent(clientPayload, now);
    return undefined;
}
/** Parse FlowEvent JSON text; errors say where the text came from and where it breaks. */
function flowEventFromText(text, origin, now) {
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(text);
    if (!parsed.ok) {
        const { message, offset, line, column } = parsed;
        const position = offset !== undefined && line !== undefined && column !== undefined ? { offset, line, column } : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({ origin, problem: `invalid JSON: ${message}`, ...(position ? { position } : {}) });
    }
    return flowEventFromValue(parsed.value, origin, now);
}
/** Check a FlowEvent value; fills receivedAt (now) and payload ({}) when missing. */
function flowEventFromValue(value, origin, now) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({ origin, problem });
    };
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
        return fail(`it is ${describeValue(value)}, not a JSON object`);
    const id = requiredString(value, "id", fail);
    const type = requiredString(value, "type", fail);
    for (const key of ["source", "occurredAt", "receivedAt"]) {
        if (value[key] !== undefined && typeof value[key] !== "string") {
            fail(`"${key}" must be a string when present, but it is ${describeValue(value[key])}`);
        }
    }
    if (value.payload !== undefined && !(0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value.payload)) {
        fail(`"payload" must be an object when present, but it is ${describeValue(value.payload)}`);
    }
    return {
        id,
        type,
        ...(typeof value.source === "string" ? { source: value.source } : {}),
        ...(typeof value.occurredAt === "string" ? { occurredAt: value.occurredAt } : {}),
        receivedAt: typeof value.receivedAt === "string" ? value.receivedAt : now.toISOString(),
        payload: value.payload ?? {},
    };
}
function requiredString(value, key, fail) {
    const item = value[key];
    if (item === undefined)
        return fail(`missing string "${key}"`);
    if (typeof item !== "string")
        return fail(`"${key}" must be a string, but it is ${describeValue(item)}`);
    if (item.trim() === "")
        return fail(`"${key}" is empty`);
    // Ids and types end up in log lines, file names and summaries.
    if (/[\u0000-\u001f\u007f]/.test(item))
        return fail(`"${key}" contains a control character (newline, tab...)`);
    return item;
}
/**
 * repository_dispatch `upstream.release`: the id is the one a poller of upstream releases
 * gives (`github:upstream.release:<owner>/<repo>:<tag>`, the upstream repository, not this
 * one), so the same release runs flows once whichever way it arrives.
 */
function upstreamReleaseEvent(clientPayload, now) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({
            origin: `${ORIGINS.clientPayload} of event_type upstream.release`,
            subject: "upstream release",
            problem,
            expected: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UPSTREAM_RELEASE_SHAPE */ .wj,
        });
    };
    const { repo, tag, provider } = clientPayload;
    if (typeof repo !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(repo)) {
        fail(`"repo" must be a string "owner/repo", but it is ${describeValue(repo)}`);
    }
    if (typeof tag !== "string" || tag.trim() === "")
        fail(`"tag" must be a non-empty string, but it is ${describeValue(tag)}`);
    if (provider !== undefined && provider !== "github") {
        fail(`"provider" is ${describeValue(provider)}; only GitHub upstream releases can be sent this way — send a full FlowEvent in client_payload.event for others`);
    }
    for (const key of ["url", "publishedAt"]) {
        if (clientPayload[key] !== undefined && typeof clientPayload[key] !== "string") {
            fail(`"${key}" must be a string when present, but it is ${describeValue(clientPayload[key])}`);
        }
    }
    const occurredAt = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .timeAt */ .lC)(clientPayload, "publishedAt");
    return {
        id: (0,_id_js__WEBPACK_IMPORTED_MODULE_1__/* .upstreamReleaseEventId */ .SB)(repo, tag),
        type: "upstream.release",
        source: "github",
        ...(occurredAt !== undefined ? { occurredAt } : {}),
        receivedAt: now.toISOString(),
        payload: { provider: "github", ...clientPayload },
    };
}
function describeValue(value) {
    if (value === undefined)
        return "missing";
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "object")
        return "an object";
    const text = JSON.stringify(value);
    return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}


/***/ }),

/***/ 50156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bI: () => (/* binding */ isTable),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   cE: () => (/* binding */ FlowManifestError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);

/** A flow.toml or schema problem, thrown by callers that want to stop at the first error. */
class FlowManifestError extends Error {
    file;
    line;
    column;
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.name = "FlowManifestError";
        this.file = diagnostic.file;
        if (diagnostic.line !== undefined)
            this.line = diagnostic.line;
        if (diagnostic.column !== undefined)
            this.column = diagnostic.column;
        this.diagnostic = diagnostic;
    }
}
/** `path:line:col: error: message`, the shape editors and problem matchers understand. */
function formatDiagnostic(diagnostic, options = {}) {
    let where = diagnostic.file;
    if (options.baseDir !== undefined) {
        where = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(options.baseDir, diagnostic.file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join("/") || diagnostic.file;
    }
    if (diagnostic.line !== undefined) {
        where += `:${diagnostic.line}`;
        if (diagnostic.column !== undefined)
            where += `:${diagnostic.column}`;
    }
    return `${where}: ${diagnostic.severity}: ${diagnostic.message}`;
}
/** The value as a user wrote it, for "found X" halves of messages. */
function describeValue(value) {
    if (typeof value === "string") {
        const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
        return JSON.stringify(shown);
    }
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
        return `${String(value)} (a ${typeof value === "boolean" ? "boolean" : "number"})`;
    }
    if (Array.isArray(value))
        return "an array";
    if (value instanceof Date)
        return "a date";
    if (value === null || value === undefined)
        return "empty";
    if (typeof value === "object") {
        // smol-toml dates are Date subclasses; anything else object-shaped is a TOML table.
        return "a table";
    }
    return typeof value;
}
function isTable(value) {
    return (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date));
}


/***/ }),

/***/ 28001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cE: () => (/* reexport */ diagnostics/* FlowManifestError */.cE),
  nE: () => (/* reexport */ discoverFlows),
  xy: () => (/* reexport */ diagnostics/* formatDiagnostic */.xy),
  Bj: () => (/* reexport */ loadDeferredFlows),
  Q5: () => (/* reexport */ loadFlowManifest),
  J6: () => (/* reexport */ match/* matchSteps */.J),
  y$: () => (/* reexport */ match/* typeMatches */.y),
  _O: () => (/* reexport */ validateFlows)
});

// UNUSED EXPORTS: DEFAULT_FLOW_ROOTS, DEFAULT_TIMEOUT_MS, SchemaRegistry, sharedSchemaRegistry

// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __nccwpck_require__(50156);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/flows/match.js
var match = __nccwpck_require__(40129);
;// CONCATENATED MODULE: ./.build/flows/deferred.js
// Discovery for one event need not parse every flow.toml: a package whose triggers cannot
// match the event is read as text, its name and trigger types picked out by a line scan, and
// parsed only when an event of one of those types arrives (a chained `next` event, say).
// The scan only answers when the text is plain enough to be sure; otherwise the package is
// parsed at once, so a deferred package is never one that could have matched.

const TABLE_HEADER = /^\s*\[/;
const NAME_LINE = /^\s*name\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
const TYPE_KEY = /^\s*type\s*=/;
const TYPE_LINE = /^\s*type\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
// Forms the line scan does not follow: a quoted `type` key, or a key inside an inline table.
const UNFOLLOWED_TYPE = /["']type["']\s*=|[{,]\s*type\s*=/;
/** The package's name and `type` values, or undefined when the text needs a real parse. */
function scanManifest(text) {
    if (UNFOLLOWED_TYPE.test(text) || text.includes('"""') || text.includes("'''"))
        return undefined;
    const lines = text.split(/\r?\n/);
    const names = [];
    const types = [];
    let topLevel = true;
    for (const line of lines) {
        if (TABLE_HEADER.test(line))
            topLevel = false;
        const name = topLevel ? NAME_LINE.exec(line) : null;
        if (name)
            names.push(name[1]);
        if (TYPE_KEY.test(line)) {
            const type = TYPE_LINE.exec(line);
            if (!type)
                return undefined;
            types.push(type[1]);
        }
    }
    return names.length === 1 ? { name: names[0], types } : undefined;
}
function couldMatch(deferred, eventType) {
    return deferred.types.some((type) => (0,match/* typeMatches */.y)(type, eventType));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
;// CONCATENATED MODULE: ./.build/flows/manifest-report.js
/** `["steps", 1, "runner"]` → `steps[1].runner`, the name messages use for a field. */
function fieldName(path) {
    return path
        .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
        .join("");
}
/** Collects the problems of one flow.toml, each placed at the line of the field it is about. */
class ManifestReport {
    file;
    locator;
    problems = [];
    constructor(file, locator) {
        this.file = file;
        this.locator = locator;
    }
    error(path, message) {
        this.add("error", path, message);
    }
    warn(path, message) {
        this.add("warning", path, message);
    }
    line(path) {
        return this.locator.header(path)?.line ?? this.locator.locate(path)?.line;
    }
    get errorCount() {
        return this.problems.filter((problem) => problem.severity === "error").length;
    }
    add(severity, path, message) {
        const position = this.locator.locate(path);
        const problem = { severity, file: this.file, message };
        if (position) {
            problem.line = position.line;
            problem.column = position.column;
        }
        this.problems.push(problem);
    }
}
/** Warns about keys the contract does not define; the old runtime silently ignored them. */
function warnUnknownKeys(report, path, table, known) {
    const where = path.length === 0 ? "at the top level" : `in ${fieldName(path)}`;
    for (const key of Object.keys(table)) {
        if (known.includes(key))
            continue;
        report.warn([...path, key], `unknown key "${key}" ${where} is ignored; expected one of ${known.join(", ")}. ` +
            "Remove it or fix its spelling.");
    }
}

// EXTERNAL MODULE: ./.build/json-text.js
var json_text = __nccwpck_require__(47948);
;// CONCATENATED MODULE: ./.build/flows/manifest-steps.js





const STEP_KEYS = ["name", "runner", "script", "cwd", "timeout_ms", "trigger"];
const TRIGGER_KEYS = ["type", "schema"];
const RUNNERS = ["bun", "code-mode"];
const DEFAULT_TIMEOUT_MS = 300_000;
const ADD_STEP = "Add a [[steps]] section with name, runner and script.";
/** Checks `[[steps]]`; returns the steps only when every one of them is valid. */
function readSteps(report, value, root) {
    if (value === undefined) {
        report.error(["steps"], `steps is missing; expected at least one [[steps]] section. ${ADD_STEP}`);
        return undefined;
    }
    if (!Array.isArray(value)) {
        report.error(["steps"], `steps is ${(0,diagnostics/* describeValue */.bp)(value)}; expected an array of tables. Write each step as a [[steps]] section.`);
        return undefined;
    }
    if (value.length === 0) {
        report.error(["steps"], `steps is empty; expected at least one step. ${ADD_STEP}`);
        return undefined;
    }
    const steps = [];
    const firstIndexByName = new Map();
    for (const [index, entry] of value.entries()) {
        const path = ["steps", index];
        if (!(0,diagnostics/* isTable */.bI)(entry)) {
            report.error(path, `${fieldName(path)} is ${(0,diagnostics/* describeValue */.bp)(entry)}; expected a table. Write each step as a [[steps]] section.`);
            continue;
        }
        const errorsBefore = report.errorCount;
        const step = readStep(report, path, entry, root);
        const name = entry.name;
        if (typeof name === "string" && name.trim() !== "") {
            const first = firstIndexByName.get(name);
            if (first === undefined) {
                firstIndexByName.set(name, index);
            }
            else {
                report.error([...path, "name"], `${fieldName([...path, "name"])} "${name}" is already used by steps[${first}]; ` +
                    "step names must be unique within a flow. Rename one of them.");
            }
        }
        if (step && report.errorCount === errorsBefore)
            steps.push(step);
    }
    return steps.length === value.length ? steps : undefined;
}
function readStep(report, path, table, root) {
    warnUnknownKeys(report, path, table, STEP_KEYS);
    const name = readNonEmptyString(report, [...path, "name"], table.name, 'name = "step-name"');
    const runner = readRunner(report, [...path, "runner"], table.runner);
    const script = readNonEmptyString(report, [...path, "script"], table.script, 'script = "exec/step.ts"');
    const scriptPath = script
        ? readPackagePath(report, [...path, "script"], script, root, "file")
        : undefined;
    let cwdPath = root;
    if (table.cwd !== undefined) {
        const cwd = readNonEmptyString(report, [...path, "cwd"], table.cwd, 'cwd = "."');
        cwdPath = cwd
            ? readPackagePath(report, [...path, "cwd"], cwd, root, "directory")
            : undefined;
    }
    const timeoutMs = readTimeout(report, [...path, "timeout_ms"], table.timeout_ms);
    const trigger = table.trigger === undefined
        ? undefined
        : readTrigger(report, [...path, "trigger"], table.trigger, root);
    if (!name || !runner || !script || !scriptPath || !cwdPath || timeoutMs === undefined) {
        return undefined;
    }
    if (table.trigger !== undefined && !trigger)
        return undefined;
    const step = { name, runner, script, scriptPath, cwdPath, timeoutMs };
    if (trigger)
        step.trigger = trigger;
    // The header line only serves messages, and finding it means scanning the whole manifest
    // (a third of discovery time for 1,000 packages), so it is found on first read.
    Object.defineProperty(step, "line", { enumerable: true, configurable: true, get: () => report.line(path) });
    return step;
}
function readNonEmptyString(report, path, value, example) {
    const field = fieldName(path);
    if (value === undefined) {
        report.error(path, `${field} is missing; expected a non-empty string. Add ${example}.`);
    }
    else if (typeof value !== "string") {
        report.error(path, `${field} is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a non-empty string. Write it in quotes, e.g. ${example}.`);
    }
    else if (value.trim() === "") {
        report.error(path, `${field} is ""; expected a non-empty string, e.g. ${example}.`);
    }
    else {
        return value;
    }
    return undefined;
}
function readRunner(report, path, value) {
    if (typeof value === "string" && RUNNERS.includes(value)) {
        return value;
    }
    const fix = value === undefined ? 'Add runner = "bun" to this step.' : "Change runner to one of those.";
    const found = value === undefined ? "missing" : (0,diagnostics/* describeValue */.bp)(value);
    report.error(path, `${fieldName(path)} is ${found}; expected "bun" or "code-mode". ${fix}`);
    return undefined;
}
function readTimeout(report, path, value) {
    if (value === undefined)
        return DEFAULT_TIMEOUT_MS;
    if (typeof value === "number" && Number.isSafeInteger(value) && value > 0)
        return value;
    const example = typeof value === "string" ? "Write it without quotes" : "Write e.g. timeout_ms = 600000";
    report.error(path, `${fieldName(path)} is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a positive whole number of milliseconds. ` +
        `${example}, or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`);
    return undefined;
}
/** Resolves a package-relative path and checks that it exists with the expected kind. */
function readPackagePath(report, path, relativePath, root, expected) {
    const field = fieldName(path);
    if ((0,external_node_path_.isAbsolute)(relativePath)) {
        report.error(path, `${field} is "${relativePath}", an absolute path; expected a path relative to the package folder. ` +
            "Make it relative so the package works wherever it is installed.");
        return undefined;
    }
    const absolute = (0,external_node_path_.resolve)(root, relativePath);
    const kind = kindOf(absolute);
    if (kind === expected)
        return absolute;
    if (kind === "missing") {
        report.error(path, `${field} "${relativePath}" does not exist (looked for ${absolute}); expected a ${expected}. ` +
            `Create the ${expected} or fix the path (it is relative to the package folder).`);
    }
    else {
        report.error(path, `${field} "${relativePath}" is ${kind === "other" ? "not a regular file or directory" : `a ${kind}`}; ` +
            `expected a ${expected}. Point ${String(path[path.length - 1])} at a ${expected}.`);
    }
    return undefined;
}
function kindOf(path) {
    try {
        const info = (0,external_node_fs_.statSync)(path);
        if (info.isFile())
            return "file";
        return info.isDirectory() ? "directory" : "other";
    }
    catch {
        return "missing";
    }
}
function readTrigger(report, path, value, root) {
    if (!(0,diagnostics/* isTable */.bI)(value)) {
        report.error(path, `${fieldName(path)} is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a table. ` +
            "Write it as a [steps.trigger] section right after its [[steps]] section.");
        return undefined;
    }
    warnUnknownKeys(report, path, value, TRIGGER_KEYS);
    const type = readNonEmptyString(report, [...path, "type"], value.type, 'type = "upstream.release"');
    let schemaPath;
    if (value.schema !== undefined) {
        const schemaField = [...path, "schema"];
        const schema = readNonEmptyString(report, schemaField, value.schema, 'schema = "schemas/event.schema.json"');
        schemaPath = schema
            ? readPackagePath(report, schemaField, schema, root, "file")
            : undefined;
        if (!schemaPath || !(checkSchemaJson(report, schemaPath, schemaField)))
            return undefined;
    }
    if (!type)
        return undefined;
    const trigger = { type };
    if (schemaPath) {
        trigger.schema = value.schema;
        trigger.schemaPath = schemaPath;
    }
    return trigger;
}
/** A schema must at least be JSON at load time; compiling it is left to matching/validate. */
function checkSchemaJson(report, schemaPath, field) {
    const from = `(referenced by ${fieldName(field)} in ${report.file})`;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(schemaPath, "utf8").replace(/^\uFEFF/, "");
    }
    catch (error) {
        const code = error.code ?? String(error);
        report.problems.push({
            severity: "error",
            file: schemaPath,
            message: `schema cannot be read (${code}). Check its permissions ${from}.`,
        });
        return false;
    }
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        const problem = {
            severity: "error",
            file: schemaPath,
            message: `schema is not valid JSON: ${parsed.message}. Fix the JSON syntax ${from}.`,
        };
        report.problems.push(parsed.line === undefined
            ? problem
            : { ...problem, line: parsed.line, column: parsed.column });
        return false;
    }
    if (typeof parsed.value !== "boolean" && !(0,diagnostics/* isTable */.bI)(parsed.value)) {
        report.problems.push({
            severity: "error",
            file: schemaPath,
            line: 1,
            column: 1,
            message: `schema is ${(0,diagnostics/* describeValue */.bp)(parsed.value)}; expected a JSON object (a JSON Schema). ` +
                `Start the file with { and describe the payload ${from}.`,
        });
        return false;
    }
    return true;
}

// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __nccwpck_require__(92797);
;// CONCATENATED MODULE: ./.build/flows/manifest.js







const TOP_LEVEL_KEYS = ["name", "version", "description", "config", "guidance", "steps"];
const GUIDANCE_KEYS = ["skills"];
/**
 * Reads and checks one flow.toml against the flow contract. Never throws for a bad package:
 * every problem comes back as a diagnostic with file, line and column where they are known.
 */
async function loadFlowManifest(manifestPath) {
    const file = (0,external_node_path_.resolve)(manifestPath);
    let text;
    try {
        text = await (0,promises_.readFile)(file, "utf8");
    }
    catch (error) {
        const code = error.code ?? String(error);
        const message = `flow.toml cannot be read (${code}). Check that the file exists and is readable.`;
        return { problems: [{ severity: "error", file, message }] };
    }
    return parseFlowManifest(file, text);
}
/** loadFlowManifest for a manifest already read (discovery reads it to find packages). */
function parseFlowManifest(manifestPath, text) {
    const file = (0,external_node_path_.resolve)(manifestPath);
    const root = (0,external_node_path_.dirname)(file);
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        return { problems: [tomlSyntaxProblem(file, error)] };
    }
    const report = new ManifestReport(file, new toml_locator/* TomlLocator */.v(text));
    warnUnknownKeys(report, [], document, TOP_LEVEL_KEYS);
    const name = readName(report, document.name);
    const version = readVersion(report, document.version);
    const description = readDescription(report, document.description);
    const config = readConfig(report, document.config);
    const guidance = readGuidance(report, document.guidance);
    const steps = readSteps(report, document.steps, root);
    const problems = inLineOrder(report.problems, file);
    if (report.errorCount > 0 || name === undefined || version === undefined || !steps) {
        return { problems };
    }
    const flow = { name, version, root, manifestPath: file, steps };
    if (description !== undefined)
        flow.description = description;
    if (config !== undefined)
        flow.config = config;
    if (guidance !== undefined)
        flow.guidance = guidance;
    return { flow, problems };
}
/** flow.toml problems top to bottom, then problems found in the files it references. */
function inLineOrder(problems, manifest) {
    const rank = (problem) => (problem.file === manifest ? 0 : 1e9) + (problem.line ?? 0);
    return [...problems].sort((a, b) => rank(a) - rank(b));
}
function tomlSyntaxProblem(file, error) {
    if (error instanceof dist/* TomlError */.zx) {
        const reason = (error.message.split("\n")[0] ?? "").replace(/^Invalid TOML document:\s*/, "");
        return {
            severity: "error",
            file,
            line: error.line,
            column: error.column,
            message: `flow.toml is not valid TOML: ${reason}. Fix the syntax at this position.`,
        };
    }
    return { severity: "error", file, message: `flow.toml is not valid TOML: ${String(error)}.` };
}
function readName(report, value) {
    if (value === undefined) {
        report.error(["name"], 'name is missing; expected a non-empty string. Add a line like name = "my-flow" at the top of flow.toml.');
    }
    else if (typeof value !== "string") {
        report.error(["name"], `name is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a non-empty string. Put the name in quotes.`);
    }
    else if (value.trim() === "") {
        report.error(["name"], `name is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a non-empty string. Give the flow a name.`);
    }
    else {
        return value;
    }
    return undefined;
}
function readVersion(report, value) {
    if (value === undefined) {
        report.error(["version"], "version is missing; expected a finite number. Add version = 1 at the top of flow.toml.");
    }
    else if (typeof value !== "number" || !Number.isFinite(value)) {
        const hint = typeof value === "string" ? " Write it without quotes, e.g. version = 1." : "";
        report.error(["version"], `version is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a finite number.${hint || " Use e.g. version = 1."}`);
    }
    else {
        return value;
    }
    return undefined;
}
function readDescription(report, value) {
    if (value === undefined || typeof value === "string")
        return value;
    report.error(["description"], `description is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a string. Put it in quotes or remove it.`);
    return undefined;
}
function readConfig(report, value) {
    if (value === undefined)
        return undefined;
    if ((0,diagnostics/* isTable */.bI)(value))
        return value;
    report.error(["config"], `config is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a table. Write it as a [config] section with key = value lines.`);
    return undefined;
}
function readGuidance(report, value) {
    if (value === undefined)
        return undefined;
    if (!(0,diagnostics/* isTable */.bI)(value)) {
        report.error(["guidance"], `guidance is ${(0,diagnostics/* describeValue */.bp)(value)}; expected a table. Write it as a [guidance] section with skills = ["..."].`);
        return undefined;
    }
    warnUnknownKeys(report, ["guidance"], value, GUIDANCE_KEYS);
    const skills = value.skills;
    if (skills === undefined)
        return { skills: [] };
    if (!Array.isArray(skills)) {
        report.error(["guidance", "skills"], `guidance.skills is ${(0,diagnostics/* describeValue */.bp)(skills)}; expected an array of strings. Write skills = ["skill-name"].`);
        return undefined;
    }
    const bad = skills.findIndex((skill) => typeof skill !== "string");
    if (bad >= 0) {
        report.error(["guidance", "skills"], `guidance.skills[${bad}] is ${(0,diagnostics/* describeValue */.bp)(skills[bad])}; expected a string. Put each skill name in quotes.`);
        return undefined;
    }
    return { skills: skills };
}

;// CONCATENATED MODULE: ./.build/flows/discovery.js




/** Installed copies first, then source packages: the first package with a name wins. */
const DEFAULT_FLOW_ROOTS = [".codex/flows", "flows"];
// Up to this many packages, every manifest is parsed for every event (a few milliseconds), so
// a broken flow.toml is reported on any event, a pull request's checks included. Past it,
// parsing packages that cannot match the event would dominate the action's run time.
const DEFER_ABOVE = 100;
async function discoverFlows(options) {
    const problems = [];
    const folders = [];
    const seenRoots = new Set();
    for (const root of options.roots ?? DEFAULT_FLOW_ROOTS) {
        const absoluteRoot = (0,external_node_path_.resolve)(options.repoRoot, root);
        if (seenRoots.has(absoluteRoot))
            continue;
        seenRoots.add(absoluteRoot);
        folders.push(...(await packageFolders(absoluteRoot, problems)));
    }
    // Reading the manifest doubles as the "is this a package" check: one less stat per folder.
    // Discovery uses synchronous fs calls: it runs before anything else could overlap with it,
    // and for 1,000 small manifests the promise machinery costs several times the reads.
    const loaded = [];
    const deferred = [];
    const lazy = options.eventType !== undefined && folders.length > (options.deferAbove ?? DEFER_ABOVE);
    folders.forEach((folder, order) => {
        const manifestPath = (0,external_node_path_.join)(folder, "flow.toml");
        const text = readManifest(manifestPath);
        if (text === undefined)
            return;
        const scan = !lazy || text === null ? undefined : scanManifest(text);
        if (scan && text !== null && !couldMatch(scan, options.eventType)) {
            deferred.push({ manifestPath, text, order, ...scan });
            return;
        }
        loaded.push({ order, result: text === null ? missingManifest(manifestPath) : parseFlowManifest(manifestPath, text) });
    });
    const discovery = { flows: [], problems, shadowed: [], ...(options.eventType === undefined ? {} : { deferred }) };
    // A deferred package found before a loaded one of the same name would shadow it: load it now.
    const loadedNames = new Set(loaded.map(({ result }) => result.flow?.name));
    const contenders = deferred.filter((item) => loadedNames.has(item.name));
    admit(discovery, [...loaded, ...takeDeferred(discovery, contenders)]);
    return discovery;
}
/**
 * Parse the deferred packages an event of `eventType` could match (with any of the same name,
 * so shadowing stays exact) and add them to the discovery. Returns the flows to match.
 */
function loadDeferredFlows(discovery, eventType) {
    const wanted = (discovery.deferred ?? []).filter((item) => couldMatch(item, eventType));
    if (wanted.length > 0) {
        const names = new Set(wanted.map((item) => item.name));
        admit(discovery, takeDeferred(discovery, (discovery.deferred ?? []).filter((item) => names.has(item.name))));
    }
    return discovery.flows;
}
function takeDeferred(discovery, items) {
    if (items.length === 0)
        return [];
    const taken = new Set(items);
    discovery.deferred = (discovery.deferred ?? []).filter((item) => !taken.has(item));
    return items.map((item) => ({ order: item.order, result: parseFlowManifest(item.manifestPath, item.text) }));
}
const ORDER = new WeakMap();
/** Add parsed packages in discovery order: the first package with a name wins. */
function admit(discovery, results) {
    const keptByName = new Map(discovery.flows.map((flow) => [flow.name, flow]));
    for (const { order, result } of [...results].sort((a, b) => a.order - b.order)) {
        discovery.problems.push(...result.problems);
        const flow = result.flow;
        if (!flow)
            continue;
        ORDER.set(flow, order);
        const kept = keptByName.get(flow.name);
        if (kept) {
            discovery.shadowed.push({ name: flow.name, keptManifest: kept.manifestPath, shadowedManifest: flow.manifestPath });
            discovery.problems.push({
                severity: "warning",
                file: flow.manifestPath,
                message: `flow "${flow.name}" is also defined by ${kept.manifestPath}, which was found first, ` +
                    `so ${flow.manifestPath} is ignored. Rename one of them or remove the stale copy.`,
            });
            continue;
        }
        keptByName.set(flow.name, flow);
        discovery.flows.push(flow);
    }
    discovery.flows.sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
/** Direct child folders of a root, sorted: the places a flow.toml may be. Missing root: none. */
async function packageFolders(root, problems) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code !== "ENOENT") {
            problems.push({
                severity: "warning",
                file: root,
                message: `flow root cannot be read (${code ?? String(error)}); no flows were loaded from it. ` +
                    "Check that it is a readable folder.",
            });
        }
        return [];
    }
    // Plain code-unit order, like the old runtime's Array#sort: stable across locales.
    const names = entries.filter((entry) => !entry.isFile()).map((entry) => entry.name);
    return names.sort().map((name) => (0,external_node_path_.join)(root, name));
}
/** The manifest's text; undefined when the folder holds none (it is not a package); null when unreadable. */
function readManifest(manifestPath) {
    try {
        return (0,external_node_fs_.readFileSync)(manifestPath, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR")
            return undefined;
        return null;
    }
}
function missingManifest(manifestPath) {
    return {
        problems: [
            { severity: "error", file: manifestPath, message: "flow.toml cannot be read. Check that the file exists and is readable." },
        ],
    };
}

// EXTERNAL MODULE: ./.build/flows/schemas.js + 2 modules
var schemas = __nccwpck_require__(63089);
;// CONCATENATED MODULE: ./.build/flows/validate.js


/**
 * Discovery plus a compile of every trigger schema (for `flows validate`): schema problems that
 * matching would only meet when an event arrives are reported now. Flows whose schema does not
 * compile stay in `flows`; their steps will not match (reason "schema") until it is fixed.
 */
async function validateFlows(options) {
    const discovered = await discoverFlows(options);
    const registry = options.schemas ?? new schemas/* SchemaRegistry */.tI();
    const problems = [...discovered.problems];
    const seen = new Set();
    for (const flow of discovered.flows) {
        for (const step of flow.steps) {
            const schemaPath = step.trigger?.schemaPath;
            if (!schemaPath || seen.has(schemaPath))
                continue;
            seen.add(schemaPath);
            const compiled = await registry.compile(schemaPath);
            problems.push(...compiled.warnings);
            if (!compiled.ok)
                problems.push(compiled.diagnostic);
        }
    }
    return { flows: discovered.flows, problems, shadowed: discovered.shadowed };
}

;// CONCATENATED MODULE: ./.build/flows/index.js









/***/ }),

/***/ 40129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ matchSteps),
/* harmony export */   y: () => (/* binding */ typeMatches)
/* harmony export */ });
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63089);

const patterns = new Map();
/**
 * Whether a trigger type accepts an event type. `*` matches any run of characters (an
 * extension: `pull_request.*`, `*`); every other character, `.` included, matches itself.
 */
function typeMatches(pattern, type) {
    if (!pattern.includes("*"))
        return pattern === type;
    let regex = patterns.get(pattern);
    if (!regex) {
        const source = pattern
            .split("*")
            .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
            .join(".*");
        regex = new RegExp(`^${source}$`, "s");
        patterns.set(pattern, regex);
    }
    return regex.test(type);
}
/**
 * The steps an event triggers: flows in the given (discovery) order, steps in manifest order.
 * Types are compared first; schemas are compiled only for steps whose type matched, so an event
 * nobody listens to never loads ajv.
 */
async function matchSteps(flows, event, options = {}) {
    const outcomes = [];
    const typeMatched = [];
    for (const flow of flows) {
        for (const step of flow.steps) {
            const trigger = step.trigger;
            if (!trigger) {
                const message = `step "${step.name}" has no [steps.trigger], so no event runs it`;
                outcomes.push({ mismatch: { flow, step, reason: "no-trigger", message } });
            }
            else if (!typeMatches(trigger.type, event.type)) {
                const message = `trigger type "${trigger.type}" does not match event type "${event.type}"`;
                outcomes.push({ mismatch: { flow, step, reason: "type", message } });
            }
            else {
                typeMatched.push({ ref: { flow, step }, at: outcomes.length });
                outcomes.push({ matched: { flow, step } });
            }
        }
    }
    const needsSchema = typeMatched.filter(({ ref }) => ref.step.trigger?.schemaPath !== undefined);
    if (needsSchema.length > 0) {
        const registry = options.schemas ?? (0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedSchemaRegistry */ .c5)();
        const payload = event.payload ?? {};
        for (const { ref, at } of needsSchema) {
            const trigger = ref.step.trigger;
            const compiled = await registry.compile(trigger.schemaPath);
            const shown = trigger.schema ?? trigger.schemaPath;
            if (!compiled.ok) {
                const message = `schema ${shown} cannot be used: ${compiled.diagnostic.message}`;
                outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
                continue;
            }
            const check = compiled.check(payload);
            if (!check.ok) {
                const message = `payload does not match ${shown}: ${check.message}`;
                outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
            }
        }
    }
    const result = { matched: [], mismatches: [] };
    for (const outcome of outcomes) {
        if ("matched" in outcome)
            result.matched.push(outcome.matched);
        else
            result.mismatches.push(outcome.mismatch);
    }
    return result;
}


/***/ }),

/***/ 63089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tI: () => (/* binding */ SchemaRegistry),
  c5: () => (/* binding */ sharedSchemaRegistry)
});

// UNUSED EXPORTS: isAjvLoaded

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __nccwpck_require__(50156);
// EXTERNAL MODULE: ./.build/json-text.js
var json_text = __nccwpck_require__(47948);
;// CONCATENATED MODULE: ./.build/flows/schema-errors.js


/** Error lists from `allErrors` can be long (every branch of an anyOf); show the first few. */
const MAX_SHOWN_ERRORS = 5;
/** ajv errors as sentences about the payload: `payload/repo must be equal to ...: "a", "b"`. */
function describePayloadErrors(errors) {
    return describeErrors(errors ?? [], "payload");
}
/** ajv meta-schema errors as sentences about the schema: `/properties/repo/type must be ...`. */
function describeSchemaErrors(errors) {
    return describeErrors(errors ?? [], "");
}
function describeErrors(errors, subject) {
    const sentences = [...new Set(errors.map((error) => describeError(error, subject)))];
    if (sentences.length === 0)
        return `${subject || "value"} is invalid`;
    const shown = sentences.slice(0, MAX_SHOWN_ERRORS).join("; ");
    const rest = sentences.length - MAX_SHOWN_ERRORS;
    return rest > 0 ? `${shown}; and ${rest} more` : shown;
}
function describeError(error, subject) {
    const where = `${subject}${error.instancePath}` || "schema";
    const params = error.params;
    let sentence = `${where} ${error.message ?? "is invalid"}`;
    if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
        sentence += `: ${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
    }
    else if (error.keyword === "const") {
        sentence += `: ${JSON.stringify(params.allowedValue)}`;
    }
    else if (error.keyword === "additionalProperties") {
        sentence += `: ${JSON.stringify(params.additionalProperty)}`;
    }
    else if (error.keyword === "unevaluatedProperties") {
        sentence += `: ${JSON.stringify(params.unevaluatedProperty)}`;
    }
    return sentence;
}
/** Where a JSON Pointer sits in the schema text (the member's key), if it can be found. */
function positionOfPointer(text, pointer) {
    const scan = (0,json_text/* scanJson */.Ey)(text);
    if (!scan.ok)
        return undefined;
    for (let current = pointer;; current = current.slice(0, current.lastIndexOf("/"))) {
        const offset = scan.positions.get(current);
        if (offset !== undefined)
            return (0,json_text/* lineColumnAt */.IX)(text, offset);
        if (current === "")
            return undefined;
    }
}
/** The line of the first `"$ref": "..."` whose value satisfies `matches`. */
function positionOfRef(text, matches) {
    const pattern = /"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
        if (matches(found[1] ?? ""))
            return (0,json_text/* lineColumnAt */.IX)(text, found.index);
    }
    return undefined;
}
/** A `file:` URI as a path, anything else unchanged: for messages. */
function displayUri(uri) {
    if (!uri.startsWith("file:"))
        return uri;
    const hash = uri.indexOf("#");
    const path = (0,external_node_url_.fileURLToPath)(hash < 0 ? uri : uri.slice(0, hash));
    return hash < 0 ? path : `${path}${uri.slice(hash)}`;
}
function schemaDiagnostic(file, message, position, severity = "error") {
    const diagnostic = { severity, file, message };
    if (position) {
        diagnostic.line = position.line;
        diagnostic.column = position.column;
    }
    return diagnostic;
}
/** A compile error from ajv, most often a `$ref` that points at nothing. */
function refProblem(path, text, error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = error.missingRef ??
        /but (\S+) cannot be resolved/.exec(message)?.[1];
    if (typeof missing === "string") {
        const fragment = missing.includes("#") ? missing.slice(missing.indexOf("#")) : "";
        const at = positionOfRef(text, (ref) => fragment !== "" && ref.endsWith(fragment));
        return schemaDiagnostic(path, `$ref to ${displayUri(missing)} cannot be resolved: nothing is defined there. ` +
            "Fix the $ref or add the definition it points to.", at);
    }
    return schemaDiagnostic(path, `schema cannot be compiled: ${message}. Fix the schema.`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./.build/flows/schema-files.js





/** A problem in a schema file or its `$ref`s, thrown through ajv and caught by the registry. */
class SchemaFileProblem extends Error {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
async function readSchemaFile(path, referencedBy) {
    const from = referencedBy ? ` (referenced by a $ref in ${referencedBy})` : "";
    let text;
    try {
        text = (await (0,promises_.readFile)(path, "utf8")).replace(/^\uFEFF/, "");
    }
    catch (error) {
        const code = error.code;
        const what = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`;
        throw new SchemaFileProblem(schemaDiagnostic(referencedBy ?? path, `schema file ${path} ${what}${from}. Create it or fix the reference.`));
    }
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        const position = parsed.line === undefined ? undefined : { line: parsed.line, column: parsed.column ?? 1 };
        throw new SchemaFileProblem(schemaDiagnostic(path, `schema is not valid JSON: ${parsed.message}${from}. Fix the JSON syntax.`, position));
    }
    return { text, value: parsed.value };
}
function fileForUri(uri, rootPath, declaredId) {
    const target = new URL(uri);
    if (target.protocol === "file:")
        return (0,external_node_url_.fileURLToPath)(target);
    if (!declaredId)
        return undefined;
    const base = new URL(declaredId);
    if (base.origin !== target.origin)
        return undefined;
    const relativePath = external_node_path_.posix.relative(external_node_path_.posix.dirname(base.pathname), target.pathname);
    return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(rootPath), relativePath);
}
async function safeRead(path) {
    try {
        return await (0,promises_.readFile)(path, "utf8");
    }
    catch {
        return "";
    }
}

;// CONCATENATED MODULE: ./.build/flows/schemas.js





const DRAFTS = {
    "http://json-schema.org/draft-07/schema": "draft-07",
    "https://json-schema.org/draft-07/schema": "draft-07",
    "https://json-schema.org/draft/2019-09/schema": "2019-09",
    "https://json-schema.org/draft/2020-12/schema": "2020-12",
};
function draftOf(schemaUri) {
    return DRAFTS[schemaUri.replace(/#$/, "")];
}
// ajv is imported on first use only: a dispatch whose event matches no trigger type must not pay
// for loading it (a cold-start target for the action).
let ajvLoaded = false;
const constructors = new Map();
async function importAjv(draft) {
    let pending = constructors.get(draft);
    if (!pending) {
        pending = (async () => {
            ajvLoaded = true;
            if (draft === "2020-12")
                return commonJsExport(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 52210, 19)), "Ajv2020");
            if (draft === "2019-09")
                return commonJsExport(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(878)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 60878, 19)), "Ajv2019");
            return commonJsExport(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 42463, 19)), "Ajv");
        })();
        constructors.set(draft, pending);
    }
    return pending;
}
/**
 * A CommonJS module's export as `import()` shows it. Node exposes named exports next to
 * `default`; the ncc bundle exposes only `default` (the module.exports value), so read both.
 */
function commonJsExport(namespace, name) {
    const module = namespace;
    const value = module[name] ?? module.default?.[name] ?? module.default;
    if (typeof value !== "function")
        throw new Error(`ajv did not load: no ${name} export`);
    return value;
}
/** True once any SchemaRegistry in this process has loaded ajv. */
function isAjvLoaded() {
    return ajvLoaded;
}
/**
 * Compiles flow trigger schemas with ajv, once per file per registry (cache by absolute path).
 * Draft-07 by default, 2019-09/2020-12 by `$schema`; `$ref`s to sibling files are read from disk
 * relative to the referring file. Never throws: a bad schema is a CompiledSchema with ok=false.
 */
class SchemaRegistry {
    compiled = new Map();
    instances = new Map();
    queue = Promise.resolve();
    /** The file being compiled: compiles run one at a time so ajv's logger and loader know it. */
    current;
    /** Number of distinct schema files this registry has compiled or tried to compile. */
    get compiledCount() {
        return this.compiled.size;
    }
    compile(schemaPath) {
        const path = (0,external_node_path_.resolve)(schemaPath);
        let entry = this.compiled.get(path);
        if (!entry) {
            const task = () => this.compileNow(path);
            const run = this.queue.then(task, task);
            this.queue = run;
            entry = run;
            this.compiled.set(path, entry);
        }
        return entry;
    }
    async compileNow(path) {
        const warnings = [];
        try {
            const file = await readSchemaFile(path);
            const schema = file.value;
            if (typeof schema === "boolean") {
                const validate = (await this.instance("draft-07")).compile(schema);
                return { ok: true, schemaPath: path, check: checker(validate), warnings };
            }
            if (!(0,diagnostics/* isTable */.bI)(schema)) {
                const message = `schema is ${(0,diagnostics/* describeValue */.bp)(schema)}; expected a JSON object (a JSON Schema). Start the file with {.`;
                return this.failed(path, schemaDiagnostic(path, message, { line: 1, column: 1 }), warnings);
            }
            const declared = typeof schema.$schema === "string" ? schema.$schema : undefined;
            let draft = declared === undefined ? "draft-07" : draftOf(declared);
            if (!draft) {
                warnings.push(schemaDiagnostic(path, `$schema "${declared}" is not supported, so the schema is checked as draft-07. ` +
                    'Set $schema to "http://json-schema.org/draft-07/schema#" or ' +
                    '"https://json-schema.org/draft/2020-12/schema".', positionOfPointer(file.text, "/$schema"), "warning"));
                draft = "draft-07";
                delete schema.$schema;
            }
            return await this.compileObject(path, file.text, schema, draft, warnings);
        }
        catch (error) {
            if (error instanceof SchemaFileProblem)
                return this.failed(path, error.diagnostic, warnings);
            const message = `schema cannot be compiled: ${error.message ?? String(error)}`;
            return this.failed(path, schemaDiagnostic(path, message), warnings);
        }
    }
    async compileObject(path, text, schema, draft, warnings) {
        const declaredId = typeof schema.$id === "string" ? schema.$id : undefined;
        const id = declaredId ?? (0,external_node_url_.pathToFileURL)(path).href;
        schema.$id = id;
        let ajv = await this.instance(draft);
        // Two packages may ship copies of one schema with the same $id; ajv refuses a second
        // schema under a known id, so such a copy gets an instance of its own.
        const key = id.replace(/#$/, "");
        if (ajv.schemas[key] || ajv.refs[key])
            ajv = await this.createInstance(draft);
        if (!ajv.validateSchema(schema)) {
            const first = ajv.errors?.[0];
            const message = `schema is invalid: ${describeSchemaErrors(ajv.errors)}. Fix it to follow JSON Schema ${draft}.`;
            return this.failed(path, schemaDiagnostic(path, message, positionOfPointer(text, first?.instancePath ?? "")), warnings);
        }
        this.current = { path, logged: [], ...(declaredId ? { declaredId } : {}) };
        try {
            const validate = await ajv.compileAsync(schema);
            for (const message of new Set(this.current.logged)) {
                warnings.push(loggedWarning(path, text, message));
            }
            return { ok: true, schemaPath: path, check: checker(validate), warnings };
        }
        catch (error) {
            try {
                ajv.removeSchema(key);
            }
            catch {
                // Nothing was registered under the id; there is nothing to undo.
            }
            if (error instanceof SchemaFileProblem)
                return this.failed(path, error.diagnostic, warnings);
            return this.failed(path, refProblem(path, text, error), warnings);
        }
        finally {
            this.current = undefined;
        }
    }
    failed(path, diagnostic, warnings) {
        return { ok: false, schemaPath: path, diagnostic, warnings };
    }
    instance(draft) {
        let pending = this.instances.get(draft);
        if (!pending) {
            pending = this.createInstance(draft);
            this.instances.set(draft, pending);
        }
        return pending;
    }
    async createInstance(draft) {
        const [Ajv, formats] = await Promise.all([importAjv(draft), Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 82815, 19))]);
        const logger = {
            log: () => undefined,
            warn: (...args) => this.current?.logged.push(args.map(String).join(" ")),
            error: (...args) => this.current?.logged.push(args.map(String).join(" ")),
        };
        // strict: false because existing packages may carry keywords the old runtime ignored.
        const ajv = new Ajv({
            strict: false,
            allErrors: true,
            logger,
            loadSchema: (uri) => this.loadReferenced(uri, draft),
        });
        commonJsExport(formats, "default")(ajv);
        return ajv;
    }
    /** ajv's loader for `$ref`s to other files: read them from disk, never from the network. */
    async loadReferenced(uri, draft) {
        const current = this.current;
        const referrer = current?.path ?? "the schema";
        const file = current ? fileForUri(uri, current.path, current.declaredId) : undefined;
        if (!file) {
            throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref to ${uri} cannot be followed: only files next to the schema are loaded, never URLs. ` +
                "Copy that schema into the package and refer to it by a relative path.", current
                ? positionOfRef(await safeRead(current.path), (ref) => uri.endsWith(ref.split("#")[0] ?? "\0"))
                : undefined));
        }
        let loaded;
        try {
            loaded = await readSchemaFile(file, referrer);
        }
        catch (error) {
            if (error instanceof SchemaFileProblem && current && error.diagnostic.file === referrer) {
                const text = await safeRead(current.path);
                const at = positionOfRef(text, (ref) => ref.split("#")[0] !== "" && (0,external_node_path_.basename)(ref.split("#")[0] ?? "") === (0,external_node_path_.basename)(file));
                throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref points to ${file}, which does not exist. Create that file or fix the $ref (it is relative to ${(0,external_node_path_.dirname)(referrer)}).`, at));
            }
            throw error;
        }
        if (!(0,diagnostics/* isTable */.bI)(loaded.value)) {
            throw new SchemaFileProblem(schemaDiagnostic(file, `schema is ${(0,diagnostics/* describeValue */.bp)(loaded.value)}; expected a JSON object (referenced by a $ref in ${referrer}).`, { line: 1, column: 1 }));
        }
        const schema = loaded.value;
        // A referenced file is checked with the referring schema's draft.
        if (typeof schema.$schema === "string" && draftOf(schema.$schema) !== draft)
            delete schema.$schema;
        if (typeof schema.$id !== "string")
            schema.$id = (0,external_node_url_.pathToFileURL)(file).href;
        return schema;
    }
}
/** ajv's log lines (chiefly unknown formats) as warnings at the keyword they are about. */
function loggedWarning(path, text, logged) {
    const at = /at path "#([^"]*)"/.exec(logged)?.[1];
    const format = /unknown format "([^"]*)"/.exec(logged)?.[1];
    if (format === undefined)
        return schemaDiagnostic(path, logged, undefined, "warning");
    const pointer = at === undefined ? undefined : `${at}/format`;
    return schemaDiagnostic(path, `${logged}; payloads are not checked against it. ` +
        "Use a format ajv-formats knows (date-time, uri, email, ...) or remove it.", pointer === undefined ? undefined : positionOfPointer(text, pointer), "warning");
}
function checker(validate) {
    return (payload) => validate(payload)
        ? { ok: true }
        : { ok: false, message: describePayloadErrors(validate.errors) };
}
let shared;
/** The process-wide registry matchSteps uses when none is passed. */
function sharedSchemaRegistry() {
    shared ??= new SchemaRegistry();
    return shared;
}


/***/ }),

/***/ 92797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ TomlLocator)
/* harmony export */ });
// smol-toml returns plain values without source positions, so messages about a field find the
// field again in the text: the line of `key =` inside the right `[table]` or n-th `[[array]]`.
// This is a line scanner, not a parser: it only runs on text smol-toml already accepted.
const BARE_KEY = /^[A-Za-z0-9_-]+/;
function pathKey(path) {
    return path.map((part) => (typeof part === "number" ? `#${part}` : `.${part}`)).join("");
}
/** Splits `a."b.c".d` into its segments; undefined when the text is not a key. */
function readKey(text) {
    const segments = [];
    let i = 0;
    for (;;) {
        while (text[i] === " " || text[i] === "\t")
            i++;
        const quote = text[i];
        if (quote === '"' || quote === "'") {
            const end = text.indexOf(quote, i + 1);
            if (end < 0)
                return undefined;
            const raw = text.slice(i + 1, end);
            segments.push(quote === '"' ? safeJsonString(raw) : raw);
            i = end + 1;
        }
        else {
            const bare = BARE_KEY.exec(text.slice(i));
            if (!bare)
                return undefined;
            segments.push(bare[0]);
            i += bare[0].length;
        }
        while (text[i] === " " || text[i] === "\t")
            i++;
        if (text[i] !== ".")
            return { segments, length: i };
        i++;
    }
}
function safeJsonString(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}
/** Removes a trailing comment and counts brackets outside strings. */
function scanValue(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "#")
            break;
        if (ch === '"' || ch === "'") {
            const triple = text.startsWith(ch.repeat(3), i);
            if (triple) {
                const close = text.indexOf(ch.repeat(3), i + 3);
                if (close < 0)
                    return { depth, opensMultiline: ch.repeat(3) };
                i = close + 2;
                continue;
            }
            let j = i + 1;
            while (j < text.length && text[j] !== ch)
                j += ch === '"' && text[j] === "\\" ? 2 : 1;
            i = j;
            continue;
        }
        if (ch === "[" || ch === "{")
            depth++;
        if (ch === "]" || ch === "}")
            depth--;
    }
    return { depth };
}
class TomlLocator {
    text;
    keys = new Map();
    tables = new Map();
    scanned = false;
    // The text is scanned on the first question: most manifests are asked only for step lines.
    constructor(text) {
        this.text = text;
    }
    /** Where `path` is written, else the nearest enclosing key or table header, else undefined. */
    locate(path) {
        this.ensureScanned();
        for (let length = path.length; length > 0; length--) {
            const key = pathKey(path.slice(0, length));
            const found = this.keys.get(key) ?? this.tables.get(key);
            if (found)
                return found;
        }
        return undefined;
    }
    /** The `[table]` or `[[array]]` header line for exactly this path. */
    header(path) {
        this.ensureScanned();
        return this.tables.get(pathKey(path));
    }
    ensureScanned() {
        if (this.scanned)
            return;
        this.scanned = true;
        this.scan(this.text.split(/\r?\n/));
    }
    scan(lines) {
        const arrayCounts = new Map();
        let context = [];
        let multiline;
        let depth = 0;
        lines.forEach((text, index) => {
            const line = index + 1;
            if (multiline) {
                const close = text.indexOf(multiline);
                if (close < 0)
                    return;
                text = " ".repeat(close + 3) + text.slice(close + 3);
                multiline = undefined;
            }
            if (depth > 0) {
                const scanned = scanValue(text);
                depth += scanned.depth;
                multiline = scanned.opensMultiline;
                return;
            }
            const header = /^(\s*)(\[\[?)(.*)$/.exec(text);
            if (header) {
                const isArray = header[2] === "[[";
                const key = readKey(header[3] ?? "");
                if (!key)
                    return;
                const resolved = [];
                key.segments.forEach((segment, i) => {
                    resolved.push(segment);
                    const count = arrayCounts.get(pathKey(resolved));
                    const last = i === key.segments.length - 1;
                    if (last && isArray) {
                        if (!this.tables.has(pathKey(resolved)))
                            this.remember(this.tables, resolved, line, 1);
                        const next = (count ?? 0) + 1;
                        arrayCounts.set(pathKey(resolved), next);
                        resolved.push(next - 1);
                    }
                    else if (count !== undefined) {
                        resolved.push(count - 1);
                    }
                });
                this.remember(this.tables, resolved, line, (header[1]?.length ?? 0) + 1);
                context = resolved;
                return;
            }
            const key = readKey(text);
            if (!key || text[key.length] !== "=")
                return;
            const column = (/^\s*/.exec(text)?.[0].length ?? 0) + 1;
            for (let i = 1; i <= key.segments.length; i++) {
                this.remember(this.keys, [...context, ...key.segments.slice(0, i)], line, column);
            }
            const scanned = scanValue(text.slice(key.length + 1));
            depth = Math.max(0, scanned.depth);
            multiline = scanned.opensMultiline;
        });
    }
    remember(map, path, line, column) {
        const key = pathKey(path);
        if (!map.has(key))
            map.set(key, { line, column });
    }
}


/***/ }),

/***/ 75244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);

// node:crypto costs a few milliseconds to load, more than the whole budget an event that
// matches no flow may spend; the hashes below are needed only once something matched or is
// stored, so crypto loads on the first hash rather than at startup.
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let crypto;
/** Hex sha256 of a UTF-8 string. */
function sha256Hex(text) {
    crypto ??= requireBuiltin("node:crypto");
    return crypto.createHash("sha256").update(text).digest("hex");
}


/***/ }),

/***/ 47948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
// JSON.parse on Node 20 does not always say where it failed, and never says where a valid
// value sits. This small scanner answers both: the offset of a syntax error, and the offset of
// each member/element by JSON Pointer (so schema problems can point at a line). Used for flow
// schemas, GitHub event files, the `event` input and CLI event files alike.
class JsonSyntaxError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
function escapePointer(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function scanJson(text) {
    const positions = new Map();
    let i = 0;
    const fail = (message) => {
        throw new JsonSyntaxError(i, message);
    };
    const found = () => (i >= text.length ? "the end of the text" : JSON.stringify(text[i]));
    const skipSpace = () => {
        while (i < text.length && " \t\r\n".includes(text[i] ?? ""))
            i++;
    };
    const expect = (ch) => {
        skipSpace();
        if (text[i] !== ch)
            fail(`expected "${ch}" but found ${found()}`);
        i++;
    };
    const readString = () => {
        if (text[i] !== '"')
            fail(`expected a double-quoted string but found ${found()}`);
        const start = i;
        i++;
        while (text[i] !== '"') {
            if (i >= text.length)
                throw new JsonSyntaxError(start, "this string is never closed");
            if (text.charCodeAt(i) < 0x20)
                fail("a raw control character inside a string (escape it, e.g. \\n)");
            if (text[i] === "\\") {
                const sequence = text.slice(i + 1, i + 6);
                if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(sequence))
                    fail("an invalid escape sequence");
                i += sequence[0] === "u" ? 6 : 2;
            }
            else
                i++;
        }
        i++;
        return JSON.parse(text.slice(start, i));
    };
    const readValue = (pointer) => {
        skipSpace();
        if (!positions.has(pointer))
            positions.set(pointer, i);
        const ch = text[i];
        if (ch === "{") {
            i++;
            skipSpace();
            if (text[i] === "}") {
                i++;
                return;
            }
            for (;;) {
                skipSpace();
                const keyAt = i;
                const key = readString();
                const memberPointer = `${pointer}/${escapePointer(key)}`;
                positions.set(memberPointer, keyAt);
                expect(":");
                readValue(memberPointer);
                positions.set(memberPointer, keyAt);
                skipSpace();
                if (text[i] === ",") {
                    i++;
                    continue;
                }
                if (text[i] === "}") {
                    i++;
                    return;
                }
                fail(`expected "," or "}" but found ${found()}`);
            }
        }
        if (ch === "[") {
            i++;
            skipSpace();
            if (text[i] === "]") {
                i++;
                return;
            }
            for (let index = 0;; index++) {
                readValue(`${pointer}/${index}`);
                skipSpace();
                if (text[i] === ",") {
                    i++;
                    continue;
                }
                if (text[i] === "]") {
                    i++;
                    return;
                }
                fail(`expected "," or "]" but found ${found()}`);
            }
        }
        if (ch === '"') {
            readString();
            return;
        }
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (!literal)
            fail(`expected a value (object, array, string, number, true, false or null) but found ${found()}`);
        i += literal?.[0].length ?? 0;
    };
    try {
        readValue("");
        skipSpace();
        if (i < text.length)
            fail(`expected the end of the text after the JSON value but found ${found()}`);
        return { ok: true, positions };
    }
    catch (error) {
        if (error instanceof JsonSyntaxError) {
            return { ok: false, offset: error.offset, message: error.message };
        }
        throw error;
    }
}
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === "\n") {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** JSON.parse with a line and column on failure. */
function parseJsonText(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const scan = scanJson(text);
        if (scan.ok)
            return { ok: false, message: error.message };
        // "Unexpected end" is clearer at the last character written than on an empty last line.
        const offset = Math.min(scan.offset, text.trimEnd().length);
        return { ok: false, message: scan.message, offset, ...lineColumnAt(text, offset) };
    }
}


/***/ }),

/***/ 54348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   zP: () => (/* binding */ cutToBytes)
/* harmony export */ });
// Text from FLOW_RESULT and step output is untrusted: it must not inject HTML, ping people
// or teams, or break the table / code block it sits in.
const ZERO_WIDTH_SPACE = "\u200b";
/** Escape text for one markdown table cell or inline sentence. */
function inlineText(text, maxChars = 300) {
    const oneLine = text.replace(/\r?\n/g, " ").trim();
    const cut = oneLine.length > maxChars ? `${oneLine.slice(0, maxChars - 1)}…` : oneLine;
    // Markdown escapes first: the entities added after them contain `#`.
    return cut
        .replace(/([\\`*_[\]#~])/g, "\\$1")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/\|/g, "&#124;")
        .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
/** A fenced code block that its content cannot close early, whatever backticks it holds. */
function codeBlock(content, language = "") {
    const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${content.replace(/\n$/, "")}\n${fence}`;
}
/** Inline code that its content cannot break out of. */
function inlineCode(text) {
    const oneLine = text.replace(/\r?\n/g, " ");
    const longestRun = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = "`".repeat(longestRun + 1);
    const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
    return `${ticks}${pad}${oneLine.replace(/\|/g, "\\|")}${pad}${ticks}`;
}
/** Text for an HTML `<summary>` element (markdown is not rendered there). */
function htmlText(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
/** Cut a string to a byte budget at a character boundary, saying what was cut. */
function cutToBytes(text, maxBytes, note) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes <= maxBytes)
        return text;
    const reserve = Buffer.byteLength(note(bytes), "utf8") + 16;
    let keep = Buffer.from(text, "utf8").subarray(0, Math.max(0, maxBytes - reserve)).toString("utf8");
    keep = keep.replace(/\uFFFD$/, "");
    return `${keep}\n${note(bytes - Buffer.byteLength(keep, "utf8"))}`;
}


/***/ }),

/***/ 18657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ CHECKS_MODES),
/* harmony export */   Ln: () => (/* binding */ HANDOVER_MODES),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   qe: () => (/* binding */ handoverAction)
/* harmony export */ });
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45785);

const CHECKS_MODES = ["per-step", "per-event", "off"];
const COMMENT_MODES = ["on-pr", "always", "on-failure", "off"];
const HANDOVER_MODES = ["auto", "upload", "publish", "off"];
/**
 * What this job does about handovers. `auto` uploads for a pull request from a fork (its token
 * is read-only, so check runs and the comment are left to the workflow_run job) and otherwise
 * reports directly; publishing is always asked for explicitly.
 */
function handoverAction(mode, event) {
    if (mode === "upload" || mode === "publish")
        return mode;
    if (mode === "off")
        return "none";
    // pull_request_target runs with the base repository's token: it can write itself.
    const kind = event.type.split(".")[0];
    const pull = kind === "pull_request" ? event.payload : kind?.startsWith("pull_request_review") ? (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(event.payload, "pullRequest") : undefined;
    return (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanAt */ .CR)(pull, "fork") === true ? "upload" : "none";
}


/***/ }),

/***/ 7787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   xA: () => (/* binding */ runMessage)
/* harmony export */ });
const SYMBOLS = {
    completed: "✅",
    changed: "✅",
    skipped: "⏭️",
    needs_intervention: "✋",
    blocked: "⛔",
    failed: "❌",
    queued: "⏳",
    running: "⏳",
    canceled: "🚫",
};
/** A run's status as people read it: symbol, word, and what made it so. */
function statusLabel(run) {
    const symbol = run.timedOut ? "⏱️" : SYMBOLS[run.effectiveStatus];
    const word = run.timedOut ? "timed out" : run.effectiveStatus.replace("_", " ");
    const notes = [run.alreadyHandled ? "already handled" : "", run.replay ? "replay" : ""].filter(Boolean);
    return `${symbol} ${word}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}
function formatDuration(ms) {
    if (ms === undefined)
        return "–";
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** The sentence that explains a run: FLOW_RESULT message, else the failure reason. */
function runMessage(run) {
    const message = run.resultPayload?.message;
    if (typeof message === "string" && message)
        return message;
    return run.error?.split("\n")[0] ?? "";
}


/***/ }),

/***/ 54681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Ul: () => (/* binding */ allProblems)
/* harmony export */ });
/* unused harmony export JOB_SUMMARY_LIMIT_BYTES */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(54348);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7787);


// GitHub rejects a job summary over 1 MiB per step:
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SUMMARY_BUDGET_BYTES = JOB_SUMMARY_LIMIT_BYTES - 24 * 1024;
const RESULT_DETAIL_BYTES = 8 * 1024;
const OUTPUT_DETAIL_BYTES = 16 * 1024;
/** The job summary for one dispatch (and the events its runs chained to). */
function renderSummary(outcome, options = {}) {
    const parts = [];
    for (const each of flatten(outcome))
        parts.push(renderEvent(each));
    const problems = allProblems(outcome);
    if (problems.length > 0)
        parts.push(renderProblems(problems, options));
    const body = parts.join("\n\n");
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cutToBytes */ .zP)(`${body}\n`, SUMMARY_BUDGET_BYTES, (cut) => `\n> [!NOTE]\n> ${cut} bytes of this summary were cut to stay under GitHub's 1 MiB job summary limit.` +
        (options.runUrl ? ` The full output is in the [run log](${options.runUrl}).` : " The full output is in the run log."));
}
function flatten(outcome) {
    return [outcome, ...outcome.children.flatMap(flatten)];
}
function allProblems(outcome) {
    const seen = new Set();
    const problems = [];
    for (const each of flatten(outcome)) {
        for (const problem of each.problems) {
            const key = `${problem.file}:${problem.line}:${problem.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            problems.push(problem);
        }
    }
    return problems;
}
function renderEvent(outcome) {
    const head = [
        `### Flows for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(outcome.event.type)}`,
        "",
        `Event ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(outcome.eventId)} · ${outcome.matched} matching step${outcome.matched === 1 ? "" : "s"}` +
            (outcome.dryRun ? " · dry run: nothing was run" : "") +
            (outcome.status === "duplicate" ? " · already handled: nothing new ran" : ""),
    ];
    if (outcome.runs.length === 0)
        return [...head, "", renderNothingMatched(outcome)].join("\n");
    const table = [
        "| Flow | Step | Status | Message | Duration | Attempt |",
        "| --- | --- | --- | --- | --- | --- |",
        ...outcome.runs.map((run) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(run.flowName, 80)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(run.stepName, 80)} | ${(0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusLabel */ .Rh)(run)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)((0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .runMessage */ .xA)(run))} | ${(0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(run.durationMs)} | ${run.attempts.length} |`),
    ];
    const details = outcome.runs.map(renderRunDetails);
    return [...head, "", ...table, "", ...details].join("\n");
}
function renderNothingMatched(outcome) {
    if (outcome.mismatches.length === 0) {
        return `Nothing matched: no flow step in this repository has a trigger for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(outcome.event.type)} (\`[steps.trigger]\` \`type\` in \`flow.toml\`).`;
    }
    const rows = outcome.mismatches.map((miss) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(miss.flow.name, 80)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(miss.step.name, 80)} | ${miss.step.trigger ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(miss.step.trigger.type) : "–"} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(miss.message, 500)} |`);
    return [
        "Nothing matched. Why each step did not run:",
        "",
        "| Flow | Step | Trigger | Why not |",
        "| --- | --- | --- | --- |",
        ...rows,
    ].join("\n");
}
function renderRunDetails(run) {
    const lines = [`<details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(`${run.flowName} / ${run.stepName}`)} — ${(0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusLabel */ .Rh)(run)}</summary>`, ""];
    lines.push(`Run ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(run.id)}, attempt ${run.attempts.length}.`, "");
    if (run.error)
        lines.push("**Error**", "", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(cut(run.error, RESULT_DETAIL_BYTES)), "");
    if (run.resultPayload) {
        lines.push("**Result**", "", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(cut(JSON.stringify(run.resultPayload, null, 2), RESULT_DETAIL_BYTES), "json"), "");
    }
    if (run.output)
        lines.push("**Output (tail)**", "", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(cutTail(run.output, OUTPUT_DETAIL_BYTES)), "");
    lines.push("</details>");
    return lines.join("\n");
}
function renderProblems(problems, options) {
    const rows = problems.map((problem) => {
        const where = [relative(problem.file, options.baseDir), problem.line, problem.column].filter((x) => x !== undefined).join(":");
        return `| ${problem.severity === "error" ? "❌ error" : "⚠️ warning"} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(where)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(problem.message, 1000)} |`;
    });
    return [`### Problems in flow packages (${problems.length})`, "", "| Severity | Where | Problem |", "| --- | --- | --- |", ...rows].join("\n");
}
function relative(file, baseDir) {
    if (!baseDir || !file.startsWith(`${baseDir}/`))
        return file;
    return file.slice(baseDir.length + 1);
}
function cut(text, maxBytes) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cutToBytes */ .zP)(text, maxBytes, (n) => `… ${n} more bytes cut`);
}
function cutTail(text, maxBytes) {
    const bytes = Buffer.from(text, "utf8");
    if (bytes.length <= maxBytes)
        return text;
    const tail = bytes.subarray(bytes.length - maxBytes).toString("utf8").replace(/^\uFFFD/, "");
    return `… ${bytes.length - maxBytes} bytes cut …\n${tail}`;
}


/***/ }),

/***/ 40104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yr: () => (/* reexport */ buildStepContext),
  Xj: () => (/* reexport */ parseFlowResult),
  runFlowStep: () => (/* reexport */ runFlowStep),
  stepEnvironment: () => (/* reexport */ stepEnvironment)
});

// UNUSED EXPORTS: FLOW_HELPER_SPECIFIERS, RUN_VARIABLES, WITHHELD_HOST_PREFIXES, WITHHELD_HOST_VARIABLES, isCodeModeEnabled

;// CONCATENATED MODULE: ./.build/runners/context.js
/**
 * Builds the run context in the compatible shape: `config` only when the manifest has one;
 * runtime facts that are unknown are left out, except `eventId` and `replay`.
 */
function buildStepContext(options) {
    const { flow, step, event, runtime } = options;
    return {
        flow: {
            name: flow.name,
            version: flow.version,
            root: flow.root,
            step: step.name,
            ...(flow.config !== undefined ? { config: flow.config } : {}),
            event: { id: event.id, type: event.type, payload: event.payload ?? {} },
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
function known(key, value) {
    return typeof value === "string" && value.length > 0 ? { [key]: value } : {};
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./.build/runners/step-clock.js

/** Stamps outcomes with when the step started and how long it took. */
class StepClock {
    startedAt = new Date();
    start = external_node_perf_hooks_.performance.now();
    outcome(fields) {
        return {
            timedOut: false,
            exitCode: null,
            signal: null,
            output: "",
            ...fields,
            startedAt: this.startedAt.toISOString(),
            completedAt: new Date().toISOString(),
            durationMs: Math.round(external_node_perf_hooks_.performance.now() - this.start),
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
    "CODEX_WORKSPACE_BACKEND_WS_URL",
];
/**
 * Host variable prefixes never passed to steps: action inputs (`INPUT_*`, which may hold
 * tokens) and run variables (`CODEX_FLOW_*`), which the event being run decides.
 */
const WITHHELD_HOST_PREFIXES = ["INPUT_", "CODEX_FLOW_"];
/** Variables that describe the run; set from the event and runtime, never inherited. */
const RUN_VARIABLES = (/* unused pure expression or super */ null && ([
    "CODEX_FLOW_EVENT_ID",
    "CODEX_FLOW_RUN_ID",
    "CODEX_FLOW_ATTEMPT_ID",
    "CODEX_FLOW_REPLAY",
    "CODEX_WORKSPACE_BACKEND_WS_URL",
    "CODEX_FLOW_LAUNCHED_BY",
]));
const RUN_VARIABLE_PREFIX = "CODEX_FLOW_";
const WORKSPACE_URL_VARIABLE = "CODEX_WORKSPACE_BACKEND_WS_URL";
/** The host variables a step receives: everything except the withheld names and prefixes. */
function stepEnvironment(hostEnv) {
    const withheld = new Set(WITHHELD_HOST_VARIABLES);
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
/**
 * The environment a step process gets: the base environment without any inherited run
 * variables, plus the run variables of this event. (The old runtime let an inherited
 * CODEX_FLOW_EVENT_ID override the event's own id.)
 */
function runEnvironment(options) {
    const { event, runtime } = options;
    const env = {};
    for (const [name, value] of Object.entries(options.env)) {
        if (value === undefined)
            continue;
        const upper = name.toUpperCase();
        if (upper.startsWith(RUN_VARIABLE_PREFIX) || upper === WORKSPACE_URL_VARIABLE)
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
        env.CODEX_WORKSPACE_BACKEND_WS_URL = runtime.workspaceBackendUrl;
    if (runtime.launchedBy)
        env.CODEX_FLOW_LAUNCHED_BY = runtime.launchedBy;
    return env;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./.build/runners/module-style.js




/** Specifiers a module-style step may import `defineBunFlow` / `defineFlow` from. */
const FLOW_HELPER_SPECIFIERS = [
    "@peezy.tech/codex-flows/flow-runtime/bun",
    "flows-action/bun",
];
/** Compatible rule: a script is module style when its source has one of these. */
function isModuleStyleSource(source) {
    return (source.includes("export default") || source.includes("as default") || source.includes("defineBunFlow("));
}
/**
 * The wrapper Bun runs for a module-style step. It is kept as text (not a file next to this
 * one) because the action is bundled into a single dist/index.js by ncc.
 *
 * - The helper specifiers resolve to identity functions unless the flow's folder has the real
 *   package installed (then the real one is used; it is the identity function too).
 * - The result is written to a file as well as printed last, so a module that prints its own
 *   `FLOW_RESULT ...` text (even later, from a stray timer) cannot override what it returned.
 */
const WRAPPER_SOURCE = `// flows-action module-style wrapper (generated)
const [scriptUrl, scriptLabel, resultPath] = process.argv.slice(2);
const specifiers = ${JSON.stringify(FLOW_HELPER_SPECIFIERS)};
const scriptPath = Bun.fileURLToPath(scriptUrl);
const identity = (value) => value;
const helpers = { defineBunFlow: identity, defineFlow: identity };

function installed(specifier) {
  try {
    Bun.resolveSync(specifier, scriptPath);
    return true;
  } catch {
    return false;
  }
}

Bun.plugin({
  name: "flows-action-helpers",
  setup(build) {
    for (const specifier of specifiers) {
      if (installed(specifier)) continue;
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
  console.error(error instanceof Error && error.stack ? error.stack : String(error));
  const message = error instanceof Error ? error.message || error.name : String(error);
  result = failed(message);
}
let line;
try {
  line = JSON.stringify(result);
} catch (error) {
  line = JSON.stringify(failed("the FlowResult returned by " + scriptLabel + " cannot be written as JSON: " + error.message));
}
await Bun.write(resultPath, line);
console.log("FLOW_RESULT " + line);
`;
/** Writes the wrapper into a fresh temp folder for one run. */
async function prepareModuleWrapper(options) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), "flows-action-step-"));
    const wrapperPath = external_node_path_.join(dir, "module-wrapper.mjs");
    const resultPath = external_node_path_.join(dir, "flow-result.json");
    await (0,promises_.writeFile)(wrapperPath, WRAPPER_SOURCE, "utf8");
    return {
        args: [wrapperPath, (0,external_node_url_.pathToFileURL)(options.scriptPath).href, options.scriptLabel, resultPath],
        resultPath,
        dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }),
    };
}
/** The JSON the wrapper wrote, or undefined when it never got that far. */
async function readWrapperResult(resultPath) {
    try {
        return await (0,promises_.readFile)(resultPath, "utf8");
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __nccwpck_require__(40801);
;// CONCATENATED MODULE: ./.build/runners/result.js

const FLOW_RESULT_MARKER = "FLOW_RESULT ";
const STATUS_LIST = contracts/* FLOW_RESULT_STATUSES */.WL.join(", ");
const QUOTED_LINE_CHARS = 200;
/**
 * Reads the FlowResult a step printed. Compatible rule: scan stdout lines from the last to the
 * first and take the first line containing `FLOW_RESULT `; the JSON after it must be an object
 * with a valid `status`. Accepts all stdout lines, all of stdout as one string, or just the
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
    const json = line.slice(line.indexOf(FLOW_RESULT_MARKER) + FLOW_RESULT_MARKER.length).trim();
    const quoted = quote(line.trim());
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { error: `FLOW_RESULT line is not valid JSON: ${reason} (line: ${quoted})` };
    }
    const problem = flowResultProblem(value);
    return problem === undefined
        ? { result: value }
        : { error: `${problem} (line: ${quoted})` };
}
/** Why a value is not a FlowResult, or undefined when it is one (loose on extension fields). */
function flowResultProblem(value) {
    if (!isRecord(value)) {
        return `FLOW_RESULT must be a JSON object with a "status", got ${describeJson(value)}`;
    }
    if (!("status" in value)) {
        return `FLOW_RESULT has no "status"; use one of ${STATUS_LIST}`;
    }
    if (!(0,contracts/* isFlowResultStatus */.YC)(value.status)) {
        return `FLOW_RESULT status ${JSON.stringify(value.status)} is not one of ${STATUS_LIST}`;
    }
    if (value.next !== undefined) {
        const problem = listProblem(value.next, ["id", "type"]);
        if (problem !== undefined) {
            return `FLOW_RESULT "next" must be an array of events with string "id" and "type"; ${problem}`;
        }
    }
    if (value.annotations !== undefined) {
        const problem = listProblem(value.annotations, ["path", "message"]);
        if (problem !== undefined) {
            return `FLOW_RESULT "annotations" must be an array of objects with string "path" and "message"; ${problem}`;
        }
    }
    return undefined;
}
function listProblem(value, stringKeys) {
    if (!Array.isArray(value))
        return `got ${describeJson(value)}`;
    for (const [index, item] of value.entries()) {
        if (!isRecord(item))
            return `item ${index} is ${describeJson(item)}`;
        for (const key of stringKeys) {
            if (typeof item[key] !== "string")
                return `item ${index} has no string "${key}"`;
        }
    }
    return undefined;
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
    return line.length > QUOTED_LINE_CHARS ? `${line.slice(0, QUOTED_LINE_CHARS)}…` : line;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __nccwpck_require__(46193);
;// CONCATENATED MODULE: ./.build/runners/output.js

/**
 * Longest line handed out in one piece. A step that prints more without a newline gets the text
 * split, so one runaway line cannot grow memory without limit.
 */
const MAX_LINE_CHARS = 4 * 1024 * 1024;
/** Turns a byte stream into lines as they arrive: partial chunks, CRLF, and a last line without newline. */
class LineSplitter {
    onLine;
    decoder = new external_node_string_decoder_.StringDecoder("utf8");
    partial = "";
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(chunk) {
        this.take(this.decoder.write(chunk));
    }
    /** Hands out whatever is left (the final line when the output did not end with a newline). */
    end() {
        this.take(this.decoder.end());
        if (this.partial.length > 0) {
            const rest = this.partial;
            this.partial = "";
            this.emit(rest);
        }
    }
    take(text) {
        if (text.length === 0)
            return;
        let start = 0;
        let newline = text.indexOf("\n", start);
        while (newline !== -1) {
            const piece = text.slice(start, newline);
            const line = this.partial.length > 0 ? this.partial + piece : piece;
            this.partial = "";
            this.emit(line);
            start = newline + 1;
            newline = text.indexOf("\n", start);
        }
        this.partial += text.slice(start);
        while (this.partial.length > MAX_LINE_CHARS) {
            this.emit(this.partial.slice(0, MAX_LINE_CHARS));
            this.partial = this.partial.slice(MAX_LINE_CHARS);
        }
    }
    emit(line) {
        this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
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
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    push(line) {
        const size = Buffer.byteLength(line) + 1;
        if (size > this.maxBytes) {
            // One line larger than the whole tail: keep its end only.
            this.cutBytes += this.keptBytes + size - this.maxBytes;
            this.lines = [lastBytes(line, this.maxBytes - 1)];
            this.first = 0;
            this.keptBytes = this.maxBytes;
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
    get bytesCut() {
        return this.cutBytes;
    }
    /** The tail as text, with a `… N bytes cut …` marker on top when output was dropped. */
    text() {
        const body = this.kept().join("\n");
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
;// CONCATENATED MODULE: ./.build/runners/process.js


const DEFAULT_KILL_GRACE_MS = 2000;
const DEFAULT_DRAIN_MS = 1000;
/** setTimeout fires at once for delays above 2^31-1 ms; treat longer timeouts as this long. */
const MAX_TIMER_MS = 2_147_483_647;
/**
 * Runs one process in its own process group, streams its output line by line, and stops the
 * whole group (not just the direct child) on timeout or abort. Resolves once the process has
 * exited and its output is drained; never waits forever on a grandchild holding the pipes.
 */
function superviseProcess(options) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(options.command, options.args, {
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
        child.stdin?.end(options.stdin);
        const timeoutMs = Number.isFinite(options.timeoutMs) ? Math.min(Math.max(options.timeoutMs, 0), MAX_TIMER_MS) : MAX_TIMER_MS;
        this.timers.push(setTimeout(() => this.stop("timeout"), timeoutMs));
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
        const pid = this.child.pid;
        if (pid === undefined)
            return;
        try {
            process.kill(-pid, signal);
        }
        catch {
            // ESRCH: the group is already gone. Fall back to the leader for any other failure.
            try {
                this.child.kill(signal);
            }
            catch {
                // Nothing left to stop.
            }
        }
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
function notStarted(error) {
    return {
        spawnError: error instanceof Error ? error : new Error(String(error)),
        exitCode: null,
        signal: null,
        timedOut: false,
        canceled: false,
        stragglersStopped: false,
    };
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
        const lines = tail.kept().slice(-REASON_TAIL_LINES);
        return lines.length === 0 ? "" : `\nLast lines of ${name}:\n${lines.join("\n")}`;
    }
}
/** Runs a `runner = "bun"` step: raw scripts directly, module-style scripts through the wrapper. */
async function runBunStep(options) {
    const clock = new StepClock();
    const output = new StepOutput(options.tailBytes ?? DEFAULT_TAIL_BYTES, options.onLine);
    const finish = (fields) => clock.outcome({ output: output.combined.text(), ...fields });
    const { step } = options;
    if (options.signal?.aborted) {
        return finish({ processStatus: "canceled", error: "canceled before the step started" });
    }
    const problem = await cwdProblem(step.cwdPath, step.name);
    if (problem !== undefined)
        return finish({ processStatus: "failed", error: problem });
    let source;
    try {
        source = await (0,promises_.readFile)(step.scriptPath, "utf8");
    }
    catch (error) {
        return finish({
            processStatus: "failed",
            error: `cannot read the script of step "${step.name}" (${step.script} → ${step.scriptPath}): ${messageOf(error)}`,
        });
    }
    let wrapper;
    try {
        if (isModuleStyleSource(source)) {
            wrapper = await prepareModuleWrapper({ scriptPath: step.scriptPath, scriptLabel: step.script });
        }
        const bunPath = options.bunPath ?? "bun";
        const run = await superviseProcess({
            command: bunPath,
            args: wrapper?.args ?? [step.scriptPath],
            cwd: step.cwdPath,
            env: runEnvironment(options),
            stdin: JSON.stringify(buildStepContext(options)),
            timeoutMs: step.timeoutMs,
            signal: options.signal,
            onLine: output.line,
        });
        if (run.stragglersStopped) {
            output.combined.push("[flows-action] stopped leftover processes that kept the step's output open after it exited");
        }
        const wrapperJson = wrapper === undefined ? undefined : await readWrapperResult(wrapper.resultPath);
        return finish(interpret({ run, output, bunPath, timeoutMs: step.timeoutMs, wrapperJson }));
    }
    finally {
        await wrapper?.dispose().catch(() => undefined);
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
        return { ...exit, processStatus: "failed", error: `bun exited with code ${run.exitCode}${output.reasonTail()}` };
    }
    const parsed = options.wrapperJson !== undefined
        ? parseFlowResult([FLOW_RESULT_MARKER + options.wrapperJson])
        : parseFlowResult(output.lastResultLine === undefined ? [] : [output.lastResultLine]);
    if ("error" in parsed) {
        return { ...exit, processStatus: "failed", error: parsed.error + output.reasonTail() };
    }
    return { ...exit, processStatus: "completed", result: parsed.result };
}
async function cwdProblem(cwdPath, stepName) {
    try {
        const info = await (0,promises_.stat)(cwdPath);
        return info.isDirectory() ? undefined : `the working directory of step "${stepName}" is not a folder: ${cwdPath}`;
    }
    catch (error) {
        return `the working directory of step "${stepName}" cannot be used (${cwdPath}): ${messageOf(error)}; check its cwd in flow.toml`;
    }
}
function spawnFailure(bunPath, error) {
    const code = error.code;
    const fix = "Install Bun (https://bun.sh) or pass bunPath pointing at the bun executable.";
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
 * Runs one step of one flow for one event. Never throws: anything that goes wrong (a missing
 * bun, a spawn error, an unknown runner) comes back as a failed outcome with a reason.
 */
async function runFlowStep(options) {
    const clock = new StepClock();
    try {
        const runner = options.step.runner;
        switch (runner) {
            case "bun":
                return await runBunStep(options);
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








/***/ }),

/***/ 93742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gj: () => (/* binding */ readFailed),
/* harmony export */   vD: () => (/* binding */ uploadFailed)
/* harmony export */ });
/* unused harmony export ArtifactStateError */
/** Why the artifact store cannot read or write, in a sentence that says what to change. */
class ArtifactStateError extends Error {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ pushContended),
/* harmony export */   Bj: () => (/* binding */ classifyPush),
/* harmony export */   EX: () => (/* binding */ pushFailed),
/* harmony export */   a: () => (/* binding */ StateBranchError),
/* harmony export */   go: () => (/* binding */ pushDenied),
/* harmony export */   he: () => (/* binding */ pushProtected),
/* harmony export */   oQ: () => (/* binding */ fetchFailed)
/* harmony export */ });
class StateBranchError extends Error {
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
function pushContended(where, attempts, events) {
    return new StateBranchError("contention", `could not push ${events} event record(s) to the state branch "${where.branch}" of ` +
        `${where.remote} after ${attempts} attempts: other jobs kept updating it. The records are ` +
        "still pending in this process (flush again to retry); if this keeps happening, limit " +
        "parallel jobs with a workflow `concurrency:` group.");
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nd: () => (/* reexport */ FileStateStore),
  k$: () => (/* reexport */ memory_store/* MemoryStateStore */.k),
  createStateStore: () => (/* binding */ createStateStore)
});

// UNUSED EXPORTS: ArtifactStateError, DEFAULT_STATE_AUTHOR, RECORD_FORMAT_VERSION, StateBranchError, StateLockError, StateRecordError, defaultStateDir, eventRecordPath, mergeEventRecords, parseEventRecord

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(58500);
;// CONCATENATED MODULE: ./.build/state/file-lock.js



/** The lock could not be taken in time: another process holds it, or a crashed one left it. */
class StateLockError extends Error {
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
 * atomic on local file systems, so exactly one process gets the lock. Holders keep it for
 * milliseconds (read, merge, write one small file), so a lock older than `staleMs` can only
 * be left by a process that died, and it is broken. Breaking is best effort: two waiters that
 * find the same dead lock in the same instant could both proceed once, which needs a crash
 * first; the normal path never breaks a lock.
 */
async function withFileLock(lockPath, action, options = {}) {
    await acquire(lockPath, options);
    try {
        return await action();
    }
    finally {
        await (0,promises_.unlink)(lockPath).catch(() => undefined);
    }
}
async function acquire(lockPath, options) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const started = Date.now();
    for (let attempt = 0;; attempt++) {
        if (await tryCreate(lockPath))
            return;
        await breakIfStale(lockPath, staleMs);
        const waited = Date.now() - started;
        if (waited > timeoutMs)
            throw new StateLockError(lockPath, waited);
        // Short, jittered waits: holders release within milliseconds.
        await (0,external_node_timers_promises_.setTimeout)(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
    }
}
async function tryCreate(lockPath) {
    try {
        const handle = await (0,promises_.open)(lockPath, "wx");
        await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`).finally(() => handle.close());
        return true;
    }
    catch (error) {
        if (errorCode(error) === "EEXIST")
            return false;
        throw error;
    }
}
async function breakIfStale(lockPath, staleMs) {
    const info = await (0,promises_.stat)(lockPath).catch(() => undefined);
    if (!info || Date.now() - info.mtimeMs <= staleMs)
        return;
    const aside = `${lockPath}.stale-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
    try {
        await (0,promises_.rename)(lockPath, aside);
        await (0,promises_.unlink)(aside);
    }
    catch {
        // Another waiter broke it first; just try to take the lock again.
    }
}
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error
        ? String(error.code)
        : undefined;
}

// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __nccwpck_require__(78404);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __nccwpck_require__(77795);
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
    async saveEvent(record) {
        const relativePath = (0,layout/* eventRecordPath */.fl)(record.event.id);
        const file = this.#absolute(relativePath);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        await withFileLock(`${file}.lock`, async () => {
            const stored = await this.#read(relativePath);
            const merged = stored ? (0,state_record/* mergeEventRecords */.Zo)(stored, record) : record;
            await writeAtomically(file, (0,layout/* serializeEventRecord */.Ct)(merged));
        }, this.#lock);
    }
    /** Scans every shard; unreadable files are added to `problems` and skipped. */
    async listEvents(query = {}) {
        const records = [];
        for (const shard of await listNames(this.#absolute(layout/* EVENTS_DIR */._I))) {
            if (!/^[0-9a-f]{2}$/.test(shard))
                continue;
            const names = (await listNames(this.#absolute(`${layout/* EVENTS_DIR */._I}/${shard}`))).filter(layout/* isEventRecordFileName */.$E);
            const found = await Promise.all(names.map((name) => this.#readListed(`${layout/* EVENTS_DIR */._I}/${shard}/${name}`)));
            for (const record of found)
                if (record)
                    records.push(record);
        }
        return (0,layout/* selectEvents */.A$)(records, query);
    }
    /** Every save is already durable on disk. */
    async flush() { }
    /** `setAside`: a dispatch moves a corrupt record aside; listings only report it. */
    async #read(relativePath, setAside = true) {
        const file = this.#absolute(relativePath);
        let text;
        try {
            text = await (0,promises_.readFile)(file, "utf8");
        }
        catch (error) {
            if (errorCode(error) === "ENOENT")
                return undefined;
            throw error;
        }
        try {
            return (0,layout/* parseEventRecordText */.eR)(text, relativePath);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            if (error instanceof state_record/* NewerRecordFormatError */.Qy || !setAside) {
                this.#report({ path: file, message: reason });
                throw new layout/* StateRecordError */.J1(file, reason);
            }
            const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
            try {
                await (0,promises_.rename)(file, aside);
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
            return await this.#read(relativePath, false);
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
async function listNames(dir) {
    try {
        return (await (0,promises_.readdir)(dir)).sort();
    }
    catch (error) {
        if (errorCode(error) === "ENOENT")
            return [];
        throw error;
    }
}
/** Write beside the target and rename over it: readers see the old file or the new one. */
async function writeAtomically(file, text) {
    const temporary = `${file}.${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, text, "utf8");
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.unlink)(temporary).catch(() => undefined);
        throw error;
    }
}

// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __nccwpck_require__(19917);
// EXTERNAL MODULE: ./.build/state/artifact-errors.js
var artifact_errors = __nccwpck_require__(93742);
// EXTERNAL MODULE: ./.build/state/branch-commit.js
var branch_commit = __nccwpck_require__(46486);
// EXTERNAL MODULE: ./.build/state/branch-errors.js
var branch_errors = __nccwpck_require__(75252);
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
                throw new Error('state "branch" needs a repository: pass repoDir (a checkout) or remoteUrl');
            }
            const { BranchStateStore } = await __nccwpck_require__.e(/* import() */ 475).then(__nccwpck_require__.bind(__nccwpck_require__, 3475));
            return new BranchStateStore({
                ...(options.remoteUrl ? { remoteUrl: options.remoteUrl } : {}),
                ...(options.repoDir ? { repoDir: options.repoDir } : {}),
                ...(options.branch ? { branch: options.branch } : {}),
            });
        }
        case "memory":
        case "none":
            return new memory_store/* MemoryStateStore */.k();
        case "artifact": {
            if (!options.artifact) {
                throw new Error('state "artifact" needs artifact options: token, repository, apiUrl, runId and runAttempt ' +
                    "(GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
            }
            const { ArtifactStateStore } = await __nccwpck_require__.e(/* import() */ 186).then(__nccwpck_require__.bind(__nccwpck_require__, 69805));
            return new ArtifactStateStore(options.artifact);
        }
        default:
            return unknownKind(options.kind);
    }
}
function unknownKind(kind) {
    throw new Error(`unknown state store "${String(kind)}": use file, branch, artifact, memory or none`);
}


/***/ }),

/***/ 78404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ isEventRecordFileName),
/* harmony export */   A$: () => (/* binding */ selectEvents),
/* harmony export */   Ct: () => (/* binding */ serializeEventRecord),
/* harmony export */   J1: () => (/* binding */ StateRecordError),
/* harmony export */   _I: () => (/* binding */ EVENTS_DIR),
/* harmony export */   eR: () => (/* binding */ parseEventRecordText),
/* harmony export */   fl: () => (/* binding */ eventRecordPath),
/* harmony export */   yD: () => (/* binding */ defaultStateDir)
/* harmony export */ });
/* unused harmony export eventIdHash */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75244);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(77795);



/**
 * The on-disk layout shared by the file store and the state branch: one JSON file per event,
 * under `events/<first 2 hex of sha256(id)>/<sha256(id)>.json`. Hashing makes any event id a
 * safe file name, and the 256 shards keep directories small, so finding one event is one
 * file read however many events are stored.
 */
const EVENTS_DIR = "events";
/** Where the `flows` CLI keeps state for a checkout when no other place is given. */
function defaultStateDir(repoDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, ".codex", "flow-client");
}
function eventIdHash(eventId) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(eventId);
}
/** The record's path relative to the store root, always with `/` (it is also a git path). */
function eventRecordPath(eventId) {
    const hash = eventIdHash(eventId);
    return `${EVENTS_DIR}/${hash.slice(0, 2)}/${hash}.json`;
}
function isEventRecordFileName(name) {
    return /^[0-9a-f]{64}\.json$/.test(name);
}
/** Stable text for a record: pretty JSON so diffs on the state branch stay readable. */
function serializeEventRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/**
 * Read the text of a record file stored at `relativePath`. Throws a sentence saying what is
 * wrong (the caller adds the path), never a raw SyntaxError.
 */
function parseEventRecordText(text, relativePath) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`not valid JSON, maybe half-written (${reason})`);
    }
    const record = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEventRecord */ .bR)(value);
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
class StateRecordError extends Error {
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


/***/ }),

/***/ 19917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ MemoryStateStore)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77795);

/** Keeps records for the life of the process: `state: none` and tests. */
class MemoryStateStore {
    kind = "memory";
    problems = [];
    #records = new Map();
    async loadEvent(eventId) {
        const record = this.#records.get(eventId);
        return record ? structuredClone(record) : undefined;
    }
    async saveEvent(record) {
        const stored = this.#records.get(record.event.id);
        const merged = stored ? (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEventRecords */ .Zo)(stored, record) : record;
        this.#records.set(record.event.id, structuredClone(merged));
    }
    async listEvents(query = {}) {
        const all = [...this.#records.values()]
            .filter((record) => !query.type || record.event.type === query.type)
            .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
        return structuredClone(query.limit ? all.slice(0, query.limit) : all);
    }
    async flush() { }
}


/***/ }),

/***/ 89176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isInternalRecord),
/* harmony export */   Lc: () => (/* binding */ findRun),
/* harmony export */   PV: () => (/* binding */ INTERNAL_EVENT_TYPE_PREFIX),
/* harmony export */   b0: () => (/* binding */ selectRuns)
/* harmony export */ });
/** Event types flows-action keeps for its own bookkeeping (watch cursors); hidden from listings. */
const INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";
function isInternalRecord(record) {
    return record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}
/** Runs across records, newest first, filtered as `flows runs` asks. */
function selectRuns(records, query = {}) {
    const runs = records
        .filter((record) => !isInternalRecord(record))
        .filter((record) => !query.eventId || record.event.id === query.eventId)
        .flatMap((record) => record.runs)
        .filter((run) => !query.status || run.effectiveStatus === query.status)
        .filter((run) => !query.needsAttention || run.needsAttention)
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return query.limit ? runs.slice(0, query.limit) : runs;
}
/** The record holding a run id (run ids are hashes, so this reads every record). */
function findRun(records, runId) {
    for (const record of records) {
        const run = record.runs.find((candidate) => candidate.id === runId);
        if (run)
            return { record, run };
    }
    return undefined;
}


/***/ }),

/***/ 77795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ withPending),
/* harmony export */   Qy: () => (/* binding */ NewerRecordFormatError),
/* harmony export */   Zo: () => (/* binding */ mergeEventRecords),
/* harmony export */   bR: () => (/* binding */ parseEventRecord),
/* harmony export */   f$: () => (/* binding */ withPendingRecord),
/* harmony export */   ny: () => (/* binding */ addPending)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(39709);

/**
 * Merge two records of the same event, as written by two writers. Nothing is dropped:
 * runs are keyed by id, and for the same id the one updated last wins (ties: more attempts).
 */
function mergeEventRecords(stored, incoming) {
    const runs = new Map();
    for (const run of [...stored.runs, ...incoming.runs]) {
        const seen = runs.get(run.id);
        if (!seen || isNewer(run, seen))
            runs.set(run.id, run);
    }
    return {
        formatVersion: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FORMAT_VERSION */ .Z,
        event: stored.event,
        runs: [...runs.values()],
        firstDispatchedAt: earlier(stored.firstDispatchedAt, incoming.firstDispatchedAt),
        updatedAt: later(stored.updatedAt, incoming.updatedAt),
        dispatchCount: Math.max(stored.dispatchCount, incoming.dispatchCount),
    };
}
// ISO timestamps compare as strings, so Math.min/max do not apply.
function earlier(a, b) {
    return a <= b ? a : b;
}
function later(a, b) {
    return a >= b ? a : b;
}
// The branch and artifact stores keep saved records in memory until flush(); these merge them
// in and lay them over what the store read.
/** Add a record to the pending ones, merged with any pending record of the same event. */
function addPending(pending, record) {
    const current = pending.get(record.event.id);
    const copy = structuredClone(record);
    pending.set(record.event.id, current ? mergeEventRecords(current, copy) : copy);
}
/** One event's stored record with its pending record merged over it, as a copy. */
function withPendingRecord(stored, pending) {
    const record = stored && pending ? mergeEventRecords(stored, pending) : (stored ?? pending);
    return record ? structuredClone(record) : undefined;
}
/** Records by event id with pending (unsaved) records merged over them, for listings. */
function withPending(stored, pending) {
    const byId = new Map(stored);
    for (const [id, record] of pending) {
        const current = byId.get(id);
        byId.set(id, current ? mergeEventRecords(current, record) : record);
    }
    return [...byId.values()];
}
function isNewer(candidate, current) {
    if (candidate.attempts.length !== current.attempts.length) {
        return candidate.attempts.length > current.attempts.length;
    }
    return candidate.updatedAt > current.updatedAt;
}
/** A record written by a newer flows-action: not corrupt, so never set aside or overwritten. */
class NewerRecordFormatError extends Error {
    name = "NewerRecordFormatError";
}
/**
 * Read a stored record of any format version. Throws a plain sentence when the value is
 * not a record, so stores can report the file and skip it.
 */
function parseEventRecord(value) {
    if (typeof value !== "object" || value === null)
        throw new Error("not a JSON object");
    const record = value;
    const version = record.formatVersion;
    if (typeof version !== "number")
        throw new Error("missing formatVersion");
    if (version > _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FORMAT_VERSION */ .Z) {
        throw new NewerRecordFormatError(`record format ${version} is newer than this flows-action understands (${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FORMAT_VERSION */ .Z}); upgrade flows-action`);
    }
    const event = record.event;
    if (typeof event?.id !== "string" || typeof event.type !== "string") {
        throw new Error("event.id and event.type must be strings");
    }
    if (!Array.isArray(record.runs))
        throw new Error("runs must be an array");
    record.runs.forEach((run, index) => {
        const shape = run;
        if (typeof shape !== "object" || shape === null || typeof shape.id !== "string") {
            throw new Error(`runs[${index}] has no string id`);
        }
        if (!Array.isArray(shape.attempts))
            throw new Error(`runs[${index}].attempts must be an array`);
    });
    return {
        formatVersion: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FORMAT_VERSION */ .Z,
        event,
        runs: record.runs,
        firstDispatchedAt: record.firstDispatchedAt ?? record.updatedAt ?? event.receivedAt,
        updatedAt: record.updatedAt ?? event.receivedAt,
        dispatchCount: record.dispatchCount ?? 1,
    };
}


/***/ }),

/***/ 39709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ RECORD_FORMAT_VERSION)
/* harmony export */ });
/** Current version of the stored record format; readers accept every older version. */
const RECORD_FORMAT_VERSION = 1;


/***/ }),

/***/ 3292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: TomlDate, default, stringify

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WL: () => (/* reexport */ contracts/* FLOW_RESULT_STATUSES */.WL),
  nd: () => (/* reexport */ state/* FileStateStore */.nd),
  $j: () => (/* reexport */ errors/* FlowEventInputError */.$j),
  cE: () => (/* reexport */ flows/* FlowManifestError */.cE),
  k$: () => (/* reexport */ state/* MemoryStateStore */.k$),
  Ne: () => (/* reexport */ contracts/* PROCESS_STATUSES */.Ne),
  Yr: () => (/* reexport */ runners/* buildStepContext */.Yr),
  J$: () => (/* reexport */ state.createStateStore),
  oY: () => (/* reexport */ defineFlow),
  nE: () => (/* reexport */ flows/* discoverFlows */.nE),
  JD: () => (/* reexport */ dispatch/* dispatch */.J),
  Z2: () => (/* reexport */ contracts/* effectiveStatusOf */.Z2),
  Ir: () => (/* reexport */ flowEventFromGitHub),
  xy: () => (/* reexport */ flows/* formatDiagnostic */.xy),
  YC: () => (/* reexport */ contracts/* isFlowResultStatus */.YC),
  Bj: () => (/* reexport */ flows/* loadDeferredFlows */.Bj),
  Q5: () => (/* reexport */ flows/* loadFlowManifest */.Q5),
  Y6: () => (/* reexport */ loadGitHubEvent),
  J6: () => (/* reexport */ flows/* matchSteps */.J6),
  v9: () => (/* binding */ matchingSteps),
  XM: () => (/* reexport */ contracts/* needsAttentionFor */.XM),
  kN: () => (/* reexport */ engine_event/* normalizeFlowEvent */.k),
  Xj: () => (/* reexport */ runners/* parseFlowResult */.Xj),
  EW: () => (/* reexport */ readGitHubRunContext),
  Br: () => (/* reexport */ summary/* renderSummary */.Br),
  S5: () => (/* reexport */ renderText),
  ak: () => (/* reexport */ main),
  _e: () => (/* reexport */ runners.runFlowStep),
  aK: () => (/* reexport */ runners.stepEnvironment),
  y$: () => (/* reexport */ flows/* typeMatches */.y$),
  _O: () => (/* reexport */ flows/* validateFlows */._O)
});

// EXTERNAL MODULE: ./.build/flows/match.js
var match = __nccwpck_require__(40129);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __nccwpck_require__(80565);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __nccwpck_require__(86683);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./.build/events/errors.js
var errors = __nccwpck_require__(56835);
// EXTERNAL MODULE: ./.build/events/fields.js
var fields = __nccwpck_require__(45785);
// EXTERNAL MODULE: ./.build/json-text.js
var json_text = __nccwpck_require__(47948);
;// CONCATENATED MODULE: ./.build/events/context.js




const CONTEXT_VARIABLES = {
    repository: "GITHUB_REPOSITORY",
    runId: "GITHUB_RUN_ID",
    runAttempt: "GITHUB_RUN_ATTEMPT",
    sha: "GITHUB_SHA",
    ref: "GITHUB_REF",
    workflow: "GITHUB_WORKFLOW",
    job: "GITHUB_JOB",
    actor: "GITHUB_ACTOR",
    serverUrl: "GITHUB_SERVER_URL",
};
/** The run context from GITHUB_* variables; unset and empty variables are left out. */
function readGitHubRunContext(env) {
    const context = {};
    for (const [field, variable] of Object.entries(CONTEXT_VARIABLES)) {
        const value = env[variable]?.trim();
        if (value)
            context[field] = value;
    }
    return context;
}
const OUTSIDE_ACTIONS = "flows-action must run inside a GitHub Actions job, or be called as " +
    "`flows github --event-name <name> --event-path <file.json>`";
/** GITHUB_EVENT_NAME and the webhook payload in the JSON file at GITHUB_EVENT_PATH. */
async function loadGitHubEvent(env) {
    const eventName = requireVariable(env, "GITHUB_EVENT_NAME");
    const path = requireVariable(env, "GITHUB_EVENT_PATH");
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        const reason = error.code === "ENOENT" ? "the file does not exist" : describe(error);
        throw new errors/* GitHubEventError */.AT({
            message: `Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): ${reason}.`,
            variable: "GITHUB_EVENT_PATH",
            path,
        });
    }
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        const { line, column, message } = parsed;
        throw new errors/* GitHubEventError */.AT({
            message: `The GitHub event file ${path}:${line}:${column} is not valid JSON: ${message} (line ${line}, column ${column}).`,
            path,
            line,
            column,
        });
    }
    if (!(0,fields/* isObject */.Gv)(parsed.value)) {
        throw new errors/* GitHubEventError */.AT({
            message: `The GitHub event file ${path} holds ${Array.isArray(parsed.value) ? "an array" : "a plain value"}; a webhook payload is a JSON object.`,
            path,
        });
    }
    return { eventName, payload: parsed.value };
}
function requireVariable(env, variable) {
    const value = env[variable]?.trim();
    if (value)
        return value;
    throw new errors/* GitHubEventError */.AT({
        message: `${variable} is not set. ${OUTSIDE_ACTIONS}.`,
        variable,
    });
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./.build/events/id.js
var events_id = __nccwpck_require__(22853);
// EXTERNAL MODULE: ./.build/events/canonical.js
var canonical = __nccwpck_require__(24604);
;// CONCATENATED MODULE: ./.build/events/key-parts.js



/**
 * The time field (`updated_at`...) of `versionSource`, else the run id, else a digest. An
 * `edited` delivery also names a digest of its `changes`: two edits within the same second
 * share updated_at but not what they changed.
 */
function delivery(input, versionSource, field = "updated_at") {
    const time = (0,fields/* timeAt */.lC)(versionSource, field);
    const changes = input.action === "edited" ? (0,fields/* objectAt */.lJ)(input.payload, "changes") : undefined;
    const version = time === undefined ? undefined : changes ? `${(0,events_id/* idTime */.jJ)(time)}-changes-${(0,canonical/* canonicalDigest */.X)(changes).slice(0, 8)}` : (0,events_id/* idTime */.jJ)(time);
    return (0,events_id/* deliveryDiscriminator */.xh)({
        ...(version !== undefined ? { version } : {}),
        ...(input.context.runId !== undefined ? { runId: input.context.runId } : {}),
        payload: input.payload,
    });
}
/** Deliveries without a version in the payload: run id, else digest. */
function runDelivery(input) {
    return delivery(input, undefined);
}

;// CONCATENATED MODULE: ./.build/events/keys-automation.js



// Natural keys of dispatches, schedules, workflow runs and jobs, checks, deployments, statuses.
// workflow_dispatch, repository_dispatch, schedule: the payload is the same for every dispatch
// with the same inputs (and every tick of a cron), so the run is the event.
function dispatchKey(input) {
    return runDelivery(input);
}
function scheduleKey(input) {
    const cron = (0,fields/* stringAt */.bX)(input.payload, "schedule");
    return cron === undefined ? runDelivery(input) : `${(0,events_id/* idKey */.T4) `${cron}`}@${runDelivery(input)}`;
}
// workflow_run, workflow_job: a re-run of the *observed* workflow is a new attempt of it and a
// new event for flows; its id and attempt say so.
function attemptKey(kind, prefix) {
    return ({ payload }) => {
        const run = (0,fields/* objectAt */.lJ)(payload, kind);
        const id = (0,fields/* idAt */.jj)(run, "id");
        if (id === undefined)
            return undefined;
        return (0,events_id/* idKey */.T4) `${prefix}-${id}-attempt-${(0,fields/* numberAt */.tk)(run, "run_attempt") ?? 1}`;
    };
}
// check_suite: requested once per suite; completed and rerequested repeat and move updated_at.
function checkSuiteKey(input) {
    const suite = (0,fields/* objectAt */.lJ)(input.payload, "check_suite");
    const id = (0,fields/* idAt */.jj)(suite, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `suite-${id}`;
    return input.action === "requested" ? key : `${key}@${delivery(input, suite)}`;
}
// check_run: created once; completed carries its conclusion and completed_at (an app may
// complete a run again with another conclusion); a requested action names its identifier;
// rerequests carry no time.
function checkRunKey(input) {
    const run = (0,fields/* objectAt */.lJ)(input.payload, "check_run");
    const id = (0,fields/* idAt */.jj)(run, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `check-${id}`;
    if (input.action === "created")
        return key;
    if (input.action === "completed") {
        return `${key}${(0,events_id/* idKey */.T4) `:${(0,fields/* stringAt */.bX)(run, "conclusion") ?? "none"}`}@${delivery(input, run, "completed_at")}`;
    }
    const requested = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(input.payload, "requested_action"), "identifier");
    const subject = requested === undefined ? "" : (0,events_id/* idKey */.T4) `:action-${requested}`;
    return `${key}${subject}@${runDelivery(input)}`;
}
// deployment, deployment_status, status: every deployment and status GitHub stores has its id.
function deploymentKey({ payload }) {
    const id = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(payload, "deployment"), "id");
    return id === undefined ? undefined : (0,events_id/* idKey */.T4) `deployment-${id}`;
}
function deploymentStatusKey({ payload }) {
    const deployment = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(payload, "deployment"), "id");
    const status = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(payload, "deployment_status"), "id");
    return deployment === undefined || status === undefined
        ? undefined
        : (0,events_id/* idKey */.T4) `deployment-${deployment}:status-${status}`;
}
function statusKey({ payload }) {
    const id = (0,fields/* idAt */.jj)(payload, "id");
    const sha = (0,fields/* stringAt */.bX)(payload, "sha");
    return id === undefined || sha === undefined ? undefined : (0,events_id/* idKey */.T4) `${sha}:status-${id}`;
}

;// CONCATENATED MODULE: ./.build/events/keys-code.js



// Natural keys of events about code: push, release, create, delete, merge_group, packages.
// push: the ref and the commit it now points at. A push that moves a ref to a commit it has
// already been pushed to is the same domain event ("main is at X") and runs nothing twice. A
// deletion points at 000…0, which says nothing, so it names the commit the ref was deleted at.
function pushKey({ payload }) {
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    const after = (0,fields/* stringAt */.bX)(payload, "after");
    const before = (0,fields/* stringAt */.bX)(payload, "before");
    if (ref === undefined || after === undefined)
        return undefined;
    if (payload.deleted === true && before !== undefined)
        return (0,events_id/* idKey */.T4) `${ref}@${before}..${after}`;
    return (0,events_id/* idKey */.T4) `${ref}@${after}`;
}
// release: `published` is keyed by the tag alone, like the upstream-release events of other
// producers: a tag is released once, and republishing it runs nothing twice. A release id is
// created and deleted once. Other actions (edited, released, prereleased, unpublished) can
// repeat and release objects carry no updated_at, so they are told apart by the run.
function releaseKey(input) {
    const release = (0,fields/* objectAt */.lJ)(input.payload, "release");
    const tag = (0,fields/* stringAt */.bX)(release, "tag_name");
    if (tag === undefined)
        return undefined;
    if (input.action === "published")
        return (0,events_id/* idKey */.T4) `${tag}`;
    const id = (0,fields/* idAt */.jj)(release, "id");
    if ((input.action === "created" || input.action === "deleted") && id !== undefined) {
        return (0,events_id/* idKey */.T4) `${tag}@release-${id}`;
    }
    return `${(0,events_id/* idKey */.T4) `${tag}`}@${runDelivery(input)}`;
}
// create: the payload has no commit, but GITHUB_SHA is the commit the new ref points at, so a
// ref re-created elsewhere is a new event. delete: GITHUB_SHA is the default branch, which
// says nothing about the deleted ref, so deletions are told apart by the run.
function createKey({ payload, context }) {
    const refType = (0,fields/* stringAt */.bX)(payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    if (refType === undefined || ref === undefined)
        return undefined;
    return context.sha === undefined ? (0,events_id/* idKey */.T4) `${refType}:${ref}` : (0,events_id/* idKey */.T4) `${refType}:${ref}@${context.sha}`;
}
function deleteKey(input) {
    const refType = (0,fields/* stringAt */.bX)(input.payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(input.payload, "ref");
    if (refType === undefined || ref === undefined)
        return undefined;
    return `${(0,events_id/* idKey */.T4) `${refType}:${ref}`}@${runDelivery(input)}`;
}
// merge_group: each group has its own temporary ref and merge commit.
function mergeGroupKey({ payload }) {
    const group = (0,fields/* objectAt */.lJ)(payload, "merge_group");
    const ref = (0,fields/* stringAt */.bX)(group, "head_ref");
    const sha = (0,fields/* stringAt */.bX)(group, "head_sha");
    return ref === undefined || sha === undefined ? undefined : (0,events_id/* idKey */.T4) `${ref}@${sha}`;
}
// package, registry_package: a version is published once; `updated` repeats and moves the
// version's updated_at. The package id alone would merge every version of a package.
function packageKey(input) {
    const pkg = (0,fields/* objectAt */.lJ)(input.payload, input.eventName);
    const id = (0,fields/* idAt */.jj)(pkg, "id");
    if (id === undefined)
        return undefined;
    const version = (0,fields/* objectAt */.lJ)(pkg, "package_version");
    const versionId = (0,fields/* idAt */.jj)(version, "id");
    const key = versionId === undefined ? (0,events_id/* idKey */.T4) `package-${id}` : (0,events_id/* idKey */.T4) `package-${id}:version-${versionId}`;
    return input.action === "published" ? key : `${key}@${delivery(input, version ?? pkg)}`;
}

;// CONCATENATED MODULE: ./.build/events/keys-collaboration.js



// Natural keys of pull requests, issues, discussions, reviews and comments.
// Labels, assignees, reviewers and milestones: two of them can change in the same second
// (a PR opened with two labels sends two `labeled` deliveries with one updated_at).
function subjectOf(payload) {
    const label = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "label"), "name");
    if (label !== undefined)
        return (0,events_id/* idKey */.T4) `:label-${label}`;
    const assignee = (0,fields/* loginAt */.nS)(payload, "assignee");
    if (assignee !== undefined)
        return (0,events_id/* idKey */.T4) `:assignee-${assignee}`;
    const reviewer = (0,fields/* loginAt */.nS)(payload, "requested_reviewer");
    if (reviewer !== undefined)
        return (0,events_id/* idKey */.T4) `:reviewer-${reviewer}`;
    const team = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "requested_team"), "slug");
    if (team !== undefined)
        return (0,events_id/* idKey */.T4) `:team-${team}`;
    const milestone = (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(payload, "milestone"), "number");
    if (milestone !== undefined)
        return (0,events_id/* idKey */.T4) `:milestone-${milestone}`;
    return "";
}
// GitHub does not move updated_at when pinning (see the webhook examples), so these actions
// are told apart by the run.
const UNVERSIONED_ACTIONS = new Set(["pinned", "unpinned"]);
/** `@<updated_at>` of the issue/PR/discussion, or the run for actions that do not bump it. */
function threadDelivery(input, thread) {
    return UNVERSIONED_ACTIONS.has(input.action ?? "") ? runDelivery(input) : delivery(input, thread);
}
// pull_request, pull_request_target: the PR and its head commit. `opened` happens once per PR
// and `synchronize` once per head (like push, a head that comes back is the same event); every
// other action can repeat, so it adds its subject and the PR's updated_at.
function pullRequestBase(payload) {
    const pr = (0,fields/* objectAt */.lJ)(payload, "pull_request");
    const number = (0,fields/* numberAt */.tk)(pr, "number");
    const sha = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(pr, "head"), "sha");
    return number === undefined || sha === undefined ? undefined : (0,events_id/* idKey */.T4) `pr-${number}@${sha}`;
}
function pullRequestKey(input) {
    const base = pullRequestBase(input.payload);
    if (base === undefined)
        return undefined;
    if (input.action === "opened" || input.action === "synchronize")
        return base;
    return `${base}${subjectOf(input.payload)}@${threadDelivery(input, (0,fields/* objectAt */.lJ)(input.payload, "pull_request"))}`;
}
// pull_request_review: a review id is submitted and dismissed once; edits leave no time in the
// payload, so an edit is told apart by the run.
function reviewKey(input) {
    const base = pullRequestBase(input.payload);
    const review = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(input.payload, "review"), "id");
    if (base === undefined || review === undefined)
        return undefined;
    const key = `${base}${(0,events_id/* idKey */.T4) `:review-${review}`}`;
    return input.action === "edited" ? `${key}@${runDelivery(input)}` : key;
}
// pull_request_review_comment: a comment is created and deleted once; an edit moves updated_at.
function reviewCommentKey(input) {
    const base = pullRequestBase(input.payload);
    const comment = (0,fields/* objectAt */.lJ)(input.payload, "comment");
    const id = (0,fields/* idAt */.jj)(comment, "id");
    if (base === undefined || id === undefined)
        return undefined;
    const key = `${base}${(0,events_id/* idKey */.T4) `:comment-${id}`}`;
    return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}
// pull_request_review_thread: resolving and unresolving can repeat and carry no time.
function reviewThreadKey(input) {
    const base = pullRequestBase(input.payload);
    const thread = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(input.payload, "thread"), "node_id");
    if (base === undefined || thread === undefined)
        return undefined;
    return `${base}${(0,events_id/* idKey */.T4) `:thread-${thread}`}@${runDelivery(input)}`;
}
// issues, discussion: an issue is opened, deleted and transferred away once; other actions
// repeat, so they add their subject and the issue's updated_at.
const ONCE_PER_THREAD = new Set(["opened", "created", "deleted", "transferred"]);
function threadKey(kind) {
    return (input) => {
        const thread = (0,fields/* objectAt */.lJ)(input.payload, kind);
        const number = (0,fields/* numberAt */.tk)(thread, "number");
        if (number === undefined)
            return undefined;
        const base = (0,events_id/* idKey */.T4) `${kind}-${number}`;
        if (ONCE_PER_THREAD.has(input.action ?? ""))
            return base;
        return `${base}${subjectOf(input.payload)}@${threadDelivery(input, thread)}`;
    };
}
// issue_comment, discussion_comment: comment ids are unique; created and deleted happen once,
// each edit moves updated_at.
function commentKey(input) {
    const comment = (0,fields/* objectAt */.lJ)(input.payload, "comment");
    const id = (0,fields/* idAt */.jj)(comment, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `comment-${id}`;
    return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}

;// CONCATENATED MODULE: ./.build/events/keys.js






/** The natural key of a GitHub delivery; families that cannot read their payload fall back. */
function naturalKey(input) {
    return FAMILIES[input.eventName]?.(input) ?? genericKey(input);
}
const FAMILIES = {
    push: pushKey,
    pull_request: pullRequestKey,
    pull_request_target: pullRequestKey,
    pull_request_review: reviewKey,
    pull_request_review_comment: reviewCommentKey,
    pull_request_review_thread: reviewThreadKey,
    issues: threadKey("issue"),
    discussion: threadKey("discussion"),
    issue_comment: commentKey,
    discussion_comment: commentKey,
    release: releaseKey,
    create: createKey,
    delete: deleteKey,
    workflow_dispatch: dispatchKey,
    repository_dispatch: dispatchKey,
    schedule: scheduleKey,
    workflow_run: attemptKey("workflow_run", "run"),
    workflow_job: attemptKey("workflow_job", "job"),
    check_suite: checkSuiteKey,
    check_run: checkRunKey,
    merge_group: mergeGroupKey,
    deployment: deploymentKey,
    deployment_status: deploymentStatusKey,
    status: statusKey,
    package: packageKey,
    registry_package: packageKey,
};
// Any other event: the most specific object that has an id — the one named like the event
// (`label` for label), or like its last word (`alert` for code_scanning_alert), or sharing its
// prefix (`forkee` for fork, `installation` for installation_repositories), else the first
// other object with an id — plus what tells its deliveries apart (its updated_at, else the run,
// else a digest). No such object: the run, else a digest of the payload.
const CONTEXT_OBJECTS = new Set(["repository", "organization", "sender", "installation", "enterprise", "changes"]);
function genericKey(input) {
    const subject = subjectObject(input.eventName, input.payload);
    if (subject === undefined)
        return runDelivery(input);
    return `${(0,events_id/* idKey */.T4) `${subject.name}-${subject.id}`}@${delivery(input, subject.value)}`;
}
function subjectObject(eventName, payload) {
    const names = Object.keys(payload).filter((name) => (0,fields/* isObject */.Gv)(payload[name]));
    const related = (name) => eventName.startsWith(name) || name.startsWith(eventName);
    const lastWord = eventName.slice(eventName.lastIndexOf("_") + 1);
    const ordered = [
        ...names.filter((name) => name === eventName),
        ...names.filter((name) => name === lastWord && name !== eventName),
        ...names.filter((name) => name !== eventName && name !== lastWord && related(name)),
        ...names.filter((name) => name !== lastWord && !related(name) && !CONTEXT_OBJECTS.has(name)),
    ];
    for (const name of ordered) {
        const value = payload[name];
        const id = (0,fields/* idAt */.jj)(value, "id") ?? (0,fields/* idAt */.jj)(value, "number");
        if (id !== undefined)
            return { name, id, value };
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/events/pass-through.js
var pass_through = __nccwpck_require__(83477);
;// CONCATENATED MODULE: ./.build/events/payloads-automation.js

// Compact payloads of events started by people or machines rather than by code changes:
// dispatches, schedules, workflow runs and jobs, checks, deployments and commit statuses.
function workflowDispatchPart(payload) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref: (0,fields/* stringAt */.bX)(payload, "ref"),
            workflow: (0,fields/* stringAt */.bX)(payload, "workflow"),
            inputs: (0,fields/* objectAt */.lJ)(payload, "inputs") ?? {},
        }),
    };
}
function repositoryDispatchPart(payload) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            eventType: (0,fields/* stringAt */.bX)(payload, "action"),
            branch: (0,fields/* stringAt */.bX)(payload, "branch"),
            clientPayload: (0,fields/* objectAt */.lJ)(payload, "client_payload") ?? {},
        }),
    };
}
/** schedule: the cron that fired; GITHUB_WORKFLOW says which workflow it belongs to. */
function schedulePart(payload, context) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            schedule: (0,fields/* stringAt */.bX)(payload, "schedule"),
            workflow: (0,fields/* stringAt */.bX)(payload, "workflow") ?? context.workflow,
        }),
    };
}
function pullRequestNumbers(source) {
    return (0,fields/* objectsAt */.yR)(source, "pull_requests")
        .map((pr) => (0,fields/* numberAt */.tk)(pr, "number"))
        .filter((number) => number !== undefined);
}
function workflowRunPart(payload) {
    const run = (0,fields/* objectAt */.lJ)(payload, "workflow_run");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(run, "id"),
            name: (0,fields/* stringAt */.bX)(run, "name"),
            workflowId: (0,fields/* numberAt */.tk)(run, "workflow_id"),
            path: (0,fields/* stringAt */.bX)(run, "path"),
            runNumber: (0,fields/* numberAt */.tk)(run, "run_number"),
            runAttempt: (0,fields/* numberAt */.tk)(run, "run_attempt") ?? 1,
            event: (0,fields/* stringAt */.bX)(run, "event"),
            status: (0,fields/* stringAt */.bX)(run, "status"),
            conclusion: (0,fields/* stringAt */.bX)(run, "conclusion") ?? null,
            headSha: (0,fields/* stringAt */.bX)(run, "head_sha"),
            headBranch: (0,fields/* stringAt */.bX)(run, "head_branch"),
            headRepo: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(run, "head_repository"), "full_name"),
            actor: (0,fields/* loginAt */.nS)(run, "actor"),
            url: (0,fields/* stringAt */.bX)(run, "html_url"),
            pullRequests: pullRequestNumbers(run),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(run, "updated_at"),
    };
}
function workflowJobPart(payload) {
    const job = (0,fields/* objectAt */.lJ)(payload, "workflow_job");
    const labels = job?.labels;
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(job, "id"),
            runId: (0,fields/* numberAt */.tk)(job, "run_id"),
            runAttempt: (0,fields/* numberAt */.tk)(job, "run_attempt") ?? 1,
            name: (0,fields/* stringAt */.bX)(job, "name"),
            workflowName: (0,fields/* stringAt */.bX)(job, "workflow_name"),
            status: (0,fields/* stringAt */.bX)(job, "status"),
            conclusion: (0,fields/* stringAt */.bX)(job, "conclusion") ?? null,
            headSha: (0,fields/* stringAt */.bX)(job, "head_sha"),
            headBranch: (0,fields/* stringAt */.bX)(job, "head_branch"),
            labels: Array.isArray(labels) ? labels.filter((label) => typeof label === "string") : [],
            url: (0,fields/* stringAt */.bX)(job, "html_url"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(job, "completed_at") ?? (0,fields/* timeAt */.lC)(job, "started_at") ?? (0,fields/* timeAt */.lC)(job, "created_at"),
    };
}
function checkSuitePart(payload) {
    const suite = (0,fields/* objectAt */.lJ)(payload, "check_suite");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(suite, "id"),
            headSha: (0,fields/* stringAt */.bX)(suite, "head_sha"),
            headBranch: (0,fields/* stringAt */.bX)(suite, "head_branch") ?? null,
            status: (0,fields/* stringAt */.bX)(suite, "status"),
            conclusion: (0,fields/* stringAt */.bX)(suite, "conclusion") ?? null,
            app: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(suite, "app"), "slug"),
            pullRequests: pullRequestNumbers(suite),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(suite, "updated_at"),
    };
}
function checkRunPart(payload) {
    const run = (0,fields/* objectAt */.lJ)(payload, "check_run");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(run, "id"),
            name: (0,fields/* stringAt */.bX)(run, "name"),
            headSha: (0,fields/* stringAt */.bX)(run, "head_sha"),
            status: (0,fields/* stringAt */.bX)(run, "status"),
            conclusion: (0,fields/* stringAt */.bX)(run, "conclusion") ?? null,
            url: (0,fields/* stringAt */.bX)(run, "html_url"),
            checkSuiteId: (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(run, "check_suite"), "id"),
            app: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(run, "app"), "slug"),
            pullRequests: pullRequestNumbers(run),
            requestedAction: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "requested_action"), "identifier"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(run, "completed_at") ?? (0,fields/* timeAt */.lC)(run, "started_at"),
    };
}
function deploymentSummary(deployment) {
    return (0,fields/* definedOnly */.Uv)({
        id: (0,fields/* numberAt */.tk)(deployment, "id"),
        sha: (0,fields/* stringAt */.bX)(deployment, "sha"),
        ref: (0,fields/* stringAt */.bX)(deployment, "ref"),
        task: (0,fields/* stringAt */.bX)(deployment, "task"),
        environment: (0,fields/* stringAt */.bX)(deployment, "environment"),
        description: (0,fields/* stringAt */.bX)(deployment, "description") ?? null,
        creator: (0,fields/* loginAt */.nS)(deployment, "creator"),
        payload: (0,fields/* isObject */.Gv)(deployment?.payload) ? deployment.payload : undefined,
    });
}
function deploymentPart(payload) {
    const deployment = (0,fields/* objectAt */.lJ)(payload, "deployment");
    return { fields: deploymentSummary(deployment), occurredAt: (0,fields/* timeAt */.lC)(deployment, "created_at") };
}
function deploymentStatusPart(payload) {
    const status = (0,fields/* objectAt */.lJ)(payload, "deployment_status");
    return {
        fields: {
            deployment: deploymentSummary((0,fields/* objectAt */.lJ)(payload, "deployment")),
            ...(0,fields/* definedOnly */.Uv)({
                id: (0,fields/* numberAt */.tk)(status, "id"),
                state: (0,fields/* stringAt */.bX)(status, "state"),
                environment: (0,fields/* stringAt */.bX)(status, "environment"),
                description: (0,fields/* stringAt */.bX)(status, "description") ?? null,
                targetUrl: (0,fields/* stringAt */.bX)(status, "target_url") ?? null,
                environmentUrl: (0,fields/* stringAt */.bX)(status, "environment_url"),
                logUrl: (0,fields/* stringAt */.bX)(status, "log_url"),
            }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(status, "created_at"),
    };
}
function statusPart(payload) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(payload, "id"),
            sha: (0,fields/* stringAt */.bX)(payload, "sha"),
            context: (0,fields/* stringAt */.bX)(payload, "context"),
            state: (0,fields/* stringAt */.bX)(payload, "state"),
            description: (0,fields/* stringAt */.bX)(payload, "description") ?? null,
            targetUrl: (0,fields/* stringAt */.bX)(payload, "target_url") ?? null,
            branches: (0,fields/* objectsAt */.yR)(payload, "branches")
                .map((branch) => (0,fields/* stringAt */.bX)(branch, "name"))
                .filter((name) => name !== undefined),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(payload, "updated_at") ?? (0,fields/* timeAt */.lC)(payload, "created_at"),
    };
}

;// CONCATENATED MODULE: ./.build/events/payloads-code.js

/** GitHub's push payload lists up to 2048 commits; flows get the last 20 and the count. */
const PUSH_COMMITS_LIMIT = 20;
function commitAuthor(commit) {
    const author = (0,fields/* objectAt */.lJ)(commit, "author");
    return (0,fields/* stringAt */.bX)(author, "username") ?? (0,fields/* stringAt */.bX)(author, "name") ?? null;
}
function shortCommit(commit) {
    const id = (0,fields/* stringAt */.bX)(commit, "id");
    if (id === undefined)
        return undefined;
    return { id, message: (0,fields/* firstLine */.TM)((0,fields/* stringAt */.bX)(commit, "message")) ?? "", author: commitAuthor(commit) };
}
/** `refs/heads/main` → {branch: "main"}, `refs/tags/v1` → {tag: "v1"}. */
function refName(ref) {
    if (ref?.startsWith("refs/heads/"))
        return { branch: ref.slice("refs/heads/".length) };
    if (ref?.startsWith("refs/tags/"))
        return { tag: ref.slice("refs/tags/".length) };
    return {};
}
function pushPart(payload) {
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    const commits = (0,fields/* objectsAt */.yR)(payload, "commits")
        .map(shortCommit)
        .filter((commit) => commit !== undefined);
    const headCommit = (0,fields/* objectAt */.lJ)(payload, "head_commit");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref,
            before: (0,fields/* stringAt */.bX)(payload, "before"),
            after: (0,fields/* stringAt */.bX)(payload, "after"),
            ...refName(ref),
            baseRef: (0,fields/* stringAt */.bX)(payload, "base_ref"),
            created: (0,fields/* booleanAt */.CR)(payload, "created") ?? false,
            deleted: (0,fields/* booleanAt */.CR)(payload, "deleted") ?? false,
            forced: (0,fields/* booleanAt */.CR)(payload, "forced") ?? false,
            compare: (0,fields/* stringAt */.bX)(payload, "compare"),
            pusher: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "pusher"), "name"),
            headCommit: shortCommit(headCommit) ?? null,
            commits: commits.slice(-PUSH_COMMITS_LIMIT),
            commitCount: commits.length,
        }),
        // The push time, not the head commit's author time: pushing an old commit is a new push.
        occurredAt: (0,fields/* timeAt */.lC)((0,fields/* objectAt */.lJ)(payload, "repository"), "pushed_at") ?? (0,fields/* timeAt */.lC)(headCommit, "timestamp"),
    };
}
/** create: GITHUB_SHA is the commit the new ref points at. */
function createPart(payload, context) {
    const refType = (0,fields/* stringAt */.bX)(payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref,
            refType,
            ...(refType === "branch" && ref ? { branch: ref } : {}),
            ...(refType === "tag" && ref ? { tag: ref } : {}),
            sha: context.sha,
            defaultBranch: (0,fields/* stringAt */.bX)(payload, "master_branch"),
            description: (0,fields/* stringAt */.bX)(payload, "description"),
        }),
    };
}
function deletePart(payload) {
    const refType = (0,fields/* stringAt */.bX)(payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref,
            refType,
            ...(refType === "branch" && ref ? { branch: ref } : {}),
            ...(refType === "tag" && ref ? { tag: ref } : {}),
        }),
    };
}
/**
 * release: also a valid upstream-release payload (`provider`, `repo`, `tag`, `url`,
 * `publishedAt`), so a flow written for upstream releases can take a repository's own release.
 */
function releasePart(payload) {
    const release = (0,fields/* objectAt */.lJ)(payload, "release");
    const publishedAt = (0,fields/* timeAt */.lC)(release, "published_at") ?? null;
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            provider: "github",
            tag: (0,fields/* stringAt */.bX)(release, "tag_name"),
            name: (0,fields/* stringAt */.bX)(release, "name") ?? null,
            url: (0,fields/* stringAt */.bX)(release, "html_url"),
            id: (0,fields/* numberAt */.tk)(release, "id"),
            prerelease: (0,fields/* booleanAt */.CR)(release, "prerelease") ?? false,
            draft: (0,fields/* booleanAt */.CR)(release, "draft") ?? false,
            publishedAt,
            targetCommitish: (0,fields/* stringAt */.bX)(release, "target_commitish"),
            author: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(release, "author"), "login"),
        }),
        occurredAt: publishedAt ?? (0,fields/* timeAt */.lC)(release, "created_at"),
    };
}
function mergeGroupPart(payload) {
    const group = (0,fields/* objectAt */.lJ)(payload, "merge_group");
    const headRef = (0,fields/* stringAt */.bX)(group, "head_ref");
    const headCommit = (0,fields/* objectAt */.lJ)(group, "head_commit");
    // The queue names its branch gh-readonly-queue/<base>/pr-<number>-<sha>.
    const pullRequest = headRef === undefined ? undefined : /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            headSha: (0,fields/* stringAt */.bX)(group, "head_sha"),
            headRef,
            baseSha: (0,fields/* stringAt */.bX)(group, "base_sha"),
            baseRef: (0,fields/* stringAt */.bX)(group, "base_ref"),
            pullRequest: pullRequest === undefined ? undefined : Number(pullRequest),
            headCommit: shortCommit(headCommit),
            reason: (0,fields/* stringAt */.bX)(payload, "reason"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(headCommit, "timestamp"),
    };
}
/** package, registry_package: the package and the version the delivery is about. */
function packagePart(payload, eventName) {
    const pkg = (0,fields/* objectAt */.lJ)(payload, eventName);
    const version = (0,fields/* objectAt */.lJ)(pkg, "package_version");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(pkg, "id"),
            name: (0,fields/* stringAt */.bX)(pkg, "name"),
            packageType: (0,fields/* stringAt */.bX)(pkg, "package_type"),
            namespace: (0,fields/* stringAt */.bX)(pkg, "namespace"),
            version: (0,fields/* stringAt */.bX)(version, "version"),
            versionId: (0,fields/* numberAt */.tk)(version, "id"),
            url: (0,fields/* stringAt */.bX)(version, "html_url") ?? (0,fields/* stringAt */.bX)(pkg, "html_url"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(version, "updated_at") ?? (0,fields/* timeAt */.lC)(pkg, "updated_at"),
    };
}

;// CONCATENATED MODULE: ./.build/events/payloads-collaboration.js

function pullRequestSummary(pr) {
    const head = (0,fields/* objectAt */.lJ)(pr, "head");
    const base = (0,fields/* objectAt */.lJ)(pr, "base");
    const headRepo = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(head, "repo"), "full_name") ?? null;
    const baseRepo = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(base, "repo"), "full_name") ?? null;
    return {
        number: (0,fields/* numberAt */.tk)(pr, "number") ?? null,
        title: (0,fields/* stringAt */.bX)(pr, "title") ?? null,
        state: (0,fields/* stringAt */.bX)(pr, "state") ?? null,
        draft: (0,fields/* booleanAt */.CR)(pr, "draft") ?? false,
        merged: (0,fields/* booleanAt */.CR)(pr, "merged") ?? false,
        headSha: (0,fields/* stringAt */.bX)(head, "sha") ?? null,
        headRef: (0,fields/* stringAt */.bX)(head, "ref") ?? null,
        baseSha: (0,fields/* stringAt */.bX)(base, "sha") ?? null,
        baseRef: (0,fields/* stringAt */.bX)(base, "ref") ?? null,
        headRepo,
        // A deleted fork leaves head.repo null; it was not the base repository either.
        fork: headRepo === null || (baseRepo !== null && headRepo !== baseRepo),
        author: (0,fields/* loginAt */.nS)(pr, "user") ?? null,
        labels: (0,fields/* labelNames */.l3)(pr),
        url: (0,fields/* stringAt */.bX)(pr, "html_url") ?? null,
    };
}
/** What a labeled/assigned/review_requested/milestoned delivery is about. */
function subjectFields(payload) {
    return (0,fields/* definedOnly */.Uv)({
        label: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "label"), "name"),
        assignee: (0,fields/* loginAt */.nS)(payload, "assignee"),
        requestedReviewer: (0,fields/* loginAt */.nS)(payload, "requested_reviewer"),
        requestedTeam: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "requested_team"), "slug"),
        milestone: (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(payload, "milestone"), "number"),
    });
}
function pullRequestPart(payload) {
    const pr = (0,fields/* objectAt */.lJ)(payload, "pull_request");
    return {
        fields: {
            ...pullRequestSummary(pr),
            ...subjectFields(payload),
            ...(0,fields/* definedOnly */.Uv)({ before: (0,fields/* stringAt */.bX)(payload, "before"), after: (0,fields/* stringAt */.bX)(payload, "after") }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(pr, "updated_at"),
    };
}
function commentSummary(comment) {
    return (0,fields/* definedOnly */.Uv)({
        id: (0,fields/* numberAt */.tk)(comment, "id"),
        body: (0,fields/* stringAt */.bX)(comment, "body") ?? "",
        author: (0,fields/* loginAt */.nS)(comment, "user"),
        url: (0,fields/* stringAt */.bX)(comment, "html_url"),
        createdAt: (0,fields/* timeAt */.lC)(comment, "created_at"),
        updatedAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    });
}
function reviewPart(payload) {
    const review = (0,fields/* objectAt */.lJ)(payload, "review");
    return {
        fields: {
            pullRequest: pullRequestSummary((0,fields/* objectAt */.lJ)(payload, "pull_request")),
            review: (0,fields/* definedOnly */.Uv)({
                id: (0,fields/* numberAt */.tk)(review, "id"),
                state: (0,fields/* stringAt */.bX)(review, "state"),
                body: (0,fields/* stringAt */.bX)(review, "body") ?? "",
                author: (0,fields/* loginAt */.nS)(review, "user"),
                commitId: (0,fields/* stringAt */.bX)(review, "commit_id"),
                url: (0,fields/* stringAt */.bX)(review, "html_url"),
                submittedAt: (0,fields/* timeAt */.lC)(review, "submitted_at"),
            }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(review, "submitted_at") ?? (0,fields/* timeAt */.lC)((0,fields/* objectAt */.lJ)(payload, "pull_request"), "updated_at"),
    };
}
function reviewCommentPart(payload) {
    const comment = (0,fields/* objectAt */.lJ)(payload, "comment");
    return {
        fields: {
            pullRequest: pullRequestSummary((0,fields/* objectAt */.lJ)(payload, "pull_request")),
            comment: {
                ...commentSummary(comment),
                ...(0,fields/* definedOnly */.Uv)({
                    path: (0,fields/* stringAt */.bX)(comment, "path"),
                    line: (0,fields/* numberAt */.tk)(comment, "line"),
                    commitId: (0,fields/* stringAt */.bX)(comment, "commit_id"),
                    reviewId: (0,fields/* numberAt */.tk)(comment, "pull_request_review_id"),
                }),
            },
        },
        occurredAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    };
}
function reviewThreadPart(payload) {
    const thread = (0,fields/* objectAt */.lJ)(payload, "thread");
    return {
        fields: {
            pullRequest: pullRequestSummary((0,fields/* objectAt */.lJ)(payload, "pull_request")),
            thread: (0,fields/* definedOnly */.Uv)({ id: (0,fields/* stringAt */.bX)(thread, "node_id") }),
        },
        occurredAt: (0,fields/* timeAt */.lC)((0,fields/* objectAt */.lJ)(payload, "pull_request"), "updated_at"),
    };
}
function issueSummary(issue) {
    return {
        number: (0,fields/* numberAt */.tk)(issue, "number") ?? null,
        title: (0,fields/* stringAt */.bX)(issue, "title") ?? null,
        state: (0,fields/* stringAt */.bX)(issue, "state") ?? null,
        author: (0,fields/* loginAt */.nS)(issue, "user") ?? null,
        labels: (0,fields/* labelNames */.l3)(issue),
        url: (0,fields/* stringAt */.bX)(issue, "html_url") ?? null,
        // Comments on pull requests arrive as issue_comment with issue.pull_request set.
        isPullRequest: (0,fields/* objectAt */.lJ)(issue, "pull_request") !== undefined,
    };
}
function issuePart(payload) {
    const issue = (0,fields/* objectAt */.lJ)(payload, "issue");
    return { fields: { ...issueSummary(issue), ...subjectFields(payload) }, occurredAt: (0,fields/* timeAt */.lC)(issue, "updated_at") };
}
function issueCommentPart(payload) {
    const comment = (0,fields/* objectAt */.lJ)(payload, "comment");
    return {
        fields: { issue: issueSummary((0,fields/* objectAt */.lJ)(payload, "issue")), comment: commentSummary(comment) },
        occurredAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    };
}
function discussionSummary(discussion) {
    return {
        number: (0,fields/* numberAt */.tk)(discussion, "number") ?? null,
        title: (0,fields/* stringAt */.bX)(discussion, "title") ?? null,
        state: (0,fields/* stringAt */.bX)(discussion, "state") ?? null,
        category: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(discussion, "category"), "name") ?? null,
        author: (0,fields/* loginAt */.nS)(discussion, "user") ?? null,
        url: (0,fields/* stringAt */.bX)(discussion, "html_url") ?? null,
    };
}
function discussionPart(payload) {
    const discussion = (0,fields/* objectAt */.lJ)(payload, "discussion");
    return {
        fields: {
            ...discussionSummary(discussion),
            ...subjectFields(payload),
            ...(0,fields/* definedOnly */.Uv)({ answerId: (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(payload, "answer"), "id") }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(discussion, "updated_at"),
    };
}
function discussionCommentPart(payload) {
    const comment = (0,fields/* objectAt */.lJ)(payload, "comment");
    return {
        fields: {
            discussion: discussionSummary((0,fields/* objectAt */.lJ)(payload, "discussion")),
            comment: commentSummary(comment),
        },
        occurredAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    };
}

;// CONCATENATED MODULE: ./.build/events/payloads.js




const PARTS = {
    push: pushPart,
    create: createPart,
    delete: deletePart,
    release: releasePart,
    merge_group: mergeGroupPart,
    pull_request: pullRequestPart,
    pull_request_target: pullRequestPart,
    pull_request_review: reviewPart,
    pull_request_review_comment: reviewCommentPart,
    pull_request_review_thread: reviewThreadPart,
    issues: issuePart,
    issue_comment: issueCommentPart,
    discussion: discussionPart,
    discussion_comment: discussionCommentPart,
    workflow_dispatch: workflowDispatchPart,
    repository_dispatch: repositoryDispatchPart,
    schedule: schedulePart,
    workflow_run: workflowRunPart,
    workflow_job: workflowJobPart,
    check_suite: checkSuitePart,
    check_run: checkRunPart,
    deployment: deploymentPart,
    deployment_status: deploymentStatusPart,
    status: statusPart,
    package: (payload, _context, eventName) => packagePart(payload, eventName),
    registry_package: (payload, _context, eventName) => packagePart(payload, eventName),
};
/** The repository an event belongs to: the payload's, else GITHUB_REPOSITORY. */
function eventRepository(payload, context) {
    return (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "repository"), "full_name") ?? context.repository ?? null;
}
/** The payload flows receive, and the time of the domain event when the payload has one. */
function compactPayload(input) {
    const { eventName, action, payload, context } = input;
    const part = PARTS[eventName]?.(payload, context, eventName) ?? genericPart(eventName, payload);
    const base = {
        repo: eventRepository(payload, context),
        sender: (0,fields/* loginAt */.nS)(payload, "sender") ?? context.actor ?? null,
        ...(action !== undefined ? { action } : {}),
    };
    const compact = { ...base, ...part.fields };
    if (input.includeWebhookPayload)
        compact.github = payload;
    return part.occurredAt === undefined ? { payload: compact } : { payload: compact, occurredAt: part.occurredAt };
}
/** Any other event: the common fields only (the webhook payload is under `github`). */
function genericPart(eventName, payload) {
    const subject = (0,fields/* objectAt */.lJ)(payload, eventName);
    const occurredAt = (0,fields/* timeAt */.lC)(subject, "updated_at") ?? (0,fields/* timeAt */.lC)(subject, "created_at");
    return occurredAt === undefined ? { fields: {} } : { fields: {}, occurredAt };
}

;// CONCATENATED MODULE: ./.build/events/github.js






/**
 * The FlowEvent for the GitHub delivery that started this job: a FlowEvent the delivery
 * carries (the `event` input, a dispatch), else the mapped GitHub event with a deterministic id
 * `github:<type>:<owner>/<repo>:<natural key>`. Pure: everything comes from the input.
 */
function flowEventFromGitHub(input) {
    const eventName = input.eventName.trim();
    if (eventName === "") {
        throw new errors/* GitHubEventError */.AT({ message: "The GitHub event name is empty; expected e.g. push, release or pull_request." });
    }
    if (!(0,fields/* isObject */.Gv)(input.payload)) {
        throw new errors/* GitHubEventError */.AT({
            message: `The payload of the GitHub event ${eventName} is not a JSON object; pass the webhook payload as delivered.`,
        });
    }
    const payload = input.payload;
    const now = (input.now ?? (() => new Date()))();
    const action = gitHubAction(payload);
    const carried = (0,pass_through/* passThroughEvent */.vQ)({
        eventName,
        action,
        payload,
        now,
        ...(input.eventInput !== undefined ? { eventInput: input.eventInput } : {}),
    });
    if (carried)
        return carried;
    const type = gitHubEventType(eventName, payload);
    const compact = compactPayload({
        eventName,
        action,
        payload,
        context: input.context,
        includeWebhookPayload: input.includeWebhookPayload ?? true,
    });
    return {
        id: (0,events_id/* githubEventId */.j4)({
            type,
            repo: idScope(payload, input.context),
            key: naturalKey({ eventName, action, payload, context: input.context }),
        }),
        type,
        source: "github",
        ...(compact.occurredAt !== undefined ? { occurredAt: compact.occurredAt } : {}),
        receivedAt: now.toISOString(),
        payload: compact.payload,
    };
}
/** The webhook `action` (for repository_dispatch: the event_type), when it is a string. */
function gitHubAction(payload) {
    return (0,fields/* stringAt */.bX)(payload, "action");
}
/** `<event name>` or `<event name>.<action>`: `release.published`, `repository_dispatch.deploy`. */
function gitHubEventType(eventName, payload) {
    const action = (0,fields/* isObject */.Gv)(payload) ? gitHubAction(payload) : undefined;
    return action === undefined ? eventName : `${eventName}.${action}`;
}
/**
 * The `<owner>/<repo>` part of the id. Events outside a repository (installation, sponsorship,
 * organization...) never start a workflow, but can be fed to the CLI: they are scoped to
 * their organization or account as `<login>/*`, or `*` + `/*` when nothing names an owner.
 */
function idScope(payload, context) {
    const repo = eventRepository(payload, context);
    if (repo !== null)
        return repo;
    const owner = (0,fields/* loginAt */.nS)(payload, "organization") ?? (0,fields/* loginAt */.nS)((0,fields/* objectAt */.lJ)(payload, "installation"), "account") ?? (0,fields/* loginAt */.nS)(payload, "sender");
    return `${owner ?? "*"}/*`;
}

;// CONCATENATED MODULE: ./.build/events/index.js
// Public surface of the events area: GitHub event → FlowEvent. Nothing runs on import.







// EXTERNAL MODULE: ./.build/flows/index.js + 6 modules
var flows = __nccwpck_require__(28001);
;// CONCATENATED MODULE: ./.build/state/lazy-store.js
/**
 * A store opened on first use. Most events match no flow, and such a dispatch reads and
 * writes nothing, so it should not pay for cloning a state branch or listing artifacts.
 */
class LazyStateStore {
    kind;
    #open;
    #store;
    #opened;
    constructor(kind, open) {
        this.kind = kind;
        this.#open = open;
    }
    get problems() {
        return this.#opened?.problems ?? [];
    }
    /** True once something needed the real store. */
    get isOpen() {
        return this.#store !== undefined;
    }
    async loadEvent(eventId) {
        return (await this.#real()).loadEvent(eventId);
    }
    async saveEvent(record) {
        return (await this.#real()).saveEvent(record);
    }
    async listEvents(query) {
        return (await this.#real()).listEvents(query);
    }
    async flush() {
        if (this.#store)
            await (await this.#store).flush();
    }
    async close() {
        if (this.#store)
            await (await this.#store).close?.();
    }
    #real() {
        this.#store ??= this.#open().then((store) => {
            this.#opened = store;
            return store;
        });
        return this.#store;
    }
}

// EXTERNAL MODULE: ./.build/report/summary.js
var summary = __nccwpck_require__(54681);
;// CONCATENATED MODULE: ./.build/action/bun.js


/**
 * The `bun` executable for steps: the one on PATH, else the requested version from the
 * runner's tool cache, downloaded once (from `bun-download-url`) when the cache lacks it.
 */
async function resolveBun(options) {
    const platform = options.platform ?? process.platform;
    const onPath = await findOnPath(platform === "win32" ? "bun.exe" : "bun", options.env.PATH ?? "");
    if (onPath)
        return onPath;
    const { bunVersion: version, bunDownloadUrl } = options.inputs;
    const asset = bunAssetName(platform, options.arch ?? process.arch);
    const tc = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59805));
    let folder = tc.find("bun", version);
    if (folder) {
        options.io.info(`bun is not on PATH; using Bun ${version} from the tool cache (${folder}).`);
    }
    else {
        const url = `${bunDownloadUrl}/bun-v${version}/${asset}.zip`;
        options.io.info(`bun is not on PATH; installing Bun ${version} from ${url} into the tool cache.`);
        let archive;
        try {
            archive = await tc.downloadTool(url);
        }
        catch (error) {
            throw new Error(`downloading Bun ${version} from ${url} failed (${error instanceof Error ? error.message : String(error)}). ` +
                'Check the "bun-version" input, or put bun on PATH before this step (for example with oven-sh/setup-bun).');
        }
        const extracted = await tc.extractZip(archive);
        folder = await tc.cacheDir((0,external_node_path_.join)(extracted, asset), "bun", version);
    }
    const executable = (0,external_node_path_.join)(folder, platform === "win32" ? "bun.exe" : "bun");
    options.env.PATH = [(0,external_node_path_.dirname)(executable), options.env.PATH].filter(Boolean).join(external_node_path_.delimiter);
    return executable;
}
/** Bun's release asset for this machine, as named on its releases page. */
function bunAssetName(platform, arch) {
    const os = platform === "win32" ? "windows" : platform;
    const cpu = arch === "arm64" ? "aarch64" : arch === "x64" ? "x64" : undefined;
    if (!["linux", "darwin", "windows"].includes(os) || !cpu) {
        throw new Error(`Bun has no release for ${platform}/${arch}; install bun on PATH yourself before this step.`);
    }
    return `bun-${os}-${cpu}`;
}
async function findOnPath(name, path) {
    for (const dir of path.split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            await (0,promises_.access)(candidate, promises_.constants.X_OK);
            return candidate;
        }
        catch {
            // not in this folder
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/report/modes.js
var modes = __nccwpck_require__(18657);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __nccwpck_require__(40801);
// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __nccwpck_require__(78404);
// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __nccwpck_require__(19917);
;// CONCATENATED MODULE: ./.build/action/state.js




const STATE_KINDS = ["artifact", "branch", "file", "none"];
function readStateKind(value) {
    const kind = (value || "artifact").toLowerCase();
    if (!STATE_KINDS.includes(kind)) {
        throw new ActionInputError(`Input "state" is "${value}"; expected one of: ${STATE_KINDS.join(", ")}.`);
    }
    return kind;
}
/** The state store the `state` input asks for, set up from the runner's environment. */
async function openActionStore({ inputs, env, repoRoot }) {
    if (inputs.state === "none")
        return new memory_store/* MemoryStateStore */.k();
    const { createStateStore } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3974));
    switch (inputs.state) {
        case "file": {
            const dir = inputs.stateDir ? ((0,external_node_path_.isAbsolute)(inputs.stateDir) ? inputs.stateDir : (0,external_node_path_.join)(repoRoot, inputs.stateDir)) : (0,layout/* defaultStateDir */.yD)(repoRoot);
            return createStateStore({ kind: "file", dir });
        }
        case "branch":
            return createStateStore({ kind: "branch", branch: inputs.stateBranch, remoteUrl: branchRemoteUrl(inputs.githubToken, env) });
        case "artifact":
            return openArtifactStore(inputs, env);
    }
}
/** https URL of this repository with the token as credentials (git never prints it; we redact it). */
function branchRemoteUrl(token, env) {
    const repository = env.GITHUB_REPOSITORY;
    if (!repository)
        throw new ActionInputError('state "branch" needs GITHUB_REPOSITORY, which the runner sets.');
    const server = new URL(env.GITHUB_SERVER_URL || "https://github.com");
    if (token) {
        server.username = "x-access-token";
        server.password = token;
    }
    return `${server.toString().replace(/\/$/, "")}/${repository}.git`;
}
async function openArtifactStore(inputs, env) {
    const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt } = env;
    if (!repository || !runId) {
        throw new ActionInputError('state "artifact" keeps records as workflow artifacts, so it only works inside a workflow run (GITHUB_REPOSITORY and GITHUB_RUN_ID are missing). Use state: file locally.');
    }
    if (!inputs.githubToken) {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
        throw new ActionInputError('state "artifact" reads earlier runs\' artifacts through the API: give the action a token ("github-token", default ${{ github.token }}) with actions: read.');
    }
    const { createStateStore } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3974));
    return createStateStore({
        kind: "artifact",
        artifact: {
            token: inputs.githubToken,
            repository,
            apiUrl: env.GITHUB_API_URL || "https://api.github.com",
            runId,
            runAttempt: runAttempt || "1",
        },
    });
}

;// CONCATENATED MODULE: ./.build/action/inputs.js



class ActionInputError extends Error {
    name = "ActionInputError";
}
const ACTION_MODES = ["dispatch", "plan", "run-step", "report", "http"];
const DEFAULT_FLOWS_PATH = [".codex/flows", "flows"];
const DEFAULT_BUN_VERSION = "1.4.5";
const DEFAULT_BUN_DOWNLOAD_URL = "https://github.com/oven-sh/bun/releases/download";
/** Read and check every input once, so a typo fails before anything runs. */
function readInputs(io) {
    const flowsPath = splitList(io.getInput("flows-path"));
    const token = io.getInput("github-token");
    if (token)
        io.setSecret(token);
    const event = io.getInput("event");
    return {
        flowsPath: flowsPath.length > 0 ? flowsPath : DEFAULT_FLOWS_PATH,
        githubToken: token,
        concurrency: readConcurrency(io.getInput("concurrency")),
        ...(event ? { event } : {}),
        dryRun: readBoolean(io.getInput("dry-run"), "dry-run", false),
        failOn: readFailOn(io.getInput("fail-on")),
        bunVersion: io.getInput("bun-version") || DEFAULT_BUN_VERSION,
        bunDownloadUrl: (io.getInput("bun-download-url") || DEFAULT_BUN_DOWNLOAD_URL).replace(/\/+$/, ""),
        state: readStateKind(io.getInput("state")),
        stateBranch: io.getInput("state-branch") || "flows-state",
        stateDir: io.getInput("state-dir"),
        ...(io.getInput("replay") ? { replay: io.getInput("replay") } : {}),
        mode: readMode(io.getInput("mode")),
        watch: io.getInput("watch"),
        steps: io.getInput("steps"),
        runsFile: io.getInput("runs-file"),
        runsDir: io.getInput("runs-dir"),
        backend: readBackend(io),
    };
}
function readMode(value) {
    const mode = value || "dispatch";
    if (!ACTION_MODES.includes(mode)) {
        throw new ActionInputError(`Input "mode" is "${value}"; expected one of: ${ACTION_MODES.join(", ")}.`);
    }
    return mode;
}
function readBackend(io) {
    const backend = {
        url: io.getInput("backend-url"),
        token: io.getInput("backend-token"),
        apiKey: io.getInput("backend-api-key"),
        hmacSecret: io.getInput("backend-hmac-secret"),
    };
    for (const secret of [backend.token, backend.apiKey, backend.hmacSecret])
        if (secret)
            io.setSecret(secret);
    const timeout = io.getInput("backend-timeout-minutes");
    if (!timeout)
        return backend;
    const minutes = Number(timeout);
    if (!(minutes > 0))
        throw new ActionInputError(`Input "backend-timeout-minutes" is "${timeout}"; expected a positive number.`);
    return { ...backend, timeoutMs: minutes * 60_000 };
}
/** Lines or commas, blanks dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function readBoolean(value, name, fallback) {
    const normalized = value.trim().toLowerCase();
    if (normalized === "")
        return fallback;
    if (["true", "1", "yes", "on"].includes(normalized))
        return true;
    if (["false", "0", "no", "off"].includes(normalized))
        return false;
    throw new ActionInputError(`Input "${name}" is "${value}"; expected true or false.`);
}
function readConcurrency(value) {
    if (value.trim() === "")
        return (0,external_node_os_.availableParallelism)();
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) {
        throw new ActionInputError(`Input "concurrency" is "${value}"; expected a whole number of at least 1.`);
    }
    return parsed;
}
const KNOWN_STATUSES = [...contracts/* FLOW_RESULT_STATUSES */.WL, ...contracts/* PROCESS_STATUSES */.Ne];
/** `fail-on`: effective statuses that fail the job; `none` for never. */
function readFailOn(value) {
    const items = splitList(value || "failed").map((item) => item.toLowerCase());
    if (items.length === 1 && items[0] === "none")
        return new Set();
    const statuses = new Set();
    for (const item of items) {
        if (item === "needs-attention" || item === "needs_attention") {
            statuses.add("blocked");
            statuses.add("needs_intervention");
        }
        else if (KNOWN_STATUSES.includes(item)) {
            statuses.add(item);
        }
        else {
            throw new ActionInputError(`Input "fail-on" has "${item}"; expected a list of: ${KNOWN_STATUSES.join(", ")}, needs-attention, or none.`);
        }
    }
    return statuses;
}

;// CONCATENATED MODULE: ./.build/action/outputs.js

// A job's outputs may total 1 MB; keep `results` well under it so other outputs fit.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/passing-information-between-jobs
const RESULTS_OUTPUT_LIMIT_CHARS = 512 * 1024;
async function writeOutputs(io, outcome) {
    const runs = (0,summary/* flatten */.Bq)(outcome).flatMap((each) => each.runs);
    await io.setOutput("event-id", outcome.eventId);
    await io.setOutput("event-type", outcome.event.type);
    await io.setOutput("matched", String(outcome.matched));
    await io.setOutput("needs-attention", String(runs.some((run) => run.needsAttention)));
    await io.setOutput("results", resultsJson(runs));
}
/**
 * Run views as JSON for later steps. Output tails stay in the summary and the log; if the
 * views are still too large, each is reduced to its identity, status and message.
 */
function resultsJson(runs) {
    const views = runs.map(({ output: _output, ...view }) => view);
    const full = JSON.stringify(views);
    if (full.length <= RESULTS_OUTPUT_LIMIT_CHARS)
        return full;
    const brief = runs.map((run) => ({
        id: run.id,
        eventId: run.eventId,
        flowName: run.flowName,
        stepName: run.stepName,
        processStatus: run.processStatus,
        resultStatus: run.resultStatus,
        effectiveStatus: run.effectiveStatus,
        needsAttention: run.needsAttention,
        message: typeof run.resultPayload?.message === "string" ? run.resultPayload.message.slice(0, 500) : undefined,
        truncated: true,
    }));
    return JSON.stringify(brief);
}

;// CONCATENATED MODULE: ./.build/action/publish.js


// GitHub shows at most 10 error and 10 warning annotations per step; the summary lists all.
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
const ANNOTATIONS_PER_KIND = 10;
/** What every mode ends with: annotations, the job summary, outputs, and fail-on. */
async function publishOutcome(outcome, options) {
    const { io, env, repoRoot } = options;
    annotate(io, (0,summary/* allProblems */.Ul)(outcome), repoRoot);
    await io.appendSummary((0,summary/* renderSummary */.Br)(outcome, { runUrl: runUrl(env), baseDir: repoRoot }));
    await writeOutputs(io, outcome);
    const failing = failingRuns(outcome, options.failOn);
    if (failing.length > 0) {
        const names = failing.map((run) => `${run.flowName}/${run.stepName} (${run.effectiveStatus})`);
        io.setFailed(`${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${names.join(", ")}`);
    }
}
function failingRuns(outcome, failOn) {
    return (0,summary/* flatten */.Bq)(outcome)
        .flatMap((each) => each.runs)
        .filter((run) => failOn.has(run.effectiveStatus));
}
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
function annotate(io, problems, repoRoot) {
    const counts = { error: 0, warning: 0 };
    for (const problem of problems) {
        counts[problem.severity] += 1;
        const properties = {
            title: "flows-action",
            file: problem.file.startsWith(`${repoRoot}/`) ? problem.file.slice(repoRoot.length + 1) : problem.file,
            startLine: problem.line,
            startColumn: problem.column,
        };
        if (counts[problem.severity] > ANNOTATIONS_PER_KIND)
            continue;
        if (problem.severity === "error")
            io.error(problem.message, properties);
        else
            io.warning(problem.message, properties);
    }
    const hidden = Math.max(0, counts.error - ANNOTATIONS_PER_KIND) + Math.max(0, counts.warning - ANNOTATIONS_PER_KIND);
    if (hidden > 0) {
        io.warning(`${hidden} more problems in flow packages are not shown as annotations; the job summary lists all ${problems.length}.`);
    }
}

;// CONCATENATED MODULE: ./.build/action/github-report.js




function readGitHubReportInputs(io) {
    return {
        checks: oneOf(io.getInput("checks") || "per-step", modes/* CHECKS_MODES */.FD, "checks"),
        comment: oneOf(io.getInput("comment") || "on-pr", modes/* COMMENT_MODES */.p8, "comment"),
        commentKey: io.getInput("comment-key") || "default",
        handover: oneOf(io.getInput("handover") || "auto", modes/* HANDOVER_MODES */.Ln, "handover"),
        botLogin: io.getInput("bot-login"),
    };
}
/** What this job does about GitHub: report live, upload a handover, publish one, or nothing. */
function handoverAction(context) {
    if (!insideWorkflowRun(context.env))
        return "none";
    return (0,modes/* handoverAction */.qe)(context.report.handover, context.event);
}
/**
 * A reporter for check runs and the comment, or undefined when there is nothing to do: both
 * off, no token, or not inside a workflow run (`flows github` never writes to GitHub).
 */
async function openGitHubReporter(context, problems) {
    const { report, env } = context;
    if ((report.checks === "off" && report.comment === "off") || !context.token || !insideWorkflowRun(env))
        return undefined;
    const [{ createGitHubClient }, { createGitHubReporter }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 89758)),
        __nccwpck_require__.e(/* import() */ 75).then(__nccwpck_require__.bind(__nccwpck_require__, 69075)),
    ]);
    const client = await createGitHubClient({ token: context.token, baseUrl: env.GITHUB_API_URL, log: (m) => context.io.info(m) });
    return createGitHubReporter({
        client,
        repository: env.GITHUB_REPOSITORY,
        event: context.event,
        ...(env.GITHUB_SHA ? { githubSha: env.GITHUB_SHA } : {}),
        checks: report.checks,
        comment: report.comment,
        commentKey: report.commentKey,
        ...(runUrl(env) ? { runUrl: runUrl(env) } : {}),
        io: context.io,
        problems,
        repoRoot: context.repoRoot,
        ...(report.botLogin ? { botLogin: report.botLogin } : {}),
    });
}
/** Completes the reporter's work and puts any fallback note in the job summary. */
async function finishGitHubReport(reporter, outcome, io) {
    if (!reporter)
        return;
    const report = await reporter.finish(outcome);
    if (report.summaryNote)
        await io.appendSummary(report.summaryNote);
}
/** Fork pull request: hand the results to a trusted `workflow_run` job as an artifact. */
async function uploadHandover(context, outcome) {
    if (context.dryRun)
        return;
    const { commitForEvent, handoverFromOutcome, pullRequestsInEvent, uploadHandover: upload, writeHandover } = await loadHandover();
    const headSha = commitForEvent(context.event, { sha: context.env.GITHUB_SHA }).sha;
    if (!headSha) {
        context.io.warning("The results were not handed over: this event names no commit to report them on.");
        return;
    }
    const dir = (0,external_node_path_.join)(context.env.RUNNER_TEMP || context.repoRoot, "flows-report");
    const file = await writeHandover(dir, handoverFromOutcome(outcome, { repository: context.env.GITHUB_REPOSITORY, headSha, prNumbers: pullRequestsInEvent(outcome.event) }));
    await upload({ file, rootDirectory: dir });
    context.io.info("This pull request comes from a fork, so its token cannot write checks or comments: the results were uploaded as the flows-report artifact for a workflow_run job to publish (see docs/pull-requests.md).");
}
/** `workflow_run` job: publish the handover of the run that triggered it. */
async function publishHandedOver(context) {
    const { triggeringRun, publishHandover } = await loadHandover();
    const run = triggeringRun(context.event);
    if (!run)
        throw new ActionInputError('handover "publish" needs a workflow_run event (the run whose results to publish).');
    const { createGitHubClient } = await __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 89758));
    const client = await createGitHubClient({ token: context.token, baseUrl: context.env.GITHUB_API_URL, log: (m) => context.io.info(m) });
    const result = await publishHandover({
        client,
        repository: context.env.GITHUB_REPOSITORY,
        workflowRun: run,
        checks: context.report.checks,
        comment: context.report.comment,
        commentKey: context.report.commentKey,
        io: context.io,
        ...(runUrl(context.env) ? { runUrl: runUrl(context.env) } : {}),
        ...(context.report.botLogin ? { botLogin: context.report.botLogin } : {}),
    });
    const lines = [
        "### flows-action handover",
        "",
        result.published
            ? `Published the results of run ${run.id}: ${result.checkRuns} check run${result.checkRuns === 1 ? "" : "s"}${result.commentUrl ? `, [the comment](${result.commentUrl})` : ""}.`
            : `Nothing was published for run ${run.id}.${result.warnings.length ? ` ${result.warnings.join(" ")}` : ""}`,
    ];
    await context.io.appendSummary(`${lines.join("\n")}\n${result.summaryNote ?? ""}`);
}
/** The reporter's live hooks beside another observer's. */
function alongside(first, second) {
    if (!second)
        return first;
    return {
        async onStepStart(run) {
            await first.onStepStart?.(run);
            await second.onStepStart?.(run);
        },
        onStepLine(run, stream, line) {
            first.onStepLine?.(run, stream, line);
            second.onStepLine?.(run, stream, line);
        },
        async onStepEnd(run) {
            await first.onStepEnd?.(run);
            await second.onStepEnd?.(run);
        },
    };
}
async function loadHandover() {
    const [handover, commit, pulls] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(75), __nccwpck_require__.e(531)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9531)),
        __nccwpck_require__.e(/* import() */ 50).then(__nccwpck_require__.bind(__nccwpck_require__, 29050)),
        __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 27469)),
    ]);
    return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent };
}
function insideWorkflowRun(env) {
    return Boolean(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID && env.GITHUB_ACTIONS === "true");
}
function oneOf(value, allowed, name) {
    if (allowed.includes(value))
        return value;
    throw new ActionInputError(`Input "${name}" is "${value}"; expected one of: ${allowed.join(", ")}.`);
}

;// CONCATENATED MODULE: ./.build/action/log-groups.js
/**
 * One log group per step. A step that starts while no group is open streams into its own
 * group live; steps running alongside it (GitHub groups cannot interleave) get their group
 * when they end, holding the recorded output tail.
 */
function logGroups(io) {
    let liveRunId;
    const title = (run) => `${run.flowName}/${run.stepName}`;
    return {
        onStepStart(run) {
            if (liveRunId)
                return;
            liveRunId = run.id;
            io.startGroup(title(run));
        },
        onStepLine(run, _stream, line) {
            if (run.id === liveRunId)
                io.info(line);
        },
        onStepEnd(run) {
            const status = `${title(run)}: ${run.effectiveStatus}${run.error ? ` — ${run.error.split("\n")[0]}` : ""}`;
            if (run.id === liveRunId) {
                liveRunId = undefined;
                io.endGroup();
                io.info(status);
                return;
            }
            io.startGroup(status);
            io.info(run.output ?? "(no output)");
            io.endGroup();
        },
    };
}

// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __nccwpck_require__(77795);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __nccwpck_require__(39709);
;// CONCATENATED MODULE: ./.build/action/scale-out.js





// GitHub runs at most 256 jobs per matrix:
// https://docs.github.com/en/actions/using-jobs/using-a-matrix-for-your-jobs
const MAX_MATRIX_JOBS = 256;
/**
 * One matrix job per matching step; past 256 steps, steps are dealt round-robin into 256
 * batches (a flow's steps stay together and in order, so its manifest order still holds).
 */
function planMatrix(planned) {
    const flows = new Map();
    for (const { flowName, stepName } of planned) {
        flows.set(flowName, [...(flows.get(flowName) ?? []), { flow: flowName, step: stepName }]);
    }
    const batched = planned.length > MAX_MATRIX_JOBS;
    const units = batched ? [...flows.values()] : planned.map(({ flowName, stepName }) => [{ flow: flowName, step: stepName }]);
    const jobs = Array.from({ length: Math.min(units.length, MAX_MATRIX_JOBS) }, () => []);
    for (const [i, unit] of units.entries())
        jobs[i % jobs.length]?.push(...unit);
    return {
        batched,
        matrix: {
            include: jobs.map((steps, index) => ({
                index,
                name: steps.length === 1 ? `${steps[0]?.flow}/${steps[0]?.step}` : `batch ${index + 1} (${steps.length} steps)`,
                steps: JSON.stringify(steps),
            })),
        },
    };
}
/** The `steps` input of a run-step job: the JSON a plan job put in its matrix entry. */
function readStepSelection(value) {
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        parsed = undefined;
    }
    const valid = Array.isArray(parsed) &&
        parsed.length > 0 &&
        parsed.every((item) => typeof item?.flow === "string" && typeof item?.step === "string");
    if (!valid) {
        throw new ActionInputError(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
        'Input "steps" must be the JSON list a plan job wrote, like [{"flow":"bindings","step":"regenerate"}]; pass ${{ matrix.steps }}.');
    }
    return parsed;
}
async function writeRunsFile(path, outcome) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(toRunsFile(outcome))}\n`);
}
function toRunsFile(outcome) {
    return { version: 1, event: outcome.event, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}
/** Every runs file under a folder (download-artifact puts each artifact in its own folder). */
async function readRunsDir(dir) {
    const files = [];
    const problems = [];
    for (const path of await jsonFiles(dir)) {
        try {
            files.push(checkRunsFile(JSON.parse(await (0,promises_.readFile)(path, "utf8"))));
        }
        catch (error) {
            problems.push({ severity: "error", file: path, message: `runs file skipped: ${error.message}` });
        }
    }
    return { files, problems };
}
/**
 * Merge what the run-step jobs reported for one event, in the order the steps matched. A step
 * whose job reported nothing (cancelled, runner lost) still appears, as canceled, so no step
 * silently disappears from the report.
 */
function mergeRuns(event, files, order, now) {
    const record = files
        .filter((file) => file.event.id === event.id)
        .map((file) => ({ formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: file.runs, firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 }))
        .reduce(state_record/* mergeEventRecords */.Zo, { formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
    const byId = new Map(record.runs.map((run) => [run.id, run]));
    return order.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
/** Child events dispatched by the run-step jobs, merged by event id. */
function childFiles(files) {
    const byEvent = new Map();
    for (const child of files.flatMap((file) => file.children)) {
        byEvent.set(child.event.id, [...(byEvent.get(child.event.id) ?? []), child]);
    }
    return [...byEvent.values()].map((group) => {
        const first = group[0];
        const runs = mergeRuns(first.event, group, [...new Set(group.flatMap((file) => file.runs.map((run) => run.id)))], new Date().toISOString());
        return { version: 1, event: first.event, runs, children: childFiles(group) };
    });
}
function checkRunsFile(value) {
    const file = value;
    if (file?.version !== 1)
        throw new Error("not a flows-action runs file (version 1)");
    if (typeof file.event?.id !== "string" || typeof file.event.type !== "string")
        throw new Error("event.id and event.type must be strings");
    if (!Array.isArray(file.runs) || !Array.isArray(file.children))
        throw new Error("runs and children must be arrays");
    for (const run of file.runs) {
        if (typeof run?.id !== "string" || typeof run.flowName !== "string" || typeof run.stepName !== "string") {
            throw new Error("every run needs string id, flowName and stepName");
        }
    }
    return { version: 1, event: file.event, runs: file.runs, children: file.children.map(checkRunsFile) };
}
async function jsonFiles(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        throw new ActionInputError(`Input "runs-dir" is ${dir}, which cannot be read. Download the run-step artifacts there first.`);
    }
    const nested = await Promise.all(entries.map(async (entry) => {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            return jsonFiles(path);
        return entry.name.endsWith(".json") ? [path] : [];
    }));
    return nested.flat().sort();
}

// EXTERNAL MODULE: ./.build/report/markdown.js
var markdown = __nccwpck_require__(54348);
;// CONCATENATED MODULE: ./.build/action/watch.js

/** Events on which the action polls watched repositories for new releases. */
const WATCH_EVENT_TYPES = new Set(["schedule", "workflow_dispatch"]);
/**
 * Poll the watched repositories (input `watch` and/or `[[watch]]` in .github/flows.toml) and
 * dispatch each new release as an `upstream.release` event. Returns one outcome per release;
 * a repository that fails is a warning, and the others are still handled.
 */
async function watchReleases(options) {
    const { io, env, inputs } = options;
    const { loadWatchConfig, watchAndDispatch, WatchConfigError } = await __nccwpck_require__.e(/* import() */ 982).then(__nccwpck_require__.bind(__nccwpck_require__, 49982));
    let watches;
    try {
        watches = await loadWatchConfig({ repoRoot: options.repoRoot, input: inputs.watch });
    }
    catch (error) {
        if (error instanceof WatchConfigError) {
            for (const problem of error.problems) {
                io.error(problem.message, { title: "flows-action watch", file: problem.file, startLine: problem.line, startColumn: problem.column });
            }
        }
        throw error;
    }
    if (watches.length === 0)
        return [];
    const { createGitHubClient } = await __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 89758));
    const client = await createGitHubClient({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL, log: (m) => io.info(m) });
    io.info(`Polling ${watches.length} watched repositor${watches.length === 1 ? "y" : "ies"} for new releases.`);
    const result = await watchAndDispatch({
        client,
        store: options.store,
        watches,
        dryRun: inputs.dryRun,
        log: (message) => io.info(message),
        dispatchOptions: {
            repoRoot: options.repoRoot,
            discovery: options.discovery,
            concurrency: inputs.concurrency,
            env: options.stepEnv,
            bunPath: options.bunPath,
            launchedBy: "flows-action:watch",
            observer: options.observer,
            signal: options.signal,
        },
    });
    const rows = result.reports.map((report) => {
        if (report.status === "error")
            io.warning(`Watching ${report.repo} failed: ${report.message ?? "unknown error"}`);
        return `| ${(0,markdown/* inlineCode */.ti)(report.repo)} | ${report.status} | ${report.newReleases} | ${(0,markdown/* inlineText */.ln)(report.message ?? "", 300)} |`;
    });
    await io.appendSummary(["### Upstream releases", "", "| Repository | Poll | New releases | Note |", "| --- | --- | --- | --- |", ...rows, ""].join("\n"));
    return result.outcomes;
}

;// CONCATENATED MODULE: ./.build/action/run.js














/**
 * The action: GitHub event → FlowEvent → (mode) → annotations, summary, outputs.
 * Modes: dispatch (everything in this job), plan / run-step / report (the reusable workflow's
 * three jobs), http (a flow backend runs the steps).
 */
async function runAction({ io, env, signal }) {
    const inputs = readInputs(io);
    const report = readGitHubReportInputs(io);
    const repoRoot = env.GITHUB_WORKSPACE || process.cwd();
    const store = new LazyStateStore(inputs.state, () => openActionStore({ inputs, env, repoRoot }));
    try {
        const event = inputs.replay ? await storedEvent(store, inputs.replay) : await eventFromGitHub(env, inputs.event);
        io.info(`${inputs.replay ? "Replaying" : "Event"} ${event.type} → ${event.id}`);
        const stepEnv = { ...env };
        const bunPath = once(() => resolveBun({ inputs, io, env: stepEnv }));
        const context = { io, env, inputs, report, repoRoot, store, event, stepEnv, bunPath, signal };
        const outcome = await MODES[inputs.mode](context);
        await store.flush();
        return outcome;
    }
    finally {
        await store.close();
    }
}
const MODES = {
    dispatch: async (context) => {
        const github = githubContext(context);
        const handover = handoverAction(github);
        if (handover === "publish") {
            await publishHandedOver(github);
            return nothingRan(context.event);
        }
        const discovery = await discover(context);
        // Open the reporter before running only when steps will run, so check runs show them live.
        const willRun = (await (0,flows/* matchSteps */.J6)(discovery.flows, context.event)).matched.length > 0;
        let reporter = handover === "none" && willRun ? await openGitHubReporter(github, discovery.problems) : undefined;
        let outcome;
        try {
            outcome = await runSteps(context, discovery, undefined, reporter);
            if (WATCH_EVENT_TYPES.has(context.event.type) && !context.inputs.replay && !context.inputs.event) {
                // New upstream releases are reported beside the event that polled for them.
                outcome.children.push(...(await watchReleases({ ...context, discovery, bunPath: context.bunPath, observer: logGroups(context.io) })));
            }
        }
        finally {
            if (!reporter && handover === "none" && outcome && worthReporting(outcome, github)) {
                reporter = await openGitHubReporter(github, discovery.problems);
            }
            await finishGitHubReport(reporter, outcome, context.io);
        }
        await publish(context, outcome);
        if (handover === "upload")
            await uploadHandover(github, outcome);
        return outcome;
    },
    plan: planMode,
    "run-step": async (context) => {
        if (!context.inputs.runsFile)
            throw new ActionInputError('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
        const only = readStepSelection(context.inputs.steps);
        const outcome = await runSteps(context, await discover(context), only);
        await writeRunsFile(context.inputs.runsFile, outcome);
        // Check runs and the comment are the report job's: it publishes every step once.
        await publish(context, outcome);
        return outcome;
    },
    report: reportMode,
    http: async (context) => {
        const { backend } = context.inputs;
        if (!backend.url)
            throw new ActionInputError('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
        const { dispatchToBackend } = await __nccwpck_require__.e(/* import() */ 46).then(__nccwpck_require__.bind(__nccwpck_require__, 7046));
        const outcome = await dispatchToBackend(context.event, {
            url: backend.url,
            ...(backend.token ? { token: backend.token } : {}),
            ...(backend.apiKey ? { apiKey: backend.apiKey } : {}),
            ...(backend.hmacSecret ? { hmacSecret: backend.hmacSecret } : {}),
            ...(backend.timeoutMs ? { timeoutMs: backend.timeoutMs } : {}),
            onProgress: (runs) => context.io.info(runs.map((run) => `${run.flowName}/${run.stepName}: ${run.effectiveStatus}`).join(", ")),
        });
        await reportToGitHub(context, outcome, []);
        await publish(context, outcome);
        return outcome;
    },
};
async function discover(context) {
    return (0,flows/* discoverFlows */.nE)({ repoRoot: context.repoRoot, roots: context.inputs.flowsPath, eventType: context.event.type });
}
async function runSteps(context, discovery, only, reporter) {
    const { io, env, inputs } = context;
    return (0,dispatch/* dispatch */.J)(context.event, {
        repoRoot: context.repoRoot,
        discovery,
        store: context.store,
        only,
        replay: inputs.replay !== undefined,
        concurrency: inputs.concurrency,
        dryRun: inputs.dryRun,
        env: context.stepEnv,
        bunPath: context.bunPath,
        launchedBy: env.GITHUB_ACTOR ? `github-actions:${env.GITHUB_ACTOR}` : "github-actions",
        observer: alongside(logGroups(io), reporter),
        signal: context.signal,
    });
}
function publish(context, outcome) {
    return publishOutcome(outcome, { io: context.io, env: context.env, repoRoot: context.repoRoot, failOn: context.inputs.failOn });
}
/** plan: match, and output a matrix of steps for the run-step jobs (runs nothing). */
async function planMode(context) {
    const { io } = context;
    const outcome = await (0,dispatch/* dispatch */.J)(context.event, { repoRoot: context.repoRoot, discovery: await discover(context), dryRun: true });
    const planned = outcome.runs;
    const { matrix, batched } = planMatrix(planned);
    if (batched)
        io.warning(`${planned.length} steps matched, more than GitHub's 256 jobs per matrix: they run in ${matrix.include.length} batches.`);
    await io.setOutput("matrix", JSON.stringify(matrix));
    await io.setOutput("has-steps", String(planned.length > 0));
    await io.setOutput("event-id", outcome.eventId);
    await io.setOutput("event-type", outcome.event.type);
    await io.setOutput("matched", String(planned.length));
    if (planned.length === 0) {
        await publishOutcome(outcome, { io, env: context.env, repoRoot: context.repoRoot, failOn: new Set() });
    }
    else {
        const jobs = matrix.include.length;
        await io.appendSummary(`Planned ${planned.length} step${planned.length === 1 ? "" : "s"} for \`${outcome.event.type}\` in ${jobs} job${jobs === 1 ? "" : "s"}.`);
    }
    return outcome;
}
/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
async function reportMode(context) {
    if (!context.inputs.runsDir)
        throw new ActionInputError('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
    const discovery = await discover(context);
    const match = await (0,flows/* matchSteps */.J6)(discovery.flows, context.event);
    const collected = await readRunsDir(context.inputs.runsDir);
    const now = new Date().toISOString();
    const order = match.matched.map(({ flow, step }) => (0,ids/* runIdFor */.q)(context.event.id, flow.name, step.name));
    const reported = new Map(mergeRuns(context.event, collected.files, order, now).map((run) => [run.id, run]));
    const runs = match.matched.map(({ flow, step }, i) => reported.get(order[i]) ?? missingRun(context.event, flow.name, flow.version, step.name, step.runner, order[i], now));
    const outcome = {
        status: runs.length > 0 && runs.every((run) => run.alreadyHandled) ? "duplicate" : "accepted",
        eventId: context.event.id,
        runIds: order,
        matched: runs.length,
        event: context.event,
        runs,
        mismatches: match.mismatches,
        problems: [...discovery.problems, ...collected.problems],
        shadowed: discovery.shadowed,
        children: childFiles(collected.files).map(outcomeFromFile),
        dryRun: false,
    };
    if (outcome.status === "duplicate")
        outcome.idempotent = true;
    await reportToGitHub(context, outcome, discovery.problems);
    await publish(context, outcome);
    return outcome;
}
/** Check runs and the comment for an outcome made elsewhere (report and http modes). */
async function reportToGitHub(context, outcome, problems) {
    const github = githubContext(context);
    if (!worthReporting(outcome, github))
        return;
    await finishGitHubReport(await openGitHubReporter(github, problems), outcome, context.io);
}
function githubContext(context) {
    return {
        io: context.io,
        env: context.env,
        token: context.inputs.githubToken,
        repoRoot: context.repoRoot,
        event: context.event,
        report: context.report,
        dryRun: context.inputs.dryRun,
    };
}
/** Something ran or is wrong, or the comment is wanted even for nothing. */
function worthReporting(outcome, github) {
    if (outcome.dryRun)
        return false;
    const ran = (0,summary/* flatten */.Bq)(outcome).some((each) => each.runs.length > 0);
    return ran || (0,summary/* allProblems */.Ul)(outcome).some((p) => p.severity === "error") || github.report.comment === "always";
}
function nothingRan(event) {
    return { status: "accepted", eventId: event.id, runIds: [], matched: 0, event, runs: [], mismatches: [], problems: [], shadowed: [], children: [], dryRun: false };
}
function outcomeFromFile(file) {
    return {
        status: file.runs.every((run) => run.alreadyHandled) ? "duplicate" : "accepted",
        eventId: file.event.id,
        runIds: file.runs.map((run) => run.id),
        matched: file.runs.length,
        event: file.event,
        runs: file.runs,
        mismatches: [],
        problems: [],
        shadowed: [],
        children: file.children.map(outcomeFromFile),
        dryRun: false,
    };
}
/** A step whose run-step job reported nothing (cancelled, runner lost) still shows up. */
function missingRun(event, flowName, flowVersion, stepName, runner, id, now) {
    return {
        id,
        eventId: event.id,
        flowName,
        flowVersion,
        stepName,
        runner,
        processStatus: "canceled",
        effectiveStatus: "canceled",
        needsAttention: false,
        attempts: [],
        error: "The run-step job for this step reported no result (cancelled, timed out or lost); see its job log.",
        createdAt: now,
        updatedAt: now,
    };
}
async function eventFromGitHub(env, eventInput) {
    const github = await loadGitHubEvent(env);
    return flowEventFromGitHub({ eventName: github.eventName, payload: github.payload, context: readGitHubRunContext(env), eventInput });
}
async function storedEvent(store, eventId) {
    const record = await store.loadEvent(eventId);
    if (!record) {
        throw new ActionInputError(`Input "replay" names event "${eventId}", which the ${store.kind} state store does not hold. Replay needs the state the event was first run with (same "state" input).`);
    }
    return record.event;
}
function once(make) {
    let value;
    return () => {
        value ??= make();
        return value;
    };
}

// EXTERNAL MODULE: ./.build/report/status.js
var report_status = __nccwpck_require__(7787);
;// CONCATENATED MODULE: ./.build/report/text.js


/** A dispatch as terminal lines, for `flows fire`, `flows run` and `flows github`. */
function renderText(outcome, options = {}) {
    const lines = [];
    for (const each of (0,summary/* flatten */.Bq)(outcome)) {
        const note = each.dryRun ? " (dry run)" : each.status === "duplicate" ? " (already handled)" : "";
        lines.push(`${bold(`event ${each.eventId}`, options)} type=${each.event.type} matched=${each.matched}${note}`);
        for (const run of each.runs) {
            const message = (0,report_status/* runMessage */.xA)(run);
            lines.push(`  ${(0,report_status/* statusLabel */.Rh)(run)}  ${run.flowName}/${run.stepName}  ${(0,report_status/* formatDuration */.a3)(run.durationMs)}${message ? `  ${message}` : ""}`);
        }
        if (each.runs.length === 0) {
            lines.push("  nothing matched");
            for (const miss of each.mismatches)
                lines.push(`    ${miss.flow.name}/${miss.step.name}: ${miss.message}`);
        }
    }
    const problems = (0,summary/* allProblems */.Ul)(outcome);
    if (problems.length > 0) {
        lines.push("", `${problems.length} problem${problems.length === 1 ? "" : "s"} in flow packages:`);
        for (const problem of problems)
            lines.push(`  ${formatProblem(problem, options)}`);
    }
    return lines.join("\n");
}
function formatProblem(problem, options = {}) {
    const file = options.baseDir && problem.file.startsWith(`${options.baseDir}/`)
        ? problem.file.slice(options.baseDir.length + 1)
        : problem.file;
    const where = [file, problem.line, problem.column].filter((x) => x !== undefined).join(":");
    const label = problem.severity === "error" ? red("error", options) : yellow("warning", options);
    return `${where}: ${label}: ${problem.message}`;
}
function bold(text, options) {
    return options.color ? `\u001b[1m${text}\u001b[22m` : text;
}
function red(text, options) {
    return options.color ? `\u001b[31m${text}\u001b[39m` : text;
}
function yellow(text, options) {
    return options.color ? `\u001b[33m${text}\u001b[39m` : text;
}

;// CONCATENATED MODULE: ./.build/cli/json-file.js


class InputFileError extends Error {
    name = "InputFileError";
}
/** Read a JSON file; a bad file is an error that names the path, line and column. */
async function readJsonFile(path, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        throw new InputFileError(code === "ENOENT" ? `${what} file ${path} does not exist.` : `${what} file ${path} cannot be read (${code ?? String(error)}).`);
    }
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (parsed.ok)
        return parsed.value;
    const where = parsed.line === undefined ? "" : `:${parsed.line}:${parsed.column ?? 1}`;
    throw new InputFileError(`${path}${where}: ${what} is not valid JSON: ${parsed.message}.`);
}

;// CONCATENATED MODULE: ./.build/cli/terminal-io.js
/** ActionIO for `flows github`: the action's code path, printed to a terminal. */
function terminalIO(options) {
    const out = options.stdout ?? ((text) => process.stdout.write(text));
    const err = options.stderr ?? ((text) => process.stderr.write(text));
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
    const where = (properties) => {
        if (!properties?.file)
            return "";
        return `${[properties.file, properties.startLine, properties.startColumn].filter((x) => x !== undefined).join(":")}: `;
    };
    const io = {
        outputs: new Map(),
        summaries: [],
        getInput: (name) => (options.inputs[name] ?? "").trim(),
        setOutput(name, value) {
            io.outputs.set(name, value);
        },
        setSecret() {
            // Nothing to mask on a terminal; tokens are never printed by flows-action itself.
        },
        info: (message) => out(`${message}\n`),
        warning: (message, properties) => err(`${where(properties)}${paint(33, "warning")}: ${message}\n`),
        error: (message, properties) => err(`${where(properties)}${paint(31, "error")}: ${message}\n`),
        startGroup: (name) => out(`${paint(36, "▸")} ${name}\n`),
        endGroup: () => { },
        async appendSummary(markdown) {
            io.summaries.push(markdown);
        },
        setFailed(message) {
            io.failure = message;
            err(`${paint(31, "failed")}: ${message}\n`);
        },
    };
    return io;
}

;// CONCATENATED MODULE: ./.build/cli/commands.js








/** `flows list`: every flow package and its steps, with triggers. */
async function listCommand(ctx) {
    const discovery = await (0,flows/* discoverFlows */.nE)({ repoRoot: ctx.repoRoot, roots: ctx.roots });
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ flows: discovery.flows, problems: discovery.problems, shadowed: discovery.shadowed }, null, 2)}\n`);
        return 0;
    }
    if (discovery.flows.length === 0)
        ctx.out(`No flow packages under ${(ctx.roots ?? [".codex/flows", "flows"]).join(", ")}.\n`);
    for (const flow of discovery.flows) {
        ctx.out(`${flow.name} v${flow.version}  ${relativeTo(ctx.repoRoot, flow.root)}${flow.description ? `  — ${flow.description}` : ""}\n`);
        for (const step of flow.steps) {
            const trigger = step.trigger ? `on ${step.trigger.type}${step.trigger.schema ? ` (${step.trigger.schema})` : ""}` : "no trigger";
            ctx.out(`  ${step.name}  [${step.runner}] ${step.script}  ${trigger}\n`);
        }
    }
    for (const problem of discovery.problems)
        ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    return 0;
}
/** `flows validate`: all manifests and schemas; exit 1 listing every error. */
async function validateCommand(ctx) {
    const result = await (0,flows/* validateFlows */._O)({ repoRoot: ctx.repoRoot, roots: ctx.roots });
    const errors = result.problems.filter((problem) => problem.severity === "error");
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ ok: errors.length === 0, flows: result.flows.map((f) => f.name), problems: result.problems }, null, 2)}\n`);
        return errors.length > 0 ? 1 : 0;
    }
    for (const problem of result.problems)
        ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    const steps = result.flows.reduce((sum, flow) => sum + flow.steps.length, 0);
    if (errors.length > 0) {
        ctx.err(`${errors.length} error${errors.length === 1 ? "" : "s"} in flow packages.\n`);
        return 1;
    }
    ctx.out(`${result.flows.length} flow${result.flows.length === 1 ? "" : "s"}, ${steps} step${steps === 1 ? "" : "s"}: all valid.\n`);
    return 0;
}
/** `flows fire` and `flows run`: dispatch an event file through the engine. */
async function fireCommand(ctx, options) {
    const event = await readJsonFile((0,external_node_path_.resolve)(options.eventPath), "The event");
    const { store } = await ctx.openStore();
    const outcome = await (0,dispatch/* dispatch */.J)(event, {
        repoRoot: ctx.repoRoot,
        roots: ctx.roots,
        store,
        concurrency: options.concurrency,
        dryRun: options.dryRun,
        only: options.only ? [options.only] : undefined,
        env: ctx.env,
        launchedBy: "flows-cli",
        observer: ctx.json
            ? undefined
            : { onStepLine: (run, _stream, line) => ctx.err(`[${run.flowName}/${run.stepName}] ${line}\n`) },
    });
    if (options.only && outcome.runs.length === 0) {
        const miss = outcome.mismatches.find((m) => m.flow.name === options.only?.flow && m.step.name === options.only?.step);
        ctx.err(miss
            ? `${options.only.flow}/${options.only.step} does not match this event: ${miss.message}\n`
            : `No step ${options.only.step} in a flow named ${options.only.flow}. Run \`flows list\` to see the flows.\n`);
        return 1;
    }
    printOutcome(ctx, outcome);
    if (outcome.status === "duplicate" && !ctx.json) {
        ctx.err(`Event ${outcome.eventId} was handled before, so nothing ran. \`flows replay ${outcome.eventId}\` runs its steps again.\n`);
    }
    return exitCodeFor(outcome);
}
/** `flows github`: the action's own code path on this machine. */
async function githubCommand(ctx, options) {
    const payload = (await readJsonFile((0,external_node_path_.resolve)(options.eventPath), "The event payload"));
    const io = terminalIO({ inputs: options.inputs, stdout: ctx.err, stderr: ctx.err, color: ctx.color });
    const env = {
        ...ctx.env,
        GITHUB_EVENT_NAME: options.eventName,
        GITHUB_EVENT_PATH: (0,external_node_path_.resolve)(options.eventPath),
        GITHUB_WORKSPACE: ctx.repoRoot,
        GITHUB_REPOSITORY: options.repository ?? ctx.env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "local/repository",
        GITHUB_ACTOR: ctx.env.GITHUB_ACTOR ?? ctx.env.USER ?? "local",
        GITHUB_OUTPUT: undefined,
        GITHUB_STEP_SUMMARY: undefined,
    };
    const outcome = await runAction({ io, env });
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ outputs: Object.fromEntries(io.outputs), outcome: briefOutcome(outcome) }, null, 2)}\n`);
    }
    else {
        ctx.out(`${io.summaries.join("\n")}\n`);
        ctx.out("Outputs:\n");
        for (const [name, value] of io.outputs)
            ctx.out(`  ${name} = ${name === "results" ? `${value.length} chars of JSON` : value}\n`);
    }
    return io.failure ? 1 : 0;
}
function printOutcome(ctx, outcome) {
    if (ctx.json)
        ctx.out(`${JSON.stringify(briefOutcome(outcome), null, 2)}\n`);
    else
        ctx.out(`${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
}
/** The dispatch result as the contract shapes it, with mismatches made plain. */
function briefOutcome(outcome) {
    return {
        status: outcome.status,
        eventId: outcome.eventId,
        runIds: outcome.runIds,
        matched: outcome.matched,
        ...(outcome.idempotent ? { idempotent: true } : {}),
        event: outcome.event,
        runs: outcome.runs,
        mismatches: outcome.mismatches.map((m) => ({ flow: m.flow.name, step: m.step.name, reason: m.reason, message: m.message })),
        problems: (0,summary/* allProblems */.Ul)(outcome),
        children: outcome.children.map(briefOutcome),
    };
}
/** 1 when any run (here or in chained events) failed, else 0. */
function exitCodeFor(outcome) {
    return (0,summary/* flatten */.Bq)(outcome).some((each) => each.runs.some((run) => run.effectiveStatus === "failed")) ? 1 : 0;
}
function relativeTo(base, path) {
    return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

;// CONCATENATED MODULE: ./.build/cli/watch-command.js


/**
 * `flows watch --once`: poll the watched repositories once, with a token from GITHUB_TOKEN or
 * GH_TOKEN, and dispatch new releases (or, with --dry-run, list what would be dispatched).
 */
async function watchCommand(ctx, options) {
    if (!options.once) {
        ctx.err("flows watch polls once and exits: pass --once (schedule it with cron or a workflow for more).\n");
        return 2;
    }
    const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN;
    if (!token) {
        ctx.err("flows watch needs a GitHub token to list releases: set GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token).\n");
        return 1;
    }
    const [{ loadWatchConfig, watchAndDispatch }, { createGitHubClient }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 982).then(__nccwpck_require__.bind(__nccwpck_require__, 49982)),
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 89758)),
    ]);
    const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, configFile: options.config });
    if (watches.length === 0) {
        ctx.err("Nothing to watch: pass --watch \"owner/repo\" or add [[watch]] tables to .github/flows.toml.\n");
        return 1;
    }
    const client = await createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL, log: (m) => ctx.err(`${m}\n`) });
    const { store } = await ctx.openStore();
    const result = await watchAndDispatch({
        client,
        store,
        watches,
        dryRun: options.dryRun,
        log: (message) => ctx.err(`${message}\n`),
        dispatchOptions: {
            repoRoot: ctx.repoRoot,
            roots: ctx.roots,
            concurrency: options.concurrency,
            env: ctx.env,
            launchedBy: "flows-cli:watch",
        },
    });
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ dryRun: result.dryRun, reports: result.reports, events: result.events, outcomes: result.outcomes.map(briefOutcome) }, null, 2)}\n`);
    }
    else {
        for (const report of result.reports) {
            ctx.out(`${report.repo}: ${report.status}, ${report.newReleases} new${report.message ? ` — ${report.message}` : ""}\n`);
        }
        if (result.dryRun)
            for (const event of result.events)
                ctx.out(`would dispatch ${event.id}\n`);
        for (const outcome of result.outcomes)
            ctx.out(`${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    }
    const failed = result.outcomes.some((outcome) => outcome.runs.some((run) => run.effectiveStatus === "failed"));
    return failed ? 1 : 0;
}

// EXTERNAL MODULE: ./.build/state/query.js
var state_query = __nccwpck_require__(89176);
;// CONCATENATED MODULE: ./.build/cli/state-commands.js





/** `flows events`: stored events, newest first. */
async function eventsCommand(ctx, options) {
    const records = (await ctx.store.listEvents({ type: options.type })).filter((record) => !(0,state_query/* isInternalRecord */.$$)(record));
    const shown = options.limit ? records.slice(0, options.limit) : records;
    reportStoreProblems(ctx);
    if (ctx.json) {
        ctx.out(`${JSON.stringify(shown.map((record) => ({ ...record.event, runs: record.runs.length, dispatchCount: record.dispatchCount, firstDispatchedAt: record.firstDispatchedAt, updatedAt: record.updatedAt, needsAttention: record.runs.some((run) => run.needsAttention) })), null, 2)}\n`);
        return 0;
    }
    if (shown.length === 0)
        ctx.out(`No events in ${ctx.storeLabel}.\n`);
    for (const record of shown) {
        ctx.out(`${record.updatedAt}  ${record.event.type}  ${record.event.id}  ${runCounts(record.runs)}\n`);
    }
    return 0;
}
/** `flows runs`: stored runs, newest first, filtered. */
async function runsCommand(ctx, query) {
    const records = query.eventId ? [await ctx.store.loadEvent(query.eventId)].filter(isRecord) : await ctx.store.listEvents();
    const runs = (0,state_query/* selectRuns */.b0)(records, query);
    reportStoreProblems(ctx);
    if (ctx.json) {
        ctx.out(`${JSON.stringify(runs, null, 2)}\n`);
        return 0;
    }
    if (runs.length === 0)
        ctx.out(`No runs in ${ctx.storeLabel} match.\n`);
    for (const run of runs)
        ctx.out(`${runLine(run)}\n`);
    return 0;
}
/** `flows show <run-id|event-id>`: one event with its runs, or one run. */
async function showCommand(ctx, id) {
    const record = await ctx.store.loadEvent(id);
    if (record) {
        ctx.out(ctx.json ? `${JSON.stringify(record, null, 2)}\n` : `${describeRecord(record)}\n`);
        return 0;
    }
    const found = (0,state_query/* findRun */.Lc)(await ctx.store.listEvents(), id);
    reportStoreProblems(ctx);
    if (!found) {
        ctx.err(`No event or run "${id}" in ${ctx.storeLabel}. \`flows events\` and \`flows runs\` list what is stored.\n`);
        return 1;
    }
    ctx.out(ctx.json ? `${JSON.stringify(found.run, null, 2)}\n` : `${describeRun(found.run, found.record)}\n`);
    return 0;
}
/** `flows replay <event-id>`: run every matching step of a stored event again. */
async function replayCommand(ctx, eventId, concurrency) {
    const record = await ctx.store.loadEvent(eventId);
    if (!record) {
        ctx.err(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to replay. \`flows events\` lists the stored events.\n`);
        return 1;
    }
    const outcome = await (0,dispatch/* dispatch */.J)(record.event, {
        repoRoot: ctx.repoRoot,
        roots: ctx.roots,
        store: ctx.store,
        replay: true,
        concurrency,
        env: ctx.env,
        launchedBy: "flows-cli",
        observer: ctx.json ? undefined : { onStepLine: (run, _s, line) => ctx.err(`[${run.flowName}/${run.stepName}] ${line}\n`) },
    });
    ctx.out(ctx.json ? `${JSON.stringify(briefOutcome(outcome), null, 2)}\n` : `${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    return exitCodeFor(outcome);
}
function describeRecord(record) {
    const lines = [
        `event ${record.event.id}`,
        `  type ${record.event.type}${record.event.source ? `  source ${record.event.source}` : ""}`,
        `  received ${record.event.receivedAt}  first dispatched ${record.firstDispatchedAt}  dispatches ${record.dispatchCount}`,
        `  payload ${JSON.stringify(record.event.payload).slice(0, 500)}`,
        `  runs (${record.runs.length}):`,
        ...record.runs.map((run) => `    ${runLine(run)}`),
    ];
    return lines.join("\n");
}
function describeRun(run, record) {
    const lines = [
        `run ${run.id}  ${run.flowName}/${run.stepName} (v${run.flowVersion}, ${run.runner})`,
        `  event ${record.event.id} (${record.event.type})`,
        `  status ${(0,report_status/* statusLabel */.Rh)(run)}  process ${run.processStatus}${run.resultStatus ? `  result ${run.resultStatus}` : ""}${run.needsAttention ? "  NEEDS ATTENTION" : ""}`,
        `  created ${run.createdAt}  updated ${run.updatedAt}  duration ${(0,report_status/* formatDuration */.a3)(run.durationMs)}`,
        ...run.attempts.map((a) => `  attempt ${a.number} ${a.id}: ${a.status}${a.resultStatus ? `/${a.resultStatus}` : ""}${a.timedOut ? " (timed out)" : ""}${a.replay ? " (replay)" : ""} ${a.startedAt ?? ""} → ${a.completedAt ?? ""}${a.error ? `\n    ${a.error.split("\n")[0]}` : ""}`),
    ];
    if (run.resultPayload)
        lines.push(`  result ${JSON.stringify(run.resultPayload, null, 2).replace(/\n/g, "\n  ")}`);
    if (run.error)
        lines.push(`  error ${run.error.replace(/\n/g, "\n    ")}`);
    if (run.output)
        lines.push("  output (tail):", run.output.replace(/^/gm, "    "));
    return lines.join("\n");
}
function runLine(run) {
    return `${run.id}  ${(0,report_status/* statusLabel */.Rh)(run)}  ${run.flowName}/${run.stepName}  attempts ${run.attempts.length}  ${run.updatedAt}  event ${run.eventId}`;
}
function runCounts(runs) {
    if (runs.length === 0)
        return "no runs";
    const counts = new Map();
    for (const run of runs)
        counts.set(run.effectiveStatus, (counts.get(run.effectiveStatus) ?? 0) + 1);
    return [...counts].map(([status, count]) => `${count} ${status}`).join(", ");
}
function reportStoreProblems(ctx) {
    for (const problem of ctx.store.problems)
        ctx.err(`${problem.path}: skipped: ${problem.message}\n`);
}
function isRecord(value) {
    return value !== undefined;
}

// EXTERNAL MODULE: ./.build/state/index.js + 2 modules
var state = __nccwpck_require__(3974);
;// CONCATENATED MODULE: ./.build/describe-error.js
const BUILT_IN_ERRORS = new Set([
    "Error",
    "TypeError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "EvalError",
    "URIError",
    "AggregateError",
]);
/**
 * One message for an error that reached an entry point. Typed errors of ours (named
 * FlowManifestError, ActionInputError, ...) carry sentences users can act on; anything else
 * is a bug, so its stack goes with it.
 */
function describeError(error) {
    if (error instanceof Error) {
        if (!BUILT_IN_ERRORS.has(error.name) || !error.stack)
            return error.message;
        return `${error.stack}\nThis is a bug in flows-action; please report it with the lines above.`;
    }
    return String(error);
}

;// CONCATENATED MODULE: ./.build/cli/main.js








const USAGE = `flows — run flow packages locally, the way flows-action runs them on GitHub.

Usage:
  flows list                                  flow packages, steps and triggers
  flows validate                              check every manifest and schema (exit 1 on errors)
  flows fire --event event.json [--dry-run]   dispatch a FlowEvent to every matching step
  flows run <flow> <step> --event event.json  run one step for an event
  flows github --event-name NAME --event-path payload.json [--input name=value ...]
                                              run the GitHub Action's code path on this machine
  flows events [--type T] [--limit N]         events in the state store, newest first
  flows runs [--needs-attention] [--status S] [--event ID] [--limit N]
                                              runs in the state store, newest first
  flows show <run-id|event-id>                one stored event with its runs, or one run
  flows replay <event-id>                     run every matching step of a stored event again
  flows watch --once [--dry-run] [--watch "owner/repo ..."] [--config FILE]
                                              poll watched repositories once for new releases
                                              (token from GITHUB_TOKEN or GH_TOKEN)

Options:
  --repo DIR          repository root (default: current folder)
  --flows-path P      flow roots, comma separated (default: .codex/flows,flows)
  --concurrency N     steps in flight at once (default: number of CPUs)
  --state KIND        where runs are remembered: file (default), branch, artifact (read; needs
                      --repository and GITHUB_TOKEN) or none
  --state-dir DIR     file store folder (default: <repo>/.codex/flow-client)
  --branch NAME       state branch (default: flows-state); --repo may then be a path or a URL
  --json              machine-readable output
  --no-color          plain output
  -h, --help          this text
`;
async function main(argv, options = {}) {
    const env = options.env ?? process.env;
    const out = options.out ?? ((text) => void process.stdout.write(text));
    const err = options.err ?? ((text) => void process.stderr.write(text));
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        err(`${error.message}\n\n${USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.help || !command) {
        out(USAGE);
        return command || values.help ? 0 : 2;
    }
    const repoIsUrl = isRepositoryUrl(values.repo);
    const repoRoot = (0,external_node_path_.resolve)(repoIsUrl ? "." : (values.repo ?? "."));
    const ctx = {
        repoRoot,
        roots: values["flows-path"]?.split(",").map((root) => root.trim()).filter(Boolean),
        json: values.json === true,
        color: values["no-color"] !== true && process.stderr.isTTY === true && !env.NO_COLOR,
        out,
        err,
        env,
        openStore: main_once(() => openCliStore(values, repoRoot, env)),
    };
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
        err(`--concurrency must be a whole number of at least 1; got "${values.concurrency}".\n`);
        return 2;
    }
    try {
        switch (command) {
            case "list":
                return await listCommand(ctx);
            case "validate":
                return await validateCommand(ctx);
            case "fire":
                return await fireCommand(ctx, { eventPath: required(values.event, "--event"), dryRun: values["dry-run"] === true, concurrency });
            case "run": {
                const [flow, step] = rest;
                if (!flow || !step)
                    throw new UsageError("flows run needs a flow name and a step name: flows run <flow> <step> --event event.json");
                return await fireCommand(ctx, { eventPath: required(values.event, "--event"), dryRun: values["dry-run"] === true, concurrency, only: { flow, step } });
            }
            case "github":
                return await githubCommand(ctx, {
                    eventName: required(values["event-name"], "--event-name"),
                    eventPath: required(values["event-path"], "--event-path"),
                    repository: values.repository,
                    inputs: githubInputs(values),
                });
            case "events":
                return await eventsCommand(await storeContext(ctx), { type: values.type, limit: readLimit(values.limit) });
            case "runs":
                return await runsCommand(await storeContext(ctx), {
                    eventId: values.event,
                    status: values.status,
                    needsAttention: values["needs-attention"] === true,
                    limit: readLimit(values.limit),
                });
            case "show":
                return await showCommand(await storeContext(ctx), required(rest[0], "a run id or event id"));
            case "replay":
                return await replayCommand(await storeContext(ctx), required(rest[0], "an event id"), concurrency);
            case "watch":
                return await watchCommand(ctx, {
                    once: values.once === true,
                    dryRun: values["dry-run"] === true,
                    watch: values.watch,
                    config: values.config,
                    concurrency,
                });
            default:
                throw new UsageError(`Unknown command "${command}".`);
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            err(`${error.message}\n\n${USAGE}`);
            return 2;
        }
        err(`${describeError(error)}\n`);
        return 1;
    }
    finally {
        await closeStore(ctx, err);
    }
}
async function storeContext(ctx) {
    const { store, label } = await ctx.openStore();
    return { ...ctx, store, storeLabel: label };
}
/** The store from --state: file (default), branch (--repo path or URL, --branch) or none. */
async function openCliStore(values, repoRoot, env) {
    const kind = values.state ?? "file";
    if (kind === "file") {
        const dir = (0,external_node_path_.resolve)(values["state-dir"] ?? (0,layout/* defaultStateDir */.yD)(repoRoot));
        return { store: await (0,state.createStateStore)({ kind, dir }), label: `the file store at ${dir}` };
    }
    if (kind === "branch") {
        const branch = values.branch ?? "flows-state";
        const remote = isRepositoryUrl(values.repo) ? { remoteUrl: values.repo } : { repoDir: repoRoot };
        return { store: await (0,state.createStateStore)({ kind, branch, ...remote }), label: `the ${branch} branch of ${values.repo ?? repoRoot}` };
    }
    if (kind === "artifact") {
        // Reading works anywhere with a token; writing needs a workflow run's ACTIONS_RUNTIME_TOKEN.
        const token = env.GITHUB_TOKEN || env.GH_TOKEN;
        const repository = values.repository ?? env.GITHUB_REPOSITORY;
        if (!token || !repository) {
            throw new UsageError("--state artifact reads a repository's workflow artifacts: pass --repository owner/repo and set GITHUB_TOKEN (or GH_TOKEN) with actions: read.");
        }
        const artifact = { token, repository, apiUrl: env.GITHUB_API_URL || "https://api.github.com", runId: env.GITHUB_RUN_ID || "local", runAttempt: env.GITHUB_RUN_ATTEMPT || "1" };
        return { store: await (0,state.createStateStore)({ kind, artifact }), label: `the workflow artifacts of ${repository}` };
    }
    if (kind === "none")
        return { store: await (0,state.createStateStore)({ kind }), label: "memory (--state none)" };
    throw new UsageError(`--state must be file, branch, artifact or none; got "${kind}".`);
}
async function closeStore(ctx, err) {
    if (!opened.has(ctx.openStore))
        return;
    try {
        const { store } = await ctx.openStore();
        await store.flush();
        await store.close?.();
    }
    catch (error) {
        err(`The state store could not be saved: ${describeError(error)}\n`);
        process.exitCode = 1;
    }
}
const opened = new WeakSet();
function main_once(make) {
    let value;
    const get = () => {
        opened.add(get);
        value ??= make();
        return value;
    };
    return get;
}
function isRepositoryUrl(value) {
    return value !== undefined && (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+@[\w.-]+:/.test(value));
}
function readLimit(value) {
    if (value === undefined)
        return undefined;
    const limit = Number(value);
    if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--limit must be a whole number of at least 1; got "${value}".`);
    return limit;
}
class UsageError extends Error {
    name = "UsageError";
}
function parse(argv) {
    return (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            repo: { type: "string" },
            "flows-path": { type: "string" },
            concurrency: { type: "string" },
            event: { type: "string" },
            "event-name": { type: "string" },
            "event-path": { type: "string" },
            repository: { type: "string" },
            input: { type: "string", multiple: true },
            "dry-run": { type: "boolean" },
            json: { type: "boolean" },
            "no-color": { type: "boolean" },
            help: { type: "boolean", short: "h" },
            state: { type: "string" },
            "state-dir": { type: "string" },
            branch: { type: "string" },
            type: { type: "string" },
            limit: { type: "string" },
            status: { type: "string" },
            "needs-attention": { type: "boolean" },
            once: { type: "boolean" },
            watch: { type: "string" },
            config: { type: "string" },
        },
    });
}
function required(value, flag) {
    if (!value)
        throw new UsageError(`${flag} is required.`);
    return value;
}
/** Action inputs for `flows github`: `--input name=value`, plus the shortcut flags. */
function githubInputs(values) {
    const inputs = {};
    for (const pair of values.input ?? []) {
        const at = pair.indexOf("=");
        if (at <= 0)
            throw new UsageError(`--input takes name=value; got "${pair}".`);
        inputs[pair.slice(0, at)] = pair.slice(at + 1);
    }
    if (values["flows-path"])
        inputs["flows-path"] = values["flows-path"];
    if (values["dry-run"])
        inputs["dry-run"] = "true";
    if (values.concurrency)
        inputs.concurrency = values.concurrency;
    if (values.event)
        inputs.event = values.event;
    // Locally, remember runs in the file store unless told otherwise (the action defaults to artifacts).
    inputs.state ??= values.state ?? "file";
    if (values["state-dir"] && inputs["state-dir"] === undefined)
        inputs["state-dir"] = values["state-dir"];
    if (values.branch && inputs["state-branch"] === undefined)
        inputs["state-branch"] = values.branch;
    return inputs;
}

// EXTERNAL MODULE: ./.build/engine/event.js
var engine_event = __nccwpck_require__(66185);
;// CONCATENATED MODULE: ./.build/runners/define-flow.js
/**
 * Types a module-style step's default export. It returns the function unchanged, like the older
 * runtime's `defineBunFlow`; inside a step run by flows-action, `import { defineFlow } from
 * "flows-action/bun"` resolves without installing anything.
 */
function defineFlow(step) {
    return step;
}

// EXTERNAL MODULE: ./.build/runners/index.js + 10 modules
var runners = __nccwpck_require__(40104);
;// CONCATENATED MODULE: ./.build/index.js












/** The steps of `flows` that an event matches, in the order they would run. */
async function matchingSteps(flows, event) {
    return (await (0,match/* matchSteps */.J)(flows, event)).matched;
}

var __webpack_exports__FLOW_RESULT_STATUSES = __webpack_exports__.WL;
var __webpack_exports__FileStateStore = __webpack_exports__.nd;
var __webpack_exports__FlowEventInputError = __webpack_exports__.$j;
var __webpack_exports__FlowManifestError = __webpack_exports__.cE;
var __webpack_exports__MemoryStateStore = __webpack_exports__.k$;
var __webpack_exports__PROCESS_STATUSES = __webpack_exports__.Ne;
var __webpack_exports__buildStepContext = __webpack_exports__.Yr;
var __webpack_exports__createStateStore = __webpack_exports__.J$;
var __webpack_exports__defineFlow = __webpack_exports__.oY;
var __webpack_exports__discoverFlows = __webpack_exports__.nE;
var __webpack_exports__dispatch = __webpack_exports__.JD;
var __webpack_exports__effectiveStatusOf = __webpack_exports__.Z2;
var __webpack_exports__flowEventFromGitHub = __webpack_exports__.Ir;
var __webpack_exports__formatDiagnostic = __webpack_exports__.xy;
var __webpack_exports__isFlowResultStatus = __webpack_exports__.YC;
var __webpack_exports__loadDeferredFlows = __webpack_exports__.Bj;
var __webpack_exports__loadFlowManifest = __webpack_exports__.Q5;
var __webpack_exports__loadGitHubEvent = __webpack_exports__.Y6;
var __webpack_exports__matchSteps = __webpack_exports__.J6;
var __webpack_exports__matchingSteps = __webpack_exports__.v9;
var __webpack_exports__needsAttentionFor = __webpack_exports__.XM;
var __webpack_exports__normalizeFlowEvent = __webpack_exports__.kN;
var __webpack_exports__parseFlowResult = __webpack_exports__.Xj;
var __webpack_exports__readGitHubRunContext = __webpack_exports__.EW;
var __webpack_exports__renderSummary = __webpack_exports__.Br;
var __webpack_exports__renderText = __webpack_exports__.S5;
var __webpack_exports__runCli = __webpack_exports__.ak;
var __webpack_exports__runFlowStep = __webpack_exports__._e;
var __webpack_exports__stepEnvironment = __webpack_exports__.aK;
var __webpack_exports__typeMatches = __webpack_exports__.y$;
var __webpack_exports__validateFlows = __webpack_exports__._O;
export { __webpack_exports__FLOW_RESULT_STATUSES as FLOW_RESULT_STATUSES, __webpack_exports__FileStateStore as FileStateStore, __webpack_exports__FlowEventInputError as FlowEventInputError, __webpack_exports__FlowManifestError as FlowManifestError, __webpack_exports__MemoryStateStore as MemoryStateStore, __webpack_exports__PROCESS_STATUSES as PROCESS_STATUSES, __webpack_exports__buildStepContext as buildStepContext, __webpack_exports__createStateStore as createStateStore, __webpack_exports__defineFlow as defineFlow, __webpack_exports__discoverFlows as discoverFlows, __webpack_exports__dispatch as dispatch, __webpack_exports__effectiveStatusOf as effectiveStatusOf, __webpack_exports__flowEventFromGitHub as flowEventFromGitHub, __webpack_exports__formatDiagnostic as formatDiagnostic, __webpack_exports__isFlowResultStatus as isFlowResultStatus, __webpack_exports__loadDeferredFlows as loadDeferredFlows, __webpack_exports__loadFlowManifest as loadFlowManifest, __webpack_exports__loadGitHubEvent as loadGitHubEvent, __webpack_exports__matchSteps as matchSteps, __webpack_exports__matchingSteps as matchingSteps, __webpack_exports__needsAttentionFor as needsAttentionFor, __webpack_exports__normalizeFlowEvent as normalizeFlowEvent, __webpack_exports__parseFlowResult as parseFlowResult, __webpack_exports__readGitHubRunContext as readGitHubRunContext, __webpack_exports__renderSummary as renderSummary, __webpack_exports__renderText as renderText, __webpack_exports__runCli as runCli, __webpack_exports__runFlowStep as runFlowStep, __webpack_exports__stepEnvironment as stepEnvironment, __webpack_exports__typeMatches as typeMatches, __webpack_exports__validateFlows as validateFlows };
