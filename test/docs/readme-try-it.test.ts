import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergedOutputOf } from "../helpers/cli-process.js";
import { ensureFreshDist } from "../helpers/fresh-dist.js";

// The README's "Try it": its first command, pasted into a shell in a clone, runs the bundled
// example; run again, nothing runs (the event was handled); with the `--input replay=...` the
// text gives, it runs again.

await ensureFreshDist();

const readme = readFileSync("README.md", "utf8");
const start = readme.indexOf("## Try it");
const tryIt = readme.slice(start, readme.indexOf("\n## ", start + 1));
/** The `npm run flows -- github ...` line of the sh block. */
const command = (/```sh\n([\s\S]*?)```/.exec(tryIt)?.[1] ?? "").split("\n").find((line) => line.startsWith("npm run flows -- github")) ?? "";
/** The replay option the text after the block gives, joined across its line break. */
const replay = /add `(--input\s+replay=[^`]+)`/.exec(tryIt)?.[1]?.replace(/\s+/g, " ") ?? "";

let clone: string;
beforeAll(async () => {
  // What a clone holds for this: package.json, dist/, node_modules/ (npm ci) and the example.
  clone = await mkdtemp(join(tmpdir(), "flows-readme-try-"));
  await cp(resolve("package.json"), join(clone, "package.json"));
  await symlink(resolve("dist"), join(clone, "dist"));
  await symlink(resolve("node_modules"), join(clone, "node_modules"));
  await cp(resolve("examples/release-reaction"), join(clone, "examples/release-reaction"), {
    recursive: true,
    filter: (source) => !source.split(/[\\/]/).includes(".codex"),
  });
});
afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

function shell(line: string): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const name of Object.keys(env)) if (name.startsWith("GITHUB_") || name.startsWith("RUNNER_") || name.startsWith("npm_")) delete env[name];
  return mergedOutputOf(spawn("sh", ["-c", line], { cwd: clone, env }));
}

describe("the README's Try it", () => {
  it("shows the command and the replay option", () => {
    expect(command).toMatch(/--repo examples\/release-reaction /);
    expect(replay).toBe("--input replay=github:release.published:Codertocat/Hello-World:0.0.1");
  });

  it("runs the bundled example, then nothing on a second run, then the step again with the replay input", async () => {
    const first = await shell(command);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain("release-notes/summarise: completed");
    expect(first.out).toMatch(/matched = 1\n/);

    const again = await shell(command);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain("was already handled, nothing ran");
    expect(again.out).toMatch(/matched = 0\n/);

    const replayed = await shell(`${command} ${replay}`);
    expect(replayed.code, replayed.out).toBe(0);
    expect(replayed.out).toContain("release-notes/summarise: completed");
    expect(replayed.out).toMatch(/matched = 1\n/);
  }, 120_000);
});
