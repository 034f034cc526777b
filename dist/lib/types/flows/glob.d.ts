/** A pattern with no wildcard is compared as plain text (the common trigger type). */
export declare function isLiteralGlob(pattern: string): boolean;
/** The glob as an anchored RegExp; throws an Error whose message says what to fix. */
export declare function globToRegExp(glob: string): RegExp;
/** Whether `value` matches the glob; a pattern without wildcards is plain equality. */
export declare function globMatches(pattern: string, value: string): boolean;
