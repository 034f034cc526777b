// One of several processes that take the same lock again and again until a stop file appears,
// while the test kills other holders of it with kill -9: each kill leaves a lock whose owner is
// gone, which every racer waiting then judges stale at once and tries to break. Given the lock
// text of a killed holder, a racer also leaves that text in place of its own lock each time, as
// if killed there, so that every one of its releases is such a race. Under the lock a racer
// creates an `inside` file with O_EXCL and removes it before it lets go: finding it there means
// two processes held the lock at once. What goes wrong is also told at once, as a line appended
// to `<inside>.wrong` (the test stops the race then). Prints what it saw as one JSON line.
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { StateLockError, withFileLock } from "../../../src/state/file-lock.js";

const [lockPath, inside, stopFile, timeoutMs, deadLockFile] = process.argv.slice(2);
if (!lockPath || !inside || !stopFile || !timeoutMs) {
  throw new Error("usage: <lock path> <inside file> <stop file> <timeout ms> [killed holder's lock file]");
}
const deadLock = deadLockFile ? readFileSync(deadLockFile) : undefined;

const seen = { taken: 0, overlaps: 0, lost: 0, timeouts: 0, starved: 0 };
// Every take touches this file: a wait that ran out while others took the lock is a racer the
// others kept out (on a loaded machine, 8 racers on 2 cores), not a lock held by nobody.
const progress = `${inside}.progress`;
const takenByOthersWithin = (ms: number): boolean => {
  try {
    return Date.now() - statSync(progress).mtimeMs < ms;
  } catch {
    return false;
  }
};
const wrong = (what: string) => appendFileSync(`${inside}.wrong`, `${process.pid} ${what}\n`);
while (!existsSync(stopFile)) {
  try {
    await withFileLock(
      lockPath,
      async (held) => {
        let mine = true;
        try {
          closeSync(openSync(inside, "wx"));
        } catch {
          seen.overlaps += 1;
          wrong("overlap");
          mine = false;
        }
        await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 3));
        try {
          held.assertHeld();
        } catch {
          seen.lost += 1;
          wrong("lost");
        }
        if (mine) unlinkSync(inside);
        seen.taken += 1;
        writeFileSync(progress, String(process.pid));
        if (deadLock) {
          // Replaced at once (a rename), as a killed holder's lock is left: never half written.
          writeFileSync(`${lockPath}.${process.pid}.tmp`, deadLock);
          renameSync(`${lockPath}.${process.pid}.tmp`, lockPath);
        }
      },
      { staleMs: 60_000, timeoutMs: Number(timeoutMs) },
    );
  } catch (error) {
    if (!(error instanceof StateLockError)) throw error;
    if (takenByOthersWithin(Number(timeoutMs))) {
      seen.starved += 1;
      continue;
    }
    seen.timeouts += 1;
    wrong("timeout");
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
}
console.log(JSON.stringify(seen));
