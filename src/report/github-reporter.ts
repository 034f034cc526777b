import type { FlowDiagnostic, FlowEvent } from "../contracts.js";
import type { DispatchObserver, DispatchOutcome } from "../engine/dispatch.js";
import type { GitHubClient } from "../github/client.js";
import { type ApiFailure, apiFailure, isDenied } from "../github/errors.js";
import { type TokenIdentity, tokenIdentity } from "../github/identity.js";
import { type DeniedKind, explainFailure, type ForkToken, fallbackNote, type GitHubFeature } from "../github/permissions.js";
import { repositoryRef } from "../github/repository.js";
import { logText } from "../log-text.js";
import { commitForEvent, eventKind, resolveEventCommit, validSha } from "./checks-commit.js";
import { CheckRuns, type ChecksMode } from "./checks.js";
import { stepConclusion } from "./checks-output.js";
import { targetsSummary, writeTargetCheckRuns, type TargetReport } from "./checks-targets.js";
import { type CommentMode, commentTargets, mayCreateComment, type SharedComment, upsertStickyComment } from "./comment.js";
import { type CommentPart, holdsPart, partsToKeep, readParts, type StoredPart } from "./comment-parts.js";
import { commentMarker, formerCommentMarker, type ReportLinks, renderComment } from "./comment-body.js";
import { forkToken } from "./modes.js";
import { resultTargets } from "./result-targets.js";
import { allProblems, flatten, summaryListsAll } from "./summary.js";
import { FAILED_WRITE_LOG_PREFIX, type FailedWrite, failedWritesNote, failedWritesWarning } from "./write-failures.js";

export type GitHubReporterOptions = {
  client: GitHubClient;
  /** `owner/repo` (GITHUB_REPOSITORY): the only repository written to. */
  repository: string;
  event: FlowEvent;
  /** The commit for check runs; when absent it is read from the event (commitForEvent). */
  headSha?: string;
  /** GITHUB_SHA, the fallback commit for events that name none. */
  githubSha?: string;
  checks: ChecksMode;
  comment: CommentMode;
  /** Tells apart comments of several workflows on one PR (default `default`). */
  commentKey?: string;
  /**
   * Which reporter of the workflow run this is (comment-parts.ts): other reporters of the run
   * with the same comment key keep their results beside ours in the one comment. Without it,
   * each write replaces the comment's results.
   */
  commentPart?: CommentPart;
  /** How long to wait before reading a shared comment back (tests; see SharedComment.settleMs). */
  commentSettleMs?: number;
  /** The workflow run (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID). */
  runUrl?: string;
  /** Where the job summary is; defaults to the run. */
  summaryUrl?: string;
  io: ReportIO;
  /** Manifest problems (merged with the outcome's). */
  problems?: FlowDiagnostic[];
  /** Makes absolute problem paths relative for annotations (GITHUB_WORKSPACE). */
  repoRoot?: string;
  /** Pull requests to comment on instead of the event's (a verified handover). */
  pullRequests?: number[];
  /** The token's bot login for app tokens other than GITHUB_TOKEN (see tokenIdentity). */
  botLogin?: string;
  /** A sentence shown in the comment and every check summary. */
  note?: string;
  /** See CheckRunsOptions.liveAfterMs. */
  liveAfterMs?: number;
  /** See CheckRunsOptions.maxAnnotations. */
  maxAnnotations?: number;
  /**
   * Whether this job's token is a fork pull request's read-only one (for the advice when a
   * permission is missing); read from the event when absent. A job publishing a handover has
   * its own token, whatever the handed-over event says.
   */
  fork?: ForkToken;
  /**
   * Whether a step's FLOW_RESULT may name pull requests and commits (`artifacts.pullRequest`,
   * `artifacts.commit`) for its check run to go on as well (default true). Off for a handover:
   * an untrusted job's steps must not write check runs on other pull requests.
   */
  resultTargets?: boolean;
  /** GITHUB_SERVER_URL: a pull request URL a step names must be on it (default https://github.com). */
  serverUrl?: string;
  /**
   * What the job summary has left before this reporter's notes and the results (ActionIO's
   * summaryRoom; undefined: its whole budget). Given, the notes on what the check runs and the
   * comment left out point to the job summary alone when it will list every step and problem;
   * without it, they never do.
   */
  summaryRoom?: () => Promise<number | undefined>;
};

/**
 * The most this reporter's notes take in the job summary before the results: the fallback and
 * failed writes note (10 writes listed) and the result targets' table (cut to TARGETS_NOTE_BYTES).
 * Asked with this much less room, the summary lists no more than it will when written.
 */
export const REPORTER_NOTES_BYTES = 48 * 1024;

