import type { FlowEvent } from "../contracts.js";
import { booleanAt, numberAt, objectAt, stringAt } from "../events/fields.js";
import { encodeIdPart } from "../events/id.js";
import type { GitHubReportTargets, ReplayedObject } from "../github/replay-targets.js";
import { shownValue } from "../redact-cut.js";
import { commitForEvent, eventKind } from "../report/checks-commit.js";
import { pullRequestsInEvent } from "../report/comment-pulls.js";

// A replay's reports (check runs, the pull-request comment) go where the stored event says: its
// type, its pull request numbers, its head commit. The backend sends that event, so before it is
// replayed it must be the event the user named: of the job's repository, and, where the id this
// action gives a GitHub event names its type, pull request, commit or release tag (pull requests,
// reviews, pushes, merge queue groups, create, status, releases), with those in its payload.

/** `github:<type>:<owner>/<repo>:<key>` (src/events/id.ts): type and repository hold no `:`. */
const GITHUB_ID = /^github:([^:]+):([^:]+):(.*)$/s;

/** Keys of pull_request, pull_request_target and review events: `pr-<number>@<head sha>...`. */
const PULL_KEY = /^pr-([0-9]+)@([0-9a-f]{40}|[0-9a-f]{64})(?![0-9a-f])/;

/**
 * What makes the stored event another one than `eventId` names, as a sentence saying what
 * differs; undefined when nothing does. `repository` is GITHUB_REPOSITORY, where the reports go.
 */
export function replayedEventMismatch(event: FlowEvent, eventId: string, repository: string | undefined, repositorySetting = "GITHUB_REPOSITORY"): string | undefined {
  const id = GITHUB_ID.exec(eventId);
  const upstream = eventKind(event) === "upstream";
  if (id && id[1] !== encodeIdPart(event.type)) {
    return `its type is ${shown(event.type)}, but the id names type ${shown(id[1] ?? "")}`;
  }
  if (repository) {
    const expected = repository.toLowerCase();
    for (const { repo, where } of repositoriesNamed(event, id, upstream)) {
      if (repo.toLowerCase() !== expected) {
        return `it is an event of repository ${shown(repo)} (${where}), but this job runs in ${shown(repository)} (${repositorySetting}), whose pull requests and commits would get its check runs and comment`;
      }
    }
  }
  if (id && !upstream) return keyMismatch(event, id[3] ?? "");
  return undefined;
}

/**
 * The repositories the event says it belongs to: a GitHub event's id scope, its payload's `repo`
 * and its webhook's `repository.full_name`. An upstream release's `repo` is the watched
 * repository, not this one. Another event's payload counts only when it names what the reports
 * follow (a pull request or a commit): a custom event's `repo` may mean anything.
 */
function repositoriesNamed(event: FlowEvent, id: RegExpExecArray | null, upstream: boolean): Array<{ repo: string; where: string }> {
  if (upstream) return [];
  const named: Array<{ repo: string; where: string }> = [];
  if (id) named.push({ repo: id[2] ?? "", where: "its id" });
  if (!id && !steersReports(event)) return named;
  const repo = stringAt(event.payload, "repo");
  if (repo !== undefined) named.push({ repo, where: "payload.repo" });
  const full = stringAt(objectAt(objectAt(event.payload, "github"), "repository"), "full_name");
  if (full !== undefined) named.push({ repo: full, where: "payload.github.repository.full_name" });
  return named;
}

/**
 * Kinds whose report targets (the commit for check runs, the pull requests for the comment) all
 * come from what their id names, checked by keyMismatch: pull requests and reviews (`pr-<n>@<head>`),
 * pushes, merge queue groups and create (their commit), status (`<sha>:status-<id>`), releases (the tag).
 */
const TARGETS_IN_ID = new Set([
  "push",
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
  "pull_request_review_thread",
  "merge_group",
  "create",
  "status",
  "release",
]);

/**
 * The report targets the stored event's payload names that its id does not, as text (`head
 * commit <sha> and pull request #3`); undefined when it names none (or only ones the id names,
 * which replayedEventMismatch has checked). Those are the backend's word alone: a workflow_run's
 * head and pull requests, an issue comment's pull request, a deployment's commit, anything a
 * custom event's payload says. Call it on an event replayedEventMismatch passed.
 */
