import type { FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { sha256Hex } from "../hash.js";
import { redacted } from "../redact-cut.js";
import { wellFormedText } from "../text-cut.js";
import { addTallies, type CommentPart, inertNotes, ordered, partEnd, partNote, type StoredPart } from "./comment-parts.js";
import { codeBlock, inlineCode, inlineText } from "./markdown.js";
import { formatDuration, runMessage, statusLabel } from "./status.js";
import { flatten, runDetailsOpening } from "./summary.js";

// https://docs.github.com/rest/issues/comments#create-an-issue-comment: body is at most 65,536
// characters. We count UTF-16 units, which is never fewer than characters.
export const COMMENT_LIMIT_CHARS = 65_536;
const DETAIL_CHARS = 2_000;
const TRAILER_RESERVE = 1_000;

export type ReportLinks = {
  runUrl?: string;
  summaryUrl?: string;
  /**
   * Whether the job summary lists every step and problem (summaryListsAll, asked with the room
   * it has): only then do notes on what a check run or the comment left out point to it alone.
   */
  summaryListsAll?: boolean;
};

/**
 * The hidden first line that finds our comment again: `<!-- flows-action:<kind>:<key> -->`. A
 * key of lowercase letters, digits, `_`, `.` and `-` (up to 100) stands as it is, as it always
 * has, so comments of earlier versions are still found. Any other key is a readable slug and a
 * short hash of the exact key after a `~` (which no such plain key holds): keys that differ only
 * in case, punctuation or past the 100th character get comments of their own.
 *
 * No `>` or `!` ever reaches the marker, so no key ends the comment early (`-->`, `--!>`); and
 * no `--` does either, which an HTML comment must not hold in XML, HTML 4 and CommonMark's
 * inline HTML (https://spec.commonmark.org/0.29/#html-comment): a plain key with `--` in it
 * takes the hashed form too, and the slugs' runs of `-` are one.
 */
export function commentMarker(kind: string, key = "default"): string {
  return `<!-- flows-action:${markerPart(kind)}:${markerKey(key)} -->`;
}

/**
 * The marker earlier versions gave `kind` and `key`, when it differs from commentMarker's
 * (a `--` in either): a comment of ours that carries it is still ours, and is updated to the
 * new marker. Undefined for every other key.
 */
export function formerCommentMarker(kind: string, key = "default"): string | undefined {
  const former = `<!-- flows-action:${formerPart(kind)}:${PLAIN_KEY.test(key) ? key : `${formerPart(key).slice(0, 60)}~${sha256Hex(key).slice(0, KEY_HASH_HEX)}`} -->`;
  return former === commentMarker(kind, key) ? undefined : former;
}

const PLAIN_KEY = /^[a-z0-9_.-]{1,100}$/;
const KEY_HASH_HEX = 16;

function markerKey(key: string): string {
  if (PLAIN_KEY.test(key) && !key.includes("--")) return key;
  // Hashed only here, for a key that is not plain: the hash loads node:crypto on Node.
  return `${markerPart(key).slice(0, 60)}~${sha256Hex(key).slice(0, KEY_HASH_HEX)}`;
}

/**
 * Whether a comment starts with `marker` on a line of its own and then what every body of ours
 * has had there since the first version: the title (`### Flows: …`) on the next line, or the
 * hidden commit note on the next line and the title on the line after it. Line breaks may be
 * CRLFs, once the comment was edited on GitHub's web page. The note alone is not enough: a
 * template or description whose second line is a copied note, under a first line equal to our
 * marker, is someone else's text.
 * Every workflow of a repository comments as github-actions[bot]: a pull request titled with our
 * marker made the comment of another workflow that starts with the title (`<title> is not a
 * conventional commit title`) ours, overwritten with our results, and ours deleted as a
 * duplicate; and a pull-request template that puts the title alone on the first line of its
 * comment still did, without what we write after the marker.
 */
export function carriesMarker(body: string, marker: string): boolean {
  const text = body.trimStart();
  return text.startsWith(marker) && AFTER_MARKER.test(text.slice(marker.length, marker.length + NOTE_WINDOW));
}

/** What follows the marker in every body of ours: a line break, then the title, or the commit note on a line of its own and then the title. */
const AFTER_MARKER = /^[ \t]*\r?\n[ \t]*(?:<!-- flows-action commit=(?:[0-9a-f]{40}|[0-9a-f]{64}) -->[ \t]*\r?\n[ \t]*)?### Flows: /i;

/**
 * The hidden line after the marker that says which commit the comment reports, so a job for a
 * commit that is no longer the pull request's head can tell it would overwrite newer results.
 */
export function commitNote(sha: string): string | undefined {
  return COMMIT_SHA.test(sha) ? `<!-- flows-action commit=${sha.toLowerCase()} -->` : undefined;
}

const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
// Only the note right after the marker counts, and only this much of a body is looked at: a
// comment of ours may have been edited by anyone with write access, so it is read like any input.
const NOTE_AT = /^[ \t]*\r?\n?[ \t]*<!-- flows-action commit=([0-9a-f]{40}|[0-9a-f]{64}) -->/i;
const NOTE_WINDOW = 200;

/** The commit a comment body (starting with `marker`) says it reports; undefined when it says none. */
export function reportedCommit(body: string, marker: string): string | undefined {
  const text = body.trimStart();
  if (!text.startsWith(marker)) return undefined;
  return NOTE_AT.exec(text.slice(marker.length, marker.length + NOTE_WINDOW))?.[1]?.toLowerCase();
}

function markerPart(text: string): string {
  return formerPart(text).replace(/-{2,}/g, "-");
}

function formerPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").slice(0, 100) || "event";
}

