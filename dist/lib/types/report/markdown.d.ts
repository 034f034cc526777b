import { type RedactedText } from "../redact-cut.js";
/**
 * Every character GitHub would hide or drop (above) as `<U+0085>`, `<U+202E>`, `<U+E0041>`: the
 * form GitHub itself shows hidden characters in, readable alike in a table cell, inline code, a
 * code block or a title. In the finished text they reorder and hide nothing. All GitHub text
 * goes through it.
 */
export declare function showHiddenCharacters(text: string): string;
/**
 * Text for a code block: SGR sequences removed (markdown has no colours; shown, each would read
 * `<U+001B>[31m`), every other escape sequence's ESC shown as `<U+001B>`, like the other hidden
 * characters. Before redaction: a colour sequence in the middle of a secret must not hide it.
 */
export declare function withoutColours(text: string): string;
/** Spaces and line breaks (`\s`), but not the vertical tab, the form feed and U+FEFF, which are shown. */
/** Whether a UTF-16 unit is a space or line break folded away: `[^\S\v\f\ufeff]` (all in the BMP). */
export declare function isFoldedSpace(unit: number): boolean;
/**
 * `fold` made in as much of the head of a redacted text as a clip to `maxChars` code points can
 * keep: the same clip as of `text.map(fold)`. `fold` may only shorten text, and only where it
 * changes it (line breaks to spaces, runs of spaces to one, the edges trimmed). Made over a whole
 * 4 MiB FLOW_RESULT message of `a\n`, one line break to a space each, it took over a second for a
 * title of 255 characters; here the head grows fourfold until its fold is longer than the clip
 * and the grapheme a clip looks at past it (src/text-cut.ts), or is the whole text.
 */
export declare function foldedHead(text: RedactedText, maxChars: number, fold: (text: string) => string): RedactedText;
/** Escape text for one markdown table cell or inline sentence. */
export declare function inlineText(text: string, maxChars?: number): string;
/** A fenced code block that its content cannot close early, whatever backticks it holds. */
export declare function codeBlock(raw: string, language?: string): string;
/** Inline code that its content cannot break out of. */
export declare function inlineCode(text: string): string;
/** Text for an HTML `<summary>` element (markdown is not rendered there). */
export declare function htmlText(text: string): string;
/** Markdown from outside (what flow steps write to the job summary) with no definition of an alert's label (ALERT_DEFINITION). */
export declare function withoutAlertDefinitions(markdown: string): string;
/** Cut a string to a byte budget between characters, saying what was cut. */
export declare function cutToBytes(raw: string, maxBytes: number, note: (cutBytes: number) => string): string;
/**
 * Cut markdown to a byte budget between lines, and close what the cut leaves open (a fenced
 * code block, `<details>` blocks) before the note: cut anywhere, the note landed inside a code
 * block and every line after it, the next sections' too, rendered as code or stayed collapsed.
 * It reads the markdown these reports write: fences from codeBlock, `<details>` and `</details>`
 * tags outside them (outside text is escaped, so it brings no raw tag).
 */
export declare function cutMarkdownToBytes(raw: string, maxBytes: number, note: (cutBytes: number) => string): string;
/**
 * What closes the fenced code block, the raw HTML block, the HTML comment, the HTML elements and
 * the `<details>` blocks left open at the end of `markdown`: for markdown cut short, and for
 * markdown the action did not write (what flow steps append to the job summary), which must not
 * hide or fold away what comes after it. A raw HTML block opened by `<pre>`, `<script>`, `<style>`
 * or `<textarea>` at a line's start runs, by CommonMark's rule, to the line holding one of their
 * end tags: left open, everything after it is raw HTML, never markdown (and GitHub removes a
 * script or style whole, with all it holds). An element left open (WRAPPING_ELEMENTS) takes in
 * what follows it: a `<blockquote>`, `<ul>` or `<h1>` every section after it; an `<a href>` or
 * `<s>` each heading and paragraph after it as well, for an HTML parser opens a formatting
 * element again in each block that follows until it is closed (so every heading of the results
 * was a link to the step's choice of page). An end tag too many is ignored by the parser, so an
 * element counted as open that was none (a tag in an inline code span) costs nothing.
 */
export declare function closingTags(markdown: string): string;