/**
 * Warnings given to io.warning (an annotation each) before the rest go to the log: GitHub shows
 * 10 warning annotations per step, and a hundred check runs failing one by one took them all
 * before the flow packages' problems, written after the report, got theirs.
 * https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
 */
export const WARNINGS_SHOWN = 5;

/** Where the reporter says what it did and what went wrong (the job log). */
export type ReportIO = { info(message: string): void; warning(message: string): void };

export type GitHubReport = {
  /** Check runs completed by this reporter. */
  checkRuns: number;
  /** The (first) sticky comment written or updated. */
  commentUrl?: string;
  commentUrls: string[];
  /**
   * Every warning: a refusal's also given to io.warning (up to WARNINGS_SHOWN), a failed write's
   * only to the log, with one io.warning for all of them together (see failedWrites).
   */
  warnings: string[];
  /** The writes that failed for GitHub's sake (not refused for a permission), in order. */
  failedWrites: FailedWrite[];
  /**
   * Markdown for the job summary when checks or the comment fell back to it: why the token was
   * refused, and each write that failed otherwise.
   */
  summaryNote?: string;
  /** Each step's check run page (per-step checks), by run view id. */
  checkRunLinks?: Array<{ runId: string; name: string; url: string }>;
  /** The check runs written (or not) on the pull requests and commits the steps' results named. */
  resultTargets?: TargetReport[];
  /** Markdown for the job summary: where each of those went, and the values that were refused. */
  resultTargetsNote?: string;
};

export type GitHubReporter = DispatchObserver & {
  /** Completes check runs, writes the comment; never throws for GitHub's sake. */
  finish(outcome?: DispatchOutcome): Promise<GitHubReport>;
  /** Waits for queued check run calls (tests, or before a long pause). */
  flush(): Promise<void>;
};

/**
 * Reports one dispatch on the commit (check runs) and the pull request (a sticky comment).
 * Use it as (part of) the dispatch observer, then call finish() with the outcome — also when
 * the dispatch failed, with no outcome, so open check runs get closed.
 */
