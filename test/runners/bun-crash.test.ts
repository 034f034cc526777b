import { describe, expect, it } from "vitest";
import { bunCrashReason } from "../../src/runners/bun-crash.js";
import { runFlowStep } from "../../src/runners/index.js";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

// A raw step Bun ends with an uncaught error: the reason's first line (the one a summary and
// `flows fire` show) says what and where, read from Bun's report on stderr.

const place = { scriptPath: "/repo/flows/a/exec/s.ts", scriptLabel: "exec/s.ts" };

describe("bunCrashReason", () => {
  it("reads the message and the step's own line from Bun's report", () => {
    const syntax = ["2 | const x = ;", "              ^", "error: Unexpected ;", "    at /repo/flows/a/exec/s.ts:2:11", "", "Bun v1.4.5 (Linux x64)"];
    expect(bunCrashReason(syntax, place)).toBe("exec/s.ts:2:11: Unexpected ;");
    const thrown = ["error: boom", "      at f (/repo/flows/a/exec/lib/f.ts:2:26)", "      at /repo/flows/a/exec/s.ts:3:1", "", "Bun v1.4.5 (Linux x64)"];
    expect(bunCrashReason(thrown, place)).toBe("exec/lib/f.ts:2:26: boom");
    const typed = ["TypeError: undefined is not an object (evaluating 'x.boom')", "      at /repo/flows/a/exec/s.ts:1:16", "", "Bun v1.4.5 (Linux x64)"];
    expect(bunCrashReason(typed, place)).toBe("exec/s.ts:1:16: TypeError: undefined is not an object (evaluating 'x.boom')");
  });

  it("prefers a frame in the package over one in a package it imports, and keeps a message without a place", () => {
    const imported = ["RangeError: far", "      at check (/repo/node_modules/lib/index.js:9:3)", "      at /repo/flows/a/exec/s.ts:4:1", "", "Bun v1.3.0 (Darwin arm64)"];
    expect(bunCrashReason(imported, place)).toBe("exec/s.ts:4:1: RangeError: far");
    expect(bunCrashReason(["error: Cannot find module './nope.ts' from '/repo/flows/a/exec/s.ts'", "", "Bun v1.4.5 (Linux x64)"], place)).toBe(
      "Cannot find module './nope.ts' from '/repo/flows/a/exec/s.ts'",
    );
  });

  it("says nothing for a step that exited by itself, however its output looks", () => {
    expect(bunCrashReason(["cannot reach upstream: ECONNREFUSED"], place)).toBeUndefined();
    expect(bunCrashReason(["error: my own message", "    at /repo/flows/a/exec/s.ts:1:1"], place)).toBeUndefined();
    expect(bunCrashReason([], place)).toBeUndefined();
  });

  it("cuts a long message", () => {
    const reason = bunCrashReason([`error: ${"x".repeat(1_000)}`, "", "Bun v1.4.5 (Linux x64)"], place);
    expect(reason).toHaveLength(301);
  });
});

describe("a raw step that throws", () => {
  let dir = "";
  tempDirEachTest((made) => {
    dir = made;
  });

  it("fails with the error's message and place first, then the exit code and the stderr tail", async () => {
    const source = ["const context = JSON.parse(await Bun.stdin.text());", "function check() {", '  throw new Error("no tag in " + context.flow.event.id);', "}", "check();"].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error?.split("\n")[0]).toMatch(/^exec\/step\.ts:3:\d+: no tag in \S+ \(bun exited with code 1\)$/);
    expect(outcome.error).toContain("Last lines of stderr:");
  });
});
