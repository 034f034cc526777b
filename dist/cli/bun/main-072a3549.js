// @bun
import {
  pullRequest2
} from "./main-a322423d.js";
import {
  pullRequestsInEvent2
} from "./main-197c92f2.js";
import {
  apiFailure
} from "./main-70820b85.js";
import {
  repositoryRef
} from "./main-f2ae7067.js";
import {
  objectAt,
  stringAt
} from "./main-d86cd4d4.js";

// src/github/commits.ts
var MAX_TAG_DEPTH = 5;
async function tagCommitSha(client, options) {
  const repo = repositoryRef(options.repository);
  let object;
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${options.tag}` });
    object = data.object;
  } catch (error) {
    if (apiFailure(error).kind === "not-found")
      return;
    throw error;
  }
  for (let depth = 0;object.type === "tag" && depth < MAX_TAG_DEPTH; depth++) {
    const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha });
    object = data.object;
  }
  return object.type === "commit" ? object.sha : undefined;
}

// src/report/checks-commit.ts
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var NO_COMMIT = /^0+$/;
var SHA_FIELDS = {
  push: (p) => stringAt(p, "after"),
  pull_request: (p) => stringAt(p, "headSha"),
  pull_request_target: (p) => stringAt(p, "headSha"),
  pull_request_review: (p) => stringAt(objectAt(p, "pullRequest"), "headSha"),
  pull_request_review_comment: (p) => stringAt(objectAt(p, "pullRequest"), "headSha"),
  pull_request_review_thread: (p) => stringAt(objectAt(p, "pullRequest"), "headSha"),
  merge_group: (p) => stringAt(p, "headSha"),
  workflow_run: (p) => stringAt(p, "headSha"),
  workflow_job: (p) => stringAt(p, "headSha"),
  check_suite: (p) => stringAt(p, "headSha"),
  check_run: (p) => stringAt(p, "headSha"),
  status: (p) => stringAt(p, "sha"),
  deployment: (p) => stringAt(p, "sha"),
  deployment_status: (p) => stringAt(objectAt(p, "deployment"), "sha"),
  create: (p) => stringAt(p, "sha")
};
function eventKind2(event) {
  return event.type.split(".")[0] ?? event.type;
}
function commitForEvent2(event, context = {}) {
  const kind = eventKind2(event);
  const fallback = validSha2(context.sha) ? { sha: context.sha.toLowerCase(), from: "GITHUB_SHA" } : { from: "none" };
  const read = SHA_FIELDS[kind];
  const sha = read?.(event.payload)?.toLowerCase();
  if (validSha2(sha) && !NO_COMMIT.test(sha))
    return { sha, from: `${kind}.${kind === "push" ? "after" : "head"}` };
  if (kind === "release" && event.source === "github") {
    const tag = stringAt(event.payload, "tag");
    const repo = stringAt(event.payload, "repo");
    const ours = !context.repository || !repo || repo.toLowerCase() === context.repository.toLowerCase();
    if (tag && ours)
      return { ...fallback, tag, from: `release tag ${tag}` };
  }
  if (kind === "issue_comment") {
    const [number] = pullRequestsInEvent2(event);
    if (number !== undefined)
      return { ...fallback, pullRequest: number, from: `pull request #${number}` };
  }
  return fallback;
}
async function resolveEventCommit2(client, options) {
  const { commit, repository } = options;
  if (commit.tag) {
    const sha = await tagCommitSha(client, { repository, tag: commit.tag });
    if (validSha2(sha))
      return sha;
  }
  if (commit.pullRequest !== undefined) {
    const pull = await pullRequest2(client, { repository, number: commit.pullRequest });
    if (validSha2(pull?.headSha))
      return pull.headSha;
  }
  return commit.sha;
}
function validSha2(value) {
  return typeof value === "string" && SHA.test(value.toLowerCase());
}

export { eventKind2, commitForEvent2, resolveEventCommit2, validSha2 };
