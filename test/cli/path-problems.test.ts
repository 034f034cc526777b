// Paths a user gives `flows` that the file system refuses (a loop of symbolic links, a file where a
// folder should be, a path under a file): each is said in words with what to change, from the
// real command, never as a bare errno ("cannot be read (ELOOP)") nor with a stack.
import { spawnSync } from "node:child_process";
import { symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { tempRepo, writeText } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-path-problems-");
  await writeText(join(repo.dir, "event.json"), JSON.stringify({ id: "e-1", type: "push", payload: {} }));
  await symlink("loop-b", join(repo.dir, "loop-a"));
  await symlink("loop-a", join(repo.dir, "loop-b"));
});
afterAll(async () => {
  await repo.cleanup();
});

/** `flows ARGV...` as a real process in the repository, on Bun as it ships. */
function flowsProcess(argv: string[]): { code: number | null; err: string } {
  const child = spawnSync(join(process.cwd(), "node_modules", ".bin", "bun"), [join(process.cwd(), "dist", "cli", "index.js"), "--no-color", ...argv], {
    cwd: repo.dir,
    env: cliTestEnv(),
    encoding: "utf8",
  });
  return { code: child.status, err: child.stderr };
}

describe("a path the file system refuses is said in words, with what to change", () => {
  const cases: Array<{ name: string; argv: (dir: string) => string[]; code: number; says: (dir: string) => string }> = [
    {
      name: "an event file that is a loop of links",
      argv: () => ["fire", "--event", "loop-a", "--state", "none"],
      code: 1,
      says: (dir) => `The event file ${join(dir, "loop-a")} is a symbolic link that leads back to itself (a loop of links). Point the link at a real file, or give another path.`,
    },
    {
      name: "an event file under a file",
      argv: () => ["explain", "--event", "event.json/x"],
      code: 1,
      says: (dir) => `The event file ${join(dir, "event.json/x")} cannot be reached: ${join(dir, "event.json")} is a file, not a folder. Check the path.`,
    },
    {
      name: "a webhook payload file that is a loop of links",
      argv: () => ["github", "--event-name", "push", "--event-path", "loop-a", "--dry-run"],
      code: 1,
      says: (dir) => `The event payload file ${join(dir, "loop-a")} is a symbolic link that leads back to itself (a loop of links).`,
    },
    {
      name: "a --repo that is a loop of links",
      argv: () => ["list", "--repo", "loop-a"],
      code: 2,
      says: (dir) => `--repo loop-a: ${join(dir, "loop-a")} is a symbolic link that leads back to itself (a loop of links). Point the link at a real folder, or give another path.`,
    },
    {
      name: "a --repo under a file",
      argv: () => ["validate", "--repo", "event.json/x"],
      code: 2,
      says: (dir) => `--repo event.json/x: ${join(dir, "event.json/x")} cannot be reached: ${join(dir, "event.json")} is a file, not a folder. Check the path.`,
    },
    {
      name: "a flow root that is a file",
      argv: () => ["list", "--flows-path", "event.json"],
      code: 0,
      says: () => "event.json: warning: flow root is a file, not a folder, so no flows were loaded from it. Give a folder (--flows-path, or the flows-path input).",
    },
    {
      name: "a flow root that is a loop of links",
      argv: () => ["validate", "--flows-path", "loop-a"],
      code: 1,
      says: () => "loop-a: warning: flow root is a symbolic link that leads back to itself (a loop of links), so no flows were loaded from it.",
    },
    {
      name: "flows new under a flow root that lies under a file",
      argv: () => ["new", "hello", "--flows-path", "event.json/flows"],
      code: 1,
      says: () => "event.json is a file, not a folder. Move it away, or pick another flow name or --flows-path.",
    },
    {
      name: "flows new under a flow root that is a loop of links",
      argv: () => ["new", "hello", "--flows-path", "loop-a"],
      code: 1,
      says: () => "loop-a is a symbolic link that leads back to itself (a loop of links). Remove the link, or point it at a folder inside the repository.",
    },
  ];
  it.each(cases)("$name", ({ argv, code, says }) => {
    const run = flowsProcess(argv(repo.dir));
    expect(run.err).toContain(says(repo.dir));
    expect(run.code).toBe(code);
    expect(run.err).not.toMatch(/\(E[A-Z]+\)|\n\s+at |bug/);
  });
});
