import { type FlowDiagnostic, type FlowEvent, type FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { CheckConclusion, CheckOutput } from "../github/checks.js";
import type { GitHubClient } from "../github/client.js";
import type { TokenIdentity } from "../github/identity.js";
import { CheckRunCalls } from "./checks-api.js";
import { type Annotations } from "./checks-annotations.js";
import { type ReportLinks } from "./comment-body.js";
export { CHECKS_MODES, type ChecksMode } from "./modes.js";
import type { ChecksMode } from "./modes.js";
export type CheckRunsOptions = {
    client: GitHubClient;
    repository: string;
    mode: Exclude<ChecksMode, "off">;
    event: FlowEvent;
    /** The commit the check runs go on; undefined → no check runs. */
    headSha: () => Promise<string | undefined>;
    identity: () => Promise<TokenIdentity>;
    links: ReportLinks;
    /** A sentence shown in every summary (e.g. that a handover came from an untrusted job). */
    note?: string;
    repoRoot?: string;
    /**
     * Told about every call that failed for good; `denied` stops further calls. `partial`: the
     * check run was written, only part of it (some annotations) was not. `untried`: the check
     * runs `what` names were not tried after calls stopped (said even when the error was).
     */
    onFailure: (failure: {
        what: string;
        error: unknown;
        denied: boolean;
        partial?: boolean;
        untried?: boolean;
    }) => void;
    /**
     * How long a step runs before its check run is created `in_progress` (default 3 s). A step
     * that ends sooner costs one write: its check run is created already completed.
     */
    liveAfterMs?: number;
    /** Annotations attached per check run, 50 per request (default 1,000, GitHub's display cap). */
    maxAnnotations?: number;
    now?: () => Date;
};
/**
 * Updates that attach annotations past the first 50 of a check run, for all the job's check runs
 * together (2,000 annotations more). Writes are spaced ~1 s apart, and GitHub takes at most 500
 * content-creating requests an hour (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits):
 * counted per check run alone, a delivery's 100 steps with 1,000 annotations each cost 1,900
 * updates, half an hour of writes and then hours held by the rate limit.
 */
export declare const ANNOTATION_UPDATES_PER_JOB = 40;
/**
 * Steps of one job that get a check run of their own; the steps past them share one check run
 * (`flows: <event type> (more steps)`). Each check run costs a write spaced ~1 s apart (the
 * lookups share one listing of the commit's check runs, see CheckRunCalls.findOurs), GitHub takes at most 500 content-creating requests an hour, and GITHUB_TOKEN has
 * 1,000 requests an hour per repository: an HTTP flow backend's 1,000 runs for one event, one
 * check run each, took 17 minutes of writes and 2,000 requests. As many as a delivery runs in
 * the action (DEFAULT_MAX_RUNS), so a job that ran its own steps never gets there.
 */
export declare const MAX_STEP_CHECK_RUNS = 100;
/** Writes are spaced ~1 s apart (plugin-throttling), so a live run must be worth two of them. */
export declare const DEFAULT_LIVE_AFTER_MS = 3000;
/** A check run's completion; its annotations are built when it is sent, as far as they are sent. */
export type Completion = {
    conclusion: CheckConclusion;
    output: CheckOutput;
    annotations?: Annotations;
    startedAt?: string;
};
/**
 * Check runs for one dispatch: per step (`flows: <flow>/<step>`, in progress while the step
 * runs) or per event. Calls are queued per check run so the steps never wait for GitHub;
 * finish() waits for them and closes every check run still open.
 */
export declare class CheckRuns {
    private readonly options;
    private readonly tracked;
    private readonly calls;
    private completedCount;
    private annotationUpdatesLeft;
    private finishing;
    constructor(options: CheckRunsOptions);
    /** The write queue, shared with the check runs written where steps' results said (checks-targets.ts). */
    get writes(): CheckRunCalls;
    get count(): number;
    /** The page of each step's check run that GitHub told us about (per-step mode). */
    get links(): Array<{
        runId: string;
        name: string;
        url: string;
    }>;
    onStepStart(run: FlowRunView): void;
    onStepEnd(run: FlowRunView): void;
    /** Waits for every queued call. */
    flush(): Promise<void>;
    /** Completes what the outcome reports and closes anything still open. Returns check runs completed. */
    finish(outcome: DispatchOutcome | undefined, problems: readonly FlowDiagnostic[]): Promise<number>;
    /**
     * A step's check run name on a pull request or commit its result named: always with the event
     * id, so that every job that reports the event writes the same one there (a scheduled poll,
     * where the release is not the job's own event, and a replay of it, where it is).
     */
    targetNameOf(run: FlowRunView): string;
    /** A step's completed check run, as per-step mode writes it; undefined while it has not ended. */
    completionOf(run: FlowRunView): Completion | undefined;
    /** An ISO time without milliseconds, as the check run calls send. */
    timestamp(): string;
    /**
     * A step's check run name on the job's commit: without the event id for the job's own GitHub
     * event, with it for any other. An upstream event (a release of another repository) always
     * carries it, whether a poll found it or it is the job's own (a repository dispatch, a replay):
     * the same release then has one check run on a commit however it came, and two releases on
     * one commit have two.
     */
    private stepName;
    private eventName;
    /** Whether a step has (or may still get) a check run of its own: see MAX_STEP_CHECK_RUNS. */
    private mayHaveOwn;
    /** The steps past MAX_STEP_CHECK_RUNS, in one check run that lists them (as per-event mode does). */
    private completeGrouped;
    private track;
    private stopTimer;
    private enqueue;
    private stepCompletion;
    private start;
    private closeUnfinished;
    private complete;
    private detailsUrl;
    private now;
}
