import { type EffectiveStatus, type FlowDiagnostic, type FlowRunView, isRunningElsewhere } from "../contracts.js";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { unreportedStoreProblems } from "../engine/dispatch-problems.js";
import type { StateStore } from "../state/types.js";
import { logText } from "../log-text.js";
import { redacted } from "../redact-cut.js";
import { placeOf, type ProblemPlace, problemsPlace } from "../report/problem-places.js";
import { allProblems, flatten, renderProblems, summaryLayout } from "../report/summary.js";
import { relativeInMessage } from "../flows/diagnostics.js";
import { ANNOTATIONS_PER_KIND, placePrefix } from "./annotation-budget.js";
import type { RunnerEnvironment } from "./context.js";
import type { ActionIO } from "./io.js";
import type { ChecksMode } from "../report/modes.js";
import { writeOutputs } from "./outputs.js";


export type PublishOptions = {
  io: ActionIO;
  runner: RunnerEnvironment;
  failOn: Set<EffectiveStatus>;
  /** The flow backend that ran the steps (HTTP mode), as it may be shown. */
  backend?: string;
  /** The check runs this job writes for the steps, which the summary points to: default none. */
  checkRuns?: ChecksMode;
};

/** What every mode ends with: annotations, the job summary, outputs, and fail-on. */
export async function publishOutcome(outcome: DispatchOutcome, options: PublishOptions): Promise<void> {
  const { io, runner } = options;
  const repoRoot = runner.workspace;
  logAlreadyHandled(io, outcome);
  // Sized to what the summary has left (the flow steps' own text, the notes before it): cut to
  // fit afterwards, the results lost their end, the chained events' tables and the problems.
  const room = await io.summaryRoom?.();
  const summary = summaryLayout(outcome, {
    runUrl: runner.runUrl,
    baseDir: repoRoot,
    ...(options.backend ? { backend: options.backend } : {}),
    ...(options.checkRuns ? { checkRuns: options.checkRuns } : {}),
    ...(room !== undefined ? { maxBytes: room } : {}),
  });
  // The note on the problems not annotated says the summary lists them only when it does.
  annotateProblems(io, allProblems(outcome), repoRoot, { inSummary: !summary.problemsCut });
  await io.appendSummary(summary.markdown, "the flow results");
  await writeOutputs(io, outcome);
  const failing = failingRuns(outcome, options.failOn);
  if (failing.length > 0) {
    io.setFailed(`${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${runNames(failing)}`);
  } else if (options.failOn.size > 0) {
    // `fail-on: none` keeps every job green; otherwise an error fails the job, whatever it is about.
    const message = problemErrorsMessage(allProblems(outcome).filter((problem) => problem.severity === "error"));
    if (message) io.setFailed(message);
  }
}

/**
 * Why the job fails when no step's status does: each place with errors, in one sentence each.
 * - A flow package that cannot be loaded: its steps were never considered, so a green job would
 *   hide that the event they were written for went unhandled.
 * - A runs file the report job cannot read: a run-step job's results are lost, and its steps are
 *   reported as canceled, which the default fail-on lets pass, so a step that failed in its own
 *   job would pass unseen here. (No runs-dir at all is only a warning: then the run-step jobs
 *   handed over nothing, and each of them failed or was cancelled in plain sight.)
 */
function problemErrorsMessage(errors: readonly FlowDiagnostic[]): string | undefined {
  const count = (place: ProblemPlace): number => errors.filter((problem) => placeOf(problem) === place).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const sentences: string[] = [];
  const packages = count("flow packages");
  if (packages > 0) {
    sentences.push(
      `${plural(packages, "error")} in flow packages: the steps of a package that cannot be loaded were not considered ` +
        "for this event. The annotations and the job summary say where; `flows validate` checks packages before a push.",
    );
  }
  const results = count("the run-step jobs' results");
  if (results > 0) {
    const one = results === 1;
    sentences.push(
      `${plural(results, "runs file")} handed over by the run-step jobs could not be read: the results in ${one ? "it" : "them"} are lost, ` +
        `and their steps are reported as canceled. The annotations and the job summary name the file${one ? "" : "s"}; see the run-step jobs' logs.`,
    );
  }
  const others = errors.filter((problem) => placeOf(problem) !== "flow packages" && placeOf(problem) !== "the run-step jobs' results");
  if (others.length > 0) sentences.push(`${plural(others.length, "error")} ${problemsPlace(others)}; the annotations and the job summary say which.`);
  return sentences.length > 0 ? sentences.join(" ") : undefined;
}

