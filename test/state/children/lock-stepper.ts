// Takes a lock once, stopping at the points where a race between processes falls (file-lock.ts,
// LockPoint) so that a test can hold it there while other processes go on. Each pause is
// `<point>:<file name>` (the lock's or `<lock>.break`'s): the first time the point is reached for
// that file, it creates `<sync>/<name>.<point>` and waits until the test creates
// `<sync>/<name>.<point>.go`. Whenever it holds a break lock (point `breaking`), it holds
// `<sync>/breaking` too, created exclusively: finding it there means two processes were breaking
// a lock at once. With `keep`, it stays alive after letting go of the lock (it creates
// `<sync>/<name>.released` then) until `<sync>/<name>.exit` exists. Prints what it saw as one JSON line.
import { closeSync, existsSync, openSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type LockPoint, withFileLock } from "../../../src/state/file-lock.js";

const [lockPath, syncArg, nameArg, pauseList = "", keep] = process.argv.slice(2);
if (!lockPath || !syncArg || !nameArg) throw new Error("usage: <lock path> <sync folder> <name> [point:file,...] [keep]");
const sync: string = syncArg;
const name: string = nameArg;

const pauses = new Set(pauseList.split(",").filter(Boolean));
const seen = { overlaps: 0, waitedTooLong: [] as string[] };
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Waits (blocking: the lock's code is synchronous there) until `file` exists, at most 20 s. */
function waitFor(file: string): boolean {
  for (const end = Date.now() + 20_000; Date.now() < end; ) {
    if (existsSync(file)) return true;
    Atomics.wait(sleeper, 0, 0, 2);
  }
  return false;
}

function pauseAt(point: LockPoint, path: string): void {
  // A lock moved aside is named by the lock's name (its aside name is random).
  const at = `${point}:${basename(path).replace(/\.stale-[0-9a-f]+$/, "")}`;
  const held = point === "breaking";
  if (held) {
    try {
      closeSync(openSync(join(sync, "breaking"), "wx"));
    } catch {
      seen.overlaps += 1;
    }
  }
  if (pauses.delete(at)) {
    const here = join(sync, `${name}.${point}`);
    writeFileSync(here, "");
    if (!waitFor(`${here}.go`)) seen.waitedTooLong.push(at);
  }
  if (held) {
    try {
      unlinkSync(join(sync, "breaking"));
    } catch {
      // Another breaker's, removed by it: counted as an overlap when this one created it.
    }
  }
}

await withFileLock(lockPath, () => undefined, { staleMs: 60_000, timeoutMs: 15_000, pauseAt });
console.log(JSON.stringify(seen));
if (keep === "keep") {
  writeFileSync(join(sync, `${name}.released`), "");
  while (!existsSync(join(sync, `${name}.exit`))) await new Promise((resolve) => setTimeout(resolve, 5));
}
