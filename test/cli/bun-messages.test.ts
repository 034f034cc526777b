// The Bun that steps run with, as the command line and the library name it: --bun and FLOWS_BUN
// on the command line, bunPath in the library; and a program that is not Bun is said to be so
// before any step starts, whichever way the command was started.
import { spawnSync } from "node:child_process";
import { chmod, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BunNotFoundError, findBun } from "../../src/runners/find-bun.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

const BUN = resolve("node_modules/.bin/bun");

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-bun-messages-");
});
afterEach(async () => {
  await repo.cleanup();
});

async function script(name: string, body: string): Promise<string> {
  const path = join(repo.dir, name);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

async function fourSteps(): Promise<string> {
  for (const name of ["a", "b", "c", "d"]) await writeFlow(repo.dir, { name, steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
  const event = join(repo.dir, "event.json");
  await writeFile(event, JSON.stringify(flowEvent("t", "evt-bun-check")));
  return event;
}

describe("--bun and bunPath are each named where they are given", () => {
  it("the command says --bun, the library bunPath", async () => {
    const event = await fourSteps();
    const missing = join(repo.dir, "no-such-bun");
    const fired = await runCli(["--repo", repo.dir, "--no-color", "fire", "--event", event, "--state", "none", "--bun", missing], cliTestEnv());
    expect(fired.code).toBe(1);
    expect(fired.err).toContain(`The bun executable given with --bun is not an executable file: ${missing}. Point --bun at Bun's executable`);
    expect(fired.err).not.toContain("bunPath");

    let thrown: unknown;
    try {
      findBun({ explicit: missing, env: {} });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BunNotFoundError);
    const { message } = thrown as BunNotFoundError;
    expect(message).toContain(`The bun executable given with bunPath is not an executable file: ${missing}. Set bunPath to Bun's executable`);
    expect(message).not.toContain("--bun");
  });
});

describe("a FLOWS_BUN that is not Bun", () => {
  // Started straight with Bun, and through the launcher (on Bun, from the sources).
  for (const entry of ["src/cli.ts", "src/cli/launcher.js"]) {
    it(`is said to be no Bun before any step runs: bun ${entry}`, async () => {
      const event = await fourSteps();
      const silent = await script("true", "exit 0");
      const child = spawnSync(BUN, [entry, "--repo", repo.dir, "--no-color", "fire", "--event", event, "--state", "none"], {
        env: cliTestEnv({ FLOWS_BUN: silent }),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(child.status, child.stderr).toBe(1);
      expect(child.stderr).toContain(`FLOWS_BUN names ${silent}, which is not Bun: asked \`--version\`, it printed nothing, where Bun prints its version (like 1.2.3)`);
      expect(child.stderr).toContain("Point FLOWS_BUN at Bun's executable");
      // No step was started with it.
      expect(child.stdout + child.stderr).not.toContain("FLOW_RESULT");
      expect(child.stdout).not.toMatch(/failed|ran=/);
    });
  }

  it("is never run in the command's place by the launcher run as a command: the steps run on the Bun found after it, and it is said", async () => {
    const event = await fourSteps();
    const programs = [await script("true", "exit 0"), "/usr/bin/true", process.execPath];
    for (const program of programs) {
      // The launcher from the sources: it finds this repository's Bun, which runs src/cli/main.ts.
      const child = spawnSync(resolve("src/cli/launcher.js"), ["--repo", repo.dir, "--no-color", "fire", "--event", event, "--state", "none"], {
        env: cliTestEnv({ FLOWS_BUN: program }),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(child.status, `${program}: ${child.stderr}`).toBe(0);
      // The four steps ran, with Bun.
      expect(child.stdout, program).toContain("ran=4");
      expect(child.stdout.match(/✅ completed/g), child.stdout).toHaveLength(4);
      expect(child.stderr).toContain(`flows: FLOWS_BUN names ${program}, which is not Bun: asked \`--version\`, it `);
      expect(child.stderr).toContain(`so this command runs on the Bun found after it, ${BUN},`);
      expect(child.stderr.match(/FLOWS_BUN names/g), program).toHaveLength(1);
    }
  }, 120_000);

  it("is said on Node too (the library, a command on Node), naming what it printed", async () => {
    const event = await fourSteps();
    const node = await script("node-ish", 'echo "v22.0.0"');
    const fired = await runCli(["--repo", repo.dir, "--no-color", "fire", "--event", event, "--state", "none"], cliTestEnv({ FLOWS_BUN: node }));
    expect(fired.code).toBe(1);
    expect(fired.err).toContain(`FLOWS_BUN names ${node}, which is not Bun: asked \`--version\`, it printed "v22.0.0"`);
    expect(fired.out).not.toContain("failed");
  });
});

describe("telling Bun from another program", () => {
  it("starts no process for the Bun the command runs on, and asks another once per process", async () => {
    const other = await script("other-bun", "echo 1.2.3");
    const probe = join(repo.dir, "probe.ts");
    await writeFile(
      probe,
      [
        'import { createRequire } from "node:module";',
        'const cp = createRequire(import.meta.url)("node:child_process");',
        "const started: string[] = [];",
        "const original = cp.spawnSync;",
        "cp.spawnSync = (file: string, ...rest: unknown[]) => { started.push(file); return original(file, ...rest); };",
        `const { findBun } = await import(${JSON.stringify(resolve("src/runners/find-bun.ts"))});`,
        "const own = findBun({ env: { FLOWS_BUN: process.argv[2], PATH: '' } });",
        "const startedForOwn = started.length;",
        "findBun({ env: { FLOWS_BUN: process.argv[3], PATH: '' } });",
        "findBun({ env: { FLOWS_BUN: process.argv[3], PATH: '' } });",
        "console.log(JSON.stringify({ own, startedForOwn, started }));",
      ].join("\n"),
    );
    // node_modules/.bin/bun is a link to the Bun that runs the probe: the same file.
    const child = spawnSync(BUN, [probe, BUN, other], { encoding: "utf8", timeout: 60_000 });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout) as { own: unknown; startedForOwn: number; started: string[] };
    expect(result.own).toEqual({ path: BUN, from: "FLOWS_BUN" });
    expect(result.startedForOwn).toBe(0);
    expect(result.started).toEqual([other]);
  });
});
