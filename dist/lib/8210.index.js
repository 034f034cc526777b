export const id = 8210;
export const ids = [8210];
export const modules = {

/***/ 48210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOne: () => (/* binding */ runOne)
});

// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __webpack_require__(55444);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __webpack_require__(75352);
// EXTERNAL MODULE: ./.build/engine/load-runners.js
var load_runners = __webpack_require__(20810);
// EXTERNAL MODULE: ./.build/events/pass-through.js
var pass_through = __webpack_require__(53872);
// EXTERNAL MODULE: ./.build/engine/event.js + 1 modules
var engine_event = __webpack_require__(12237);
;// CONCATENATED MODULE: ./.build/engine/next-check.js


/**
 * A step's result whose `next` asks for an event that cannot be dispatched fails its step, naming
 * the item: a missing or non-string id or type already fails at parse (the FlowResult schema), so
 * an empty or blank one, or one with a control character, must too rather than only be told as a
 * problem of the dispatch while the step reads as done. Checked here, where the engine takes the
 * items, not by a stricter shared FlowEvent schema: that would set old stored records aside.
 */
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
var run_view = __webpack_require__(6701);
;// CONCATENATED MODULE: ./.build/engine/run-one.js





/** Runs one step: its running record is stored first, then it runs, then its end is stored. */
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
    if (engine.dryRun)
        return view;
    run.notStarted -= 1;
    // Saved with the other steps starting now (one write); the step is made ready meanwhile and
    // its process starts only once the save is done and the observer was told, and only if no
    // observer callback has thrown meanwhile (another step's onStepEnd, told after the same write).
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
    started.catch(() => undefined); // awaited below; a failed save fails the dispatch
    let bunPath;
    try {
        bunPath = typeof engine.bunPath === "function" ? await engine.bunPath() : engine.bunPath;
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
        // A copy of flows-action that cannot load its own modules: ours to fix, so the dispatch fails
        // with the error, but only once the step's start and end are stored (it did not start).
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
            // As in the older runtime, a host value reaches the step when nothing else sets it.
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
                lineFailure = { error }; // told once the step has ended and its end is saved
                engine.slots.failure ??= new ObserverFailure("onStepLine", view, error); // no step starts from now on
            }
        },
        signal: engine.signal,
        startAfter: started,
    });
    // A store that could not save the start fails the dispatch; the step never started.
    const taken = await startedOrRecorded(started, view, engine, run);
    if (taken) {
        await running; // not started: its runner returns at once
        return ranElsewhere(ref, taken, run);
    }
    const outcome = checkNextEvents(await running, `${ref.flow.name}/${ref.step.name}`, engine.now());
    const ended = finishAndRecord(view, outcome, engine, run);
    if (lineFailure !== undefined)
        throw lineFailure.error;
    return ended;
}
/**
 * What a dispatch observer (the caller's code) threw, told apart from a store's failure. Kept as
 * the delivery's failure (`slots.failure`): from then on no step starts, in any event.
 */
class ObserverFailure {
    callback;
    run;
    error;
    constructor(callback, 
    /** The run the observer was told about. */
    run, error) {
        this.callback = callback;
        this.run = run;
        this.error = error;
    }
}
/** Why a step did not start: another dispatch took it first (`stored`: its record of the run). */
class TakenElsewhere {
    stored;
    constructor(stored) {
        this.stored = stored;
    }
}
/** The run as the dispatch that took it stored it, reported as handled by that dispatch. */
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
/**
 * Waits for the start to be saved and told. An observer callback that threw (this step's
 * `onStepStart`, or any callback of a step before) fails the dispatch with its error, as a
 * store that cannot save does (no further step starts), but this step is not left "running":
 * it did not start, and its end says why. Resolves with the stored run when another dispatch
 * took the step as its start was claimed: it does not start here.
 */
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
/**
 * Records the end and returns at once: the next step of the flow starts meanwhile, and its start
 * goes into the same write as this end (it still starts only once that write is done). The
 * dispatch waits for every end save (`run.ends`) before it returns; `onStepEnd` follows the save.
 */
function finishAndRecord(started, outcome, engine, run) {
    const view = (0,run_view/* finishRunView */.qt)(started, outcome);
    // Held a moment for other ends only when no later step waits on this one.
    const recorded = run.recorder
        .saveEnd(view, { urgent: run.notStarted > 0 })
        .then(() => tellObserver(engine, "onStepEnd", view, () => engine.observer?.onStepEnd?.(view)))
        .catch((failure) => {
        throw failure instanceof ObserverFailure ? failure.error : failure;
    });
    recorded.catch(() => undefined); // awaited by the dispatch, which fails with it
    run.ends.push(recorded);
    return view;
}
/** The failed outcome of a step whose process never started, for `error`. */
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


/***/ })

};
