import { type EffectiveStatus, type FlowDiagnostic, type FlowEvent, type FlowRunView } from "../contracts.js";
/**
 * The run views the plan hands the report job for the steps it gives no job, in one job output
 * and one input (an environment variable of at most 128 KiB on Linux): well under both.
 */
export declare const HANDED_OVER_LIMIT_BYTES: number;
/**
 * Most steps `handled-steps` lists (schemas/handled-steps.schema.json): at most 40 bytes each,
 * about 80 KB, under the 128 KiB of one input. A step handled before past it keeps its job.
 */
export declare const HANDLED_STEPS_LIMIT = 2000;
/** The plan's side: which steps get no job, and the two outputs that tell the report job. */
export type PlanHandover = {
    /** The steps given no job: handled before and settled, in order. */
    leftOut: FlowRunView[];
    /** `handled-runs`: as many of their views as fit HANDED_OVER_LIMIT_BYTES. */
    runsJson: string;
    /** `handled-steps`: every step counted as handled before (left out, or running elsewhere), by run id. */
    stepsJson: string;
    /** The run ids `handled-steps` lists. */
    listed: ReadonlySet<string>;
    /** Steps handled before past HANDLED_STEPS_LIMIT: they keep their jobs, and the report counts them against the cap. */
    unlisted: number;
};
/**
 * The plan's dry run marks the steps it counted as handled before (`alreadyHandled`: no run under
 * the cap). The settled ones get no job; one running in another dispatch keeps its job, whose
 * run-step job reports it. A view that does not fit whole in `handled-runs` goes without its
 * output tail, and one that does not fit at all is left to the report job to read from the store.
 */
export declare function handOver(planned: readonly FlowRunView[]): PlanHandover;
/** The report's side: what the two inputs said, each checked, and what was wrong with them. */
export type ReceivedHandover = {
    /**
     * The run ids the plan counted as handled before: the report's run cap counts them so too.
     * `handled-steps` when it is usable, else the ids of the `handled-runs` views (a workflow
     * that passes only those).
     */
    handledBefore: Set<string>;
    /** The status `handled-steps` gave each, when it is usable. */
    statuses: Map<string, EffectiveStatus>;
    /** The plan's views, each checked as a run of this event handled before. */
    runs: FlowRunView[];
    /** Why `handled-runs` gave no views for the steps `handled-steps` lists, when it did not. */
    runsMissing?: string;
    /** A warning for each input that could not be used. */
    problems: FlowDiagnostic[];
};
/**
 * The report job's `handled-runs` and `handled-steps` inputs: text another job wrote, so each is
 * bounded before it is parsed, checked against its schema, and each view checked as a run of this
 * event handled before (its id the one this event gives its step). A value that fails costs a
 * warning, never the report: the steps it would have described are reported all the same.
 */
export declare function receiveHandover(inputs: {
    handledRuns: string;
    handledSteps: string;
}, event: FlowEvent): ReceivedHandover;
