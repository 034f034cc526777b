import type { FlowEvent, FlowResult } from "../contracts.js";
/** The JSON a step reads on stdin (and a module-style default export receives). */
export type StepContext<Payload = unknown> = {
    flow: {
        name: string;
        version: number;
        root: string;
        step: string;
        config?: Record<string, unknown>;
        /** The whole FlowEvent (source, occurredAt, receivedAt and any extra fields); payload is {} when the event had none. */
        event: FlowEvent<Payload> & Record<string, unknown>;
    };
    runtime: {
        eventId: string;
        runId?: string;
        attemptId?: string;
        replay: boolean;
        workspaceBackendUrl?: string;
        launchedBy?: string;
    };
};
/** A module-style step: receives the run context, returns (or resolves to) a FlowResult. */
export type FlowStepFunction<Payload = unknown> = (context: StepContext<Payload>) => FlowResult | Promise<FlowResult>;
/**
 * Types a module-style step's default export; `Payload` is the shape of `event.payload` the
 * step's trigger schema admits. It returns the function unchanged, like the older runtime's
 * `defineBunFlow`; inside a step run by flows-action, `import { defineFlow } from
 * "flows-action/bun"` resolves without installing anything.
 */
export declare function defineFlow<Payload = unknown>(step: FlowStepFunction<Payload>): FlowStepFunction<Payload>;
