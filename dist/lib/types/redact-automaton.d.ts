import type { SecretFinder } from "./redact-spans.js";
export declare class AutomatonFinder implements SecretFinder {
    #private;
    readonly longest: number;
    matchLength: number;
    constructor(forms: readonly string[]);
    /**
     * The first place at or after `from` where a form starts, and (matchLength) the longest form
     * that starts there; -1 if none does. Reads the text from `from` only as far as a form that
     * starts no later than the best place so far can reach.
     */
    find(text: string, from: number): number;
    /** Whether some form holds `part` (crossingEnd asks it of the characters either side of a line break). */
    holds(part: string): boolean;
}
