// The runner reads every line a job prints: a line that starts with `::` is a workflow command
// (`::error::`, `::add-mask::`, `::stop-commands::`). Text from outside (event types, ids, flow
// and step names, messages) must therefore never bring its own line break into a log line.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions

/**
 * The invisible characters that change the order text is shown in (Trojan Source,
 * https://trojansource.codes, CVE-2021-42574): the embeddings and overrides U+202A–U+202E, the
 * isolates U+2066–U+2069, and the marks U+200E, U+200F and U+061C. A PR title holding U+202E
 * shows the rest of its line reversed, so a result line can read as something it is not. Text
 * from outside shows each as a visible escape wherever it is shown; right-to-left letters
 * (Arabic, Hebrew) are not controls and stay as they are. As the body of a character class.
 */
export const BIDI_CONTROL_CLASS = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";

const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_CLASS}]`, "g");

/**
 * Bidirectional controls (U+202E and the others, BIDI_CONTROL_CLASS above) as `<U+202E>`: the
 * form GitHub itself shows hidden characters in, readable alike in a table cell, inline code, a
 * code block or a title. In the finished text they reorder nothing.
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** Line breaks, C0 and C1 controls, DEL, the line and paragraph separators, the bidirectional controls. */
const LOG_UNSAFE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROL_CLASS}]`, "g");

/**
 * Text from outside as part of ONE log line: line breaks, other control characters and the
 * bidirectional controls become visible escapes (`\n`, `\u0007`, `\u202e`), so the text can
 * neither start a new line nor hide or reorder part of itself. Use it for every outside value
 * put into a plain log line; workflow-command data goes through the runner-IO escaper instead.
 */
export function logText(text: string): string {
  return text.replace(LOG_UNSAFE, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
