import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterEach, beforeEach, expect, it } from "vitest";

// src/action/stdout.ts writes @actions/core's lines in the action's bundle (scripts/bundle.mjs,
// stdoutWithoutStream). Run here in a Node process of its own, its stdout a pipe as on the runner.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-stdout-"));
  const source = await readFile(new URL("../../src/action/stdout.ts", import.meta.url), "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  await writeFile(join(dir, "stdout.mjs"), outputText);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  await writeFile(join(dir, "script.mjs"), script);
  const child = spawn(process.execPath, [join(dir, "script.mjs")], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

it("writes lines without making process.stdout's stream, and keeps their order once something else takes process.stdout", async () => {
  const big = "x".repeat(200_000);
  const result = await run(
    [
      'import { writeStdout } from "./stdout.mjs";',
      'writeStdout("one\\n");',
      `writeStdout(${JSON.stringify(`${big}\n`)});`,
      'const netBefore = process.moduleLoadList.includes("NativeModule net");',
      // Something else (@actions/exec echoing a command) writes with process.stdout: from then on,
      // the lines go after what its stream holds, big ones too.
      `process.stdout.write(${JSON.stringify(`two ${big}\n`)});`,
      'writeStdout("three\\n");',
      `writeStdout(${JSON.stringify(`four ${big}\n`)});`,
      'process.stderr.write(JSON.stringify({ netBefore }));',
    ].join("\n"),
  );
  expect(result.code, result.stderr).toBe(0);
  expect(JSON.parse(result.stderr)).toEqual({ netBefore: false });
  expect(result.stdout.split("\n").map((line) => line.slice(0, 5))).toEqual(["one", "xxxxx", "two x", "three", "four ", ""]);
  expect(result.stdout.length).toBe(4 + big.length + 1 + 4 + big.length + 1 + 6 + 5 + big.length + 1);
});

it("writes what a closed stdout refuses through process.stdout, as @actions/core did", async () => {
  // The reader is gone (EPIPE): the line goes to the stream, whose error is Node's to report.
  const result = await run(
    [
      'import { closeSync } from "node:fs";',
      'import { writeStdout } from "./stdout.mjs";',
      "closeSync(1);",
      'process.on("uncaughtException", (error) => { process.stderr.write("stream: " + (error.code ?? error.message)); });',
      'const wrote = writeStdout("lost\\n");',
      'process.stderr.write("returned " + typeof wrote + "; ");',
    ].join("\n"),
  );
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/^returned boolean; /);
});
