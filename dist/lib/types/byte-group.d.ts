/**
 * Bytes gathered piece by piece into one buffer, grown only for a larger whole, then taken as
 * text and emptied: the group of array elements the big-event reader (events/event-file.ts) and
 * the record writer (state/event-text.ts) parse at a time, without a buffer per piece.
 */
export declare class ByteGroup {
    #private;
    constructor(initialBytes: number);
    get length(): number;
    add(bytes: Uint8Array): void;
    /** The bytes as UTF-8 text; the group is empty after. */
    take(): string;
}
