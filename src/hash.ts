import { createRequire } from "node:module";

// node:crypto costs a few milliseconds to load, more than the whole budget an event that
// matches no flow may spend; the hashes below are needed only once something matched or is
// stored, so crypto loads on the first hash rather than at startup.
const requireBuiltin = createRequire(import.meta.url);
let crypto: typeof import("node:crypto") | undefined;

/** Hex sha256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  crypto ??= requireBuiltin("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha256").update(text).digest("hex");
}
