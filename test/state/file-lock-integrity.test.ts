import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { processStartTicks } from "../../src/state/dispatcher.js";
import { StateLockError, withFileLock } from "../../src/state/file-lock.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { BUN, CHILDREN, makeRecord, tempDir } from "./helpers.js";

// A lock's age says nothing about a live owner on this host: a writer stopped (SIGSTOP, swapped
// out, a debugger) for longer than `staleMs` still writes its merge when it resumes. Breaking its
// lock let another writer save a run that the resumed writer's merge then overwrote.

const QUICK = { staleMs: 100, timeoutMs: 1_000 };

/** A Bun process holding `lockPath` (see children/lock-holder.ts), stopped once it has the lock. */
async function stoppedHolder(lockPath: string, recordFile?: string): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(BUN, [join(CHILDREN, "lock-holder.ts"), lockPath, ...(recordFile ? [recordFile] : [])]);
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("locked")) resolve();
    });
    child.once("close", (code) => reject(new Error(`lock holder exited (${code}) before it took the lock`)));
  });
  child.kill("SIGSTOP");
  return child;
}

/** Let the stopped holder go on, and wait until it has released its lock and exited. */
async function resume(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  const closed = new Promise<number | null>((resolve) => child.once("close", resolve));
  child.kill("SIGCONT");
  child.stdin.write("go\n");
  return closed;
}

describe("file locks and live owners", () => {
  it("never breaks a lock whose owner is alive on this host, however old (a stopped writer)", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    const holder = await stoppedHolder(lock);
    await new Promise((resolve) => setTimeout(resolve, 3 * QUICK.staleMs));

    await expect(withFileLock(lock, () => "taken", QUICK)).rejects.toThrow(StateLockError);
    expect(JSON.parse(await readFile(lock, "utf8"))).toMatchObject({ host: hostname(), pid: holder.pid });
    expect(await resume(holder)).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it("a save never reports success while a stopped writer holds the record, whose merge would overwrite it", async () => {
    const dir = await tempDir();
    const file = join(dir, ...eventRecordPath("evt-1").split("/"));
    const store = new FileStateStore({ dir, lock: QUICK });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    const holder = await stoppedHolder(`${file}.lock`, file);
    await new Promise((resolve) => setTimeout(resolve, 3 * QUICK.staleMs));

    const saved = await new FileStateStore({ dir, lock: QUICK })
      .saveEvent(makeRecord("evt-1", ["run_b"]))
      .then(() => "saved", (error: unknown) => error);
    expect(await resume(holder)).toBe(0);
    const runs = (await new FileStateStore({ dir }).loadEvent("evt-1"))?.runs.map((run) => run.id);
    // What a save reported saved is on disk after every writer is done.
    if (saved === "saved") expect(runs).toContain("run_b");
    expect(saved).toBeInstanceOf(StateLockError);

    await new FileStateStore({ dir, lock: QUICK }).saveEvent(makeRecord("evt-1", ["run_b"]));
    expect((await new FileStateStore({ dir }).loadEvent("evt-1"))?.runs.map((run) => run.id).sort()).toEqual(["run_a", "run_b"]);
  });

  it("still breaks an old lock from another host, and one without a readable owner", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    const old = new Date(Date.now() - 60_000).toISOString();
    await writeFile(lock, JSON.stringify({ host: `not-${hostname()}`, pid: process.pid, startedAt: old, lockedAt: old }));
    await new Promise((resolve) => setTimeout(resolve, 2 * QUICK.staleMs));
    expect(await withFileLock(lock, () => "taken", QUICK)).toBe("taken");

    await writeFile(lock, "");
    await new Promise((resolve) => setTimeout(resolve, 2 * QUICK.staleMs));
    expect(await withFileLock(lock, () => "taken", QUICK)).toBe("taken");
  });

  it("breaks an old lock naming a live process of this host by a start time that is no time: its owner cannot be told, as without an owner", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    // A live process that is not this one (this one's own pid is judged by its own start time).
    const live = spawn("sleep", ["30"]);
    onTestFinished(() => {
      live.kill("SIGKILL");
    });
    await writeFile(lock, JSON.stringify({ host: hostname(), pid: live.pid, startedAt: "whenever", lockedAt: "then" }));
    await new Promise((resolve) => setTimeout(resolve, 2 * QUICK.staleMs));
    expect(await withFileLock(lock, () => "taken", QUICK)).toBe("taken");
  });

  it("a FIFO put where the lock is never blocks the wait: without a readable owner, it is broken when old", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    expect(spawnSync("mkfifo", [lock]).status).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2 * QUICK.staleMs));
    expect(await withFileLock(lock, () => "taken", QUICK)).toBe("taken");
    expect(existsSync(lock)).toBe(false);
  }, 5_000);

  it.skipIf(!existsSync("/proc/self/stat"))(
    "never breaks a live owner's lock after the wall clock stepped: its start ticks name it, not its start time",
    async () => {
      const dir = await tempDir();
      const lock = join(dir, "a.lock");
      const live = spawn("sleep", ["30"]);
      onTestFinished(() => {
        live.kill("SIGKILL");
      });
      const startTicks = processStartTicks(live.pid ?? 0);
      expect(startTicks).toBeTypeOf("number");
      // Its start time read before a step of 10 minutes: by that time alone, a later process.
      const stepped = new Date(Date.now() - 600_000).toISOString();
      const owner = { host: hostname(), pid: live.pid, startedAt: stepped, lockedAt: stepped };
      await writeFile(lock, JSON.stringify({ ...owner, startTicks }));
      await new Promise((resolve) => setTimeout(resolve, 2 * QUICK.staleMs));
      await expect(withFileLock(lock, () => "taken", QUICK)).rejects.toThrow(StateLockError);
      expect(JSON.parse(await readFile(lock, "utf8"))).toMatchObject({ pid: live.pid, startTicks });

      // Another start tick is another process given the same pid: the owner is gone.
      await writeFile(lock, JSON.stringify({ ...owner, startTicks: (startTicks ?? 0) + 1 }));
      expect(await withFileLock(lock, () => "taken", QUICK)).toBe("taken");
    },
  );

  it("on release, leaves a lock that another process has broken and taken meanwhile", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    const theirs = JSON.stringify({ host: `not-${hostname()}`, pid: 1, startedAt: "x", lockedAt: "y" });
    await withFileLock(lock, () => writeFile(lock, theirs));
    expect(await readFile(lock, "utf8")).toBe(theirs);
  });
});

describe("file locks on a full disk", () => {
  it("leaves no empty lock behind when its owner cannot be written", async () => {
    const dir = await tempDir();
    const lock = join(dir, "events", "a.json.lock");
    await mkdir(dirname(lock), { recursive: true });
    // `ulimit -f 0`: the file is created, its first byte refused (EFBIG), as on a full disk.
    const script = `trap "" XFSZ; ulimit -f 0; exec "$0" "$@"`;
    const child = spawn("sh", ["-c", script, BUN, join(CHILDREN, "lock-holder.ts"), lock, "fill-disk"]);
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once("close", resolve));

    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ code: "EFBIG", lockLeft: false });
    expect(existsSync(lock)).toBe(false);
  });
});
