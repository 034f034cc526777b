// #16: `flows` on Bun runs the Bun build of the CLI (dist/cli/bun/), so a start transpiles no
// TypeScript. The build is part of dist/: fresh when dist/ is, and the same bytes wherever the
// repository is checked out (check-dist compares it like the rest of dist/).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script (no declarations)
import { buildBunCli } from "../../scripts/bun-cli-build.mjs";
import { captured } from "../helpers/cli-process.js";
import { flowEvent, rawStep, writeFlow, writeText } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { npmBunPlaceholder } from "../helpers/bun-placeholder.js";

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
/** Node's folder only, so no bun is on PATH. */
const PLAIN_PATH = `${dirname(process.execPath)}:/usr/bin:/bin`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-bun-build-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A package with the real launcher, a stand-in Bun build and stand-in TypeScript sources. */
async function fakePackage(pkg = join(dir, "pkg")): Promise<string> {
  await mkdir(join(pkg, "dist", "cli", "bun"), { recursive: true });
  await mkdir(join(pkg, "src", "cli"), { recursive: true });
  await writeFile(join(pkg, "package.json"), JSON.stringify({ name: "flows-action", type: "module" }));
  await cp(join(ROOT, "src", "cli", "launcher.js"), join(pkg, "dist", "cli", "index.js"));
  await writeFile(join(pkg, "dist", "cli", "package.json"), '{ "type": "module" }\n');
  const stub = (said: string): string =>
    `export async function main(argv) { process.stdout.write(${JSON.stringify(said)} + " " + argv.join(" ")); return 0; }\n`;
  await writeFile(join(pkg, "dist", "cli", "bun", "main.js"), stub("the Bun build"));
  await writeFile(join(pkg, "src", "cli", "main.ts"), stub("the sources"));
  await mkdir(join(pkg, "dist", "lib"), { recursive: true });
  await writeFile(
    join(pkg, "dist", "lib", "index.js"),
    'export async function runCli(argv) { process.stdout.write("the library on Node " + argv.join(" ")); return 0; }\n',
  );
  return pkg;
}

/**
 * Runs a command in a process group of its own, killed whole after `ms`: a launcher that starts
 * itself again and again never outlives the test.
 */
function runBounded(command: string, args: string[], env: NodeJS.ProcessEnv, ms = 15_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { env, detached: true });
    const output = captured(child);
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), ms);
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status, stdout: output.out, stderr: output.err });
    });
  });
}

// A build of dist/ is waited for here, not within the time of the tests that run it (DIST_BUILD_WAIT_MS).
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

