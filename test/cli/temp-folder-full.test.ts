// A step cannot start when the temp folder refuses flows-action's step wrapper (a full /tmp, a
// TMPDIR that is not there): the machine's to fix, so the step's failure says which folder and
// what to change, as the run's error and in the output, without the stack of a bug. Real
// processes (os.tmpdir() is the process's, and the wrapper folder is made once per process).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

const BUN = resolve("node_modules", ".bin", "bun");
const LAUNCHER = resolve("src", "cli", "launcher.js");

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-temp-folder-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("a step whose wrapper the temp folder refuses", () => {
  it("fails saying which temp folder and what to change, with no stack trace in the output or the record", async () => {
    await writeFlow(repo.dir, { name: "mod", steps: [{ name: "main", trigger: "t", source: 'export default async () => ({ status: "completed" });' }] });
    const event = await writeEventFile(repo.dir, flowEvent("t", "evt-tmp"));
    const missing = join(repo.dir, "no-such-tmp");
    const child = spawnSync(BUN, [LAUNCHER, "--no-color", "--repo", repo.dir, "fire", "--event", event], { env: cliTestEnv({ TMPDIR: missing }), encoding: "utf8" });
    expect(child.status).toBe(1);
    const said = `flows-action cannot write its step wrapper into the temp folder ${missing}: it does not exist (ENOENT). Free some space there, or set TMPDIR to a writable folder with room.`;
    expect(child.stdout).toContain(`❌ failed  mod/main`);
    expect(child.stdout).toContain(said);
    expect(`${child.stdout}${child.stderr}`).not.toMatch(/\n\s+at /);

    const runs = JSON.parse((await flowsIn(repo.dir, "runs", "--json")).out) as Array<{ error?: string }>;
    expect(runs[0]?.error).toBe(`flows-action could not run step "main": ${said}`);
  });
});
