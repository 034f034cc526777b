import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import { checkContract } from "../contract-errors.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { RunsFile as GeneratedRunsFile } from "../generated/types.js";
import { validateJobSteps } from "../generated/validators/job-steps.js";
import { validateRunsFile } from "../generated/validators/runs-file.js";
import { RUNS_FILE_CHILDREN_CUT, RUNS_FILE_PROBLEM, RUNS_FILE_RUNS_REFUSED } from "../report/problem-places.js";
import { linkedChildren } from "./runs-file-links.js";
import { artifactOf, readRunsFileJson, runsFileTooLarge, whoseFile } from "./runs-file-read.js";
import { DEFAULT_MAX_RUNS } from "../engine/dispatch-types.js";
import { runIdFor } from "../engine/ids.js";
import { mergeEventRecords } from "../state/record.js";
import { RECORD_FORMAT_VERSION } from "../state/types.js";
import { clipText } from "../text-cut.js";
import { ActionInputError } from "./inputs.js";
import { redactor } from "../redact.js";

export { MAX_RUNS_FILE_BYTES } from "./runs-file-read.js";

// GitHub runs at most 256 jobs per matrix:
// https://docs.github.com/en/actions/using-jobs/using-a-matrix-for-your-jobs
export const MAX_MATRIX_JOBS = 256;

/**
 * A step of a run-step job. `handledBefore`: the plan counted it as handled before (running in
 * another dispatch), so it cost no run of the plan's cap, nor of the report's (handled-steps
 * lists it); the job's cap counts it so too, should it have to run it (that dispatch failed it since).
 */
export type StepSelector = { flow: string; step: string; handledBefore?: boolean };
export type MatrixEntry = { index: number; name: string; steps: string };
export type Matrix = { include: MatrixEntry[] };

/**
 * One matrix job per flow that matched, holding that flow's steps in manifest order: the
 * engine runs a flow's steps one after another, and so does its job. Past 256 flows, flows
 * are dealt round-robin into 256 batches (each flow still whole and in order).
 */
export function planMatrix(planned: Array<Pick<FlowRunView, "flowName" | "stepName"> & { handledBefore?: boolean }>): { matrix: Matrix; batched: boolean } {
  const flows = new Map<string, StepSelector[]>();
  for (const { flowName, stepName, handledBefore } of planned) {
    const selector: StepSelector = { flow: flowName, step: stepName, ...(handledBefore ? { handledBefore: true } : {}) };
    flows.set(flowName, [...(flows.get(flowName) ?? []), selector]);
  }
  const units = [...flows.values()];
  const batched = units.length > MAX_MATRIX_JOBS;
  const jobs: StepSelector[][][] = Array.from({ length: Math.min(units.length, MAX_MATRIX_JOBS) }, () => []);
  for (const [i, unit] of units.entries()) jobs[i % jobs.length]?.push(unit);
  return {
    batched,
    matrix: {
      include: jobs.map((job, index) => {
        const steps = job.flat();
        const name = job.length === 1 ? (steps[0]?.flow as string) : `batch ${index + 1} (${job.length} flows, ${steps.length} steps)`;
        return { index, name, steps: JSON.stringify(steps) };
      }),
    },
  };
}

/**
 * Largest `job-steps` the plan writes: one input (an environment variable of at most 128 KiB on
 * Linux) with room to spare. At 19 bytes a step, about 5,000 steps fit; past it the plan writes
 * none and says so, and the report job cannot tell which job a run belongs to.
 */
export const JOB_STEPS_LIMIT_BYTES = 96 * 1024;

/**
 * `job-steps`, the plan's output for the report job: for each matrix entry (by its index, which
 * the run-step job's artifact name ends with), the run ids of the steps it was given. Empty when
 * it would not fit JOB_STEPS_LIMIT_BYTES.
 */
export function jobStepsOf(matrix: Matrix, eventId: string): string {
  const jobs: string[][] = [];
  for (const entry of matrix.include) jobs[entry.index] = readStepSelection(entry.steps).map(({ flow, step }) => runIdFor(eventId, flow, step));
  const text = JSON.stringify(Array.from(jobs, (ids) => ids ?? []));
  return Buffer.byteLength(text, "utf8") > JOB_STEPS_LIMIT_BYTES ? "" : text;
}

/** For each run-step job, by index, the run ids of its steps: the plan's `job-steps`, checked. */
export type JobSteps = ReadonlyArray<ReadonlySet<string>>;

/**
 * The report job's `job-steps` input: text another job wrote, bounded, parsed and checked
 * against schemas/job-steps.schema.json. Empty: no check of which job ran what (a workflow of
 * its own that does not pass it). A bad value costs a warning, and the check.
 */