export function failingRuns(outcome: DispatchOutcome, failOn: Set<EffectiveStatus>): FlowRunView[] {
  return flatten(outcome)
    .flatMap((each) => each.runs)
    .filter((run) => failOn.has(run.effectiveStatus));
}

/** Runs named in one failure or log line; the job summary lists the others, as far as its 1 MiB goes. */
const NAMED_RUNS = 20;
/** Characters of a flow or step name in one: a flow backend's run may be named with any text, megabytes of it. */
const NAME_CHARS = 80;

/** `flow/step (status)` of each run, at most NAMED_RUNS of them, each name redacted, then cut. */
function runNames(runs: FlowRunView[]): string {
  const name = (text: string): string => redacted(text).clip(NAME_CHARS, "…");
  const shown = runs.slice(0, NAMED_RUNS).map((run) => `${name(run.flowName)}/${name(run.stepName)} (${run.effectiveStatus})`);
  const more = runs.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more (the job summary lists them as far as its 1 MiB goes, and counts those it leaves out)` : ""}`;
}

/** Says in the log, not only in the summary, which steps ran before and so did not run now. */
function logAlreadyHandled(io: ActionIO, outcome: DispatchOutcome): void {
  for (const each of flatten(outcome)) {
    const handled = each.runs.filter((run) => run.alreadyHandled);
    if (handled.length === 0) continue;
    const all = handled.length === each.runs.length;
    const before = handled.filter((run) => !isRunningElsewhere(run));
    const elsewhere = handled.filter(isRunningElsewhere);
    const sentences = [
      before.length > 0 ? `${runNames(before)} ${before.length === 1 ? "was" : "were"} handled before and not run again.` : "",
      elsewhere.length > 0 ? `${runNames(elsewhere)} ${elsewhere.length === 1 ? "is" : "are"} running in another dispatch, which records how ${elsewhere.length === 1 ? "it ends" : "they end"}; not started beside ${elsewhere.length === 1 ? "it" : "them"}.` : "",
      // A user who expected it to run wants to know how: the replay input (`--input replay=<id>` in `flows github`).
      before.length > 0 ? `The replay input set to ${each.eventId} runs ${before.length === 1 ? "it" : "them"} again.` : "",
    ].filter(Boolean);
    io.info(logText(`Event ${each.eventId} was already handled${all ? ", nothing ran" : ""}: ${sentences.join(" ")}`));
  }
}

/** What annotating problems takes of the action's IO. */
type ProblemIO = Pick<ActionIO, "error" | "warning" | "annotationsLeft"> & Partial<Pick<ActionIO, "info">>;

/** The start of the log line of each problem not shown as an annotation. */
export const PROBLEM_LOG_PREFIX = "flows-action problem:";

/**
 * The most problems given a log line each: a repository of many broken packages (each
 * flow.toml lists up to 5,000) would otherwise fill the log with millions; the rest are counted,
 * and `flows validate` lists every one.
 */
export const PROBLEM_LOG_LINES = 10_000;

/**
 * Problems the state store met after the last dispatch reported its own, in the job's last flush
 * (a state branch that lost the commits this job saw): annotated, and added to the job summary
 * below the results. A dispatch reports those it met itself (src/engine/dispatch-problems.ts).
 */
export async function publishStoreProblems(io: ProblemIO & Pick<ActionIO, "appendSummary" | "summaryRoom">, store: StateStore, repoRoot: string): Promise<void> {
  const { problems } = unreportedStoreProblems(store);
  if (problems.length === 0) return;
  const table = `\n${renderProblems(problems, { baseDir: repoRoot })}\n`;
  const room = await io.summaryRoom?.();
  annotateProblems(io, problems, repoRoot, { inSummary: room === undefined || Buffer.byteLength(table, "utf8") <= room });
  await io.appendSummary(table, "the state store's problems");
}

