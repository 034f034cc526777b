// The state branch on a machine that cannot run it as asked: no git on PATH, a temporary folder
// that cannot hold the store's private git directory. `flows` runs as a real process with that
// environment; it must say what to change and exit 1, never print a stack and ask for a bug report.
import { execFileSync } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { isUserError } from "../../src/user-error.js";
import { rawStep, writeFlow } from "../helpers/flow-packages.js";
import { BUN, git, makeRecord, originWithCheckout, runChild, tempDir } from "./helpers.js";

const CLI = join(process.cwd(), "src", "cli.ts");

type Run = { code: number | null; stdout: string; stderr: string };

function flows(argv: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return runChild(BUN, [CLI, ...argv, "--no-color"], { env: { HOME: process.env.HOME, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, ...env } });
}

/** A checkout with a flow whose step marks that it ran, and an event file for it. */
async function checkoutWithFlow(): Promise<{ checkout: string; origin: string; eventFile: string; ranFile: string }> {
  const { checkout, origin } = await originWithCheckout();
  const ranFile = join(checkout, "step-ran");
  const source = `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(ranFile)}, "yes");\n${rawStep("changed")}`;
  await writeFlow(checkout, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
  const eventFile = join(checkout, "event.json");
  await writeFile(eventFile, JSON.stringify({ id: "evt-env-1", type: "release.published", payload: {} }));
  return { checkout, origin, eventFile, ranFile };
}

function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(/bug in flows-action/);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe("the state branch without git on PATH", () => {
  it("`flows fire` and `flows runs` say git is missing and what to do, exit 1, run no step, and print no stack", async () => {
    const { checkout, eventFile, ranFile } = await checkoutWithFlow();
    // Only bun on PATH: the CLI and its steps run, git does not.
    const bin = await tempDir("flows-no-git-");
    await symlink(BUN, join(bin, "bun"));
    const env = { PATH: bin };

    const fire = await flows(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile], env);
    const runs = await flows(["runs", "--repo", checkout, "--state", "branch"], env);

    for (const run of [fire, runs]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/git is not installed or not on PATH/);
      expect(run.stderr).toMatch(/install git, or use another state store/i);
      expectNoStack(run);
    }
    // The store could not be read, so no step ran whose record could be lost.
    await expect(import("node:fs/promises").then(({ access }) => access(ranFile))).rejects.toThrow();
  });
});

describe("the state branch when its private git folder cannot be made", () => {
  it.each([
    ["a TMPDIR that does not exist", (root: string) => join(root, "no-such-folder")],
    ["a TMPDIR that is a file", (root: string) => join(root, "event.json")],
  ])("`flows fire` with %s says so, names TMPDIR, exits 1 and prints no stack", async (_, tmp) => {
    const { checkout, eventFile } = await checkoutWithFlow();
    const env = { PATH: `${dirname(BUN)}:${process.env.PATH}`, TMPDIR: tmp(checkout) };

    const fire = await flows(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile], env);

    expect(fire.code).toBe(1);
    expect(fire.stderr).toContain(tmp(checkout));
    expect(fire.stderr).toMatch(/private git folder/);
    expect(fire.stderr).toMatch(/TMPDIR/);
    expectNoStack(fire);
  });

  it("a workDir in the way of a file is a user error naming that folder, and the store opens once it is moved", async () => {
    const root = await tempDir();
    const origin = join(root, "origin.git");
    git(root, "init", "--bare", "--quiet", origin);
    const workDir = join(root, "work");
    await writeFile(workDir, "a file where the folder should be");
    const store = new BranchStateStore({ remoteUrl: origin, workDir });

    const error = await store.loadEvent("evt-1").then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain(workDir);
    expect((error as Error).message).toMatch(/private git folder/);
    const { rm } = await import("node:fs/promises");
    await rm(workDir);
    await mkdir(workDir);
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();
    await store.close();
    expect(git(origin, "ls-tree", "-r", "--name-only", "flows-state")).toContain("events/");
  });
});

