import type { FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { RunsFile as GeneratedRunsFile } from "../generated/types.js";
export { MAX_RUNS_FILE_BYTES } from "./runs-file-read.js";
export declare const MAX_MATRIX_JOBS = 256;
/**
 * A step of a run-step job. `handledBefore`: the plan counted it as handled before (running in
 * another dispatch), so it cost no run of the plan's cap, nor of the report's (handled-steps
 * lists it); the job's cap counts it so too, should it have to run it (that dispatch failed it since).
 */
export type StepSelector = {
    flow: string;
    step: string;
    handledBefore?: boolean;
};
export type MatrixEntry = {
    index: number;
    name: string;
    steps: string;
};
export type Matrix = {
    include: MatrixEntry[];
};
/**
 * One matrix job per flow that matched, holding that flow's steps in manifest order: the
 * engine runs a flow's steps one after another, and so does its job. Past 256 flows, flows
 * are dealt round-robin into 256 batches (each flow still whole and in order).
 */
export declare function planMatrix(planned: Array<Pick<FlowRunView, "flowName" | "stepName"> & {
    handledBefore?: boolean;
}>): {
    matrix: Matrix;
    batched: boolean;
};
/**
 * Largest `job-steps` the plan writes: one input (an environment variable of at most 128 KiB on
 * Linux) with room to spare. At 19 bytes a step, about 5,000 steps fit; past it the plan writes
 * none and says so, and the report job cannot tell which job a run belongs to.
 */
export declare const JOB_STEPS_LIMIT_BYTES: number;
/**
 * `job-steps`, the plan's output for the report job: for each matrix entry (by its index, which
 * the run-step job's artifact name ends with), the run ids of the steps it was given. Empty when
 * it would not fit JOB_STEPS_LIMIT_BYTES.
 */
export declare function jobStepsOf(matrix: Matrix, eventId: string): string;
/** For each run-step job, by index, the run ids of its steps: the plan's `job-steps`, checked. */
export type JobSteps = ReadonlyArray<ReadonlySet<string>>;
/**
 * The report job's `job-steps` input: text another job wrote, bounded, parsed and checked
 * against schemas/job-steps.schema.json. Empty: no check of which job ran what (a workflow of
 * its own that does not pass it). A bad value costs a warning, and the check.
 */
export declare function readJobSteps(text: string): {
    jobs?: JobSteps;
    problem?: FlowDiagnostic;
};
/** The `steps` input of a run-step job: the JSON a plan job put in its matrix entry. */
export declare function readStepSelection(value: string): StepSelector[];
/** What a run-step job hands to the report job (schemas/runs-file.schema.json). */
export type RunsFile = GeneratedRunsFile;
/**
 * Before any step runs: the runs file can be written. Found only after the steps, a bad path
 * would fail the job with the steps' records unsaved, so a re-run would run them again.
 */
export declare function checkRunsFilePath(path: string): Promise<void>;
/**
 * Writes the job's runs file. Returns why the report job will not read it (too large, or too
 * many objects and arrays), for the job to say where its steps are; undefined when it will.
 */
export declare function writeRunsFile(path: string, outcome: DispatchOutcome): Promise<string | undefined>;
export type CollectedRuns = {
    files: RunsFile[];
    problems: FlowDiagnostic[];
};
/**
 * How many child events (the events a job's steps led to with FlowResult.next, at any depth) the
 * report job keeps, and how many bytes of them (each event with its runs, as JSON): per runs
 * file and for the whole report. A run-step job's delivery dispatches at most DEFAULT_MAX_RUNS
 * next events, so a file holding more was not written by one; the bytes bound what a file's
 * large `next` payloads, or 256 files' worth, hold in the report job's memory. A file's children
 * past a cap are dropped as soon as it is read, each cut said, before the next file is read.
 */
export type ChildLimits = {
    fileCount: number;
    fileBytes: number;
    reportCount: number;
    reportBytes: number;
};
export declare const CHILD_LIMITS: ChildLimits;
/**
 * Every runs file under a folder (download-artifact puts each artifact in its own folder).
 * `jobsPlanned` false: the plan gave no step a job (each was handled before), so no folder is
 * expected. `event`: the event the report is for; a file of another event is skipped as
 * unreadable (every job of a workflow run sees the same event, re-runs included), never dropped
 * unsaid, or a failed step in it would pass as canceled. Each file holds the whole event (its
 * payload up to 25 MB), and a report reads up to 256 files: once a file's event id is checked,
 * its copy is dropped for `event`, so one file's copy at most is held at a time.
 */
export declare function readRunsDir(dir: string, { jobsPlanned, event, jobs, limits }?: {
    jobsPlanned?: boolean;
    event?: FlowEvent;
    jobs?: JobSteps;
    limits?: ChildLimits;
}): Promise<CollectedRuns>;
/**
 * Merge what the run-step jobs reported for one event, in the order the steps matched. A step
 * whose job reported nothing (cancelled, runner lost) still appears, as canceled, so no step
 * silently disappears from the report.
 */
export declare function mergeRuns(event: FlowEvent, files: RunsFile[], order: string[], now: string): FlowRunView[];
/** Child events dispatched by the run-step jobs, merged by event id. */
export declare function childFiles(files: RunsFile[]): RunsFile[];
