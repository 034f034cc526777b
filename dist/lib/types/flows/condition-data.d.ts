import { data } from "@actions/expressions";
type ExpressionData = data.ExpressionData;
/** A JSON value as expression data; objects and arrays are wrapped, not copied. */
export declare function toExpressionData(value: unknown): ExpressionData;
export declare class LazyDictionary extends data.Dictionary {
    private readonly source;
    private readonly converted;
    private lowerKeys;
    constructor(source: Record<string, unknown>);
    get(key: string): ExpressionData | undefined;
    values(): ExpressionData[];
    pairs(): Array<{
        key: string;
        value: ExpressionData;
    }>;
    /** Key count without converting anything (for showing a value). */
    get size(): number;
    private findKey;
}
export declare class LazyArray extends data.Array {
    private readonly source;
    private readonly converted;
    constructor(source: readonly unknown[]);
    get(index: number): ExpressionData;
    values(): ExpressionData[];
    add(value: ExpressionData): void;
}
/** A value as a condition report shows it: short JSON, big objects and arrays summarised. */
export declare function showValue(value: ExpressionData | undefined): string;
export {};
