/** Installed copies first, then source packages: the first package with a name wins. */
export declare const DEFAULT_FLOW_ROOTS: readonly string[];
