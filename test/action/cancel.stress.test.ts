import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { BUN_DIR, DIST_ACTION, parseOutputFile } from "../helpers/run-action.js";

// The timed half of cancel.test.ts: after SIGINT the runner waits 7.5 s, then SIGTERM/SIGKILL,
// so the action must stop its steps, record them and complete their check runs within that.

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-cancel-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

describe("a cancelled job, timed", () => {
  it("stops within the 7.5 s the runner waits before it kills the action", async () => {
    const pidFile = join(repo.dir, "step.pid");
    await writeFlow(repo.dir, {
      name: "slow",
      steps: [
        {
          name: "compile",
          trigger: "push",
          source: `await Bun.write(${JSON.stringify(pidFile)}, String(process.pid));\nconsole.log("compiling");\nawait Bun.sleep(60_000);`,
        },
      ],
    });
    const runner = await mkdtemp(join(tmpdir(), "flows-cancel-runner-"));
    const eventPath = join(runner, "event.json");
    const after = "d".repeat(40);
    await writeFile(eventPath, JSON.stringify({ ref: "refs/heads/main", before: "0".repeat(40), after, repository: { full_name: "octo-org/octo-repo" } }));
    await Promise.all([writeFile(join(runner, "output"), ""), writeFile(join(runner, "summary.md"), "")]);
    const child = spawn(process.execPath, [DIST_ACTION], {
      cwd: repo.dir,
      env: {
        PATH: `${BUN_DIR}:${process.env.PATH}`,
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: "push",
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_REPOSITORY: "octo-org/octo-repo",
        GITHUB_RUN_ID: "77",
        GITHUB_SHA: after,
        GITHUB_API_URL: server.url,
        GITHUB_OUTPUT: join(runner, "output"),
        GITHUB_STEP_SUMMARY: join(runner, "summary.md"),
        "INPUT_GITHUB-TOKEN": "ghs_jobtoken",
        INPUT_STATE: "file",
        INPUT_COMMENT: "off",
      },
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((done) => child.on("close", done));
    await waitFor(() => stdout.includes("compiling"));
    const started = Date.now();
    child.kill("SIGINT");
    const code = await exited;
    expect(Date.now() - started).toBeLessThan(7_500);
    expect(code).toBe(1);
    expect(stdout).toContain("::warning::Received SIGINT: stopping the running flow steps");
    const summary = await readFile(join(runner, "summary.md"), "utf8");
    expect(summary).toContain("| slow | compile | 🚫 canceled |");
    expect(parseOutputFile(await readFile(join(runner, "output"), "utf8"))["event-id"]).toBe(`github:push:octo-org/octo-repo:refs/heads/main@${after}`);
    const pid = Number(await readFile(pidFile, "utf8"));
    expect(() => process.kill(pid, 0)).toThrow();
    const checks = server.github.checkRuns.list("octo-org/octo-repo");
    expect(checks.map((check) => [check.name, check.status, check.conclusion])).toEqual([["flows: slow/compile", "completed", "cancelled"]]);
    server.assertNoViolations();
  }, 30_000);
});

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the step to start");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
