import type { FlowEvent } from "../contracts.js";
import type { DispatchObserver, DispatchOutcome } from "../engine/dispatch.js";
import type { GitHubClient } from "../github/client.js";
import type { RunnerEnvironment } from "./context.js";
import { type GitHubReportInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
export type GitHubReportContext = {
    io: ActionIO;
    runner: RunnerEnvironment;
    token: string;
    event: FlowEvent;
    report: GitHubReportInputs;
    dryRun: boolean;
    debug?: (message: string) => void;
    /**
     * Where the reports go instead of where the event says: the commit for check runs (none: no
     * check runs) and the pull requests for the comment. An HTTP replay whose event names targets
     * its id does not (src/backend/replay-event.ts) sets them from GITHUB_SHA.
     */
    targets?: ReportTargets;
};
export type ReportTargets = {
    headSha?: string;
    pullRequests: number[];
};
/**
 * What this job does about GitHub: report live, upload a handover, publish one, or nothing. A
 * pull request from a fork hands its results over (./handover.ts), docs/pull-requests.md.
 */
export declare function handoverAction(context: GitHubReportContext): "upload" | "publish" | "none";
/**
 * The Octokit client for this job, its calls told to `debug`. `purpose` finishes "Input
 * github-token is empty, so ...": Octokit's own "Parameter token or opts.auth is required" came
 * out as a bug in flows-action, with its stack, for a secret that is not set.
 */
export declare function actionClient(context: Pick<GitHubReportContext, "io" | "runner" | "token" | "debug">, purpose?: string): Promise<GitHubClient>;
/**
 * The GitHub reporter's lifecycle for one job: opened at most once — when the first step
 * starts (so check runs show steps live) or at finish when the outcome is worth reporting —
 * observed while steps run, and always finished: with the outcome, or without one after a
 * failure, which closes the check runs left open.
 */
export declare class ActionReporter {
    #private;
    private readonly context;
    constructor(context: GitHubReportContext);
    /** Whether this job may write to GitHub at all. */
    get enabled(): boolean;
    /** Live hooks for dispatch: the reporter opens when the first step starts. */
    get observer(): DispatchObserver | undefined;
    /**
     * Completes the check runs and writes the comment, when the outcome is worth it. Call it
     * always, also when the dispatch failed (no outcome): check runs left open are closed.
     * Later calls do nothing.
     */
    finish(outcome: DispatchOutcome | undefined): Promise<void>;
}
