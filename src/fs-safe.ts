import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { randomHex } from "./hash.js";

// File and process facts the stores and the runners share.

/**
 * Writes beside `file` and renames over it: a reader sees the old file or the new one, never part
 * of one. The temporary name, `<file>.<pid>-<hex>.tmp`, carries this process's pid, so a later
 * writer can tell the leftover of one that was killed mid-write (file-store.ts removes those).
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-${randomHex(4)}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
    throw error;
  }
}

/** Whether a process with this pid exists (one owned by another user counts). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, owned by someone else
  }
}
