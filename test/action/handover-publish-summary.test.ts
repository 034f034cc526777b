import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HANDOVER_FILE } from "../../src/report/handover.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { pullRequestOpened } from "../helpers/pull-request-examples.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { packEntry, zipArchive } from "../helpers/zip.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// The workflow_run job that publishes a fork's handover runs with write permissions, and its job
// summary says why a handover was refused. The reason quotes what the fork's file holds (its
// repository, a step's name): written into the summary as it was, `<img src=…>` in the file was
// an image in the trusted workflow's summary, a link a link, a `<details>` a fold.

const opened = pullRequestOpened();
const repository = opened.repository.full_name;
const headSha = opened.pull_request.head.sha;
const RUN_ID = 900;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-handover-summary-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

function seed(handover: unknown): void {
  const zip = new Uint8Array(zipArchive([packEntry(HANDOVER_FILE, Buffer.from(JSON.stringify(handover)))]));
  server.github.artifacts.add(repository, { name: "flows-report", zip, runId: RUN_ID, headSha });
}

describe("the publisher's job summary", () => {
  it("shows the fork's values in a refused handover's reason as text, never as markdown or HTML", async () => {
    const planted = '<img src="https://t.example/p.png"> @octo-org/all #1';
    seed({
      version: 1,
      repository: planted,
      event: { id: "e1", type: "pull_request.opened", receivedAt: "2026-11-26T00:00:00Z", payload: {} },
      headSha,
      prNumbers: [opened.number],
      runs: [],
    });
    const workflowRun = { action: "completed", workflow_run: { id: RUN_ID, head_sha: headSha, event: "pull_request", pull_requests: [] }, repository: opened.repository };
    const publish = await runInProcess({
      workspace: join(repo.dir, "empty"),
      eventName: "workflow_run",
      payload: workflowRun,
      inputs: { "github-token": "ghs_writetoken", state: "none", handover: "publish" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: String(RUN_ID + 1) },
    });
    expect(publish.summary).toContain(`Nothing was published for run ${RUN_ID}.`);
    expect(publish.summary).toContain("repository is");
    expect(publish.summary).not.toContain("<img");
    expect(publish.summary).toContain("&lt;img src=\"https://t.example/p.png\"&gt; @\u200bocto-org/all \\#\u200b1");
    // The annotation is plain text: it keeps the value as it was.
    expect(publish.stdout).toMatch(/^::warning::.*repository is "<img src=/m);
    server.assertNoViolations();
  }, 60_000);
});

describe("the publisher without a token", () => {
  // A secret that is not set is empty: Octokit refused it with a stack trace, as a bug in flows-action.
  it("says an empty github-token is why nothing was published, without a stack trace", async () => {
    const workflowRun = { action: "completed", workflow_run: { id: RUN_ID, head_sha: headSha, event: "pull_request", pull_requests: [] }, repository: opened.repository };
    const publish = await runInProcess({
      workspace: join(repo.dir, "empty"),
      eventName: "workflow_run",
      payload: workflowRun,
      inputs: { "github-token": "", state: "none", handover: "publish" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: String(RUN_ID + 1) },
    });
    expect(publish.code).toBe(1);
    expect(publish.stdout).toContain('::error::Input "github-token" is empty, so the handover of the run that triggered this one cannot be published');
    expect(publish.stdout).not.toContain("This is a bug");
    expect(publish.stdout).not.toContain("    at ");
    expect(server.requests).toHaveLength(0);
  }, 60_000);
});