export function readJobSteps(text: string): { jobs?: JobSteps; problem?: FlowDiagnostic } {
  const value = text.trim();
  if (value === "") return {};
  const warn = (why: string) => ({
    problem: {
      severity: "warning" as const,
      file: 'input "job-steps"',
      message: `Input "job-steps" ${why}, so the report job could not check that each run-step job reported only the steps it was given. Pass the plan job's output: job-steps: \${{ needs.plan.outputs.job-steps }}.`,
    },
  });
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes > JOB_STEPS_LIMIT_BYTES) return warn(`is ${bytes} bytes, more than the ${JOB_STEPS_LIMIT_BYTES} a plan job writes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return warn("is not JSON");
  }
  try {
    return { jobs: checkContract(validateJobSteps, parsed, "job-steps.schema.json").map((ids) => new Set(ids)) };
  } catch (error) {
    return warn(`is not what a plan job writes (${(error as Error).message})`);
  }
}

/** The `steps` input of a run-step job: the JSON a plan job put in its matrix entry. */
export function readStepSelection(value: string): StepSelector[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length > 0 &&
    parsed.every((item) => typeof item?.flow === "string" && typeof item?.step === "string" && (item.handledBefore === undefined || typeof item.handledBefore === "boolean"));
  if (!valid) {
    throw new ActionInputError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
      'Input "steps" must be the JSON list a plan job wrote, like [{"flow":"bindings","step":"regenerate"}]; pass ${{ matrix.steps }}.',
    );
  }
  return parsed as StepSelector[];
}

/** What a run-step job hands to the report job (schemas/runs-file.schema.json). */
export type RunsFile = GeneratedRunsFile;

/**
 * Before any step runs: the runs file can be written. Found only after the steps, a bad path
 * would fail the job with the steps' records unsaved, so a re-run would run them again.
 */
export async function checkRunsFilePath(path: string): Promise<void> {
  const folder = dirname(path);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new ActionInputError(`Input "runs-file" is ${path}, whose folder cannot be created (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Give a file path in a writable folder, such as \${{ runner.temp }}/flows-runs/runs.json.`);
  }
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new ActionInputError(`Input "runs-file" is ${path}, which is a folder; give the path of a file to write, such as ${join(path, "runs.json")}.`);
  }
}

/**
 * Writes the job's runs file. Returns why the report job will not read it (too large, or too
 * many objects and arrays), for the job to say where its steps are; undefined when it will.
 */
export async function writeRunsFile(path: string, outcome: DispatchOutcome): Promise<string | undefined> {
  await mkdir(dirname(path), { recursive: true });
  // Redacted: the reusable workflow uploads the file as an artifact anyone who can read the
  // repository may download, as it does a fork's handover.
  const text = `${JSON.stringify(redactor.redactValue(toRunsFile(outcome)))}\n`;
  await writeFile(path, text);
  return runsFileTooLarge(text);
}

function toRunsFile(outcome: DispatchOutcome): RunsFile {
  const requestedBy = outcome.requestedBy === undefined ? {} : { requestedBy: outcome.requestedBy };
  return { version: 1, event: outcome.event, ...requestedBy, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}

export type CollectedRuns = { files: RunsFile[]; problems: FlowDiagnostic[] };

/**
 * How many child events (the events a job's steps led to with FlowResult.next, at any depth) the
 * report job keeps, and how many bytes of them (each event with its runs, as JSON): per runs
 * file and for the whole report. A run-step job's delivery dispatches at most DEFAULT_MAX_RUNS
 * next events, so a file holding more was not written by one; the bytes bound what a file's
 * large `next` payloads, or 256 files' worth, hold in the report job's memory. A file's children
 * past a cap are dropped as soon as it is read, each cut said, before the next file is read.
 */
export type ChildLimits = { fileCount: number; fileBytes: number; reportCount: number; reportBytes: number };
export const CHILD_LIMITS: ChildLimits = { fileCount: DEFAULT_MAX_RUNS, fileBytes: 16 * 1024 * 1024, reportCount: 2000, reportBytes: 64 * 1024 * 1024 };

/**
 * Every runs file under a folder (download-artifact puts each artifact in its own folder).
 * `jobsPlanned` false: the plan gave no step a job (each was handled before), so no folder is
 * expected. `event`: the event the report is for; a file of another event is skipped as
 * unreadable (every job of a workflow run sees the same event, re-runs included), never dropped
 * unsaid, or a failed step in it would pass as canceled. Each file holds the whole event (its
 * payload up to 25 MB), and a report reads up to 256 files: once a file's event id is checked,
 * its copy is dropped for `event`, so one file's copy at most is held at a time.
 */
export async function readRunsDir(
  dir: string,
  { jobsPlanned = true, event, jobs, limits = CHILD_LIMITS }: { jobsPlanned?: boolean; event?: FlowEvent; jobs?: JobSteps; limits?: ChildLimits } = {},
): Promise<CollectedRuns> {
  const files: RunsFile[] = [];
  const problems: FlowDiagnostic[] = [];
  // download-artifact creates the folder only when some artifact matched: when no run-step job
  // uploaded runs (all cancelled, or failed before running a step), there is no folder, and every
  // planned step is still to be reported, as canceled.
  if (!(await exists(dir))) {
    if (!jobsPlanned) return { files, problems };
    problems.push({
      severity: "warning",
      file: 'input "runs-dir"',
      message: `${dir} does not exist: no run-step job handed over its runs (each was cancelled, failed before its steps ran, or did not upload runs-file), so every planned step is reported as canceled. See the run-step jobs' logs.`,
    });
    return { files, problems };
  }
  // What the files' child events may still take: one file's are cut before the next is read.
  const left = { count: limits.reportCount, bytes: limits.reportBytes };
  for (const path of await jsonFiles(dir)) {
    let file: RunsFile;
    try {
      file = checkRunsFile(await readRunsFileJson(path), event?.id);
      if (jobs) {
        const index = jobIndexOf(dir, path, jobs);
        file = ownRuns(file, index, jobs[index] as ReadonlySet<string>, path, problems);
      }
    } catch (error) {
      problems.push({ severity: "error", file: path, message: `${RUNS_FILE_PROBLEM}${(error as Error).message} ${whoseFile(dir, path)}` });
      continue;
    }
    // Only the child events one of the runs kept asked for: a child names its run (requestedBy).
    file = { ...file, children: linkedChildren(file, { path, job: artifactOf(dir, path).job, problems }) };
    files.push({ ...file, ...(event ? { event } : {}), children: boundedChildren(file.children, path, limits, left, problems) });
  }
  return { files, problems };
}

