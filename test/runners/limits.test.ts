import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runFlowStep } from "../../src/runners/index.js";
import { DEFAULT_KILL_GRACE_MS } from "../../src/runners/process-io.js";
import { timedAfterResult, timedUnderLoad } from "../helpers/stalls.js";
import { fixture, isAlive, runOptions, tempDir, writeStepPackage } from "./helpers.js";

type Pids = { step: number; sleep: number; bun: number };

let dir: string;
let cleanup: () => Promise<void>;
let started: number[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  started = [];
});
afterEach(async () => {
  // Never leave a stray process behind, even when an assertion failed.
  for (const pid of started) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  await cleanup();
});

function readPids(file: string): Pids {
  const pids = JSON.parse(readFileSync(file, "utf8")) as Pids;
  started.push(pids.step, pids.sleep, pids.bun);
  return pids;
}

/** Waits briefly for init to reap orphans; a killed process is gone within milliseconds. */
async function goneSoon(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe("a Bun step that runs too long", () => {
  it("is stopped with its whole process tree and recorded as timed out", async () => {
    const pidFile = path.join(dir, "pids.json");
    const pkg = await writeStepPackage({ root: dir, source: fixture("spawn-and-sleep.ts"), timeoutMs: 1500 });
    // Wall time for the lower bound (the timer is the wall clock's); for the upper, the time this
    // process could run (its stalls left out, test/helpers/stalls.ts): a step not stopped at its
    // timeout sleeps 30 s.
    const { value: outcome, wallMs: elapsed, ms } = await timedUnderLoad(() => runFlowStep(runOptions(pkg, { env: { ...runOptions(pkg).env, PID_FILE: pidFile } })));

    const pids = readPids(pidFile);
    expect(outcome.timedOut).toBe(true);
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toMatch(
      /^timed out after 1500 ms \(timeout_ms = 1500\); the step and its child processes were stopped/,
    );
    expect(outcome.output).toContain("children started");
    expect(await goneSoon(pids.step)).toBe(true);
    expect(await goneSoon(pids.sleep)).toBe(true);
    expect(await goneSoon(pids.bun)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(1500);
    expect(ms).toBeLessThan(4000);
  });

  it("is stopped when its SIGTERM handler refuses to exit", async () => {
    const source = [
      'process.on("SIGTERM", () => console.log("ignoring SIGTERM"));',
      'console.log("stubborn");',
      "setInterval(() => {}, 1000);",
    ].join("\n");
    const pkg = await writeStepPackage({ root: dir, source, timeoutMs: 300 });
    // The time this process could run (stalls left out, test/helpers/stalls.ts): 2.32 s alone,
    // 2.52 s of wall clock beside two busy loops and other test files. A step that is never
    // killed runs until the test's own timeout.
    const { value: outcome, ms } = await timedUnderLoad(() => runFlowStep(runOptions(pkg)));
    expect(outcome.timedOut).toBe(true);
    expect(outcome.signal).toBe("SIGKILL");
    expect(outcome.output).toContain("ignoring SIGTERM");
    // SIGKILL follows after the grace period: the timeout, the grace, and time to reap the step.
    expect(ms).toBeLessThan(300 + DEFAULT_KILL_GRACE_MS + 1_200);
  });
});

describe("a Bun step that is canceled", () => {
  it("is stopped with its process tree and reported as canceled", async () => {
    const pidFile = path.join(dir, "pids.json");
    const pkg = await writeStepPackage({ root: dir, source: fixture("spawn-and-sleep.ts") });
    const controller = new AbortController();
    const running = runFlowStep(
      runOptions(pkg, {
        env: { ...runOptions(pkg).env, PID_FILE: pidFile },
        signal: controller.signal,
        onLine: (_stream, line) => {
          if (line === "children started") controller.abort();
        },
      }),
    );
    const outcome = await running;
    const pids = readPids(pidFile);
    expect(outcome.processStatus).toBe("canceled");
    expect(outcome.timedOut).toBe(false);
    expect(await goneSoon(pids.sleep)).toBe(true);
    expect(await goneSoon(pids.bun)).toBe(true);
  });

  it("is not started when the signal was aborted before the run", async () => {
    const marker = path.join(dir, "ran");
    const source = `await Bun.write(${JSON.stringify(marker)}, "x"); console.log('FLOW_RESULT {"status":"completed"}');`;
    const outcome = await runFlowStep(
      runOptions(await writeStepPackage({ root: dir, source }), { signal: AbortSignal.abort() }),
    );
    expect(outcome.processStatus).toBe("canceled");
    expect(existsSync(marker)).toBe(false);
  });
});

describe("a Bun step's output", () => {
  it("streams every line but keeps only a bounded tail when the step prints ~55 MB", async () => {
    const pkg = await writeStepPackage({ root: dir, source: fixture("big-output.ts") });
    let stdoutLines = 0;
    let lastLine = "";
    const outcome = await runFlowStep(
      runOptions(pkg, {
        tailBytes: 8 * 1024,
        onLine: (stream, line) => {
          if (stream !== "stdout") return;
          stdoutLines += 1;
          lastLine = line;
        },
      }),
    );
    expect(outcome.error).toBeUndefined();
    // FLOW_RESULT was the first line, long gone from the tail, and still counts.
    expect(outcome.result).toEqual({ status: "changed", message: "printed first" });
    expect(stdoutLines).toBe(1 + 550_000 + 1);
    expect(lastLine).toBe("the end without newline");
    expect(Buffer.byteLength(outcome.output)).toBeLessThanOrEqual(8 * 1024 + 64);
    const [marker, firstKept] = outcome.output.split("\n");
    expect(marker).toMatch(/^… \d+ bytes cut …$/);
    expect(Number(marker!.match(/\d+/)![0])).toBeGreaterThan(55_000_000 - 8 * 1024);
    expect(firstKept).toMatch(/^\d{8} x{90}$/);
    expect(outcome.output.endsWith(`00549999 ${"x".repeat(90)}\nthe end without newline`)).toBe(true);
  });

  it("finishes even when a background child keeps the output pipe open after the step exited", async () => {
    const pidFile = path.join(dir, "holder.pid");
    const source = [
      'const holder = Bun.spawn(["sleep", "30"], { stdout: "inherit", stderr: "inherit" });',
      `await Bun.write(${JSON.stringify(pidFile)}, String(holder.pid));`,
      'console.log(\'FLOW_RESULT {"status":"completed"}\');',
      "holder.unref();",
      "process.exit(0);",
    ].join("\n");
    // Timed from the step's last line (test/helpers/stalls.ts). Held by the holder, the run would last its 30 s.
    const step = await writeStepPackage({ root: dir, source });
    const { value: outcome, afterResultMs } = await timedAfterResult((onLine) => runFlowStep(runOptions(step, { onLine })));
    const holder = Number(readFileSync(pidFile, "utf8"));
    started.push(holder);
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result?.status).toBe("completed");
    expect(outcome.output).toContain("stopped leftover processes");
    expect(afterResultMs).toBeLessThan(3000);
    expect(await goneSoon(holder)).toBe(true);
  });
});
