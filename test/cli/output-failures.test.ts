// `flows` writing where its output cannot go: a reader that leaves early (`| head -1`) and a
// full disk (`> /dev/full`), on Bun and on Node, the two hosts the launcher runs the CLI on.
// Real processes through a shell, as a terminal user runs them: on Bun and on Node
// as it ships (dist/, rebuilt first when stale; tsx would cost each process a second).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, flowsIn } from "../helpers/cli.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

const ROOT = resolve(".");
const HOSTS = {
  Bun: [join(ROOT, "node_modules", ".bin", "bun"), join(ROOT, "dist", "cli", "index.js")],
  Node: [process.execPath, join(ROOT, "dist", "cli", "index.js")],
} as const;

beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-output-");
});
afterEach(async () => {
  await repo.cleanup();
});

/**
 * `flows --repo REPO ARGS REDIRECTS`, after the shell commands `before`, piped on as `then`
 * says, in the repository: its exit code and what reached the shell's own stdout and stderr.
 */
async function inShell(host: keyof typeof HOSTS, args: string, then = "", before = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  // `before` in a shell of its own: a limit it sets holds for flows, not for the exit-code file.
  const script = `( ( ${before} "$@" ${args} ); echo $? > exit-code ) ${then}`;
  const result = spawnSync("bash", ["-c", script, "flows", ...HOSTS[host], "--repo", repo.dir, "--no-color"], {
    // On Node: the launcher runs the CLI there rather than handing over to Bun.
    env: cliTestEnv(host === "Node" ? { FLOWS_CLI_HOST: "node" } : {}),
    encoding: "utf8",
    cwd: repo.dir,
  });
  const code = Number(await readFile(join(repo.dir, "exit-code"), "utf8"));
  return { code, stdout: result.stdout, stderr: result.stderr };
}

describe.each(Object.keys(HOSTS) as Array<keyof typeof HOSTS>)("flows on %s", (host) => {
  it.skipIf(!existsSync("/dev/full"))("says its output could not be written to a full disk, with exit 1 and no stack", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    for (const args of ["list", "help", "list --json"]) {
      const { code, stderr } = await inShell(host, `${args} > /dev/full`);
      expect(stderr, args).toBe("flows: could not write to standard output: the disk is full (ENOSPC); the output is incomplete.\n");
      expect(code, args).toBe(1);
    }
  }, 60_000);

  it("says its output went over the file size limit in the words `flows new` uses (src/disk-problems.ts)", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    // `ulimit -f 0` with SIGXFSZ ignored: every write to a file is refused with EFBIG.
    const { code, stderr } = await inShell(host, "list > out.txt", "", 'trap "" XFSZ; ulimit -f 0;');
    expect(stderr).toBe("flows: could not write to standard output: the file size limit of this process is reached (ulimit -f) (EFBIG); the output is incomplete.\n");
    expect(code).toBe(1);
  }, 60_000);

  it("ends quietly when the reader of a long listing leaves early", async () => {
    for (let index = 0; index < 150; index += 1) {
      await writeFlow(repo.dir, { name: `flow-${index}`, steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    }
    const { code, stdout, stderr } = await inShell(host, "list 2>&1", "| head -c 20");
    expect(stdout).toBe("flow-0 v1  flows/flo");
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);

  it("finishes and records a step whose output lines nobody reads any more (`2>&1 | head -1`)", async () => {
    const chatty = `for (let i = 0; i < 200; i++) console.error("line " + i);\nawait Bun.sleep(300);\n${rawStep("completed")}`;
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: chatty }] });
    await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-head")));
    const { code, stdout } = await inShell(host, "fire --event event.json 2>&1", "| head -1");
    expect(stdout).toBe("[f/s] line 0\n");
    expect(code).toBe(0);
    const runs = JSON.parse((await flowsIn(repo.dir, "runs", "--json")).out);
    expect(runs.map((run: { effectiveStatus: string }) => run.effectiveStatus)).toEqual(["completed"]);
  }, 60_000);
});
