import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { runnerIO } from "../../src/action/runner.js";
import { Redactor } from "../../src/redact.js";
import { stepSummaryFileEachTest } from "../helpers/step-summary-file.js";

// A flow step's process that outlives it (where stray processes cannot be found: not on Linux)
// may append to GITHUB_STEP_SUMMARY while the action writes its sections. The action counted its
// own section's bytes as the file's new end: text appended between its last look and its write
// was then taken for the action's own, never redacted or counted, and the next look at the file
// started inside the action's section, cut it and rewrote its end as the steps' text.

const SECRET = "pin-48213-summary";
const LIMIT = 1024 * 1024;

describe("text appended to the job summary while the action writes its sections", () => {
  const summaryFile = stepSummaryFileEachTest("flows-summary-between-");

  it("is redacted and counted, and every section of the action stays whole", async () => {
    const file = summaryFile();
    const io = runnerIO({ redactor: new Redactor().add(SECRET) });
    // Appends a line with the secret every millisecond until stopped.
    const writer = spawn(
      process.execPath,
      ["-e", `const fs = require("node:fs"); setInterval(() => fs.appendFileSync(${JSON.stringify(file)}, "stray ${SECRET}\\n"), 1);`],
      { stdio: "ignore" },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (let i = 0; i < 40; i++) {
        await io.appendSummary(`### Section ${i}\n\n${"section text\n".repeat(200)}end of section ${i}\n`, `section ${i}`);
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
    } finally {
      writer.kill();
      await new Promise((resolve) => writer.once("exit", resolve));
    }
    await io.flushSummary?.();
    const summary = await readFile(file, "utf8");
    expect(summary).not.toContain(SECRET);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    for (let i = 0; i < 40; i++) expect(summary).toContain(`### Section ${i}\n\n${"section text\n".repeat(200)}end of section ${i}\n`);
  }, 60_000);
});
