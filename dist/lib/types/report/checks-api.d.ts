import { type CheckAnnotationInput, type CheckConclusion, type CheckOutput, type CheckRunRecord, type CreateCheckRunOptions, type UpdateCheckRunOptions } from "../github/checks.js";
import type { GitHubClient } from "../github/client.js";
import type { TokenIdentity } from "../github/identity.js";
/** A call skipped because an earlier one showed the token may not write check runs. */
export declare class ChecksStopped extends Error {
    name: string;
}
/** Check run calls that failed for good in a row on 5xx or the network before the rest stop. */
export declare const OUTAGE_AFTER = 3;
/**
 * The check run calls of one reporter. Writes go one at a time (GitHub's write spacing makes
 * them so anyway) and each looks first whether it may still go: when the token may not write
 * check runs (a fork's read-only GITHUB_TOKEN), one refusal stops the rest instead of one
 * refusal per step; when GitHub is down, OUTAGE_AFTER calls that failed in a row stop the rest
 * instead of each spending the retry plugin's back-off (14 s) in turn. Failed calls are not
 * retried here: the client's retry plugin already did (and createCheckRun its own creates).
 */
export declare class CheckRunCalls {
    private readonly options;
    stopped: boolean;
    /** The last error when calls stopped because GitHub kept failing (see OUTAGE_AFTER). */
    outage: unknown;
    private failedInARow;
    private writes;
    constructor(options: {
        client: GitHubClient;
        repository: string;
        identity: () => Promise<TokenIdentity>;
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
    /** Our newest check run with this name on the commit: a re-run updates it instead of adding one. */
    findOurs(name: string, headSha: string): Promise<CheckRunRecord | undefined>;
    private appSlug;
    private write;
    /** Runs a call, stopping the rest when it shows they would fail too. */
    private counted;
}
