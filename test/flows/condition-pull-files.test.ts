import { rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import type { PullFile } from "../support/github-api/fake-pulls.js";

// changed() on pull requests through the action's code path: the files come from
// GET /repos/{owner}/{repo}/pulls/{n}/files on the OpenAPI-checked fake GitHub, listed once per
// event and only when a condition calls changed().

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as {
  number: number;
  repository: { full_name: string };
};
const repository = opened.repository.full_name;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-pr-files-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, {
    name: "regen",
    steps: [
      { name: "bindings", trigger: "pull_request.*", condition: "changed('bindings/**')", source: rawStep("completed") },
      { name: "docs", trigger: "pull_request.*", condition: "changed('docs/*.md')", source: rawStep("completed") },
    ],
  });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

async function onPullRequest(files: PullFile[] | undefined, token = "ghs_jobtoken") {
  if (files) server.github.pulls.add(repository, { number: opened.number, files });
  const run = await runInProcess({
    workspace: repo.dir,
    eventName: "pull_request",
    payload: opened,
    inputs: { "github-token": token, state: "none", "dry-run": "true", checks: "off", comment: "off" },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository },
  });
  expect(run.code, run.stdout).toBe(0);
  server.assertNoViolations();
  // The summary escapes Markdown; the reasons are read without the escapes.
  const reasons = run.summary.replace(/\\/g, "");
  return { run, reasons, listings: server.requestsFor("pulls/list-files").length };
}

const many = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}/file-${i}.ts`);

describe("changed() on pull requests", () => {
  it("matches a step whose glob a touched file fits; the other is a mismatch with its reason; one listing for both", async () => {
    const { run, reasons, listings } = await onPullRequest(["bindings/x.rs", "src/lib.rs"]);
    expect(run.outputs.matched).toBe("1");
    expect(reasons).toContain("condition `changed('docs/*.md')` is false");
    expect(listings).toBe(1);
  });

  it("counts the old name of a renamed file", async () => {
    const { run } = await onPullRequest([{ filename: "src/y.rs", previousFilename: "bindings/y.rs" }]);
    expect(run.outputs.matched).toBe("1");
  });

  it("pages through a pull request with more files than one page", async () => {
    const { run, reasons, listings } = await onPullRequest([...many(250, "src"), "docs/guide.md"]);
    expect(listings).toBe(3);
    expect(run.outputs.matched).toBe("1");
    expect(reasons).toContain("condition `changed('bindings/**')` is false");
  });

  it("past GitHub's 3,000-file cap a listed match counts, and no match cannot be told", async () => {
    const { run, reasons, listings } = await onPullRequest([...many(2999, "src"), "docs/guide.md", "bindings/late.rs"]);
    expect(listings).toBe(30);
    expect(run.outputs.matched).toBe("1");
    expect(reasons).toMatch(/changed\('bindings\/\*\*'\)` could not be evaluated \(pull request #\u200b\d+ touches more files than GitHub lists \(3000\)/);
  });

  it("lists nothing when no condition calls changed()", async () => {
    await rm(join(repo.dir, "flows"), { recursive: true });
    await writeFlow(repo.dir, {
      name: "plain",
      steps: [{ name: "any", trigger: "pull_request.*", condition: "github.event_name == 'pull_request'", source: rawStep("completed") }],
    });
    const { run, listings } = await onPullRequest(["bindings/x.rs"]);
    expect(run.outputs.matched).toBe("1");
    expect(listings).toBe(0);
  });

  it("says why without a token, and asks nothing", async () => {
    const { run, reasons, listings } = await onPullRequest(undefined, "");
    expect(run.outputs.matched).toBe("0");
    expect(reasons).toContain("no GitHub token was given to list them");
    expect(listings).toBe(0);
  });

  it("works the same in `flows github` with GITHUB_TOKEN", async () => {
    server.github.pulls.add(repository, { number: opened.number, files: ["bindings/x.rs"] });
    const eventPath = join(repo.dir, "event.json");
    await writeFile(eventPath, JSON.stringify(opened));
    let out = "";
    const argv = ["--repo", repo.dir, "--no-color", "github", "--event-name", "pull_request", "--event-path", eventPath, "--state", "none", "--dry-run"];
    const env = cliTestEnv({ GITHUB_TOKEN: "ghp_local", GITHUB_API_URL: server.url });
    const code = await main(argv, { env, out: (text) => (out += text), err: () => {} });
    expect(code, out).toBe(0);
    expect(out).toContain("matched = 1");
    expect(server.requestsFor("pulls/list-files")).toHaveLength(1);
    server.assertNoViolations();
  });
});
