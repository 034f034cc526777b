import type { FlowDiagnostic, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { checkArgument, isRecord } from "../library-arguments.js";
import { relativeInMessage } from "../flows/diagnostics.js";
import { redacted } from "../redact-cut.js";
import { renderExplain } from "./explain.js";
import { codeBlock, cutMarkdownToBytes, cutToBytes, htmlText, inlineCode, inlineText } from "./markdown.js";
import type { ChecksMode } from "./modes.js";
import { packageCheckProblems, problemsPlace } from "./problem-places.js";
import { shownRunResult } from "./result-json.js";
import { formatDuration, runMessage, statusLabel } from "./status.js";
import { errorBesideOutput, readableStepText } from "./step-text.js";

// GitHub rejects a job summary over 1 MiB per step:
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SUMMARY_BUDGET_BYTES = JOB_SUMMARY_LIMIT_BYTES - 24 * 1024;
const RESULT_DETAIL_BYTES = 8 * 1024;
const OUTPUT_DETAIL_BYTES = 16 * 1024;

export type SummaryOptions = {
  /** Link to the workflow run, shown when something had to be cut. */
  runUrl?: string;
  /** Base folder for relative paths in problems. */
  baseDir?: string;
  /** The flow backend that matched the event (HTTP mode), instead of this repository's packages. */
  backend?: string;
  /**
   * Bytes the summary may take, when less than its own budget: what the job summary has left
   * after the sections and the flow steps' text before it. Steps' details are left out first.
   */
  maxBytes?: number;
  /**
   * The check runs this job writes for the steps (the `checks` input, when it has a token to
   * write them with): the note on the rows left out points to them. Default "off": the note
   * points only to the job log and the run-step jobs' logs and runs files.
   */
  checkRuns?: ChecksMode;
};

/** For callers from JavaScript: a DispatchOutcome as dispatch returned it, and options if any. */
export function checkRenderArguments(functionName: string, outcome: unknown, options: unknown): void {
  const isOutcome = isRecord(outcome) && Array.isArray(outcome.runs) && Array.isArray(outcome.children) && Array.isArray(outcome.problems);
  checkArgument(isOutcome, functionName, "outcome", "a DispatchOutcome (what dispatch returns)", outcome);
  checkArgument(isRecord(options), functionName, "options", "an options object, or left out", options);
}

/** Kept for the note of the last cut, should the events' heads alone pass the room. */
const DETAILS_NOTE_RESERVE_BYTES = 16 * 1024;
/** The share of the room the problems may always take, whatever the rows would. */
const PROBLEMS_SHARE = 0.5;

/** One event of the summary: its runs' table rows and details blocks, "" where left out. */
type EventLayout = { each: DispatchOutcome; rows: string[]; details: string[] };

/**
 * The job summary for one dispatch (and the events its runs chained to). It ends with the
 * problems, whole while they fit in what the tables leave or in half of the room: sized first
 * and cut apart from the rest, they are never what a cut at the end takes. Every event's head (what it is, how many
 * steps ran) comes next; then the table rows, those of steps that need a look first; then the
 * runs' details. What did not fit is counted in a note under its table. Cut at the end instead,
 * 3,000 steps' rows after 256 KiB of the steps' own text lost the chained events' tables and
 * the problems.
 */
export function renderSummary(outcome: DispatchOutcome, options: SummaryOptions = {}): string {
  checkRenderArguments("renderSummary", outcome, options);
  return summaryLayout(outcome, options).markdown;
}

/** The job summary and what it leaves out: the pointers elsewhere say "lists every" only when nothing is. */
export type SummaryLayout = {
  markdown: string;
  /** Steps without a row in their event's table. */
  unlistedSteps: number;
  /** Whether the problems' table was cut. */
  problemsCut: boolean;
  /** Whether the events' part was cut at its end (heads alone past the room). */
  eventsCut: boolean;
};

/**
 * Whether the job summary, given `options.maxBytes` (what it has left), lists every step and
 * every problem. The check runs and the comment are written before the summary: they ask this
 * with the room the summary had then, less what the reporter's own notes may take before it.
 */
export function summaryListsAll(outcome: DispatchOutcome, options: SummaryOptions = {}): boolean {
  const layout = summaryLayout(outcome, options);
  return layout.unlistedSteps === 0 && !layout.problemsCut && !layout.eventsCut;
}

/** renderSummary, and what it left out. */
export function summaryLayout(outcome: DispatchOutcome, options: SummaryOptions = {}): SummaryLayout {
  const budget = Math.max(0, Math.min(SUMMARY_BUDGET_BYTES, options.maxBytes ?? SUMMARY_BUDGET_BYTES));
  const events: EventLayout[] = flatten(outcome).map((each) => ({ each, rows: each.runs.map(() => ""), details: each.runs.map(() => "") }));
  // Heads with every row and details left out, and their notes at their longest.
  const fixed = events.reduce((sum, layout) => sum + byteLength(renderEvent(layout, options, { worstNotes: true })) + 2, 0);
  const order = events.flatMap(({ each }, e) => each.runs.map((run, r) => ({ e, r, run, row: tableRow(run), urgent: needsLook(run) })));
  const urgent = order.filter((at) => at.urgent);
  const others = order.filter((at) => !at.urgent);
  // The problems get what the heads and the rows leave, and at least half the room: 120,000 bad
  // steps in a package still leave the rows of a few steps that ran, and 3,000 steps' rows the
  // problems.
  const rows = order.reduce((sum, { row }) => sum + byteLength(row) + 1, 0);
  const problemsRoom = Math.max(Math.floor(budget * PROBLEMS_SHARE), budget - fixed - rows - DETAILS_NOTE_RESERVE_BYTES);
  const problems = allProblems(outcome);
  let problemsCut = false;
  const problemsPart =
    problems.length > 0
      ? cutProblems(renderProblems(problems, options), problemsRoom, options, () => {
          problemsCut = true;
        })
      : "";
  const eventsBudget = Math.max(0, budget - byteLength(problemsPart) - (problemsPart ? 3 : 0));
  let room = eventsBudget - fixed - DETAILS_NOTE_RESERVE_BYTES;
  const addRows = (runs: typeof order): void => {
    for (const { e, r, row } of runs) {
      const size = byteLength(row) + 1;
      if (size > room) continue;
      room -= size;
      (events[e] as EventLayout).rows[r] = row;
    }
  };
  // Only the blocks that fit are built: built all first, 40 runs of 4 MiB results took 5.7 s for
  // the 30 kept. A block without its result says whether it may fit; the result, laid out whole
  // once (result-json.ts), whether it does. After one block that did not, only those certain to
  // fit are laid out: each try of a result costs a reading of all of it.
  let triedOne = false;
  const addDetails = (runs: typeof order, keep: number): void => {
    for (const { e, r, run } of runs) {
      const layout = events[e] as EventLayout;
      if (layout.rows[r] === "" || layout.details[r] !== "") continue;
      const bare = renderRunDetails(run, false);
      const least = byteLength(bare) + 1;
      const most = least + (run.resultPayload ? RESULT_SECTION_MAX_BYTES : 0);
      if (least > room - keep || (triedOne && most > room - keep)) continue;
      const block = run.resultPayload ? renderRunDetails(run, true) : bare;
      const size = byteLength(block) + 1;
      if (size > room - keep) {
        triedOne = true;
        continue;
      }
      room -= size;
      layout.details[r] = block;
    }
  };
  // The rows of the steps that need a look, then their details (in half of what is left, so that
  // a hundred failures' output tails leave rows for the rest), then the other rows, then the rest.
  addRows(urgent);
  addDetails(urgent, Math.ceil(room / 2));
  addRows(others);
  addDetails([...urgent, ...others], 0);
  const parts: string[] = [];
  for (const layout of events) {
    parts.push(renderEvent(layout, options));
    // Debug runs (RUNNER_DEBUG) ask dispatch for the explanation: why each step matched or not.
    if (layout.each.explanation) parts.push(renderExplain(layout.each.event, layout.each.explanation, { baseDir: options.baseDir }));
  }
  // What the rows and details leave is cut only when the heads alone (thousands of chained
  // events, an explanation) pass the room: then the problems still follow it.
  let eventsCut = false;
  const eventsPart = cutMarkdownToBytes(`${parts.join("\n\n")}\n`, eventsBudget, (cut) => {
    eventsCut = true;
    return (
      `\n> [!NOTE]\n> ${cut} bytes of this summary were cut to stay under GitHub's 1 MiB job summary limit.` +
      (options.runUrl ? ` The full output is in the [run log](${options.runUrl}).` : " The full output is in the run log.")
    );
  });
  const markdown = problemsPart ? `${eventsPart.replace(/\n+$/, "")}\n\n${problemsPart}\n` : eventsPart;
  const unlistedSteps = events.reduce((sum, layout) => sum + layout.rows.filter((row) => row === "").length, 0);
  return { markdown, unlistedSteps, problemsCut, eventsCut };
}

/** The problems' table, cut between rows when it passes `maxBytes`, with a note saying so. */
function cutProblems(markdown: string, maxBytes: number, options: SummaryOptions, onCut: () => void): string {
  return cutMarkdownToBytes(markdown, maxBytes, (cut) => {
    onCut();
    return problemsCutNote(cut, options);
  });
}

function problemsCutNote(cut: number, options: SummaryOptions): string {
  return (
    `\n> [!WARNING]\n> ${cut} bytes of the problems were cut to stay under GitHub's 1 MiB job summary limit; ` +
    `the annotations show the first of them, the ${options.runUrl ? `[job log](${options.runUrl})` : "job log"} has each of them on a line of its own, ` +
    `and \`flows validate\` lists a flow package's problems.`
  );
}

export function flatten(outcome: DispatchOutcome): DispatchOutcome[] {
  return [outcome, ...outcome.children.flatMap(flatten)];
}

export function allProblems(outcome: DispatchOutcome): FlowDiagnostic[] {
  const seen = new Set<string>();
  const problems: FlowDiagnostic[] = [];
  for (const each of flatten(outcome)) {
    for (const problem of each.problems) {
      const key = `${problem.file}:${problem.line}:${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Failed, canceled, timed out, waiting for a person, or not finished: its details matter most. */
function needsLook(run: FlowRunView): boolean {
  return run.timedOut === true || run.needsAttention || !["completed", "changed", "skipped"].includes(run.effectiveStatus);
}

/** A run's row in its event's table. */
function tableRow(run: FlowRunView): string {
  return `| ${inlineText(run.flowName, 80)} | ${inlineText(run.stepName, 80)} | ${statusLabel(run)} | ${inlineText(runMessage(run))} | ${formatDuration(run.durationMs)} | ${run.attempts.length} |`;
}

/**
 * An event's head, table and notes. `rows` and `details`: each run's row and details block, ""
 * where it was left out, which the notes count. `worstNotes`: every row left out, and the notes
 * as long as they can be (the least room the event takes).
 */
function renderEvent(layout: EventLayout, options: SummaryOptions, { worstNotes = false } = {}): string {
  const { each: outcome } = layout;
  const head = [
    `### Flows for ${inlineCode(outcome.event.type)}`,
    "",
    `Event ${inlineCode(outcome.eventId)} · ${stepsRun(outcome)}${alreadyHandledNote(outcome)}`,
  ];
  if (outcome.runs.length === 0) return [...head, "", renderNothingMatched(outcome, options)].join("\n");
  const total = outcome.runs.length;
  const listed = worstNotes ? [] : layout.rows.filter(Boolean);
  const unlisted = total - listed.length;
  const withoutDetails = worstNotes ? total : layout.rows.filter((row, r) => row !== "" && layout.details[r] === "").length;
  const log = options.runUrl ? `[job log](${options.runUrl})` : "job log";
  const table = ["| Flow | Step | Status | Message | Duration | Attempt |", "| --- | --- | --- | --- | --- | --- |", ...listed];
  const rowsNote =
    unlisted > 0
      ? [
          "> [!NOTE]",
          `> ${unlisted} more step${unlisted === 1 ? "" : "s"} of these ${total} ${unlisted === 1 ? "is" : "are"} not listed in this table, to stay under GitHub's 1 MiB job summary limit ` +
            `(steps that need a look are listed first): see ${unlistedPlaces(options, log)}.`,
          "",
        ]
      : [];
  const detailsNote =
    withoutDetails > 0
      ? [
          "> [!NOTE]",
          `> The details of ${withoutDetails} of these ${total} steps (result and output tail) were left out to stay under GitHub's 1 MiB job summary limit ` +
            `(steps that need a look keep theirs first); each step's output is in the ${log}.`,
          "",
        ]
      : [];
  return [...head, "", ...table, "", ...rowsNote, ...layout.details.filter(Boolean), ...detailsNote, ...renderConditionMisses(outcome)].join("\n");
}

/**
 * Where the steps a table leaves out can be seen: only what this job has. Check runs were named
 * whatever `checks` said, and with `checks: off` there are none.
 */
function unlistedPlaces(options: SummaryOptions, log: string): string {
  const elsewhere = `the ${log} (for steps run in their own jobs, those jobs' logs and runs files)`;
  if (options.checkRuns === "per-step") return `their check runs, and ${elsewhere}`;
  if (options.checkRuns === "per-event") return `the event's check run, and ${elsewhere}`;
  return elsewhere;
}

/**
 * `matched` counts the steps this dispatch runs (the ones it would run, in a dry run): not those
 * handled before, which the note after it counts, nor those over the delivery's budget.
 */
function stepsRun(outcome: DispatchOutcome): string {
  const steps = `${outcome.matched} step${outcome.matched === 1 ? "" : "s"}`;
  return outcome.dryRun ? `${steps} would run · dry run: nothing was run` : `${steps} run`;
}

/** A duplicate dispatch has `matched` 0 (the contract); say how many steps ran before. */
function alreadyHandledNote(outcome: DispatchOutcome): string {
  const handled = outcome.runs.filter((run) => run.alreadyHandled).length;
  if (handled === 0) return outcome.status === "duplicate" ? " · already handled: nothing new ran" : "";
  const steps = `already handled: ${handled} step${handled === 1 ? "" : "s"}`;
  return outcome.status === "duplicate" ? ` · ${steps}, nothing new ran` : ` · ${steps}`;
}

/** Steps whose type and schema matched but whose condition was not true, with what it read. */
function renderConditionMisses(outcome: DispatchOutcome): string[] {
  const misses = outcome.mismatches.filter((miss) => miss.reason === "condition");
  if (misses.length === 0) return [];
  const rows = misses.map((miss) => `| ${inlineText(miss.flow.name, 80)} | ${inlineText(miss.step.name, 80)} | ${inlineText(miss.message, 500)} |`);
  return [
    "",
    `<details><summary>Not matched: ${misses.length} step${misses.length === 1 ? "" : "s"} whose condition was not true</summary>`,
    "",
    "| Flow | Step | Why not |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "</details>",
  ];
}

function renderNothingMatched(outcome: DispatchOutcome, options: SummaryOptions): string {
  if (options.backend !== undefined) {
    return `Nothing matched: the flow backend at ${inlineText(options.backend, 200)} started no run for ${inlineCode(outcome.event.type)}.`;
  }
  // Only a flow package's error keeps its steps from being matched (not an unreadable runs file).
  const errors = packageCheckProblems(allProblems(outcome)).filter((problem) => problem.severity === "error").length;
  if (outcome.mismatches.length === 0 && errors > 0) {
    return (
      `Nothing matched among the flow packages that could be loaded: ${errors} error${errors === 1 ? "" : "s"} (below) kept ` +
      `a package's steps from being considered for ${inlineCode(outcome.event.type)}.`
    );
  }
  if (outcome.mismatches.length === 0) {
    return `Nothing matched: no flow step in this repository has a trigger for ${inlineCode(outcome.event.type)} (\`[steps.trigger]\` \`type\` in \`flow.toml\`).`;
  }
  const rows = outcome.mismatches.map(
    (miss) =>
      `| ${inlineText(miss.flow.name, 80)} | ${inlineText(miss.step.name, 80)} | ${miss.step.trigger ? inlineCode(miss.step.trigger.type) : "–"} | ${inlineText(miss.message, 500)} |`,
  );
  return [
    "Nothing matched. Why each step did not run:",
    "",
    "| Flow | Step | Trigger | Why not |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/**
 * A name on one line, at most 200 characters (a flow.toml name's limit): an HTTP flow backend's
 * run views may carry any text, and a blank line would end the <details> HTML block early.
 */
function detailsName(name: string): string {
  return redacted(name)
    .map((clean) => clean.replace(/\s+/g, " ").trim())
    .clip(200);
}

/** The opening of a run's <details> block, in the job summary and the pull request comment alike. */
export function runDetailsOpening(run: FlowRunView): string {
  return `<details><summary>${htmlText(`${detailsName(run.flowName)} / ${detailsName(run.stepName)}`)} — ${statusLabel(run)}</summary>`;
}

/**
 * The most a result adds to a run's details: the heading and the fences, and its 8 KiB cut
 * showing hidden characters (a control character's byte shown as `<U+0001>`, 8 bytes) in a fence
 * longer than its longest backtick run.
 */
const RESULT_SECTION_MAX_BYTES = 10 * RESULT_DETAIL_BYTES + 64;

/** `withResult` false: the block as if the run had no result, the least the block can take. */
function renderRunDetails(run: FlowRunView, withResult = true): string {
  const lines = [runDetailsOpening(run), ""];
  lines.push(`Run ${inlineCode(run.id)}, attempt ${run.attempts.length}.`, "");
  if (run.error) lines.push("**Error**", "", codeBlock(cut(readableStepText(errorBesideOutput(run.error, run.output)), RESULT_DETAIL_BYTES)), "");
  const result = withResult ? shownRunResult(run) : undefined;
  if (result) lines.push("**Result**", "", codeBlock(cut(result.head, RESULT_DETAIL_BYTES, result.restBytes), "json"), "");
  if (run.output) lines.push("**Output (tail)**", "", codeBlock(cutTail(readableStepText(run.output), OUTPUT_DETAIL_BYTES)), "");
  lines.push("</details>");
  return lines.join("\n");
}

/** The job summary's table of problems, under a heading that counts them and says where they are. */
export function renderProblems(problems: FlowDiagnostic[], options: SummaryOptions): string {
  const rows = problems.map((problem) => {
    const where = [relative(problem.file, options.baseDir), problem.line, problem.column].filter((x) => x !== undefined).join(":");
    return `| ${problem.severity === "error" ? "❌ error" : "⚠️ warning"} | ${inlineCode(where)} | ${inlineText(relativeInMessage(problem.message, options.baseDir), 1000)} |`;
  });
  return [`### Problems ${problemsPlace(problems)} (${problems.length})`, "", "| Severity | Where | Problem |", "| --- | --- | --- |", ...rows].join("\n");
}

function relative(file: string, baseDir: string | undefined): string {
  if (!baseDir || !file.startsWith(`${baseDir}/`)) return file;
  return file.slice(baseDir.length + 1);
}

/** `more`: bytes past the end of `text` that were never in it (the rest of a result's JSON), counted as cut. */
function cut(raw: string, maxBytes: number, more = 0): string {
  const note = (n: number) => `… ${n + more} more bytes cut`;
  if (more === 0) return cutToBytes(raw, maxBytes, note);
  // Redacted whole before the cut, as cutToBytes does; the note even when what there is fits.
  const text = redacted(raw);
  const keep = text.head(maxBytes - byteLength(note(text.bytes)) - 16);
  return `${keep.text}\n${note(keep.cut)}`;
}

/** The end of a text; redacted whole first, so the cut cannot leave the end of a secret. */
function cutTail(raw: string, maxBytes: number): string {
  const text = redacted(raw);
  if (text.bytes <= maxBytes) return text.text;
  const tail = text.tail(maxBytes);
  return `… ${tail.cut} bytes cut …\n${tail.text}`;
}
