// A terminal obeys the control characters in what it is given: ESC starts sequences that set the
// window title or the clipboard (OSC), clear the screen and move the cursor (CSI), BEL rings, CR
// returns over what was written. `flows` prints text from outside (step output, FLOW_RESULT
// messages, event ids and types, payload values, stored records), so that text reaches the
// terminal only through these functions, one per kind of text. Every C0 and C1 control character
// except tab becomes a visible escape in logText's form (`\n`, `\r`, `\u001b`), and so does every
// bidirectional control (`\u202e`: a terminal that shows text right to left obeys them too),
// invisible format character (`\u200b`) and tag character (`\u{e0041}`, a subdivision flag
// left whole: src/log-text.ts).

import { BIDI_CONTROL_CLASS, FLAG_TAG_SEQUENCE, HIDDEN_CHARACTER_CLASS, TAG_CHARACTER } from "./log-text.js";

/**
 * C0 and C1 control characters and DEL, but not tab; the line and paragraph separators U+2028 and
 * U+2029 (line breaks to a program reading the text, as logText shows them); the bidirectional
 * controls, invisible format characters and tag characters.
 */
const CONTROL = new RegExp(`${FLAG_TAG_SEQUENCE}|[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029${HIDDEN_CHARACTER_CLASS}]|${TAG_CHARACTER}`, "g");
/** The same, but not newline either. */
const CONTROL_BUT_NEWLINE = new RegExp(`${FLAG_TAG_SEQUENCE}|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${HIDDEN_CHARACTER_CLASS}]|${TAG_CHARACTER}`, "g");
/** SGR (Select Graphic Rendition: colours, bold...), the one sequence step output may keep. */
const SGR = /(\u001b\[[0-9;:]*m)/;
/**
 * An SGR sequence, or any other control character but tab and newline. Not the invisible format
 * characters: the escapers above show those of outside text, and the summary `flows github`
 * prints breaks mentions with zero-width spaces of its own.
 */
const UNSAFE = new RegExp(`\\u001b\\[[0-9;:]*m|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${BIDI_CONTROL_CLASS}]`, "g");

const RESET = "\u001b[0m";

function visible(char: string): string {
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  // A subdivision flag (🏴 and its tags) as it is; a lone tag character as `\u{e0041}`, as logText shows it.
  if (char.length > 2) return char;
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Outside text as one field of one line (an id, a type, a message): a line break becomes `\n` too. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Outside text of several lines (a stored output tail, an error, a result as JSON): line breaks stay. */
export function terminalLines(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, visible);
}

/**
 * One line of live step output. With colour on, the step's SGR colour sequences are kept (and the
 * line ends with a reset, so a colour left on does not run into the next line); every other
 * sequence is escaped, its ESC shown as `\u001b`. With colour off, SGR is escaped too.
 */
export function stepOutputText(line: string, color: boolean): string {
  if (!color) return terminalText(line);
  const parts = line.split(SGR);
  if (parts.length === 1) return terminalText(line);
  // split with a capturing group: the SGR sequences are at the odd places.
  return `${parts.map((part, index) => (index % 2 === 1 ? part : terminalText(part))).join("")}${RESET}`;
}

/**
 * The last guard, on everything `flows` writes: control characters other than tab, newline and
 * SGR sequences, and the bidirectional controls, are escaped, whatever path the text took. Text already escaped passes unchanged.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (match) => (match.length > 1 ? match : visible(match)));
}
