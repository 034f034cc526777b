export type JsonScan = {
    ok: true;
    positions: Map<string, number>;
} | {
    ok: false;
    offset: number;
    message: string;
};
export type LineColumn = {
    line: number;
    column: number;
};
/** Deepest nesting scanJson follows; deeper text is reported as a problem at that point. */
export declare const MAX_SCAN_DEPTH = 1000;
export declare function scanJson(text: string): JsonScan;
export declare function lineColumnAt(text: string, offset: number): LineColumn;
export type ParsedJson = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    message: string;
    offset?: number;
    line?: number;
    column?: number;
};
/** JSON.parse with a line and column on failure. */
export declare function parseJsonText(text: string): ParsedJson;
