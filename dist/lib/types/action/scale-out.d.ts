import type { FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { RunsFile as GeneratedRunsFile } from "../generated/types.js";
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
/** The `steps` input of a run-step job: the JSON a plan job put in its matrix entry. */
export declare function readStepSelection(value: string): StepSelector[];
/** What a run-step job hands to the report job (schemas/runs-file.schema.json). */
export type RunsFile = GeneratedRunsFile;
/**
 * Before any step runs: the runs file can be written. Found only after the steps, a bad path
 * would fail the job with the steps' records unsaved, so a re-run would run them again.
 */
export declare function checkRunsFilePath(path: string): Promise<void>;
export declare function writeRunsFile(path: string, outcome: DispatchOutcome): Promise<void>;
export type CollectedRuns = {
    files: RunsFile[];
    problems: FlowDiagnostic[];
};
/**
 * The largest runs file the report job reads: another job wrote it, so it is hostile until
 * checked. A run-step job writes its event's record (as the state stores it, at most
 * MAX_RECORD_BYTES) and those of the events its steps led to: twice that leaves room for them,
 * and keeps a forged file (a sparse gigabyte) from taking the report job's memory.
 */
export declare const MAX_RUNS_FILE_BYTES: number;
/**
 * Every runs file under a folder (download-artifact puts each artifact in its own folder).
 * `jobsPlanned` false: the plan gave no step a job (each was handled before), so no folder is
 * expected. `event`: the event the report is for; a file of another event is skipped as
 * unreadable (every job of a workflow run sees the same event, re-runs included), never dropped
 * unsaid, or a failed step in it would pass as canceled. Each file holds the whole event (its
 * payload up to 25 MB), and a report reads up to 256 files: once a file's event id is checked,
 * its copy is dropped for `event`, so one file's copy at most is held at a time.
 */
export declare function readRunsDir(dir: string, { jobsPlanned, event }?: {
    jobsPlanned?: boolean;
    event?: FlowEvent;
}): Promise<CollectedRuns>;
/**
 * Merge what the run-step jobs reported for one event, in the order the steps matched. A step
 * whose job reported nothing (cancelled, runner lost) still appears, as canceled, so no step
 * silently disappears from the report.
 */
export declare function mergeRuns(event: FlowEvent, files: RunsFile[], order: string[], now: string): FlowRunView[];
/** Child events dispatched by the run-step jobs, merged by event id. */
export declare function childFiles(files: RunsFile[]): RunsFile[];
