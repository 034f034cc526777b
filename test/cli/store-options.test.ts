// An option of one store given with another (`flows runs --branch flows-state`, which reads the
// file store) is a mistake said before anything runs, not an option quietly ignored: the command
// would report "No runs" or run steps against a store the user did not mean.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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
let eventPath: string;
beforeEach(async () => {
  repo = await tempRepo("flows-store-options-");
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "greet", trigger: "t", source: rawStep("completed", "hi") }] });
  eventPath = await writeEventFile(repo.dir, flowEvent("t", "evt-store-options"));
});
afterEach(async () => {
  await repo.cleanup();
});

function flows(...argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(BUN, [LAUNCHER, "--repo", repo.dir, "--no-color", ...argv], { env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("an option of another store than --state chose", () => {
  it.each([
    [
      ["runs", "--branch", "flows-state"],
      "--branch flows-state is read only by the branch store (--state branch); this command uses --state file, the default, which would ignore it. Pass --state branch to read that store, or leave --branch out.",
    ],
    [
      ["events", "--repository", "o/r"],
      "--repository o/r is read only by the artifact store (--state artifact); this command uses --state file, the default, which would ignore it. Pass --state artifact to read that store, or leave --repository out.",
    ],
    [
      ["show", "x", "--state", "branch", "--state-dir", "runs"],
      "--state-dir runs is read only by the file store (--state file); this command uses --state branch, which would ignore it. Pass --state file to read that store, or leave --state-dir out.",
    ],
  ])("flows %j exits 2 saying which store reads it", (argv, message) => {
    const { code, out, err } = flows(...(argv as string[]));
    const command = (argv as string[])[0];
    expect(err).toBe(`flows: ${message}\nRun \`flows ${command} --help\` for its options and examples.\n`);
    expect(out).toBe("");
    expect(code).toBe(2);
  });

  it("stops fire before any step runs, or anything is stored, and says it in --json too", () => {
    const stateDir = join(repo.dir, "elsewhere");
    const fired = flows("fire", "--event", eventPath, "--state", "none", "--state-dir", stateDir, "--json");
    expect(fired.code).toBe(2);
    expect(JSON.parse(fired.out).error).toMatchObject({ kind: "usage", exitCode: 2, command: "fire" });
    expect(fired.err).toContain("--state-dir");
    expect(fired.err).not.toContain("[hello/greet]");
    expect(existsSync(stateDir)).toBe(false);
  });

  it("flows github checks --branch against the action's state input, however it was set", () => {
    const payload = join(repo.dir, "push.json");
    spawnSync("sh", ["-c", `printf '%s' '{"ref":"refs/heads/main","before":"${"a".repeat(40)}","after":"${"b".repeat(40)}","repository":{"full_name":"o/r"}}' > "${payload}"`]);
    const github = ["github", "--event-name", "push", "--event-path", payload];
    const wrong = flows(...github, "--branch", "flows-state");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--branch flows-state is read only by the branch store (--state branch); this command uses --state file, which would ignore it.");
    // The same input set through --input state= is the branch store: --branch is read.
    const right = flows(...github, "--input", "state=branch", "--branch", "flows-state", "--input", "fail-on=none");
    expect(right.err).not.toContain("is read only by");
    expect(right.code, right.err).toBe(0);
  });
});

describe("a --branch git would refuse", () => {
  it.each([
    [["runs", "--state", "branch", "--branch", "refs/heads/x"], 'give the branch name alone, without "refs/heads/" (for example "x")'],
    [["fire", "--event", "EVENT", "--state", "branch", "--branch", "a..b"], "a branch name cannot hold"],
  ])("flows %j is a wrong command line: exit 2, nothing run or stored", (argv, reason) => {
    const { code, out, err } = flows(...(argv as string[]).map((arg) => (arg === "EVENT" ? eventPath : arg)), "--json");
    const command = (argv as string[])[0];
    expect(code, err).toBe(2);
    expect(JSON.parse(out).error).toMatchObject({ kind: "usage", exitCode: 2, command });
    expect(err).toContain(`flows: --branch "${(argv as string[]).at(-1)}" is not a usable branch name: ${reason}`);
    expect(err).toContain(`Run \`flows ${command} --help\``);
    expect(err).not.toContain("[hello/greet]");
  });
});

describe("a file store folder that is not there", () => {
  it("is said where the store is named, so a --state-dir typo does not read as an empty store; nothing is made", () => {
    const typo = join(repo.dir, "stat-dir");
    const runs = flows("runs", "--state-dir", typo);
    expect(runs.out).toBe(`No runs in the file store at ${typo} (no such folder: nothing was recorded there).\n`);
    expect(runs.code).toBe(0);
    const failed = flows("runs", "--state-dir", typo, "--status", "failed");
    expect(failed.out).toBe(`No runs that match in the file store at ${typo} (no such folder: nothing was recorded there).\n`);
    const shown = flows("show", "evt-1", "--state-dir", typo);
    expect(shown.code).toBe(1);
    expect(shown.err).toContain(`No event or run "evt-1" in the file store at ${typo} (no such folder: nothing was recorded there).`);
    expect(existsSync(typo)).toBe(false);
  });

  it("is named plainly once something was recorded there", () => {
    const stateDir = join(repo.dir, "state");
    expect(flows("fire", "--event", eventPath, "--state-dir", stateDir).code).toBe(0);
    expect(flows("runs", "--state-dir", stateDir, "--status", "failed").out).toBe(`No runs that match in the file store at ${stateDir}.\n`);
  });
});
