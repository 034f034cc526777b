import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergedOutputOf } from "../helpers/cli-process.js";
import { ensureFreshDist } from "../helpers/fresh-dist.js";
import { parseOutputFile } from "../helpers/runner-log.js";

// The README's way to run dist/index.js as the runner runs it, pasted as it is into a shell in a
// clone of this repository. It ran with the clone itself as the workspace, which holds no flows/,
// so the bundled example never ran: a warning and "Nothing matched".

await ensureFreshDist();

/** The sh block after "`dist/index.js` runs as the runner runs it". */
function readmeSnippet(): string {
  const readme = readFileSync("README.md", "utf8");
  const at = readme.indexOf("`dist/index.js` runs as the runner runs it");
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
  if (at < 0 || !block) throw new Error("the README no longer shows how to run dist/index.js");
  return block.replace(/^ {2}/gm, "");
}

let clone: string;
beforeEach(async () => {
  // What a clone holds for this: dist/, node_modules/ (npm ci) and the example.
  clone = await mkdtemp(join(tmpdir(), "flows-readme-dist-"));
  await symlink(resolve("dist"), join(clone, "dist"));
  await symlink(resolve("node_modules"), join(clone, "node_modules"));
  // Without the state a run of the README's first command leaves there (it would find the event handled).
  await cp(resolve("examples/release-reaction"), join(clone, "examples/release-reaction"), {
    recursive: true,
    filter: (source) => !source.split(/[\\/]/).includes(".codex"),
  });
});
afterEach(async () => {
  await rm(clone, { recursive: true, force: true });
});

describe("the README's dist/index.js command", () => {
  it("runs the bundled example's step and writes its outputs and summary", async () => {
    const snippet = readmeSnippet();
    expect(snippet).toContain("node dist/index.js");
    // No Bun on PATH but what the snippet puts there, as on a fresh machine.
    const { code, out } = await mergedOutputOf(spawn("sh", ["-c", snippet], { cwd: clone, env: { PATH: "/usr/bin:/bin", HOME: process.env.HOME } }));
    expect(code, out).toBe(0);
    expect(out).not.toContain("::warning");
    const outputs = parseOutputFile(await readFile(join(clone, "out.txt"), "utf8"));
    expect(outputs["event-id"]).toBe("github:release.published:Codertocat/Hello-World:0.0.1");
    expect(outputs.matched).toBe("1");
    expect(await readFile(join(clone, "summary.md"), "utf8")).toMatch(/\| release-notes \| summarise \| ✅ completed \|/);
  });
});
