import type { FlowEvent } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { type BackendDispatchOptions } from "./client.js";
export type BackendReplayOptions = BackendDispatchOptions & {
    /**
     * Told the stored event once the backend has sent it and it passed the checks here, before it
     * is replayed (a promise it returns is awaited, within the replay's time): a throw or a rejection
     * refuses it, and nothing is replayed. `signal` aborts when the job is canceled or the replay's
     * time runs out (`timeoutMs`), so what the callback waits on (GitHub's reads) ends with it.
     */
    onEvent?: (event: FlowEvent, within: {
        signal: AbortSignal;
    }) => unknown;
    /**
     * The repository the replay's check runs and comment go to (GITHUB_REPOSITORY): a stored event
     * of another repository is not replayed.
     */
    repository?: string;
    /** What set `repository`, as the refusal names it (default GITHUB_REPOSITORY; `flows github`: its --repository). */
    repositorySetting?: string;
};
/**
 * Replay an event the flow backend stores: read it (`GET /events/:id`, which also tells an
 * unknown id from a backend without replays), ask the backend to run it again (`POST
 * /events/:id/replay`, sent once and never retried, since a second request replays again), then
 * wait for the replay's runs as a dispatch waits for its runs, within the same deadline.
 */
export declare function replayOnBackend(eventId: string, options: BackendReplayOptions): Promise<DispatchOutcome>;
