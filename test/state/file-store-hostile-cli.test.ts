import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventRecordPath } from "../../src/state/layout.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// A tampered record costs its own event's history, not the job: `flows fire` says which file and
// why, in the state store's problems, and runs the event's steps as new.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-state-hostile-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("`flows fire` and a tampered record file", () => {
  it("a FIFO where the event's record is: named as a store problem, set aside, and the steps run", async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source: rawStep("completed") }] });
    const event = join(repo.dir, "ev.json");
    await writeFile(event, JSON.stringify({ id: "e-2", type: "test", payload: {} }));
    const dir = join(repo.dir, "state");
    const file = join(dir, ...eventRecordPath("e-2").split("/"));
    await mkdir(dirname(file), { recursive: true });
    expect(spawnSync("mkfifo", [file]).status).toBe(0);

    const { code, out, err } = await runCli(["fire", "--repo", repo.dir, "--event", event, "--state-dir", dir, "--no-color"], cliTestEnv());

    const all = `${out}${err}`;
    expect(all).not.toMatch(/This is a bug|\n\s+at /);
    // Named as its file prefix names it: relative to the repository.
    expect(all).toContain(relative(repo.dir, file));
    expect(all).toMatch(/is a FIFO \(named pipe\), not a plain file; moved aside to \S+\.corrupt-\S+, and the event counts as not handled yet/);
    expect(out).toMatch(/completed\s+e\/s/);
    expect(code, all).toBe(0);
  }, 20_000);
});
