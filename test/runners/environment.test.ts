import { describe, expect, it } from "vitest";
import {
  buildStepContext,
  stepEnvironment,
  WITHHELD_HOST_PREFIXES,
  WITHHELD_HOST_VARIABLES,
} from "../../src/runners/index.js";
import { TEST_EVENT } from "./helpers.js";

describe("stepEnvironment", () => {
  it("passes ordinary host variables and CODEX_FLOW_* settings, and withholds inputs, Actions runtime secrets and the runner's files", () => {
    const host: NodeJS.ProcessEnv = {
      PATH: "/usr/bin",
      HOME: "/home/runner",
      GITHUB_TOKEN: "set-explicitly-by-the-workflow",
      GITHUB_REPOSITORY: "octo/repo",
      CODEX_FLOWS_MODE: "code-mode",
      INPUT_GITHUB_TOKEN: "ghs_secret",
      input_lowercase: "also an input",
      ACTIONS_RUNTIME_TOKEN: "t",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "t",
      ACTIONS_ID_TOKEN_REQUEST_URL: "u",
      ACTIONS_RESULTS_URL: "u",
      ACTIONS_RUNTIME_URL: "u",
      ACTIONS_CACHE_URL: "u",
      GITHUB_STATE: "/tmp/state",
      GITHUB_OUTPUT: "/tmp/outputs",
      GITHUB_ENV: "/tmp/env",
      GITHUB_PATH: "/tmp/path",
      CODEX_FLOW_PUSH: "1",
      CODEX_FLOW_EVENT_ID: "stale",
      CODEX_WORKSPACE_BACKEND_WS_URL: "ws://stale",
      UNSET: undefined,
    };
    expect(stepEnvironment(host)).toEqual({
      PATH: "/usr/bin",
      HOME: "/home/runner",
      GITHUB_TOKEN: "set-explicitly-by-the-workflow",
      GITHUB_REPOSITORY: "octo/repo",
      CODEX_FLOWS_MODE: "code-mode",
      CODEX_FLOW_PUSH: "1",
      // Run variables pass here; runEnvironment replaces them with the event's own.
      CODEX_FLOW_EVENT_ID: "stale",
      CODEX_WORKSPACE_BACKEND_WS_URL: "ws://stale",
    });
  });

  it("passes GITHUB_ENV and GITHUB_PATH only when the workflow opts in with export-env, never GITHUB_STATE or GITHUB_OUTPUT", () => {
    const host = { PATH: "/usr/bin", GITHUB_ENV: "/tmp/env", GITHUB_PATH: "/tmp/path", GITHUB_STATE: "/s", GITHUB_OUTPUT: "/o" };
    expect(stepEnvironment(host)).toEqual({ PATH: "/usr/bin" });
    expect(stepEnvironment(host, { exportEnv: true })).toEqual({ PATH: "/usr/bin", GITHUB_ENV: "/tmp/env", GITHUB_PATH: "/tmp/path" });
  });

  it("exports the lists it applies", () => {
    expect(WITHHELD_HOST_PREFIXES).toEqual(["INPUT_"]);
    expect(WITHHELD_HOST_VARIABLES).toContain("ACTIONS_RUNTIME_TOKEN");
    expect(WITHHELD_HOST_VARIABLES).toContain("GITHUB_STATE");
  });
});

describe("buildStepContext", () => {
  const flow = {
    name: "bindings",
    version: 1,
    root: "/repo/flows/bindings",
    manifestPath: "/repo/flows/bindings/flow.toml",
    steps: [],
  };
  const step = {
    name: "regenerate",
    runner: "bun" as const,
    script: "exec/run.ts",
    scriptPath: "/repo/flows/bindings/exec/run.ts",
    cwdPath: "/repo",
    timeoutMs: 1000,
  };

  it("has the compatible shape, with config only when the manifest has one", () => {
    const context = buildStepContext({
      flow: { ...flow, config: { commit: true } },
      step,
      event: TEST_EVENT,
      runtime: { runId: "run_1", attemptId: "att_1", replay: false, launchedBy: "octocat" },
    });
    expect(JSON.stringify(context)).toBe(
      JSON.stringify({
        flow: {
          name: "bindings",
          version: 1,
          root: "/repo/flows/bindings",
          step: "regenerate",
          config: { commit: true },
          event: TEST_EVENT,
        },
        runtime: { eventId: TEST_EVENT.id, runId: "run_1", attemptId: "att_1", replay: false, launchedBy: "octocat" },
      }),
    );
  });

  it("leaves out config and unknown runtime facts but always has eventId and replay", () => {
    const context = buildStepContext({
      flow,
      step,
      event: { ...TEST_EVENT, payload: undefined },
      runtime: { runId: "", attemptId: "", replay: true },
    });
    expect(context).toEqual({
      flow: {
        name: "bindings",
        version: 1,
        root: "/repo/flows/bindings",
        step: "regenerate",
        event: { ...TEST_EVENT, payload: {} },
      },
      runtime: { eventId: TEST_EVENT.id, replay: true },
    });
    expect("config" in context.flow).toBe(false);
  });
});
