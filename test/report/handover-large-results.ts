// The workflow_run handover of many large results, at two sizes: handover.test.ts hands over 41
// results of 200 KB each (8.6 MB, just past the writer's aim of half the publisher's file size),
// handover.stress.test.ts 100 (21 MB; the writer cuts some 60 of them).
import { readFile } from "node:fs/promises";
import { expect } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { HANDOVER_FILE, MAX_HANDOVER_FILE_BYTES, type Handover, handoverFromOutcome, publishHandover, writeHandover } from "../../src/report/handover.js";
import { packEntry, zipArchive } from "../helpers/zip.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { ended, HEAD, outcomeOf, prEvent, REPO, RUN_URL, recordingIO } from "./github-fixtures.js";

/** Writes the handover of `count` results of 200 KB each in `dir`, checks it is within the publisher's file size with the largest cut to their message, and publishes it from an artifact of run `runId`. */
export async function handOverLargeResults(count: number, { dir, client, server, runId }: { dir: string; client: GitHubClient; server: GitHubApiServer; runId: number }): Promise<void> {
  const runs = Array.from({ length: count }, (_, i) =>
    ended("completed", { id: `run_${String(i).padStart(12, "0")}`, stepName: `s${i}`, resultPayload: { status: "completed", message: `result ${i}`, data: "漢".repeat(70_000) } }),
  );
  const outcome = outcomeOf(prEvent(), [ended("failed", { stepName: "lint" }), ended("completed", { id: "run_b", stepName: "test" })]);
  const handover = { ...handoverFromOutcome(outcome, { repository: REPO, headSha: HEAD, prNumbers: [7] }), runs: outcomeOf(prEvent(), runs).runs };
  const text = await readFile(await writeHandover(dir, handover), "utf8");
  expect(Buffer.byteLength(text)).toBeLessThan(MAX_HANDOVER_FILE_BYTES);
  const written = JSON.parse(text) as Handover;
  expect(written.runs).toHaveLength(count);
  expect(written.runs.filter((run) => String(run.resultPayload?.message).includes("FLOW_RESULT cut")).length).toBeGreaterThan(0);
  expect(written.runs[count - 1]?.resultPayload).toMatchObject({ status: "completed" });
  const zip = new Uint8Array(zipArchive([packEntry(HANDOVER_FILE, Buffer.from(JSON.stringify(written)))]));
  server.github.artifacts.add(REPO, { name: "flows-report", zip, runId, headSha: HEAD });
  const report = await publishHandover({
    client,
    repository: REPO,
    workflowRun: { id: runId, headSha: HEAD, event: "pull_request" },
    checks: "per-step",
    comment: "on-pr",
    runUrl: RUN_URL,
    io: recordingIO(),
  });
  expect(report).toMatchObject({ published: true });
}
