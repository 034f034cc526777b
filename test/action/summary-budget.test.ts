import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runnerIO } from "../../src/action/runner.js";
import { Redactor } from "../../src/redact.js";

// GitHub takes at most 1 MiB of job summary per step, and drops the step's whole summary past
// that. The flow results kept to their own budget, but the upstream releases tables, the notes
// on what could not be written to GitHub and the events whose state was not saved were appended
// on top of them: a long watch list alone passed 1 MiB.

const LIMIT = 1024 * 1024;

describe("runnerIO's summary budget", () => {
  // core.summary keeps the first summary file it opens: one test of it per file.
  let dir: string;
  const saved = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "flows-summary-budget-"));
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    process.env.GITHUB_STEP_SUMMARY = join(dir, "summary.md");
    await writeFile(process.env.GITHUB_STEP_SUMMARY, "");
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps everything one step appends within 1 MiB, saying which section lost what", async () => {
    const io = runnerIO({ redactor: new Redactor() });
    // The flow results at their own budget (1 MiB less 24 KiB), then sections after them.
    const results = `### Flows\n\n<details><summary>a / b</summary>\n\n\`\`\`\n${"an output line\n".repeat(68_000)}\`\`\`\n\n</details>\n`;
    await io.appendSummary(results, "the flow results");
    await io.appendSummary(`### :x: State not saved\n\n${"- `github:push:o/r:abc`\n".repeat(2_000)}`, "the list of events whose state was not saved");
    await io.appendSummary("### A note after that", "the last note");
    const summary = await readFile(join(dir, "summary.md"), "utf8");
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    expect(summary.startsWith(results)).toBe(true);
    expect(summary).toContain("### :x: State not saved\n\n- `github:push:o/r:abc`\n");
    expect(summary).toMatch(/\n\n> \[!WARNING\]\n> \d+ bytes of the list of events whose state was not saved were left out here/);
    expect(summary).toMatch(/> \d+ bytes of the last note were left out here/);
  });
});
