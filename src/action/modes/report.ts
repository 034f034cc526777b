import { type EffectiveStatus, type FlowDiagnostic, type FlowEvent, type FlowRunView, needsAttentionFor } from "../../contracts.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";
import { runIdFor } from "../../engine/ids.js";
import { isSettledStatus } from "../../engine/run-view.js";
import type { ActionContext } from "../context.js";
import { uploadHandover } from "../handover.js";
import { ActionInputError } from "../inputs.js";
import { assembleOutcome } from "../outcome.js";
import { RUNS_FILE_PROBLEM } from "../../report/problem-places.js";
import { ActionReporter, handoverAction, type ReportTargets } from "../reporter.js";
import { type ReceivedHandover, receiveHandover } from "../plan-handover.js";
import { readHandledRuns } from "../plan-state.js";
import { childFiles, mergeRuns, readJobSteps, readRunsDir, type RunsFile } from "../scale-out.js";
import { MemoryStateStore } from "../../state/memory-store.js";
import { RECORD_FORMAT_VERSION, type StateStore } from "../../state/types.js";
import { discover, githubContext, planSteps, publish } from "./common.js";

/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
export async function reportMode(context: ActionContext): Promise<DispatchOutcome> {
  const { runsDir } = context.inputs;
  if (!runsDir) throw new ActionInputError('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
  const { event } = context;
  // The steps the plan job gave jobs to, those it left out as handled before (planned with them
  // stored, as the plan job planned with its state store, and with the same steps counted as
  // handled before under the run cap), and why the others did not match or were left out.
  const handover = receiveHandover(context.inputs, event);
  const planned = await planSteps(context, await discover(context), { store: await handedOverStore(event, handover.runs), handledBefore: handover.handledBefore });
  const leftOut = leftOutIds(handover);
  // Which steps each run-step job was given: from a job's runs file, only the runs of those.
  const jobSteps = readJobSteps(context.inputs.jobSteps);
  const collected = await readRunsDir(runsDir, {
    jobsPlanned: planned.runs.some((run) => !run.alreadyHandled && !leftOut.has(run.id)),
    event,
    ...(jobSteps.jobs ? { jobs: jobSteps.jobs } : {}),
  });
  const now = new Date().toISOString();
  const order = planned.runs.map((run) => run.id);
  // A step that ran in a run-step job but does not match in this one (a condition on
  // github.run_attempt, and this is a re-run's report) still ran: it is reported after the rest.
  const reportedIds = handedOverIds(event.id, collected.files);
  const extra = reportedIds.filter((id) => !order.includes(id));
  const handled = await handledViews(context, { handover, planned: planned.runs, reported: new Set(reportedIds), now });
  // So is a step the plan left out as handled before that no longer matches here.
  const handledExtra = [...handled.views.values()].filter((run) => !order.includes(run.id) && !extra.includes(run.id));
  // A skipped runs file may have held any step's results: the missing steps say it could be so.
  const unreadable = collected.problems.some((problem) => problem.message.startsWith(RUNS_FILE_PROBLEM));
  const reported = new Map(mergeRuns(event, collected.files, [...order, ...extra], now).map((run) => [run.id, run]));
  const outcome = assembleOutcome({
    event,
    runs: [
      ...planned.runs.map((view) => reported.get(view.id) ?? handled.views.get(view.id) ?? (view.alreadyHandled ? view : missingRun(view, now, unreadable))),
      ...extra.flatMap((id) => reported.get(id) ?? []),
      ...handledExtra,
    ],
    runIds: [...order, ...extra, ...handledExtra.map((run) => run.id)],
    mismatches: planned.mismatches.filter((miss) => {
      const id = runIdFor(event.id, miss.flow.name, miss.step.name);
      return !extra.includes(id) && !handledExtra.some((run) => run.id === id);
    }),
    problems: [...handover.problems, ...(jobSteps.problem ? [jobSteps.problem] : []), ...handled.problems, ...planned.problems, ...collected.problems],
    shadowed: planned.shadowed,
    children: childFiles(collected.files).map(outcomeFromFile),
  });
  // A pull request from a fork: the report job's token is read-only, as a single job's is, so
  // it hands the results over as the single job does (handover: auto), for a workflow_run job to
  // publish (docs/pull-requests.md), instead of being refused every check run and the comment.
  const github = githubContext(context);
  const upload = handoverAction(github) === "upload";
  if (!upload) await reportToGitHub(context, outcome);
  await publish(context, outcome);
  if (upload) await uploadHandover(github, outcome);
  return outcome;
}

/** Check runs and the comment for an outcome made elsewhere (report and http modes). */
export async function reportToGitHub(context: ActionContext, outcome: DispatchOutcome, targets?: ReportTargets): Promise<void> {
  await new ActionReporter({ ...githubContext(context), ...(targets ? { targets } : {}) }).finish(outcome);
}

/** The ids of the runs the run-step jobs handed over for the event, each once, in file order. */
function handedOverIds(eventId: string, files: RunsFile[]): string[] {
  return [...new Set(files.filter((file) => file.event.id === eventId).flatMap((file) => file.runs.map((run) => run.id)))];
}

/** The steps the plan gave no job: settled when it planned (one running elsewhere kept its job). */
function leftOutIds(handover: ReceivedHandover): Set<string> {
  const settled = [...handover.statuses].filter(([, status]) => isSettledStatus(status)).map(([id]) => id);
  return new Set([...settled, ...handover.runs.map((run) => run.id)]);
}

/**
 * A view of each step the plan counted as handled before that no run-step job reported: the
 * plan's (handled-runs), else the state store's, read as the plan read it, else one with the
 * status the plan gave it (handled-steps) that says its details did not come through, and why.
 * Never a canceled step: it was not meant to run here.
 */
async function handledViews(
  context: ActionContext,
  { handover, planned, reported, now }: { handover: ReceivedHandover; planned: FlowRunView[]; reported: ReadonlySet<string>; now: string },
): Promise<{ views: Map<string, FlowRunView>; problems: FlowDiagnostic[] }> {
  const views = new Map(handover.runs.map((run) => [run.id, run]));
  const unknown = new Set([...handover.handledBefore].filter((id) => !views.has(id) && !reported.has(id)));
  if (unknown.size === 0) return { views, problems: [] };
  const why = handover.runsMissing ?? 'input "handled-runs" did not hold their views (too long to fit its 64 KiB, or running in another dispatch when the plan read the store)';
  const recovered = await readHandledRuns(context, context.event.id, unknown);
  for (const run of recovered.runs) {
    views.set(run.id, run);
    unknown.delete(run.id);
  }
  const count = recovered.runs.length;
  if (count > 0) context.io.info(`${count} step${count === 1 ? "" : "s"} handled before ${count === 1 ? "was" : "were"} read from the state store (${why}).`);
  if (unknown.size === 0) return { views, problems: [] };
  const byId = new Map(planned.map((run) => [run.id, run]));
  const named = [...unknown].flatMap((id) => byId.get(id) ?? []);
  const detail = `Handled before; the plan job passed only its status (${why}), and ${recovered.skipped ?? "the state store holds no run of it"}.`;
  for (const run of named) views.set(run.id, statusOnlyRun(run, handover.statuses.get(run.id) ?? "completed", detail, now));
  const unnamed = unknown.size - named.length;
  const steps = named.map((run) => `${run.flowName}/${run.stepName}`).join(", ");
  return {
    views,
    problems: [
      {
        severity: "warning",
        file: 'input "handled-runs"',
        message:
          `${unknown.size} step${unknown.size === 1 ? "" : "s"} handled before ${unknown.size === 1 ? "is" : "are"} reported with the status the plan job gave only${steps ? ` (${steps})` : ""}: ${why}, and ${recovered.skipped ?? "the state store holds no run of them"}.` +
          (unnamed > 0 ? ` ${unnamed} of them no longer match here and are not listed.` : "") +
          " Their results are in the jobs that ran them before.",
      },
    ],
  };
}

/** A step handled before known only by its status (handled-steps): no attempts, no result. */
function statusOnlyRun(planned: FlowRunView, status: EffectiveStatus, detail: string, now: string): FlowRunView {
  const live = status === "queued" || status === "running";
  return { ...unrunView(planned, now), processStatus: live ? status : "completed", effectiveStatus: status, needsAttention: needsAttentionFor(status), error: detail, alreadyHandled: true };
}

/** The planned step's identity, with no attempts: the base of a view this job did not see run. */
function unrunView(planned: FlowRunView, now: string): Pick<FlowRunView, "id" | "eventId" | "flowName" | "flowVersion" | "stepName" | "runner" | "attempts" | "createdAt" | "updatedAt"> {
  const { id, eventId, flowName, flowVersion, stepName, runner } = planned;
  return { id, eventId, flowName, flowVersion, stepName, runner, attempts: [], createdAt: now, updatedAt: now };
}

/** A store holding the runs the plan job left out: the report's plan then leaves them out too. */
async function handedOverStore(event: FlowEvent, runs: FlowRunView[]): Promise<StateStore | undefined> {
  if (runs.length === 0) return undefined;
  const store = new MemoryStateStore();
  const now = new Date().toISOString();
  await store.saveEvent({ formatVersion: RECORD_FORMAT_VERSION, event, runs: runs.map(({ alreadyHandled: _, ...run }) => run), firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
  return store;
}

function outcomeFromFile(file: RunsFile): DispatchOutcome {
  return assembleOutcome({ event: file.event, runs: file.runs, children: file.children.map(outcomeFromFile) });
}

/** A step whose run-step job reported nothing (cancelled, runner lost) or nothing readable still shows up. */
function missingRun(planned: FlowRunView, now: string, unreadable: boolean): FlowRunView {
  return {
    ...unrunView(planned, now),
    processStatus: "canceled",
    effectiveStatus: "canceled",
    needsAttention: false,
    error: unreadable
      ? "The run-step job for this step reported no result that could be read (cancelled, timed out or lost, or its runs file was skipped: see the problems with the run-step jobs' results); see its job log."
      : "The run-step job for this step reported no result (cancelled, timed out or lost); see its job log.",
  };
}
