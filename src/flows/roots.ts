/** Installed copies first, then source packages: the first package with a name wins. */
export const DEFAULT_FLOW_ROOTS: readonly string[] = [".codex/flows", "flows"];
