import type { BackendDispatchOptions, FlowBackendError } from "../../backend/index.js";
import type { FlowEvent, FlowRunView } from "../../contracts.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";
import { optionalSecondsSetting } from "../../deadline.js";
import { redactor } from "../../redact.js";
import { redacted } from "../../redact-cut.js";
import { logText } from "../../log-text.js";
import { inlineCode, inlineText } from "../../report/markdown.js";
import type { ActionContext } from "../context.js";
import { ActionInputError } from "../inputs.js";
import { nothingRan } from "../outcome.js";
import { writeOutputs } from "../outputs.js";
import { StepMasks } from "../step-masks.js";
import type { GitHubReportTargets } from "../../github/replay-targets.js";
import { actionClient, type ReportTargets } from "../reporter.js";
import { publish } from "./common.js";
import { reportToGitHub } from "./report.js";

/** http: send the event to a flow backend, wait for its runs, and report them like local ones. */
export async function httpMode(context: ActionContext): Promise<DispatchOutcome> {
  const url = backendUrl(context);
  const { dispatchToBackend, FlowBackendError, displayUrl } = await import("../../backend/index.js");
  const shown = displayUrl(url);
  if (context.inputs.dryRun) return dryRun(context, shown);
  let outcome: DispatchOutcome;
  try {
    outcome = await dispatchToBackend(context.event, backendOptions(context, url));
  } catch (error) {
    if (error instanceof FlowBackendError) await reportFailure(context, error, shown, "dispatch");
    throw error;
  }
  await reportToGitHub(context, outcome);
  await publish(context, outcome, shown);
  return outcome;
}

/**
 * http with `replay`: the flow backend stores the events it ran, so it replays the event
 * (`POST /events/:id/replay`) and this job waits for the replay's runs and reports them as it
 * reports a dispatch. The context's event is the one the backend sends.
 */
export async function httpReplayMode(base: Omit<ActionContext, "event">, eventId: string, repositorySetting = "GITHUB_REPOSITORY"): Promise<DispatchOutcome> {
  if (base.inputs.event !== undefined && !noOverrides(base.inputs.event)) {
    // The contract's replay takes no event: overrides would be dropped without a word.
    throw new ActionInputError(
      `Input "event" (overrides for the replay of "${eventId}") cannot be used with mode "http": the flow backend replays the event as it stored it (POST /events/<id>/replay carries no changes). Leave "event" empty to replay the stored event, or leave "replay" empty and pass the whole edited FlowEvent, with a new id, in "event" to send it as a new event.`,
    );
  }
  const { repository } = base.runner;
  if (!repository && !base.inputs.dryRun) {
    // Without it the stored event could be any repository's, and its check runs and comment
    // would be written to the pull requests and commits it names: refused, not left unchecked.
    throw new ActionInputError(
      `The replay of "${eventId}" on a flow backend needs the repository it belongs to, to check that the event the backend sends is one of it before it is replayed and reported; ${repositorySetting} is not set, so nothing was replayed. Set GITHUB_REPOSITORY to owner/repo.`,
    );
  }
  const standIn = { ...base, event: { id: eventId, type: "", receivedAt: new Date().toISOString(), payload: {} } };
  const url = backendUrl(standIn);
  const { replayOnBackend, FlowBackendError, displayUrl } = await import("../../backend/index.js");
  const shown = displayUrl(url);
  if (base.inputs.dryRun) return dryRun(standIn, shown, eventId);
  let context: ActionContext = standIn;
  let targets: ReportTargets | undefined;
  let outcome: DispatchOutcome;
  try {
    outcome = await replayOnBackend(eventId, {
      ...backendOptions(base, url),
      ...(repository ? { repository } : {}),
      repositorySetting,
      onEvent: async (event, { signal }) => {
        context = { ...base, event };
        base.io.info(`Replaying ${logText(logName(event.type))} → ${logText(logName(event.id))} on the flow backend at ${logText(shown)}`);
        targets = await replayTargets(base, eventId, event, shown, signal);
      },
    });
  } catch (error) {
    if (error instanceof FlowBackendError) await reportFailure(context, error, shown, "replay", targets);
    throw error;
  }
  context = { ...base, event: outcome.event };
  await reportToGitHub(context, outcome, targets);
  await publish(context, outcome, shown);
  return outcome;
}