export function createGitHubReporter(options: GitHubReporterOptions): GitHubReporter {
  const warnings: string[] = [];
  const denied = new Map<GitHubFeature, DeniedKind>();
  const failedWrites: FailedWrite[] = [];
  /** Features whose calls stopped: on a rate limit the client gave up waiting for, or on no answer. */
  const stoppedBy = new Map<GitHubFeature, ApiFailure>();
  const fork = options.fork ?? forkToken(options.event);
  const seen = new Set<string>();
  let annotated = 0;
  let quieted = 0;
  const log = (message: string): void => {
    warnings.push(message);
    options.io.info(logText(`${FAILED_WRITE_LOG_PREFIX} ${message}`));
  };
  const say = (message: string): void => {
    if (annotated >= WARNINGS_SHOWN) {
      quieted += 1;
      log(message);
      return;
    }
    annotated += 1;
    warnings.push(message);
    options.io.warning(message);
  };
  // A write GitHub failed (not refused): said in full in the log, listed in the job summary's
  // note, and in one annotation for all of them at finish, where the user looks for the outcome.
  const failed = (write: FailedWrite, message: string): void => {
    failedWrites.push(write);
    log(message);
  };
  const warn = (feature: GitHubFeature, what: string, error: unknown, partial = false, untried = false): void => {
    const failure = apiFailure(error);
    if (isDenied(failure) && !denied.has(feature)) denied.set(feature, failure.kind as DeniedKind);
    // A rate limit the client gave up waiting for, or no answer after its retries (4 tries of
    // up to a minute each): every later call of the feature would cost the same, for the same.
    if (failure.kind === "rate-limit" || failure.kind === "network") stoppedBy.set(feature, failure);
    // A refusal or a spent rate limit holds for every call of the feature: one warning says it
    // (and one more names what was then not tried).
    const once = (isDenied(failure) || failure.kind === "rate-limit") && !untried;
    const key = `${feature}:${failure.kind}:${once ? "" : what}`;
    if (seen.has(key)) return;
    seen.add(key);
    const message = explainFailure({ feature, what, failure, fork, partial });
    if (isDenied(failure)) say(message);
    else if (failure.kind === "internal") {
      // A bug of ours asks to be reported: it keeps an annotation of its own, and is listed too.
      failedWrites.push({ feature, what, failure });
      say(message);
    } else failed({ feature, what, failure }, message);
    // A bug of ours: its stack goes to the log, for the report the warning asks for.
    const stack = failure.kind === "internal" ? internalStack(error) : undefined;
    if (stack) for (const line of `flows-action: ${stack}`.split("\n").slice(0, 12)) options.io.info(logText(line));
  };

  let usable = true;
  try {
    repositoryRef(options.repository);
  } catch (error) {
    usable = false;
    say(error instanceof Error ? error.message : String(error));
  }

  const links: ReportLinks = {
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    ...(options.summaryUrl ? { summaryUrl: options.summaryUrl } : {}),
  };
  const headSha = once(async (): Promise<string | undefined> => {
    if (options.headSha !== undefined) {
      if (validSha(options.headSha)) return options.headSha.toLowerCase();
      say(`headSha "${options.headSha}" is not a commit SHA; no check runs were written.`);
      return undefined;
    }
    const commit = commitForEvent(options.event, { sha: options.githubSha, repository: options.repository });
    let sha: string | undefined;
    try {
      sha = await resolveEventCommit(options.client, { repository: options.repository, commit });
    } catch (error) {
      // Not worth a warning: GITHUB_SHA is the same commit for releases run by Actions.
      options.io.info(`flows-action: could not look up the commit of ${commit.from} (${apiFailure(error).message}); using ${commit.sha ?? "none"}.`);
      sha = commit.sha;
    }
    if (!sha) options.io.info("flows-action: the event names no commit and GITHUB_SHA is not set, so no check runs were written.");
    return sha;
  });
  const identity = once((): Promise<TokenIdentity> => tokenIdentity(options.client, { botLogin: options.botLogin }));

  const checks =
    usable && options.checks !== "off"
      ? new CheckRuns({
          client: options.client,
          repository: options.repository,
          mode: options.checks,
          event: options.event,
          headSha,
          identity,
          links,
          ...(options.note ? { note: options.note } : {}),
          ...(options.repoRoot ? { repoRoot: options.repoRoot } : {}),
          ...(options.liveAfterMs !== undefined ? { liveAfterMs: options.liveAfterMs } : {}),
          ...(options.maxAnnotations !== undefined ? { maxAnnotations: options.maxAnnotations } : {}),
          onFailure: ({ what, error, partial, untried }) => warn("checks", what, error, partial, untried),
        })
      : undefined;

  async function publishComment(outcome: DispatchOutcome): Promise<string[]> {
    const urls: string[] = [];
    if (!usable || options.comment === "off") return urls;
    if (outcome.dryRun) {
      options.io.info("flows-action: dry run, so the pull request comment was left as it is.");
      return urls;
    }
    let targets: number[];
    try {
      targets = await commentTargets({
        client: options.client,
        repository: options.repository,
        outcome,
        mode: options.comment,
        headSha,
        ...(options.pullRequests ? { pullRequests: options.pullRequests } : {}),
      });
    } catch (error) {
      warn("comment", "find the pull requests of this commit", error);
      return urls;
    }
    if (targets.length === 0) {
      options.io.info("flows-action: no pull request to comment on for this event.");
      return urls;
    }
    const sha = await headSha();
    const marker = commentMarker(eventKind(outcome.event), options.commentKey);
    const formerMarker = formerCommentMarker(eventKind(outcome.event), options.commentKey);
    const render = (others?: readonly StoredPart[]): string =>
      renderComment({
        outcome,
        marker,
        links,
        ...(sha ? { headSha: sha } : {}),
        ...(options.note ? { note: options.note } : {}),
        ...(options.commentPart ? { part: options.commentPart } : {}),
        ...(others ? { others } : {}),
      });
    const body = render();
    const part = options.commentPart;
    const settleMs = options.commentSettleMs;
    // Another reporter's part (another step's, or a second of one step's: two calls of a
    // reusable workflow) in a comment we merged into means a racing write could drop ours.
    let shared = false;
    const parts: SharedComment | undefined = part
      ? {
          merge: (existing) => {
            const found = readParts(existing);
            if (found.length > 1 || found.some((each) => each.source !== part.source)) shared = true;
            return render(partsToKeep(found, part, sha));
          },
          sharedSeen: () => shared,
          holdsOurs: (text) => holdsPart(text, part),
          ...(settleMs !== undefined ? { settleMs: () => settleMs } : {}),
        }
      : undefined;
    const create = mayCreateComment(options.comment, outcome);
    for (const [index, issueNumber] of targets.entries()) {
      if (denied.has("comment")) break;
      const stopped = stoppedBy.get("comment");
      if (stopped) {
        const rest = targets.slice(index).map((number) => `#${number}`);
        const why = stopped.kind === "rate-limit" ? "GitHub's rate limit stopped the comments before them" : "GitHub did not answer for the comment before them";
        const what = `comment on pull request ${rest.join(", ")} (not tried: ${why})`;
        failed({ feature: "comment", what, failure: stopped }, `The pull request comment was not written on ${rest.join(", ")}: ${why}. The results are in the job summary.`);
        break;
      }
      try {
        const me = await identity();
        const result = await upsertStickyComment({
          client: options.client,
          repository: options.repository,
          issueNumber,
          marker,
          ...(formerMarker === undefined ? {} : { formerMarker }),
          body,
          identity: me,
          create,
          // A comment left as is (it reports a newer commit) is said in the log.
          info: (message) => options.io.info(logText(message)),
          warning: say,
          ...(parts ? { parts } : {}),
        });
        if (result.url) urls.push(result.url);
      } catch (error) {
        warn("comment", `comment on pull request #${issueNumber}`, error);
      }
    }
    return urls;
  }

  // A step's FLOW_RESULT may say where else its outcome belongs: its check run goes there too.
  async function writeResultTargets(checks: CheckRuns, outcome: DispatchOutcome): Promise<{ reports: TargetReport[]; note: string }> {
    const runs = flatten(outcome)
      .flatMap((each) => each.runs)
      .filter((run) => !run.alreadyHandled && stepConclusion(run) !== undefined);
    const { targets, problems } = resultTargets(runs, { repository: options.repository, ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}) });
    if (options.resultTargets === false) {
      if (targets.length > 0 || problems.length > 0) {
        options.io.info("flows-action: these results come from an untrusted job, so the pull requests and commits their artifacts name got no check run.");
      }
      return { reports: [], note: "" };
    }
    for (const problem of problems) say(problem);
    if (targets.length === 0) return { reports: [], note: targetsSummary([], problems) };
    const ownSha = options.checks === "per-step" ? await headSha() : undefined;
    const reports = await writeTargetCheckRuns(targets, {
      client: options.client,
      repository: options.repository,
      calls: checks.writes,
      nameOf: (run) => checks.targetNameOf(run),
      completionOf: (run) => checks.completionOf(run),
      ...(ownSha ? { ownSha } : {}),
      ...(options.runUrl ? { detailsUrl: options.runUrl } : {}),
      now: () => checks.timestamp(),
      onFailure: (what, error) => warn("checks", what, error),
      warning: say,
    });
    for (const report of reports) {
      const where = report.skipped ? `not written (${report.skipped})` : `on ${report.headSha}${report.url ? `: ${report.url}` : ""}`;
      options.io.info(logText(`flows-action: check run "${report.name}" for ${report.target} ${where}.`));
    }
    return { reports, note: targetsSummary(reports, problems) };
  }

  return {
    onStepStart: (run) => checks?.onStepStart(run),
    onStepEnd: (run) => checks?.onStepEnd(run),
    flush: async () => {
      await checks?.flush();
    },
    async finish(outcome) {
      if (outcome && options.summaryRoom) {
        const room = await options.summaryRoom().catch(() => 0);
        links.summaryListsAll = summaryListsAll(outcome, {
          ...(options.runUrl ? { runUrl: options.runUrl } : {}),
          ...(options.repoRoot ? { baseDir: options.repoRoot } : {}),
          checkRuns: options.checks,
          ...(room !== undefined ? { maxBytes: Math.max(0, room - REPORTER_NOTES_BYTES) } : {}),
        });
      }
      const problems = dedupeProblems([...(options.problems ?? []), ...(outcome ? allProblems(outcome) : [])]);
      const checkRuns = checks ? await checks.finish(outcome, problems) : 0;
      const targets = checks && outcome && !outcome.dryRun ? await writeResultTargets(checks, outcome) : undefined;
      const commentUrls = outcome ? await publishComment(outcome) : [];
      const report: GitHubReport = { checkRuns, commentUrls, warnings, failedWrites };
      if (targets?.reports.length) report.resultTargets = targets.reports;
      if (targets?.note) report.resultTargetsNote = targets.note;
      if (checks && checks.links.length > 0) report.checkRunLinks = checks.links;
      if (commentUrls[0]) report.commentUrl = commentUrls[0];
      const notes = [denied.size > 0 ? fallbackNote(denied, { fork }) : "", failedWritesNote(failedWrites)].filter(Boolean);
      if (notes.length > 0) report.summaryNote = notes.join("\n\n");
      const githubFailed = failedWrites.filter((write) => write.failure.kind !== "internal");
      if (githubFailed.length > 0) options.io.warning(failedWritesWarning(githubFailed));
      if (quieted > 0) {
        options.io.warning(
          `${quieted} more warning${quieted === 1 ? "" : "s"} about writing to GitHub ${quieted === 1 ? "is" : "are"} in the job log, on lines starting "flows-action warning:" (GitHub shows only 10 warning annotations per step, and the flow packages' problems need theirs).`,
        );
      }
      return report;
    },
  };
}

function dedupeProblems(problems: FlowDiagnostic[]): FlowDiagnostic[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The stack of an error of our own (Octokit wraps one that fetch threw as its `cause`). */
function internalStack(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const own = typeof (error as { status?: unknown } | null)?.status === "number" && cause instanceof Error ? cause : error;
  return own instanceof Error ? own.stack : undefined;
}
