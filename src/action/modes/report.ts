import type { FlowEvent, FlowRunView } from "../../contracts.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";
import { runIdFor } from "../../engine/ids.js";
import type { ActionContext } from "../context.js";
import { uploadHandover } from "../handover.js";
import { ActionInputError } from "../inputs.js";
import { assembleOutcome } from "../outcome.js";
import { placeOf } from "../../report/problem-places.js";
import { ActionReporter, handoverAction } from "../reporter.js";
import { childFiles, mergeRuns, readHandedOverRuns, readRunsDir, type RunsFile } from "../scale-out.js";
import { MemoryStateStore } from "../../state/memory-store.js";
import { RECORD_FORMAT_VERSION, type StateStore } from "../../state/types.js";
import { discover, githubContext, planSteps, publish } from "./common.js";

/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
export async function reportMode(context: ActionContext): Promise<DispatchOutcome> {
  const { runsDir } = context.inputs;
  if (!runsDir) throw new ActionInputError('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
  const { event } = context;
  // The steps the plan job gave jobs to, those it left out as handled before (planned with them
  // stored, as the plan job planned with its state store), and why the others did not match or
  // were left out.
  const handedOver = readHandedOverRuns(context.inputs.handledRuns, event);
  const planned = await planSteps(context, await discover(context), await handedOverStore(event, handedOver));
  const collected = await readRunsDir(runsDir, { jobsPlanned: planned.runs.some((run) => !run.alreadyHandled) });
  const now = new Date().toISOString();
  const order = planned.runs.map((run) => run.id);
  // A step that ran in a run-step job but does not match in this one (a condition on
  // github.run_attempt, and this is a re-run's report) still ran: it is reported after the rest.
  const extra = handedOverIds(event.id, collected.files).filter((id) => !order.includes(id));
  // So is a step the plan left out as handled before that no longer matches here.
  const handledExtra = handedOver.filter((run) => !order.includes(run.id) && !extra.includes(run.id));
  // A skipped runs file may have held any step's results: the missing steps say it could be so.
  const unreadable = collected.problems.some((problem) => placeOf(problem) === "the run-step jobs' results");
  const reported = new Map(mergeRuns(event, collected.files, [...order, ...extra], now).map((run) => [run.id, run]));
  const outcome = assembleOutcome({
    event,
    runs: [
      ...planned.runs.map((view) => reported.get(view.id) ?? (view.alreadyHandled ? view : missingRun(view, now, unreadable))),
      ...extra.flatMap((id) => reported.get(id) ?? []),
      ...handledExtra,
    ],
    runIds: [...order, ...extra, ...handledExtra.map((run) => run.id)],
    mismatches: planned.mismatches.filter((miss) => {
      const id = runIdFor(event.id, miss.flow.name, miss.step.name);
      return !extra.includes(id) && !handledExtra.some((run) => run.id === id);
    }),
    problems: [...planned.problems, ...collected.problems],
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
export async function reportToGitHub(context: ActionContext, outcome: DispatchOutcome): Promise<void> {
  await new ActionReporter(githubContext(context)).finish(outcome);
}

/** The ids of the runs the run-step jobs handed over for the event, each once, in file order. */
function handedOverIds(eventId: string, files: RunsFile[]): string[] {
  return [...new Set(files.filter((file) => file.event.id === eventId).flatMap((file) => file.runs.map((run) => run.id)))];
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
    id: planned.id,
    eventId: planned.eventId,
    flowName: planned.flowName,
    flowVersion: planned.flowVersion,
    stepName: planned.stepName,
    runner: planned.runner,
    processStatus: "canceled",
    effectiveStatus: "canceled",
    needsAttention: false,
    attempts: [],
    error: unreadable
      ? "The run-step job for this step reported no result that could be read (cancelled, timed out or lost, or its runs file was skipped: see the problems with the run-step jobs' results); see its job log."
      : "The run-step job for this step reported no result (cancelled, timed out or lost); see its job log.",
    createdAt: now,
    updatedAt: now,
  };
}
