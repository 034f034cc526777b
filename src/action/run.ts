import type { FlowEvent } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { flowEventFromGitHub, loadGitHubEvent, readGitHubRunContext } from "../events/index.js";
import { describeError } from "../describe-error.js";
import { logText } from "../log-text.js";
import { redactor } from "../redact.js";
import { INHERITED_TOKEN_VARIABLES } from "../runners/environment.js";
import type { StateFolderSetting } from "../state/file-errors.js";
import { LazyStateStore } from "../state/lazy-store.js";
import type { StateStore } from "../state/types.js";
import { type ActionContext, readRunnerEnvironment } from "./context.js";
import { debugStore } from "./debug.js";
import { type ActionInputs, ActionInputError, type ActionMode, readInputs, shownInput } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { dispatchMode } from "./modes/dispatch.js";
import { applyReplayOverrides } from "./replay-edit.js";
import { flushActionStore, type OpenActionStoreOptions, openActionStore } from "./state.js";

export type RunActionOptions = {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  /** Aborted when the job is cancelled: running steps are stopped and recorded as canceled. */
  signal?: AbortSignal;
  /**
   * The `bun` for steps, found on first use. Default: PATH, else the runner's tool cache (a
   * download). `flows github` passes the `flows` command's own lookup: it runs on a machine with
   * no tool cache.
   */
  findBun?: (stepEnv: NodeJS.ProcessEnv) => Promise<string>;
  /**
   * What chose the file store's folder, named in its errors. Default: the state-dir input;
   * `flows github` passes its --state-dir option, the thing its user changes.
   */
  stateDirSetting?: StateFolderSetting;
  /**
   * What set GITHUB_REPOSITORY, named when a replayed event is refused as another repository's.
   * Default: GITHUB_REPOSITORY; `flows github` passes its own source (--repository...).
   */
  repositorySetting?: string;
};

type Mode = (context: ActionContext) => Promise<DispatchOutcome>;

/**
 * One module per mode; each ends with annotations, the summary and outputs. Only dispatch, the
 * default, is in the action's first chunk: the reusable workflow's modes and http are imported
 * when they run, so that a dispatch start does not load and compile them (and the runs-file
 * validator they use): the cold-start guard, BENCHMARKS.md.
 */
const MODES: Record<ActionMode, () => Mode | Promise<Mode>> = {
  dispatch: () => dispatchMode,
  plan: async () => (await import("./modes/plan.js")).planMode,
  "run-step": async () => (await import("./modes/run-step.js")).runStepMode,
  report: async () => (await import("./modes/report.js")).reportMode,
  http: async () => (await import("./modes/http.js")).httpMode,
};

/**
 * The action: inputs and the job's environment, read once → the event → the mode → outputs.
 * Modes: dispatch (everything in this job), plan / run-step / report (the reusable workflow's
 * three jobs), http (a flow backend runs the steps).
 */
export async function runAction({ io, env, signal, findBun, stateDirSetting, repositorySetting }: RunActionOptions): Promise<DispatchOutcome> {
  const inputs = readInputs(io);
  // Tokens flow steps inherit (a GH_TOKEN the workflow set for `gh`) are redacted as `flows` redacts them.
  redactor.add(...INHERITED_TOKEN_VARIABLES.map((name) => env[name]));
  const runner = readRunnerEnvironment(env);
  // Debug lines are built only when someone will see them (RUNNER_DEBUG=1).
  const debug = io.isDebug() ? (message: string): void => io.debug(message) : undefined;
  const store = openStore({ inputs, env, repoRoot: runner.workspace, ...(debug ? { debug } : {}), ...(stateDirSetting ? { dirSetting: stateDirSetting } : {}) });
  try {
    const stepEnv: NodeJS.ProcessEnv = { ...env };
    // Looked up (./bun.js, imported then) when the first step runs: a start that runs none skips it.
    const bunPath = once(async () => (findBun ? findBun(stepEnv) : (await import("./bun.js")).resolveBun({ inputs, io, env: stepEnv })));
    if (inputs.replay && inputs.mode === "http") {
      // Said at once, so a job that then fails (the backend refused it) still names the event.
      await io.setOutput("event-id", inputs.replay);
      // The flow backend stores the events it ran, not this job's state: it replays them itself.
      const { httpReplayMode } = await import("./modes/http.js");
      return await httpReplayMode({ io, inputs, runner, stepEnv, store, bunPath, debug, signal }, inputs.replay, repositorySetting);
    }
    const replayed = inputs.replay ? await storedEvent(store, inputs.replay) : undefined;
    // With `replay`, `event` holds overrides for the stored event (see replay-edit.ts).
    const event = replayed ? (inputs.event ? applyReplayOverrides(replayed, inputs.event) : replayed) : await eventFromGitHub(env, inputs.event);
    io.info(`${inputs.replay ? `Replaying${inputs.event ? " (edited)" : ""}` : "Event"} ${logText(event.type)} → ${logText(event.id)}`);
    // Said at once (the mode says them again with the rest), so a job that then fails (a flow
    // backend that refused the event, a state store that could not save) still names its event
    // to later steps, for a replay: `if: failure()` ... steps.<id>.outputs.event-id.
    await io.setOutput("event-id", event.id);
    await io.setOutput("event-type", event.type);
    const mode = await MODES[inputs.mode]();
    let outcome: DispatchOutcome;
    try {
      outcome = await mode({ io, inputs, runner, stepEnv, event, store, bunPath, debug, signal });
    } catch (error) {
      // Failed after steps may have run (the summary or outputs could not be written, a report
      // failed): what they saved is still flushed, or a re-run would run them again. The job
      // fails with the mode's error; a flush that fails too is said in the log and the summary.
      await flushActionStore(store, io, runner.workspace).catch((flushError: unknown) => io.error(describeError(flushError)));
      throw error;
    }
    await flushActionStore(store, io, runner.workspace);
    return outcome;
  } finally {
    // Whatever the flow steps wrote to the job summary after the action's last section (all of
    // it, when the mode failed before its summary) is redacted before the runner publishes it.
    await io.flushSummary?.().catch((error: unknown) => io.warning(`The flow steps' part of the job summary could not be checked for secrets: ${describeError(error)}`));
    await store.close?.();
  }
}

function openStore(options: OpenActionStoreOptions & { inputs: ActionInputs }): StateStore {
  const { inputs, debug } = options;
  const lazy = new LazyStateStore(inputs.state, () => {
    debug?.(`state ${inputs.state}: open`);
    return openActionStore(options);
  });
  return debug ? debugStore(lazy, debug) : lazy;
}

async function eventFromGitHub(env: NodeJS.ProcessEnv, eventInput: string | undefined): Promise<FlowEvent> {
  const github = await loadGitHubEvent(env);
  return flowEventFromGitHub({ eventName: github.eventName, payload: github.payload, context: readGitHubRunContext(env), eventInput });
}

async function storedEvent(store: StateStore, eventId: string): Promise<FlowEvent> {
  if (store.kind === "none") {
    throw new ActionInputError(
      `Input "replay" names event ${shownInput(eventId)}, but state is "none", which keeps no events. Replay with the state the event was first run with (the same "state" input: artifact, branch or file).`,
    );
  }
  const record = await store.loadEvent(eventId);
  if (!record) {
    throw new ActionInputError(
      `Input "replay" names event ${shownInput(eventId)}, which the ${store.kind} state store does not hold. Replay needs the state the event was first run with (same "state" input).`,
    );
  }
  return record.event;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
