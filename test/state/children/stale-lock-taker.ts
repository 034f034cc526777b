// One of several processes that each take the same lock `rounds` times, and leave it behind as
// a crashed holder would (naming a process that is gone), so that every release is a lock the
// others find stale at the same instant and take over. Under the lock it adds one to a counter
// (read, wait, check the lock is still held, write): a takeover that let two holders in loses
// an addition.
import { readFileSync, writeFileSync } from "node:fs";
import { writeFileAtomically } from "../../../src/fs-safe.js";
import { withFileLock } from "../../../src/state/file-lock.js";
import { waitForStart } from "./shared.js";

const [lockPath, counter, startAt, rounds, deadOwner] = process.argv.slice(2);
if (!lockPath || !counter || !startAt || !rounds || !deadOwner) {
  throw new Error("usage: <lock path> <counter file> <start at epoch ms> <rounds> <dead owner's lock text>");
}
await waitForStart(Number(startAt));
for (let round = 0; round < Number(rounds); round++) {
  await withFileLock(
    lockPath,
    async (held) => {
      const count = Number(readFileSync(counter, "utf8"));
      await new Promise((resolve) => setTimeout(resolve, 2));
      writeFileAtomically(counter, String(count + 1), held.assertHeld);
      // Left behind as by a holder killed here: its release then leaves it (it names another owner).
      writeFileSync(lockPath, deadOwner);
    },
    { staleMs: 60_000, timeoutMs: 30_000 },
  );
}
