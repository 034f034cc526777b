import type { StoreProblem } from "./types.js";
/**
 * A store's problems, each added once: the same path and message again is not added. Known
 * ones are kept in a set: searching the list for each new one took minutes for a listing of a
 * branch of 100,000 damaged records (5·10⁹ comparisons).
 */
export declare class ProblemLog {
    #private;
    readonly problems: StoreProblem[];
    report(problem: StoreProblem): void;
}
