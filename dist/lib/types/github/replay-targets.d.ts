import type { GitHubClient } from "./client.js";
/** The object of this repository an event's id names, whose report targets GitHub can tell. */
export type ReplayedObject = {
    kind: "workflow-run";
    id: number;
} | {
    kind: "workflow-job";
    id: number;
} | {
    kind: "check-suite";
    id: number;
} | {
    kind: "check-run";
    id: number;
} | {
    kind: "issue-comment";
    id: number;
} | {
    kind: "deployment";
    id: number;
};
/** What GitHub says of that object. */
export type GitHubReportTargets = {
    /** The object read, for the log: `workflow run 77`. */
    subject: string;
    /** Its commit (a run's or suite's head, a deployment's sha, a commented pull request's head). */
    headSha?: string;
    /** Pull requests of this repository it belongs to (a run's or suite's, a commented one). */
    pullRequests: number[];
    /** An issue comment's issue: its number, and whether it is a pull request. */
    issue?: {
        number: number;
        isPullRequest: boolean;
    };
};
export type GitHubReportTargetsRead = {
    ok: true;
    targets: GitHubReportTargets;
} | {
    ok: false;
    subject: string;
    request: string;
    reason: string;
    permission: string;
    canceled?: never;
}
/** The job was canceled during the read (`signal` aborted): nothing of it is known, and nothing more is read. */
 | {
    ok: false;
    subject: string;
    request: string;
    canceled: true;
};
/**
 * The most of one answer read: a run's, a job's or a deployment's is a few KiB, an issue's or a
 * pull request's holds its body (65,536 characters at most), a suite's lists its pull requests.
 */
export declare const REPLAY_READ_MAX_BYTES: number;
/**
 * GitHub's report targets of `object` in `repository`, or why they could not be read (a 403
 * without the permission, a 404, an answer too large or not as described): then nothing of it is
 * used. `signal` (the job's cancel) stops a read at once, as it stops the job's other waits: a
 * GitHub that holds the answer back would otherwise hold a canceled job for the request's time
 * limit, once per retry.
 */
export declare function readReportTargets(client: GitHubClient, options: {
    repository: string;
    object: ReplayedObject;
    signal?: AbortSignal;
}): Promise<GitHubReportTargetsRead>;
