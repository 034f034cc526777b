// What GitHub says an event's report targets are, for an HTTP replay (src/action/modes/http.ts):
// the stored event comes from the flow backend, so where its check runs and comment go is read
// from the object its id names, with the job's token. A few reads at most (an issue comment:
// the comment, its issue, the pull request), each answer read no further than REPLAY_READ_MAX_BYTES.
// https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run
// https://docs.github.com/rest/actions/workflow-jobs#get-a-job-for-a-workflow-run
// https://docs.github.com/rest/checks/suites#get-a-check-suite
// https://docs.github.com/rest/checks/runs#get-a-check-run
// https://docs.github.com/rest/issues/comments#get-an-issue-comment
// https://docs.github.com/rest/issues/issues#get-an-issue
// https://docs.github.com/rest/pulls/pulls#get-a-pull-request
// https://docs.github.com/rest/deployments/deployments#get-a-deployment
import { abandonWork } from "../abandoned-work.js";
import type { GitHubClient } from "./client.js";
import { responseTooLarge } from "./bounded-body.js";
import { apiFailure } from "./errors.js";
import { repositoryRef } from "./repository.js";

/** The object of this repository an event's id names, whose report targets GitHub can tell. */
export type ReplayedObject =
  | { kind: "workflow-run"; id: number }
  | { kind: "workflow-job"; id: number }
  | { kind: "check-suite"; id: number }
  | { kind: "check-run"; id: number }
  | { kind: "issue-comment"; id: number }
  | { kind: "deployment"; id: number };

/** What GitHub says of that object. */
export type GitHubReportTargets = {
  /** The object read, for the log: `workflow run 77`. */
  subject: string;
  /** Its commit (a run's or suite's head, a deployment's sha, a commented pull request's head). */
  headSha?: string;
  /** Pull requests of this repository it belongs to (a run's or suite's, a commented one). */
  pullRequests: number[];
  /** An issue comment's issue: its number, and whether it is a pull request. */
  issue?: { number: number; isPullRequest: boolean };
};

export type GitHubReportTargetsRead =
  | { ok: true; targets: GitHubReportTargets }
  | { ok: false; subject: string; request: string; reason: string; permission: string; canceled?: never }
  /** The job was canceled during the read (`signal` aborted): nothing of it is known, and nothing more is read. */
  | { ok: false; subject: string; request: string; canceled: true };

/**
 * The most of one answer read: a run's, a job's or a deployment's is a few KiB, an issue's or a
 * pull request's holds its body (65,536 characters at most), a suite's lists its pull requests.
 */
export const REPLAY_READ_MAX_BYTES = 1024 * 1024;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The permission each read needs, as a workflow's `permissions:` names it. */
const PERMISSION: Record<ReplayedObject["kind"], string> = {
  "workflow-run": "actions: read",
  "workflow-job": "actions: read",
  "check-suite": "checks: read",
  "check-run": "checks: read",
  "issue-comment": "issues: read (and pull-requests: read for a comment on a pull request)",
  deployment: "deployments: read",
};

const SUBJECT: Record<ReplayedObject["kind"], string> = {
  "workflow-run": "workflow run",
  "workflow-job": "workflow job",
  "check-suite": "check suite",
  "check-run": "check run",
  "issue-comment": "issue comment",
  deployment: "deployment",
};

/** An answer that is not what the API's description says: not used. */
class UnreadableAnswer extends Error {}

/**
 * GitHub's report targets of `object` in `repository`, or why they could not be read (a 403
 * without the permission, a 404, an answer too large or not as described): then nothing of it is
 * used. `signal` (the job's cancel) stops a read at once, as it stops the job's other waits: a
 * GitHub that holds the answer back would otherwise hold a canceled job for the request's time
 * limit, once per retry.
 */
