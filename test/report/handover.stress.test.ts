// Moved from handover.test.ts: 100 results of 200 KB each (21 MB of results; the writer cuts some
// 60 of them, and the publisher writes 100 check runs). handover.test.ts keeps a small version:
// 41 such results, just past the writer's aim of 8 MiB.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { HANDOVER_FILE, MAX_HANDOVER_FILE_BYTES, type Handover, handoverFromOutcome, publishHandover, writeHandover } from "../../src/report/handover.js";
import { packEntry, zipArchive } from "../helpers/zip.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { ended, HEAD, outcomeOf, prEvent, REPO, RUN_URL, recordingIO, testClient } from "./github-fixtures.js";

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
    const runs = Array.from({ length: 100 }, (_, i) =>
      ended("completed", { id: `run_${String(i).padStart(12, "0")}`, stepName: `s${i}`, resultPayload: { status: "completed", message: `result ${i}`, data: "漢".repeat(70_000) } }),
    );
    // As handover.test.ts's handover(): a two-run outcome's handover, its runs replaced.
    const outcome = outcomeOf(prEvent(), [ended("failed", { stepName: "lint" }), ended("completed", { id: "run_b", stepName: "test" })]);
    const handover = { ...handoverFromOutcome(outcome, { repository: REPO, headSha: HEAD, prNumbers: [7] }), runs: outcomeOf(prEvent(), runs).runs };
    const file = await writeHandover(dir, handover);
    const text = await readFile(file, "utf8");
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_HANDOVER_FILE_BYTES);
    const written = JSON.parse(text) as Handover;
    expect(written.runs).toHaveLength(100);
    expect(written.runs.filter((run) => String(run.resultPayload?.message).includes("FLOW_RESULT cut")).length).toBeGreaterThan(0);
    expect(written.runs[99]?.resultPayload).toMatchObject({ status: "completed" });
    const zip = new Uint8Array(zipArchive([packEntry(HANDOVER_FILE, Buffer.from(JSON.stringify(written)))]));
    server.github.artifacts.add(REPO, { name: "flows-report", zip, runId: RUN_ID, headSha: HEAD });
    const report = await publishHandover({
      client,
      repository: REPO,
      workflowRun: { id: RUN_ID, headSha: HEAD, event: "pull_request" },
      checks: "per-step",
      comment: "on-pr",
      runUrl: RUN_URL,
      io: recordingIO(),
    });
    expect(report).toMatchObject({ published: true });
  }, 60_000);
});
