import type { FlowDiagnostic } from "../contracts.js";
/**
 * The name as a reader sees it: NFKC (compatibility forms to their plain letters, composed
 * accents), then case folded. JavaScript has no full case fold; upper then lower case folds the
 * multi-letter cases (ß and ẞ to "ss") that lower case alone leaves apart.
 */
export declare function foldName(name: string): string;
/** A name and where it is written, for the message about it. */
export type NamedPlace = {
    name: string;
    /** The file shown in the diagnostic (absolute). */
    file: string;
    line?: number;
    column?: number;
};
/**
 * How two different names that fold the same differ, as the middle of a sentence: "differ only
 * in letter case", "differ only in Unicode form ("ﬂ" U+FB02 is a form of "fl")".
 */
export declare function howNamesDiffer(a: string, b: string): string;
/** `path:line` for a message. */
export declare function placeText(place: Pick<NamedPlace, "file" | "line">, shownPath: (file: string) => string): string;
export type CollisionOptions = {
    /** "flow" or "step", for the message. */
    what: "flow" | "step";
    /** The path as messages show it (relative to the repository). */
    shownPath: (file: string) => string;
    /** What a reader or a tool would confuse, as the end of a sentence. */
    consequence: string;
};
/**
 * A warning for each name that folds to the same text as an earlier, different one, placed at
 * the later name and citing the earlier. Names equal as strings are not this check's business
 * (a duplicate flow is shadowed; a duplicate step is an error). `places` in discovery order.
 */
export declare function nameCollisions(places: readonly NamedPlace[], options: CollisionOptions): FlowDiagnostic[];
