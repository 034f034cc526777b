import { type SecretFinder } from "./redact-spans.js";
/**
 * The form that finds `form` JSON-escaped any number of times with each run of backslashes as
 * one; undefined for a form JSON leaves as it is (no `"`, `\` or control character), whose deeper
 * escapes are itself.
 */
export declare function foldedEscapedForm(form: string): string | undefined;
/** Whether `text` may hold a form escaped three times or more (a run of DEEP_RUN backslashes). */
export declare function mayHoldDeepEscapes(text: string): boolean;
/**
 * Where the folded forms (`finder`, of foldedEscapedForm) are in `text` with each run of
 * backslashes as one: spans of `text` (start, end, …) that start before `until`, a span that
 * starts or ends inside a run taking the whole run. `byLine`: the search's bound is per line.
 */
export declare function deepEscapeSpans(finder: SecretFinder, text: string, until: number, byLine?: boolean): number[];
/**
 * Where `chars` characters of `text` after `from` end when each run of backslashes counts as one
 * (text.length when the text ends first): how far a secret escaped at any depth that starts or
 * crosses at `from` can reach, for a folded form of at most `chars` characters.
 */
export declare function foldedEnd(text: string, from: number, chars: number): number;
/** `text` with each run of more than `keep` backslashes shortened to `keep` (keep ≥ DEEP_RUN's length: folded, the text is the same). */
export declare function shortenedRuns(text: string, keep: number): string;
