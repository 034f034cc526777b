/** A range of bytes of a file holding one JSON value's text, exactly as JSON.stringify writes it. */
export type JsonFileRange = {
    path: string;
    start: number;
    end: number;
};
/** An array read from `range` on first use. */
export declare function lazyArray(range: JsonFileRange): unknown[];
/** The file range of a lazy array not read yet (its text is then exactly its JSON), else undefined. */
export declare function lazyRange(value: unknown): JsonFileRange | undefined;
/** How many lazy arrays were made and how many of them were parsed (tests prove a path reads none). */
export declare function lazyCounts(): {
    created: number;
    loads: number;
};
/** One part of a JSON text: literal text, or the bytes of a file range. */
export type JsonPart = string | JsonFileRange;
/**
 * JSON.stringify(value) as parts: each lazy array not read yet is its file range instead of its
 * text, so a 25 MB payload is never one string in memory. Joined, the parts are exactly the text
 * JSON.stringify(value) gives.
 */
export declare function jsonParts(value: unknown): JsonPart[];
/** The text of parts, file ranges read (tests and small values only: this is the whole text). */
export declare function jsonPartsText(parts: readonly JsonPart[]): string;
