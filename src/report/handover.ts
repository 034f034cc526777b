// The fork pull request pattern. A pull_request job from a fork gets a read-only
// GITHUB_TOKEN, so it cannot write check runs or comments. It writes what happened to a
// handover file and uploads it as the artifact `flows-report`; a `workflow_run` job of the
// base repository, which has write permissions and never runs the pull request's code,
// downloads it, checks every field, and publishes through the same reporter.
// docs/pull-requests.md shows both workflows.
import type { FlowEvent } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { numberAt, stringAt } from "../events/fields.js";
import { type ArtifactUploader, defaultArtifactUploader, downloadArtifactZip, findRunArtifact, type RunArtifactFinder } from "../github/artifacts.js";
import type { GitHubClient } from "../github/client.js";
import { apiFailure } from "../github/errors.js";
import { explainFailure } from "../github/permissions.js";
import { pullRequest } from "../github/pulls.js";
import type { ChecksMode } from "./checks.js";
import type { CommentMode } from "./comment.js";
import { createGitHubReporter, type GitHubReport, type ReportIO } from "./github-reporter.js";
import { ANNOTATIONS_PER_REQUEST } from "./checks-annotations.js";
import { type Handover, HANDOVER_VERSION, HandoverError, parseHandover } from "./handover-validate.js";
import { HANDOVER_FILE, MAX_HANDOVER_FILE_BYTES } from "./handover-write.js";
import { findZipEntry, ZipReadError } from "../zip-entry.js";
import { describeDuration, TransferTimeoutError, transferTimeoutMs, withinDeadline } from "../deadline.js";
import { UserError } from "../user-error.js";
import { allProblems, flatten } from "./summary.js";

/** Days a fork's handover artifact is kept: the publishing `workflow_run` starts when the fork's run ends. */
export const HANDOVER_RETENTION_DAYS = 7;

export { type Handover, HANDOVER_VERSION, HandoverError, parseHandover } from "./handover-validate.js";
export { HANDOVER_FILE, MAX_HANDOVER_FILE_BYTES, writeHandover } from "./handover-write.js";

export const HANDOVER_ARTIFACT = "flows-report";
/** Larger archives are not downloaded (larger files are not unpacked: MAX_HANDOVER_FILE_BYTES). */
export const MAX_HANDOVER_ZIP_BYTES = 8 * 1024 * 1024;

export const UNTRUSTED_NOTE =
  "ℹ️ Reported by the pull request's own workflow run, which cannot write here itself: these are the results it handed over, unchanged.";

export { HANDOVER_MODES, type HandoverMode, handoverAction } from "./modes.js";

/** The handover for an outcome; `prNumbers` are checked again by the publisher. */
export function handoverFromOutcome(
  outcome: DispatchOutcome,
  options: { repository: string; headSha: string; prNumbers: readonly number[] },
): Handover {
  return {
    version: HANDOVER_VERSION,
    repository: options.repository,
    event: outcome.event,
    headSha: options.headSha,
    prNumbers: [...options.prNumbers],
    runs: flatten(outcome).flatMap((each) => each.runs),
    problems: allProblems(outcome),
  };
}

/** What uploadHandover needs of @actions/artifact (injectable for tests). */
export type HandoverArtifactClient = ArtifactUploader;

/**
 * Uploads the handover file as the artifact `flows-report` of this workflow run, within the
 * artifact time limit (deadline.ts): a results service that never answers would hold
 * the job for about 16 minutes. Past it the upload is abandoned and the job fails saying so.
 */
export async function uploadHandover(options: {
  file: string;
  rootDirectory: string;
  artifactClient?: HandoverArtifactClient;
  name?: string;
  retentionDays?: number;
  /** Default: transferTimeoutMs (FLOWS_ARTIFACT_TIMEOUT_SECONDS, else 5 minutes). */
  timeoutMs?: number;
}): Promise<{ id?: number; size?: number }> {
  const client = options.artifactClient ?? (await defaultArtifactUploader());
  const name = options.name ?? HANDOVER_ARTIFACT;
  try {
    return await withinDeadline(transferTimeoutMs(options.timeoutMs), () =>
      client.uploadArtifact(name, [options.file], options.rootDirectory, { retentionDays: options.retentionDays ?? HANDOVER_RETENTION_DAYS }),
    );
  } catch (error) {
    if (!(error instanceof TransferTimeoutError)) throw error;
    throw new UserError(
      `The results were not handed over: the upload of the ${name} artifact did not finish within ${describeDuration(error.ms)} (GitHub's artifact service accepted it but did not answer). Re-run the job; nothing was published for this pull request.`,
    );
  }
}

/** The run a workflow_run event is about, from its FlowEvent (trusted: GitHub wrote it). */
export type TriggeringRun = { id: number; headSha: string; event?: string };

export function triggeringRun(event: FlowEvent): TriggeringRun | undefined {
  if (!event.type.startsWith("workflow_run")) return undefined;
  const id = numberAt(event.payload, "id");
  const headSha = stringAt(event.payload, "headSha");
  const kind = stringAt(event.payload, "event");
  return id !== undefined && headSha ? { id, headSha, ...(kind ? { event: kind } : {}) } : undefined;
}

