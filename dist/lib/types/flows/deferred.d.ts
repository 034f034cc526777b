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
/**
 * Whether loading the package warns about one of its types (manifest-steps.ts): spaces around
 * it, or written for a GitHub event that none has (`pul_request.opened`). Such a type matches
 * nothing GitHub sends, so its package would be deferred on every event and the warning seen
 * only by `flows validate`: it is parsed with every event instead, as in a smaller repository.
 */
export declare function hasDoubtfulType(deferred: Pick<DeferredFlow, "types">): boolean;
