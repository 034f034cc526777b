// `flows new` on a disk that refuses what it writes (full, over quota, read-only): the user's to
// fix, so said as such, without a stack trace, and nothing is left behind: an empty flow.toml
// left there was taken for a package, and the next `flows new` of the name was refused. A full
// disk is simulated without root: a file size limit of 0 (`ulimit -f 0`, with SIGXFSZ ignored so
// the write fails with EFBIG instead of killing the process) refuses every byte written to a file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, flowsIn } from "../helpers/cli.js";
import { tempRepo } from "../helpers/flow-packages.js";

const BUN = resolve("node_modules", ".bin", "bun");
const LAUNCHER = resolve("src", "cli", "launcher.js");

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-new-disk-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** `flows new ARGS` with no byte allowed into any file; standard output and error are pipes, so not limited. */
function newWithNoRoom(...args: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync("sh", ["-c", 'trap "" XFSZ; ulimit -f 0; exec "$0" "$@"', BUN, LAUNCHER, "--no-color", "--repo", repo.dir, "new", ...args], {
    env: cliTestEnv(),
    encoding: "utf8",
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("flows new on a disk that takes no more", () => {
  it("says which file it could not write and why, with no stack trace, leaves nothing behind, and makes the package once it can", async () => {
    const full = newWithNoRoom("notes", "--on", "release.published");
    expect(full.code).toBe(1);
    expect(full.err).toBe(
      "flows new could not write flows/notes/exec/main.ts: the file size limit of this process is reached (ulimit -f) (EFBIG). Nothing was left behind; free some space, or make the folder writable, and run it again.\n",
    );
    expect(full.out).toBe("");
    expect(existsSync(join(repo.dir, "flows"))).toBe(false);

    const again = await flowsIn(repo.dir, "new", "notes", "--on", "release.published");
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain("Created flow package flows/notes");
  });
});
