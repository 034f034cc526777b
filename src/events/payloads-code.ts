import type { GitHubRunContext } from "./context.js";
import {
  type JsonObject,
  booleanAt,
  definedOnly,
  firstLine,
  numberAt,
  objectAt,
  objectsAt,
  stringAt,
  timeAt,
} from "./fields.js";

// Compact payloads of events about code: push, create, delete, release, merge_group, packages.
// Shapes are documented in docs/events.md; keep the two in step.

/** What a family adds to `{repo, sender, action}`, and the time of the domain event. */
export type CompactPart = { fields: JsonObject; occurredAt?: string };

export type PushCommit = { id: string; message: string; author: string | null };

/** GitHub's push payload lists up to 2048 commits; flows get the last 20 and the count. */
export const PUSH_COMMITS_LIMIT = 20;

function commitAuthor(commit: JsonObject | undefined): string | null {
  const author = objectAt(commit, "author");
  return stringAt(author, "username") ?? stringAt(author, "name") ?? null;
}

function shortCommit(commit: JsonObject | undefined): PushCommit | undefined {
  const id = stringAt(commit, "id");
  if (id === undefined) return undefined;
  return { id, message: firstLine(stringAt(commit, "message")) ?? "", author: commitAuthor(commit) };
}

/** `refs/heads/main` → {branch: "main"}, `refs/tags/v1` → {tag: "v1"}. */
function refName(ref: string | undefined): { branch?: string; tag?: string } {
  if (ref?.startsWith("refs/heads/")) return { branch: ref.slice("refs/heads/".length) };
  if (ref?.startsWith("refs/tags/")) return { tag: ref.slice("refs/tags/".length) };
  return {};
}

export function pushPart(payload: JsonObject): CompactPart {
  const ref = stringAt(payload, "ref");
  const commits = objectsAt(payload, "commits")
    .map(shortCommit)
    .filter((commit): commit is PushCommit => commit !== undefined);
  const headCommit = objectAt(payload, "head_commit");
  return {
    fields: definedOnly({
      ref,
      before: stringAt(payload, "before"),
      after: stringAt(payload, "after"),
      ...refName(ref),
      baseRef: stringAt(payload, "base_ref"),
      created: booleanAt(payload, "created") ?? false,
      deleted: booleanAt(payload, "deleted") ?? false,
      forced: booleanAt(payload, "forced") ?? false,
      compare: stringAt(payload, "compare"),
      pusher: stringAt(objectAt(payload, "pusher"), "name"),
      headCommit: shortCommit(headCommit) ?? null,
      commits: commits.slice(-PUSH_COMMITS_LIMIT),
      commitCount: commits.length,
    }),
    // The push time, not the head commit's author time: pushing an old commit is a new push.
    occurredAt: timeAt(objectAt(payload, "repository"), "pushed_at") ?? timeAt(headCommit, "timestamp"),
  };
}

/** create: GITHUB_SHA is the commit the new ref points at. */
export function createPart(payload: JsonObject, context: GitHubRunContext): CompactPart {
  const refType = stringAt(payload, "ref_type");
  const ref = stringAt(payload, "ref");
  return {
    fields: definedOnly({
      ref,
      refType,
      ...(refType === "branch" && ref ? { branch: ref } : {}),
      ...(refType === "tag" && ref ? { tag: ref } : {}),
      sha: context.sha,
      defaultBranch: stringAt(payload, "master_branch"),
      description: stringAt(payload, "description"),
    }),
  };
}

export function deletePart(payload: JsonObject): CompactPart {
  const refType = stringAt(payload, "ref_type");
  const ref = stringAt(payload, "ref");
  return {
    fields: definedOnly({
      ref,
      refType,
      ...(refType === "branch" && ref ? { branch: ref } : {}),
      ...(refType === "tag" && ref ? { tag: ref } : {}),
    }),
  };
}

/**
 * release: also a valid upstream-release payload (`provider`, `repo`, `tag`, `url`,
 * `publishedAt`), so a flow written for upstream releases can take a repository's own release.
 */
export function releasePart(payload: JsonObject): CompactPart {
  const release = objectAt(payload, "release");
  const publishedAt = timeAt(release, "published_at") ?? null;
  return {
    fields: definedOnly({
      provider: "github",
      tag: stringAt(release, "tag_name"),
      name: stringAt(release, "name") ?? null,
      url: stringAt(release, "html_url"),
      id: numberAt(release, "id"),
      prerelease: booleanAt(release, "prerelease") ?? false,
      draft: booleanAt(release, "draft") ?? false,
      publishedAt,
      targetCommitish: stringAt(release, "target_commitish"),
      author: stringAt(objectAt(release, "author"), "login"),
    }),
    occurredAt: publishedAt ?? timeAt(release, "created_at"),
  };
}

export function mergeGroupPart(payload: JsonObject): CompactPart {
  const group = objectAt(payload, "merge_group");
  const headRef = stringAt(group, "head_ref");
  const headCommit = objectAt(group, "head_commit");
  // The queue names its branch gh-readonly-queue/<base>/pr-<number>-<sha>.
  const pullRequest = headRef === undefined ? undefined : /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
  return {
    fields: definedOnly({
      headSha: stringAt(group, "head_sha"),
      headRef,
      baseSha: stringAt(group, "base_sha"),
      baseRef: stringAt(group, "base_ref"),
      pullRequest: pullRequest === undefined ? undefined : Number(pullRequest),
      headCommit: shortCommit(headCommit),
      reason: stringAt(payload, "reason"),
    }),
    occurredAt: timeAt(headCommit, "timestamp"),
  };
}

/** package, registry_package: the package and the version the delivery is about. */
export function packagePart(payload: JsonObject, eventName: string): CompactPart {
  const pkg = objectAt(payload, eventName);
  const version = objectAt(pkg, "package_version");
  return {
    fields: definedOnly({
      id: numberAt(pkg, "id"),
      name: stringAt(pkg, "name"),
      packageType: stringAt(pkg, "package_type"),
      namespace: stringAt(pkg, "namespace"),
      version: stringAt(version, "version"),
      versionId: numberAt(version, "id"),
      url: stringAt(version, "html_url") ?? stringAt(pkg, "html_url"),
    }),
    occurredAt: timeAt(version, "updated_at") ?? timeAt(pkg, "updated_at"),
  };
}
