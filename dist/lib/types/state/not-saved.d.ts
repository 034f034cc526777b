import { UserError } from "../user-error.js";
/**
 * A store could not make some records durable. Thrown by `flush()` so that no entry reports
 * success for a record it did not persist: the CLI exits non-zero and the action fails the job,
 * both naming the events, because a redelivery of them would run their steps again.
 */
export declare class StateNotSavedError extends UserError {
    name: string;
    /** The events whose records are not stored (at most the ids, never the records). */
    readonly eventIds: string[];
    /** Where they should have gone, without credentials. */
    readonly where: string;
    constructor(options: {
        eventIds: string[];
        where: string;
        reason: string;
        cause?: unknown;
    });
}
