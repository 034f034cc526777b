/** Hex sha256 of a UTF-8 string. */
export declare function sha256Hex(text: string): string;
/** An incremental sha256 (strings as UTF-8), for data written or read in pieces. */
export type Sha256 = {
    update(data: string | Uint8Array): void;
    hex(): string;
};
export declare function sha256(): Sha256;
/** `count` bytes from a cryptographically secure generator. */
export declare function randomBytes(count: number): Uint8Array;
/** `bytes` random bytes as hex, for names that must not collide (temporary files, keys). */
export declare function randomHex(bytes: number): string;
/**
 * A random (version 4) UUID, as node:crypto's randomUUID gives. The action's bundle gives it to
 * @actions/core in place of node:crypto (scripts/bundle.mjs, `lazyCoreDeps`): core imports
 * node:crypto only for the delimiter of the runner's file commands.
 */
export declare function randomUUID(): string;
