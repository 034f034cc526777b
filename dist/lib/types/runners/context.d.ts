import type { FlowEvent } from "../contracts.js";
import { type JsonPart } from "../events/lazy-json.js";
import type { FlowPackage, FlowStep } from "../flows/types.js";
import type { StepContext } from "./define-flow.js";
import type { StepRuntime } from "./types.js";
export type { StepContext };
export type StepContextOptions = {
    flow: FlowPackage;
    step: FlowStep;
    event: FlowEvent;
    runtime: StepRuntime;
};
/** For callers from JavaScript: the flow, step, event and runtime that runFlowStep and buildStepContext need. */
export declare function checkStepOptions(functionName: string, options: unknown): void;
/**
 * Builds the run context in the compatible shape: `config` only when the manifest has one;
 * runtime facts that are unknown are left out, except `eventId` and `replay`.
 */
export declare function buildStepContext(options: StepContextOptions): StepContext;
/**
 * `context.flow.event` as JSON parts, serialised once per event: every step of a dispatch shares
 * them. Big arrays of a large event file stay on disk (src/events/lazy-json.ts) and are parts
 * of their own, file ranges streamed to each step; the rest is text. (Kept as strings: a UTF-8
 * Buffer would be a second copy while it is made, and measured more at peak than writing 64 KiB
 * slices of the string.)
 */
export declare function stepEventParts(event: FlowEvent): readonly JsonPart[];
/**
 * The step's stdin: exactly `JSON.stringify(buildStepContext(options))`, as a small head, the
 * event's shared JSON parts and a small tail, so no step holds its own copy of a large payload.
 */
export declare function stepContextParts(options: StepContextOptions): JsonPart[];
