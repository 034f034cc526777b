import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// `state-dir` relative to the workspace may lead out of it (`../flows-state`), or be absolute:
// a folder that actions/cache restores and saves, apart from the checkout (README, "State").

let top: { dir: string; cleanup: () => Promise<void> };
let workspace: string;
beforeEach(async () => {
  top = await tempRepo("flows-state-dir-");
  workspace = join(top.dir, "workspace");
  await mkdir(workspace);
  await writeFlow(workspace, { name: "notes", steps: [{ name: "write", trigger: "push", source: rawStep("completed", "NOTES WRITTEN") }] });
});
afterEach(async () => {
  await top.cleanup();
});

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe("a state-dir outside the workspace", () => {
  it.each([
    ["relative, up out of the workspace", "../flows-state"],
    ["absolute", "<top>/cache/flows-state"],
  ])("keeps the records there (%s), none in the workspace, and a second job finds the event handled", async (_, setting) => {
    const stateDir = setting.replace("<top>", top.dir);
    const where = setting.startsWith("..") ? join(top.dir, "flows-state") : stateDir;
    const payload = { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "octo-org/octo-repo" } };
    const job = () =>
      runInProcess({ workspace, eventName: "push", payload, inputs: { state: "file", "state-dir": stateDir, checks: "off", comment: "off" } });
    const first = await job();
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain("NOTES WRITTEN");
    expect(first.outputs.matched).toBe("1");
    expect((await filesUnder(where)).some((file) => file.endsWith(".json"))).toBe(true);
    expect(existsSync(join(workspace, ".codex"))).toBe(false);
    const second = await job();
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).not.toContain("NOTES WRITTEN");
    expect(second.outputs["already-handled"]).toBe("1");
  });
});
