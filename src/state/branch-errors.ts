import { diskProblem } from "../disk-problems.js";
import { UserError } from "../user-error.js";
/**
 * What went wrong with the state branch, as a sentence the user can act on. Messages quote
 * git only after redaction: they never contain a token.
 */
export type StateBranchErrorKind = "permission" | "protected" | "checked-out" | "refused" | "read" | "contention" | "git" | "not-state-branch" | "timeout";

export class StateBranchError extends UserError {
  readonly kind: StateBranchErrorKind;
  constructor(kind: StateBranchErrorKind, message: string) {
    super(message);
    this.name = "StateBranchError";
    this.kind = kind;
  }
}

export type PushOutcome = "permission" | "protected" | "checked-out" | "retry" | "refused" | "other";

// GitHub answers a push with a read-only token with HTTP 403 and/or
// "Permission to owner/repo.git denied to github-actions[bot]."
const PERMISSION = /Permission to \S+ denied|returned error: 403|\b403 Forbidden|Write access to repository not granted|not allowed to push/i;
// GH006: branch protection; GH013: repository rules (rulesets).
const PROTECTED = /GH006|GH013|protected branch|Repository rule violations/i;
// Someone else moved the branch between our fetch and our push.
const MOVED = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info|failed to lock/i;
// The remote looked at what we pushed and said no: a pre-receive hook (GitHub's GH001 refuses a
// file over 100 MB, https://docs.github.com/repositories/working-with-files/managing-large-files/about-large-files-on-github).
// Pushing the same commit again would be refused again. Not any "[remote rejected]": git gives
// that for the server's own failures too ("(unpacker error)", "(failed)", "(Internal Server
// Error)"), which are tried again ("other"), and the store drops a refused record (refusedForGood).
const REFUSED = /hook declined|GH001/i;
// A repository with a work tree refuses a push to the branch its work tree has checked out
// (receive.denyCurrentBranch): a checkout without a remote keeps the state branch itself.
const CHECKED_OUT = /refusing to update checked out branch|branch is currently checked out/i;
const READ_DENIED = /Authentication failed|could not read Username|could not read Password|returned error: 40[13]|Repository not found|Permission to \S+ denied/i;

export function classifyPush(output: string): PushOutcome {
  if (PERMISSION.test(output)) return "permission";
  if (PROTECTED.test(output)) return "protected";
  if (CHECKED_OUT.test(output)) return "checked-out";
  // A moved branch is git's own word (its status line for the ref): a hook's text that happens to
  // say "fetch first" or "rejected" is the remote's ("remote: ..."), and taking it for a race
  // retried a hook's refusal until the budget was spent, then blamed other jobs for it.
  if (MOVED.test(gitsOwnLines(output))) return "retry";
  if (REFUSED.test(output)) return "refused";
  return "other";
}

/** The lines of a push's output that git wrote itself, not the remote's (`remote: ...`). */
function gitsOwnLines(output: string): string {
  return output
    .split("\n")
    .filter((line) => !/^\s*remote:/.test(line))
    .join("\n");
}

/** Last lines of git's output, for the end of a message. */
function gitSaid(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length ? ` Git said: ${lines.slice(-4).join(" | ")}` : "";
}

type Where = { branch: string; remote: string };

export function pushDenied(where: Where, output: string): StateBranchError {
  return new StateBranchError(
    "permission",
    `cannot push to the state branch "${where.branch}" of ${where.remote}: the state branch needs ` +
      '"contents: write": add permissions: contents: write to the job. If the job has it already: ' +
      "a pull_request run from a fork only gets a read-only token (use state: file or artifact " +
      "there), a token passed in must be allowed to push to the repository, and branch rules " +
      `must let it push to "${where.branch}".${gitSaid(output)}`,
  );
}

export function pushProtected(where: Where, output: string): StateBranchError {
  return new StateBranchError(
    "protected",
    `the state branch "${where.branch}" of ${where.remote} is protected (branch protection or a ` +
      "ruleset rejected the push): let the workflow's token push to it, or choose another " +
      `state branch.${gitSaid(output)}`,
  );
}

