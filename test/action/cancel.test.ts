import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { BUN_DIR, DIST_ACTION, parseOutputFile } from "../helpers/run-action.js";

// Cancelling a workflow run: the runner sends SIGINT to the action. Running steps must stop,
// be recorded as canceled, and leave no check run in progress. This runs dist/index.js (rebuilt
// first when src/ changed) because the signal handling lives in the entry process. How fast it
// stops (inside the runner's 7.5 s before SIGKILL) is cancel.stress.test.ts's: no wall-clock
// assertions here.

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

describe("a cancelled job", () => {
  it("stops the running step, records it as canceled and completes its check run", async () => {
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
    child.kill("SIGINT");
    // The step sleeps 60 s, twice this test's timeout: the action exiting at all means it
    // stopped the step (how fast is not asserted here: no wall-clock assertions in unit tests).
    const code = await exited;
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
