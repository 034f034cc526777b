// A writer that takes a lock and holds it until told to go on (a line on stdin), as a writer
// stopped mid-save (SIGSTOP, swapped out) does. With a record file: it reads the record when it
// takes the lock and, told to go on, writes back what it read (a merge based on that old read).
// With `fill-disk`: run under `ulimit -f 0`, it only tries to take the lock and says what happened.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { withFileLock } from "../../../src/state/file-lock.js";

const [lockPath, recordFile] = process.argv.slice(2);
if (!lockPath) throw new Error("usage: <lock path> [record file | fill-disk]");

if (recordFile === "fill-disk") {
  try {
    await withFileLock(lockPath, () => undefined, { timeoutMs: 2_000 });
    console.log(JSON.stringify({ taken: true }));
  } catch (error) {
    console.log(JSON.stringify({ code: (error as NodeJS.ErrnoException).code, lockLeft: existsSync(lockPath) }));
  }
} else {
  await withFileLock(lockPath, async () => {
    const before = recordFile ? readFileSync(recordFile) : undefined;
    console.log("locked");
    await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
    if (recordFile && before) writeFileSync(recordFile, before);
  });
  console.log("released");
  process.stdin.destroy();
}
