import { fileProblem } from "./file-problem.js";
import { lstatSync, realpathSync } from "node:fs";
import { dirname } from "node:path";
import { readRegularText } from "../fs-safe.js";
import { formatBytes } from "./diagnostics.js";
import { isInside, packageBounds, packageOutside } from "./manifest-paths.js";

/**
 * The most a flow.toml may hold. A manifest names steps and triggers in a few hundred bytes; the
 * bound keeps a hostile one (or a link to /dev/zero, a FIFO that never ends) from costing more
 * than its own package: it is checked before reading, and the read stops past it.
 */
export const MAX_MANIFEST_BYTES = 512 * 1024;

/** A manifest's text; `missing` when the folder holds none (no package); `problem` when it cannot be used. */
export type ManifestText = { text: string } | { missing: true } | { problem: string };

/**
 * flow.toml read as a plain file within MAX_MANIFEST_BYTES; a symbolic link to one is followed
 * when it stays in the repository.
 */
export function readManifestText(manifestPath: string): ManifestText {
  let read: ReturnType<typeof readRegularText>;
  try {
    read = readRegularText(manifestPath, MAX_MANIFEST_BYTES, { followLinks: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A link that loops (the folder or flow.toml) leads to no manifest, as a link to nothing does.
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR" || code === "ELOOP") return { missing: true };
    const { problem, hint } = fileProblem(manifestPath, code, "file");
    return { problem: `flow.toml ${problem}. ${hint}` };
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
  const outside = linkedOutside(manifestPath);
  return outside === undefined ? { text: read.text } : { problem: outside };
}

/**
 * Why a flow.toml that is a symbolic link out of the repository is not used: its text would reach
 * messages (a TOML error quotes its line), so whoever can add a link (a pull request) could read
 * /proc/self/environ or any file of the runner in the job's log, summary and comment. (A package
 * folder that links out is refused before its manifest is parsed: parseFlowManifest.)
 */
function linkedOutside(manifestPath: string): string | undefined {
  let target: string;
  try {
    if (!lstatSync(manifestPath).isSymbolicLink()) return undefined;
    target = realpathSync.native(manifestPath);
  } catch {
    return undefined; // Gone since it was read: the text read is used.
  }
  const bounds = packageBounds(dirname(manifestPath));
  if (isInside(target, bounds.realRepository) || packageOutside(bounds) !== undefined) return undefined;
  return (
    `flow.toml is a symbolic link to ${target}, outside the repository (${bounds.realRepository}). ` +
    "Copy the manifest into the repository instead of linking to it."
  );
}
