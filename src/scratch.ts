import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Scratch folders for big texts kept on disk instead of in the heap: a large event's arrays
// (events/event-file.ts) and its text inside a stored record (state/event-text.ts). Each is
// removed when the process exits.

const scratchDirs = new Set<string>();
let removalRegistered = false;

/** A new private folder under `parent` (the system's temporary folder by default), removed at exit. */
export function makeScratchDir(prefix: string, parent: string = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  if (!removalRegistered) {
    removalRegistered = true;
    process.on("exit", removeScratchDirs);
  }
  scratchDirs.add(dir);
  return dir;
}

/**
 * Removes every scratch folder made so far in this process: the lazy arrays and stored event
 * texts in them can no longer be read. Called at exit; a host that reads many events in one
 * long-lived process (a test worker, which may be stopped without exit handlers) calls it once
 * it is done with them.
 */
export function removeScratchDirs(): void {
  for (const each of scratchDirs) rmSync(each, { recursive: true, force: true });
  scratchDirs.clear();
}
