export type StreamedEvent = {
    value: unknown;
    lazyArrays: number;
};
/**
 * The JSON value of the file at `path` with every outermost array of at least `minBytes` kept
 * on disk (in a scratch copy under `scratchDir`), or undefined when the file is not valid JSON,
 * nests deeper than `maxDepth`, or has no such array: then parse it whole.
 */
export declare function readEventStreamed(path: string, options: StreamedReadOptions): StreamedEvent | undefined;
export type StreamedReadOptions = {
    minBytes: number;
    maxDepth: number;
    scratchDir?: string;
    /** Read no further than this many bytes (the size the caller checked), even if the file grows. */
    maxBytes?: number;
};
/**
 * readEventStreamed on a file the caller opened: the file store reads a big stored record this
 * way (its event holds the payload), after checking that the file is a plain one within its size.
 */
export declare function readJsonStreamed(fd: number, options: StreamedReadOptions): StreamedEvent | undefined;
