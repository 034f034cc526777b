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
/**
 * Annotations counted in full but built (escaped, redacted, cut) only as far as they are sent: a
 * 4 MiB FLOW_RESULT holds some 100,000 small ones, and building them all before the cap of
 * MAX_ANNOTATIONS_PER_CHECK took most of a second and the memory of every one.
 */
export type Annotations = {
    /** How many there are, sent or not. */
    readonly count: number;
    /** The first `limit`, built. */
    first(limit: number): CheckAnnotationInput[];
};
/** A step's annotations, lazily built (see Annotations), and how many items were not usable. */
export type StepAnnotations = Annotations & {
    readonly malformed: number;
};
export declare const NO_ANNOTATIONS: Annotations;
/** The `annotations` of a run's FLOW_RESULT, checked item by item (the step is untrusted); built when taken. */
export declare function stepAnnotations(run: FlowRunView): StepAnnotations;
/** Every usable annotation of a run's FLOW_RESULT, built: see stepAnnotations for what is sent. */
export declare function runAnnotations(run: FlowRunView): AnnotationSet;
/** Annotations already built (a flow package's problems: as many as the repository's packages have). */
export declare function builtAnnotations(annotations: readonly CheckAnnotationInput[]): Annotations;
/** One after another, each built only as far as the limit reaches. */
export declare function joinedAnnotations(parts: readonly Annotations[]): Annotations;
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
 * annotations past the cap were not attached. Only those attached are built.
 */
export declare function annotatedOutput(full: CheckOutput, annotations?: Annotations, maxAnnotations?: number): {
    output: CheckOutput;
    rest: CheckAnnotationInput[][];
};
