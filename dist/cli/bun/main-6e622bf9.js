// @bun
import {
  UserError
} from "./main-f081c345.js";

// src/state/artifact-errors.ts
class ArtifactStateError extends UserError {
  kind;
  status;
  constructor(kind, message, status) {
    super(message);
    this.name = "ArtifactStateError";
    this.kind = kind;
    this.status = status;
  }
}
function readFailed(what, repository, error) {
  const failure = typeof error === "object" && error !== null ? error : {};
  const status = typeof failure.status === "number" ? failure.status : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  const prefix = `cannot ${what} of ${repository} (${status ? `HTTP ${status}: ` : ""}${detail})`;
  const remaining = failure.response?.headers?.["x-ratelimit-remaining"];
  if ((status === 403 || status === 429) && (String(remaining) === "0" || /rate limit/i.test(detail))) {
    return new ArtifactStateError("rate-limit", `${prefix}: the GitHub API rate limit is used up; run again later.`, status);
  }
  if (status === 403) {
    return new ArtifactStateError("permission", `${prefix}: the artifact state store reads earlier runs' state through the Actions artifacts API, ` + "which needs the `actions: read` permission. Add `permissions: { actions: read }` to the job " + "(or workflow) that runs flows-action, or pass a token that has it.", status);
  }
  if (status === 401) {
    return new ArtifactStateError("credentials", `${prefix}: the token was refused; pass the job's GITHUB_TOKEN (or a token with \`actions: read\`).`, status);
  }
  if (status === 404) {
    return new ArtifactStateError("not-found", `${prefix}: the repository does not exist or the token cannot see it; check \`repository\` and the token.`, status);
  }
  return new ArtifactStateError("http", `${prefix}. Nothing was changed; run again.`, status);
}
function uploadFailed(name, error) {
  const detail = error instanceof Error ? error.message : String(error);
  return new ArtifactStateError("upload", `cannot upload the state artifact ${name} (${detail}). Uploads use the job's ACTIONS_RUNTIME_TOKEN and ` + "ACTIONS_RESULTS_URL, which the runner gives to JavaScript actions only (not to `run:` steps); the " + "records of this run were not saved.");
}

// src/state/branch-commit.ts
var DEFAULT_STATE_AUTHOR = {
  name: "flows-action[bot]",
  email: "flows-action[bot]@users.noreply.github.com"
};
var STATE_README_PATH = "README.md";
function stateBranchReadme(branch) {
  return `# ${branch}

This branch is written by flows-action (the GitHub Action and its \`flows\` CLI) and holds no
source code. It records which events flows-action has handled and how each run ended, so that a
redelivered event does not run its steps twice.

- \`events/<xx>/<sha256 of the event id>.json\`: one file per event (\`<xx>\` = the first two
  hex digits of the hash): the event, its runs with their attempts, and when it was dispatched.
- Every commit is made by flows-action; history is linear. Do not merge this branch into
  another. Deleting it makes flows-action forget what ran, so past events would run again.
`;
}
function fastImportStream(commit) {
  const seconds = Math.floor(Date.now() / 1000);
  const who = `${oneLine(commit.author.name)} <${oneLine(commit.author.email)}> ${seconds} +0000`;
  const parts = [
    Buffer.from(`commit ${commit.ref}
author ${who}
committer ${who}
`),
    data(commit.message)
  ];
  if (commit.parent)
    parts.push(Buffer.from(`from ${commit.parent}
`));
  for (const file of commit.files) {
    parts.push(Buffer.from(`M 100644 inline ${file.path}
`), data(file.text));
  }
  parts.push(Buffer.from(`
done
`));
  return Buffer.concat(parts);
}
function data(text) {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([Buffer.from(`data ${bytes.length}
`), bytes, Buffer.from(`
`)]);
}
function oneLine(text) {
  return text.replace(/[<>\n\r]/g, "");
}
function stateCommitMessage(eventIds) {
  const shown = eventIds.slice(0, 20).map((id) => `- ${id.replace(/[\r\n]/g, " ")}`);
  if (eventIds.length > shown.length)
    shown.push(`- ... and ${eventIds.length - shown.length} more`);
  const noun = eventIds.length === 1 ? "event" : "events";
  return `Record ${eventIds.length} flow ${noun}

${shown.join(`
`)}
`;
}

// src/state/branch-errors.ts
class StateBranchError extends UserError {
  kind;
  constructor(kind, message) {
    super(message);
    this.name = "StateBranchError";
    this.kind = kind;
  }
}
var PERMISSION = /Permission to \S+ denied|returned error: 403|\b403 Forbidden|Write access to repository not granted|not allowed to push/i;
var PROTECTED = /GH006|GH013|protected branch|Repository rule violations/i;
var MOVED = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info|failed to lock/i;
var READ_DENIED = /Authentication failed|could not read Username|could not read Password|returned error: 40[13]|Repository not found|Permission to \S+ denied/i;
function classifyPush(output) {
  if (PERMISSION.test(output))
    return "permission";
  if (PROTECTED.test(output))
    return "protected";
  if (MOVED.test(output))
    return "retry";
  return "other";
}
function gitSaid(output) {
  const lines = output.split(`
`).map((line) => line.trim()).filter(Boolean);
  return lines.length ? ` Git said: ${lines.slice(-4).join(" | ")}` : "";
}
function pushDenied(where, output) {
  return new StateBranchError("permission", `cannot push to the state branch "${where.branch}" of ${where.remote}: the state branch needs ` + '"contents: write": add permissions: contents: write to the job. If the job has it already: ' + "a pull_request run from a fork only gets a read-only token (use state: file or artifact " + "there), a token passed in must be allowed to push to the repository, and branch rules " + `must let it push to "${where.branch}".${gitSaid(output)}`);
}
function pushProtected(where, output) {
  return new StateBranchError("protected", `the state branch "${where.branch}" of ${where.remote} is protected (branch protection or a ` + "ruleset rejected the push): let the workflow's token push to it, or choose another " + `state branch.${gitSaid(output)}`);
}
function pushFailed(where, output) {
  return new StateBranchError("git", `git could not push to the state branch "${where.branch}" of ${where.remote}.${gitSaid(output)}`);
}
function pushContended(where, attempts, seconds, events) {
  return new StateBranchError("contention", `could not push ${events} event record(s) to the state branch "${where.branch}" of ` + `${where.remote} in ${attempts} attempts over ${seconds}s: other jobs kept updating it. If ` + "this keeps happening, limit parallel jobs with a workflow `concurrency:` group, or raise " + "FLOWS_STATE_PUSH_BUDGET_SECONDS.");
}
function fetchFailed(where, output) {
  if (READ_DENIED.test(output)) {
    return new StateBranchError("read", `cannot read ${where.remote} to load the state branch "${where.branch}": access was denied. ` + 'Give the job "contents: read" (and "contents: write" to save), pass a token that can ' + `read the repository, or check the repository URL.${gitSaid(output)}`);
  }
  return new StateBranchError("git", `git could not fetch the state branch "${where.branch}" from ${where.remote}.${gitSaid(output)}`);
}

export { readFailed, uploadFailed, DEFAULT_STATE_AUTHOR, STATE_README_PATH, stateBranchReadme, fastImportStream, stateCommitMessage, StateBranchError, classifyPush, pushDenied, pushProtected, pushFailed, pushContended, fetchFailed };