/**
 * Where a replay's reports go when the stored event names targets its id does not (a
 * workflow_run's head and pull requests, an issue comment's pull request, a deployment's commit,
 * a custom event's payload): only the backend vouches for those, so they are not used as they
 * are. Where the id names an object of this repository (a run, a job, a check suite or run, an
 * issue comment, a deployment), GitHub is asked for its targets with the job's token, and its
 * answer is used (githubTargets). Otherwise, or when GitHub cannot be read, check runs go to
 * GITHUB_SHA, as for an event that names no commit, and no pull request is commented; the log
 * says so (and which permission the read needs).
 */
async function replayTargets(base: Omit<ActionContext, "event">, eventId: string, event: FlowEvent, shown: string, signal: AbortSignal): Promise<ReportTargets | undefined> {
  const { objectNamedById, reportTargetsBeyondId } = await import("../../backend/index.js");
  const beyond = reportTargetsBeyondId(event, eventId);
  if (beyond === undefined) return undefined;
  const object = objectNamedById(event, eventId);
  const { repository } = base.runner;
  // No token, or nothing to write: GitHub is not asked, and nothing is written anyway.
  if (object === undefined || !repository || !writesReports(base)) return trustedTargets(base, eventId, beyond);
  const [{ readReportTargets }, client] = await Promise.all([import("../../github/replay-targets.js"), actionClient({ ...base, token: base.inputs.githubToken })]);
  // `signal`: the job's cancel, or the end of the replay's time (backend-timeout-minutes).
  const read = await readReportTargets(client, { repository, object, signal });
  if (!read.ok && read.canceled) {
    const { FlowBackendError, NOT_SENT } = await import("../../backend/index.js");
    if (!base.signal?.aborted) {
      throw new FlowBackendError(
        `the time for the replay ran out while GitHub's ${read.subject} was read (${read.request}); the replay was not sent. Raise backend-timeout-minutes, or look at GitHub's status.`,
        { kind: "timeout" },
      );
    }
    // As a cancel before the replay's POST is sent: nothing was replayed, nothing to cancel there.
    throw new FlowBackendError(`the replay on the flow backend at ${shown} was canceled while GitHub's ${read.subject} was read (${read.request}); the replay was not sent.`, {
      kind: "aborted",
      code: NOT_SENT,
    });
  }
  if (!read.ok) {
    base.io.info(
      logText(
        `GitHub's ${read.subject}, which the replayed event's id names, could not be read (${read.request}: ${read.reason}), so its report targets are not known; the job's token needs ${read.permission} to read them.`,
      ),
    );
    return trustedTargets(base, eventId, beyond);
  }
  return githubTargets(base, eventId, event, read.targets, shown);
}

/**
 * The report targets GitHub gives for the object the replayed event's id names. A payload that
 * disagrees with what GitHub never changes for that object (a run's head commit, a comment's
 * issue, a deployment's commit) is not the event GitHub sent: the backend forged or mangled it,
 * so the replay is refused, as an event whose payload disagrees with its own id is, and nothing
 * runs on the backend for it nor is reported here. A difference in what GitHub works out anew (the
 * open pull requests of a run's head) is logged, and GitHub's word is used.
 */
