import { type FlowEvent, type FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { type BackendDispatchResult } from "./dispatch-result.js";
import { FlowBackendError } from "./errors.js";
import { type BackendConnection } from "./http.js";
export type BackendDispatchOptions = {
    /** Base URL of the flow backend; `/events` and `/runs` are appended. */
    url: string;
    /** Sent as `authorization: Bearer <token>`. */
    token?: string;
    /** Sent as `x-api-key`. */
    apiKey?: string;
    /** Signs the body as `x-flow-signature-256: sha256=<hex HMAC-SHA256>`. */
    hmacSecret?: string;
    /** Total wait for the dispatch and every run to finish (default 10 minutes). */
    timeoutMs?: number;
    /** First wait between polls (default 2 s); it grows by half each poll, up to 15 s. */
    pollIntervalMs?: number;
    /** Retries after a 5xx or a dropped connection (default 3), starting at retryDelayMs (default 1 s). */
    retries?: number;
    retryDelayMs?: number;
    /** Longest single request (default 30 s). */
    requestTimeoutMs?: number;
    fetch?: typeof fetch;
    signal?: AbortSignal;
    /**
     * When the wait runs past timeoutMs, cancel the unfinished runs on the backend (`POST
     * /runs/:id/cancel`), as when `signal` aborts it (default true).
     */
    cancelOnTimeout?: boolean;
    /** All cancel requests together, when the wait is aborted or runs out (default 3 s). */
    cancelBudgetMs?: number;
    /** Called with the runs whenever one of their statuses changes. */
    onProgress?: (runs: FlowRunView[]) => void;
    /** Told what is risky but allowed: a credential sent over plain http to another machine. */
    warn?: (message: string) => void;
    /**
     * Given each text of step output a run of the backend carries (`output`, the older backend's
     * `stdout` and `stderr`, the run's and its attempts' `error`), whole, as the answer is read:
     * before any of it is cut, logged or reported. The action reads the steps' `::add-mask::`
     * commands from it (src/action/step-masks.ts).
     */
    onStepOutput?: (text: string) => void;
};
export declare const DEFAULT_TIMEOUT_MS: number;
/** The first wait between polls of `GET /runs`, growing by half each time up to MAX_POLL_INTERVAL_MS. */
export declare const DEFAULT_POLL_INTERVAL_MS = 2000;
export declare const MAX_POLL_INTERVAL_MS = 15000;
/**
 * Send an event to an HTTP flow backend (`POST /events`), then poll `GET /runs?eventId=` until
 * every run it started has finished, and describe the result as a local dispatch would, so
 * reports render both the same way. Failures throw FlowBackendError; a timeout carries the
 * runs as last seen.
 */
export declare function dispatchToBackend(event: FlowEvent, options: BackendDispatchOptions): Promise<DispatchOutcome>;
/**
 * How long a `POST /events` (or replay) on its way when the job is canceled may still take to
 * answer: only its answer names the runs it started, which are then canceled in what is left of
 * the cancel budget. A runner sends SIGTERM about 7.5 s after SIGINT (src/backend/cancel.ts).
 */
export declare const ANSWER_AFTER_ABORT_MS = 1500;
/** When `signal` aborted (epoch ms), asked later; undefined while it has not. */
export declare function abortTime(signal: AbortSignal | undefined): () => number | undefined;
/**
 * The job was canceled while the event (or replay) was on its way, and the backend's answer came
 * in time: cancel the runs it names, as a canceled wait does, within what is left of the budget.
 */
export declare function canceledOnTheWay(wait: Wait, abortedAt: number | undefined, what: string): Promise<FlowBackendError>;
/**
 * The job was canceled while the event (or replay) was on its way, and no answer came in time:
 * say that the backend may have started runs, which nobody canceled, and where to look.
 */
export declare function unansweredOnTheWay(error: unknown, connection: BackendConnection, eventId: string): unknown;
/** Whether an answer's status says the backend received the request (a 2xx), though its body was cut. */
export declare function receivedBy(status: number | undefined): status is number;
export declare function connectionFor(options: BackendDispatchOptions): BackendConnection;
export declare function outcomeFrom(result: BackendDispatchResult): DispatchOutcome;
export type Wait = {
    connection: BackendConnection;
    result: BackendDispatchResult;
    outcome: DispatchOutcome;
    deadline: number;
    options: BackendDispatchOptions;
};
/**
 * Poll the runs of a dispatch (or replay) until each has finished or the deadline passes. When
 * the deadline passes or the signal aborts the wait, the unfinished runs are canceled on the
 * backend (src/backend/cancel.ts) before the error is thrown.
 */
export declare function waitForRuns(wait: Wait): Promise<FlowRunView[]>;
/** Name the request whose answer did not make sense. */
export declare function readAnswer<T>(read: () => T, connection: BackendConnection, what: string): T;
