import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, unlink, utimes, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { outputOf } from "../helpers/cli-process.js";
import { BUN, CHILDREN, tempDir } from "./helpers.js";

// Removing a file by name removes whatever is there by then: a stale lock (or `<lock>.break`)
// judged by one look and removed by name a moment later can be another process's fresh one, and
// a release that compared the lock's text with its own and then removed it by name could remove
// the lock that another process had broken and taken in between. Each race falls in
// microseconds; these tests hold a real process at the point where it falls (file-lock.ts,
// `pauseAt`) while others go on.

type Stepper = { child: ChildProcessWithoutNullStreams; done: Promise<{ code: number | null; out: string; err: string }> };

/** A Bun process taking the lock once, stopping where `pauses` say (children/lock-stepper.ts). */
function stepper(lock: string, sync: string, name: string, pauses: string[], keep = false): Stepper {
  const child = spawn(BUN, [join(CHILDREN, "lock-stepper.ts"), lock, sync, name, pauses.join(","), ...(keep ? ["keep"] : [])]);
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return { child, done: outputOf(child) };
}

/** Waits until `file` exists (a stepper reached a pause), failing after 15 s. */
async function reached(file: string): Promise<void> {
  for (const end = Date.now() + 15_000; Date.now() < end; ) {
    if (existsSync(file)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never reached ${file}`);
}

async function finished(step: Stepper): Promise<{ overlaps: number; waitedTooLong: string[] }> {
  const { code, out, err } = await step.done;
  expect({ code, err }).toMatchObject({ code: 0 });
  return JSON.parse(out.split("\n")[0] ?? "");
}

/** The owner text of a process that has exited, on this host: a lock naming it is stale at once. */
function deadOwner(): string {
  const gone = Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
  const at = new Date().toISOString();
  return `${JSON.stringify({ host: hostname(), pid: gone, startedAt: at, lockedAt: at })}\n`;
}

async function folders(): Promise<{ dir: string; lock: string; sync: string }> {
  const dir = await tempDir();
  await mkdir(join(dir, "locks"));
  await mkdir(join(dir, "sync"));
  return { dir, lock: join(dir, "locks", "a.lock"), sync: join(dir, "sync") };
}

describe("a stale lock is removed only while it is the one judged stale", () => {
  it("two waiters that judged one break lock stale (its breaker killed) never break the lock at once: the later one leaves the other's new break lock", async () => {
    const { dir, lock, sync } = await folders();
    await writeFile(lock, deadOwner());
    await writeFile(`${lock}.break`, deadOwner());
    // A judged the dead breaker's `.break` stale and is about to remove it, when B (which judged
    // it too) removes it, takes its own `.break` and is breaking the lock.
    const a = stepper(lock, sync, "a", ["judged:a.lock.break"]);
    await reached(join(sync, "a.judged"));
    const b = stepper(lock, sync, "b", ["breaking:a.lock.break"]);
    await reached(join(sync, "b.breaking"));
    await writeFile(join(sync, "a.judged.go"), "");
    // Long enough for A to take `.break` too, had it removed B's.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await writeFile(join(sync, "b.breaking.go"), "");
    const seen = [await finished(a), await finished(b)];
    expect(seen).toEqual([
      { overlaps: 0, waitedTooLong: [] },
      { overlaps: 0, waitedTooLong: [] },
    ]);
    expect(await readdir(join(dir, "locks"))).toEqual([]);
  }, 40_000);

  it("a lock moved aside by mistake and put back after its holder let go of it is broken at once, not held by nobody", async () => {
    const { dir, lock, sync } = await folders();
    // Another host's lock, old enough to be judged stale by its age.
    const at = new Date(Date.now() - 120_000).toISOString();
    await writeFile(lock, `${JSON.stringify({ host: `not-${hostname()}`, pid: 1, startedAt: at, lockedAt: at, key: "0ldf00d0" })}\n`);
    await utimes(lock, new Date(at), new Date(at));
    const breaker = stepper(lock, sync, "b", ["judged:a.lock", "moved:a.lock"]);
    await reached(join(sync, "b.judged"));
    // That host lets go of it after all, and V (alive on this host) takes the lock; the breaker
    // moves V's lock aside, taking it for the one it judged, and V lets go of it meanwhile.
    await unlink(lock);
    const holder = stepper(lock, sync, "v", ["releasing:a.lock"], true);
    await reached(join(sync, "v.releasing"));
    await writeFile(join(sync, "b.judged.go"), "");
    await reached(join(sync, "b.moved"));
    await writeFile(join(sync, "v.releasing.go"), "");
    await reached(join(sync, "v.released"));
    // V's lock is aside (the breaker holds `.break`), and V let go of it.
    expect(await readdir(join(dir, "locks"))).toEqual(["a.lock.break", expect.stringMatching(/^a\.lock\.stale-[0-9a-f]+$/)]);
    // Put back, V's lock names a live owner of this host: only its mark lets the breaker take it.
    await writeFile(join(sync, "b.moved.go"), "");
    expect(await finished(breaker)).toEqual({ overlaps: 0, waitedTooLong: [] });
    await writeFile(join(sync, "v.exit"), "");
    expect(await finished(holder)).toEqual({ overlaps: 0, waitedTooLong: [] });
    expect(await readdir(join(dir, "locks"))).toEqual([]);
  }, 40_000);
});

describe("a release removes only its own lock", () => {
  it("leaves the lock that another host broke and took after the release compared the lock with its own", async () => {
    const { dir, lock, sync } = await folders();
    const holder = stepper(lock, sync, "v", ["releasing:a.lock"]);
    await reached(join(sync, "v.releasing"));
    // Another host judged the lock stale (its holder paused past the stale time), broke it and took it.
    await rename(lock, `${lock}.stale-test`);
    await unlink(`${lock}.stale-test`);
    const at = new Date().toISOString();
    const theirs = `${JSON.stringify({ host: `not-${hostname()}`, pid: 1, startedAt: at, lockedAt: at, key: "0badf00d" })}\n`;
    await writeFile(lock, theirs, { flag: "wx" });
    await writeFile(join(sync, "v.releasing.go"), "");
    expect(await finished(holder)).toEqual({ overlaps: 0, waitedTooLong: [] });
    expect(await readFile(lock, "utf8").catch(() => "(removed)")).toBe(theirs);
    expect(await readdir(join(dir, "locks"))).toEqual(["a.lock"]);
  }, 30_000);
});