export function reportTargetsBeyondId(event: FlowEvent, eventId: string): string | undefined {
  if (GITHUB_ID.test(eventId) && TARGETS_IN_ID.has(eventKind(event))) return undefined;
  const commit = commitForEvent(event);
  const pulls = pullRequestsInEvent(event);
  const named = [
    commit.sha ? `commit ${commit.sha} (${commit.from})` : "",
    commit.tag !== undefined ? `tag ${shown(commit.tag)}` : "",
    pulls.length > 0 ? `pull request${pulls.length === 1 ? "" : "s"} ${pulls.map((number) => `#${number}`).join(", ")}` : "",
  ].filter(Boolean);
  return named.length > 0 ? named.join(" and ") : undefined;
}

/**
 * The object of the job's repository the id names, whose report targets GitHub can tell
 * (src/events/keys-automation.ts, keys-collaboration.ts): a workflow run's or job's id, a check
 * suite's or check run's, an issue comment's, a deployment's (also a deployment status's). None
 * for a key made without it (a payload that lacked the id falls back to the run) or another kind.
 * Call it on an event replayedEventMismatch passed (its type and repository are the id's).
 */
export function objectNamedById(event: FlowEvent, eventId: string): ReplayedObject | undefined {
  const id = GITHUB_ID.exec(eventId);
  if (!id) return undefined;
  const key = id[3] ?? "";
  const pattern = OBJECT_KEYS[eventKind(event)];
  const number = pattern?.[1].exec(key)?.[1];
  if (!pattern || number === undefined) return undefined;
  return { kind: pattern[0], id: Number(number) };
}

/** Each kind's key, its object's id first (at most 15 digits: a safe integer). */
const OBJECT_KEYS: Record<string, [ReplayedObject["kind"], RegExp]> = {
  workflow_run: ["workflow-run", /^run-([0-9]{1,15})-attempt-[0-9]+$/],
  workflow_job: ["workflow-job", /^job-([0-9]{1,15})-attempt-[0-9]+$/],
  check_suite: ["check-suite", /^suite-([0-9]{1,15})(?:@|$)/],
  check_run: ["check-run", /^check-([0-9]{1,15})(?:[:@]|$)/],
  issue_comment: ["issue-comment", /^comment-([0-9]{1,15})(?:@|$)/],
  deployment: ["deployment", /^deployment-([0-9]{1,15})$/],
  deployment_status: ["deployment", /^deployment-([0-9]{1,15}):status-[0-9]+$/],
};

/**
 * How the stored event's report targets differ from GitHub's for the object its id names.
 * `forged`: what GitHub never changes for that object (a run's, job's, suite's or check run's
 * head commit, a deployment's commit, an issue comment's issue and whether it is a pull
 * request), which an honest backend's copy cannot disagree with. `changed`: what GitHub
 * works out anew (the open pull requests of a run's or suite's head), which may have moved since.
 */
export function targetsDisagreement(event: FlowEvent, github: GitHubReportTargets): { forged: string[]; changed: string[] } {
  const forged: string[] = [];
  const changed: string[] = [];
  const kind = eventKind(event);
  if (github.issue) {
    const issue = objectAt(event.payload, "issue");
    const number = numberAt(issue, "number");
    const isPullRequest = booleanAt(issue, "isPullRequest");
    if (number !== undefined && number !== github.issue.number) forged.push(`its payload names issue #${number} (payload.issue.number), but GitHub's ${github.subject} is on #${github.issue.number}`);
    if (isPullRequest !== undefined && isPullRequest !== github.issue.isPullRequest) {
      forged.push(`its payload says #${number ?? github.issue.number} is ${isPullRequest ? "" : "not "}a pull request (payload.issue.isPullRequest), but GitHub says it is ${github.issue.isPullRequest ? "" : "not "}one`);
    }
    return { forged, changed };
  }
  const sha = commitForEvent(event).sha;
  if (sha !== undefined && github.headSha !== undefined && sha !== github.headSha.toLowerCase()) {
    forged.push(`its payload names commit ${sha} (${kind === "deployment_status" ? "payload.deployment.sha" : kind === "deployment" ? "payload.sha" : "payload.headSha"}), but GitHub's ${github.subject} has ${github.headSha}`);
  }
  const pulls = pullRequestsInEvent(event);
  const listed = github.pullRequests;
  if (pulls.some((number) => !listed.includes(number)) || ((kind === "workflow_run" || kind === "check_suite" || kind === "check_run") && listed.some((number) => !pulls.includes(number)))) {
    changed.push(`payload names ${pullList(pulls)}, but GitHub's ${github.subject} now lists ${pullList(listed)}`);
  }
  return { forged, changed };
}

function pullList(numbers: readonly number[]): string {
  if (numbers.length === 0) return "no pull request";
  return `pull request${numbers.length === 1 ? "" : "s"} ${numbers.map((number) => `#${number}`).join(", ")}`;
}

