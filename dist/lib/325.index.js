export const id = 325;
export const ids = [325];
export const modules = {

/***/ 60325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RunRecorder: () => (/* reexport */ RunRecorder),
  countDispatch: () => (/* reexport */ record.countDispatch),
  interruptedSince: () => (/* reexport */ run_view/* interruptedSince */.JW),
  isSettled: () => (/* reexport */ run_view/* isSettled */.Is),
  isTakenElsewhere: () => (/* reexport */ run_view/* isTakenElsewhere */.i6),
  liveAttemptOf: () => (/* reexport */ run_view/* liveAttemptOf */.d_),
  runOne: () => (/* reexport */ runOne)
});

// EXTERNAL MODULE: ./.build/state/record.js
var record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/abandoned-work.js
var abandoned_work = __webpack_require__(67926);
// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __webpack_require__(35031);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __webpack_require__(86683);
// EXTERNAL MODULE: ./.build/engine/load-runners.js
var load_runners = __webpack_require__(35527);
// EXTERNAL MODULE: ./.build/events/pass-through.js
var pass_through = __webpack_require__(83477);
// EXTERNAL MODULE: ./.build/engine/event.js
var engine_event = __webpack_require__(66185);
;// CONCATENATED MODULE: ./.build/engine/next-check.js


function checkNextEvents(outcome, stepLabel, now) {
    const next = outcome.result?.next;
    if (!Array.isArray(next))
        return outcome;
    for (const [index, item] of next.entries()) {
        const problem = nextItemProblem(item, now);
        if (problem === undefined)
            continue;
        const { result: _dropped, ...rest } = outcome;
        return {
            ...rest,
            processStatus: "failed",
            error: `step ${stepLabel} returned a FLOW_RESULT "next" item ${index} that cannot be dispatched: ${problem} ` +
                'Give every next event a non-empty, printable "id" and "type".',
        };
    }
    return outcome;
}
function nextItemProblem(item, now) {
    try {
        (0,engine_event/* normalizeFlowEvent */.kN)(item, now);
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    const event = item;
    for (const key of ["id", "type"]) {
        if (event[key].trim() === "")
            return `its "${key}" ${JSON.stringify(event[key])} is blank.`;
        const problem = (0,pass_through/* controlCharacterProblem */.wB)(key, event[key]);
        if (problem !== undefined)
            return `its ${problem}.`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/engine/run-view.js
var run_view = __webpack_require__(44456);
;// CONCATENATED MODULE: ./.build/engine/run-one.js






async function runOne(options) {
    const { ref, runId, previous, event, run } = options;
    const engine = options.options;
    const attemptNumber = (previous?.attempts.length ?? 0) + 1;
    const attemptId = (0,ids/* attemptIdFor */.M)(runId, attemptNumber);
    const replay = engine.replay === true;
    const view = (0,run_view/* startRunView */.Jm)({
        runId,
        event,
        flow: ref.flow,
        step: ref.step,
        previous,
        attemptId,
        replay,
        now: now(engine),
        processStatus: engine.dryRun ? "queued" : "running",
        dispatcher: (0,dispatcher/* currentDispatcher */.zq)(ref.step.timeoutMs),
        key: (0,dispatcher/* newAttemptKey */.XR)(),
    });
    const attempt = view.attempts.at(-1);
    if (options.edit && attempt)
        attempt.edit = options.edit;
    if (ref.named && attempt)
        attempt.named = ref.named;
    if (engine.dryRun)
        return view;
    run.notStarted -= 1;
    const started = run.recorder
        .saveStart(view)
        .then((taken) => {
        if (taken)
            throw new TakenElsewhere(taken);
        return tellObserver(engine, "onStepStart", view, () => engine.observer?.onStepStart?.(view));
    })
        .then(() => {
        if (engine.slots.failure instanceof ObserverFailure)
            throw engine.slots.failure;
    });
    started.catch(() => undefined);
    const setUp = setUpBun(engine);
    if (await failsFirst(started, setUp)) {
        (0,abandoned_work/* abandonWork */.$s)(setUp);
        const taken = await startedOrRecorded(started, view, engine, run);
        if (taken)
            return ranElsewhere(ref, taken, run);
    }
    let bunPath;
    try {
        bunPath = await setUp;
    }
    catch (error) {
        const taken = await startedOrRecorded(started, view, engine, run);
        if (taken)
            return ranElsewhere(ref, taken, run);
        return finishAndRecord(view, notRun(`Bun could not be set up for this step: ${error instanceof Error ? error.message : String(error)}`, view), engine, run);
    }
    let runners;
    try {
        run.runners ??= (0,load_runners/* loadRunners */.O)();
        runners = await run.runners;
    }
    catch (error) {
        const taken = await startedOrRecorded(started, view, engine, run);
        const reason = error instanceof Error ? error.message : String(error);
        if (!taken)
            finishAndRecord(view, notRun(`not started: flows-action could not load its step runner: ${reason}`, view), engine, run);
        throw error;
    }
    const { runFlowStep, stepEnvironment } = runners;
    const hostEnv = engine.env ?? process.env;
    run.stepEnv ??= stepEnvironment(hostEnv, { exportEnv: engine.exportEnv });
    let lineFailure;
    const running = runFlowStep({
        flow: ref.flow,
        step: ref.step,
        event,
        runtime: {
            runId,
            attemptId,
            replay,
            launchedBy: engine.launchedBy,
            workspaceBackendUrl: engine.workspaceBackendUrl || hostEnv.CODEX_WORKSPACE_BACKEND_WS_URL || undefined,
        },
        env: run.stepEnv,
        bunPath,
        onLine: (stream, line) => {
            if (lineFailure !== undefined)
                return;
            try {
                engine.observer?.onStepLine?.(view, stream, line);
            }
            catch (error) {
                lineFailure = { error };
                engine.slots.failure ??= new ObserverFailure("onStepLine", view, error);
            }
        },
        signal: engine.signal,
        startAfter: started,
    });
    const taken = await startedOrRecorded(started, view, engine, run);
    if (taken) {
        await running;
        return ranElsewhere(ref, taken, run);
    }
    const outcome = checkNextEvents(await running, `${ref.flow.name}/${ref.step.name}`, engine.now());
    const ended = finishAndRecord(view, outcome, engine, run);
    if (lineFailure !== undefined)
        throw lineFailure.error;
    return ended;
}
function setUpBun(engine) {
    try {
        return Promise.resolve(typeof engine.bunPath === "function" ? engine.bunPath() : engine.bunPath);
    }
    catch (error) {
        return Promise.reject(error);
    }
}
function failsFirst(first, other) {
    const settled = () => false;
    return Promise.race([first.then(settled, () => true), other.then(settled, settled)]);
}
class ObserverFailure {
    callback;
    run;
    error;
    constructor(callback, run, error) {
        this.callback = callback;
        this.run = run;
        this.error = error;
    }
}
class TakenElsewhere {
    stored;
    constructor(stored) {
        this.stored = stored;
    }
}
function ranElsewhere(ref, stored, run) {
    run.tookElsewhere(ref, stored);
    return { ...stored, alreadyHandled: true };
}
async function tellObserver(engine, callback, view, tell) {
    try {
        await tell();
    }
    catch (error) {
        const failure = new ObserverFailure(callback, view, error);
        engine.slots.failure ??= failure;
        throw failure;
    }
}
async function startedOrRecorded(started, view, engine, run) {
    try {
        await started;
        return undefined;
    }
    catch (failure) {
        if (failure instanceof TakenElsewhere)
            return failure.stored;
        if (!(failure instanceof ObserverFailure))
            throw failure;
        const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
        const about = failure.run === view ? "" : ` for ${failure.run.flowName}/${failure.run.stepName}`;
        finishAndRecord(view, notRun(`not started: the dispatch observer's ${failure.callback} threw${about}: ${reason}`, view), engine, run);
        throw failure.error;
    }
}
function finishAndRecord(started, outcome, engine, run) {
    const view = (0,run_view/* finishRunView */.qt)(started, outcome);
    const recorded = run.recorder
        .saveEnd(view, { urgent: run.notStarted > 0 })
        .then(() => tellObserver(engine, "onStepEnd", view, () => engine.observer?.onStepEnd?.(view)))
        .catch((failure) => {
        throw failure instanceof ObserverFailure ? failure.error : failure;
    });
    recorded.catch(() => undefined);
    run.ends.push(recorded);
    return view;
}
function notRun(error, view) {
    const at = new Date().toISOString();
    return {
        processStatus: "failed",
        error,
        timedOut: false,
        exitCode: null,
        signal: null,
        output: "",
        startedAt: view.startedAt ?? at,
        completedAt: at,
        durationMs: 0,
    };
}
function now(options) {
    return options.now().toISOString();
}

// EXTERNAL MODULE: ./.build/state/file-errors.js
var file_errors = __webpack_require__(41134);
// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __webpack_require__(85779);
// EXTERNAL MODULE: ./.build/state/run-merge.js
var run_merge = __webpack_require__(13132);
;// CONCATENATED MODULE: ./.build/engine/run-recorder.js



const END_SAVE_WINDOW_MS = 25;
class RunRecorder {
    #store;
    #record;
    #windowMs;
    #isTaken;
    #onClaimed;
    #pending = [];
    #waiters = [];
    #soon;
    #held;
    #running = 0;
    #pendingEnds = false;
    #endsUnsaved = false;
    saves = 0;
    constructor(store, record, options = {}) {
        this.#store = store;
        this.#record = record;
        this.#windowMs = options.windowMs ?? END_SAVE_WINDOW_MS;
        this.#isTaken = options.isTaken ?? (() => false);
        this.#onClaimed = options.onClaimed;
    }
    saveStart(view) {
        this.#running += 1;
        const saved = this.#add(view, view.id);
        this.#soon ??= setImmediate(() => this.#flush());
        return saved;
    }
    saveEnd(view, options) {
        this.#running = Math.max(0, this.#running - 1);
        this.#pendingEnds = true;
        const saved = this.#add(view).then(() => undefined);
        if (options.urgent || this.#running === 0)
            this.#soon ??= setImmediate(() => this.#flush());
        else
            this.#held ??= setTimeout(() => this.#flush(), this.#windowMs);
        return saved;
    }
    saveRecord() {
        this.saves += 1;
        return this.#store.saveEvent({ ...this.#record, runs: [] }, { countOnly: true });
    }
    #add(view, startOf) {
        this.#pending.push(view);
        return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject, ...(startOf ? { startOf } : {}) }));
    }
    #flush() {
        if (this.#soon !== undefined)
            clearImmediate(this.#soon);
        if (this.#held !== undefined)
            clearTimeout(this.#held);
        this.#soon = undefined;
        this.#held = undefined;
        const byId = new Map();
        for (const view of this.#pending) {
            const seen = byId.get(view.id);
            byId.set(view.id, seen ? (0,run_merge/* mergeRuns */.rV)(seen, view) : view);
        }
        const runs = [...byId.values()];
        const waiters = this.#waiters;
        const ends = this.#pendingEnds;
        this.#pending = [];
        this.#waiters = [];
        this.#pendingEnds = false;
        if (runs.length === 0)
            return;
        const updatedAt = [this.#record.updatedAt, ...runs.map((run) => run.updatedAt)].sort().at(-1) ?? this.#record.updatedAt;
        this.saves += 1;
        const record = { ...this.#record, runs, updatedAt };
        const starting = new Set(waiters.flatMap((waiter) => (waiter.startOf === undefined ? [] : [waiter.startOf])));
        const checked = new Map();
        const isTaken = (stored, mine) => {
            checked.set(mine.id, { stored, mine });
            return this.#isTaken(stored, mine);
        };
        let saved;
        try {
            const store = this.#store;
            saved =
                starting.size > 0 && store.claimRuns
                    ? store.claimRuns(record, { starting, isTaken })
                    : store.saveEvent(record).then(() => new Map());
        }
        catch (error) {
            saved = Promise.reject(error);
        }
        saved.then((taken) => {
            this.#running = Math.max(0, this.#running - taken.size);
            for (const [id, { stored, mine }] of checked)
                if (!taken.has(id))
                    this.#onClaimed?.(mine, stored);
            for (const waiter of waiters)
                waiter.resolve(waiter.startOf === undefined ? undefined : taken.get(waiter.startOf));
        }, (error) => {
            if (ends)
                this.#endsUnsaved = true;
            const reason = this.#endsUnsaved ? ranButNotSaved(error, this.#record.event.id) : error;
            for (const waiter of waiters)
                waiter.reject(reason);
        });
    }
}
function ranButNotSaved(error, eventId) {
    if (!(error instanceof file_errors/* StateFolderError */.mU))
        return error;
    const problem = `${error.problem.charAt(0).toUpperCase()}${error.problem.slice(1)}.`;
    return new not_saved/* StateNotSavedError */.c({ eventIds: [eventId], where: error.where, reason: `${problem} ${error.hint ?? ""}`, cause: error });
}

;// CONCATENATED MODULE: ./.build/engine/step-engine.js






/***/ })

};
