import type { FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { type CommentPart, type StoredPart } from "./comment-parts.js";
export declare const COMMENT_LIMIT_CHARS = 65536;
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
export declare function commentMarker(kind: string, key?: string): string;
/**
 * The marker earlier versions gave `kind` and `key`, when it differs from commentMarker's
 * (a `--` in either): a comment of ours that carries it is still ours, and is updated to the
 * new marker. Undefined for every other key.
 */
export declare function formerCommentMarker(kind: string, key?: string): string | undefined;
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
export declare function carriesMarker(body: string, marker: string): boolean;
/**
 * The hidden line after the marker that says which commit the comment reports, so a job for a
 * commit that is no longer the pull request's head can tell it would overwrite newer results.
 */
export declare function commitNote(sha: string): string | undefined;
/** The commit a comment body (starting with `marker`) says it reports; undefined when it says none. */
export declare function reportedCommit(body: string, marker: string): string | undefined;
export type Tally = {
    passed: number;
    failed: number;
    attention: number;
    skipped: number;
    pending: number;
};
export declare function tally(runs: readonly FlowRunView[]): Tally;
/** `❌ 1 failed · ✋ 1 needs attention · ✅ 2 passed`, or a sentence when nothing ran. */
export declare function headline(runs: readonly FlowRunView[]): string;
export declare function tallyHeadline(t: Tally): string;
export declare function needsLook(run: FlowRunView): boolean;
/**
 * A markdown table of runs (like the job summary's), adding rows while `fits` allows.
 * Returns the lines and how many runs they show.
 */
export declare function runTable(runs: readonly FlowRunView[], fits: (text: string) => boolean): {
    text: string;
    shown: number;
    hiddenNeedingLook: number;
};
/**
 * A run's message and error in a collapsed block, cut to `maxChars` of content. Redacted before
 * the cut: a cut through a secret leaves a part that codeBlock's redaction no longer matches.
 */
export declare function runDetails(run: FlowRunView, maxChars?: number): string;
export declare function linkLine(links: ReportLinks, extra?: string[]): string;
export declare function summaryLink(links: ReportLinks): string;
/** Where every step's status and output are, whatever the job summary had room for. */
export declare const STEP_LOGS = "the job log (for a step run in its own job, that job's log and runs file)";
/**
 * Where the steps and problems a check run or the comment left out are: the job summary when it
 * lists them all (links.summaryListsAll), else what it lists and the logs, which have each step.
 */
export declare function restPlace(links: ReportLinks): string;
export declare function safeUrl(url: string | undefined): url is string;
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
export declare function renderComment(options: CommentOptions): string;
