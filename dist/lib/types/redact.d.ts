/** Secrets shorter than this are not replaced: masking `a` would destroy every text. */
export declare const MIN_SECRET_LENGTH = 4;
/**
 * Deeper values are cut to a marker: hostile input may nest thousands of levels. A payload or a
 * FLOW_RESULT may nest MAX_PAYLOAD_DEPTH levels, and what is redacted wraps them (a stored record
 * puts a result at `runs[0].resultPayload`, a state artifact's file one list further down), so the
 * cap leaves room for that wrapping: at the payload's own depth, the record of an event nested
 * 256 levels kept a marker in place of its innermost value, and a replay ran on a different payload.
 */
export declare const MAX_REDACT_DEPTH: number;
export declare const REDACTED = "***";
/** Digits a number must have to be taken for a secret (redactValue): fewer are counts and line numbers. */
export declare const MIN_NUMBER_SECRET_DIGITS = 8;
export declare const TOO_DEEP = "[cut: nested too deeply]";
export declare class Redactor {
    #private;
    /**
     * `indexAbove`: past how many forms, characters of forms, or characters of the longest form,
     * secrets are found through an Aho-Corasick automaton (tests set it; without formLength, no
     * form is too long for the alternation).
     */
    constructor(options?: {
        indexAbove?: {
            forms: number;
            chars: number;
            formLength?: number;
        };
    });
    /** Registers secrets (multi-line values line by line too, as the runner masks them). */
    add(...secrets: ReadonlyArray<string | undefined | null>): this;
    /** How many distinct secret forms are registered. */
    get size(): number;
    /** The length of the longest registered form: the most text one secret can cover. */
    get longest(): number;
    /**
     * Where redact() replaces registered secrets in `text`: [start, end) pairs, in order, for the
     * spans that start before `until`. Matches that overlap (`qq-abcd` and `abcd-0123` in
     * `qq-abcd-0123`) make one span: matched one after another, the second would show from where the
     * first ended. Patterns (URL credentials, token shapes) are not included.
     *
     * Every position where a secret starts is visited (the next search starts one past the last
     * match's start), so the work grows with the matched text: for secrets that overlap themselves
     * densely (`abab…` in a long run of `ab`) it is bounded, and past that bound the rest of the text
     * is one span. Masking more than needed is safe; time without bound is not.
     */
    secretSpans(text: string, until?: number): Generator<[start: number, end: number]>;
    /** The text with every secret, URL credential and token-shaped string replaced by `***`. */
    redact(text: string): string;
    /**
     * Lines redacted as one text, each keeping its place: a secret across line breaks (base64 as
     * `base64` wraps it) is masked on every line it covers, never joining them. For a part of a
     * text cut by lines: the lines before it, as `context`, let a secret that starts there be
     * seen; they are not returned.
     *
     * The search's bound is per line, as if each line were redacted alone: with one bound for the
     * text, a line that overlapped a secret densely (`abab…` for a secret `abab…`) used it up, and
     * every line after it was masked whole. A secret starting in the part of such a line left
     * unsearched and going on over the break is masked on the next line too (crossingEnd in
     * src/redact-spans.ts).
     */
    redactLines(lines: readonly string[], context?: readonly string[]): string[];
    /**
     * A batch of lines (`\n` between them) with each line redacted alone: what `text.split("\n")`
     * redacted one by one and joined again gives, in about the time of one redact() of the text.
     * For output already cut into lines and written in batches (`flows fire`'s step lines,
     * src/cli/line-batch.ts): redacted as one text, a mask could go on past a line's end, where
     * one line's densely overlapping secret used up the search's bound and masked the rest of the
     * batch, lines of other steps included, or a multi-line secret joined two lines into one.
     *
     * One search of the whole text finds the lines where a secret starts; only those, and the
     * lines holding a JSON-escaped break that wrapped text may cross, are redacted alone. The
     * patterns (URL credentials, token shapes) never cross a line break, so the other lines take
     * them together.
     */
    redactEachLine(text: string): string;
    /**
     * Whether `text` holds a registered secret, a token-shaped string, a URL's password or a
     * credential query value of a URL: for a text that must be kept exactly or not at all (an event
     * id names its stored record). Unlike redact(), a URL's user name alone (`ssh://git@host`) is
     * not one, nor `;key=x` outside a URL (a git branch may be named so).
     */
    holdsSecret(text: string): boolean;
    /**
     * A copy of a JSON-like value with every string (keys included) redacted. Iterative, so
     * hostile nesting cannot overflow the stack; values deeper than `maxDepth` become a marker.
     * Shared and circular references stay shared and circular. `shallow`: only the top level is
     * copied and redacted; nested arrays and objects (within `maxDepth`) are kept as they are, for
     * a caller that redacts a big value one part at a time (a stored record's event,
     * state/event-text.ts).
     */
    redactValue<T>(value: T, maxDepth?: number, shallow?: boolean): T;
    /** An error's message redacted (a new Error of the same name; the stack is dropped). */
    redactError(error: unknown): unknown;
}
/**
 * The process's redactor: what the action, the GitHub client, the backend client, the stores and
 * the handover writer share. Secrets only accumulate; nothing is ever un-registered.
 */
export declare const redactor: Redactor;
export declare function parseRedactInput(value: string): string[];
/**
 * The forms a secret takes in the texts we send: as is, JSON-escaped (once and twice, also with
 * non-ASCII or HTML characters as `\uXXXX`), percent-encoded (as encodeURIComponent, RFC 3986
 * and form encoding write it, hex in either case, and as Python's quote and quote_plus with `/`
 * kept), quoted for a shell, escaped for HTML and printed as a Python, Ruby or Go string literal
 * (src/redact-forms.ts; each also JSON-escaped), hex (lower and
 * upper case), and
 * base64 (standard and URL-safe). Base64 is registered as the runner masks it: for the secret
 * at each of the three byte offsets inside a longer encoded text (`basic <base64 of
 * x-access-token:TOKEN>`), the characters that depend on the secret's bytes alone.
 */
/** What no shell quoting, HTML escaping or string literal changes (test/redact-forms.test.ts checks it). */
export declare const PLAIN_WORD: RegExp;
