export type TagPattern = {
    /** As the user wrote it, for messages and documentation. */
    source: string;
    regex: {
        test(tag: string): boolean;
    };
};
/** Parse a glob or `/regex/flags`; throws an Error whose message says what to fix. */
export declare function parseTagPattern(text: string): TagPattern;
export declare function matchesTag(patterns: readonly TagPattern[], tag: string): boolean;
