import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { BUN, CHILDREN, runChild, tempDir } from "./helpers.js";

// A holder killed with kill -9 leaves its lock behind, naming a process that is gone, and every
// process waiting for the lock judges it stale at the same instant. Two of them breaking it at
// once must not let two holders in, nor leave behind a lock whose holder has let go of it.

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const RACERS = Number(process.env.RACERS ?? 8);
const RACER_TIMEOUT_MS = 15_000;
const RACE_MS = Number(process.env.RACE_MS ?? 6_000);
/** Every wait is milliseconds long here: one of 3 s is a lock held by nobody. */
const QUICK_RACER_TIMEOUT_MS = 3_000;

/** A Bun process that takes the lock (children/lock-holder.ts) and holds it until killed. */
async function holderWithLock(lock: string, deadline: number): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(BUN, [join(CHILDREN, "lock-holder.ts"), lock]);
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the holder did not get the lock in time: a lock is held by nobody")), deadline - Date.now());
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("locked")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`the holder exited (${code}) before it took the lock`));
    });
  });
  return child;
}

describe("breaking the lock of a holder killed with kill -9", () => {
  it(`${RACERS} processes racing to break the locks of ${ROUNDS} killed holders: one holder at a time, and none times out`, async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    const inside = join(dir, "inside");
    const stop = join(dir, "stop");
    const racers = Array.from({ length: RACERS }, () => runChild(BUN, [join(CHILDREN, "lock-racer.ts"), lock, inside, stop, String(RACER_TIMEOUT_MS)]));
    const deadline = Date.now() + 50_000;
    let stuck: unknown;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const holder = await holderWithLock(lock, deadline);
        // Long enough for every racer to be waiting for this holder's lock when it dies.
        await new Promise((resolve) => setTimeout(resolve, 15));
        const closed = new Promise((resolve) => holder.once("close", resolve));
        holder.kill("SIGKILL");
        await closed;
      }
    } catch (error) {
      stuck = error;
    }
    await writeFile(stop, "");
    const results = await Promise.all(racers);
    const seen = results.map((result) => {
      expect(result, result.stderr).toMatchObject({ code: 0 });
      return JSON.parse(result.stdout) as { taken: number; overlaps: number; lost: number; timeouts: number };
    });
    const lockLeft = await readFile(lock, "utf8").catch(() => "");
    expect({ stuck: stuck === undefined ? undefined : String(stuck), lockLeft }).toEqual({ stuck: undefined, lockLeft: "" });
    expect(seen.map(({ overlaps, lost, timeouts }) => ({ overlaps, lost, timeouts }))).toEqual(
      Array.from({ length: RACERS }, () => ({ overlaps: 0, lost: 0, timeouts: 0 })),
    );
    for (const { taken } of seen) expect(taken).toBeGreaterThan(0);
  }, 90_000);

  it(`${RACERS} processes that each leave the lock as a killed holder's every time they take it: one holder at a time, and none times out`, async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    const inside = join(dir, "inside");
    const stop = join(dir, "stop");
    const killed = await holderWithLock(lock, Date.now() + 10_000);
    const closed = new Promise((resolve) => killed.once("close", resolve));
    killed.kill("SIGKILL");
    await closed;
    const deadLock = join(dir, "dead.lock");
    await writeFile(deadLock, await readFile(lock));
    const args = [lock, inside, stop, String(QUICK_RACER_TIMEOUT_MS), deadLock];
    const racers = Array.from({ length: RACERS }, () => runChild(BUN, [join(CHILDREN, "lock-racer.ts"), ...args]));
    // Until a racer saw something wrong (it stops the race at once), or RACE_MS.
    for (const end = Date.now() + RACE_MS; Date.now() < end && !existsSync(`${inside}.wrong`); ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await writeFile(stop, "");
    const results = await Promise.all(racers);
    const seen = results.map((result) => {
      expect(result, result.stderr).toMatchObject({ code: 0 });
      return JSON.parse(result.stdout) as { taken: number; overlaps: number; lost: number; timeouts: number };
    });
    expect(seen.map(({ overlaps, lost, timeouts }) => ({ overlaps, lost, timeouts }))).toEqual(
      Array.from({ length: RACERS }, () => ({ overlaps: 0, lost: 0, timeouts: 0 })),
    );
    for (const { taken } of seen) expect(taken).toBeGreaterThan(0);
  }, 60_000);
});