export type Tally = { passed: number; failed: number; attention: number; skipped: number; pending: number };

export function tally(runs: readonly FlowRunView[]): Tally {
  const counts: Tally = { passed: 0, failed: 0, attention: 0, skipped: 0, pending: 0 };
  for (const run of runs) {
    if (run.timedOut || run.effectiveStatus === "failed" || run.effectiveStatus === "canceled") counts.failed++;
    else if (run.needsAttention) counts.attention++;
    else if (run.effectiveStatus === "completed" || run.effectiveStatus === "changed") counts.passed++;
    else if (run.effectiveStatus === "skipped") counts.skipped++;
    else counts.pending++;
  }
  return counts;
}

/** `❌ 1 failed · ✋ 1 needs attention · ✅ 2 passed`, or a sentence when nothing ran. */
export function headline(runs: readonly FlowRunView[]): string {
  return tallyHeadline(tally(runs));
}

export function tallyHeadline(t: Tally): string {
  if (t.failed + t.attention + t.passed + t.skipped + t.pending === 0) return "No flow step matched";
  const parts = [
    t.failed ? `❌ ${t.failed} failed` : "",
    t.attention ? `✋ ${t.attention} need${t.attention === 1 ? "s" : ""} attention` : "",
    t.passed ? `✅ ${t.passed} passed` : "",
    t.skipped ? `⏭️ ${t.skipped} skipped` : "",
    t.pending ? `⏳ ${t.pending} not finished` : "",
  ];
  return parts.filter(Boolean).join(" · ");
}

export function needsLook(run: FlowRunView): boolean {
  const t = tally([run]);
  return t.failed + t.attention + t.pending > 0;
}

/**
 * A markdown table of runs (like the job summary's), adding rows while `fits` allows.
 * Returns the lines and how many runs they show.
 */
export function runTable(
  runs: readonly FlowRunView[],
  fits: (text: string) => boolean,
): { text: string; shown: number; hiddenNeedingLook: number } {
  const head = ["| Flow | Step | Status | Message | Duration |", "| --- | --- | --- | --- | --- |"];
  // The rows of the steps that need a look are chosen first, so that a long table cut at the
  // end keeps the failures; they are shown in the runs' order.
  const urgent = runs.map((run) => needsLook(run));
  const order = [...runs.keys()].sort((a, b) => Number(urgent[b]) - Number(urgent[a]) || a - b);
  const rows = new Map<number, string>();
  let check = head.join("\n");
  for (const index of order) {
    const run = runs[index] as FlowRunView;
    const row = `| ${inlineText(run.flowName, 80)} | ${inlineText(run.stepName, 80)} | ${statusLabel(run)} | ${inlineText(runMessage(run))} | ${formatDuration(run.durationMs)} |`;
    // `fits` is given a text as long as the table with this row (its length is what it measures).
    const candidate = `${check}\n${row}`;
    if (!fits(candidate)) break;
    check = candidate;
    rows.set(index, row);
  }
  const lines = [...head, ...[...rows.keys()].sort((a, b) => a - b).map((index) => rows.get(index) as string)];
  const hiddenNeedingLook = urgent.filter((need, index) => need && !rows.has(index)).length;
  return { text: lines.join("\n"), shown: rows.size, hiddenNeedingLook };
}

