import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as core from "@actions/core";
import { setImmediate as nextTurn } from "node:timers/promises";
import { runnerIO } from "../../src/action/runner.js";
import { Redactor } from "../../src/redact.js";
import { commandsTheRunnerRuns, parseOutputFile } from "../helpers/runner-log.js";

// runnerIO is the one module that writes to the runner, through @actions/core: what it
// prints is read here the way the runner reads it.

let dir: string;
let written: string;
const saved = { ...process.env };
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-runner-io-"));
  written = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  process.env.GITHUB_OUTPUT = join(dir, "output");
  process.env.GITHUB_STEP_SUMMARY = join(dir, "summary.md");
  await Promise.all([writeFile(process.env.GITHUB_OUTPUT, ""), writeFile(process.env.GITHUB_STEP_SUMMARY, "")]);
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  await rm(dir, { recursive: true, force: true });
});

describe("runnerIO", () => {
  it("leaves no plain-text section open once step output is printed: a library's own commands in a later turn (the artifact client's add-mask of a signed URL) still run", async () => {
    const io = runnerIO({ redactor: new Redactor() });
    io.startGroup("flow/step");
    io.plain("::warning::printed by a step");
    io.info("::also plain");
    // Same turn: still inside the section, one section for the whole burst.
    expect(commandsTheRunnerRuns(written).map((command) => command.name)).toEqual(["group"]);
    await nextTurn();
    // @actions/artifact masks a signed URL's signature itself, through @actions/core, then logs the URL.
    core.setSecret("sig=abcdef0123456789");
    core.debug("uploading to https://blob.example/x?sig=abcdef0123456789");
    const commands = commandsTheRunnerRuns(written);
    expect(commands.map((command) => command.name)).toEqual(["group", "add-mask", "debug"]);
    expect(written.match(/::stop-commands::/g)).toHaveLength(1);
  });

  it("writes at most 10 annotations of a kind per step, as GitHub shows: the rest go to the log, counted in a note and in the failure", () => {
    const io = runnerIO({ redactor: new Redactor() });
    expect(io.annotationsLeft?.("warning")).toBe(9);
    for (let i = 1; i <= 12; i += 1) io.warning(`warning ${i}`, { file: "flows/a,b/flow.toml", startLine: i });
    for (let i = 1; i <= 11; i += 1) io.error(`error ${i}`);
    expect(io.annotationsLeft?.("error")).toBe(0);
    io.setFailed("the job failed");
    const commands = commandsTheRunnerRuns(written);
    const warnings = commands.filter((command) => command.name === "warning");
    const errors = commands.filter((command) => command.name === "error");
    expect(warnings).toHaveLength(10);
    expect(warnings[0]?.properties).toBe("file=flows/a%2Cb/flow.toml,line=1");
    expect(warnings[9]?.data).toBe(
      'More warnings of this step are not shown as annotations (GitHub shows 10 warning annotations per step): they are in the job log, on lines starting "flows-action warning:".',
    );
    expect(written).toContain("flows-action warning: flows/a,b/flow.toml:10: warning 10\n");
    expect(written).toContain("flows-action warning: flows/a,b/flow.toml:12: warning 12\n");
    expect(errors).toHaveLength(10);
    expect(errors[8]?.data).toBe("error 9");
    expect(errors[9]?.data).toBe(
      'the job failed (2 more errors are in the job log, on lines starting "flows-action error:": GitHub shows 10 error annotations per step.)',
    );
    expect(written).toContain("flows-action error: error 11\n");
  });

  it("shows step output as plain text, and the action's own commands still work after it", () => {
    const io = runnerIO();
    io.startGroup("flow/step");
    io.plain("::add-mask::x\n::error::y");
    io.plain("::stop-commands::z");
    io.warning("a warning of the action's own", { file: "flows/a/flow.toml", startLine: 3 });
    io.plain("::error::again");
    io.endGroup();
    const commands = commandsTheRunnerRuns(written);
    expect(commands.map((command) => [command.name, command.properties, command.data])).toEqual([
      ["group", "", "flow/step"],
      ["warning", "file=flows/a/flow.toml,line=3", "a warning of the action's own"],
      ["endgroup", "", ""],
    ]);
    expect(written).toContain("::add-mask::x\n::error::y\n");
    const tokens = [...written.matchAll(/^::stop-commands::(flows-.*)$/gm)].map((match) => match[1]);
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(2);
    for (const token of tokens) expect(token).toMatch(/^flows-[0-9a-f]{32}$/);
  });

  it("annotations show bidirectional controls and hold no secret, in their message, title and file", () => {
    const io = runnerIO({ redactor: new Redactor() });
    io.setSecret("s3cr3t-value");
    io.warning("step \u202Edeliaf\u202C: s3cr3t-value", { title: "flow \u2066x\u2069 s3cr3t-value", file: "flows/a/flow.toml" });
    io.warning("in a file named after it", { file: "out/s3cr3t-value.json", startLine: 2 });
    io.error("\u200Fmark");
    io.setFailed("failed \u202E!");
    const commands = commandsTheRunnerRuns(written);
    expect(commands.map((command) => [command.name, command.properties, command.data])).toEqual([
      ["add-mask", "", "s3cr3t-value"],
      ["warning", "title=flow <U+2066>x<U+2069> ***,file=flows/a/flow.toml", "step <U+202E>deliaf<U+202C>: ***"],
      ["warning", "file=out/***.json,line=2", "in a file named after it"],
      ["error", "", "<U+200F>mark"],
      ["error", "", "failed <U+202E>!"],
    ]);
    // Right-to-left letters are no controls.
    io.notice("שלום مرحبا");
    expect(commandsTheRunnerRuns(written).at(-1)?.data).toBe("שלום مرحبا");
  });

  it("writes outputs and the summary through the runner's files, with masked values replaced", async () => {
    const io = runnerIO({ redactor: new Redactor() });
    io.setSecret("s3cr3t-value");
    io.setOutput("results", 'one "s3cr3t-value" two\nlines');
    await Promise.all([io.appendSummary("first s3cr3t-value"), io.appendSummary("second")]);
    io.info("the s3cr3t-value in a line");
    expect(parseOutputFile(await readFile(join(dir, "output"), "utf8"))).toEqual({ results: 'one "***" two\nlines' });
    expect(await readFile(join(dir, "summary.md"), "utf8")).toBe("first ***\nsecond\n");
    expect(written).toContain("::add-mask::s3cr3t-value");
    expect(written).toContain("the *** in a line");
  });

  it("prints the summary to the log as plain text where there is no summary file", async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    const io = runnerIO();
    await io.appendSummary("| a | ::error::in a table |");
    expect(written).toContain("| a | ::error::in a table |");
    expect(commandsTheRunnerRuns(written)).toEqual([]);
  });

  it("writes debug lines only as core.debug commands", () => {
    process.env.RUNNER_DEBUG = "1";
    const io = runnerIO();
    expect(io.isDebug()).toBe(true);
    io.debug("match x: a/b matched");
    expect(commandsTheRunnerRuns(written)).toEqual([{ name: "debug", properties: "", data: "match x: a/b matched", line: 0 }]);
  });
});
