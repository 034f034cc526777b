import type { FlowDiagnostic, FlowRunView } from "../contracts.js";
import type { CheckAnnotationInput, CheckOutput } from "../github/checks.js";
export declare const ANNOTATIONS_PER_REQUEST = 50;
/** We send at most this many per check run (20 requests), and say how many were left out. */
export declare const MAX_ANNOTATIONS_PER_CHECK = 1000;
export type AnnotationSet = {
    annotations: CheckAnnotationInput[];
    /** Items that were not usable annotations (no path, a path outside the repository...). */
    malformed: number;
};
/** The `annotations` of a run's FLOW_RESULT, checked item by item: the step is untrusted. */
export declare function runAnnotations(run: FlowRunView): AnnotationSet;
/**
 * Manifest and schema problems as annotations. Only problems in a file inside the repository
 * can point at a line; the rest stay in the summary. The engine names every file by its absolute
 * path, and what is no file by a name that never is one (`input "flows-path"`, `FlowResult.next`,
 * `FlowResult.next of a/b`): so a file is one under `repoRoot`, spaces and all
 * (`flows/my flow/flow.toml`). Without `repoRoot` (the fork handover's publisher, whose checkout
 * is not the fork's) no problem is annotated.
 */
export declare function problemAnnotations(problems: readonly FlowDiagnostic[], repoRoot?: string): CheckAnnotationInput[];
/** Groups of at most `size`: the first goes with the completion, the rest in further updates. */
export declare function batches<T>(items: readonly T[], size?: number): T[][];
/**
 * A completion's output with its first 50 annotations (the rest of at most `maxAnnotations`, in
 * batches of 50, for further updates), bounded to GitHub's sizes; the summary says how many
 * annotations past the cap were not attached.
 */
export declare function annotatedOutput(full: CheckOutput, maxAnnotations?: number): {
    output: CheckOutput;
    rest: CheckAnnotationInput[][];
};