export async function readReportTargets(client: GitHubClient, options: { repository: string; object: ReplayedObject; signal?: AbortSignal }): Promise<GitHubReportTargetsRead> {
  const { object, repository, signal } = options;
  const subject = `${SUBJECT[object.kind]} ${object.id}`;
  const repo = repositoryRef(repository);
  const request = { request: { maxResponseBytes: REPLAY_READ_MAX_BYTES, ...(signal ? { signal } : {}) } };
  let where = "";
  const read = async <T>(path: string, call: () => Promise<{ data: T }>): Promise<T> => {
    where = `GET /repos/${repository}/${path}`;
    return (await beforeAbort(call, signal)).data;
  };
  try {
    switch (object.kind) {
      case "workflow-run": {
        const data = await read(`actions/runs/${object.id}`, () => client.rest.actions.getWorkflowRun({ ...repo, run_id: object.id, ...request }));
        return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: pullsOf(data.pull_requests, repository) } };
      }
      case "workflow-job": {
        const data = await read(`actions/jobs/${object.id}`, () => client.rest.actions.getJobForWorkflowRun({ ...repo, job_id: object.id, ...request }));
        return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: [] } };
      }
      case "check-suite": {
        const data = await read(`check-suites/${object.id}`, () => client.rest.checks.getSuite({ ...repo, check_suite_id: object.id, ...request }));
        return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: pullsOf(data.pull_requests, repository) } };
      }
      case "check-run": {
        const data = await read(`check-runs/${object.id}`, () => client.rest.checks.get({ ...repo, check_run_id: object.id, ...request }));
        return { ok: true, targets: { subject, headSha: sha(data.head_sha), pullRequests: pullsOf(data.pull_requests, repository) } };
      }
      case "deployment": {
        const data = await read(`deployments/${object.id}`, () => client.rest.repos.getDeployment({ ...repo, deployment_id: object.id, ...request }));
        return { ok: true, targets: { subject, headSha: sha(data.sha), pullRequests: [] } };
      }
      case "issue-comment": {
        const comment = await read(`issues/comments/${object.id}`, () => client.rest.issues.getComment({ ...repo, comment_id: object.id, ...request }));
        // `.../repos/<owner>/<repo>/issues/<number>`: the comment's issue, in this repository.
        const match = /\/repos\/([^/]+\/[^/]+)\/issues\/([0-9]{1,15})$/.exec(String(comment.issue_url));
        if (!match || match[1]?.toLowerCase() !== repository.toLowerCase()) throw new UnreadableAnswer(`its issue_url ${JSON.stringify(String(comment.issue_url).slice(0, 200))} is not an issue of ${repository}`);
        const number = Number(match[2]);
        const issue = await read(`issues/${number}`, () => client.rest.issues.get({ ...repo, issue_number: number, ...request }));
        const isPullRequest = issue.pull_request !== undefined && issue.pull_request !== null;
        if (!isPullRequest) return { ok: true, targets: { subject, pullRequests: [], issue: { number, isPullRequest } } };
        const pull = await read(`pulls/${number}`, () => client.rest.pulls.get({ ...repo, pull_number: number, ...request }));
        return { ok: true, targets: { subject, headSha: sha(pull.head.sha), pullRequests: [number], issue: { number, isPullRequest } } };
      }
    }
  } catch (error) {
    if (signal?.aborted) return { ok: false, subject, request: where, canceled: true };
    return { ok: false, subject, request: where, permission: PERMISSION[object.kind], reason: failureReason(error) };
  }
}

/**
 * `call`'s answer, or the abort's error as soon as `signal` aborts. The signal stops a request on
 * the wire, but not Octokit's waits between tries (plugin-retry's back-off after a 5xx, up to 9 s;
 * plugin-throttling's wait out of a rate limit, up to 120 s), which would hold a canceled job: the
 * call is left to them (its next try's fetch fails at once, the signal being aborted).
 */
async function beforeAbort<T>(call: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return call();
  signal.throwIfAborted();
  const running = call();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      abandonWork(running);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([running, aborted]);
  } finally {
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}

function sha(value: unknown): string {
  if (typeof value !== "string" || !SHA.test(value)) throw new UnreadableAnswer(`its commit is ${JSON.stringify(String(value).slice(0, 100))}, not a commit SHA`);
  return value;
}

/**
 * The pull requests of `repository` in a run's or suite's `pull_requests`: GitHub lists there,
 * for a run in a fork, pull requests of the repository it was forked from, numbered there.
 */
function pullsOf(list: unknown, repository: string): number[] {
  if (!Array.isArray(list)) return [];
  const suffix = `/repos/${repository}`.toLowerCase();
  const numbers = list
    .filter((pull) => {
      const url = (pull as { base?: { repo?: { url?: unknown } } } | null)?.base?.repo?.url;
      return typeof url === "string" && url.toLowerCase().endsWith(suffix);
    })
    .map((pull) => (pull as { number?: unknown }).number)
    .filter((number): number is number => typeof number === "number" && Number.isSafeInteger(number) && number > 0);
  return [...new Set(numbers)];
}

function failureReason(error: unknown): string {
  if (error instanceof UnreadableAnswer) return `GitHub's answer is not as described: ${error.message}`;
  const tooLarge = responseTooLarge(error);
  if (tooLarge) return tooLarge.message;
  const failure = apiFailure(error);
  return `${failure.status !== undefined ? `HTTP ${failure.status}: ` : ""}${failure.message}`.slice(0, 300);
}
