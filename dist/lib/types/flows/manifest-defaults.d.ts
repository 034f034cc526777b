/** A step's timeout when flow.toml sets none (the older runtime's default). */
export declare const DEFAULT_TIMEOUT_MS = 300000;
/**
 * The longest `timeout_ms`: setTimeout fires at once for a delay above 2^31-1 ms (about 24.8
 * days), so a longer one cannot be kept as written. (schemas/flow.schema.json says the same.)
 */
export declare const MAX_TIMEOUT_MS = 2147483647;