/**
 * One annotation per problem, at its file and line, as far as the step's annotations go (GitHub
 * shows 10 of each kind per step, and the reporter's warnings and the failure take theirs);
 * then one warning saying how many were left out. Each of those is a line of the job log, so the
 * warning can point to where they all are: the job summary too only when `inSummary` (it lists
 * them all; its problems' table is cut past its share of the 1 MiB).
 */
export function annotateProblems(io: ProblemIO, problems: FlowDiagnostic[], repoRoot: string, { inSummary = true }: { inSummary?: boolean } = {}): void {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const shown = {
    error: Math.min(errors, io.annotationsLeft?.("error") ?? ANNOTATIONS_PER_KIND),
    warning: Math.min(warnings, io.annotationsLeft?.("warning") ?? ANNOTATIONS_PER_KIND),
  };
  // The note about the rest is a warning too: it takes the last warning shown, if need be.
  const room = io.annotationsLeft?.("warning") ?? ANNOTATIONS_PER_KIND;
  if (shown.error + shown.warning < problems.length && shown.warning >= room) shown.warning = Math.max(0, room - 1);
  const counts = { error: 0, warning: 0 };
  let logged = 0;
  for (const problem of problems) {
    counts[problem.severity] += 1;
    const annotated = counts[problem.severity] <= shown[problem.severity];
    if (!annotated && logged >= PROBLEM_LOG_LINES) continue;
    const file = workspacePath(problem.file, repoRoot);
    // A file outside the workspace cannot be annotated: its path goes into the message instead.
    // Paths in the message are relative to the workspace, as the annotation's file is.
    const text = relativeInMessage(problem.message, resolve(repoRoot));
    const message = file === undefined && problem.file !== repoRoot ? `${problem.file}: ${text}` : text;
    if (!annotated) {
      logged++;
      io.info?.(logText(`${PROBLEM_LOG_PREFIX} ${problem.severity}: ${placePrefix(file === undefined ? undefined : { file, startLine: problem.line, startColumn: problem.column })}${message}`));
      continue;
    }
    const properties = {
      title: "flows-action",
      ...(file === undefined ? {} : { file, startLine: problem.line, startColumn: problem.column }),
    };
    if (problem.severity === "error") io.error(message, properties);
    else io.warning(message, properties);
  }
  const hidden = problems.length - shown.error - shown.warning;
  const unlogged = hidden - logged;
  if (io.info && unlogged > 0) io.info(`${PROBLEM_LOG_PREFIX} ${unlogged} more not listed here (the first ${PROBLEM_LOG_LINES} are above); \`flows validate\` lists every one.`);
  if (hidden > 0) {
    const summary = `the job summary lists the first of the ${problems.length}: all of them pass its share of GitHub's 1 MiB`;
    const inLog =
      unlogged > 0
        ? `the first ${PROBLEM_LOG_LINES} of them are in the job log, on lines starting "${PROBLEM_LOG_PREFIX}", and \`flows validate\` lists every one`
        : `each is in the job log, on a line starting "${PROBLEM_LOG_PREFIX}"`;
    const where = inSummary ? `the job summary lists all ${problems.length}.` : io.info ? `${inLog} (${summary}).` : `${summary}.`;
    io.warning(`${hidden} more problem${hidden === 1 ? "" : "s"} ${problemsPlace(problems)} ${hidden === 1 ? "is" : "are"} not shown as annotations; ${where}`);
  }
}

/**
 * A problem's file as an annotation names it: relative to the workspace, with `/` separators.
 * Undefined for the workspace itself and for files outside it, which GitHub cannot show.
 */
export function workspacePath(file: string, workspace: string): string | undefined {
  const path = relative(resolve(workspace), resolve(workspace, file));
  if (path === "" || path === ".." || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return path.split(sep).join("/");
}
