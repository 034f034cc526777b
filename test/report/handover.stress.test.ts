// Moved from handover.test.ts: 100 results of 200 KB each (21 MB of results; the writer cuts some
// 60 of them, and the publisher writes 100 check runs). handover.test.ts keeps a small version:
// 41 such results, just past the writer's aim of 8 MiB.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { HEAD, REPO, testClient } from "./github-fixtures.js";
import { handOverLargeResults } from "./handover-large-results.js";

const RUN_ID = 77;

let server: GitHubApiServer;
let client: GitHubClient;
let dir: string;

beforeEach(async () => {
  server = await startGitHubApiServer();
  client = await testClient(server);
  dir = await mkdtemp(join(tmpdir(), "flows-handover-stress-"));
  server.github.pulls.add(REPO, { number: 7, headSha: HEAD, headRepo: "fork-owner/tool" });
});

afterEach(async () => {
  server.assertNoViolations();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the workflow_run handover at scale", () => {
  it("hands over 100 results of 200 KB each within the publisher's file size, the largest cut to their message", async () => {
    await handOverLargeResults(100, { dir, client, server, runId: RUN_ID });
  }, 60_000);
});
