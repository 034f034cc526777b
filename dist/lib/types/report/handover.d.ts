import type { FlowEvent } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { type ArtifactUploader, type RunArtifactFinder } from "../github/artifacts.js";
import type { GitHubClient } from "../github/client.js";
import type { ChecksMode } from "./checks.js";
import type { CommentMode } from "./comment.js";
import { type GitHubReport, type ReportIO } from "./github-reporter.js";
import { type Handover } from "./handover-validate.js";
/** Days a fork's handover artifact is kept: the publishing `workflow_run` starts when the fork's run ends. */
export declare const HANDOVER_RETENTION_DAYS = 7;
export { type Handover, HANDOVER_VERSION, HandoverError, parseHandover } from "./handover-validate.js";
export { HANDOVER_FILE, MAX_HANDOVER_FILE_BYTES, writeHandover } from "./handover-write.js";
export declare const HANDOVER_ARTIFACT = "flows-report";
/** Larger archives are not downloaded (larger files are not unpacked: MAX_HANDOVER_FILE_BYTES). */
export declare const MAX_HANDOVER_ZIP_BYTES: number;
export declare const UNTRUSTED_NOTE = "\u2139\uFE0F Reported by the pull request's own workflow run, which cannot write here itself: these are the results it handed over, unchanged.";
export { HANDOVER_MODES, type HandoverMode, handoverAction } from "./modes.js";
/** The handover for an outcome; `prNumbers` are checked again by the publisher. */
export declare function handoverFromOutcome(outcome: DispatchOutcome, options: {
    repository: string;
    headSha: string;
    prNumbers: readonly number[];
}): Handover;
/** What uploadHandover needs of @actions/artifact (injectable for tests). */
export type HandoverArtifactClient = ArtifactUploader;
/**
 * Uploads the handover file as the artifact `flows-report` of this workflow run, within the
 * artifact time limit (deadline.ts): a results service that never answers would hold
 * the job for about 16 minutes. Past it the upload is abandoned and the job fails saying so.
 */
export declare function uploadHandover(options: {
    file: string;
    rootDirectory: string;
    artifactClient?: HandoverArtifactClient;
    name?: string;
    retentionDays?: number;
    /** Default: transferTimeoutMs (FLOWS_ARTIFACT_TIMEOUT_SECONDS, else 5 minutes). */
    timeoutMs?: number;
}): Promise<{
    id?: number;
    size?: number;
}>;
/** The run a workflow_run event is about, from its FlowEvent (trusted: GitHub wrote it). */
export type TriggeringRun = {
    id: number;
    headSha: string;
    event?: string;
};
export declare function triggeringRun(event: FlowEvent): TriggeringRun | undefined;
/** The handover file's parsed JSON from a run's artifact; undefined when the run has none. */
export declare function downloadHandover(client: GitHubClient, options: {
    repository: string;
    runId: number;
    name?: string;
    findArtifact?: RunArtifactFinder;
}): Promise<unknown>;
export type PublishHandoverOptions = {
    client: GitHubClient;
    /** GITHUB_REPOSITORY of this (trusted) workflow. */
    repository: string;
    /** From the workflow_run event that started this job (see triggeringRun). */
    workflowRun: TriggeringRun;
    checks: ChecksMode;
    comment: CommentMode;
    io: ReportIO;
    runUrl?: string;
    summaryUrl?: string;
    commentKey?: string;
    botLogin?: string;
    artifactName?: string;
    /** Looks the artifact up (runArtifactFinder: one listing for several handovers); default: one request by name. */
    findArtifact?: RunArtifactFinder;
    /** No line in the log when the run has no such artifact (the publisher looking for a second handover). */
    quietWhenMissing?: boolean;
};
/**
 * A handover is published within a fixed request budget, whoever opened the pull request and
 * however many runs it carries (docs/pull-requests.md): with more runs than this, one check run
 * for the event stands for all of them instead of one per step.
 */
export declare const HANDOVER_PER_STEP_RUNS = 3;
/** `missing`: the run uploaded no artifact of that name. */
export type PublishHandoverResult = GitHubReport & {
    published: boolean;
    handover?: Handover;
    missing?: boolean;
};
/** Downloads, checks and publishes the handover of the run that triggered this workflow_run. */
export declare function publishHandover(options: PublishHandoverOptions): Promise<PublishHandoverResult>;
