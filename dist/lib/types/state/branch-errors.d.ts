import { UserError } from "../user-error.js";
/**
 * What went wrong with the state branch, as a sentence the user can act on. Messages quote
 * git only after redaction: they never contain a token.
 */
export type StateBranchErrorKind = "permission" | "protected" | "checked-out" | "refused" | "read" | "contention" | "git" | "not-state-branch" | "timeout";
export declare class StateBranchError extends UserError {
    readonly kind: StateBranchErrorKind;
    constructor(kind: StateBranchErrorKind, message: string);
}
export type PushOutcome = "permission" | "protected" | "checked-out" | "retry" | "refused" | "other";
export declare function classifyPush(output: string): PushOutcome;
type Where = {
    branch: string;
    remote: string;
};
export declare function pushDenied(where: Where, output: string): StateBranchError;
export declare function pushProtected(where: Where, output: string): StateBranchError;
export declare function pushCheckedOut(where: Where): StateBranchError;
export declare function pushFailed(where: Where, output: string): StateBranchError;
/**
 * Git reported the push of `commit` taken, but the remote's branch does not hold it (`tip`: where
 * it is, undefined when it is gone): something on the remote put it back. Pushed again, it would
 * be put back again, and a redelivery would run the steps again: nothing is saved.
 */
/**
 * A claim's push git reported taken, but whether the remote's branch holds it could not be seen
 * (the look failed or ran out of time): its steps are not started on it.
 */
export declare function pushNotChecked(where: Where, commit: string, look: {
    unknown: string;
    kind: "git" | "timeout";
}): StateBranchError;
export declare function pushNotLanded(where: Where, commit: string, tip: string | undefined): StateBranchError;
/**
 * A git command that talks to the remote was stopped at its time limit: `seconds`, its own limit
 * or what was left of the limit of the save or read it ran in (`limit`: a flush or claim's,
 * FLOWS_STATE_FLUSH_TIMEOUT_SECONDS; a read's outside any, FLOWS_STATE_READ_TIMEOUT_SECONDS). Not
 * tried again: a remote that hangs costs each retry the same wait (three of them made a flush
 * take six minutes).
 */
export declare function remoteHung(where: Where, command: string, stopped: {
    seconds: number;
    limit?: WholeLimit;
}): StateBranchError;
/** The limit of a whole save (a flush, a claim) or of a whole read outside one, in seconds. */
export type WholeLimit = {
    seconds: number;
    of: "save" | "read";
};
/**
 * A claim not tried because a git command to the remote was stopped at its limit earlier
 * (`hung`) and none has got an answer from it since: the remote hangs, and trying would make
 * this start wait as long again, and the next, one limit per step of the job.
 */
export declare function remoteStillHung(where: Where, hung: {
    command: string;
    seconds: number;
    at: string;
}): StateBranchError;
export declare function pushRefused(where: Where, output: string): StateBranchError;
export declare function pushContended(where: Where, attempts: number, seconds: number, events: number): StateBranchError;
/**
 * What to change when git's `output` says a disk of this machine refused a write: the store's
 * private git folder `workDir` (chosen by `chosenBy`) is where git writes. Empty otherwise.
 */
export declare function localDiskSaid(output: string, workDir: string, chosenBy: string): string;
export declare function fetchFailed(where: Where, output: string): StateBranchError;
/**
 * The store's private git folder could not be made in `where` (`chosenBy`: the setting that
 * chose it). A file-system refusal is the user's to fix; anything else stays what it is: a bug.
 */
export declare function workDirFailed(where: string, chosenBy: string, error: unknown): unknown;
export {};
