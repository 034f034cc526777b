/**
 * The longest tag GitHub has, in UTF-8 bytes: it refuses a ref longer than 255 bytes ("GH005:
 * Sorry, refs longer than 255 bytes are not allowed"), `refs/tags/` included.
 */
export declare const TAG_MAX_BYTES: number;
/** Why `tag` cannot be a git tag on GitHub, or undefined when it can. */
export declare function tagNameProblem(tag: string): string | undefined;
/**
 * The tag as the cursor remembers it and notes name it: itself, or the start of one of more than
 * TAG_MAX_BYTES characters (longer than any tag GitHub makes: refused, never dispatched), so a
 * listing of such tags cannot grow the cursor or a note by megabytes.
 */
export declare function shortTag(tag: string): string;