/** The handover file's parsed JSON from a run's artifact; undefined when the run has none. */
export async function downloadHandover(
  client: GitHubClient,
  options: { repository: string; runId: number; name?: string; findArtifact?: RunArtifactFinder },
): Promise<unknown> {
  const name = options.name ?? HANDOVER_ARTIFACT;
  const artifact = options.findArtifact ? await options.findArtifact(name) : await findRunArtifact(client, { repository: options.repository, runId: options.runId, name });
  if (!artifact) return undefined;
  if (artifact.expired) throw new HandoverError(`The ${name} artifact of run ${options.runId} has expired; re-run that workflow to publish its results.`);
  if (artifact.sizeInBytes > MAX_HANDOVER_ZIP_BYTES) {
    throw new HandoverError(`The ${name} artifact is ${artifact.sizeInBytes} bytes; at most ${MAX_HANDOVER_ZIP_BYTES} are downloaded.`);
  }
  const zip = await downloadArtifactZip(client, { repository: options.repository, artifactId: artifact.id });
  if (zip.byteLength > MAX_HANDOVER_ZIP_BYTES) throw new HandoverError(`The ${name} archive is over ${MAX_HANDOVER_ZIP_BYTES} bytes.`);
  let bytes: Uint8Array | undefined;
  try {
    bytes = findZipEntry(zip, HANDOVER_FILE, { maxBytes: MAX_HANDOVER_FILE_BYTES });
  } catch (error) {
    if (error instanceof ZipReadError) throw new HandoverError(`The ${name} artifact is not a usable archive: ${error.message}.`);
    throw error;
  }
  if (!bytes) throw new HandoverError(`The ${name} artifact has no ${HANDOVER_FILE}.`);
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8")) as unknown;
  } catch {
    throw new HandoverError(`${HANDOVER_FILE} in the ${name} artifact is not valid JSON.`);
  }
}

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
export const HANDOVER_PER_STEP_RUNS = 3;

/** `missing`: the run uploaded no artifact of that name. */
export type PublishHandoverResult = GitHubReport & { published: boolean; handover?: Handover; missing?: boolean };

/** Downloads, checks and publishes the handover of the run that triggered this workflow_run. */
export async function publishHandover(options: PublishHandoverOptions): Promise<PublishHandoverResult> {
  const { client, repository, workflowRun, io } = options;
  const nothing = (warning?: string): PublishHandoverResult => {
    if (warning) io.warning(warning);
    return { published: false, checkRuns: 0, commentUrls: [], failedWrites: [], warnings: warning ? [warning] : [] };
  };
  let handover: Handover;
  try {
    const raw = await downloadHandover(client, {
      repository,
      runId: workflowRun.id,
      ...(options.artifactName ? { name: options.artifactName } : {}),
      ...(options.findArtifact ? { findArtifact: options.findArtifact } : {}),
    });
    if (raw === undefined) {
      if (!options.quietWhenMissing) io.info(`flows-action: run ${workflowRun.id} uploaded no ${options.artifactName ?? HANDOVER_ARTIFACT} artifact; nothing to publish.`);
      return { ...nothing(), missing: true };
    }
    handover = parseHandover(raw, {
      repository,
      headSha: workflowRun.headSha,
      ...(workflowRun.event ? { eventKind: workflowRun.event } : {}),
    });
  } catch (error) {
    if (error instanceof HandoverError) return nothing(error.message);
    return nothing(explainFailure({ feature: "handover", what: `download the handover of run ${workflowRun.id}`, failure: apiFailure(error) }));
  }
  const pullRequests = await verifiedPullRequests(options, handover);
  const outcome: DispatchOutcome = {
    status: "accepted",
    eventId: handover.event.id,
    runIds: handover.runs.map((run) => run.id),
    // The steps the untrusted job ran, not those it found handled before (as the engine counts).
    matched: handover.runs.filter((run) => !run.alreadyHandled).length,
    event: handover.event,
    runs: handover.runs,
    mismatches: [],
    problems: handover.problems ?? [],
    shadowed: [],
    children: [],
    dryRun: false,
  };
  const reporter = createGitHubReporter({
    client,
    repository,
    event: handover.event,
    headSha: workflowRun.headSha,
    checks: options.checks === "per-step" && handover.runs.length > HANDOVER_PER_STEP_RUNS ? "per-event" : options.checks,
    comment: options.comment,
    io,
    pullRequests,
    note: UNTRUSTED_NOTE,
    ...pick(options, ["runUrl", "summaryUrl", "commentKey", "botLogin"]),
    // One request of annotations: the first 50; the check's summary says how many were cut.
    maxAnnotations: ANNOTATIONS_PER_REQUEST,
    // This job's own token, not the fork's: its permissions are this workflow's.
    fork: "no",
    // The fork's steps may not put check runs on other pull requests or commits.
    resultTargets: false,
  });
  return { ...(await reporter.finish(outcome)), published: true, handover };
}

// The file names pull requests; only those whose head really is this commit (per the API)
// get the comment, so a handover cannot post on somebody else's pull request.
async function verifiedPullRequests(options: PublishHandoverOptions, handover: Handover): Promise<number[]> {
  const verified: number[] = [];
  for (const number of handover.prNumbers) {
    try {
      const pull = await pullRequest(options.client, { repository: options.repository, number });
      if (pull && pull.headSha.toLowerCase() === options.workflowRun.headSha.toLowerCase()) verified.push(number);
      else options.io.info(`flows-action: pull request #${number} named by the handover does not have head ${options.workflowRun.headSha}; not commenting there.`);
    } catch (error) {
      options.io.warning(explainFailure({ feature: "comment", what: `look up pull request #${number}`, failure: apiFailure(error) }));
    }
  }
  return verified;
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}
