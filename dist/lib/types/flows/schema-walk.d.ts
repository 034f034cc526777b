export declare const pointerPart: (key: string) => string;
/**
 * The schema and each subschema under it, by keyword position only (a property *named* like a
 * keyword is not taken for one), depth first, without recursion, at most MAX_NODES.
 */
export declare function subschemas(schema: unknown): Generator<{
    node: Record<string, unknown>;
    pointer: string;
}>;
