/** Outside text as one field of one line (an id, a type, a message): a line break becomes `\n` too. */
export declare function terminalText(text: string): string;
/** Outside text of several lines (a stored output tail, an error, a result as JSON): line breaks stay. */
export declare function terminalLines(text: string): string;
/**
 * One line of live step output. With colour on, the step's SGR colour sequences are kept (and the
 * line ends with a reset, so a colour left on does not run into the next line); every other
 * sequence is escaped, its ESC shown as `\u001b`. With colour off, SGR is escaped too.
 */
export declare function stepOutputText(line: string, color: boolean): string;
/**
 * The last guard, on everything `flows` writes: control characters other than tab, newline and
 * SGR sequences, and the bidirectional controls, are escaped, whatever path the text took. Text already escaped passes unchanged.
 */
export declare function terminalSafe(text: string): string;
