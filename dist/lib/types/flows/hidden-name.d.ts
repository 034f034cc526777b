/** What a message says of a name holding hidden characters. */
export type HiddenInName = {
    /** The name with each hidden character written as its escape (`notes\u202egpj.exe`). */
    escaped: string;
    /** Their code points, each once: `U+202E, U+200B`. */
    codePoints: string;
    /** What they do to the name as it is shown: "which changes the order ...", "which shows as nothing ...". */
    does: string;
    /** The name without them, when that is still a name flow.toml takes. */
    without?: string;
};
/** The hidden characters `name` holds, said for a message; undefined when it holds none. */
export declare function hiddenInName(name: string): HiddenInName | undefined;
/** `text` without its hidden characters (a subdivision flag kept whole). */
export declare function withoutHidden(text: string): string;
/**
 * Whether a flow.toml's text holds such a character anywhere: discovery for one event parses that
 * package at once rather than deferring it (discovery.ts), so the warning about a name holding one
 * is given on every event, as in a repository of 100 packages or fewer.
 */
export declare function holdsHiddenCharacter(text: string): boolean;
