import { UserError } from "../user-error.js";
import { type TransferTimeoutError } from "../deadline.js";
export type ArtifactStateErrorKind = "permission" | "credentials" | "not-found" | "rate-limit" | "http" | "upload" | "timeout";
/** Why the artifact store cannot read or write, in a sentence that says what to change. */
export declare class ArtifactStateError extends UserError {
    readonly kind: ArtifactStateErrorKind;
    readonly status: number | undefined;
    constructor(kind: ArtifactStateErrorKind, message: string, status?: number);
}
export type HttpFailure = {
    status?: unknown;
    message?: unknown;
    response?: {
        headers?: Record<string, unknown>;
    };
};
/**
 * A failed REST call while reading state (listing or downloading artifacts).
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository
 */
export declare function readFailed(what: string, repository: string, error: unknown): ArtifactStateError;
export declare function uploadFailed(name: string, error: unknown): ArtifactStateError;
/** An upload that ran past its limit (deadline.ts): the service accepted it but did not finish. */
export declare function uploadTimedOut(name: string, error: TransferTimeoutError): ArtifactStateError;
/** A download (or listing) that ran past its limit (deadline.ts); nothing was changed. */
export declare function readTimedOut(what: string, repository: string, error: TransferTimeoutError): ArtifactStateError;