describe("the launcher", () => {
  it("runs the Bun build beside it on Bun, as a command and as `bun index.js`", async () => {
    const pkg = await fakePackage();
    const launcher = join(pkg, "dist", "cli", "index.js");
    const asCommand = spawnSync("sh", [launcher, "list", "--json"], { env: { PATH: PLAIN_PATH, FLOWS_BUN: BUN }, encoding: "utf8" });
    expect(asCommand.stderr).toBe("");
    expect(asCommand.stdout).toBe("the Bun build list --json");
    const onBun = spawnSync(BUN, [launcher, "--version"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    expect(onBun.stdout).toBe("the Bun build --version");
  });

  it("runs the library on Node when no Bun is found, as a command and as `node index.js`", async () => {
    const pkg = await fakePackage();
    const launcher = join(pkg, "dist", "cli", "index.js");
    const asCommand = spawnSync("sh", [launcher, "list"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    expect(asCommand.stderr).toBe("");
    expect(asCommand.stdout).toBe("the library on Node list");
    const onNode = spawnSync(process.execPath, [launcher, "list"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    expect(onNode.stdout).toBe("the library on Node list");
  });

  it("runs the fire build for `flows fire` and `flows run`, the full build for every other command, and the full build when there is no fire build", async () => {
    const pkg = await fakePackage();
    const launcher = join(pkg, "dist", "cli", "index.js");
    await writeFile(join(pkg, "dist", "cli", "bun", "fire.js"), 'export async function main(argv) { process.stdout.write("the fire build " + argv.join(" ")); return 0; }\n');
    const run = (...args: string[]) => spawnSync("sh", [launcher, ...args], { env: { PATH: PLAIN_PATH, FLOWS_BUN: BUN }, encoding: "utf8" }).stdout;
    expect(run("fire", "--event", "e.json")).toBe("the fire build fire --event e.json");
    expect(run("run", "a", "b", "--event", "e.json")).toBe("the fire build run a b --event e.json");
    expect(spawnSync(BUN, [launcher, "fire", "--dry-run"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" }).stdout).toBe("the fire build fire --dry-run");
    // Every other command, and a command line whose first word is not the command, get the full build.
    for (const args of [["list"], ["--version"], ["validate"], ["--repo", "x", "fire"], ["help", "fire"], ["replay", "fire"]]) {
      expect(run(...args), args.join(" ")).toBe(`the Bun build ${args.join(" ")}`);
    }
    await rm(join(pkg, "dist", "cli", "bun", "fire.js"));
    expect(run("fire", "--event", "e.json")).toBe("the Bun build fire --event e.json");
  });

  it("falls back to the TypeScript sources when there is no Bun build beside it", async () => {
    const pkg = await fakePackage();
    await rm(join(pkg, "dist", "cli", "bun"), { recursive: true });
    const child = spawnSync(BUN, [join(pkg, "dist", "cli", "index.js"), "list"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    expect(child.stdout).toBe("the sources list");
  });

  it("hands over at most once: a FLOWS_BUN or a found bun that is not Bun runs the CLI on Node, said once", async () => {
    const pkg = await fakePackage();
    const launcher = join(pkg, "dist", "cli", "index.js");
    // What the CLI sees of the launcher's marker: nothing, on Node as on Bun.
    const stub = (said: string, name: string): string =>
      `export async function ${name}(argv) { process.stdout.write(${JSON.stringify(said)} + " " + argv.join(" ") + " " + (process.env.FLOWS_CLI_HANDOVER ?? "unmarked") + (process.env.FLOWS_BUN ? "" : ", no FLOWS_BUN")); return 0; }\n`;
    await writeFile(join(pkg, "dist", "lib", "index.js"), stub("the library on Node", "runCli"));
    await writeFile(join(pkg, "dist", "cli", "bun", "main.js"), stub("the Bun build", "main"));
    const notBun = new RegExp(`FLOWS_BUN names ${process.execPath}, which is not Bun`, "g");
    for (const host of [process.execPath, "sh"]) {
      const child = await runBounded(host, [launcher, "list"], { PATH: PLAIN_PATH, FLOWS_BUN: process.execPath });
      expect(child.status, `${host}: ${child.stderr}`).toBe(0);
      // Not handed on to the steps either: they look for Bun further.
      expect(child.stdout).toBe("the library on Node list unmarked, no FLOWS_BUN");
      expect(child.stderr.match(notBun), host).toHaveLength(1);
      const onBun = await runBounded(host, [launcher, "list"], { PATH: PLAIN_PATH, FLOWS_BUN: BUN });
      expect(onBun.stderr).toBe("");
      expect(onBun.stdout).toBe("the Bun build list unmarked");
    }
    await mkdir(join(pkg, "node_modules", ".bin"), { recursive: true });
    await symlink(process.execPath, join(pkg, "node_modules", ".bin", "bun"));
    for (const host of [process.execPath, "sh"]) {
      const child = await runBounded(host, [launcher, "list"], { PATH: PLAIN_PATH });
      expect(child.status, `${host}: ${child.stderr}`).toBe(0);
      expect(child.stdout).toBe("the library on Node list unmarked, no FLOWS_BUN");
      expect(child.stderr.match(/node_modules\/\.bin\/bun is not Bun/g), host).toHaveLength(1);
    }
  }, 60_000);

  it("never runs a FLOWS_BUN that is not Bun in place of the command: it runs on the Bun found after it, or on Node, saying so once", async () => {
    const pkg = await fakePackage();
    const launcher = join(pkg, "dist", "cli", "index.js");
    const stub = (said: string, name: string): string =>
      `export async function ${name}(argv) { process.stdout.write(${JSON.stringify(said)} + " " + argv.join(" ") + (process.env.FLOWS_BUN ? "" : ", no FLOWS_BUN")); return 0; }\n`;
    await writeFile(join(pkg, "dist", "lib", "index.js"), stub("the library on Node", "runCli"));
    await writeFile(join(pkg, "dist", "cli", "bun", "main.js"), stub("the Bun build", "main"));
    const exitsZero = join(dir, "exits-zero");
    await writeFile(exitsZero, "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    // Each of these, run in the command's place, did nothing and exited 0 (or ran it on Node past the Bun found).
    const notBun: Array<[string, string]> = [
      ["/usr/bin/true", "printed"],
      [exitsZero, "printed nothing"],
      [process.execPath, `printed "${process.version}"`],
    ];
    const check = async (bunFound: boolean) => {
      for (const [program, answer] of notBun) {
        for (const host of ["sh", process.execPath]) {
          const child = await runBounded(host, [launcher, "list"], { PATH: PLAIN_PATH, FLOWS_BUN: program });
          const label = `FLOWS_BUN=${program}, ${host}: ${child.stderr}`;
          expect(child.status, label).toBe(0);
          // Nor handed to steps: they look for Bun past it.
          expect(child.stdout, label).toBe(bunFound ? "the Bun build list, no FLOWS_BUN" : "the library on Node list, no FLOWS_BUN");
          const said = child.stderr.split("\n").filter(Boolean);
          expect(said, label).toHaveLength(1);
          expect(said[0], label).toContain(`flows: FLOWS_BUN names ${program}, which is not Bun: asked \`--version\`, it ${answer}`);
          expect(said[0], label).toContain(bunFound ? `so this command runs on the Bun found after it, ${join(pkg, "node_modules", ".bin", "bun")},` : "so this command runs on Node,");
          expect(said[0], label).toContain("Point FLOWS_BUN at Bun's executable");
        }
      }
    };
    await check(false);
    await mkdir(join(pkg, "node_modules", ".bin"), { recursive: true });
    await symlink(BUN, join(pkg, "node_modules", ".bin", "bun"));
    await check(true);
    // Bun under another name, or a link to it under another name: the CLI runs on it, and nothing is said.
    const renamed = join(dir, "bun-renamed");
    await writeFile(renamed, `#!/bin/sh\nexec "${BUN}" "$@"\n`, { mode: 0o755 });
    const linked = join(dir, "linked");
    await symlink(BUN, linked);
    for (const program of [renamed, linked]) {
      for (const host of ["sh", process.execPath]) {
        const child = await runBounded(host, [launcher, "list"], { PATH: PLAIN_PATH, FLOWS_BUN: program });
        expect(child.stderr, `${program}, ${host}`).toBe("");
        expect(child.stdout, `${program}, ${host}`).toBe("the Bun build list");
      }
    }
  }, 120_000);
});

describe("the launcher and the bun npm package's placeholder", () => {
  // npm left the bun package's placeholder (its install script held back): beside flows-action
  // when it is a dependency (`npm install flows-action`), or in its own node_modules.
  const layouts = [
    ["beside flows-action", () => join(dir, "node_modules", "flows-action"), () => join(dir, "node_modules")],
    ["in its own node_modules", () => join(dir, "pkg"), () => join(dir, "pkg", "node_modules")],
  ] as const;
  for (const [where, pkgAt, nodeModulesAt] of layouts) {
    it(`passes over the placeholder ${where}, runs the CLI on Node and says what to do; a Bun on PATH is used instead`, async () => {
      const pkg = await fakePackage(pkgAt());
      const placeholder = await npmBunPlaceholder(nodeModulesAt());
      const launcher = join(pkg, "dist", "cli", "index.js");
      for (const host of ["sh", process.execPath]) {
        const child = await runBounded(host, [launcher, "list"], { PATH: PLAIN_PATH });
        expect(child.status, `${host}: ${child.stderr}`).toBe(0);
        expect(child.stdout).toBe("the library on Node list");
        const said = child.stderr.split("\n").filter(Boolean);
        expect(said, host).toHaveLength(1);
        expect(said[0]).toContain(`flows: ${placeholder} is not Bun but the placeholder the "bun" npm package installs until its install script runs`);
        expect(said[0]).toContain("so this command runs on Node and flow steps cannot run. Run `npm install-scripts approve bun` and then `npm rebuild bun`");
        expect(said[0]).not.toContain("Bun's postinstall script was not run");
        // `approve` refuses a package allowScripts denies, the one way npm 11.19 leaves the placeholder.
        expect(said[0]).toContain("if its package.json's `allowScripts` has `\"bun\": false`, as `npm install-scripts deny bun` writes, delete that entry first");
        expect(said[0]).toContain("npm 10 has no install-scripts command: there `npm rebuild bun` alone");
        // A Bun on PATH: the CLI runs on it, and nothing is said.
        const bin = join(dir, `bin-${host === "sh" ? "sh" : "node"}`);
        await mkdir(bin, { recursive: true });
        await symlink(BUN, join(bin, "bun")).catch(() => undefined);
        const withBun = await runBounded(host, [launcher, "list"], { PATH: `${bin}:${PLAIN_PATH}` });
        expect(withBun.stderr).toBe("");
        expect(withBun.stdout).toBe("the Bun build list");
      }
    }, 60_000);
  }

  it("passes over a placeholder named by FLOWS_BUN or found on PATH, from the shell part as from the Node part, and runs the CLI on Node saying what to do", async () => {
    const pkg = await fakePackage();
    const launcher = join(pkg, "dist", "cli", "index.js");
    // Another project's node_modules, and a global install (`npm install -g bun` with its
    // script held back: <prefix>/bin/bun links to ../lib/node_modules/bun/bin/bun.exe).
    const project = await npmBunPlaceholder(join(dir, "project", "node_modules"));
    const prefix = join(dir, "prefix");
    await npmBunPlaceholder(join(prefix, "lib", "node_modules"));
    await mkdir(join(prefix, "bin"), { recursive: true });
    await symlink("../lib/node_modules/bun/bin/bun.exe", join(prefix, "bin", "bun"));
    const cases: Array<[string, NodeJS.ProcessEnv, string]> = [
      ["FLOWS_BUN naming bun.exe", { PATH: PLAIN_PATH, FLOWS_BUN: join(dir, "project", "node_modules", "bun", "bin", "bun.exe") }, join(dir, "project", "node_modules", "bun", "bin", "bun.exe")],
      ["FLOWS_BUN naming .bin/bun", { PATH: PLAIN_PATH, FLOWS_BUN: project }, project],
      ["a node_modules/.bin on PATH", { PATH: `${dirname(project)}:${PLAIN_PATH}` }, project],
      ["a global install's bin on PATH", { PATH: `${join(prefix, "bin")}:${PLAIN_PATH}` }, join(prefix, "bin", "bun")],
    ];
    for (const [what, env, placeholder] of cases) {
      for (const host of ["sh", process.execPath]) {
        const child = await runBounded(host, [launcher, "list"], env);
        const label = `${what}, ${host}: ${child.stderr}`;
        expect(child.status, label).toBe(0);
        expect(child.stdout, label).toBe("the library on Node list");
        expect(child.stderr, label).not.toContain("Bun's postinstall script was not run");
        const said = child.stderr.split("\n").filter(Boolean);
        expect(said, label).toHaveLength(1);
        expect(said[0], label).toContain(`flows: ${placeholder} is not Bun but the placeholder the "bun" npm package installs`);
      }
    }
    // Past the placeholder, a Bun further on PATH is used, and nothing is said.
    const bin = join(dir, "bin");
    await mkdir(bin);
    await symlink(BUN, join(bin, "bun"));
    const further = await runBounded("sh", [launcher, "list"], { PATH: `${join(prefix, "bin")}:${bin}:${PLAIN_PATH}` });
    expect(further.stderr).toBe("");
    expect(further.stdout).toBe("the Bun build list");
  }, 120_000);

  it("uses the package's Bun once its install script ran, from the shell part, and when bunx.exe is a copy, from the Node part", async () => {
    const pkg = await fakePackage(join(dir, "node_modules", "flows-action"));
    await npmBunPlaceholder(join(dir, "node_modules"));
    const bin = join(dir, "node_modules", "bun", "bin");
    // As the script leaves it: Bun's executable as bun.exe, and bunx.exe the same file (here
    // both link to this repository's Bun).
    for (const name of ["bun.exe", "bunx.exe"]) {
      await rm(join(bin, name));
      await symlink(BUN, join(bin, name));
    }
    const launcher = join(pkg, "dist", "cli", "index.js");
    const installed = await runBounded("sh", [launcher, "list"], { PATH: PLAIN_PATH });
    expect(installed.stderr).toBe("");
    expect(installed.stdout).toBe("the Bun build list");
    // Where hard links fail, the script copies: the shell part cannot tell, the Node part reads it.
    await rm(join(bin, "bunx.exe"));
    await writeFile(join(bin, "bunx.exe"), "#!/bin/sh\n");
    const copied = await runBounded("sh", [launcher, "list"], { PATH: PLAIN_PATH });
    expect(copied.stderr).toBe("");
    expect(copied.stdout).toBe("the Bun build list");
  }, 60_000);
});

describe("the shipped Bun build", () => {
  it("is what a fresh build of the sources gives, byte for byte, and names no file outside the repository", async () => {
    await ensureFreshDist();
    const shipped = join(ROOT, "dist", "cli", "bun");
    const rebuilt = join(dir, "rebuilt");
    buildBunCli(ROOT, rebuilt);
    const names = (await readdir(shipped)).sort();
    expect((await readdir(rebuilt)).sort()).toEqual(names);
    // The CLI's code and its bytecode: one module each for `fire` (and `run`) and for every command, nothing split off.
    expect(names).toEqual(["fire.js", "fire.js.jsc", "main.js", "main.js.jsc"]);
    for (const name of names) {
      const bytes = await readFile(join(shipped, name));
      expect(bytes.equals(await readFile(join(rebuilt, name))), `${name} differs from a fresh build`).toBe(true);
      expect(bytes.includes(ROOT), name).toBe(false);
    }
    for (const name of ["fire.js", "main.js"]) {
      const code = await readFile(join(shipped, name), "utf8");
      expect(code, name).not.toMatch(/^\/\/ \.\.\//m);
      expect(code.startsWith("// @bun @bytecode @bun-cjs\n"), name).toBe(true);
    }
  }, 300_000);

  it("loads no other command's code for `flows fire`: the fire build leaves their modules out, and fire and run work through it", async () => {
    await ensureFreshDist();
    const fire = await readFile(join(ROOT, "dist", "cli", "bun", "fire.js"), "utf8");
    const main = await readFile(join(ROOT, "dist", "cli", "bun", "main.js"), "utf8");
    // Functions of the watch, github, state and new commands' modules: in the full build only.
    for (const name of ["function watchCommand(", "function githubFromCommandLine(", "function replayCommand(", "function newCommand(", "function explainCommand("]) {
      expect(main, name).toContain(name);
      expect(fire, name).not.toContain(name);
    }
    expect(fire).toContain("function fireCommand(");
    expect(fire.length).toBeLessThan(main.length * 0.7);
    // A copy of the CLI whose full build fails at once: fire and run never load it.
    const pkg = join(dir, "pkg");
    await mkdir(join(pkg, "dist", "cli"), { recursive: true });
    await symlink(join(ROOT, "node_modules"), join(pkg, "node_modules"));
    await writeFile(join(pkg, "package.json"), JSON.stringify({ name: "flows-action", version: "9.9.9", type: "module" }));
    await cp(join(ROOT, "dist", "cli"), join(pkg, "dist", "cli"), { recursive: true });
    await writeFile(join(pkg, "dist", "cli", "bun", "main.js"), 'throw new Error("the full build was loaded");\n');
    await rm(join(pkg, "dist", "cli", "bun", "main.js.jsc"));
    await writeFlow(dir, { name: "release", steps: [{ name: "go", trigger: "upstream.release", source: rawStep("completed", "ran") }] });
    await writeFile(join(dir, "event.json"), JSON.stringify(flowEvent("upstream.release", "evt-1", { tag: "v1" })));
    const launcher = join(pkg, "dist", "cli", "index.js");
    const flows = (...args: string[]) => spawnSync(launcher, [...args, "--repo", dir, "--no-color"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    const fired = flows("fire", "--event", join(dir, "event.json"), "--state", "none");
    expect(fired.status, fired.stderr).toBe(0);
    expect(fired.stdout).toContain("release/go");
    const ran = flows("run", "release", "go", "--event", join(dir, "event.json"), "--state", "none");
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toContain("release/go");
    expect(flows("fire", "--help").stdout).toContain("dispatch a FlowEvent");
    const listed = flows("list");
    expect(listed.status).not.toBe(0);
    expect(listed.stderr).toContain("the full build was loaded");
  }, 120_000);

  it("runs `flows` on Bun, and `node dist/cli/index.js` still runs on Node", async () => {
    await ensureFreshDist();
    const launcher = join(ROOT, "dist", "cli", "index.js");
    const version = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")).version;
    const onBun = spawnSync(launcher, ["--version"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    expect(onBun.stdout).toBe(`flows (flows-action) ${version}\n`);
    const onNode = spawnSync(process.execPath, [launcher, "--version"], { env: { PATH: PLAIN_PATH, FLOWS_CLI_HOST: "node" }, encoding: "utf8" });
    expect(onNode.stderr).toBe("");
    expect(onNode.stdout).toBe(`flows (flows-action) ${version}\n`);
  }, 300_000);

  it("checks trigger schemas the same on Bun and on Node: patterns, formats, a sibling file, meta-schema errors", async () => {
    await ensureFreshDist();
    const schema = { type: "object", required: ["tag"], properties: { tag: { $ref: "tag.json" }, mail: { type: "string", format: "email" } } };
    const flowDir = await writeFlow(dir, { name: "release", steps: [{ name: "go", trigger: "upstream.release", schema, source: rawStep("completed", "ran") }] });
    await writeText(join(flowDir, "schemas", "tag.json"), JSON.stringify({ type: "string", pattern: "^rust-v\\d+$" }));
    await writeFlow(dir, { name: "broken", steps: [{ name: "go", trigger: "other", schema: { type: "strin" }, source: rawStep("completed") }] });
    const events = {
      matching: flowEvent("upstream.release", "evt-1", { tag: "rust-v1", mail: "a@b.io" }),
      "bad-tag": flowEvent("upstream.release", "evt-2", { tag: "v1" }),
      "bad-mail": flowEvent("upstream.release", "evt-3", { tag: "rust-v2", mail: "nope" }),
    };
    for (const [name, event] of Object.entries(events)) await writeFile(join(dir, `${name}.json`), JSON.stringify(event));
    const launcher = join(ROOT, "dist", "cli", "index.js");
    const run = (host: "bun" | "node", ...args: string[]) => {
      const env = { PATH: PLAIN_PATH, ...(host === "node" ? { FLOWS_CLI_HOST: "node" } : {}) };
      // On Bun, the launcher started by Bun itself: Node would start only to hand over to it
      // (the handover is the launcher tests' above).
      const child = spawnSync(host === "bun" ? BUN : process.execPath, [launcher, ...args, "--repo", dir, "--no-color"], { env, encoding: "utf8" });
      return { code: child.status, out: child.stdout, err: child.stderr };
    };
    for (const host of ["bun", "node"] as const) {
      const fired = run(host, "fire", "--event", join(dir, "matching.json"), "--state", "none");
      expect(fired.code, fired.err).toBe(0);
      expect(fired.out).toContain("release/go");
      for (const name of ["bad-tag", "bad-mail"]) {
        const explained = run(host, "explain", "--event", join(dir, `${name}.json`));
        expect(explained.out).toMatch(name === "bad-tag" ? /payload\/tag must match pattern/ : /payload\/mail must match format "email"/);
      }
      const validated = run(host, "validate");
      expect(validated.code).toBe(1);
      expect(validated.out + validated.err).toContain("schema is invalid: /type must be equal to one of the allowed values");
    }
  }, 300_000);
});

describe("the JIT setting the launcher gives Bun", () => {
  it("is the CLI's own: steps see the caller's environment, with or without the setting", async () => {
    await ensureFreshDist();
    const source = [
      "await Bun.stdin.text();",
      'const seen = (name) => process.env[name] ?? "unset";',
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "dfg=" + seen("BUN_JSC_useDFGJIT") + " mark=" + seen("FLOWS_CLI_JIT") }));',
    ].join("\n");
    await writeFlow(dir, { name: "env", steps: [{ name: "show", trigger: "probe", source }] });
    await writeFile(join(dir, "event.json"), JSON.stringify(flowEvent("probe", "evt-1")));
    const launcher = join(ROOT, "dist", "cli", "index.js");
    const fire = (env: Record<string, string>) =>
      spawnSync(launcher, ["fire", "--event", join(dir, "event.json"), "--repo", dir, "--state", "none", "--json"], {
        env: { PATH: PLAIN_PATH, FLOWS_BUN: BUN, ...env },
        encoding: "utf8",
      });
    const messages = (child: ReturnType<typeof fire>) => (JSON.parse(child.stdout) as { runs: Array<{ resultPayload?: { message?: string } }> }).runs.map((run) => run.resultPayload?.message);
    expect(messages(fire({}))).toEqual(["dfg=unset mark=unset"]);
    expect(messages(fire({ BUN_JSC_useDFGJIT: "1" }))).toEqual(["dfg=1 mark=unset"]);
    // `node dist/cli/index.js` hands over to Bun the same way.
    const viaNode = spawnSync(process.execPath, [launcher, "fire", "--event", join(dir, "event.json"), "--repo", dir, "--state", "none", "--json"], {
      env: { PATH: PLAIN_PATH, FLOWS_BUN: BUN },
      encoding: "utf8",
    });
    expect(messages(viaNode)).toEqual(["dfg=unset mark=unset"]);
  }, 120_000);
});

describe("the bytecode beside the Bun build", () => {
  it("is only a cache: a Bun that cannot use it (cut short, garbage, missing) runs main.js from its source", async () => {
    await ensureFreshDist();
    // A copy of the package's CLI, with the project's node_modules (the build leaves packages there).
    const pkg = join(dir, "pkg");
    await mkdir(join(pkg, "dist", "cli", "bun"), { recursive: true });
    await symlink(join(ROOT, "node_modules"), join(pkg, "node_modules"));
    await writeFile(join(pkg, "package.json"), JSON.stringify({ name: "flows-action", version: "9.9.9", type: "module" }));
    await cp(join(ROOT, "dist", "cli", "index.js"), join(pkg, "dist", "cli", "index.js"));
    await cp(join(ROOT, "dist", "cli", "package.json"), join(pkg, "dist", "cli", "package.json"));
    // Both builds: `--version` runs main.js, `fire` fire.js.
    for (const name of ["main.js", "fire.js"]) await cp(join(ROOT, "dist", "cli", "bun", name), join(pkg, "dist", "cli", "bun", name));
    const bytecode = await readFile(join(ROOT, "dist", "cli", "bun", "main.js.jsc"));
    await writeFlow(dir, { name: "release", steps: [{ name: "go", trigger: "upstream.release", source: rawStep("completed", "ran") }] });
    await writeFile(join(dir, "event.json"), JSON.stringify(flowEvent("upstream.release", "evt-1", { tag: "v1" })));
    for (const [label, content] of [["cut short", bytecode.subarray(0, 4096)], ["garbage", Buffer.alloc(8192, 7)], ["missing", undefined]] as const) {
      for (const jsc of ["main.js.jsc", "fire.js.jsc"].map((name) => join(pkg, "dist", "cli", "bun", name))) {
        if (content === undefined) await rm(jsc, { force: true });
        else await writeFile(jsc, content);
      }
      const launcher = join(pkg, "dist", "cli", "index.js");
      const version = spawnSync(BUN, [launcher, "--version"], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
      expect(version.stdout, label).toBe("flows (flows-action) 9.9.9\n");
      const fired = spawnSync(BUN, [launcher, "fire", "--event", join(dir, "event.json"), "--repo", dir, "--state", "none", "--no-color"], {
        env: { PATH: PLAIN_PATH, FLOWS_BUN: BUN },
        encoding: "utf8",
      });
      expect(fired.status, `${label}: ${fired.stderr}`).toBe(0);
      expect(fired.stdout, label).toContain("release/go");
    }
  }, 120_000);
});

describe("hashes on Bun", () => {
  it("run ids and event keys hash the same on Bun's built-in hasher as on Node's crypto", () => {
    const texts = ["", "evt-1", "patch:upstream.release:openai/codex:rust-v1.2.3", "é ✓ 🚀".repeat(50)];
    const script = `import { randomHex, sha256Hex } from ${JSON.stringify(join(ROOT, "src", "hash.ts"))};
console.log(JSON.stringify({ hashes: ${JSON.stringify(texts)}.map(sha256Hex), random: [randomHex(4), randomHex(4)] }));`;
    const child = spawnSync(BUN, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(child.stderr).toBe("");
    const { hashes, random } = JSON.parse(child.stdout);
    expect(hashes).toEqual(texts.map((text) => createHash("sha256").update(text).digest("hex")));
    expect(random[0]).toMatch(/^[0-9a-f]{8}$/);
    expect(random[1]).not.toBe(random[0]);
  });
});

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

describe("output on Bun", () => {
  // `script` gives the command a terminal; its standard output is then redirected to a file.
  it.skipIf(!hasScript)("colours only when both standard output and error are terminals, and /dev/null is none", async () => {
    await writeFlow(dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("ok") }] });
    await writeFile(join(dir, "ev.json"), JSON.stringify(flowEvent("t", "colour-1")));
    // The launcher as it ships, which runs the Bun build: the sources' launcher would have Bun transpile every source file on each start.
    const launcher = join(ROOT, "dist", "cli", "index.js");
    const fire = (redirect: string): string =>
      spawnSync("script", ["-qec", `"${BUN}" "${launcher}" fire --state none --repo "${dir}" --event "${dir}/ev.json" ${redirect}`, "/dev/null"], {
        // FLOWS_DAEMON=manual: a fire typed at a terminal would start a daemon for this user.
        env: { PATH: PLAIN_PATH, TERM: "xterm", FLOWS_DAEMON: "manual" },
        encoding: "utf8",
      }).stdout;
    expect(fire("")).toContain("\u001b[");
    fire(`> "${dir}/out.txt"`);
    const redirected = await readFile(join(dir, "out.txt"), "utf8");
    expect(redirected).toContain("colour-1");
    expect(redirected).not.toContain("\u001b[");
    const devNull = fire("2>/dev/null");
    expect(devNull).toContain("colour-1");
    expect(devNull).not.toContain("\u001b[");
  }, 60_000);


  // The CLI writes to its file descriptors directly on Bun (src/cli/terminal-write.ts).
  it("a listing longer than a pipe holds arrives whole and in order, and a reader that leaves early ends it quietly", async () => {
    for (let index = 0; index < 150; index += 1) {
      await writeFlow(dir, { name: `flow-${String(index).padStart(3, "0")}`, steps: [{ name: "s", trigger: "t", source: rawStep("ok") }] });
    }
    // The launcher as it ships, which runs the Bun build: the sources' launcher would have Bun transpile every source file on each start.
    const launcher = join(ROOT, "dist", "cli", "index.js");
    const listed = spawnSync(BUN, [launcher, "list", "--json", "--repo", dir], { env: { PATH: PLAIN_PATH }, encoding: "utf8", maxBuffer: 1 << 26 });
    expect(listed.stderr).toBe("");
    expect(listed.stdout.length).toBeGreaterThan(70_000);
    const names = JSON.parse(listed.stdout).flows.map((flow: { name: string }) => flow.name);
    expect(names).toEqual(Array.from({ length: 150 }, (_, index) => `flow-${String(index).padStart(3, "0")}`));

    const script = `"$0" "$1" list --repo "$2" 2>"$2/err.txt" | head -c 20; echo; cat "$2/err.txt"`;
    const early = spawnSync("sh", ["-c", script, BUN, launcher, dir], { env: { PATH: PLAIN_PATH }, encoding: "utf8" });
    expect(early.stdout.split("\n")[1]).toBe("");
  }, 60_000);
});