function steersReports(event: FlowEvent): boolean {
  const commit = commitForEvent(event);
  return pullRequestsInEvent(event).length > 0 || commit.sha !== undefined || commit.tag !== undefined || commit.pullRequest !== undefined;
}

/** The pull request, commit and tag the id's key names against the payload's (the fields the reports go by). */
function keyMismatch(event: FlowEvent, key: string): string | undefined {
  const kind = eventKind(event);
  const sha = commitForEvent(event).sha;
  if (kind === "pull_request" || kind === "pull_request_target" || kind.startsWith("pull_request_review")) {
    const pull = kind.startsWith("pull_request_review") ? objectAt(event.payload, "pullRequest") : event.payload;
    const number = numberAt(pull, "number");
    const match = PULL_KEY.exec(key);
    if (!match) {
      // The id was made from a payload without them (src/events/keys.ts falls back): so must this one be.
      return number !== undefined || sha !== undefined ? `its payload names ${pullText(number, sha)}, which the id (key ${shown(key)}) does not` : undefined;
    }
    if (number !== Number(match[1])) return `its payload names pull request ${number === undefined ? "none" : `#${number}`}, but the id names #${match[1]}`;
    if (sha !== match[2]) return `its payload names head commit ${sha ?? "none"}, but the id names ${match[2]}`;
    return undefined;
  }
  if (kind === "push" || kind === "merge_group" || kind === "create") {
    // push: `<ref>@<after>` (a deletion: `<ref>@<before>..<after>`); merge_group: `<head ref>@<head sha>`;
    // create: `<ref type>:<ref>@<GITHUB_SHA>`, the compact payload's `sha`.
    const named = /@(?:[0-9a-f]+\.\.)?([0-9a-f]{40}|[0-9a-f]{64})$/.exec(key)?.[1];
    const field = kind === "push" ? "after" : kind === "create" ? "sha" : "headSha";
    // A deletion's `after` is all zeros (no commit): its id names the commit before it.
    const payloadSha = stringAt(event.payload, field)?.toLowerCase();
    if (named !== undefined && payloadSha !== undefined && !/^0+$/.test(payloadSha) && payloadSha !== named) {
      return `its payload names commit ${shown(payloadSha)} (payload.${field}), but the id names ${named}`;
    }
    if (named === undefined && sha !== undefined) return `its payload names commit ${sha} (payload.${field}), which the id (key ${shown(key)}) does not`;
    if (kind === "merge_group") return mergeGroupPullMismatch(event, key);
  }
  if (kind === "status") {
    // `<sha>:status-<id>`: the commit whose status it is, where its check runs go.
    const named = /^([0-9a-f]{40}|[0-9a-f]{64}):status-/.exec(key)?.[1];
    if (sha !== undefined && sha !== named) {
      return named === undefined ? `its payload names commit ${sha} (payload.sha), which the id (key ${shown(key)}) does not` : `its payload names commit ${sha} (payload.sha), but the id names ${named}`;
    }
  }
  if (kind === "release" && event.source === "github") {
    // `<tag>` or `<tag>@...`: the tag whose commit gets the check runs (`@` is encoded inside a tag).
    const tag = stringAt(event.payload, "tag");
    const named = key.split("@")[0] ?? "";
    if (tag !== undefined && encodeIdPart(tag) !== named) {
      return `its payload names tag ${shown(tag)} (payload.tag), but the id names ${shown(decodedPart(named))}`;
    }
  }
  return undefined;
}

/**
 * A merge queue group's pull request is the one its head ref names
 * (`gh-readonly-queue/<base>/pr-<number>-<sha>`, src/events/payloads-code.ts), and the id names
 * that ref: the payload's `pullRequest`, which gets the comment, must be that one.
 */
function mergeGroupPullMismatch(event: FlowEvent, key: string): string | undefined {
  const ref = key.slice(0, key.lastIndexOf("@"));
  const named = /\/pr-(\d+)-[0-9a-f]+$/.exec(ref)?.[1];
  const number = numberAt(event.payload, "pullRequest");
  if (number === undefined || String(number) === named) return undefined;
  return named === undefined
    ? `its payload names pull request #${number} (payload.pullRequest), which the id's head ref ${shown(decodedPart(ref))} does not`
    : `its payload names pull request #${number} (payload.pullRequest), but the id's head ref names #${named}`;
}

/** An id part as its text (src/events/id.ts encodes it); as it is when it does not decode. */
function decodedPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function pullText(number: number | undefined, sha: string | undefined): string {
  return [number !== undefined ? `pull request #${number}` : "", sha ? `head commit ${sha}` : ""].filter(Boolean).join(" and ");
}

function shown(text: string): string {
  return shownValue(text, 120);
}
