import { randomHex, sha256Hex } from "../hash.js";
import type { Tally } from "./comment-body.js";

// Several flows-action steps of one workflow run (two steps of a job, two jobs, two calls of
// the reusable workflow) can report on the same pull request with the same `comment-key`. Each
// writes its results as a part of the one sticky comment, between hidden notes, and keeps the
// parts the others wrote for the same run and commit: the last writer no longer wipes the rest.

/** Which reporter wrote a part of the comment. */
export type CommentPart = {
  /** The same across runs: which workflow step reports (GITHUB_JOB and GITHUB_ACTION, and a short hash of the workflow). */
  source: string;
  /** The workflow run and attempt (`<GITHUB_RUN_ID>.<GITHUB_RUN_ATTEMPT>`). */
  run: string;
  /** This reporter's own: two reporters of one run with the same source tell their parts apart. */
  nonce: string;
};

/**
 * This reporter's part: the source stays the same across runs (workflow, job and step), the
 * nonce is this process's own. The workflow is in it because two workflows on one pull request
 * with the same comment-key share the comment, and both often name their job and step alike
 * (`flows`, `__run`): with job and step alone, each took the other's part for an earlier run
 * of its own step and dropped it, so one workflow's results silently left the comment.
 */
export function newCommentPart(step: { job?: string; step?: string; workflow?: string; runId: string; runAttempt: string }): CommentPart {
  const jobStep = partSource(`${step.job ?? "job"}.${step.step ?? "step"}`);
  return {
    source: step.workflow ? `${jobStep.slice(0, 91)}.${sha256Hex(step.workflow).slice(0, 8)}` : jobStep,
    run: partRun(`${step.runId}.${step.runAttempt}`),
    nonce: randomHex(6),
  };
}

/** A part as read back from a comment. */
export type StoredPart = CommentPart & {
  /** The commit the part reports (lower case), when it says. */
  commit?: string;
  tally: Tally;
  /** The part's markdown, between its notes. */
  text: string;
};

/** A comment holds at most this many parts; the rest of a (hand-edited) comment is not read. */
export const MAX_PARTS = 20;

const PART_NOTE =
  /^<!-- flows-action part source=([a-z0-9_.-]{1,100}) run=([0-9a-z_.-]{1,60}) nonce=([0-9a-f]{8,40}) commit=([0-9a-f]{40}|[0-9a-f]{64}|-) tally=(\d{1,6})\.(\d{1,6})\.(\d{1,6})\.(\d{1,6})\.(\d{1,6}) -->$/;
const PART_END = /^<!-- flows-action part end nonce=([0-9a-f]{8,40}) -->$/;

/** The normalised source of a part: lower case, `[a-z0-9_.-]`, at most 100 characters. */
export function partSource(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").slice(0, 100) || "step";
}

export function partRun(text: string): string {
  return text.toLowerCase().replace(/[^0-9a-z_.-]+/g, "-").slice(0, 60) || "run";
}

/** The hidden line that opens a part. */
export function partNote(part: CommentPart, commit: string | undefined, tally: Tally): string {
  const counts = [tally.failed, tally.attention, tally.passed, tally.skipped, tally.pending].join(".");
  return `<!-- flows-action part source=${part.source} run=${part.run} nonce=${part.nonce} commit=${commit?.toLowerCase() ?? "-"} tally=${counts} -->`;
}

export function partEnd(part: Pick<CommentPart, "nonce">): string {
  return `<!-- flows-action part end nonce=${part.nonce} -->`;
}

/**
 * Text inside a part cannot open or close one: a step's output shown in a code block could hold
 * a line that looks like our notes. A non-breaking hyphen looks the same to a reader.
 */
export function inertNotes(text: string): string {
  return text.replace(/<!--(\s*)flows-action/gi, "<!--$1flows\u2011action");
}

/**
 * The parts of a comment body, in order; a part without its end note is not one. Only notes
 * outside code blocks count, as every note of ours is: a comment written before inertNotes
 * (or one written whole) may show a step's output in a fenced code block holding lines that
 * look like our notes, and GitHub shows them there as code, not as the notes they forge. An
 * indented code block's lines start with spaces or a tab, so no note matches them.
 */