/**
 * The run-step job that uploaded a runs file, by its index in the plan's matrix: flows.yml names
 * each artifact flows-runs-<call-id>-<run attempt>-<strategy.job-index>, and download-artifact
 * puts each in a folder of that name under runs-dir.
 */
function jobIndexOf(dir: string, path: string, jobs: JobSteps): number {
  const { folder, job: index } = artifactOf(dir, path);
  if (index === undefined || folder === "") {
    throw new Error(
      `its folder ${clipText(folder || relative(dir, path), 200)} does not say which run-step job uploaded it, so none of its runs could be checked as that job's and none was used. Name each run-step job's artifact so that it ends in the job's index, as flows.yml does (flows-runs-<call-id>-<run attempt>-\${{ strategy.job-index }}), and download each into its own folder.`,
    );
  }
  if (index >= jobs.length) throw new Error(`it was uploaded by run-step job ${index} (its folder ${clipText(folder, 200)}), but the plan gave steps to ${jobs.length} job${jobs.length === 1 ? "" : "s"} only, so none of its runs was used.`);
  return index;
}

/**
 * Only the runs of the steps the plan gave the job: a run of another job's step (its id right
 * for the event, so checkRunIds passes it) would otherwise take that step's place in the report
 * and hide the result its own job reported. Each such run is refused, and said; the rest are kept.
 */
function ownRuns(file: RunsFile, index: number, given: ReadonlySet<string>, path: string, problems: FlowDiagnostic[]): RunsFile {
  const own = (run: FlowRunView) => given.has(run.id);
  const refused = file.runs.filter((run) => !own(run));
  if (refused.length === 0) return file;
  const named = refused
    .slice(0, 10)
    .map((run) => `${clipText(run.flowName, 200)}/${clipText(run.stepName, 200)} (${run.id})`)
    .join(", ");
  problems.push({
    severity: "error",
    file: path,
    message: `${RUNS_FILE_RUNS_REFUSED}run-step job ${index} reported ${refused.length} run${refused.length === 1 ? "" : "s"} of steps the plan did not give it: ${named}${refused.length > 10 ? `, and ${refused.length - 10} more` : ""}. They were not used; each step is reported from the job the plan gave it. See job ${index}'s log.`,
  });
  return { ...file, runs: file.runs.filter(own) };
}

/**
 * A runs file's child events, depth first, as far as the file's caps and what is left of the
 * report's allow; the rest (an event past a cap goes with the events it led to) are dropped and
 * counted in one problem for the file.
 */
