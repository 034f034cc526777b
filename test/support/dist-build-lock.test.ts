import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
// @ts-expect-error: a plain .mjs script shared with scripts/test.mjs (no declarations)
import { DIST_BUILD_LOCK_MAX_AGE_MS, freeDistBuildLock, takeDistBuildLock } from "../../scripts/dist-build-lock.mjs";

// `npm test` and the tests that run dist/ build it under one lock. A vitest run killed while it
// built left the lock behind, and every later run in that checkout waited 15 minutes for it.

function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), "flows-dist-lock-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** A lock as a builder with `pid` left it. */
function leftLock(root: string, pid: number): string {
  const lock = join(root, ".dist-build.lock");
  mkdirSync(lock);
  writeFileSync(join(lock, "pid"), String(pid));
  return lock;
}

describe("the lock on building dist/", () => {
  it("is taken at once when its builder is gone", async () => {
    const root = checkout();
    const gone = spawn(process.execPath, ["-e", "0"]);
    const pid = gone.pid as number;
    await new Promise((done) => gone.once("exit", done));
    leftLock(root, pid);
    expect(takeDistBuildLock(root)).toBe(true);
    // Taken now: the next run waits for this one.
    expect(takeDistBuildLock(root)).toBe(false);
    freeDistBuildLock(root);
    expect(takeDistBuildLock(root)).toBe(true);
  });

  it("is left to a builder that still runs, until it is older than a build takes", async () => {
    const root = checkout();
    const builder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"]);
    onTestFinished(() => void builder.kill());
    const lock = leftLock(root, builder.pid as number);
    expect(takeDistBuildLock(root)).toBe(false);
    const old = (Date.now() - DIST_BUILD_LOCK_MAX_AGE_MS - 60_000) / 1000;
    utimesSync(lock, old, old);
    expect(takeDistBuildLock(root)).toBe(true);
  });

  it("is given to one of many runs that find it left at once", async () => {
    const root = checkout();
    const gone = spawn(process.execPath, ["-e", "0"]);
    const pid = gone.pid as number;
    await new Promise((done) => gone.once("exit", done));
    leftLock(root, pid);
    const script = new URL("../../scripts/dist-build-lock.mjs", import.meta.url).pathname;
    const runs = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ["--input-type=module", "-e", `import { takeDistBuildLock } from ${JSON.stringify(script)}; const deadline = Date.now() + 2000; let taken = false; while (!taken && Date.now() < deadline) taken = takeDistBuildLock(${JSON.stringify(root)}); console.log(taken); setTimeout(() => {}, 3000);`], {
        stdio: ["ignore", "pipe", "inherit"],
      }),
    );
    onTestFinished(() => {
      for (const run of runs) run.kill();
    });
    const said = await Promise.all(runs.map((run) => new Promise<string>((done) => run.stdout.once("data", (chunk: Buffer) => done(chunk.toString().trim())))));
    expect(said.filter((taken) => taken === "true")).toHaveLength(1);
  });
});
