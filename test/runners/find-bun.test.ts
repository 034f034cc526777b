// #15 item 5: Bun is found via --bun, then FLOWS_BUN, then next to the installed package, then
// PATH; a missing Bun is a user error that stores nothing; the flows launcher works outside npm.
import { spawnSync } from "node:child_process";
import { chmod, mkdir, symlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { BunNotFoundError, bunBesidePackage, findBun } from "../../src/runners/find-bun.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { BUN_PATH } from "./helpers.js";
import { npmBunPlaceholder } from "../helpers/bun-placeholder.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempRepo("flows-find-bun-"));
});
afterEach(async () => {
  await cleanup();
});

/** A stand-in for Bun that answers `--version` as Bun does (findBun asks a Bun it does not run on). */
async function fakeBun(path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, "#!/bin/sh\necho 1.2.3\n");
  await chmod(path, 0o755);
  return path;
}

/** Node's folder only, so no bun is on PATH (as outside `npm run`). */
const PLAIN_PATH = `${dirname(process.execPath)}:/usr/bin:/bin`;

// A build of dist/ is waited for here, not within the time of the tests that run it (DIST_BUILD_WAIT_MS).
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

describe("finding Bun", () => {
  it("takes --bun, then FLOWS_BUN, then Bun next to the package, then PATH", async () => {
    const packageDir = join(dir, "node_modules", "flows-action");
    const explicit = await fakeBun(join(dir, "explicit", "bun"));
    const variable = await fakeBun(join(dir, "variable", "bun"));
    const onPath = await fakeBun(join(dir, "path", "bun"));
    const env = { PATH: join(dir, "path"), FLOWS_BUN: variable };
    expect(findBun({ explicit, env, packageDir })).toEqual({ path: explicit, from: "explicit" });
    expect(findBun({ env, packageDir })).toEqual({ path: variable, from: "FLOWS_BUN" });
    expect(findBun({ env: { PATH: env.PATH }, packageDir })).toEqual({ path: onPath, from: "PATH" });
    // flows-action installed as a dependency: the bun package beside it wins over PATH.
    const sibling = await fakeBun(join(dir, "node_modules", ".bin", "bun"));
    expect(findBun({ env: { PATH: env.PATH }, packageDir })).toEqual({ path: sibling, from: "package" });
    const own = await fakeBun(join(packageDir, "node_modules", "bun", "bin", "bun.exe"));
    expect(findBun({ env: { PATH: env.PATH }, packageDir })).toEqual({ path: own, from: "package" });
    expect(bunBesidePackage(packageDir, "linux")).toEqual([
      join(packageDir, "node_modules", ".bin", "bun"),
      join(packageDir, "node_modules", "bun", "bin", "bun.exe"),
      join(dir, "node_modules", ".bin", "bun"),
      join(dir, "node_modules", "bun", "bin", "bun.exe"),
    ]);
  });

  it("says what it tried and how to fix it when there is no Bun", () => {
    expect(() => findBun({ env: { PATH: join(dir, "nothing") }, packageDir: dir })).toThrow(BunNotFoundError);
    expect(() => findBun({ env: { PATH: join(dir, "nothing") }, packageDir: dir })).toThrow(
      `Bun is needed to run flow steps and was not found: no --bun option, FLOWS_BUN is not set, no bun next to flows-action (${dir}), and none on PATH. Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.`,
    );
    expect(() => findBun({ env: { FLOWS_BUN: join(dir, "nope") }, packageDir: dir })).toThrow(`FLOWS_BUN names ${join(dir, "nope")}, which is not an executable file.`);
    expect(() => findBun({ explicit: join(dir, "nope"), packageDir: dir })).toThrow(`The bun executable given with bunPath is not an executable file: ${join(dir, "nope")}.`);
  });

  it("passes over the bun npm package's placeholder (its install script held back) and says what to do when no Bun follows", async () => {
    // flows-action installed as a dependency, with the bun package beside it as npm leaves it.
    const packageDir = join(dir, "node_modules", "flows-action");
    const placeholder = await npmBunPlaceholder(join(dir, "node_modules"));
    // The fixture is the real thing: it fails every command with its own message.
    const ran = spawnSync(placeholder, ["--version"], { encoding: "utf8" });
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain("Bun's postinstall script was not run.");

    const what = "is not Bun but the placeholder the \"bun\" npm package installs until its install script runs, and that script did not run";
    const fix = "Run `npm install-scripts approve bun` and then `npm rebuild bun` in the project that installed flows-action";
    const lone = () => findBun({ env: { PATH: join(dir, "nothing") }, packageDir });
    expect(lone).toThrow(BunNotFoundError);
    expect(lone).toThrow(`Bun is needed to run flow steps, and the bun found, ${placeholder}, ${what}`);
    expect(lone).toThrow(fix);
    expect(lone).toThrow("or install Bun another way (https://bun.sh) and put it on PATH or name it with FLOWS_BUN.");
    // npm 11.19 runs an unapproved install script (with a warning): the placeholder stays when
    // allowScripts denies bun, and then `approve` refuses ("bun is denied") until that entry goes.
    expect(lone).toThrow("if its package.json's `allowScripts` has `\"bun\": false`, as `npm install-scripts deny bun` writes, delete that entry first");
    expect(lone).not.toThrow("npm 11 holds back");
    // npm 10 (Node 22's) has no `install-scripts` command ("Unknown command").
    expect(lone).toThrow("npm 10 has no install-scripts command: there `npm rebuild bun` alone");
    // A Bun on PATH is used instead.
    const onPath = await fakeBun(join(dir, "path", "bun"));
    expect(findBun({ env: { PATH: join(dir, "path") }, packageDir })).toEqual({ path: onPath, from: "PATH" });
    // On PATH itself (a global `npm install -g bun` without its script), it is passed over as well.
    expect(findBun({ env: { PATH: `${join(dir, "node_modules", ".bin")}:${join(dir, "path")}` }, packageDir: dir })).toEqual({ path: onPath, from: "PATH" });
    expect(() => findBun({ env: { PATH: join(dir, "node_modules", ".bin") }, packageDir: dir })).toThrow(`the bun found, ${placeholder}, ${what}`);
    // Named with FLOWS_BUN or --bun, it is an error at once.
    expect(() => findBun({ env: { PATH: join(dir, "path"), FLOWS_BUN: placeholder }, packageDir })).toThrow(`FLOWS_BUN names ${placeholder}, which ${what}`);
    expect(() => findBun({ explicit: placeholder, env: { PATH: join(dir, "path") }, packageDir })).toThrow(`The bun executable given with bunPath, ${placeholder}, ${what}`);
    expect(() => findBun({ explicit: "bun", env: { PATH: join(dir, "node_modules", ".bin") }, packageDir })).toThrow(fix);
  });

  it("finds this repository's own Bun from the source tree (the package's bun dependency)", () => {
    expect(findBun({ env: { PATH: "" } })).toEqual({ path: resolve("node_modules/.bin/bun"), from: "package" });
  });
});

