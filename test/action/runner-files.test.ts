import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runnerFileProblem } from "../../src/action/runner.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_ACTION, jobEnvironment, parseOutputFile } from "../helpers/run-action.js";

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

  /** dist/index.js with these runner files, the step `notes/write` matching. */
  async function runWith(files: { GITHUB_OUTPUT?: string; GITHUB_STEP_SUMMARY?: string }, timeout = 60_000) {
    const eventPath = join(runnerDir, "event.json");
    await writeFile(eventPath, JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
    return spawnSync(process.execPath, [DIST_ACTION], {
      cwd: repo.dir,
      encoding: "utf8",
      timeout,
      killSignal: "SIGKILL",
      env: { ...jobEnvironment({ eventName: "push", eventPath, workspace: repo.dir }), ...files, INPUT_STATE: "none", INPUT_CHECKS: "off", INPUT_COMMENT: "off" },
    });
  }

  it("writes each output once to GITHUB_OUTPUT, the event's id and type said early included", async () => {
    const output = join(runnerDir, "output");
    const summary = join(runnerDir, "summary.md");
    await Promise.all([writeFile(output, ""), writeFile(summary, "")]);
    const child = await runWith({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    expect(child.status, child.stdout).toBe(0);
    const text = await readFile(output, "utf8");
    const names = [...text.matchAll(/^([^<\n]+)<<ghadelimiter_/gm)].map((match) => match[1]);
    expect(names.sort()).toEqual(["already-handled", "event-id", "event-type", "matched", "needs-attention", "results", "results-omitted"]);
    expect(parseOutputFile(text)["event-type"]).toBe("push");
  }, 60_000);

  it("a GITHUB_OUTPUT that is a folder, or a FIFO nothing reads, fails the job at once, saying what to do (a FIFO hung it for good)", async () => {
    const folder = join(runnerDir, "folder");
    await mkdir(folder);
    const folderRun = await runWith({ GITHUB_OUTPUT: folder });
    expect(folderRun.status, folderRun.stdout).toBe(1);
    expect(folderRun.stdout).toContain(`::error::GITHUB_OUTPUT names ${folder}, which is a folder: the action appends its outputs to it.`);
    expect(folderRun.stdout).not.toMatch(/This is a bug|\n\s+at |notes\/write/);

    const fifo = join(runnerDir, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const fifoRun = await runWith({ GITHUB_STEP_SUMMARY: fifo }, 30_000);
    expect(fifoRun.signal, "the action hung on the FIFO").toBeNull();
    expect(fifoRun.status, fifoRun.stdout).toBe(1);
    expect(fifoRun.stdout).toContain(`::error::GITHUB_STEP_SUMMARY names ${fifo}, which is a FIFO (named pipe) that nothing reads`);
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk under GITHUB_OUTPUT fails the job naming it and the reason, with no stack trace", async () => {
    const run = await runWith({ GITHUB_OUTPUT: "/dev/full" });
    expect(run.status, run.stdout).toBe(1);
    expect(run.stdout).toContain("::error::Could not write the output event-id to GITHUB_OUTPUT (/dev/full): the disk it is on is full (ENOSPC)");
    expect(run.stdout).not.toMatch(/This is a bug|%0A\s+at /);
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk under GITHUB_STEP_SUMMARY: a warning, the results in the log, and every output still written", async () => {
    const output = join(runnerDir, "output");
    await writeFile(output, "");
    const run = await runWith({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: "/dev/full" });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain("::warning::Could not write the job summary to GITHUB_STEP_SUMMARY (/dev/full): the disk it is on is full (ENOSPC)");
    expect(run.stdout).toContain("| notes | write | ✅ completed | notes written |");
    const outputs = parseOutputFile(await readFile(output, "utf8"));
    expect(outputs.matched).toBe("1");
    expect(JSON.parse(outputs.results ?? "[]")).toHaveLength(1);
  });
});
