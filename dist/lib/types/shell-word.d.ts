/**
 * `text` as one word of a POSIX shell command line, for the commands `flows` suggests (`run it
 * with flows github --event-path ...`): as it is when no character of it means anything to the
 * shell, else in single quotes. A path with a space, an event id with `$` or `*`, pasted as
 * printed, then names the same file or id.
 */
export declare function shellWord(text: string): string;
