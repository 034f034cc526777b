import type { FlowDiagnostic, FlowEvent, FlowRunAttempt, FlowRunView } from "../contracts.js";
import type { StateStore } from "../state/types.js";
import type { DiscoveryResult, StepMismatch, StepRef } from "../flows/types.js";
/** Prefix of the problems a state store reported (a record it skipped or set aside). */
export declare const STATE_RECORD_PROBLEM = "state record: ";
/** Start of the warning a delivery gets when the run cap (`maxRuns`) left steps or `next` events out. */
export declare const RUN_CAP_PROBLEM = "this delivery reached its budget of ";
/**
 * The problems a store met (a record it skipped or set aside, a branch that lost commits) that
 * were not reported yet, as warnings, and marks them reported: each is said once, with the first
 * dispatch after it was met, or by the store's last flush (src/action/state.ts, src/cli/store.ts)
 * when it met them there. Past the first few of a kind, the store counts them: one warning per
 * kind says how many. `count` is all of them; `listed`, those listed one by one.
 */
export declare function unreportedStoreProblems(store: StateStore): {
    problems: FlowDiagnostic[];
    count: number;
    listed: number;
};
/** Compile errors of the schemas behind "schema" mismatches, once per file, as problems of the dispatch. */
export declare function schemaProblems(mismatches: StepMismatch[], known: Set<string>): Promise<FlowDiagnostic[]>;
export declare function knownProblems(discovery: DiscoveryResult): Set<string>;
/** A run whose dispatcher died mid-step: said out loud, then run again as a new attempt. */
export declare function interruptedWarning(ref: StepRef, previous: FlowRunView, event: FlowEvent): FlowDiagnostic;
/**
 * A step that another dispatch is running for the same event (a redelivery, or a second `flows
 * fire`, while the first runs it): not started a second time beside it.
 */
export declare function runningElsewhereWarning(ref: StepRef, attempt: FlowRunAttempt, event: FlowEvent, replay: boolean, commandLine?: (args: string) => string): FlowDiagnostic;
/**
 * Flow roots a dispatch found no folder for (it discovered the flows itself: the library's
 * `roots`). Without this, a typo in a root reads as "accepted, nothing matched", as if no flow
 * had a trigger for the event. Of the default roots, one alone missing is normal.
 */
export declare function missingRootProblems(repoRoot: string, roots: readonly string[] | undefined, discovery: DiscoveryResult): FlowDiagnostic[];
