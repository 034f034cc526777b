import type { FlowEvent } from "../contracts.js";
import { type JsonPart, jsonParts } from "../events/lazy-json.js";
import type { FlowPackage, FlowStep } from "../flows/types.js";
import { checkArgument, isRecord } from "../library-arguments.js";
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
export function checkStepOptions(functionName: string, options: unknown): void {
  checkArgument(isRecord(options), functionName, "options", "an options object like { flow, step, event, runtime }", options);
  const { flow, step, event, runtime } = options;
  checkArgument(isRecord(flow), functionName, "options.flow", "a flow package (an element of discoverFlows(...).flows)", flow);
  checkArgument(isRecord(step) && typeof step.name === "string", functionName, "options.step", "a step of options.flow (an element of options.flow.steps)", step);
  checkArgument(isRecord(event) && typeof event.id === "string", functionName, "options.event", 'a FlowEvent like { id: "...", type: "...", payload: {} }', event);
  checkArgument(isRecord(runtime), functionName, "options.runtime", "an object like { runId, attemptId, replay: false }", runtime);
}

/**
 * Builds the run context in the compatible shape: `config` only when the manifest has one;
 * runtime facts that are unknown are left out, except `eventId` and `replay`.
 */
export function buildStepContext(options: StepContextOptions): StepContext {
  checkStepOptions("buildStepContext", options);
  const { flow, step, event, runtime } = options;
  return {
    flow: {
      name: flow.name,
      version: flow.version,
      root: flow.root,
      step: step.name,
      ...(flow.config !== undefined ? { config: flow.config } : {}),
      event: stepEvent(event),
    },
    runtime: {
      eventId: event.id,
      ...known("runId", runtime.runId),
      ...known("attemptId", runtime.attemptId),
      replay: runtime.replay === true,
      ...known("workspaceBackendUrl", runtime.workspaceBackendUrl),
      ...known("launchedBy", runtime.launchedBy),
    },
  };
}

/** The JSON of each event as a step sees it (`context.flow.event`), made once per event object. */
const eventJsonCache = new WeakMap<FlowEvent, readonly JsonPart[]>();

/**
 * `context.flow.event` as JSON parts, serialised once per event: every step of a dispatch shares
 * them. Big arrays of a large event file stay on disk (src/events/lazy-json.ts) and are parts
 * of their own, file ranges streamed to each step; the rest is text. (Kept as strings: a UTF-8
 * Buffer would be a second copy while it is made, and measured more at peak than writing 64 KiB
 * slices of the string.)
 */
export function stepEventParts(event: FlowEvent): readonly JsonPart[] {
  let parts = eventJsonCache.get(event);
  if (parts === undefined) {
    parts = jsonParts(stepEvent(event));
    eventJsonCache.set(event, parts);
  }
  return parts;
}

/**
 * The step's stdin: exactly `JSON.stringify(buildStepContext(options))`, as a small head, the
 * event's shared JSON parts and a small tail, so no step holds its own copy of a large payload.
 */
export function stepContextParts(options: StepContextOptions): JsonPart[] {
  // The event's spread copy is shallow: building the context copies no payload.
  const { flow, runtime: runtimeFields } = buildStepContext(options);
  const { event: _event, ...flowHead } = flow;
  const head = JSON.stringify(flowHead);
  const runtime = JSON.stringify(runtimeFields);
  return [`{"flow":${head.slice(0, -1)}${head === "{}" ? "" : ","}"event":`, ...stepEventParts(options.event), `},"runtime":${runtime}}`];
}

function stepEvent(event: FlowEvent): FlowEvent {
  // Compatible: the older runtime passes the whole event; steps read receivedAt and source.
  return { ...event, payload: event.payload ?? {} };
}

function known<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return typeof value === "string" && value.length > 0 ? ({ [key]: value } as { [P in K]: string }) : {};
}
