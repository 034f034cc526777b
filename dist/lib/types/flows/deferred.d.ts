export type DeferredFlow = {
    manifestPath: string;
    text: string;
    /** Position in discovery order (roots in order, folders sorted). */
    order: number;
    name: string;
    /** Every `type = "..."` value in the manifest (trigger types, and any other `type` key). */
    types: string[];
};
/** The package's name and `type` values, or undefined when the text needs a real parse. */
export declare function scanManifest(text: string): {
    name: string;
    types: string[];
} | undefined;
export declare function couldMatch(deferred: Pick<DeferredFlow, "types">, eventType: string): boolean;