describe("the state branch with a push budget that is no duration", () => {
  it("`flows fire` with FLOWS_STATE_PUSH_BUDGET_SECONDS=0 says what to set, exits 1 and runs no step (it passed for the default)", async () => {
    const { checkout, eventFile, ranFile } = await checkoutWithFlow();
    const env = { PATH: process.env.PATH, FLOWS_STATE_PUSH_BUDGET_SECONDS: "0" };
    const fire = await flows(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile], env);
    expect(fire.code).toBe(1);
    expect(fire.stderr).toContain('FLOWS_STATE_PUSH_BUDGET_SECONDS must be a number of seconds above 0 (fractions allowed), got "0"; set it so, or unset it for the default of 5 minutes.');
    expectNoStack(fire);
    await expect(import("node:fs/promises").then(({ access }) => access(ranFile))).rejects.toThrow();
  });
});

describe("the state branch with a flush time limit that is no duration", () => {
  it("`flows fire` with FLOWS_STATE_FLUSH_TIMEOUT_SECONDS=soon says what to set, exits 1 and runs no step", async () => {
    const { checkout, eventFile, ranFile } = await checkoutWithFlow();
    const env = { PATH: process.env.PATH, FLOWS_STATE_FLUSH_TIMEOUT_SECONDS: "soon" };
    const fire = await flows(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile], env);
    expect(fire.code).toBe(1);
    expect(fire.stderr).toContain('FLOWS_STATE_FLUSH_TIMEOUT_SECONDS must be a number of seconds above 0 (fractions allowed), got "soon"; set it so, or unset it for the default of 5 minutes.');
    expectNoStack(fire);
    await expect(import("node:fs/promises").then(({ access }) => access(ranFile))).rejects.toThrow();
  });
});

describe("the state branch with a claim setting that is no yes or no", () => {
  it("`flows fire` with FLOWS_STATE_CLAIM=sometimes says what to set, exits 1 and runs no step", async () => {
    const { checkout, eventFile, ranFile } = await checkoutWithFlow();
    const env = { PATH: process.env.PATH, FLOWS_STATE_CLAIM: "sometimes" };
    const fire = await flows(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile], env);
    expect(fire.code).toBe(1);
    expect(fire.stderr).toContain('FLOWS_STATE_CLAIM is "sometimes": set it to false to keep the starts of steps in memory until the job ends');
    expectNoStack(fire);
    await expect(import("node:fs/promises").then(({ access }) => access(ranFile))).rejects.toThrow();
  });
});

// A full disk under the private git folder: git says "No space left on device", which read as the
// remote's trouble ("git could not fetch ... from <remote>"); the message names the folder now.
describe("a disk of this machine that refuses git's writes", () => {
  /** `git` on PATH that fails each fetch as a full disk does (or as a full remote, "remote: ..."). */
  async function gitFailingFetch(root: string, said: string): Promise<void> {
    const bin = join(root, "bin");
    await mkdir(bin, { recursive: true });
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    const script = `#!/bin/sh\nfor a in "$@"; do [ "$a" = fetch ] && { printf '%s\\n' '${said}' >&2; exit 128; }; done\nexec '${real}' "$@"\n`;
    await writeFile(join(bin, "git"), script, { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    onTestFinished(() => {
      process.env.PATH = path;
    });
  }

  it("is named with the private git folder and what to change", async () => {
    const { origin } = await originWithCheckout();
    const root = await tempDir();
    await gitFailingFetch(root, "fatal: write error: No space left on device");
    const workDir = join(root, "work");
    const store = new BranchStateStore({ remoteUrl: origin, workDir });
    onTestFinished(() => store.close());
    const error = await store.loadEvent("evt-1").then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateBranchError);
    expect((error as Error).message).toContain(`The state branch's private git folder ${workDir}, chosen by the store's workDir option, cannot be written: the disk is full.`);
  });

  it("is not blamed for the remote's full disk", async () => {
    const { origin } = await originWithCheckout();
    const root = await tempDir();
    await gitFailingFetch(root, "remote: fatal: write error: No space left on device");
    const store = new BranchStateStore({ remoteUrl: origin, workDir: join(root, "work") });
    onTestFinished(() => store.close());
    const error = await store.loadEvent("evt-1").then(() => undefined, (caught: unknown) => caught);
    expect((error as Error).message).toMatch(/git could not fetch the state branch/);
    expect((error as Error).message).not.toContain("private git folder");
  });
});
