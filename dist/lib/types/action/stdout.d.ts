/** Writes `text` to stdout, as `process.stdout.write(text)` would, in the same order. */
export declare function writeStdout(text: string): boolean;