export function pushCheckedOut(where: Where): StateBranchError {
  return new StateBranchError(
    "checked-out",
    `the state branch "${where.branch}" is checked out in ${where.remote}, and git does not push to the ` +
      "branch a work tree has checked out: switch that checkout to another branch (git switch -), or " +
      "choose another state branch.",
  );
}

export function pushFailed(where: Where, output: string): StateBranchError {
  return new StateBranchError(
    "git",
    `git could not push to the state branch "${where.branch}" of ${where.remote}.${gitSaid(output)}`,
  );
}

/**
 * Git reported the push of `commit` taken, but the remote's branch does not hold it (`tip`: where
 * it is, undefined when it is gone): something on the remote put it back. Pushed again, it would
 * be put back again, and a redelivery would run the steps again: nothing is saved.
 */
/**
 * A claim's push git reported taken, but whether the remote's branch holds it could not be seen
 * (the look failed or ran out of time): its steps are not started on it.
 */
export function pushNotChecked(where: Where, commit: string, look: { unknown: string; kind: "git" | "timeout" }): StateBranchError {
  return new StateBranchError(
    look.kind,
    `${where.remote} reported the push of commit ${commit.slice(0, 12)} to the state branch "${where.branch}" taken, but whether the branch holds it could not be checked ` +
      `(${look.unknown}).${look.kind === "git" ? ` Check that ${where.remote} is reachable, then run again.` : ""} A step whose start is stored nowhere could be run by another job beside it.`,
  );
}

export function pushNotLanded(where: Where, commit: string, tip: string | undefined): StateBranchError {
  const now = tip === undefined ? "the branch is not there" : `the branch is at ${tip.slice(0, 12)}, which does not hold it`;
  return new StateBranchError(
    "git",
    `${where.remote} reported the push of commit ${commit.slice(0, 12)} to the state branch "${where.branch}" taken, but ${now}: ` +
      "something on the remote moved the branch back after taking the push (a post-receive hook, a mirror that syncs the branch from elsewhere, " +
      "a force-push). Find what resets that branch and stop it, or choose another state store.",
  );
}

/**
 * A git command that talks to the remote was stopped at its time limit: `seconds`, its own limit
 * or what was left of the limit of the save or read it ran in (`limit`: a flush or claim's,
 * FLOWS_STATE_FLUSH_TIMEOUT_SECONDS; a read's outside any, FLOWS_STATE_READ_TIMEOUT_SECONDS). Not
 * tried again: a remote that hangs costs each retry the same wait (three of them made a flush
 * take six minutes).
 */
export function remoteHung(where: Where, command: string, stopped: { seconds: number; limit?: WholeLimit }): StateBranchError {
  const whole = stopped.limit === undefined ? "" : wholeLimitText(stopped.limit);
  const check = `Check that ${where.remote} is reachable (for github.com: https://www.githubstatus.com), then run again.`;
  if (stopped.seconds === 0) {
    return new StateBranchError(
      "timeout",
      `${whole} ran out before \`git ${command}\` for the state branch "${where.branch}" of ${where.remote} could start (the remote answers slowly, or other jobs kept moving the branch). ${check}`,
    );
  }
  const limit = stopped.limit === undefined ? "its time limit for one git command" : `the end of ${whole}`;
  return new StateBranchError(
    "timeout",
    `${where.remote} did not answer: \`git ${command}\` for the state branch "${where.branch}" was stopped after ${stopped.seconds} s, at ${limit}, ` +
      `and not tried again (a remote that hangs would cost each retry the same wait). ${check}`,
  );
}

/** The limit of a whole save (a flush, a claim) or of a whole read outside one, in seconds. */
export type WholeLimit = { seconds: number; of: "save" | "read" };

function wholeLimitText(limit: WholeLimit): string {
  return limit.of === "save"
    ? `the ${limit.seconds} s a save to the state branch may take (FLOWS_STATE_FLUSH_TIMEOUT_SECONDS)`
    : `the ${limit.seconds} s a read of the state branch may take (FLOWS_STATE_READ_TIMEOUT_SECONDS; raise it for a slow remote)`;
}

/**
 * A claim not tried because a git command to the remote was stopped at its limit earlier
 * (`hung`) and none has got an answer from it since: the remote hangs, and trying would make
 * this start wait as long again, and the next, one limit per step of the job.
 */
