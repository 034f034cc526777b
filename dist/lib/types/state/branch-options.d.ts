import type { ReadOnlySetting } from "./read-only.js";
import type { GitIdentity } from "./branch-commit.js";
export type BranchStateStoreOptions = {
    /** Open it only to read (read-only.ts): saves and claims are refused, so nothing is ever pushed. */
    readOnly?: ReadOnlySetting;
    /** A checkout whose `remote` is the repository to keep state in (only its config is read). */
    repoDir?: string;
    /** The repository itself: a path or URL (`https://github.com/o/r.git`, with `token`). */
    remoteUrl?: string;
    branch?: string;
    /** Private git directory for this store; default: a new temporary folder, removed by close(). */
    workDir?: string;
    remote?: string;
    author?: GitIdentity;
    /**
     * Token for an https remote, sent as an `http.extraheader` through git's environment, never
     * on a command line, in a URL or in a config file. Credentials in `remoteUrl` are moved here.
     */
    token?: string;
    /**
     * How long a flush keeps retrying when other writers keep moving the branch (default
     * 5 minutes, or FLOWS_STATE_PUSH_BUDGET_SECONDS). Past it, flush throws StateNotSavedError.
     */
    pushBudgetMs?: number;
    /**
     * How long one flush (or claim) may take in all: opening the store, every git command and every
     * retry (default 5 minutes, or FLOWS_STATE_FLUSH_TIMEOUT_SECONDS). Each git command is given
     * what is left of it, at most gitTimeoutMs; one stopped at its limit (a remote that hangs) ends
     * the flush at once, with StateNotSavedError naming the remote and the events.
     */
    flushTimeoutMs?: number;
    /**
     * How long one read outside a flush may take in all (loadEvent, a listing, the index and what
     * it loads): opening the store and every git command of it (default 5 minutes, or
     * FLOWS_STATE_READ_TIMEOUT_SECONDS). Each git command is given what is left of it, at most
     * gitTimeoutMs; past it the read throws a StateBranchError of kind "timeout" naming the remote.
     */
    readTimeoutMs?: number;
    /** How long one git command may take (default 120 s, DEFAULT_GIT_TIMEOUT_MS; tests shorten it). */
    gitTimeoutMs?: number;
    /** First retry waits about this long (with jitter), doubling each time up to retryMaxMs. */
    retryBaseMs?: number;
    retryMaxMs?: number;
    /** flush() reuses a fetch younger than this instead of fetching again (default 1000 ms). */
    reuseFetchMs?: number;
    /** A record blob larger than this is set aside unread (MAX_RECORD_BYTES; tests shorten it). */
    maxRecordBytes?: number;
    /**
     * Push the start of steps at once, as a claim, so that two dispatches of one event at the same
     * moment do not both run a step (default true, or FLOWS_STATE_CLAIM): one push more per start,
     * before the step runs. False: starts wait in memory for flush(), as ends do.
     */
    claim?: boolean;
};
/** What the store did, for logs and benchmarks. */
export type BranchStoreStats = {
    fetches: number;
    pushes: number;
    rejectedPushes: number;
};
export declare const DEFAULT_PUSH_BUDGET_MS: number;
/** A whole flush's limit: a hung remote, retries and all. The push budget's, so races keep theirs. */
export declare const DEFAULT_FLUSH_TIMEOUT_MS: number;
/** A whole read's limit (a listing of every record, through a remote that answers slowly). */
export declare const DEFAULT_READ_TIMEOUT_MS: number;
/** Failures git cannot classify (a network blip, a 5xx) are retried this many times. */
export declare const OTHER_FAILURE_RETRIES = 3;
/** How long a flush keeps retrying: the option, else FLOWS_STATE_PUSH_BUDGET_SECONDS, else 5 minutes. */
export declare function pushBudgetMs(options: BranchStateStoreOptions): number;
/** How long a whole flush may take: the option, else FLOWS_STATE_FLUSH_TIMEOUT_SECONDS, else 5 minutes. */
export declare function flushTimeoutMs(options: BranchStateStoreOptions): number;
/** How long a whole read may take: the option, else FLOWS_STATE_READ_TIMEOUT_SECONDS, else 5 minutes. */
export declare function readTimeoutMs(options: BranchStateStoreOptions): number;
/** Whether starts are claimed: the option, else FLOWS_STATE_CLAIM (`false`/`0`/`off`/`no` or `true`/`1`/`on`/`yes`), else true. */
export declare function claimsStarts(options: BranchStateStoreOptions): boolean;
/** The wait before retry `attempt` (1, 2, ...): doubling from retryBaseMs up to retryMaxMs, with jitter. */
export declare function retryWait(options: BranchStateStoreOptions, attempt: number): number;
/**
 * Refuse a state branch name git would refuse, or that names a ref rather than a branch, before
 * any git runs: "refs/heads/x" would otherwise create refs/heads/refs/heads/x, and "a..b" fail
 * as an "invalid refspec". The rules of `git check-ref-format --branch`:
 * https://git-scm.com/docs/git-check-ref-format
 */
export declare function checkBranchName(branch: string): void;
/** Why git would refuse `branch` as a branch name (or it names a ref), or undefined when it is a usable one. */
export declare function branchNameProblem(branch: string): string | undefined;
