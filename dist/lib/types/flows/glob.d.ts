/**
 * The most characters a glob with wildcards may have. Searching for a part costs up to the
 * text's length times the part's, in one native regex call no deadline stops, and a glob can
 * be payload text (`glob(x, event.payload.pattern)`, `changed(event.payload.path)`): a
 * 20,000-character glob took 2.6 s against 400,000 characters of payload, and more with more
 * text. At this length 10 MB of text takes about a second; written globs are far shorter.
 */
export declare const GLOB_MAX_LENGTH = 500;
/** A pattern with no wildcard is compared as plain text (the common trigger type). */
export declare function isLiteralGlob(pattern: string): boolean;
/** The glob as an anchored RegExp; throws an Error whose message says what to fix. */
export declare function globToRegExp(glob: string): RegExp;
/** Whether `value` matches the glob; a pattern without wildcards is plain equality. */
export declare function globMatches(pattern: string, value: string): boolean;
