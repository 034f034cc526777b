import type { FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { UserError } from "../user-error.js";
export type FlowBackendErrorKind = "unreachable" | "credentials" | "rejected" | "server" | "invalid-response" | "timeout" | "aborted" | "configuration";
export type FlowBackendErrorDetails = {
    kind: FlowBackendErrorKind;
    /** HTTP status of the answer that failed, when there was one. */
    status?: number;
    /** The run field that did not make sense, for invalid responses. */
    field?: string;
    /** The network error's code (ECONNREFUSED ...), for unreachable backends. */
    code?: string;
    /** The run the error is about, which its message already names (a run id the backend answers with another run, or none). */
    runId?: string;
    /** Runs as last seen, so a report can still show them after a timeout or abort. */
    runs?: FlowRunView[];
    /** The dispatch as far as it got (runs as last seen), after a timeout or abort. */
    outcome?: DispatchOutcome;
};
/**
 * A failure talking to an HTTP flow backend, worded for the person who configured it. The
 * name is not a built-in error's, so entry points print the message alone, without a stack.
 */
export declare class FlowBackendError extends UserError {
    name: string;
    readonly kind: FlowBackendErrorKind;
    readonly status?: number;
    readonly field?: string;
    readonly code?: string;
    readonly runId?: string;
    readonly runs: FlowRunView[];
    readonly outcome?: DispatchOutcome;
    constructor(message: string, details: FlowBackendErrorDetails);
}
/** Replace every secret in a text the backend or the network handed us before it reaches a log. */
export declare function redact(text: string, secrets: ReadonlyArray<string | undefined>): string;
/**
 * The backend URL as it may be shown: without user:password and query (which may hold keys),
 * and with a path long enough to be a key (a webhook URL's, src/url-secrets.ts) as `/***`.
 */
export declare function displayUrl(url: string): string;
/**
 * Why a backend-url that is not http(s) is refused: the value as it may be shown (without
 * user-info, query and a key-like path; redacted and cut when it is no URL at all), and the URL it
 * was likely meant to be. `flows.example.com` is no URL, and `localhost:8080` one of the scheme
 * `localhost:`: both were shown as "(invalid backend-url)" or as they were, with no hint.
 */
export declare function notHttpUrlMessage(url: string): string;