export function readParts(body: string): StoredPart[] {
  const parts: StoredPart[] = [];
  // GitHub's web editor saves a comment with \r\n line breaks: read by \n alone, every note of a
  // comment a person had edited (a box ticked, a word fixed) ended in \r and matched no more, and
  // the next write dropped the other jobs' parts.
  const lines = body.split(/\r?\n/);
  const code = fencedLines(lines);
  const note = (index: number): string => (code[index] ? "" : (lines[index] ?? ""));
  for (let at = 0; at < lines.length && parts.length < MAX_PARTS; at++) {
    const open = PART_NOTE.exec(note(at));
    if (!open) continue;
    const [, source = "", run = "", nonce = "", commit = "-", ...counts] = open;
    const end = lines.findIndex((_, index) => index > at && PART_END.exec(note(index))?.[1] === nonce);
    if (end < 0) continue;
    const [failed, attention, passed, skipped, pending] = counts.map(Number);
    parts.push({
      source,
      run,
      nonce,
      ...(commit !== "-" ? { commit } : {}),
      tally: { failed: failed ?? 0, attention: attention ?? 0, passed: passed ?? 0, skipped: skipped ?? 0, pending: pending ?? 0 },
      text: lines.slice(at + 1, end).join("\n"),
    });
    at = end;
  }
  return parts;
}

/**
 * Which lines belong to a fenced code block (its fences too), by CommonMark's rule
 * (https://spec.commonmark.org/0.31.2/#fenced-code-blocks): a line of at least three backticks
 * or tildes, indented by at most three spaces (a backtick fence's info string holds no
 * backtick), opens one; it runs to a line of the same character, at least as many, and only
 * spaces after them, or to the end of the body. Fences in block quotes and list items are not
 * told apart: none of our notes is in one, and a note after one is outside it.
 */
function fencedLines(lines: readonly string[]): boolean[] {
  const inside: boolean[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      inside.push(true);
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    const opened = open?.[1];
    if (opened !== undefined && !(opened[0] === "`" && open?.[2]?.includes("`"))) {
      fence = opened;
      inside.push(true);
      continue;
    }
    inside.push(false);
  }
  return inside;
}

/**
 * The parts of an existing comment that stay beside ours: those of the other reporters of this
 * workflow run (a re-run's attempt counts as the run for the jobs it did not re-run) that report
 * the same commit. Dropped: our own earlier part, an earlier run's part of the same step (it
 * writes its own again), and every part about another commit (each step of the new commit's
 * run adds its own).
 */
export function partsToKeep(existing: readonly StoredPart[], ours: CommentPart, commit: string | undefined): StoredPart[] {
  const wanted = commit?.toLowerCase();
  return existing.filter((part) => {
    if (part.nonce === ours.nonce) return false;
    if (part.commit !== wanted) return false;
    return part.source !== ours.source || part.run === ours.run;
  });
}

/** Whether the body holds our part (another job's write may have replaced it). */
export function holdsPart(body: string, part: Pick<CommentPart, "nonce">): boolean {
  return readParts(body).some((each) => each.nonce === part.nonce);
}

/** The tallies of several parts, added up. */
export function addTallies(tallies: readonly Tally[]): Tally {
  const sum: Tally = { passed: 0, failed: 0, attention: 0, skipped: 0, pending: 0 };
  for (const tally of tallies) {
    sum.passed += tally.passed;
    sum.failed += tally.failed;
    sum.attention += tally.attention;
    sum.skipped += tally.skipped;
    sum.pending += tally.pending;
  }
  return sum;
}

/** Parts in a stable order (by source, then nonce), whichever job wrote last. */
export function ordered<T extends CommentPart>(parts: readonly T[]): T[] {
  return [...parts].sort((a, b) => (a.source === b.source ? a.nonce.localeCompare(b.nonce) : a.source.localeCompare(b.source)));
}
