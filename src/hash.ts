import { createRequire } from "node:module";

// node:crypto costs a few milliseconds to load (about 7 ms on Bun, more than the whole budget an
// event that matches no flow may spend): hashes load it on the first hash rather than at
// startup, and not at all on Bun, whose own hasher is built in; random names use the Web Crypto
// global, which every supported runtime has loaded already.
const requireBuiltin = createRequire(import.meta.url);
let crypto: typeof import("node:crypto") | undefined;

type BunHasher = { update(data: string | Uint8Array): BunHasher; digest(encoding: "hex"): string };
const BunCryptoHasher = (globalThis as { Bun?: { CryptoHasher: new (algorithm: string) => BunHasher } }).Bun?.CryptoHasher;

/** Hex sha256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  const hash = sha256();
  hash.update(text);
  return hash.hex();
}

/** An incremental sha256 (strings as UTF-8), for data written or read in pieces. */
export type Sha256 = { update(data: string | Uint8Array): void; hex(): string };

export function sha256(): Sha256 {
  if (BunCryptoHasher) {
    const hasher = new BunCryptoHasher("sha256");
    return { update: (data) => void hasher.update(data), hex: () => hasher.digest("hex") };
  }
  crypto ??= requireBuiltin("node:crypto") as typeof import("node:crypto");
  const hash = crypto.createHash("sha256");
  return { update: (data) => void hash.update(data), hex: () => hash.digest("hex") };
}

/** `bytes` random bytes as hex, for names that must not collide (temporary files, keys). */
export function randomHex(bytes: number): string {
  const values = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
}
