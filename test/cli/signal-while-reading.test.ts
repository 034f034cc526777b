// Ctrl-C or SIGTERM while `flows` still waits for the event on standard input (a `gh api` that
// stalls, `sleep 60 | flows fire --event -`): the command stops at once, says nothing ran, and
// exits 130 or 143. It went on waiting until a second signal, having said it was stopping steps
// that had not started. The real command as it ships, its standard input a pipe held open.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { captured, kill } from "../helpers/cli-process.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { childLoadMeter, untilChildRan } from "../helpers/stalls.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

let repo: { dir: string; cleanup: () => Promise<void> };
const started: number[] = [];
beforeEach(async () => {
  repo = await tempRepo("flows-signal-reading-");
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "greet", trigger: "push", source: rawStep("completed", "hi") }] });
});
afterEach(async () => {
  for (const pid of started.splice(0)) kill(pid, "SIGKILL");
  await repo.cleanup();
});

/** Whether the process handles SIGINT and SIGTERM itself yet (its handlers are installed). */
function handlesStopSignals(pid: number): boolean {
  const caught = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (caught === undefined) return false;
  const mask = BigInt(`0x${caught}`);
  return (mask & 0x2n) !== 0n && (mask & 0x4000n) !== 0n;
}

/**
 * `flows ARGV...` with half an event on a standard input held open, stopped by `signal` once it
 * handles the stop signals. `code` is the exit code, or the signal's name when the signal ended
 * it (Bun's default for a command with no handlers: nothing said, no error document).
 */
async function stoppedWhileReading(argv: string[], signal: NodeJS.Signals): Promise<{ code: number | string | null; out: string; err: string; ms: number }> {
  const child = spawn(BUN, [LAUNCHER, "--repo", repo.dir, "--no-color", ...argv], { env: cliTestEnv(), stdio: ["pipe", "pipe", "pipe"] });
  started.push(child.pid!);
  const output = captured(child);
  const exited = new Promise<number | string | null>((done) => child.once("exit", (code, killedBy) => done(code ?? killedBy)));
  // Half an event, and the pipe kept open: the command waits for the rest.
  child.stdin.write('{"id": "evt-half", ');
  // Times below are the child's wall time less its wait for a core (test/helpers/stalls.ts):
  // beside busy processes a Bun that starts, takes a signal and exits waited seconds for one.
  // A command that never installs them (as explain did) is stopped all the same, once it had time to.
  const starting = childLoadMeter(child.pid!);
  await untilChildRan(starting, 10_000, () => handlesStopSignals(child.pid!));
  await untilChildRan(starting, starting.runningMs() + 200);
  starting.stop();
  let hasExited = false;
  const exitedCode = exited.then((code) => {
    hasExited = true;
    return code;
  });
  const stopping = childLoadMeter(child.pid!);
  child.kill(signal);
  // A command that goes on waiting for the event runs past 5 s of its own time.
  await untilChildRan(stopping, 5_000, () => hasExited);
  const ms = stopping.runningMs();
  stopping.stop();
  child.stdin.end();
  if (!hasExited) return { code: -1, out: output.out, err: output.err, ms };
  return { code: await exitedCode, out: output.out, err: output.err, ms };
}

describe("a signal while the event is read from standard input", () => {
  it("flows fire --event - on Ctrl-C exits 130 at once, saying nothing ran", async () => {
    const stopped = await stoppedWhileReading(["fire", "--event", "-"], "SIGINT");
    expect(stopped.code, stopped.err).toBe(130);
    expect(stopped.err).toContain("Stopped while the event was still being read from standard input: nothing ran.");
    expect(stopped.err).not.toContain("SIGINT again");
    expect(stopped.err).not.toContain("hello/greet");
  });

  it("flows github --event-path - --json on SIGTERM exits 143, with 143 in its error document", async () => {
    const stopped = await stoppedWhileReading(["github", "--event-name", "push", "--event-path", "-", "--state", "none", "--json"], "SIGTERM");
    expect(stopped.code, stopped.err).toBe(143);
    expect(JSON.parse(stopped.out).error).toMatchObject({
      kind: "failed",
      exitCode: 143,
      message: "Stopped while the event payload was still being read from standard input: nothing ran.",
    });
  });

  it("flows explain --event - on Ctrl-C exits 130 within 2 s, saying nothing ran", async () => {
    const stopped = await stoppedWhileReading(["explain", "--event", "-"], "SIGINT");
    expect(stopped.code, stopped.err).toBe(130);
    expect(stopped.ms).toBeLessThan(2_000);
    expect(stopped.err).toContain("flows: received SIGINT: stopping (Ctrl-C again exits at once).");
    expect(stopped.err).toContain("Stopped while the event was still being read from standard input: nothing ran.");
    // It runs no steps, and says nothing about stopping them.
    expect(stopped.err).not.toContain("recorded as canceled");
    expect(stopped.out).toBe("");
  });

  it("flows explain --event-name push --event - --json on SIGTERM exits 143, with 143 in its error document", async () => {
    const stopped = await stoppedWhileReading(["explain", "--event-name", "push", "--event", "-", "--json"], "SIGTERM");
    expect(stopped.code, stopped.err).toBe(143);
    expect(stopped.ms).toBeLessThan(2_000);
    expect(JSON.parse(stopped.out).error).toMatchObject({
      kind: "failed",
      exitCode: 143,
      message: "Stopped while the event payload was still being read from standard input: nothing ran.",
    });
  });
});
