import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runnerIO } from "../../src/action/runner.js";
import { stepSummaryFileEachTest } from "../helpers/step-summary-file.js";
import { Redactor } from "../../src/redact.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// GitHub takes at most 1 MiB of job summary per step, and drops the step's whole summary past
// that. The flow results kept to their own budget, but the upstream releases tables, the notes
// on what could not be written to GitHub and the events whose state was not saved were appended
// on top of them: a long watch list alone passed 1 MiB.

const LIMIT = 1024 * 1024;

describe("runnerIO's summary budget", () => {
  // core.summary keeps the first summary file it opens: one test of it per file.
  const summaryFile = stepSummaryFileEachTest("flows-summary-budget-");

  it("keeps everything one step appends within 1 MiB, saying which section lost what", async () => {
    const io = runnerIO({ redactor: new Redactor() });
    // The flow results at their own budget (1 MiB less 24 KiB), then sections after them.
    const results = `### Flows\n\n<details><summary>a / b</summary>\n\n\`\`\`\n${"an output line\n".repeat(68_000)}\`\`\`\n\n</details>\n`;
    await io.appendSummary(results, "the flow results");
    await io.appendSummary(`### :x: State not saved\n\n${"- `github:push:o/r:abc`\n".repeat(2_000)}`, "the list of events whose state was not saved");
    await io.appendSummary("### A note after that", "the last note");
    const summary = await readFile(summaryFile(), "utf8");
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    expect(summary.startsWith(results)).toBe(true);
    expect(summary).toContain("### :x: State not saved\n\n- `github:push:o/r:abc`\n");
    expect(summary).toMatch(/\n\n> \[!WARNING\]\n> \d+ bytes of the list of events whose state was not saved were left out here/);
    expect(summary).toMatch(/> \d+ bytes of the last note were left out here/);
  });
});

describe("a scheduled run with a long watch list", () => {
  let repo: { dir: string; cleanup: () => Promise<void> };
  let server: GitHubApiServer;
  beforeEach(async () => {
    repo = await tempRepo("flows-summary-budget-");
    server = await startGitHubApiServer();
  });
  afterEach(async () => {
    await server.close();
    await repo.cleanup();
  });

  it("writes a job summary under 1 MiB that still has the flow results", async () => {
    await writeFlow(repo.dir, {
      name: "nightly",
      steps: [{ name: "s", trigger: "schedule", source: 'await Bun.stdin.text();\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "nightly done" }));' }],
    });
    // 6000 repositories with long names: a row each in the watch status table, 1.1 MB in all.
    const repos = Array.from({ length: 6000 }, (_, i) => `owner-${String(i).padStart(4, "0")}${"o".repeat(28)}/${"r".repeat(95)}-${i}`);
    await mkdir(join(repo.dir, ".github"), { recursive: true });
    await writeFile(join(repo.dir, ".github/flows.toml"), repos.map((name) => `[[watch]]\nrepo = "${name}"\n`).join("\n"));
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "schedule",
      payload: { schedule: "17 * * * *", repository: { full_name: "octo-org/octo-repo" } },
      inputs: { "watch-max-requests": "1", "github-token": "ghs_actiontoken", checks: "off", comment: "off" },
      env: { GITHUB_API_URL: server.url },
    });
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(LIMIT);
    expect(run.summary).toContain("### Upstream releases");
    expect(run.summary).toMatch(/> \d+ bytes of the upstream releases tables were cut .*`flows watch --status` shows every repository/);
    expect(run.summary).toContain("### Flows for `schedule`");
    expect(run.summary).toContain("nightly done");
    server.assertNoViolations();
  }, 120_000);
});
