import type { StoreProblem, StoreProblemsLeftOut } from "./types.js";
/** How many problems of one kind a store lists one by one; the rest are counted. */
export declare const PROBLEMS_SHOWN_PER_KIND = 20;
/** How many kinds are told apart; problems of any further kind are counted together. */
export declare const PROBLEM_KINDS = 20;
/**
 * A store's problems, each added once: the same path and message again is not added. Known
 * ones are kept in a set: searching the list for each new one took minutes for a listing of a
 * branch of 100,000 damaged records (5·10⁹ comparisons).
 *
 * Only the first PROBLEMS_SHOWN_PER_KIND of each kind are listed in `problems`; the rest are
 * counted (`leftOut`, exact). A listing of 100,000 damaged records printed a line for each (36 MB).
 */
export declare class ProblemLog {
    #private;
    readonly problems: StoreProblem[];
    report(problem: StoreProblem): void;
    /** Every problem met, listed or not. */
    get count(): number;
    /** The kinds of which some problems are not listed, with how many (oldest kind first). */
    get leftOut(): StoreProblemsLeftOut[];
}
/**
 * What makes problems alike: the message with what names one record (its path, quoted text,
 * numbers, ids with a slash or colon) taken out. Two records unreadable the same way are one kind.
 */
export declare function problemKind(problem: StoreProblem): string;
/** "and 99,980 more like it: …", one line for a kind of problems not listed one by one. */
export declare function leftOutLine(leftOut: StoreProblemsLeftOut): string;
/** Every problem a store met, listed or not. */
export declare function storeProblemCount(store: {
    problems: readonly StoreProblem[];
    problemsLeftOut?: readonly StoreProblemsLeftOut[];
}): number;
