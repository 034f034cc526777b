import type { FlowEvent } from "../contracts.js";
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

/**
 * Builds the run context in the compatible shape: `config` only when the manifest has one;
 * runtime facts that are unknown are left out, except `eventId` and `replay`.
 */
export function buildStepContext(options: StepContextOptions): StepContext {
  const { flow, step, event, runtime } = options;
  return {
    flow: {
      name: flow.name,
      version: flow.version,
      root: flow.root,
      step: step.name,
      ...(flow.config !== undefined ? { config: flow.config } : {}),
      // Compatible: the older runtime passes the whole event; steps read receivedAt and source.
      event: { ...event, payload: event.payload ?? {} },
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

function known<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return typeof value === "string" && value.length > 0 ? ({ [key]: value } as { [P in K]: string }) : {};
}
