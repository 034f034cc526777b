import type { FlowEvent } from "../contracts.js";
import { numberAt, objectAt, stringAt } from "../events/fields.js";
import { encodeIdPart } from "../events/id.js";
import { shownValue } from "../redact-cut.js";
import { commitForEvent, eventKind } from "../report/checks-commit.js";
import { pullRequestsInEvent } from "../report/comment-pulls.js";

// A replay's reports (check runs, the pull-request comment) go where the stored event says: its
// type, its pull request numbers, its head commit. The backend sends that event, so before it is
// replayed it must be the event the user named: of the job's repository, and, where the id this
// action gives a GitHub event names its type, pull request or commit, with those in its payload.

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

function steersReports(event: FlowEvent): boolean {
  const commit = commitForEvent(event);
  return pullRequestsInEvent(event).length > 0 || commit.sha !== undefined || commit.tag !== undefined || commit.pullRequest !== undefined;
}

/** The pull request and commit the id's key names (pull requests, pushes, merge queue groups) against the payload's. */
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
  if (kind === "push" || kind === "merge_group") {
    const named = /@(?:[0-9a-f]+\.\.)?([0-9a-f]{40}|[0-9a-f]{64})$/.exec(key)?.[1];
    const field = kind === "push" ? "after" : "headSha";
    // A deletion's `after` is all zeros (no commit): its id names the commit before it.
    const payloadSha = stringAt(event.payload, field)?.toLowerCase();
    if (named !== undefined && payloadSha !== undefined && !/^0+$/.test(payloadSha) && payloadSha !== named) {
      return `its payload names commit ${shown(payloadSha)} (payload.${field}), but the id names ${named}`;
    }
    if (named === undefined && sha !== undefined) return `its payload names commit ${sha} (payload.${field}), which the id (key ${shown(key)}) does not`;
  }
  return undefined;
}

function pullText(number: number | undefined, sha: string | undefined): string {
  return [number !== undefined ? `pull request #${number}` : "", sha ? `head commit ${sha}` : ""].filter(Boolean).join(" and ");
}

function shown(text: string): string {
  return shownValue(text, 120);
}
