import { spawn, spawnSync } from "node:child_process";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { withFileLock } from "../../src/state/file-lock.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { BUN, makeRecord, staleLockTakers, tempDir } from "./helpers.js";

/** The pid of a process that has exited (so certainly not running). */
function deadPid(): number {
  const child = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" });
  return Number(child.stdout.trim());
}

// Long stale/timeout settings: only recognising the dead owner can let these tests pass.
const PATIENT = { staleMs: 10 * 60_000, timeoutMs: 20_000 };

describe("file store locks", () => {
  it("writes its owner (host, pid, process start) into the lock", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    const owner = await withFileLock(lock, async () => JSON.parse(await readFile(lock, "utf8")));
    expect(owner).toMatchObject({ host: hostname(), pid: process.pid, startedAt: expect.any(String) });
  });

  it("takes over at once a lock whose owner on this host is gone", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    await writeFile(lock, JSON.stringify({ host: hostname(), pid: deadPid(), startedAt: new Date().toISOString(), lockedAt: new Date().toISOString() }));
    expect(await withFileLock(lock, async () => "taken", { ...PATIENT, timeoutMs: 2_000 })).toBe("taken");
  });

  // A folder holds what was put in it: kept aside. A FIFO or a link holds nothing: removed.
  it.each([
    ["a folder", (lock: string) => mkdir(lock), [expect.stringMatching(/^a\.lock\.stale-[0-9a-f]+$/)]],
    ["a FIFO", async (lock: string) => expect(spawnSync("mkfifo", [lock]).status).toBe(0), []],
    ["a symbolic link", (lock: string) => symlink("/dev/null", lock), []],
  ])("takes the lock at once from %s put in its place", async (_, make, left) => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    await make(lock);
    expect(await withFileLock(lock, async () => "taken", PATIENT)).toBe("taken");
    expect(await readdir(dir)).toEqual(left);
  });

  it("waits for a lock whose owner is alive", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    await writeFile(lock, JSON.stringify({ host: hostname(), pid: process.pid, startedAt: "x", lockedAt: "y" }));
    const waited = withFileLock(lock, async () => "taken", { staleMs: 60_000, timeoutMs: 300 });
    await expect(waited).rejects.toThrow(/could not lock .* another flows process/);
  });

  it("after kill -9 in the middle of a save, the next save goes through and the leftovers are cleared", async () => {
    const dir = await tempDir();
    const file = join(dir, ...eventRecordPath("evt-1").split("/"));
    await mkdir(dirname(file), { recursive: true });
    // A writer that takes the lock, writes half a temporary file, and hangs there.
    const script = join(dir, "hang.ts");
    await writeFile(
      script,
      [
        `import { withFileLock } from ${JSON.stringify(join(process.cwd(), "src/state/file-lock.ts"))};`,
        `import { writeFileSync } from "node:fs";`,
        `await withFileLock(${JSON.stringify(`${file}.lock`)}, async () => {`,
        `  writeFileSync(${JSON.stringify(file)} + "." + process.pid + "-abcd1234.tmp", '{"formatVersion": 1, "ev');`,
        `  console.log("locked");`,
        "  await new Promise(() => setInterval(() => undefined, 1000));",
        "});",
      ].join("\n"),
    );
    const child = spawn(BUN, [script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("close", resolve));

    const store = new FileStateStore({ dir, lock: PATIENT });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    expect((await store.loadEvent("evt-1"))?.runs.map((run) => run.id)).toEqual(["run_a"]);
    expect(await readdir(dirname(file))).toEqual([file.split("/").at(-1)]);
  });

  // Each waiter that finds the stale lock moves it aside and takes a new one: one that moved the
  // lock another had just taken puts it back, and a holder checks its lock before it commits.
  // 40 rounds each (240 takeovers) in file-lock.stress.test.ts.
  it("6 processes that keep finding the same lock left by a dead process and take it over at once lose no write", async () => {
    const { results, count } = await staleLockTakers(6, 10);
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(count).toBe(String(6 * 10));
  }, 30_000);
});
