// The commands `flows` suggests (`flows replay <id>` after a redelivery, `flows events` after an id
// it did not find, `--repo <folder>` from inside a package) work when pasted into a shell as
// printed: words with spaces, quotes or `$` are quoted, and the options that chose the repository
// and the store are repeated, or the pasted command looks in the default store and finds nothing.
import { spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

let repo: { dir: string; cleanup: () => Promise<void> };
let dir: string;
beforeEach(async () => {
  repo = await tempRepo("flows-suggested-");
  dir = join(repo.dir, "it's my repo");
  await mkdir(dir);
  await writeFlow(dir, { name: "hello", steps: [{ name: "greet", trigger: "t", source: rawStep("completed", "hi") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

function flows(cwd: string, ...argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(BUN, [LAUNCHER, "--no-color", ...argv], { cwd, env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/** The command between backquotes in `text` that starts with `flows <name>`, run by sh as pasted (with flows being the shipped CLI). */
function paste(text: string, name: string): { code: number | null; out: string; err: string; command: string } {
  const command = new RegExp(`\`(flows ${name} [^\`]*)\``).exec(text)?.[1];
  expect(command, text).toBeDefined();
  const child = spawnSync("sh", ["-c", `flows() { "${BUN}" "${LAUNCHER}" --no-color "$@"; }; ${command!}`], { cwd: repo.dir, env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr, command: command! };
}

describe("a command flows suggests, pasted as printed", () => {
  it("replays an event handled before, whose id has a space and a $, in the store --state-dir chose", async () => {
    const event = await writeEventFile(dir, flowEvent("t", "my event $HOME"));
    const store = ["--repo", "it's my repo", "--state-dir", "state dir"];
    expect(flows(repo.dir, "fire", "--event", event, ...store).code).toBe(0);
    const again = flows(repo.dir, "fire", "--event", event, ...store);
    expect(again.code).toBe(0);
    const pasted = paste(again.err, "replay");
    expect(pasted.command).toBe(`flows replay 'my event $HOME' --repo 'it'\\''s my repo' --state-dir 'state dir'`);
    expect(pasted.code, pasted.err).toBe(0);
    expect(pasted.out).toContain("hello/greet");
    expect(pasted.out).toContain("(replay)");
  });

  it("lists the store's events after an id it does not hold", () => {
    const missing = flows(repo.dir, "replay", "nope", "--repo", "it's my repo", "--state-dir", "state dir");
    expect(missing.code).toBe(1);
    const pasted = paste(missing.err, "events");
    expect(pasted.command).toBe(`flows events --repo 'it'\\''s my repo' --state-dir 'state dir'`);
    expect(pasted.code, pasted.err).toBe(0);
  });

  it("names the repository of a package it is run in, quoted", () => {
    const inside = flows(join(dir, "flows", "hello"), "list");
    expect(inside.out).toContain(`pass --repo '${dir.replaceAll("'", `'\\''`)}'.`);
    const listed = spawnSync("sh", ["-c", `"${BUN}" "${LAUNCHER}" list --no-color --repo ${/--repo ('.*')\.$/m.exec(inside.out)![1]}`], { env: cliTestEnv(), encoding: "utf8" });
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain("hello v1");
  });
});
