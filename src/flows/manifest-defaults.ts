/** A step's timeout when flow.toml sets none (the older runtime's default). */
export const DEFAULT_TIMEOUT_MS = 300_000;
