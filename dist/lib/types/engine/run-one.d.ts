import type { FlowEvent, FlowRunView, ReplayEdit } from "../contracts.js";
import type { StepRef } from "../flows/types.js";
import type { ResolvedOptions } from "./dispatch.js";
import { type Runners } from "./load-runners.js";
import type { RunRecorder } from "./run-recorder.js";
/** What the steps of one event's dispatch share. */
export type DispatchRun = {
    recorder: RunRecorder;
    /** Steps of this event not started yet: while any wait, no end save is held back. */
    notStarted: number;
    /** The runner modules, loading since the match (undefined in a dry run). */
    runners: Promise<Runners> | undefined;
    /** The host variables steps get, worked out once per dispatch. */
    stepEnv?: Record<string, string>;
    /** Each ended step's save (and `onStepEnd` after it): all awaited before the dispatch returns. */
    ends: Array<Promise<unknown>>;
    /** Told of a step not started because another dispatch took it as its start was claimed. */
    tookElsewhere(ref: StepRef, stored: FlowRunView): void;
};
/** Runs one step: its running record is stored first, then it runs, then its end is stored. */
export declare function runOne(options: {
    ref: StepRef;
    runId: string;
    previous?: FlowRunView;
    event: FlowEvent;
    options: ResolvedOptions;
    run: DispatchRun;
    edit?: ReplayEdit;
}): Promise<FlowRunView>;
