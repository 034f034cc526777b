import type { DiscoveryResult, FlowPackage } from "./types.js";
export { DEFAULT_FLOW_ROOTS } from "./roots.js";
export type DiscoverFlowsOptions = {
    /** Repository root; relative roots are resolved against it. */
    repoRoot: string;
    /** Folders whose direct children are flow packages, in priority order. */
    roots?: readonly string[];
    /**
     * The event about to be dispatched: packages that cannot match it are kept unparsed
     * (DiscoveryResult.deferred) until an event they could match comes (loadDeferredFlows).
     * Leave it out to load and check every package (flows validate, flows list).
     */
    eventType?: string;
    /** Defer only in repositories with more packages than this (default 100); see below. */
    deferAbove?: number;
    /**
     * Warn about what looks meant as a package but is not (flows validate, flows list): a root
     * given in `roots` that does not exist, a folder under a root with files but no flow.toml.
     */
    checkLayout?: boolean;
};
export declare const DEFER_ABOVE = 100;
/** For callers from JavaScript: the options discoverFlows (and validateFlows) cannot do without. */
export declare function checkDiscoverFlowsOptions(functionName: string, options: unknown): void;
export declare function discoverFlows(options: DiscoverFlowsOptions): Promise<DiscoveryResult>;
/**
 * Parse the deferred packages an event of `eventType` could match (with any of the same name,
 * so shadowing stays exact) and add them to the discovery. Returns the flows to match.
 */
export declare function loadDeferredFlows(discovery: DiscoveryResult, eventType: string): FlowPackage[];
