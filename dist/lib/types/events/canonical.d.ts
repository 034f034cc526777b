/** JSON with object keys sorted at every level, so equal values give equal text. */
export declare function canonicalJson(value: unknown): string;
/** sha256 hex of the canonical JSON of a value. */
export declare function canonicalDigest(value: unknown): string;
