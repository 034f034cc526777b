import { type CheckAnnotationInput, type CheckConclusion, type CheckOutput, type CheckRunRecord, type CreateCheckRunOptions, type UpdateCheckRunOptions } from "../github/checks.js";
import type { GitHubClient } from "../github/client.js";
import type { TokenIdentity } from "../github/identity.js";
/** A call skipped because an earlier one showed the token may not write check runs. */
export declare class ChecksStopped extends Error {
    name: string;
}
/** GitHub's 422 for a check run on a commit the repository does not have. */
export declare function isUnknownCommit(error: unknown): boolean;
/** Check run calls that failed for good in a row on 5xx or the network before the rest stop. */
export declare const OUTAGE_AFTER = 3;
/**
 * How long one listing of a commit's check runs is used to find ours. Another job on the same
 * commit (a push and a pull_request workflow running the same step) may create a step's check
 * run after it; a lookup by name just before each write saw that, and a listing older than this
 * is taken again: a job's lookups cost at most one read a minute, and never more than one a step.
 */
export declare const LISTING_FRESH_MS = 60000;
/**
 * The check run calls of one reporter. Writes go one at a time (GitHub's write spacing makes
 * them so anyway) and each looks first whether it may still go: when the token may not write
 * check runs (a fork's read-only GITHUB_TOKEN), one refusal stops the rest instead of one
 * refusal per step; a rate limit the client gave up waiting for stops them too; when GitHub is down, OUTAGE_AFTER calls that failed in a row stop the rest
 * instead of each spending the retry plugin's back-off (14 s) in turn. Failed calls are not
 * retried here: the client's retry plugin already did (and createCheckRun its own creates).
 */
export declare class CheckRunCalls {
    private readonly options;
    stopped: boolean;
    /** The last error when calls stopped because GitHub kept failing (see OUTAGE_AFTER). */
    outage: unknown;
    /**
     * The error when calls stopped because a rate limit outlasted the client's wait: every later
     * call would wait it out again (a secondary limit: up to 3 retry-afters of up to 2 minutes
     * each, per call) and then fail, and GitHub asks an integration to stop calling meanwhile.
     */
    rateLimited: unknown;
    /**
     * Commits GitHub answered it does not have (422 "No commit found for SHA"), with that error:
     * every later create on one would be refused alike, so none is sent (ChecksStopped).
     */
    readonly unknownCommits: Map<string, unknown>;
    private failedInARow;
    private writes;
    /** Each commit's check runs, listed once a LISTING_FRESH_MS (see findOurs); a failed listing is dropped, to be tried again. */
    private readonly listings;
    /** `sha\0name` of every create sent: the listing may predate such a check run. */
    private readonly createsSent;
    constructor(options: {
        client: GitHubClient;
        repository: string;
        identity: () => Promise<TokenIdentity>;
        now?: () => Date;
    });
    create(fields: Omit<CreateCheckRunOptions, "repository" | "appSlug">): Promise<CheckRunRecord>;
    update(fields: Omit<UpdateCheckRunOptions, "repository">): Promise<CheckRunRecord>;
    /**
     * Completes a check run that exists. Never leaves it in progress: when the full output fails
     * for good (say a 422 on some annotation; 5xx were already retried by the client), it is
     * completed with a bare summary. False when the output was not attached in full.
     */
    complete(checkRunId: number, fields: {
        conclusion: CheckConclusion;
        completedAt: string;
        detailsUrl?: string;
    }, output: CheckOutput): Promise<boolean>;
    /** Creates a check run already completed, with complete()'s bare-summary fallback. */
    createCompleted(fields: Omit<CreateCheckRunOptions, "repository" | "output">, output: CheckOutput): Promise<{
        record: CheckRunRecord;
        full: boolean;
    }>;
    private withBareFallback;
    /**
     * The annotations past the first request's, one update per batch. The check run is complete
     * already, so a refusal stops the rest and is returned, naming the annotations not attached.
     */
    attach(checkRunId: number, output: CheckOutput, rest: readonly CheckAnnotationInput[][]): Promise<{
        error: unknown;
        from: number;
        to: number;
    } | undefined>;
    /**
     * Our newest check run with this name on the commit: a re-run updates it instead of adding
     * one. Ours: the same name, made by the token's app. Found in one listing of the commit's check
     * runs (CHECK_RUN_LISTING_PAGES pages at most), taken at the first look at that commit and
     * again once it is LISTING_FRESH_MS old, instead of one lookup by name per check run (100 step
     * check runs were 100 reads). Looked up by name
     * alone where the listing cannot tell: when the commit has more check runs than it holds, and
     * for a name this job sent a create for (the listing may be older than that check run).
     */
    findOurs(name: string, headSha: string): Promise<CheckRunRecord | undefined>;
    private listing;
    private appSlug;
    private write;
    /** Runs a call, stopping the rest when it shows they would fail too. */
    private counted;
}