describe("the flows command and Bun", () => {
  const cli = (env: NodeJS.ProcessEnv, ...argv: string[]) => runCli(["--repo", dir, "--no-color", ...argv], env);

  it("a missing Bun is a clear error with exit 1 that stores no failed attempt", async () => {
    await writeFlow(dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    await writeFile(join(dir, "event.json"), JSON.stringify(flowEvent("t", "evt-bun")));
    const missing = join(dir, "no-such-bun");
    const fired = await cli({ PATH: PLAIN_PATH }, "fire", "--event", join(dir, "event.json"), "--bun", missing);
    expect(fired.code).toBe(1);
    expect(fired.err).toBe(
      `The bun executable given with --bun is not an executable file: ${missing}. Point --bun at Bun's executable (\`command -v bun\` prints it), or leave it out to use FLOWS_BUN, the Bun next to flows-action or PATH.\n`,
    );
    expect(JSON.parse((await cli({ PATH: PLAIN_PATH }, "events", "--json")).out)).toEqual([]);

    expect((await cli({ PATH: PLAIN_PATH }, "fire", "--event", join(dir, "event.json"), "--bun", BUN_PATH)).code).toBe(0);
    const replay = await cli({ PATH: PLAIN_PATH, FLOWS_BUN: missing }, "replay", "evt-bun");
    expect(replay.code).toBe(1);
    expect(replay.err).toContain(`FLOWS_BUN names ${missing}, which is not an executable file.`);
    const runs = JSON.parse((await cli({ PATH: PLAIN_PATH }, "runs", "--json")).out);
    expect(runs[0].attempts).toHaveLength(1);
  });

  it("node <launcher> replay works outside npm run (no bun on PATH), and the launcher runs as a command through a symlink", async () => {
    await writeFlow(dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("changed", "ran") }] });
    await writeFile(join(dir, "event.json"), JSON.stringify(flowEvent("t", "evt-launch")));
    const launcher = resolve("src/cli/launcher.js");
    const env = cliTestEnv({ PATH: PLAIN_PATH });
    const fired = spawnSync(process.execPath, [launcher, "fire", "--repo", dir, "--event", join(dir, "event.json"), "--no-color"], { env, encoding: "utf8" });
    expect(fired.stderr).not.toContain("Error");
    expect(fired.status).toBe(0);
    const replayed = spawnSync(process.execPath, [launcher, "replay", "evt-launch", "--repo", dir, "--no-color"], { env, encoding: "utf8" });
    expect(replayed.status, replayed.stderr).toBe(0);
    expect(replayed.stdout).toContain("(replay)");

    const bin = join(dir, "bin");
    await mkdir(bin);
    await symlink(launcher, join(bin, "flows"));
    const listed = spawnSync(join(bin, "flows"), ["list", "--repo", dir], { env, encoding: "utf8" });
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain("f v1");
    const wrong = spawnSync(join(bin, "flows"), ["lst"], { env, encoding: "utf8" });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Did you mean "list"?');
  });
});

describe("the library under plain node", () => {
  it("runs the README's snippet without bun on PATH: the package's own Bun is found", async () => {
    await ensureFreshDist();
    await writeFlow(dir, { name: "deploy", steps: [{ name: "go", trigger: "deploy.requested", source: rawStep("completed", "deployed") }] });
    const script = `import { dispatch, FileStateStore } from ${JSON.stringify(resolve("dist/lib/index.js"))};

const outcome = await dispatch(
  { id: "deploy:v1.2.3", type: "deploy.requested", payload: { version: "1.2.3" } },
  { repoRoot: process.cwd(), store: new FileStateStore({ dir: ".codex/flow-client" }) },
);
console.log(outcome.status, outcome.runs.map((run) => \`\${run.flowName}/\${run.stepName}: \${run.effectiveStatus}\`));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: dir, env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.stdout).toBe("accepted [ 'deploy/go: completed' ]\n");
  }, 120_000);
});

