import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";

// node:crypto costs a few milliseconds to load (about 7 ms on Bun, 4–6 ms on Node 24, a tenth of
// what an event that matches no flow may spend): hashes load it on the first hash rather than at
// startup, and not at all on Bun, whose own hasher is built in. Random bytes come from Bun's Web
// Crypto global (built in), and on Node from the system's generator, /dev/urandom, which
// node:crypto itself draws on: Node's `globalThis.crypto` loads node:crypto and Web Crypto on
// first use (7 ms). Where /dev/urandom cannot be read (Windows), node:crypto is loaded.
// Made on first use: a require function is built from the module's URL, path and lookup paths,
// work a start that never needs the module spares (the action's, scripts/bundle.mjs).
let builtinRequire: NodeJS.Require | undefined;
function requireBuiltin(id: string): unknown {
  builtinRequire ??= createRequire(import.meta.url);
  return builtinRequire(id);
}
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

const isBun = BunCryptoHasher !== undefined;
let urandom = process.platform !== "win32";

/** `count` bytes from a cryptographically secure generator. */
export function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  if (isBun) return globalThis.crypto.getRandomValues(bytes);
  if (urandom) {
    try {
      const fd = openSync("/dev/urandom", "r");
      try {
        let filled = 0;
        while (filled < count) {
          const read = readSync(fd, bytes, filled, count - filled, null);
          if (read <= 0) throw new Error("/dev/urandom ended");
          filled += read;
        }
        return bytes;
      } finally {
        closeSync(fd);
      }
    } catch {
      urandom = false;
    }
  }
  crypto ??= requireBuiltin("node:crypto") as typeof import("node:crypto");
  return crypto.randomFillSync(bytes);
}

/** `bytes` random bytes as hex, for names that must not collide (temporary files, keys). */
export function randomHex(bytes: number): string {
  return Array.from(randomBytes(bytes), (value) => value.toString(16).padStart(2, "0")).join("");
}

/**
 * A random (version 4) UUID, as node:crypto's randomUUID gives. The action's bundle gives it to
 * @actions/core in place of node:crypto (scripts/bundle.mjs, `lazyCoreDeps`): core imports
 * node:crypto only for the delimiter of the runner's file commands.
 */
export function randomUUID(): string {
  const bytes = randomBytes(16);
  const hex = Array.from(bytes, (value, index) => {
    // The version (4) and the variant (RFC 9562), as in every random UUID.
    const byte = index === 6 ? (value & 0x0f) | 0x40 : index === 8 ? (value & 0x3f) | 0x80 : value;
    return byte.toString(16).padStart(2, "0");
  }).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
