import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventRecordPath } from "../../src/state/layout.js";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { BUN } from "./helpers.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

// A redelivery of an event whose steps are all handled runs nothing and saves only its dispatch
// count. A state folder that refuses that save (read-only) costs the count, said as a warning:
// the command reports the duplicate and exits 0, as nothing ran and nothing of the runs is lost.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-state-read-only-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** Every folder and file under `dir` read-only (or writable again). */
function setWritable(dir: string, writable: boolean): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) setWritable(path, writable);
    else chmodSync(path, writable ? 0o644 : 0o444);
  }
  chmodSync(dir, writable ? 0o755 : 0o555);
}

/**
 * `flows ARGV` as a real process that finds `dir` read-only: by its modes, or as root (whom modes
 * do not stop) behind a read-only bind mount of it in a mount namespace of its own.
 */
function flowsWithReadOnly(dir: string, argv: string[]): { code: number | null; out: string; err: string } {
  const flows = [BUN, join(process.cwd(), "dist", "cli", "index.js"), "--no-color", ...argv];
  const asRoot = process.getuid?.() === 0;
  const [command, ...args] = asRoot
    ? ["unshare", "-m", "sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', dir, ...flows]
    : flows;
  if (!asRoot) setWritable(dir, false);
  try {
    const child = spawnSync(command!, args, { cwd: repo.dir, env: cliTestEnv(), encoding: "utf8" });
    return { code: child.status, out: child.stdout, err: child.stderr };
  } finally {
    if (!asRoot) setWritable(dir, true);
  }
}

describe("a redelivery of a handled event to a read-only state folder", () => {
  it("`flows fire` reports the duplicate and exits 0, warning that its count could not be saved and why", async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source: rawStep("completed") }] });
    const event = join(repo.dir, "ev.json");
    await (await import("node:fs/promises")).writeFile(event, JSON.stringify({ id: "e-ro", type: "test", payload: {} }));
    const dir = join(repo.dir, "state");
    const fire = ["fire", "--repo", repo.dir, "--event", event, "--state-dir", dir];
    const first = spawnSync(BUN, [join(process.cwd(), "dist", "cli", "index.js"), "--no-color", ...fire], { cwd: repo.dir, env: cliTestEnv(), encoding: "utf8" });
    expect(first.status, first.stderr).toBe(0);
    const file = join(dir, ...eventRecordPath("e-ro").split("/"));
    const before = readFileSync(file, "utf8");

    const { code, out, err } = flowsWithReadOnly(dir, fire);

    const all = `${out}${err}`;
    expect(all).not.toMatch(/This is a bug|\n\s+at /);
    expect(all).not.toContain("could not be saved: ");
    expect(out).toMatch(/duplicate|already handled/i);
    expect(all).toContain('warning: state record: event "e-ro" was delivered again and found already handled (nothing ran), but the redelivery count could NOT be saved: cannot save records to the state folder');
    expect(all).toMatch(/\.json\.lock (is on a read-only file system|permission denied)/);
    expect(all).toContain("it still counts 1 dispatch(es), this one not included; no run of it is lost.");
    expect(code, all).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(before);
  }, 30_000);

  it("a first delivery to a read-only state folder still fails: its runs would be lost", async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source: rawStep("completed") }] });
    const event = join(repo.dir, "ev.json");
    await (await import("node:fs/promises")).writeFile(event, JSON.stringify({ id: "e-new", type: "test", payload: {} }));
    const dir = join(repo.dir, "state");
    await (await import("node:fs/promises")).mkdir(dir);

    const { code, err } = flowsWithReadOnly(dir, ["fire", "--repo", repo.dir, "--event", event, "--state-dir", dir]);

    expect(err).not.toContain("redelivery count");
    expect(err).toMatch(/cannot save records to the state folder/);
    expect(code).toBe(1);
  }, 30_000);
});
