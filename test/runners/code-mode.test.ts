import { describe, expect, it } from "vitest";
import { isCodeModeEnabled, runFlowStep } from "../../src/runners/index.js";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

async function codeModeStep(env: Record<string, string | undefined>) {
  // The script would fail loudly if anything ever ran it.
  const pkg = await writeStepPackage({ root: dir, runner: "code-mode", source: "process.exit(9);" });
  return runFlowStep(runOptions(pkg, { env }));
}

describe("Code Mode steps", () => {
  it("are skipped with a message naming both variables when Code Mode is not enabled", async () => {
    const outcome = await codeModeStep({ PATH: process.env.PATH, CODEX_FLOWS_ENABLE_CODE_MODE: "0" });
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result).toEqual({
      status: "skipped",
      message:
        "Code Mode step not run: Code Mode is disabled. Set CODEX_FLOWS_ENABLE_CODE_MODE=1 (or CODEX_FLOWS_MODE=code-mode) to enable it.",
    });
    expect(outcome.exitCode).toBeNull();
  });

  it("fail with the missing Codex runtime as the reason when Code Mode is enabled", async () => {
    const outcome = await codeModeStep({ CODEX_FLOWS_MODE: "code-mode" });
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.result).toBeUndefined();
    expect(outcome.error).toContain("needs the Codex runtime, which flows-action does not ship");
  });

  it("are enabled only by CODEX_FLOWS_MODE=code-mode or a true-ish CODEX_FLOWS_ENABLE_CODE_MODE", () => {
    for (const value of ["1", "true", "YES", "On", " true "]) {
      expect(isCodeModeEnabled({ CODEX_FLOWS_ENABLE_CODE_MODE: value }), value).toBe(true);
    }
    for (const value of ["0", "false", "off", "", "enabled"]) {
      expect(isCodeModeEnabled({ CODEX_FLOWS_ENABLE_CODE_MODE: value }), value).toBe(false);
    }
    expect(isCodeModeEnabled({ CODEX_FLOWS_MODE: "Code-Mode" })).toBe(true);
    expect(isCodeModeEnabled({ CODEX_FLOWS_MODE: "local" })).toBe(false);
    expect(isCodeModeEnabled({})).toBe(false);
  });
});
