import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import { checkContract } from "../contract-errors.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { RunsFile as GeneratedRunsFile } from "../generated/types.js";
import { validateRunsFile } from "../generated/validators/runs-file.js";
import { RUNS_FILE_PROBLEM } from "../report/problem-places.js";
import { runIdFor } from "../engine/ids.js";
import { mergeEventRecords } from "../state/record.js";
import { MAX_RECORD_BYTES } from "../state/layout.js";
import { RECORD_FORMAT_VERSION } from "../state/types.js";
import { clipText } from "../text-cut.js";
import { ActionInputError } from "./inputs.js";
import { redactor } from "../redact.js";

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

export async function writeRunsFile(path: string, outcome: DispatchOutcome): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Redacted: the reusable workflow uploads the file as an artifact anyone who can read the
  // repository may download, as it does a fork's handover.
  await writeFile(path, `${JSON.stringify(redactor.redactValue(toRunsFile(outcome)))}\n`);
}

function toRunsFile(outcome: DispatchOutcome): RunsFile {
  return { version: 1, event: outcome.event, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}

export type CollectedRuns = { files: RunsFile[]; problems: FlowDiagnostic[] };

/**
 * The largest runs file the report job reads: another job wrote it, so it is hostile until
 * checked. A run-step job writes its event's record (as the state stores it, at most
 * MAX_RECORD_BYTES) and those of the events its steps led to: twice that leaves room for them,
 * and keeps a forged file (a sparse gigabyte) from taking the report job's memory.
 */
export const MAX_RUNS_FILE_BYTES = 2 * MAX_RECORD_BYTES;

/**
 * Every runs file under a folder (download-artifact puts each artifact in its own folder).
 * `jobsPlanned` false: the plan gave no step a job (each was handled before), so no folder is
 * expected. `event`: the event the report is for; a file of another event is skipped as
 * unreadable (every job of a workflow run sees the same event, re-runs included), never dropped
 * unsaid, or a failed step in it would pass as canceled. Each file holds the whole event (its
 * payload up to 25 MB), and a report reads up to 256 files: once a file's event id is checked,
 * its copy is dropped for `event`, so one file's copy at most is held at a time.
 */
export async function readRunsDir(dir: string, { jobsPlanned = true, event }: { jobsPlanned?: boolean; event?: FlowEvent } = {}): Promise<CollectedRuns> {
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
  for (const path of await jsonFiles(dir)) {
    try {
      const { size } = await stat(path);
      if (size > MAX_RUNS_FILE_BYTES) throw new Error(`it is ${size} bytes, more than the ${MAX_RUNS_FILE_BYTES} a run-step job writes; it was not read.`);
      const file = checkRunsFile(JSON.parse(await readFile(path, "utf8")), event?.id);
      files.push(event ? { ...file, event } : file);
    } catch (error) {
      problems.push({ severity: "error", file: path, message: `${RUNS_FILE_PROBLEM}${(error as Error).message}` });
    }
  }
  return { files, problems };
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
