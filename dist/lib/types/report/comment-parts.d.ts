import type { Tally } from "./comment-body.js";
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
export declare function newCommentPart(step: {
    job?: string;
    step?: string;
    workflow?: string;
    runId: string;
    runAttempt: string;
}): CommentPart;
/** A part as read back from a comment. */
export type StoredPart = CommentPart & {
    /** The commit the part reports (lower case), when it says. */
    commit?: string;
    tally: Tally;
    /** The part's markdown, between its notes. */
    text: string;
};
/** A comment holds at most this many parts; the rest of a (hand-edited) comment is not read. */
export declare const MAX_PARTS = 20;
/** The normalised source of a part: lower case, `[a-z0-9_.-]`, at most 100 characters. */
export declare function partSource(text: string): string;
export declare function partRun(text: string): string;
/** The hidden line that opens a part. */
export declare function partNote(part: CommentPart, commit: string | undefined, tally: Tally): string;
export declare function partEnd(part: Pick<CommentPart, "nonce">): string;
/**
 * Text inside a part cannot open or close one: a step's output shown in a code block could hold
 * a line that looks like our notes. A non-breaking hyphen looks the same to a reader.
 */
export declare function inertNotes(text: string): string;
/**
 * The parts of a comment body, in order; a part without its end note is not one. Only notes
 * outside code blocks count, as every note of ours is: a comment written before inertNotes
 * (or one written whole) may show a step's output in a fenced code block holding lines that
 * look like our notes, and GitHub shows them there as code, not as the notes they forge. An
 * indented code block's lines start with spaces or a tab, so no note matches them.
 */
export declare function readParts(body: string): StoredPart[];
/**
 * The parts of an existing comment that stay beside ours: those of the other reporters of this
 * workflow run (a re-run's attempt counts as the run for the jobs it did not re-run) that report
 * the same commit. Dropped: our own earlier part, an earlier run's part of the same step (it
 * writes its own again), and every part about another commit (each step of the new commit's
 * run adds its own).
 */
export declare function partsToKeep(existing: readonly StoredPart[], ours: CommentPart, commit: string | undefined): StoredPart[];
/** Whether the body holds our part (another job's write may have replaced it). */
export declare function holdsPart(body: string, part: Pick<CommentPart, "nonce">): boolean;
/** The tallies of several parts, added up. */
export declare function addTallies(tallies: readonly Tally[]): Tally;
/** Parts in a stable order (by source, then nonce), whichever job wrote last. */
export declare function ordered<T extends CommentPart>(parts: readonly T[]): T[];
