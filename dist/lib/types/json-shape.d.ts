export type JsonShape = {
    ok: true;
    containers: number;
}
/** `depth`: nested deeper than the limit; `containers`: more objects and arrays than it. */
 | {
    ok: false;
    exceeded: "depth" | "containers";
};
export type JsonShapeLimits = {
    maxDepth: number;
    maxContainers: number;
};
/**
 * Whether `text` nests at most `maxDepth` levels and holds at most `maxContainers` objects and
 * arrays. Only brackets outside strings count; text that is not JSON is measured all the same
 * (JSON.parse refuses it afterwards), so the answer is exact for valid JSON and bounded for any.
 */
export declare function jsonShape(text: string | Uint8Array, limits: JsonShapeLimits): JsonShape;
/**
 * jsonShape over a text that comes in pieces (a file read a MiB at a time): `add` each in order,
 * then `shape()`. Pieces may be strings or UTF-8 bytes, cut anywhere: the bytes of `"`, `\` and
 * the brackets never occur inside another character's UTF-8 sequence. Once a limit is passed,
 * `add` returns false and reads no more.
 */
export declare class JsonShapeScan {
    #private;
    constructor(limits: JsonShapeLimits);
    /** False once a limit is passed (then the rest of the text need not be read). */
    add(piece: string | Uint8Array): boolean;
    shape(): JsonShape;
}
