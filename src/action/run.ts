import type { FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import { type DispatchObserver, type DispatchOutcome, dispatch } from "../engine/dispatch.js";
import { runIdFor } from "../engine/ids.js";
import { flowEventFromGitHub, loadGitHubEvent, readGitHubRunContext } from "../events/index.js";
import { discoverFlows, matchSteps } from "../flows/index.js";
import type { DiscoveryResult } from "../flows/types.js";
import { LazyStateStore } from "../state/lazy-store.js";
import type { StateStore } from "../state/types.js";
import { logText } from "../log-text.js";
import { allProblems, flatten } from "../report/summary.js";
import { resolveBun } from "./bun.js";
import {
  alongside,
  finishGitHubReport,
  type GitHubReportContext,
  type GitHubReportInputs,
  handoverAction,
  openGitHubReporter,
  publishHandedOver,
  readGitHubReportInputs,
  uploadHandover,
} from "./github-report.js";
import { type ActionInputs, ActionInputError, readInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { logGroups } from "./log-groups.js";
import { publishOutcome } from "./publish.js";
import { childFiles, mergeRuns, planMatrix, readRunsDir, readStepSelection, type RunsFile, writeRunsFile } from "./scale-out.js";
import { applyReplayOverrides } from "./replay-edit.js";
import { openActionStore } from "./state.js";
import { WATCH_EVENT_TYPES, watchReleases } from "./watch.js";

export type RunActionOptions = {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  /** Aborted when the job is cancelled: running steps are stopped and recorded as canceled. */
  signal?: AbortSignal;
};

type ModeContext = {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  repoRoot: string;
  store: StateStore;
  event: FlowEvent;
  report: GitHubReportInputs;
  /** Environment steps get (the installed Bun's folder goes on its PATH). */
  stepEnv: NodeJS.ProcessEnv;
  bunPath: () => Promise<string>;
  signal?: AbortSignal;
};

/**
 * The action: GitHub event → FlowEvent → (mode) → annotations, summary, outputs.
 * Modes: dispatch (everything in this job), plan / run-step / report (the reusable workflow's
 * three jobs), http (a flow backend runs the steps).
 */
export async function runAction({ io, env, signal }: RunActionOptions): Promise<DispatchOutcome> {
  const inputs = readInputs(io);
  const report = readGitHubReportInputs(io);
  const repoRoot = env.GITHUB_WORKSPACE || process.cwd();
  const store = new LazyStateStore(inputs.state, () => openActionStore({ inputs, env, repoRoot }));
  try {
    const replayed = inputs.replay ? await storedEvent(store, inputs.replay) : undefined;
    // With `replay`, `event` holds overrides for the stored event (see replay-edit.ts).
    const event = replayed ? (inputs.event ? applyReplayOverrides(replayed, inputs.event) : replayed) : await eventFromGitHub(env, inputs.event);
    io.info(`${inputs.replay ? `Replaying${inputs.event ? " (edited)" : ""}` : "Event"} ${logText(event.type)} → ${logText(event.id)}`);
    const stepEnv: NodeJS.ProcessEnv = { ...env };
    const bunPath = once(() => resolveBun({ inputs, io, env: stepEnv }));
    const context: ModeContext = { io, env, inputs, report, repoRoot, store, event, stepEnv, bunPath, signal };
    const outcome = await MODES[inputs.mode](context);
    await store.flush();
    return outcome;
  } finally {
    await store.close();
  }
}

const MODES: Record<ActionInputs["mode"], (context: ModeContext) => Promise<DispatchOutcome>> = {
  dispatch: async (context) => {
    const github = githubContext(context);
    const handover = handoverAction(github);
    if (handover === "publish") {
      await publishHandedOver(github);
      return nothingRan(context.event);
    }
    const discovery = await discover(context);
    // Open the reporter before running only when steps will run, so check runs show them live.
    const willRun = (await matchSteps(discovery.flows, context.event)).matched.length > 0;
    let reporter = handover === "none" && willRun ? await openGitHubReporter(github, discovery.problems) : undefined;
    let outcome: DispatchOutcome | undefined;
    try {
      outcome = await runSteps(context, discovery, undefined, reporter);
      if (WATCH_EVENT_TYPES.has(context.event.type) && !context.inputs.replay && !context.inputs.event) {
        // New upstream releases are reported beside the event that polled for them.
        outcome.children.push(...(await watchReleases({ ...context, discovery, bunPath: context.bunPath, observer: logGroups(context.io) })));
      }
    } finally {
      if (!reporter && handover === "none" && outcome && worthReporting(outcome, github)) {
        reporter = await openGitHubReporter(github, discovery.problems);
      }
      await finishGitHubReport(reporter, outcome, context.io);
    }
    await publish(context, outcome);
    if (handover === "upload") await uploadHandover(github, outcome);
    return outcome;
  },
  plan: planMode,
  "run-step": async (context) => {
    if (!context.inputs.runsFile) throw new ActionInputError('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
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
    if (!backend.url) throw new ActionInputError('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
    const { dispatchToBackend } = await import("../backend/index.js");
    const outcome = await dispatchToBackend(context.event, {
      url: backend.url,
      ...(backend.token ? { token: backend.token } : {}),
      ...(backend.apiKey ? { apiKey: backend.apiKey } : {}),
      ...(backend.hmacSecret ? { hmacSecret: backend.hmacSecret } : {}),
      ...(backend.timeoutMs ? { timeoutMs: backend.timeoutMs } : {}),
      onProgress: (runs) => context.io.info(logText(runs.map((run) => `${run.flowName}/${run.stepName}: ${run.effectiveStatus}`).join(", "))),
    });
    await reportToGitHub(context, outcome, []);
    await publish(context, outcome);
    return outcome;
  },
};

async function discover(context: ModeContext): Promise<DiscoveryResult> {
  return discoverFlows({ repoRoot: context.repoRoot, roots: context.inputs.flowsPath, eventType: context.event.type });
}

async function runSteps(
  context: ModeContext,
  discovery: DiscoveryResult,
  only?: Array<{ flow: string; step: string }>,
  reporter?: DispatchObserver,
): Promise<DispatchOutcome> {
  const { io, env, inputs } = context;
  return dispatch(context.event, {
    repoRoot: context.repoRoot,
    discovery,
    store: context.store,
    only,
    replay: inputs.replay !== undefined,
    concurrency: inputs.concurrency,
    dryRun: inputs.dryRun,
    env: context.stepEnv,
    exportEnv: inputs.exportEnv,
    workspaceBackendUrl: inputs.workspaceBackendUrl || undefined,
    bunPath: context.bunPath,
    launchedBy: env.GITHUB_ACTOR ? `github-actions:${env.GITHUB_ACTOR}` : "github-actions",
    observer: alongside(logGroups(io), reporter),
    signal: context.signal,
  });
}

function publish(context: ModeContext, outcome: DispatchOutcome): Promise<void> {
  return publishOutcome(outcome, { io: context.io, env: context.env, repoRoot: context.repoRoot, failOn: context.inputs.failOn });
}

/** plan: match, and output a matrix of steps for the run-step jobs (runs nothing). */
async function planMode(context: ModeContext): Promise<DispatchOutcome> {
  const { io } = context;
  const outcome = await dispatch(context.event, { repoRoot: context.repoRoot, discovery: await discover(context), dryRun: true });
  const planned = outcome.runs;
  const { matrix, batched } = planMatrix(planned);
  if (batched) io.warning(`${planned.length} steps matched, more than GitHub's 256 jobs per matrix: they run in ${matrix.include.length} batches.`);
  await io.setOutput("matrix", JSON.stringify(matrix));
  await io.setOutput("has-steps", String(planned.length > 0));
  await io.setOutput("event-id", outcome.eventId);
  await io.setOutput("event-type", outcome.event.type);
  await io.setOutput("matched", String(planned.length));
  if (planned.length === 0) {
    await publishOutcome(outcome, { io, env: context.env, repoRoot: context.repoRoot, failOn: new Set() });
  } else {
    const jobs = matrix.include.length;
    await io.appendSummary(`Planned ${planned.length} step${planned.length === 1 ? "" : "s"} for \`${outcome.event.type}\` in ${jobs} job${jobs === 1 ? "" : "s"}.`);
  }
  return outcome;
}

/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
async function reportMode(context: ModeContext): Promise<DispatchOutcome> {
  if (!context.inputs.runsDir) throw new ActionInputError('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
  const discovery = await discover(context);
  const match = await matchSteps(discovery.flows, context.event);
  const collected = await readRunsDir(context.inputs.runsDir);
  const now = new Date().toISOString();
  const order = match.matched.map(({ flow, step }) => runIdFor(context.event.id, flow.name, step.name));
  const reported = new Map(mergeRuns(context.event, collected.files, order, now).map((run) => [run.id, run]));
  const runs = match.matched.map(({ flow, step }, i) => reported.get(order[i] as string) ?? missingRun(context.event, flow.name, flow.version, step.name, step.runner, order[i] as string, now));
  const outcome: DispatchOutcome = {
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
  if (outcome.status === "duplicate") outcome.idempotent = true;
  await reportToGitHub(context, outcome, discovery.problems);
  await publish(context, outcome);
  return outcome;
}

/** Check runs and the comment for an outcome made elsewhere (report and http modes). */
async function reportToGitHub(context: ModeContext, outcome: DispatchOutcome, problems: FlowDiagnostic[]): Promise<void> {
  const github = githubContext(context);
  if (!worthReporting(outcome, github)) return;
  await finishGitHubReport(await openGitHubReporter(github, problems), outcome, context.io);
}

function githubContext(context: ModeContext): GitHubReportContext {
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
function worthReporting(outcome: DispatchOutcome, github: GitHubReportContext): boolean {
  if (outcome.dryRun) return false;
  const ran = flatten(outcome).some((each) => each.runs.length > 0);
  return ran || allProblems(outcome).some((p) => p.severity === "error") || github.report.comment === "always";
}

function nothingRan(event: FlowEvent): DispatchOutcome {
  return { status: "accepted", eventId: event.id, runIds: [], matched: 0, event, runs: [], mismatches: [], problems: [], shadowed: [], children: [], dryRun: false };
}

function outcomeFromFile(file: RunsFile): DispatchOutcome {
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
function missingRun(event: FlowEvent, flowName: string, flowVersion: number, stepName: string, runner: FlowRunView["runner"], id: string, now: string): FlowRunView {
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

async function eventFromGitHub(env: NodeJS.ProcessEnv, eventInput: string | undefined): Promise<FlowEvent> {
  const github = await loadGitHubEvent(env);
  return flowEventFromGitHub({ eventName: github.eventName, payload: github.payload, context: readGitHubRunContext(env), eventInput });
}

async function storedEvent(store: StateStore, eventId: string): Promise<FlowEvent> {
  const record = await store.loadEvent(eventId);
  if (!record) {
    throw new ActionInputError(
      `Input "replay" names event "${eventId}", which the ${store.kind} state store does not hold. Replay needs the state the event was first run with (same "state" input).`,
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
