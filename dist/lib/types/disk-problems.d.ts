/**
 * What the errno `code` means, as a clause (`the disk is full`), naming `path` where the words
 * are about one file (`permission denied for /x/events`); undefined for a code not in the table.
 */
export declare function diskProblem(code: string | undefined, path?: string): string | undefined;
