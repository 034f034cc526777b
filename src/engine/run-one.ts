import { abandonWork } from "../abandoned-work.js";
import type { FlowEvent, FlowRunView, ReplayEdit } from "../contracts.js";
import type { StepRef } from "../flows/types.js";
import type { StepOutcome } from "../runners/types.js";
import { currentDispatcher, newAttemptKey } from "../state/dispatcher.js";
import type { ResolvedOptions } from "./dispatch.js";
import { attemptIdFor } from "./ids.js";
import { loadRunners, type Runners } from "./load-runners.js";
import { checkNextEvents } from "./next-check.js";
import type { RunRecorder } from "./run-recorder.js";
import { finishRunView, startRunView } from "./run-view.js";

/** What the steps of one event's dispatch share. */
export type DispatchRun = {
  recorder: RunRecorder;
  /** Steps of this event not started yet: while any wait, no end save is held back. */
  notStarted: number;
  /** The runner modules, loading since the match (undefined in a dry run). */
  runners: Promise<Runners> | undefined;
  /** The host variables steps get, worked out once per dispatch. */
  stepEnv?: Record<string, string>;
  /** Each ended step's save (and `onStepEnd` after it): all awaited before the dispatch returns. */
  ends: Array<Promise<unknown>>;
  /** Told of a step not started because another dispatch took it as its start was claimed. */
  tookElsewhere(ref: StepRef, stored: FlowRunView): void;
};

/** Runs one step: its running record is stored first, then it runs, then its end is stored. */
export async function runOne(options: {
  ref: StepRef;
  runId: string;
  previous?: FlowRunView;
  event: FlowEvent;
  options: ResolvedOptions;
  run: DispatchRun;
  edit?: ReplayEdit;
}): Promise<FlowRunView> {
  const { ref, runId, previous, event, run } = options;
  const engine = options.options;
  const attemptNumber = (previous?.attempts.length ?? 0) + 1;
  const attemptId = attemptIdFor(runId, attemptNumber);
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
    dispatcher: currentDispatcher(ref.step.timeoutMs),
    key: newAttemptKey(),
  });
  const attempt = view.attempts.at(-1);
  if (options.edit && attempt) attempt.edit = options.edit;
  if (ref.named && attempt) attempt.named = ref.named;
  if (engine.dryRun) return view;

  run.notStarted -= 1;
  // Saved with the other steps starting now (one write); the step is made ready meanwhile and
  // its process starts only once the save is done and the observer was told, and only if no
  // observer callback has thrown meanwhile (another step's onStepEnd, told after the same write).
  const started = run.recorder
    .saveStart(view)
    .then((taken) => {
      if (taken) throw new TakenElsewhere(taken);
      return tellObserver(engine, "onStepStart", view, () => engine.observer?.onStepStart?.(view));
    })
    .then(() => {
      if (engine.slots.failure instanceof ObserverFailure) throw engine.slots.failure;
    });
  started.catch(() => undefined); // awaited below; a failed save fails the dispatch
  // Bun is set up while the start is saved. A start the store refused (or another dispatch took)
  // ends the step at once: the setup it no longer needs (the action's download of Bun, up to 5
  // minutes from a mirror that does not answer) is not waited for, nor by the action's entry.
  const setUp = setUpBun(engine);
  if (await failsFirst(started, setUp)) {
    abandonWork(setUp);
    const taken = await startedOrRecorded(started, view, engine, run);
    if (taken) return ranElsewhere(ref, taken, run);
  }
  let bunPath: string | undefined;
  try {
    bunPath = await setUp;
  } catch (error) {
    const taken = await startedOrRecorded(started, view, engine, run);
    if (taken) return ranElsewhere(ref, taken, run);
    return finishAndRecord(view, notRun(`Bun could not be set up for this step: ${error instanceof Error ? error.message : String(error)}`, view), engine, run);
  }
  let runners: Runners;
  try {
    run.runners ??= loadRunners();
    runners = await run.runners;
  } catch (error) {
    // A copy of flows-action that cannot load its own modules: ours to fix, so the dispatch fails
    // with the error, but only once the step's start and end are stored (it did not start).
    const taken = await startedOrRecorded(started, view, engine, run);
    const reason = error instanceof Error ? error.message : String(error);
    if (!taken) finishAndRecord(view, notRun(`not started: flows-action could not load its step runner: ${reason}`, view), engine, run);
    throw error;
  }
  const { runFlowStep, stepEnvironment } = runners;
  const hostEnv = engine.env ?? process.env;
  run.stepEnv ??= stepEnvironment(hostEnv, { exportEnv: engine.exportEnv });
  let lineFailure: { error: unknown } | undefined;
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
      if (lineFailure !== undefined) return;
      try {
        engine.observer?.onStepLine?.(view, stream, line);
      } catch (error) {
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
  if (lineFailure !== undefined) throw lineFailure.error;
  return ended;
}

/** The `bun` the engine was given, or its lookup (which may throw at once). */
function setUpBun(engine: ResolvedOptions): Promise<string | undefined> {
  try {
    return Promise.resolve(typeof engine.bunPath === "function" ? engine.bunPath() : engine.bunPath);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** True when `first` rejects before `other` settles. */
function failsFirst(first: Promise<unknown>, other: Promise<unknown>): Promise<boolean> {
  const settled = (): boolean => false;
  return Promise.race([first.then(settled, () => true), other.then(settled, settled)]);
}

/**
 * What a dispatch observer (the caller's code) threw, told apart from a store's failure. Kept as
 * the delivery's failure (`slots.failure`): from then on no step starts, in any event.
 */
class ObserverFailure {
  constructor(
    readonly callback: string,
    /** The run the observer was told about. */
    readonly run: FlowRunView,
    readonly error: unknown,
  ) {}
}

/** Why a step did not start: another dispatch took it first (`stored`: its record of the run). */
class TakenElsewhere {
  constructor(readonly stored: FlowRunView) {}
}

/** The run as the dispatch that took it stored it, reported as handled by that dispatch. */
function ranElsewhere(ref: StepRef, stored: FlowRunView, run: DispatchRun): FlowRunView {
  run.tookElsewhere(ref, stored);
  return { ...stored, alreadyHandled: true };
}

async function tellObserver(engine: ResolvedOptions, callback: string, view: FlowRunView, tell: () => unknown): Promise<void> {
  try {
    await tell();
  } catch (error) {
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
async function startedOrRecorded(started: Promise<void>, view: FlowRunView, engine: ResolvedOptions, run: DispatchRun): Promise<FlowRunView | undefined> {
  try {
    await started;
    return undefined;
  } catch (failure) {
    if (failure instanceof TakenElsewhere) return failure.stored;
    if (!(failure instanceof ObserverFailure)) throw failure;
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
function finishAndRecord(started: FlowRunView, outcome: StepOutcome, engine: ResolvedOptions, run: DispatchRun): FlowRunView {
  const view = finishRunView(started, outcome);
  // Held a moment for other ends only when no later step waits on this one.
  const recorded = run.recorder
    .saveEnd(view, { urgent: run.notStarted > 0 })
    .then(() => tellObserver(engine, "onStepEnd", view, () => engine.observer?.onStepEnd?.(view)))
    .catch((failure: unknown) => {
      throw failure instanceof ObserverFailure ? failure.error : failure;
    });
  recorded.catch(() => undefined); // awaited by the dispatch, which fails with it
  run.ends.push(recorded);
  return view;
}

/** The failed outcome of a step whose process never started, for `error`. */
function notRun(error: string, view: FlowRunView): StepOutcome {
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

function now(options: { now: () => Date }): string {
  return options.now().toISOString();
}
