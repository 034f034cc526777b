import { type FlowDiagnostic, type FlowRunView, isRunningElsewhere } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { sha256Hex } from "../hash.js";
import type { CheckConclusion, CheckOutput } from "../github/checks.js";
import { headline, linkLine, needsLook, type ReportLinks, restPlace, runDetails, runTable, STEP_LOGS, summaryLink } from "./comment-body.js";
import { inlineCode, inlineText } from "./markdown.js";
import { boundOutput, byteLength, boundedCodeBlock, CHECK_OUTPUT_LIMIT_BYTES, plainText } from "./checks-text.js";
import { redactor } from "../redact.js";
import { redacted } from "../redact-cut.js";
import { formatDuration, runMessage, statusLabel } from "./status.js";
import { problemsPlace } from "./problem-places.js";
import { shownRunResult } from "./result-json.js";
import { flatten } from "./summary.js";
import { errorBesideOutput, readableStepText } from "./step-text.js";

const TITLE_CHARS = 200;
const MESSAGE_CHARS = 1_000;
const ERROR_BYTES = 8 * 1024;
const NOTE_RESERVE = 512;

/** The check conclusion for a finished run; undefined while it is queued or running. */
export function stepConclusion(run: FlowRunView): CheckConclusion | undefined {
  if (run.timedOut) return "timed_out";
  switch (run.effectiveStatus) {
    case "completed":
    case "changed":
      return "success";
    case "skipped":
      return "skipped";
    case "blocked":
    case "needs_intervention":
      return "action_required";
    case "failed":
      return "failure";
    case "canceled":
      return "cancelled";
    default:
      return undefined;
  }
}

// The check suite's rule: the most severe conclusion wins.
// https://docs.github.com/rest/guides/using-the-rest-api-to-interact-with-checks#about-check-suites
const SEVERITY: CheckConclusion[] = ["failure", "timed_out", "cancelled", "action_required", "success", "skipped", "neutral"];

export function eventConclusion(runs: readonly FlowRunView[], problems: readonly FlowDiagnostic[] = []): CheckConclusion {
  // A run still going here was stopped unfinished; one another dispatch is running says nothing yet.
  const conclusions = runs.map((run) => stepConclusion(run) ?? (isRunningElsewhere(run) ? "neutral" : "cancelled"));
  if (problems.some((problem) => problem.severity === "error")) conclusions.push("failure");
  return SEVERITY.find((conclusion) => conclusions.includes(conclusion)) ?? "neutral";
}

/**
 * A step's check run name, `flows: <flow>/<step>`. Our check runs are found by name, so two steps
 * must never share one: where the names had to be cut (100 characters each) or changed to be
 * shown safely, or a `/` in either leaves the split unclear, a short hash of the names as they
 * are keeps them apart (else one step's results would land on the other's check run).
 */
export function checkName(run: Pick<FlowRunView, "flowName" | "stepName">): string {
  const shown = `flows: ${plainText(run.flowName, 100)}/${plainText(run.stepName, 100)}`;
  const plain = shown === `flows: ${run.flowName}/${run.stepName}`;
  if (plain && !run.flowName.includes("/") && !run.stepName.includes("/")) return shown;
  // The hash is of the names redacted: of the names themselves, it would tell a low-entropy
  // secret in one (a PIN in `redact`) to anyone who tries each value. A name without a secret
  // redacts to itself and hashes as it did, so its existing check runs are still found by name.
  return `${shown} #${sha256Hex(`${redactor.redact(run.flowName)}\0${redactor.redact(run.stepName)}`).slice(0, 8)}`;
}

const DEFAULT_TITLES: Record<string, string> = {
  success: "Done",
  skipped: "Skipped",
  action_required: "Needs a person to act",
  failure: "Failed",
  cancelled: "Canceled",
  timed_out: "Timed out",
};

export function stepTitle(run: FlowRunView): string {
  const message = runMessage(run);
  if (message) return plainText(message, TITLE_CHARS);
  const conclusion = stepConclusion(run);
  return conclusion ? (DEFAULT_TITLES[conclusion] ?? conclusion) : "Running";
}

