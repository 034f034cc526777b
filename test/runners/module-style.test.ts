import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runFlowStep, type StepOutputStream } from "../../src/runners/index.js";
import { isModuleStyleSource, wrapperWrites } from "../../src/runners/module-style.js";
import { fastestOf } from "../helpers/fastest.js";
import { BUN_PATH, runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

describe("module-style detection", () => {
  it("follows the compatible rule: export default, as default, or a defineBunFlow( call", () => {
    expect(isModuleStyleSource("export default async function run() {}")).toBe(true);
    expect(isModuleStyleSource("export { run as default };")).toBe(true);
    expect(isModuleStyleSource("const flow = defineBunFlow(async () => ({}));")).toBe(true);
    expect(isModuleStyleSource('console.log("FLOW_RESULT {}");')).toBe(false);
  });

  // Before the step starts, on the dispatcher's thread: the old scan trimmed the text before
  // each `/`, quadratic in a comment or string there (256 KiB took 30 s, 1 MB minutes; every step waited).
  it("reads a script with a long comment or string before a division in linear time", () => {
    const comment = `const half = 4 /* ${"x".repeat(256 * 1024)} not the default */ / 2;\nconsole.log(half / 1);`;
    const string = `const a = "${"y".repeat(256 * 1024)}".length / 2, b = a / 3;\nexport default () => ({ status: "completed" });`;
    const spaced = `const a = 1${"\u00a0".repeat(100_000)}/ 2;\nexport\u2028default a;`;
    // 80 ms alone, 420 ms for one sample beside other test files: the fastest of three measures the code.
    const { ms, value } = fastestOf(3, () => [isModuleStyleSource(comment), isModuleStyleSource(string), isModuleStyleSource(spaced)]);
    expect(value).toEqual([false, true, true]);
    expect(ms).toBeLessThan(2_000);
  });
});

describe("a module-style Bun step", () => {
  it("is called with the run context and its returned FlowResult is the result", async () => {
    const source = [
      "export default async function run(context: any) {",
      '  console.log("working on", context.flow.event.payload.tag);',
      '  return { status: "changed", message: context.flow.name + "@" + context.runtime.eventId, artifacts: { pr: 7 } };',
      "}",
    ].join("\n");
    const lines: Array<[StepOutputStream, string]> = [];
    const pkg = await writeStepPackage({ root: dir, source });
    const outcome = await runFlowStep(runOptions(pkg, { onLine: (stream, line) => lines.push([stream, line]) }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result).toEqual({
      status: "changed",
      message: "runner-test-flow@patch:upstream.release:openai/codex:rust-v1.2.3",
      artifacts: { pr: 7 },
    });
    expect(lines).toContainEqual(["stdout", "working on rust-v1.2.3"]);
    // The wrapper's line comes last in the streamed output.
    expect(lines.filter(([stream]) => stream === "stdout").at(-1)?.[1]).toMatch(/^FLOW_RESULT \{"status":"changed"/);
  });

  it("runs a package importing defineBunFlow from @peezy.tech/codex-flows when that package is not installed", async () => {
    const source = [
      'import { defineBunFlow } from "@peezy.tech/codex-flows/flow-runtime/bun";',
      'import { defineFlow } from "flows-action/bun";',
      "const handler = async (context: { flow: { step: string } }) => ({ status: \"completed\", step: context.flow.step });",
      "export default defineBunFlow(handler);",
      'export const identity = defineBunFlow(handler) === handler && defineFlow(handler) === handler;',
      'console.log("identity", identity);',
    ].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toEqual({ status: "completed", step: "step-under-test" });
    expect(outcome.output).toContain("identity true");
  });

  it("uses the real @peezy.tech/codex-flows package when the flow has it installed", async () => {
    const source = [
      'import { defineBunFlow, marker } from "@peezy.tech/codex-flows/flow-runtime/bun";',
      'export default defineBunFlow(() => ({ status: "completed", marker }));',
    ].join("\n");
    const pkgDir = "node_modules/@peezy.tech/codex-flows";
    const pkg = await writeStepPackage({
      root: dir,
      source,
      files: {
        [`${pkgDir}/package.json`]: JSON.stringify({
          name: "@peezy.tech/codex-flows",
          type: "module",
          exports: { "./flow-runtime/bun": "./flow-runtime/bun.js" },
        }),
        [`${pkgDir}/flow-runtime/bun.js`]: 'export const defineBunFlow = (f) => f; export const marker = "real";',
      },
    });
    const outcome = await runFlowStep(runOptions(pkg));
    expect(outcome.result).toEqual({ status: "completed", marker: "real" });
  });

  it("turns a thrown error into a failed result carrying its message and where in the package it was thrown", async () => {
    const source = 'export default async () => { throw new Error("upstream tag rust-v9 not found"); };';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result).toEqual({ status: "failed", message: "exec/step.ts:1:40: upstream tag rust-v9 not found" });
    expect(outcome.output).toContain("Error: upstream tag rust-v9 not found");
    // The log's stack names the step's file, not the wrapper's temporary one.
    expect(outcome.output).toContain("exec/step.ts:1:40");
    expect(outcome.output).not.toContain("module-wrapper-");
  });

  it("names the step's own line when the error comes from a file of the package it imports, or a package in node_modules", async () => {
    const source = ['import { check } from "./lib.ts";', 'import { fetchTag } from "tagger";', "export default async () => {", "  check();", "  fetchTag();", "};"].join("\n");
    const pkg = await writeStepPackage({
      root: dir,
      source,
      files: {
        "exec/lib.ts": "export function check() {}",
        "node_modules/tagger/package.json": JSON.stringify({ name: "tagger", type: "module", main: "index.js" }),
        "node_modules/tagger/index.js": 'export function fetchTag() { throw new TypeError("no such tag"); }',
      },
    });
    const outcome = await runFlowStep(runOptions(pkg));
    expect(outcome.result).toEqual({ status: "failed", message: "exec/step.ts:5:3: no such tag" });
  });

  it("says what a thrown value that is not an Error was, instead of [object Object]", async () => {
    const thrown = ["{ code: 7 }", "null", "42", "Object.create(null)", '{ message: "plain object with a message" }', '"a string"'];
    const source = `export default async (context: any) => { throw [${thrown.join(", ")}][context.flow.config.pick]; };`;
    const messages: unknown[] = [];
    const options = runOptions(await writeStepPackage({ root: dir, source }));
    for (const pick of thrown.keys()) {
      const outcome = await runFlowStep({ ...options, flow: { ...options.flow, config: { pick } } });
      expect(outcome.processStatus).toBe("completed");
      messages.push(outcome.result?.message);
    }
    const instead = ", not an Error; throw new Error(message) instead";
    expect(messages).toEqual([
      `exec/step.ts threw an object {"code":7}${instead}`,
      `exec/step.ts threw null${instead}`,
      `exec/step.ts threw a number 42${instead}`,
      `exec/step.ts threw an object {}${instead}`,
      "plain object with a message",
      "a string",
    ]);
  });

  it("says that a module threw an Error with an enormous message, not that its FLOW_RESULT was too large", async () => {
    const source = 'export default async () => { throw new Error("x".repeat(5 * 1024 * 1024)); };';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result?.status).toBe("failed");
    expect(outcome.result?.message).toBe("exec/step.ts threw an error whose message is 5242880 characters long: the log has it");
  });

  it("fails a module Bun cannot parse with the script, line and column, and shows the line in the log", async () => {
    const source = "export default async function ( {\n";
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result).toEqual({ status: "failed", message: "exec/step.ts:1:34: Expected identifier but found end of file" });
    expect(outcome.output).toContain(
      ["exec/step.ts:1:34: Expected identifier but found end of file", "1 | export default async function ( {", `  | ${" ".repeat(33)}^`].join("\n"),
    );
  });

  it("names every error Bun found (an AggregateError), the first in the message", async () => {
    const source = ["const a = 1;", "const a = 2;", "\tlet b = 1; let b = 2;", "export default () => ({ status: \"completed\" });"].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.result).toEqual({ status: "failed", message: 'exec/step.ts:2:7: "a" has already been declared (and 1 more, in the log)' });
    expect(outcome.output).toContain('exec/step.ts:2:7: "a" has already been declared\n2 | const a = 2;\n  |       ^');
    // A tab stays a tab under the line, so the caret stays under the column.
    expect(outcome.output).toContain('exec/step.ts:3:17: "b" has already been declared\n3 | \tlet b = 1; let b = 2;\n  | \t               ^');
  });

  it("names the file of the package that holds the error, and the importing script for a module not found", async () => {
    const broken = await writeStepPackage({
      root: dir,
      source: 'import { x } from "./dep.ts";\nexport default () => ({ status: "completed", x });',
      files: { "exec/dep.ts": "export const x = (;\n" },
    });
    expect((await runFlowStep(runOptions(broken))).result).toEqual({ status: "failed", message: "exec/dep.ts:1:19: Unexpected ;" });
    const missing = await writeStepPackage({ root: dir, source: 'import "./missing.ts";\nexport default () => ({ status: "completed" });' });
    const outcome = await runFlowStep(runOptions(missing));
    // Bun gives no line for a module it cannot find; the specifier is in its message.
    expect(outcome.result?.message).toMatch(/^exec\/step\.ts: Cannot find module '\.\/missing\.ts'/);
  });

  it("fails with a clear message when the default export returns something other than an object", async () => {
    const source = "export default () => 42;";
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.result).toEqual({
      status: "failed",
      message: 'the default export of exec/step.ts returned a number; return a FlowResult object such as { status: "completed" }',
    });
  });

  it("fails with a clear message when the default export is not a function", async () => {
    const source = 'export default { status: "completed" };';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.result?.status).toBe("failed");
    expect(outcome.result?.message).toMatch(/^exec\/step\.ts has no default-export function \(its default export is an object\)/);
  });

  it("counts only what the function returned, not FLOW_RESULT text the module prints itself", async () => {
    const source = [
      'console.log(\'FLOW_RESULT {"status":"blocked"}\');',
      "export default async () => {",
      '  setTimeout(() => console.log(\'FLOW_RESULT {"status":"needs_intervention"}\'), 50);',
      '  return { status: "skipped", message: "nothing to do" };',
      "};",
    ].join("\n");
    const lines: string[] = [];
    const pkg = await writeStepPackage({ root: dir, source });
    const outcome = await runFlowStep(runOptions(pkg, { onLine: (_stream, line) => lines.push(line) }));
    expect(outcome.result).toEqual({ status: "skipped", message: "nothing to do" });
    // The stray timer really printed after the function returned, so a scan of the output alone
    // would have picked it; the result shown last is the one returned.
    expect(lines).toContain('FLOW_RESULT {"status":"needs_intervention"}');
    expect(lines.at(-1)).toBe('FLOW_RESULT {"status":"skipped","message":"nothing to do"}');
  });

  it("shows and stores the result on a line of its own after a module whose last line has no newline", async () => {
    // The wrapper's line was joined to it: "abcFLOW_RESULT {...}" in the log and the record.
    const source = [
      "export default async () => {",
      '  console.log("first");',
      '  process.stdout.write("abc");',
      '  return { status: "completed", message: "done" };',
      "};",
    ].join("\n");
    const lines: Array<[StepOutputStream, string]> = [];
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source }), { onLine: (stream, line) => lines.push([stream, line]) }));
    expect(outcome.result).toEqual({ status: "completed", message: "done" });
    const result = 'FLOW_RESULT {"status":"completed","message":"done"}';
    expect(lines.filter(([stream]) => stream === "stdout").map(([, line]) => line)).toEqual(["first", "abc", result]);
    expect(outcome.output).toBe(`first\nabc\n${result}`);
  });

  it("adds no line of its own before the result when the module's output ended with a newline", async () => {
    const source = 'export default async () => { console.log("first"); process.stdout.write("second\\n\\n"); return { status: "completed" }; };';
    const lines: string[] = [];
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source }), { onLine: (_stream, line) => lines.push(line) }));
    // The module's own empty line stays; the wrapper's end-of-line text is nowhere.
    expect(lines).toEqual(["first", "second", "", 'FLOW_RESULT {"status":"completed"}']);
    expect(outcome.output).not.toContain("flows-action line end");
  });

  it("puts the result line after output the module wrote but the pipe had not taken yet, never inside it", async () => {
    // 300 kB through process.stdout is still queued when the module returns (a pipe holds 64 kB).
    const source = 'export default async () => { process.stdout.write("0123456789".repeat(10).concat("\\n").repeat(3000) + "tail"); return { status: "completed" }; };';
    const lines: string[] = [];
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source }), { onLine: (stream, line) => stream === "stdout" && lines.push(line) }));
    expect(outcome.result).toEqual({ status: "completed" });
    expect(lines).toHaveLength(3002);
    expect(lines.slice(-2)).toEqual(["tail", 'FLOW_RESULT {"status":"completed"}']);
    expect(lines.slice(0, 3000).every((line) => line === "0123456789".repeat(10))).toBe(true);
  });

  it("ends the module's last line the same when the module replaced console.log", async () => {
    const source = [
      "const log = console.log;",
      'console.log = (...args) => log("[12:00]", ...args);',
      'export default async () => { console.log("hello"); process.stdout.write("abc"); return { status: "completed" }; };',
    ].join("\n");
    const lines: string[] = [];
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source }), { onLine: (stream, line) => stream === "stdout" && lines.push(line) }));
    expect(lines).toEqual(["[12:00] hello", "abc", 'FLOW_RESULT {"status":"completed"}']);
    expect(outcome.output).not.toContain("flows-action line end");
  });

  it("still gives the result, and its line, of a module that ended process.stdout", async () => {
    const source = 'export default async () => { process.stdout.write("bye\\n"); process.stdout.end(); return { status: "changed" }; };';
    const lines: string[] = [];
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source }), { onLine: (stream, line) => stream === "stdout" && lines.push(line) }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toEqual({ status: "changed" });
    expect(lines).toEqual(["bye", 'FLOW_RESULT {"status":"changed"}']);
  });

  it("reports an invalid status returned by the function as a failed run", async () => {
    const source = 'export default () => ({ status: "done" });';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toContain('the default export of exec/step.ts returned {"status":"done"}; the result\'s status "done" is not one of');
  });

  it("writes the wrapper once per process, in a private folder, and removes each run's result file", async () => {
    // argv[1] is the wrapper script; the result file is the wrapper's last argument.
    const source = 'export default () => ({ status: "completed", wrapper: process.argv[1], result: process.argv.at(-1) });';
    const pkg = await writeStepPackage({ root: dir, source });
    const outcomes = await Promise.all([1, 2, 3].map(() => runFlowStep(runOptions(pkg))));
    const wrappers = new Set(outcomes.map((outcome) => String(outcome.result?.wrapper)));
    expect(wrappers.size).toBe(1);
    expect(new Set(outcomes.map((outcome) => outcome.result?.result)).size).toBe(3);
    expect(wrapperWrites.count).toBe(1);
    const [wrapper] = [...wrappers];
    const folder = path.dirname(wrapper!);
    expect(path.basename(folder)).toMatch(/^flows-action-/);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    // Result files go once read; the wrapper (and the step watchdog beside it) stay for the next step.
    const kept = (names: string[]): string[] => names.filter((name) => !name.startsWith("step-watchdog-"));
    for (let attempt = 0; attempt < 50 && kept(await readdir(folder)).length > 1; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(kept(await readdir(folder))).toEqual([path.basename(wrapper!)]);
    expect((await readdir(folder)).filter((name) => name.startsWith("step-watchdog-"))).toHaveLength(1);
  });

  it("writes the wrapper again when something removed it from a long-lived process", async () => {
    const source = 'export default () => ({ status: "completed", wrapper: process.argv[1] });';
    const pkg = await writeStepPackage({ root: dir, source });
    const first = String((await runFlowStep(runOptions(pkg))).result?.wrapper);
    const writes = wrapperWrites.count;
    await rm(path.dirname(first), { recursive: true, force: true });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    try {
      const outcome = await runFlowStep(runOptions(pkg));
      expect(outcome.error).toBeUndefined();
      expect(outcome.result?.status).toBe("completed");
      expect(String(outcome.result?.wrapper)).not.toBe(first);
      expect(wrapperWrites.count).toBe(writes + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("removes the wrapper folder of a process that was killed, and keeps a live one's", async () => {
    const deadPid = Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
    const left = path.join(tmpdir(), `flows-action-${deadPid}-Ab12Cd`);
    const live = path.join(tmpdir(), `flows-action-${process.pid}-Ef34Gh`);
    // Not a wrapper folder (no pid in its name): never touched, whatever it holds.
    const unrelated = path.join(tmpdir(), `flows-unrelated-${process.pid}`);
    for (const folder of [left, live, unrelated]) {
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, "module-wrapper-0000000000000000.mjs"), "// left behind");
    }
    try {
      const moduleStyle = path.resolve("src/runners/module-style.ts");
      const script = `const { prepareModuleWrapper } = await import(${JSON.stringify(moduleStyle)});
await prepareModuleWrapper({ scriptPath: "/tmp/step.ts", scriptLabel: "step.ts" });
await Bun.sleep(300);`;
      const child = spawnSync(BUN_PATH, ["-e", script], { encoding: "utf8" });
      expect(child.status, child.stderr).toBe(0);
      expect(existsSync(left)).toBe(false);
      expect(existsSync(live)).toBe(true);
      expect(existsSync(unrelated)).toBe(true);
    } finally {
      await rm(left, { recursive: true, force: true });
      await rm(live, { recursive: true, force: true });
      await rm(unrelated, { recursive: true, force: true });
    }
  });

  it("removes its wrapper folder when the process exits", async () => {
    const moduleStyle = path.resolve("src/runners/module-style.ts");
    const script = `const { prepareModuleWrapper } = await import(${JSON.stringify(moduleStyle)});
const wrapper = await prepareModuleWrapper({ scriptPath: "/tmp/step.ts", scriptLabel: "step.ts" });
console.log(wrapper.args[0]);`;
    const child = spawnSync(BUN_PATH, ["-e", script], { encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    const wrapper = child.stdout.trim();
    expect(path.basename(wrapper)).toMatch(/^module-wrapper-[0-9a-f]{16}\.mjs$/);
    expect(existsSync(path.dirname(wrapper))).toBe(false);
  });
});
