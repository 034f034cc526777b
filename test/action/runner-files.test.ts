import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runnerFileProblem } from "../../src/action/runner.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_ACTION, jobEnvironment } from "../helpers/run-action.js";

// The runner creates GITHUB_OUTPUT and GITHUB_STEP_SUMMARY before a step starts. Run by hand
// with a variable naming a file that is not there, the action says what to do, not "a bug".

let repo: { dir: string; cleanup: () => Promise<void> };
let runnerDir: string;
beforeEach(async () => {
  repo = await tempRepo("flows-runner-files-");
  runnerDir = await mkdtemp(join(tmpdir(), "flows-runner-files-"));
  await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "push", source: rawStep("completed", "notes written") }] });
});
afterEach(async () => {
  await repo.cleanup();
  await rm(runnerDir, { recursive: true, force: true });
});

describe("the runner's files", () => {
  it("a GITHUB_OUTPUT that does not exist fails the job at once, saying what to do, with no stack trace and no step run", async () => {
    const eventPath = join(runnerDir, "event.json");
    await writeFile(eventPath, JSON.stringify({ ref: "refs/heads/main", repository: { full_name: "o/r" } }));
    const output = join(runnerDir, "missing", "out.txt");
    const child = spawnSync(process.execPath, [DIST_ACTION], {
      cwd: repo.dir,
      encoding: "utf8",
      env: { ...jobEnvironment({ eventName: "push", eventPath, workspace: repo.dir }), GITHUB_OUTPUT: output, INPUT_STATE: "none", INPUT_CHECKS: "off", INPUT_COMMENT: "off" },
    });
    expect(child.status, child.stdout).toBe(1);
    expect(child.stdout).toContain(`::error::GITHUB_OUTPUT names ${output}, which does not exist. On GitHub the runner creates it before each step`);
    expect(child.stdout).not.toMatch(/This is a bug|\n\s+at /);
    expect(child.stdout).not.toContain("notes/write");
  });

  it("names both files when neither exists, and nothing when both do or are unset", async () => {
    const present = join(runnerDir, "present");
    await writeFile(present, "");
    expect(runnerFileProblem({ GITHUB_OUTPUT: "/nope/o", GITHUB_STEP_SUMMARY: "/nope/s" })).toMatch(
      /^GITHUB_OUTPUT names \/nope\/o and GITHUB_STEP_SUMMARY names \/nope\/s, which do not exist\. .* leave GITHUB_OUTPUT and GITHUB_STEP_SUMMARY unset/,
    );
    expect(runnerFileProblem({ GITHUB_OUTPUT: present, GITHUB_STEP_SUMMARY: present })).toBeUndefined();
    expect(runnerFileProblem({})).toBeUndefined();
    expect(runnerFileProblem({ GITHUB_OUTPUT: "" })).toBeUndefined();
  });
});
