import { readRegularText } from "../fs-safe.js";
import { formatBytes } from "./diagnostics.js";

/**
 * The most a flow.toml may hold. A manifest names steps and triggers in a few hundred bytes; the
 * bound keeps a hostile one (or a link to /dev/zero, a FIFO that never ends) from costing more
 * than its own package: it is checked before reading, and the read stops past it.
 */
export const MAX_MANIFEST_BYTES = 512 * 1024;

/** A manifest's text; `missing` when the folder holds none (no package); `problem` when it cannot be used. */
export type ManifestText = { text: string } | { missing: true } | { problem: string };

/** flow.toml read as a plain file within MAX_MANIFEST_BYTES; a symbolic link to one is followed. */
export function readManifestText(manifestPath: string): ManifestText {
  let read: ReturnType<typeof readRegularText>;
  try {
    read = readRegularText(manifestPath, MAX_MANIFEST_BYTES, { followLinks: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A link that loops (the folder or flow.toml) leads to no manifest, as a link to nothing does.
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR" || code === "ELOOP") return { missing: true };
    return { problem: `flow.toml cannot be read (${code ?? String(error)}). Check that the file exists and is readable.` };
  }
  if (read.kind === "missing") return { missing: true };
  // Following links, readRegularText refuses "a symbolic link" only when the link loops (ELOOP).
  if (read.kind === "refused" && read.reason.startsWith("is a symbolic link")) return { missing: true };
  if (read.kind === "refused") {
    const size = read.identity?.size ?? 0;
    return {
      problem: read.reason.startsWith("is larger")
        ? `flow.toml is ${formatBytes(Math.max(size, MAX_MANIFEST_BYTES + 1))}; a flow.toml may be at most ${formatBytes(MAX_MANIFEST_BYTES)}. ` +
          "It names steps and triggers: keep data in the package's own files."
        : `flow.toml ${read.reason}. Replace it with the package's manifest, a plain TOML file.`,
    };
  }
  return { text: read.text };
}
