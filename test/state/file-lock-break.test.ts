// A break lock left behind by a killed waiter; file-lock-break.stress.test.ts races 8 processes
// to break the locks of holders killed with kill -9.
import { spawnSync } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withFileLock } from "../../src/state/file-lock.js";
import { tempDir } from "./helpers.js";

describe("breaking the lock of a holder killed with kill -9", () => {
  it("a break lock left by a waiter killed while it broke a lock holds nothing: the lock is taken at once, and nothing is left", async () => {
    const dir = await tempDir();
    const lock = join(dir, "a.lock");
    const gone = Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
    const at = new Date().toISOString();
    const deadOwner = JSON.stringify({ host: hostname(), pid: gone, startedAt: at, lockedAt: at });
    await writeFile(lock, deadOwner);
    await writeFile(`${lock}.break`, deadOwner);
    expect(await withFileLock(lock, () => "taken", { staleMs: 10 * 60_000, timeoutMs: 2_000 })).toBe("taken");
    expect(await readdir(dir)).toEqual([]);
  });
});
