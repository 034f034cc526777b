// Moved from github-write-failures.test.ts: the job summary at its 1 MiB cap, filled by 45 steps'
// results (45 Bun processes per test).
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as {
  number: number;
  repository: { full_name: string };
};
const repository = opened.repository.full_name;
const LIMIT = 1024 * 1024;
const TOKEN = "ghs_jobtoken0123456789abcdefABCDEF";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-write-failures-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

const onPullRequest = (inputs: Record<string, string> = {}) =>
  runDistAction({
    workspace: repo.dir,
    eventName: "pull_request",
    payload: opened,
    inputs: { "github-token": TOKEN, state: "none", ...inputs },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
  });

/** The `::warning` workflow commands the action wrote: one annotation each. */
const warningAnnotations = (stdout: string): string[] => stdout.split("\n").filter((line) => line.startsWith("::warning"));

describe("writes GitHub failed", () => {
  it("leave every step's result in a job summary at its 1 MiB cap, the note beside them", async () => {
    // 45 steps with 24 KiB of output each: their details fill the results' part of the summary.
    const steps = Array.from({ length: 45 }, (_, i) => ({
      name: `s${String(i).padStart(2, "0")}`,
      trigger: "pull_request.*",
      source: [
        "await Bun.stdin.text();",
        `console.log(${JSON.stringify(`output line of step ${i} `)}.repeat(12).concat("\\n").repeat(100));`,
        `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "result of step ${i}", data: { filler: "d".repeat(6000) } }));`,
      ].join("\n"),
    }));
    await writeFlow(repo.dir, { name: "wide", steps });
    server.failNext({ operationId: "checks/create", status: 422, body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest", status: "422" }, times: 100 });
    const run = await onPullRequest({ comment: "off", concurrency: "4" });
    expect(run.code, run.stdout.slice(-3000)).toBe(0);
    const summary = run.summary;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    // At the cap: the results' part cut some steps' details, as it does to stay under 1 MiB.
    expect(Buffer.byteLength(summary)).toBeGreaterThan(LIMIT - 64 * 1024);
    expect(summary).toContain("> flows-action could not write check runs to GitHub");
    expect(summary).toMatch(/> - and 35 more, each on a line of the job log starting "flows-action warning:"/);
    // Every step's FLOW_RESULT (its status and message) is in the summary's table.
    for (let i = 0; i < 45; i++) expect(summary).toContain(`result of step ${i}`);
    expect(summary).not.toMatch(/bytes of the flow results were left out here/);
    expect(warningAnnotations(run.stdout)).toHaveLength(1);
    server.assertNoViolations();
  }, 180_000);

  it("leave every step's row and the problems in a full summary after a step wrote 300 KiB of its own text to it", async () => {
    // As above, and a step that appends 300 KiB to the job summary itself: the results must make
    // room for it by leaving out steps' details, never by cutting off their own end.
    const steps = Array.from({ length: 45 }, (_, i) => ({
      name: `s${String(i).padStart(2, "0")}`,
      trigger: "pull_request.*",
      source: [
        "await Bun.stdin.text();",
        ...(i === 0 ? ['require("node:fs").appendFileSync(process.env.GITHUB_STEP_SUMMARY, "step-written line\\n".repeat(19_000));'] : []),
        `console.log(${JSON.stringify(`output line of step ${i} `)}.repeat(12).concat("\\n").repeat(100));`,
        `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "result of step ${i}", data: { filler: "d".repeat(6000) } }));`,
      ].join("\n"),
    }));
    await writeFlow(repo.dir, { name: "wide", steps });
    // A flow.toml that cannot be loaded: the problems table ends the summary.
    await writeFlow(repo.dir, { name: "broken", steps: [{ name: "bad", trigger: "pull_request.*", source: rawStep("completed", "x") }] });
    await writeFile(join(repo.dir, "flows", "broken", "flow.toml"), "name = \"broken\"\n[[steps]]\n");
    server.failNext({ operationId: "checks/create", status: 422, body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest", status: "422" }, times: 100 });
    const run = await onPullRequest({ comment: "off", concurrency: "4", "fail-on": "none" });
    expect(run.code, run.stdout.slice(-3000)).toBe(0);
    const summary = run.summary;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    expect(summary).toContain("step-written line");
    for (let i = 0; i < 45; i++) expect(summary).toContain(`result of step ${i}`);
    expect(summary).toContain("### Problems");
    expect(summary).not.toMatch(/bytes of the flow results were left out here/);
    // What was left out is said, and where it is.
    expect(summary).toMatch(/> The details of \d+ of these 45 steps \(result and output tail\) were left out/);
    server.assertNoViolations();
  }, 180_000);
});
