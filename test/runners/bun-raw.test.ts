import { mkdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runFlowStep, type StepOutputStream } from "../../src/runners/index.js";
import { fixture, runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

describe("a raw Bun step", () => {
  it("reads the exact run context on stdin and the run variables in its environment", async () => {
    const pkg = await writeStepPackage({ root: dir, source: fixture("echo-context.ts"), config: { commit: true } });
    const lines: Array<[StepOutputStream, string]> = [];
    const outcome = await runFlowStep(
      runOptions(pkg, {
        runtime: {
          runId: "run_abc",
          attemptId: "att_2",
          replay: true,
          workspaceBackendUrl: "ws://backend.example/ws",
          launchedBy: "octocat",
        },
        env: { ...runOptions(pkg).env, STEP_VISIBLE: "yes" },
        onLine: (stream, line) => lines.push([stream, line]),
      }),
    );

    expect(outcome.error).toBeUndefined();
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.exitCode).toBe(0);
    expect(outcome.result?.status).toBe("completed");
    expect(outcome.result?.context).toEqual({
      flow: {
        name: "runner-test-flow",
        version: 3,
        root: dir,
        step: "step-under-test",
        config: { commit: true },
        event: {
          id: "patch:upstream.release:openai/codex:rust-v1.2.3",
          type: "upstream.release",
          receivedAt: "2025-01-02T03:04:05.000Z",
          payload: { repo: "openai/codex", tag: "rust-v1.2.3" },
        },
      },
      runtime: {
        eventId: "patch:upstream.release:openai/codex:rust-v1.2.3",
        runId: "run_abc",
        attemptId: "att_2",
        replay: true,
        workspaceBackendUrl: "ws://backend.example/ws",
        launchedBy: "octocat",
      },
    });
    expect(outcome.result?.env).toEqual({
      CODEX_FLOW_EVENT_ID: "patch:upstream.release:openai/codex:rust-v1.2.3",
      CODEX_FLOW_RUN_ID: "run_abc",
      CODEX_FLOW_ATTEMPT_ID: "att_2",
      CODEX_FLOW_REPLAY: "1",
      CODEX_WORKSPACE_BACKEND_WS_URL: "ws://backend.example/ws",
      CODEX_FLOW_LAUNCHED_BY: "octocat",
      CODEX_FLOW_STALE_EXTRA: null,
      STEP_VISIBLE: "yes",
    });
    expect(lines).toContainEqual(["stdout", "reading context done"]);
    expect(lines).toContainEqual(["stderr", "a note on stderr"]);
    expect(outcome.output).toContain("reading context done");
    expect(outcome.output).toContain("a note on stderr");
  });

  it("gets the event's own run variables even when the host environment carries another run's, and other CODEX_FLOW_* settings pass", async () => {
    const pkg = await writeStepPackage({ root: dir, source: fixture("echo-context.ts") });
    const outcome = await runFlowStep(
      runOptions(pkg, {
        runtime: { runId: "", attemptId: "", replay: false },
        env: {
          ...runOptions(pkg).env,
          CODEX_FLOW_EVENT_ID: "stale-event",
          CODEX_FLOW_RUN_ID: "stale-run",
          CODEX_FLOW_STALE_EXTRA: "stale",
          CODEX_WORKSPACE_BACKEND_WS_URL: "ws://stale",
          CODEX_FLOW_LAUNCHED_BY: "stale-user",
        },
      }),
    );
    expect(outcome.result?.env).toMatchObject({
      CODEX_FLOW_EVENT_ID: "patch:upstream.release:openai/codex:rust-v1.2.3",
      CODEX_FLOW_RUN_ID: null,
      CODEX_FLOW_ATTEMPT_ID: null,
      CODEX_FLOW_REPLAY: "0",
      CODEX_WORKSPACE_BACKEND_WS_URL: null,
      CODEX_FLOW_LAUNCHED_BY: null,
      CODEX_FLOW_STALE_EXTRA: "stale",
    });
    expect(outcome.result?.context).toMatchObject({
      runtime: { eventId: "patch:upstream.release:openai/codex:rust-v1.2.3", replay: false },
    });
    // Unknown runtime facts and a missing [config] are left out, not sent empty.
    const context = outcome.result?.context as { flow: object; runtime: object };
    expect(Object.keys(context.runtime)).toEqual(["eventId", "replay"]);
    expect(Object.keys(context.flow)).not.toContain("config");
  });

  it("runs in the step's working directory", async () => {
    const elsewhere = path.join(dir, "work", "tree");
    await mkdir(elsewhere, { recursive: true });
    const pkg = await writeStepPackage({ root: path.join(dir, "pkg"), source: fixture("echo-context.ts"), cwdPath: elsewhere });
    const outcome = await runFlowStep(runOptions(pkg));
    expect(outcome.result?.cwd).toBe(elsewhere);
  });

  it("reports the last FLOW_RESULT line when a step prints several", async () => {
    const source = [
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "failed", message: "first" }));',
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "last" }));',
      'console.log("done");',
    ].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result).toEqual({ status: "changed", message: "last" });
  });

  it("keeps a completed process with a failed result as completed, leaving the verdict to the result", async () => {
    const source = 'console.log(\'FLOW_RESULT {"status":"failed","message":"semantic"}\');';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result?.status).toBe("failed");
  });

  it("fails with the exit code and the stderr tail when the step crashes", async () => {
    const source = [
      'console.log("stdout before crash");',
      'console.error("cannot reach upstream: ECONNREFUSED");',
      "process.exit(3);",
    ].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.exitCode).toBe(3);
    expect(outcome.error).toBe("bun exited with code 3\nLast lines of stderr:\ncannot reach upstream: ECONNREFUSED");
  });

  it("falls back to the stdout tail in the reason when a crashing step wrote nothing to stderr", async () => {
    const outcome = await runFlowStep(
      runOptions(await writeStepPackage({ root: dir, source: 'console.log("only stdout"); process.exit(4);' })),
    );
    expect(outcome.error).toBe("bun exited with code 4\nLast lines of stdout:\nonly stdout");
  });

  it("fails with the JSON error and the line when FLOW_RESULT is not valid JSON", async () => {
    const source = 'console.error("warned"); console.log("FLOW_RESULT {oops");';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.result).toBeUndefined();
    expect(outcome.error).toMatch(/^FLOW_RESULT line is not valid JSON: .+ \(line: FLOW_RESULT \{oops\)\n/);
    expect(outcome.error).toContain("Last lines of stderr:\nwarned");
  });

  it("fails when the step prints no FLOW_RESULT line", async () => {
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source: 'console.log("hi");' })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toMatch(/^no FLOW_RESULT line on stdout/);
  });

  it("fails with the allowed statuses when the status is invalid", async () => {
    const source = 'console.log(\'FLOW_RESULT {"status":"ok"}\');';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toContain('FLOW_RESULT status "ok" is not one of skipped, completed, changed');
  });

  it("fails without throwing when the bun executable does not exist", async () => {
    const pkg = await writeStepPackage({ root: dir, source: 'console.log(\'FLOW_RESULT {"status":"completed"}\');' });
    const missing = path.join(dir, "no-such-bun");
    const outcome = await runFlowStep(runOptions(pkg, { bunPath: missing }));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toBe(
      `bun executable not found: ${missing}. Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.`,
    );
  });

  it("fails with an actionable reason when the working directory does not exist", async () => {
    const pkg = await writeStepPackage({
      root: dir,
      source: 'console.log(\'FLOW_RESULT {"status":"completed"}\');',
      cwdPath: path.join(dir, "gone"),
    });
    const outcome = await runFlowStep(runOptions(pkg));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toContain(`the working directory of step "step-under-test" cannot be used (${path.join(dir, "gone")})`);
  });

  it("runs two steps side by side in about the time of one", async () => {
    const source = 'await Bun.sleep(1000); console.log(\'FLOW_RESULT {"status":"completed"}\');';
    const first = await writeStepPackage({ root: path.join(dir, "a"), source });
    const second = await writeStepPackage({ root: path.join(dir, "b"), source });
    const started = performance.now();
    const outcomes = await Promise.all([runFlowStep(runOptions(first)), runFlowStep(runOptions(second))]);
    const elapsed = performance.now() - started;
    expect(outcomes.map((outcome) => outcome.result?.status)).toEqual(["completed", "completed"]);
    expect(outcomes.every((outcome) => outcome.durationMs >= 1000)).toBe(true);
    // Side by side, not one after the other: each started before the other ended, and together
    // they took less than the sum of their own durations (one after the other takes at least the
    // sum, over 2 s). A busy machine slows a step's start, which counts in its own duration, not
    // against a fixed 1.8 s (1.0 to 1.1 s here, alone or beside other test files).
    const [a, b] = outcomes.map((outcome) => [Date.parse(outcome.startedAt), Date.parse(outcome.completedAt)] as const);
    expect(a?.[0]).toBeLessThan(b?.[1] ?? 0);
    expect(b?.[0]).toBeLessThan(a?.[1] ?? 0);
    expect(elapsed).toBeLessThan((outcomes[0]?.durationMs ?? 0) + (outcomes[1]?.durationMs ?? 0) - 500);
  });
});