export function remoteStillHung(where: Where, hung: { command: string; seconds: number; at: string }): StateBranchError {
  return new StateBranchError(
    "timeout",
    `${where.remote} does not answer: \`git ${hung.command}\` for the state branch "${where.branch}" was stopped after ${hung.seconds} s at ${hung.at}, ` +
      "and no git command has got an answer from it since, so this push was not tried (it would wait as long again, for each step). " +
      `Check that ${where.remote} is reachable (for github.com: https://www.githubstatus.com), then run again.`,
  );
}

export function pushRefused(where: Where, output: string): StateBranchError {
  return new StateBranchError(
    "refused",
    `the remote refused the push to the state branch "${where.branch}" of ${where.remote} (a ` +
      "pre-receive hook or a rule of the repository; GitHub refuses any file over 100 MB): see " +
      `what git said, and let the state branch take these records or choose another state store.${gitSaid(output)}`,
  );
}

export function pushContended(where: Where, attempts: number, seconds: number, events: number): StateBranchError {
  return new StateBranchError(
    "contention",
    `could not push ${events} event record(s) to the state branch "${where.branch}" of ` +
      `${where.remote} in ${attempts} attempts over ${seconds}s: other jobs kept updating it. If ` +
      "this keeps happening, limit parallel jobs with a workflow `concurrency:` group, or raise " +
      "FLOWS_STATE_PUSH_BUDGET_SECONDS (and FLOWS_STATE_FLUSH_TIMEOUT_SECONDS, the limit of a whole save, past 5 minutes).",
  );
}

// Git's words for a disk of this machine that refuses a write; the remote's own say "remote:".
const LOCAL_DISK = /^(?!remote:).*?(No space left on device|Disk quota exceeded|Read-only file system)/im;

/**
 * What to change when git's `output` says a disk of this machine refused a write: the store's
 * private git folder `workDir` (chosen by `chosenBy`) is where git writes. Empty otherwise.
 */
export function localDiskSaid(output: string, workDir: string, chosenBy: string): string {
  const said = LOCAL_DISK.exec(output)?.[1];
  if (said === undefined) return "";
  const problem = diskProblem(/space/i.test(said) ? "ENOSPC" : /quota/i.test(said) ? "EDQUOT" : "EROFS");
  const change = chosenBy.includes("TMPDIR") ? "set TMPDIR to a folder on a writable disk with room" : "give a folder on a writable disk with room";
  return ` The state branch's private git folder ${workDir}, ${chosenBy}, cannot be written: ${problem}. Free some space there, or ${change}.`;
}

export function fetchFailed(where: Where, output: string): StateBranchError {
  if (READ_DENIED.test(output)) {
    return new StateBranchError(
      "read",
      `cannot read ${where.remote} to load the state branch "${where.branch}": access was denied. ` +
        'Give the job "contents: read" (and "contents: write" to save), pass a token that can ' +
        `read the repository, or check the repository URL.${gitSaid(output)}`,
    );
  }
  return new StateBranchError(
    "git",
    `git could not fetch the state branch "${where.branch}" from ${where.remote}.${gitSaid(output)}`,
  );
}

/**
 * The store's private git folder could not be made in `where` (`chosenBy`: the setting that
 * chose it). A file-system refusal is the user's to fix; anything else stays what it is: a bug.
 */
export function workDirFailed(where: string, chosenBy: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const problems: Record<string, string> = {
    ENOENT: "that folder does not exist",
    ENOTDIR: "a file is in the way of that folder",
    EEXIST: "a file is in the way of that folder",
    ENAMETOOLONG: "the path is too long",
  };
  const problem = diskProblem(code) ?? (code === undefined ? undefined : problems[code]);
  if (problem === undefined) return error;
  const change = chosenBy.includes("TMPDIR") ? "set TMPDIR to a writable folder" : "give a writable folder";
  return new StateBranchError(
    "git",
    `cannot make the state branch's private git folder in ${where}, ${chosenBy}: ${problem}. ` +
      `Nothing was read or saved; ${change}, or use another state store.`,
  );
}