const ATTENTION: Record<string, string> = {
  needs_intervention:
    "This step says **a person has to act** before the flow can go on. Read its message, do what it asks, then re-run the workflow (or dispatch the event again).",
  blocked:
    "This step is **blocked by something outside the repository** (a service, a release, another change). Its message says what; once that is resolved, re-run the workflow.",
};

export type OutputOptions = { links: ReportLinks; note?: string; malformedAnnotations?: number };

/** Title, summary (status, message, error, FLOW_RESULT) and text (output tail) for one step. */
export function stepCheckOutput(run: FlowRunView, options: OutputOptions): CheckOutput {
  const facts = [
    `**${statusLabel(run)}**`,
    `attempt ${run.attempts.length}`,
    formatDuration(run.durationMs),
    `run ${shownId(run.id)}`,
    `event ${shownId(run.eventId)}`,
  ];
  const fixed: string[] = [facts.join(" · ")];
  if (options.note) fixed.push(options.note);
  const explanation = ATTENTION[run.effectiveStatus];
  if (explanation) fixed.push(explanation);
  const message = runMessage(run);
  if (message) fixed.push(`> ${inlineText(message, MESSAGE_CHARS)}`);
  if (options.malformedAnnotations) {
    fixed.push(`${options.malformedAnnotations} annotation${options.malformedAnnotations === 1 ? " was" : "s were"} left out: each needs a relative \`path\` inside the repository and a \`message\`.`);
  }
  let cut = 0;
  if (run.error && run.error !== message) {
    const error = boundedCodeBlock(readableStepText(errorBesideOutput(run.error, run.output)), { maxBytes: ERROR_BYTES, keep: "head" });
    cut += error.cutBytes;
    fixed.push("**Error**", error.block);
  }
  const links = linkLine(options.links);
  const used = byteLength([...fixed, links].join("\n\n")) + NOTE_RESERVE;
  const parts = [...fixed];
  const shown = shownRunResult(run);
  if (shown) {
    const result = boundedCodeBlock(shown.head, {
      maxBytes: CHECK_OUTPUT_LIMIT_BYTES - used - 32,
      keep: "head",
      language: "json",
    });
    cut += result.cutBytes + shown.restBytes;
    if (result.block) parts.push("**FLOW_RESULT**", result.block);
  }
  if (links) parts.push(links);
  if (cut > 0) parts.push(cutNote(cut));
  const output: CheckOutput = { title: stepTitle(run), summary: parts.join("\n\n") };
  const text = outputText(run);
  if (text) output.text = text;
  return output;
}

function outputText(run: FlowRunView): string | undefined {
  if (!run.output) return undefined;
  const tail = boundedCodeBlock(readableStepText(run.output), { maxBytes: CHECK_OUTPUT_LIMIT_BYTES - NOTE_RESERVE - 64, keep: "tail" });
  return ["**Output (tail)**", tail.block, ...(tail.cutBytes > 0 ? [cutNote(tail.cutBytes)] : [])].join("\n\n");
}

// Not the job summary: it keeps less of a step (8 KiB of error and result, 16 KiB of output
// tail) than its check run does, and may have left the step's details out.
function cutNote(bytes: number): string {
  return `> ✂️ ${bytes.toLocaleString("en-US")} bytes were cut to stay under GitHub's 65,535-byte limit for check run output; the step's output, its FLOW_RESULT line with it, is in ${STEP_LOGS}.`;
}

