// The shipped action (dist/index.js) on a repository whose flows/ a pull request wrote: each bad
// package is named in the log and summary, costs bounded time, and the good package still runs.
import { spawnSync } from "node:child_process";
import { mkdir, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";

const TYPE = "repository_dispatch.hostile";
const EVENT = { action: "hostile", client_payload: {}, repository: { full_name: "octo-org/octo-repo" }, sender: { login: "octocat" } };
const INPUTS = { checks: "off", comment: "off", state: "none" };

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-action-hostile-repo-");
  await writeFlow(repo.dir, { name: "good", steps: [{ name: "s", trigger: TYPE, source: rawStep("completed", "good ran") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

/** flows/<folder> with `manifest` as flow.toml and a good exec/s.ts. */
async function writePackage(folder: string, manifest: string): Promise<string> {
  const dir = join(repo.dir, "flows", folder);
  await mkdir(join(dir, "exec"), { recursive: true });
  await writeFile(join(dir, "flow.toml"), manifest);
  await writeFile(join(dir, "exec", "s.ts"), rawStep("completed"));
  return dir;
}

const manifest = (name: string, script = "exec/s.ts"): string =>
  `name = "${name}"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "${script}"\n\n[steps.trigger]\ntype = "${TYPE}"\n`;

describe.skipIf(process.platform === "win32")("the action on a hostile flows/", () => {
  it("runs the good package beside a FIFO, a /dev/zero link, a 200 MB manifest, 120,000 bad steps a folder named with a workflow command and a flow named as one", async () => {
    await rm(join(await writePackage("fifo", ""), "flow.toml"));
    spawnSync("mkfifo", [join(repo.dir, "flows/fifo/flow.toml")]);
    await rm(join(await writePackage("zero-script", manifest("zero-script")), "exec/s.ts"));
    await symlink("/dev/zero", join(repo.dir, "flows/zero-script/exec/s.ts"));
    await truncate(join(await writePackage("huge", ""), "flow.toml"), 200 * 1024 * 1024);
    await writePackage("many-steps", `name = "many-steps"\nversion = 1\nsteps = [${Array(120_000).fill("1").join(",")}]\n`);
    await writePackage("evil\n::error::injected", manifest("evil", "exec/missing.ts"));
    // A name is one printable line, but may start with "::": a workflow command wherever a line starts with it.
    await writePackage("colons", manifest("::error::named"));
    await writePackage("markdown", manifest("**bold** | [link](https://example.com) <b>x</b>"));

    const run = await runDistAction({ workspace: repo.dir, eventName: "repository_dispatch", payload: EVENT, inputs: INPUTS, killAfterMs: 90_000 });
    expect(run.code, run.stderr).not.toBeNull();
    // Bounded in the action's own running time (its wall time less its wait for a core): on a
    // loaded machine the wall clock ran while the action waited for a CPU.
    expect(run.runningMs).toBeLessThan(60_000);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |this is a bug|Maximum call stack/i);
    expect(run.stdout.split("\n").filter((line) => /^::error::(injected|named)/.test(line))).toEqual([]);
    expect(run.summary).toMatch(/\| good \| s \| ✅ completed \| good ran \|/);
    expect(run.stdout).toContain("\n\\u003a:error::named/s: completed — completed\n");
    expect(run.summary).toMatch(/\| ::error::named \| s \| ✅ completed \|/);
    const log = run.stdout;
    expect(log).toMatch(/file=flows\/fifo\/flow\.toml::flow\.toml is a FIFO \(named pipe\), not a plain file/);
    // Past GitHub's 10 error annotations per step, the rest are in the summary.
    expect(run.summary).toMatch(/`flows\/zero-script\/flow\.toml:7:1` \| .*script "exec\/s\.ts" is not a regular file/);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(log).toMatch(/file=flows\/huge\/flow\.toml::flow\.toml is 200(\.0)? MiB; a flow\.toml may be at most 512 KiB/);
    expect(log).toMatch(/file=flows\/many-steps\/flow\.toml,line=3,col=\d+::steps\[0\] is 1/);
    expect(log).toMatch(/file=flows\/evil%0A%3A%3Aerror%3A%3Ainjected\/flow\.toml,line=7,col=1::steps\[0\]\.script "exec\/missing\.ts" does not exist/);
  }, 150_000);
});
