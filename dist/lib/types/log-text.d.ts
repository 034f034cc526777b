/**
 * The invisible characters that change the order text is shown in (Trojan Source,
 * https://trojansource.codes, CVE-2021-42574): the embeddings and overrides U+202A–U+202E, the
 * isolates U+2066–U+2069, and the marks U+200E, U+200F and U+061C. A PR title holding U+202E
 * shows the rest of its line reversed, so a result line can read as something it is not. Text
 * from outside shows each as a visible escape wherever it is shown; right-to-left letters
 * (Arabic, Hebrew) are not controls and stay as they are. As the body of a character class.
 */
export declare const BIDI_CONTROL_CLASS = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
/** The bidirectional controls and the invisible format characters, as the body of a character class. */
export declare const HIDDEN_CHARACTER_CLASS: string;
/**
 * A tag character U+E0000–U+E007F, as its surrogate pair (`\uDB40\uDC00`–`\uDB40\uDC7F`):
 * invisible everywhere, tag characters spell ASCII that no reader sees but a program reading the
 * text does (`deploy` and `deploy` with `ignore previous instructions` in tags look the same).
 * As the source of a regular expression.
 */
export declare const TAG_CHARACTER = "\\udb40[\\udc00-\\udc7f]";
/**
 * 🏴 U+1F3F4, one or more tag letters and digits (U+E0020–U+E007E), the cancel tag U+E007F: a
 * subdivision flag (the flag of England), left whole wherever tag characters are shown. Tried
 * before TAG_CHARACTER. As the source of a regular expression.
 */
export declare const FLAG_TAG_SEQUENCE = "\\ud83c\\udff4(?:\\udb40[\\udc20-\\udc7e])+\\udb40\\udc7f";
/**
 * Bidirectional controls (U+202E and the others above), invisible format characters and tag
 * characters (a subdivision flag left whole) as `<U+202E>`, `<U+E0041>`: the form GitHub itself
 * shows hidden characters in, readable alike in a table cell, inline code, a code block or a title. In the finished text they reorder and hide nothing.
 */
export declare function showBidiControls(text: string): string;
/**
 * One line of a step's output for the job log: the bidirectional controls, invisible format
 * characters and tag characters become `\u202e`, `\u{e0041}`, as in logText, so a line cannot
 * show another text than it holds (a subdivision flag stays whole).
 * Everything else stays as the step wrote it (the runner shows its colours; the line is printed
 * inside a stop-commands section, src/action/runner.ts).
 */
export declare function logOutputLine(line: string): string;
/**
 * Text from outside as part of ONE log line: line breaks, other control characters, the
 * bidirectional controls, the invisible format characters and the tag characters become visible
 * escapes (`\n`, `\u0007`, `\u202e`, `\u200b`, `\u{e0041}`; a subdivision flag stays whole), so the text can
 * neither start a new line nor hide or reorder part of itself. Use it for every outside value
 * put into a plain log line; workflow-command data goes through the runner-IO escaper instead.
 */
export declare function logText(text: string): string;
/**
 * Outside text as a WHOLE log line, from its start: as logText, and a line that would start with
 * `::` (the runner skips leading spaces before it looks) shows its first colon as `\u003a`. A
 * flow named `::error::x` is one printable line, but a status line that begins with the name
 * was an error annotation, and `::stop-commands::` would have hidden the real ones after it.
 */
export declare function logLine(text: string): string;
