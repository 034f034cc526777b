import type { DispatchOutcome } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
/** http: send the event to a flow backend, wait for its runs, and report them like local ones. */
export declare function httpMode(context: ActionContext): Promise<DispatchOutcome>;
/**
 * http with `replay`: the flow backend stores the events it ran, so it replays the event
 * (`POST /events/:id/replay`) and this job waits for the replay's runs and reports them as it
 * reports a dispatch. The context's event is the one the backend sends.
 */
export declare function httpReplayMode(base: Omit<ActionContext, "event">, eventId: string, repositorySetting?: string): Promise<DispatchOutcome>;
