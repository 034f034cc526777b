import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, vi } from "vitest";

/**
 * An empty GITHUB_STEP_SUMMARY file of its own for each test of the describe block this is called
 * in (as the runner gives each step), with stdout silenced and the environment put back after.
 * Returns the file's path for the running test. core.summary keeps the first summary file it
 * opens: one test file per such block.
 */
export function stepSummaryFileEachTest(prefix: string): () => string {
  let dir: string | undefined;
  const saved = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary.md");
    await writeFile(process.env.GITHUB_STEP_SUMMARY, "");
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });
  return () => join(dir ?? "", "summary.md");
}
