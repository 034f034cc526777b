// The report job reads every run-step job's runs file (up to 256), and each holds the whole event,
// its payload up to 25 MB: a report that kept every file's copy could hold 256 × 25 MB. Once a
// file's event id is checked to be the report's, its copy is dropped for the report's own.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeRuns, readRunsDir } from "../../src/action/scale-out.js";
import { bigPushEvent, writeRunsFiles } from "../helpers/runs-files.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-runs-dir-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the report job's runs files", () => {
  it("keep no copy of the event once its id is checked: each holds the report's own, and their runs merge as before", async () => {
    const event = bigPushEvent(64 * 1024);
    const ids = await writeRunsFiles(dir, event, 5);
    // The report's own event: what the report job's action built from the webhook, not a file's.
    const own = structuredClone(event);
    const collected = await readRunsDir(dir, { event: own });
    expect(collected.problems).toEqual([]);
    expect(collected.files).toHaveLength(5);
    for (const file of collected.files) expect(file.event).toBe(own);
    const merged = mergeRuns(own, collected.files, ids, new Date().toISOString());
    expect(merged.map((run) => [run.id, run.flowName, run.effectiveStatus])).toEqual(ids.map((id, i) => [id, `flow-${i + 1}`, "completed"]));
  });

  it("still skips a file of another event, naming it, before any copy is dropped", async () => {
    const event = bigPushEvent(1024);
    await writeRunsFiles(dir, event, 2);
    const other = { ...event, id: "github:push:someone/else:refs/heads/main@dddd" };
    const collected = await readRunsDir(dir, { event: other });
    expect(collected.files).toEqual([]);
    expect(collected.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining(`it holds the runs of event ${event.id}, not of ${other.id}, the event this report is for.`),
      expect.stringContaining(`it holds the runs of event ${event.id}, not of ${other.id}, the event this report is for.`),
    ]);
  });
});