async function githubTargets(base: Omit<ActionContext, "event">, eventId: string, event: FlowEvent, github: GitHubReportTargets, shown: string): Promise<ReportTargets> {
  const { targetsDisagreement, FlowBackendError } = await import("../../backend/index.js");
  const { forged, changed } = targetsDisagreement(event, github);
  if (forged.length > 0) {
    throw new FlowBackendError(
      `the flow backend at ${shown} sent event "${logName(eventId)}" for the replay, and ${forged.join("; ")}. GitHub never changes that, so the backend's copy is not the event GitHub sent, and its check runs and comment would go where the backend chose; nothing was replayed. Check the backend (its stored events may have been altered).`,
      { kind: "invalid-response", field: "event" },
    );
  }
  for (const difference of changed) base.io.info(logText(`The replayed event's ${difference}; GitHub's are used.`));
  const headSha = github.headSha ?? base.runner.sha;
  const checks = headSha ? `its check runs go to ${headSha}${github.headSha ? "" : " (GITHUB_SHA)"}` : "no check runs are written (GITHUB_SHA is not set)";
  const pulls = github.pullRequests;
  const comment = pulls.length > 0 ? `pull request${pulls.length === 1 ? "" : "s"} ${pulls.map((number) => `#${number}`).join(", ")} ${pulls.length === 1 ? "gets" : "get"} the comment` : "no pull request is commented";
  base.io.info(logText(`The replayed event's report targets are GitHub's ${github.subject}'s, read with the job's token: ${checks}, and ${comment}.`));
  return { ...(headSha ? { headSha } : {}), pullRequests: pulls };
}

/** The job writes check runs or a comment: it has a token, in a workflow run, and wants one. */
function writesReports(base: Omit<ActionContext, "event">): boolean {
  const { report, githubToken } = base.inputs;
  return Boolean(githubToken) && base.runner.insideWorkflowRun && (report.checks !== "off" || report.comment !== "off");
}

/**
 * Where a replay's reports go when the stored event names targets its id does not and GitHub does
 * not vouch for them: check runs go to GITHUB_SHA and no pull request is commented.
 */
function trustedTargets(base: Omit<ActionContext, "event">, eventId: string, beyond: string | undefined): ReportTargets | undefined {
  if (beyond === undefined) return undefined;
  const sha = base.runner.sha;
  const checks = sha ? `its check runs go to GITHUB_SHA (${sha})` : "no check runs are written (GITHUB_SHA is not set)";
  base.io.info(
    logText(
      `The replayed event's payload names ${redacted(beyond).clip(LOG_EVENT_CHARS, "…")}, which its id "${logName(eventId)}" does not name, so only the flow backend vouches for ${beyond.includes(" and ") ? "them" : "it"}: ${checks}, and no pull request is commented.`,
    ),
  );
  return { ...(sha ? { headSha: sha } : {}), pullRequests: [] };
}