/**
 * A run's message and error in a collapsed block, cut to `maxChars` of content. Redacted before
 * the cut: a cut through a secret leaves a part that codeBlock's redaction no longer matches.
 */
export function runDetails(run: FlowRunView, maxChars = DETAIL_CHARS): string {
  // A run with no result message takes its error's first line for one (runMessage): the error
  // alone says it, instead of that line twice.
  const message = run.error && run.error.split("\n")[0] === runMessage(run) ? "" : runMessage(run);
  const body = redacted([message, run.error && run.error !== message ? run.error : ""].filter(Boolean).join("\n\n"));
  const { text: kept, cut: cutChars } = body.chars(maxChars);
  const cut = cutChars > 0 ? `${kept}\n… ${cutChars} more characters` : body.text;
  return [
    runDetailsOpening(run),
    "",
    cut ? codeBlock(cut) : "No message.",
    "",
    "</details>",
  ].join("\n");
}

export function linkLine(links: ReportLinks, extra: string[] = []): string {
  const parts = [
    safeUrl(links.runUrl) ? `[Workflow run](${links.runUrl})` : "",
    safeUrl(links.summaryUrl) ? `[Job summary](${links.summaryUrl})` : "",
    ...extra,
  ].filter(Boolean);
  return parts.join(" · ");
}

export function summaryLink(links: ReportLinks): string {
  const url = safeUrl(links.summaryUrl) ? links.summaryUrl : safeUrl(links.runUrl) ? links.runUrl : undefined;
  return url ? `the [job summary](${url})` : "the job summary of the workflow run";
}

/** Where every step's status and output are, whatever the job summary had room for. */
export const STEP_LOGS = "the job log (for a step run in its own job, that job's log and runs file)";

/**
 * Where the steps and problems a check run or the comment left out are: the job summary when it
 * lists them all (links.summaryListsAll), else what it lists and the logs, which have each step.
 */
export function restPlace(links: ReportLinks): string {
  if (links.summaryListsAll === true) return `${summaryLink(links)} lists every step and problem`;
  return `${summaryLink(links)} lists the steps that need a look first, as far as its 1 MiB goes, and counts the rest; each step's status and output are in ${STEP_LOGS}`;
}

export function safeUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s()<>]+$/.test(url);
}

export type CommentOptions = {
  outcome: DispatchOutcome;
  marker: string;
  links: ReportLinks;
  headSha?: string;
  /** Said under the title, e.g. that the results came from an untrusted job. */
  note?: string;
  limit?: number;
  /**
   * Which reporter this is, when several can share the comment (see comment-parts.ts): the
   * results then go in a part of their own, beside `others`.
   */
  part?: CommentPart;
  /** The parts other reporters of this run wrote, kept beside ours (partsToKeep). */
  others?: readonly StoredPart[];
};

/**
 * The sticky comment: marker, headline, one table per event, details of what needs a look. With
 * a `part`, the headline adds up every part's, and the results sit between the part's notes.
 *
 * Well-formed: GitHub stores the body in UTF-8, so a lone surrogate (half an emoji from a step's
 * text) comes back as U+FFFD, and a body holding one never equalled GitHub's copy: the comment
 * was written again on every run. U+FFFD is one UTF-16 unit too, so the length is the same.
 */
export function renderComment(options: CommentOptions): string {
  return wellFormedText(renderCommentText(options));
}

function renderCommentText(options: CommentOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT_CHARS;
  const runs = flatten(options.outcome).flatMap((each) => each.runs);
  const note = options.headSha ? commitNote(options.headSha) : undefined;
  const ours = tally(runs);
  const title = (t: Tally): string => [options.marker, ...(note ? [note] : []), `### Flows: ${tallyHeadline(t)}`].join("\n");
  if (!options.part) {
    const head = title(ours);
    return [head, resultsText(options, limit - head.length - 2)].join("\n\n");
  }
  const part = options.part;
  const others = options.others ?? [];
  const head = title(addTallies([ours, ...others.map((each) => each.tally)]));
  const opening = partNote(part, options.headSha, ours);
  const closing = partEnd(part);
  // Each part has at least its share of the room; a longer part of another's is cut to a line.
  const frame = head.length + 2 + opening.length + closing.length + 2;
  const share = Math.floor((limit - frame) / (others.length + 1)) - 200;
  // Made inert again: a part written before inertNotes may show notes in its code blocks.
  const kept = others.map((other) => {
    const text = other.text.length <= share ? inertNotes(other.text) : shortPart(other);
    return [partNote(other, other.commit, other.tally), text, partEnd(other)].join("\n");
  });
  const room = limit - frame - kept.reduce((sum, each) => sum + each.length + 2, 0);
  const mine = [opening, resultsText(options, room), closing].join("\n");
  const sections = ordered([{ ...part, text: mine }, ...others.map((other, index) => ({ ...other, text: kept[index] ?? "" }))]);
  return [head, ...sections.map((each) => each.text)].join("\n\n");
}

