// `flows new` with a name holding a bidirectional control or an invisible character: refused
// (exit 2) before anything is written, the character shown escaped, with the name to type
// instead. A flow.toml written by hand (or for the older runtime) with such a name still loads,
// and every command shows the character as an escape. `flows` runs as a real process (its
// launcher, on Bun), from a shell as a user types it.
import { spawnSync } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "src", "cli", "launcher.js");

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-new-hidden-");
  spawnSync("git", ["init", "-q", repo.dir]);
});
afterEach(async () => {
  await repo.cleanup();
});

function flows(argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(BUN, [LAUNCHER, "--no-color", ...argv], { cwd: repo.dir, env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("flows new with a name holding an invisible character", () => {
  it.each([
    ["a right-to-left override", "notes\u202Egpj.exe", "U+202E", "notes\\u202egpj.exe", "notesgpj.exe", "changes the order the name is shown in"],
    ["a right-to-left isolate", "\u2067release", "U+2067", "\\u2067release", "release", "changes the order the name is shown in"],
    ["a zero-width space", "pay\u200Bpal", "U+200B", "pay\\u200bpal", "paypal", "shows as nothing"],
    ["a byte order mark", "\uFEFFdeploy", "U+FEFF", "\\ufeffdeploy", "deploy", "shows as nothing"],
    ["a soft hyphen", "re\u00ADlease", "U+00AD", "re\\u00adlease", "release", "shows as nothing"],
  ])("refuses %s in the flow name, showing it escaped and the name without it", async (_what, name, code, escaped, without, does) => {
    const run = flows(["new", name, "--on", "demo"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`flows: The flow name "${escaped}" holds ${code}, an invisible character which ${does}`);
    expect(run.err).toContain(`Type the name without it: "${without}".`);
    // Nothing of the name reaches the terminal as it is.
    expect(run.err).not.toContain(name);
    expect(await readdir(repo.dir)).toEqual([".git"]);
  });

  it("refuses one in --step too, with --json saying it escaped; the joiners emoji and several scripts need are taken", async () => {
    const run = flows(["new", "notes", "--step", "sum\u202Dmary", "--on", "demo", "--json"]);
    expect(run.code).toBe(2);
    const { error } = JSON.parse(run.out) as { error: { message: string } };
    expect(error.message).toContain('--step "sum\\u202dmary" holds U+202D');
    expect(error.message).not.toContain("\u202D");
    expect(await readdir(repo.dir)).toEqual([".git"]);
    // Persian "I want", whose zero-width non-joiner U+200C is part of how it is written.
    const joined = flows(["new", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "--on", "demo"]);
    expect(joined.code, joined.err).toBe(0);
  });
});

describe("a flow.toml whose name holds one, as the older runtime took it", () => {
  it("still loads, and flows list shows the name escaped, though flows new refuses it", async () => {
    expect(flows(["new", "ab\u202Ecd", "--on", "demo"]).code).toBe(2);
    await writeFlow(repo.dir, { name: "ab\u202Ecd", steps: [{ name: "s", trigger: "demo", source: rawStep("completed", "ran") }] });
    const list = flows(["list"]);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain("ab\\u202ecd");
    expect(list.out).not.toContain("\u202E");
  });
});
