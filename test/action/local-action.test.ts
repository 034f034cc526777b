import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, lstat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergedOutputOf } from "../helpers/cli-process.js";
import { tempRepo } from "../helpers/flow-packages.js";

// `npx @github/local-action run . src/main.ts .env` (the README's way to try the action on a
// workstation) on the example in examples/release-reaction: src/main.ts only exports run(),
// so local-action runs the action exactly once, and its stub of @actions/core sees the outputs.

/** The `.env` block the README shows for @github/local-action. */
function readmeEnv(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const at = readme.indexOf("A `.env` for the bundled example");
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
  if (at < 0 || !block) throw new Error("the README no longer shows the .env for @github/local-action");
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-local-action-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("@github/local-action", () => {
  it("runs the action once on the release-reaction example and reports its outputs", async () => {
    await cp(resolve("examples/release-reaction/flows"), join(repo.dir, "flows"), { recursive: true });
    // The README's .env, line for line, with its placeholder workspace pointed at the copy.
    const env = readmeEnv().map((line) => (line.startsWith("GITHUB_WORKSPACE=") ? `GITHUB_WORKSPACE=${repo.dir}` : line));
    expect(env.some((line) => line.startsWith("GITHUB_WORKSPACE="))).toBe(true);
    await writeFile(join(repo.dir, ".env"), `${env.join("\n")}\n`);
    // local-action stubs @actions/core by its path as `npm ls` reports it. Where node_modules is
    // a symlink (a git worktree sharing another checkout's), Node must keep that path too.
    const linked = (await lstat("node_modules")).isSymbolicLink();
    const run = await mergedOutputOf(
      spawn(resolve("node_modules/.bin/local-action"), ["run", ".", "src/main.ts", join(repo.dir, ".env")], {
        env: {
          PATH: `${resolve("node_modules/.bin")}:${process.env.PATH}`,
          HOME: process.env.HOME,
          ...(linked ? { NODE_OPTIONS: "--preserve-symlinks" } : {}),
        },
      }),
    );
    expect(run.code, run.out).toBe(0);
    const eventId = "github:release.published:Codertocat/Hello-World:0.0.1";
    expect(run.out.match(/Event release\.published → /g), run.out).toHaveLength(1);
    expect(run.out.match(/::group::release-notes\/summarise/g)).toHaveLength(1);
    const outputs = run.out.slice(run.out.indexOf("Action Outputs"));
    expect(outputs).toMatch(new RegExp(`'event-id'\\s*│ '${eventId}'`));
    expect(outputs).toMatch(/'matched'\s*│ '1'/);
    expect(outputs).toMatch(/'needs-attention'\s*│ 'false'/);
  }, 120_000);
});