/** One check run for the whole event: every step in a table, details of what needs a look. */
export function eventCheckOutput(outcome: DispatchOutcome, options: OutputOptions & { problems: readonly FlowDiagnostic[] }): CheckOutput {
  const runs = flatten(outcome).flatMap((each) => each.runs);
  const head = [`${inlineCode(outcome.event.type)} · event ${shownId(outcome.eventId)}`];
  if (options.note) head.push(options.note);
  const links = linkLine(options.links);
  const budget = CHECK_OUTPUT_LIMIT_BYTES - byteLength([...head, links].join("\n\n")) - NOTE_RESERVE;
  let used = 0;
  const fits = (text: string): boolean => used + byteLength(text) + 2 <= budget;
  const parts = [...head];
  let hiddenRows = 0;
  let hiddenDetails = 0;
  let hiddenNeedingLook = 0;
  if (runs.length > 0) {
    const table = runTable(runs, fits);
    parts.push(table.text);
    used += byteLength(table.text) + 2;
    hiddenRows += runs.length - table.shown;
    hiddenNeedingLook = table.hiddenNeedingLook;
  }
  for (const run of runs.filter(needsLook)) {
    const details = runDetails(run);
    if (!fits(details)) {
      hiddenDetails++;
      continue;
    }
    parts.push(details);
    used += byteLength(details) + 2;
  }
  if (options.problems.length > 0) {
    const line = `${options.problems.length} problem${options.problems.length === 1 ? "" : "s"} ${problemsPlace(options.problems)}; see the annotations and ${summaryLink(options.links)}.`;
    parts.push(line);
  }
  if (links) parts.push(links);
  if (hiddenRows + hiddenDetails > 0) {
    // As the comment says it: how many steps have no row, and how many of those that need a look no details.
    const what = [
      hiddenRows ? `${hiddenRows} step${hiddenRows === 1 ? "" : "s"}` : "",
      hiddenDetails ? `${hiddenDetails} detail block${hiddenDetails === 1 ? "" : "s"}` : "",
    ];
    const needing = hiddenNeedingLook > 0 ? ` (${hiddenNeedingLook} of those steps need a look)` : "";
    parts.push(`> ✂️ ${what.filter(Boolean).join(" and ")} left out to stay under GitHub's 65,535-byte limit${needing}; ${restPlace(options.links)}.`);
  }
  const title = runs.length === 0 ? "No flow step matched" : plainText(headline(runs), TITLE_CHARS);
  return { title, summary: parts.join("\n\n") };
}

/** Manifest problems, for the `flows: flow packages` check run in per-step mode. */
export function problemsCheckOutput(problems: readonly FlowDiagnostic[], links: ReportLinks): CheckOutput {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const title = [errors ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""]
    .filter(Boolean)
    .join(", ");
  const summary = [
    `Problems found while loading flow packages: ${title}. Annotations point at the lines; ` +
      (links.summaryListsAll === true
        ? `${summaryLink(links)} lists every problem.`
        : `${summaryLink(links)} lists them as far as its 1 MiB goes, and \`flows validate\` lists every one.`),
    linkLine(links),
  ].filter(Boolean);
  return { title: `Flow packages: ${title}`, summary: summary.join("\n\n") };
}

/** For a check run whose step never reported an end (the job stopped or crashed). */
export function unfinishedOutput(links: ReportLinks): CheckOutput {
  return {
    title: "The job ended before this step finished",
    summary: `The job stopped (canceled, crashed or timed out) before this step reported a result, so flows-action closed this check run. ${summaryLink(links)} and the job log may say more.`,
  };
}

/**
 * While the step runs: within GitHub's 65,535 bytes like every other output, whatever the run's
 * id (a flow backend's may be of any length).
 */
export function runningOutput(run: FlowRunView, links: ReportLinks): CheckOutput {
  return boundOutput({
    title: "Running",
    summary: [`Attempt ${run.attempts.length} of run ${shownId(run.id)} started.`, linkLine(links)].filter(Boolean).join("\n\n"),
  });
}

/** A run's or event's id as inline code, its first ID_CHARS characters when it is longer (a flow backend's id comes from outside). */
function shownId(id: string): string {
  const { text, cut } = redacted(id).chars(ID_CHARS);
  return cut > 0 ? `${inlineCode(text)} (${cut.toLocaleString("en-US")} more characters)` : inlineCode(text);
}

const ID_CHARS = 200;
