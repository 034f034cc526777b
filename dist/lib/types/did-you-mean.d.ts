/** The closest candidate to `value`, when it is close enough to be a likely typo. */
export declare function closest(value: string, candidates: readonly string[]): string | undefined;