/** Another reporter's part cut to its headline and its links (its footer), to make room. */
function shortPart(part: StoredPart): string {
  const footer = part.text.split("\n").findLast((line) => /^<sub>.*<\/sub>$/.test(line) && line.length <= 2_000);
  return [
    `**${tallyHeadline(part.tally)}** · the rest of these results was left out to stay under GitHub's 65,536-character comment limit; that job's summary (linked below) lists the steps that need a look first, and its log has each step.`,
    ...(footer ? ["", footer] : []),
  ].join("\n");
}

/**
 * The results under the title, in at most `room` characters: note, tables, details, footer. No
 * line of them opens or closes a part (inertNotes), with parts or without: a comment written
 * whole (the fork handover's publisher, a job without GITHUB_RUN_ID) is read for parts by the
 * next job that shares it, and a step's message printing a part's notes there would have had
 * its tally added to the headline and its lines, out of their code block, shown as markdown.
 */
function resultsText(options: CommentOptions, room: number): string {
  return inertNotes(rawResultsText(options, room));
}

function rawResultsText(options: CommentOptions, room: number): string {
  const events = flatten(options.outcome);
  const allRuns = events.flatMap((each) => each.runs);
  const footer = `<sub>${linkLine(options.links, [
    options.headSha ? `commit ${inlineCode(options.headSha.slice(0, 12))}` : "",
    "flows-action edits this comment on every run",
  ])}</sub>`;
  const budget = room - footer.length - TRAILER_RESERVE;
  let used = 0;
  const fits = (text: string): boolean => used + text.length + 2 <= budget;
  const sections: string[] = [];
  if (options.note) {
    sections.push(options.note);
    used += options.note.length + 2;
  }
  let hiddenRows = 0;
  let hiddenDetails = 0;
  let hiddenNeedingLook = 0;
  for (const each of events) {
    const intro = `${inlineCode(each.event.type)} · event ${inlineCode(each.eventId)}${each.dryRun ? " · dry run: nothing was run" : ""}${each.status === "duplicate" ? " · already handled" : ""}`;
    const body =
      each.runs.length === 0
        ? "No flow step matched this event."
        : runTable(each.runs, (table) => fits(`${intro}\n\n${table}`));
    const text = typeof body === "string" ? body : body.text;
    if (typeof body !== "string") {
      hiddenRows += each.runs.length - body.shown;
      hiddenNeedingLook += body.hiddenNeedingLook;
    }
    const section = `${intro}\n\n${text}`;
    if (!fits(section)) {
      hiddenRows += typeof body === "string" ? 0 : body.shown;
      hiddenNeedingLook += each.runs.filter(needsLook).length - (typeof body === "string" ? 0 : body.hiddenNeedingLook);
      continue;
    }
    sections.push(section);
    used += section.length + 2;
  }
  for (const run of allRuns.filter(needsLook)) {
    const details = runDetails(run);
    if (!fits(details)) {
      hiddenDetails++;
      continue;
    }
    sections.push(details);
    used += details.length + 2;
  }
  if (hiddenRows + hiddenDetails > 0) {
    const what = [hiddenRows ? `${hiddenRows} step${hiddenRows === 1 ? "" : "s"}` : "", hiddenDetails ? `${hiddenDetails} detail block${hiddenDetails === 1 ? "" : "s"}` : ""];
    const needing = hiddenNeedingLook > 0 ? ` (${hiddenNeedingLook} of those steps need a look)` : "";
    sections.push(
      `> [!NOTE]\n> ${what.filter(Boolean).join(" and ")} left out to stay under GitHub's 65,536-character comment limit${needing}; ${restPlace(options.links)}.`,
    );
  }
  return [...sections, footer].join("\n\n");
}
