/** The closest candidate to `value`, when it is close enough to be a likely typo. */
export declare function closest(value: string, candidates: readonly string[]): string | undefined;
/**
 * Levenshtein distance, with a swap of two neighbours counted as one edit; once it is sure to
 * be past `bound`, any number past it. Three rows, and a stop as soon as two rows in a row are
 * past the bound (a later cell comes from one of them): trigger types are checked on every
 * load, and most are far from every name.
 */
export declare function editDistance(a: string, b: string, bound: number): number;