/** `{}`: a workflow's default for its overrides input, which changes nothing. */
function noOverrides(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

function backendUrl(context: ActionContext): string {
  const { url } = context.inputs.backend;
  if (!url) throw new ActionInputError('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
  return url;
}

/**
 * The first wait before asking the backend for the runs (it grows by half each time): the
 * backend client's 2 s, or FLOWS_BACKEND_POLL_SECONDS, a setting for tests against a local
 * backend (seconds above 0; another value fails the job before the event is sent).
 */
function firstPoll(): { pollIntervalMs?: number } {
  const ms = optionalSecondsSetting("FLOWS_BACKEND_POLL_SECONDS", { unset: "the backend client's first wait of 2 s" });
  return ms === undefined ? {} : { pollIntervalMs: ms };
}

function backendOptions(context: Omit<ActionContext, "event">, url: string): BackendDispatchOptions {
  const { backend } = context.inputs;
  // A step on the backend masks a value as it would here: its `::add-mask::` is read from the
  // output its run carries, before anything of the run is logged or reported.
  const masks = new StepMasks(context.io, redactor);
  return {
    url,
    ...(backend.token ? { token: backend.token } : {}),
    ...(backend.apiKey ? { apiKey: backend.apiKey } : {}),
    ...(backend.hmacSecret ? { hmacSecret: backend.hmacSecret } : {}),
    ...(backend.timeoutMs ? { timeoutMs: backend.timeoutMs } : {}),
    ...firstPoll(),
    // A canceled job stops waiting and cancels the backend's unfinished runs (src/backend/cancel.ts).
    ...(context.signal ? { signal: context.signal } : {}),
    cancelOnTimeout: backend.cancelOnTimeout,
    warn: (message) => context.io.warning(message),
    onProgress: (runs) => context.io.info(progressLine(runs)),
    onStepOutput: (text) => masks.text(text),
  };
}

/** Characters of the replayed event's type and of its id in the "Replaying" log line. */
const LOG_EVENT_CHARS = 200;

/** The backend's text for a log line: redacted, then cut (a hostile backend may send megabytes). */
function logName(text: string): string {
  return redacted(text).clip(LOG_EVENT_CHARS, "…");
}

/** Runs named in one progress line; the summary lists them, as far as its 1 MiB goes. */
const PROGRESS_RUNS = 20;
/** Characters of a flow or step name in a progress line. */
const PROGRESS_NAME_CHARS = 80;

/**
 * The runs' statuses as one log line. It starts with our own words: a line whose start is the
 * backend's text (a flow named `::error::…`) would be read by the runner as a workflow command.
 * Names are the backend's, so each is redacted, then cut (a hostile backend may send megabytes).
 */
function progressLine(runs: FlowRunView[]): string {
  const name = (text: string): string => redacted(text).clip(PROGRESS_NAME_CHARS, "…");
  const shown = runs.slice(0, PROGRESS_RUNS).map((run) => `${name(run.flowName)}/${name(run.stepName)}: ${run.effectiveStatus}`);
  const more = runs.length > PROGRESS_RUNS ? ` and ${runs.length - PROGRESS_RUNS} more` : "";
  return `Runs on the flow backend: ${logText(shown.join(", "))}${more}`;
}

/**
 * The backend failed or timed out: the runs as last seen are still reported (summary, checks,
 * comment, outputs), and the summary says why the job failed. The error then fails the job.
 * With no runs seen (the backend could not be reached, or refused the event), the outputs say
 * nothing ran, as an engine dispatch's always say something: a later `if: failure()` step read
 * an empty `matched` and `results`.
 */
async function reportFailure(context: ActionContext, error: FlowBackendError, shown: string, what: "dispatch" | "replay", targets?: ReportTargets): Promise<void> {
  if (error.outcome) {
    const seenContext = { ...context, event: error.outcome.event };
    await reportToGitHub(seenContext, error.outcome, targets);
    await publish(seenContext, error.outcome, shown);
  } else {
    await writeOutputs(context.io, nothingRan(context.event));
  }
  const seen = error.outcome ? " The runs above are as the backend last reported them." : "";
  await context.io.appendSummary(`\n> [!CAUTION]\n> **The flow backend ${what} failed:** ${inlineText(error.message, 2000)}${seen}\n`, `the flow backend's failure`);
}

/**
 * dry-run: "run nothing, record nothing". A flow backend has no dry run: the event it is sent
 * (or the replay it is asked for) starts its flows, so nothing is sent at all, and the summary
 * says so. A replay's event is not even looked up: its type stays unknown (empty).
 */
async function dryRun(context: ActionContext, shown: string, replay?: string): Promise<DispatchOutcome> {
  const outcome: DispatchOutcome = { ...nothingRan(context.event), dryRun: true };
  const message = replay
    ? `Dry run: event ${replay} was not replayed on the flow backend at ${shown}, nor looked up there; the backend has no dry run (a replay runs its flows).`
    : `Dry run: the event was not sent to the flow backend at ${shown}, which has no dry run (it would run its flows).`;
  const title = replay ? `Replay of ${inlineCode(replay)}` : `Flows for ${inlineCode(context.event.type)}`;
  context.io.info(logText(message));
  await context.io.appendSummary(`### ${title}\n\n${inlineText(message, 1000)}\n`, "the dry run's note");
  await writeOutputs(context.io, outcome);
  return outcome;
}
