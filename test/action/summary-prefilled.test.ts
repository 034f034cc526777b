import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// GitHub drops a step's whole job summary past 1 MiB. The action's budget assumed the file held
// only what it wrote itself: 900 KiB already in it (written before the action's first section)
// left the results their whole budget, and the file passed 1 MiB. The room now comes from the
// file's size when each section is written.

const LIMIT = 1024 * 1024;

describe("a job summary that already holds 900 KiB", () => {
  let repo: { dir: string; cleanup: () => Promise<void> };
  let server: GitHubApiServer;
  beforeEach(async () => {
    repo = await tempRepo("flows-summary-prefilled-");
    server = await startGitHubApiServer();
  });
  afterEach(async () => {
    await server.close();
    await repo.cleanup();
  });

  it("stays under 1 MiB and lists the failing steps first", async () => {
    // 12 steps that pass with 60 KB of output each, and 3 that fail.
    const passing = 'await Bun.stdin.text();\nfor (let i = 0; i < 1500; i++) console.log("a passing line of output " + "x".repeat(14));\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "fine" }));';
    const failing = (n: number) =>
      `await Bun.stdin.text();\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "failed", message: "broken-${n}: fix the thing" }));`;
    await writeFlow(repo.dir, {
      name: "many",
      steps: [
        ...Array.from({ length: 12 }, (_, i) => ({ name: `ok-${i}`, trigger: "schedule", source: passing })),
        ...Array.from({ length: 3 }, (_, i) => ({ name: `bad-${i}`, trigger: "schedule", source: failing(i) })),
      ],
    });
    const before = `### Earlier\n\n${"earlier summary line\n".repeat((900 * 1024) / 21)}\n`;
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "schedule",
      payload: { schedule: "17 * * * *", repository: { full_name: "octo-org/octo-repo" } },
      inputs: { "github-token": "ghs_actiontoken", checks: "off", comment: "off" },
      env: { GITHUB_API_URL: server.url },
      stepSummary: before,
    });
    expect(run.code, run.stdout.slice(-2000)).toBe(1);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(LIMIT);
    for (let i = 0; i < 3; i++) expect(run.summary).toContain(`broken-${i}: fix the thing`);
    // The text cut is said to be what was there before the step: the flow steps wrote none of it.
    expect(run.summary).toMatch(/bytes that were already in the job summary before this step were left out here/);
    expect(run.summary).not.toContain("the flow steps wrote");
    server.assertNoViolations();
  }, 180_000);
});
