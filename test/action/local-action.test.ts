import { spawn } from "node:child_process";
import { cp, lstat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo } from "../helpers/flow-packages.js";

// `npx @github/local-action run . src/main.ts .env` (the README's way to try the action on a
// workstation) on the example in examples/release-reaction: src/main.ts only exports run(),
// so local-action runs the action exactly once, and its stub of @actions/core sees the outputs.

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
    const env = [
      "INPUT_STATE=none",
      "INPUT_CHECKS=off",
      "INPUT_COMMENT=off",
      "GITHUB_EVENT_NAME=release",
      `GITHUB_EVENT_PATH=${resolve("examples/release-reaction/release-published.json")}`,
      `GITHUB_WORKSPACE=${repo.dir}`,
      "GITHUB_REPOSITORY=Codertocat/Hello-World",
      `LOCAL_ACTION_WORKSPACE=${repo.dir}`,
    ];
    await writeFile(join(repo.dir, ".env"), `${env.join("\n")}\n`);
    // local-action stubs @actions/core by its path as `npm ls` reports it. Where node_modules is
    // a symlink (a git worktree sharing another checkout's), Node must keep that path too.
    const linked = (await lstat("node_modules")).isSymbolicLink();
    const run = await new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(resolve("node_modules/.bin/local-action"), ["run", ".", "src/main.ts", join(repo.dir, ".env")], {
        env: {
          PATH: `${resolve("node_modules/.bin")}:${process.env.PATH}`,
          HOME: process.env.HOME,
          ...(linked ? { NODE_OPTIONS: "--preserve-symlinks" } : {}),
        },
      });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk));
      child.stderr.on("data", (chunk: Buffer) => (out += chunk));
      child.on("close", (code) => done({ code, out }));
    });
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
