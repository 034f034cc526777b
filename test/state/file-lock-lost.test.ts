import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { LockLostError, withFileLock } from "../../src/state/file-lock.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { makeRecord, makeRun, tempDir } from "./helpers.js";

// A holder paused for longer than the stale time (SIGSTOP, a suspended VM) can have its lock
// broken by a writer on another host sharing the folder, which then saves. When the paused holder
// resumes, its merge (made from what it read before) must not be renamed over that save.

/** Runs once, just before the next atomic write's rename (after its temporary file is complete). */
let beforeNextRename: (() => void) | undefined;

vi.mock("../../src/fs-safe.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/fs-safe.js")>();
  return {
    ...actual,
    writeFileAtomically: (...args: Parameters<typeof actual.writeFileAtomically>) => {
      const hook = beforeNextRename;
      beforeNextRename = undefined;
      const [file, data, beforeRename] = args;
      return actual.writeFileAtomically(file, data, () => {
        hook?.();
        beforeRename?.();
      });
    },
  };
});

const QUICK = { staleMs: 100, timeoutMs: 2_000 };
const OTHER_HOST = `not-${hostname()}`;

/** What another host does when it breaks a lock as stale: moves it aside and takes its own. */
function takenByAnotherHost(lock: string): string {
  renameSync(lock, `${lock}.stale-test`);
  unlinkSync(`${lock}.stale-test`);
  const at = new Date().toISOString();
  const theirs = `${JSON.stringify({ host: OTHER_HOST, pid: 1, startedAt: at, lockedAt: at })}\n`;
  writeFileSync(lock, theirs, { flag: "wx" });
  return theirs;
}

describe("a lock lost while held", () => {
  it("assertHeld throws once another host has taken the lock, and the action runs again under a new one", async () => {
    const lock = join(await tempDir(), "a.lock");
    const seen: boolean[] = [];
    const result = await withFileLock(
      lock,
      (held) => {
        const first = seen.length === 0;
        if (first) takenByAnotherHost(lock);
        seen.push(first);
        held.assertHeld();
        return "written";
      },
      QUICK,
    );
    expect(result).toBe("written");
    // The second run waited until the other host's lock was stale, then took it.
    expect(seen).toEqual([true, false]);
    expect(existsSync(lock)).toBe(false);
  });

  it("gives up with a LockLostError after three lost locks, and leaves the last taker's lock", async () => {
    const lock = join(await tempDir(), "a.lock");
    let runs = 0;
    let theirs = "";
    const failed = await withFileLock(
      lock,
      (held) => {
        runs += 1;
        theirs = takenByAnotherHost(lock);
        held.assertHeld();
      },
      QUICK,
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(runs).toBe(3);
    expect(failed).toBeInstanceOf(LockLostError);
    expect(String((failed as Error).message)).toMatch(/lost the lock .*a\.lock 3 times before writing.*Nothing was written/);
    expect(readFileSync(lock, "utf8")).toBe(theirs);
  });

  it("a save whose lock another host broke meanwhile merges that host's save instead of overwriting it", async () => {
    const dir = await tempDir();
    const file = join(dir, ...eventRecordPath("evt-1").split("/"));
    await new FileStateStore({ dir }).saveEvent(makeRecord("evt-1", ["run_a"]));

    // This store read run_a and is about to rename its merge (run_a, run_b) into place when the
    // other host, having broken its lock as stale, saves run_a and run_c and releases.
    beforeNextRename = () => {
      takenByAnotherHost(`${file}.lock`);
      const theirs = makeRecord("evt-1", ["run_a"]);
      theirs.runs.push(makeRun("evt-1", "run_c"));
      writeFileSync(file, JSON.stringify(theirs, null, 2));
      unlinkSync(`${file}.lock`);
    };
    await new FileStateStore({ dir, lock: QUICK }).saveEvent(makeRecord("evt-1", ["run_b"]));

    expect(beforeNextRename).toBeUndefined();
    const runs = (await new FileStateStore({ dir }).loadEvent("evt-1"))?.runs.map((run) => run.id).sort();
    expect(runs).toEqual(["run_a", "run_b", "run_c"]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("a save that keeps losing its lock is reported as not saved, and what the other host saved stays", async () => {
    const dir = await tempDir();
    const file = join(dir, ...eventRecordPath("evt-1").split("/"));
    await new FileStateStore({ dir }).saveEvent(makeRecord("evt-1", ["run_a"]));
    const store = new FileStateStore({ dir, lock: { ...QUICK, staleMs: 20 } });
    // Every time this store is about to commit, another host has taken the lock.
    const hook = () => {
      takenByAnotherHost(`${file}.lock`);
      beforeNextRename = hook;
    };
    beforeNextRename = hook;
    const failed = await store.saveEvent(makeRecord("evt-1", ["run_b"])).then(
      () => undefined,
      (error: unknown) => error,
    );
    beforeNextRename = undefined;
    expect(failed).toBeInstanceOf(LockLostError);
    const runs = (await new FileStateStore({ dir, lock: { ...QUICK, staleMs: 20 } }).loadEvent("evt-1"))?.runs.map((run) => run.id);
    expect(runs).toEqual(["run_a"]);
  });
});