function boundedChildren(children: RunsFile[], path: string, limits: ChildLimits, left: { count: number; bytes: number }, problems: FlowDiagnostic[]): RunsFile[] {
  const file = { count: limits.fileCount, bytes: limits.fileBytes };
  const dropped = { events: 0, runs: 0, byFile: false };
  // An event dropped goes with the events it led to: counted, not measured.
  const drop = (child: RunsFile): void => {
    dropped.events += 1;
    dropped.runs += child.runs.length;
    for (const grandchild of child.children) drop(grandchild);
  };
  const keep = (list: RunsFile[]): RunsFile[] => {
    const kept: RunsFile[] = [];
    for (const child of list) {
      const counted = file.count >= 1 && left.count >= 1;
      const bytes = counted ? Buffer.byteLength(JSON.stringify({ event: child.event, runs: child.runs }), "utf8") : 0;
      if (!counted || file.bytes < bytes || left.bytes < bytes) {
        dropped.byFile ||= file.count < 1 || file.bytes < bytes;
        drop(child);
        continue;
      }
      file.count -= 1;
      file.bytes -= bytes;
      left.count -= 1;
      left.bytes -= bytes;
      kept.push({ ...child, children: keep(child.children) });
    }
    return kept;
  };
  const kept = keep(children);
  if (dropped.events > 0) {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const cap = dropped.byFile
      ? `a runs file's cap of ${plural(limits.fileCount, "child event")} and ${limits.fileBytes} bytes of them (a run-step job dispatches at most ${DEFAULT_MAX_RUNS} next events)`
      : `the report's cap of ${plural(limits.reportCount, "child event")} and ${limits.reportBytes} bytes of them over all runs files`;
    problems.push({
      severity: "error",
      file: path,
      message: `${RUNS_FILE_CHILDREN_CUT}${plural(dropped.events, "child event")} (the events its steps led to with next), holding ${plural(dropped.runs, "run")}, were past ${cap}, and are not reported. The run-step job's log lists them.`,
    });
  }
  return kept;
}

/**
 * Merge what the run-step jobs reported for one event, in the order the steps matched. A step
 * whose job reported nothing (cancelled, runner lost) still appears, as canceled, so no step
 * silently disappears from the report.
 */
export function mergeRuns(event: FlowEvent, files: RunsFile[], order: string[], now: string): FlowRunView[] {
  const record = files
    .filter((file) => file.event.id === event.id)
    .map((file) => ({ formatVersion: RECORD_FORMAT_VERSION, event, runs: file.runs, firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 }))
    .reduce(mergeEventRecords, { formatVersion: RECORD_FORMAT_VERSION, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
  const byId = new Map(record.runs.map((run) => [run.id, run]));
  return order.map((id) => byId.get(id)).filter((run): run is FlowRunView => run !== undefined);
}

/** Child events dispatched by the run-step jobs, merged by event id. */
export function childFiles(files: RunsFile[]): RunsFile[] {
  const byEvent = new Map<string, RunsFile[]>();
  for (const child of files.flatMap((file) => file.children)) {
    byEvent.set(child.event.id, [...(byEvent.get(child.event.id) ?? []), child]);
  }
  return [...byEvent.values()].map((group) => {
    const first = group[0] as RunsFile;
    const runs = mergeRuns(first.event, group, [...new Set(group.flatMap((file) => file.runs.map((run) => run.id)))], new Date().toISOString());
    return { version: 1, event: first.event, runs, children: childFiles(group) };
  });
}

/**
 * A runs file, checked against schemas/runs-file.schema.json (children included), against the
 * report's event (when given), and each of its runs against its event: a run's id is the one its event gives its flow and step, or a view
 * could take another step's place in the report (mergeRuns goes by id) and hide its result.
 */
function checkRunsFile(value: unknown, eventId: string | undefined): RunsFile {
  const file = checkContract(validateRunsFile, value, "runs-file.schema.json") as RunsFile;
  if (eventId !== undefined && file.event.id !== eventId) throw new Error(`it holds the runs of event ${clipText(file.event.id, 200)}, not of ${eventId}, the event this report is for.`);
  checkRunIds(file);
  return file;
}

function checkRunIds(file: RunsFile): void {
  const eventId = file.event.id;
  for (const run of file.runs) {
    const id = runIdFor(eventId, run.flowName, run.stepName);
    if (run.eventId !== eventId || run.id !== id) {
      const said = `${clipText(run.flowName, 200)}/${clipText(run.stepName, 200)}`;
      throw new Error(`its run ${clipText(run.id, 100)} says it is ${said}, whose run id in this event is ${id}${run.eventId === eventId ? "" : `, and its event is ${clipText(run.eventId, 200)}, not the file's`}.`);
    }
  }
  for (const child of file.children) checkRunIds(child);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    // Anything else (not a folder, no permission) is for jsonFiles to report.
    return (error as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

async function jsonFiles(dir: string): Promise<string[]> {
  let entries: Array<{ name: string; isDirectory(): boolean }>;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new ActionInputError(`Input "runs-dir" is ${dir}, which cannot be read. Download the run-step artifacts there first.`);
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFiles(path);
      return entry.name.endsWith(".json") ? [path] : [];
    }),
  );
  return nested.flat().sort();
}
