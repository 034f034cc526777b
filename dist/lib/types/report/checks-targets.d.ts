import type { FlowRunView } from "../contracts.js";
import type { CheckConclusion, CheckOutput } from "../github/checks.js";
import type { GitHubClient } from "../github/client.js";
import { type Annotations } from "./checks-annotations.js";
import { type CheckRunCalls } from "./checks-api.js";
import { type NamedTarget } from "./result-targets.js";
/** What became of one pull request or commit a step named. */
export type TargetReport = {
    /** `flow/step`. */
    step: string;
    /** The check run's name (the step's own). */
    name: string;
    /** `pull request #12` or `commit 0123456789ab`. */
    target: string;
    /** The commit the check run went on (or would have). */
    headSha?: string;
    /** The check run's page, when written. */
    url?: string;
    /** Why it was not written; undefined when it was. */
    skipped?: string;
};
export type TargetWriterOptions = {
    client: GitHubClient;
    repository: string;
    /** The write queue (and its stop on refusal) the step check runs use. */
    calls: CheckRunCalls;
    /** The step's check run name there (with the event id) and its completion, as on the job's own commit. */
    nameOf: (run: FlowRunView) => string;
    completionOf: (run: FlowRunView) => {
        conclusion: CheckConclusion;
        output: CheckOutput;
        annotations?: Annotations;
        startedAt?: string;
    } | undefined;
    /** The job's own commit, whose check runs are already written (per-step mode); skipped as a target. */
    ownSha?: string;
    detailsUrl?: string;
    now: () => string;
    /** A check run call that failed for good; `warning` is a sentence for the step's author. */
    onFailure: (what: string, error: unknown) => void;
    warning: (message: string) => void;
};
/**
 * Puts each named step's check run on the pull request's head or the commit it named: found by
 * name on that commit and updated, or created completed — one write per target, the first 50
 * annotations only (their lines are the checked-out commit's).
 */
export declare function writeTargetCheckRuns(targets: readonly NamedTarget[], options: TargetWriterOptions): Promise<TargetReport[]>;
/** The job summary's account of where each extra check run went. */
export declare function targetsSummary(reports: readonly TargetReport[], problems: readonly string[]): string;
/** The most the result targets' table takes of the job summary. */
export declare const TARGETS_NOTE_BYTES: number;
