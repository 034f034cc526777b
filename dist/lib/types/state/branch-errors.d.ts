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
export declare function pushNotLanded(where: Where, commit: string, tip: string | undefined): StateBranchError;
/**
 * A git command that talks to the remote was stopped at its time limit: `seconds`, its own limit
 * (`gitLimit`) or what was left of the flush's (`flushLimitSeconds`). Not tried again: a remote
 * that hangs costs each retry the same wait (three of them made a flush take six minutes).
 */
export declare function remoteHung(where: Where, command: string, stopped: {
    seconds: number;
    flushLimitSeconds?: number;
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
