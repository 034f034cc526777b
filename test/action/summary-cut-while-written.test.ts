import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { StepWrittenSummary } from "../../src/action/summary-steps.js";
import { Redactor } from "../../src/redact.js";

// The action takes in what flow steps wrote to GITHUB_STEP_SUMMARY by reading it and cutting the
// file back to where the steps' text began, then writing it again redacted. A step's process that
// outlived the step may append between the read and the cut: that text was cut away with the
// rest, never read, and nothing in the summary said so.

const LINES = 4000;
const SECRET = "pin-77031-cut";

describe("text a leftover step process appends while the action takes the summary in", () => {
  it("is all in the summary, or the summary says some of it may be missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "flows-summary-cut-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, "summary.md");
    await writeFile(file, "");
    const steps = new StepWrittenSummary(file, new Redactor().add(SECRET));
    // Numbered lines, each appended alone (as a step's `echo >> $GITHUB_STEP_SUMMARY` does), and a
    // secret in every tenth, so that every take-in rewrites what it read.
    const writer = spawn(
      process.execPath,
      ["-e", `const fs = require("node:fs"); for (let i = 0; i < ${LINES}; i++) fs.appendFileSync(${JSON.stringify(file)}, "L" + i + (i % 10 === 0 ? " ${SECRET}" : "") + "\\n");`],
      { stdio: "ignore" },
    );
    const exited = new Promise((resolve) => writer.once("exit", resolve));
    let running = true;
    void exited.then(() => {
      running = false;
    });
    let takeIns = 0;
    while (running) {
      await steps.takeIn(undefined, `section ${takeIns}\n`);
      // A take-in runs in one go (./summary-steps.ts): the writer's exit is seen between them.
      await new Promise((resolve) => setImmediate(resolve));
      takeIns += 1;
    }
    await steps.takeIn();
    const summary = await readFile(file, "utf8");
    expect(summary).not.toContain(SECRET);
    const seen = new Set([...summary.matchAll(/^L(\d+)/gm)].map((match) => Number(match[1])));
    const missing = Array.from({ length: LINES }, (_, i) => i).filter((i) => !seen.has(i));
    // The writer was seen: the summary says text may be missing (once), whether or not any was.
    if (missing.length > 0) expect(summary, `${missing.length} lines missing (first: L${missing[0]}) after ${takeIns} take-ins`).toContain("may be missing here");
    expect(summary.split("may be missing here").length).toBeLessThanOrEqual(2);
    expect(takeIns).toBeGreaterThan(1);
    // Every section of the action's is whole, in order.
    const sections = [...summary.matchAll(/^section (\d+)$/gm)].map((match) => Number(match[1]));
    expect(sections).toEqual(Array.from({ length: takeIns }, (_, i) => i));
  }, 60_000);

  it("never fails a take-in while a process keeps appending, and keeps every section whole", async () => {
    // Cut back and appended, the action's text fell behind the process's queued write on most
    // tries, and after 8 in a row the take-in failed (the rest of the summary went to the log):
    // one take-in in five against this writer.
    const dir = await mkdtemp(join(tmpdir(), "flows-summary-cut-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, "summary.md");
    await writeFile(file, "");
    const steps = new StepWrittenSummary(file, new Redactor().add(SECRET), Number.POSITIVE_INFINITY);
    const writer = spawn(
      process.execPath,
      ["-e", `const fs = require("node:fs"); const end = Date.now() + 1500; for (let i = 0; Date.now() < end; i++) fs.appendFileSync(${JSON.stringify(file)}, "L" + i + (i % 10 === 0 ? " ${SECRET}" : "") + "\\n");`],
      { stdio: "ignore" },
    );
    let running = true;
    writer.once("exit", () => {
      running = false;
    });
    let takeIns = 0;
    while (running) {
      await steps.takeIn(undefined, `section ${takeIns}\n`);
      takeIns += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await steps.takeIn();
    const summary = await readFile(file, "utf8");
    expect(summary).not.toContain(SECRET);
    expect(summary).not.toContain("\0");
    // Nor a part of it: a line with a secret is either whole and redacted, or not there.
    expect(summary).not.toMatch(/^L\d+ (?!\*\*\*$)/m);
    expect(summary.split("may be missing here").length).toBe(2);
    expect(takeIns).toBeGreaterThan(20);
    const sections = [...summary.matchAll(/^section (\d+)$/gm)].map((match) => Number(match[1]));
    expect(sections).toEqual(Array.from({ length: takeIns }, (_, i) => i));
    // The writer's lines that are there are whole and in its order: none seen in part (a line
    // across a page of the file, read while written) and cut.
    const lines = [...summary.matchAll(/^L(\d+)( \S+)?$/gm)].map((match) => Number(match[1]));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line, i) => i > 0 && line <= (lines[i - 1] ?? -1))).toEqual([]);
  }, 60_000);
});
