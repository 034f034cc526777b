// A step's processes that left its process group (a new session: `setsid`, `detached: true`, a
// daemon's double fork) ran on past the step and the job. They carry the step's mark in their
// environment, and are stopped once the step is over: when it ends, times out or is canceled.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runFlowStep } from "../../src/runners/index.js";
import { prepareModuleWrapper, stepWatchdogPath } from "../../src/runners/module-style.js";
import { superviseProcess } from "../../src/runners/process.js";
import {
  canFindStrayProcesses,
  environmentReads,
  markedEnvironment,
  maybeInExec,
  processesRead,
  STEP_MARK_VARIABLE,
  stopMarkedProcesses,
} from "../../src/runners/stray-processes.js";
import { timedAfterResult } from "../helpers/stalls.js";
import { BUN_PATH, isAlive, runOptions, tempDir, writeStepPackage } from "./helpers.js";

// Without /proc (macOS) strays are not looked for: README.md says so.
const onLinux = canFindStrayProcesses() ? describe : describe.skip;

let dir: string;
let cleanup: () => Promise<void>;
let started: number[] = [];
let others: ChildProcess[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  started = [];
  others = [];
});
afterEach(async () => {
  // Never leave a process behind, even when an assertion failed.
  for (const pid of started) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  for (const child of others) child.kill("SIGKILL");
  await cleanup();
});

/** Waits briefly for a stopped process to be gone (init reaps orphans within milliseconds). */
async function goneSoon(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

/**
 * A step that starts three processes outside its process group: `setsid sleep`, a Bun.spawn with
 * `detached: true`, and a shell in a new session that backgrounds a sleep and exits (a daemon's
 * double fork: the sleep's parent is then init). Their pids go to `pids.json`, then `after` runs.
 */
function escapingStep(pidFile: string, after: string): string {
  return [
    'const quiet = { stdin: "ignore", stdout: "ignore", stderr: "ignore" } as const;',
    'const session = Bun.spawn(["setsid", "sleep", "30"], quiet);',
    'const detached = Bun.spawn(["sleep", "31"], { ...quiet, detached: true });',
    `const daemonFile = ${JSON.stringify(`${pidFile}.daemon`)};`,
    `await Bun.spawn(["setsid", "sh", "-c", ${JSON.stringify(`sleep 32 >/dev/null 2>&1 & echo $! > ${pidFile}.daemon`)}], quiet).exited;`,
    "const daemon = Number((await Bun.file(daemonFile).text()).trim());",
    `await Bun.write(${JSON.stringify(pidFile)}, JSON.stringify([session.pid, detached.pid, daemon]));`,
    "session.unref();",
    "detached.unref();",
    'console.log("escaped");',
    after,
  ].join("\n");
}

function readPids(file: string): number[] {
  const pids = JSON.parse(readFileSync(file, "utf8")) as number[];
  started.push(...pids);
  return pids;
}

onLinux("processes a step started in a new session", () => {
  it("are stopped when the step ends, and the step's log says how many", async () => {
    const pidFile = path.join(dir, "pids.json");
    const source = escapingStep(pidFile, 'console.log(\'FLOW_RESULT {"status":"completed"}\');');
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    const pids = readPids(pidFile);

    expect(outcome.processStatus, outcome.error).toBe("completed");
    expect(outcome.output).toContain("[flows-action] stopped 3 stray processes the step left running after it ended");
    for (const pid of pids) expect(await goneSoon(pid), `pid ${pid}`).toBe(true);
  });

  it("are stopped when the step times out", async () => {
    const pidFile = path.join(dir, "pids.json");
    const source = escapingStep(pidFile, "await Bun.sleep(60_000);");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source, timeoutMs: 1500 })));
    const pids = readPids(pidFile);

    expect(outcome.timedOut).toBe(true);
    expect(outcome.output).toContain("stopped 3 stray processes");
    for (const pid of pids) expect(await goneSoon(pid), `pid ${pid}`).toBe(true);
  });

  it("are stopped when the step is canceled", async () => {
    const pidFile = path.join(dir, "pids.json");
    const source = escapingStep(pidFile, "await Bun.sleep(60_000);");
    const controller = new AbortController();
    const outcome = await runFlowStep(
      runOptions(await writeStepPackage({ root: dir, source }), {
        signal: controller.signal,
        onLine: (_stream, line) => {
          if (line === "escaped") controller.abort();
        },
      }),
    );
    const pids = readPids(pidFile);

    expect(outcome.processStatus).toBe("canceled");
    expect(outcome.output).toContain("stopped 3 stray processes");
    for (const pid of pids) expect(await goneSoon(pid), `pid ${pid}`).toBe(true);
  });

  it("do not hold the step's end when one of them keeps its output open", async () => {
    const pidFile = path.join(dir, "holder.pid");
    const source = [
      'const holder = Bun.spawn(["setsid", "sleep", "30"], { stdout: "inherit", stderr: "inherit" });',
      `await Bun.write(${JSON.stringify(pidFile)}, String(holder.pid));`,
      "holder.unref();",
      'console.log(\'FLOW_RESULT {"status":"completed"}\');',
      "process.exit(0);",
    ].join("\n");
    // Timed from the step's last line (test/helpers/stalls.ts). Held by the holder, the run would last its 30 s.
    const step = await writeStepPackage({ root: dir, source });
    const { value: outcome, afterResultMs } = await timedAfterResult((onLine) => runFlowStep(runOptions(step, { onLine })));
    const holder = Number(readFileSync(pidFile, "utf8"));
    started.push(holder);

    expect(outcome.processStatus).toBe("completed");
    expect(outcome.output).toContain("stopped 1 stray process the step left running");
    expect(afterResultMs).toBeLessThan(5000);
    expect(await goneSoon(holder)).toBe(true);
  });
});

onLinux("the search for stray processes", () => {
  it("stops no process without the step's mark, and says nothing when there were none", async () => {
    // Started by the test, outside any step: the same user's, the same command, no mark.
    const bystander = spawn("sleep", ["30"], { detached: true, stdio: "ignore" });
    others.push(bystander);
    const outcome = await runFlowStep(
      runOptions(await writeStepPackage({ root: dir, source: 'console.log(\'FLOW_RESULT {"status":"completed"}\');' })),
    );
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.output).not.toContain("stray");
    expect(isAlive(bystander.pid!)).toBe(true);
  });

  it("finds a mark anywhere in an environment of several chunks, and the mark of the step a nested step runs in", async () => {
    const outer = markedEnvironment({ PATH: process.env.PATH ?? "" });
    const inner = markedEnvironment(outer.env);
    expect(inner.env[STEP_MARK_VARIABLE]).toBe(`${outer.mark} ${inner.mark}`);
    // Read in 64 KiB chunks: the outer mark starts 10 bytes before the end of the first one.
    const padding = "x".repeat(64 * 1024 - 10 - "PAD=".length - 1 - `${STEP_MARK_VARIABLE}=`.length);
    const child = spawn("/bin/sleep", ["30"], { env: { PAD: padding, [STEP_MARK_VARIABLE]: inner.env[STEP_MARK_VARIABLE]! }, stdio: "ignore" });
    others.push(child);
    const exited = new Promise((done) => child.once("exit", done));
    await new Promise((done) => child.once("spawn", done));

    expect(stopMarkedProcesses("0".repeat(32))).toBe(0);
    expect(isAlive(child.pid!)).toBe(true);
    expect(stopMarkedProcesses(outer.mark)).toBe(1);
    await exited;
    expect(child.signalCode).toBe("SIGKILL");
  });

  it("stops a process that was marked when it was started by the supervisor, not the supervisor's own", async () => {
    const pidFile = path.join(dir, "pid");
    const run = await superviseProcess({
      command: "sh",
      args: ["-c", `setsid sleep 30 >/dev/null 2>&1 </dev/null & echo $! > ${pidFile}; echo "$${STEP_MARK_VARIABLE}"`],
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
      stdin: "",
      timeoutMs: 10_000,
      onLine: (_stream, line) => expect(line).toMatch(/^[0-9a-f]{32}$/),
    });
    const pid = Number(readFileSync(pidFile, "utf8"));
    started.push(pid);
    expect(run.exitCode).toBe(0);
    expect(run.strayProcessesStopped).toBe(1);
    expect(await goneSoon(pid)).toBe(true);
    expect(isAlive(process.pid)).toBe(true);
  });
});

onLinux("a process caught inside execve when the step ends", () => {
  // Inside execve a process's environment reads as empty for a moment, before the new program's is
  // set up: a `setsid sleep` a step started just before it ended was missed about one time in ten
  // (CI saw `strayProcessesStopped` 0). Here the "exec" is held open: a process with an empty
  // environment that keeps running (as one inside execve is) until the search pauses, then execs a
  // program that carries the mark. The search must look again after its pause.
  it("is looked at again after a pause, and stopped once its environment shows the mark", async () => {
    const { mark } = markedEnvironment({});
    const go = path.join(dir, "go");
    const child = spawn("env", ["-i", "/bin/sh", "-c", `while [ ! -e ${go} ]; do :; done; exec /usr/bin/env ${STEP_MARK_VARIABLE}=${mark} /bin/sleep 30`], { stdio: "ignore" });
    others.push(child);
    await new Promise((done) => child.once("spawn", done));
    // Until the shell runs its loop, its environment is env's own (no mark, not empty).
    while (readFileSync(`/proc/${child.pid}/environ`).length > 0) await new Promise((done) => setTimeout(done, 5));
    const pauses: number[] = [];
    // The held exec lasts as long as the shell waits for a core to see `go` and exec: on a loaded
    // machine past the search's 250 ms, whose clock then ran out before it looked again. That wait
    // is the test's, not the search's: the clock the search reads leaves it out.
    const realNow = performance.now.bind(performance);
    let held = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => realNow() - held);
    let stopped: number;
    try {
      stopped = stopMarkedProcesses(mark, (ms) => {
        pauses.push(ms);
        if (pauses.length > 1) return;
        const heldFrom = realNow();
        writeFileSync(go, "");
        // Wait (bounded) until the shell has exec'd the program that carries the mark.
        const until = Date.now() + 10_000;
        while (Date.now() < until && !readFileSync(`/proc/${child.pid}/environ`, "latin1").includes(mark)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        held += realNow() - heldFrom;
      });
    } finally {
      clock.mockRestore();
    }
    expect(pauses.length).toBeGreaterThan(0);
    expect(stopped).toBe(1);
    expect(await goneSoon(child.pid!)).toBe(true);
  });

  it("costs no pause for a process of this user that waits with an empty environment", async () => {
    const child = spawn("env", ["-i", "/bin/sleep", "30"], { stdio: "ignore" });
    others.push(child);
    await new Promise((done) => child.once("spawn", done));
    while (!readFileSync(`/proc/${child.pid}/stat`, "latin1").includes(") S ")) await new Promise((done) => setTimeout(done, 5));
    // Not "no pause at all": on a busy machine another process may be inside execve meanwhile.
    expect(maybeInExec(child.pid!)).toBe(false);
    expect(stopMarkedProcesses(markedEnvironment({}).mark, () => undefined)).toBe(0);
    expect(isAlive(child.pid!)).toBe(true);
  });
});

onLinux("searches one after another (steps ending close together)", () => {
  /** Two searches in a row after one that read every process: the environments each read. */
  async function twoSearches(other: { env: Record<string, string> }): Promise<{ child: ChildProcess; first: number; second: number }> {
    // A process of another step, read (and passed over) by this step's search.
    const child = spawn("setsid", ["sleep", "30"], { env: other.env, stdio: "ignore", detached: true });
    started.push(child.pid!);
    await new Promise((done) => setTimeout(done, 100)); // past its exec
    processesRead.forget();
    const before = environmentReads.count;
    expect(stopMarkedProcesses(markedEnvironment({}).mark)).toBe(0);
    const first = environmentReads.count - before;
    expect(stopMarkedProcesses(markedEnvironment({}).mark)).toBe(0);
    return { child, first, second: environmentReads.count - before - first };
  }

  it("read only the processes new since the last, and still find a mark an earlier search passed over", async () => {
    const other = markedEnvironment({ PATH: process.env.PATH ?? "" });
    const { child, first, second } = await twoSearches(other);
    // The second search reads only processes started since (other tests'): those it kept, and
    // those it could not read (kernel threads, another user's), it stats, to tell them from a new
    // process under the same pid.
    expect(first).toBeGreaterThan(5);
    expect(second).toBeLessThan(first / 4);
    // The other step's search finds its process from what was kept of it.
    expect(stopMarkedProcesses(other.mark)).toBe(1);
    expect(await goneSoon(child.pid!)).toBe(true);
  });

  it("pass over the step processes the dispatcher runs: each has a mark of its own", async () => {
    // A running step (its own mark in its environment) is never taken for a stray of another
    // step; its own search, once it has ended, still finds what it left.
    const marks: string[] = [];
    const running = superviseProcess({
      command: BUN_PATH,
      args: ["-e", `console.log(process.env.${STEP_MARK_VARIABLE}); await Bun.sleep(600);`],
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
      stdin: "",
      timeoutMs: 10_000,
      onLine: (_stream, line) => marks.push(line),
    });
    for (let waited = 0; marks.length === 0 && waited < 5_000; waited += 10) await new Promise((done) => setTimeout(done, 10));
    expect(marks[0]).toMatch(/^[0-9a-f]{32}$/);
    // Looked for with the running step's own mark: passed over, left running.
    expect(stopMarkedProcesses(marks[0]!)).toBe(0);
    const result = await running;
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
  });
});

onLinux("a step whose dispatcher is killed outright (kill -9)", () => {
  it("stops its processes in a new session as well as its own group: its watchdog looks for its mark", async () => {
    const pidFile = path.join(dir, "pids.json");
    const script = path.join(dir, "step.ts");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(script, escapingStep(pidFile, "await Bun.sleep(60_000);"));
    // Started as bun.ts does: the watchdog preloaded.
    await expectStoppedAfterDispatcherDies(pidFile, `--preload ${await stepWatchdogPath()} ${script} </dev/null`);
  });

  it("stops a module-style step the same way: its wrapper starts with the watchdog, nothing is preloaded", async () => {
    const pidFile = path.join(dir, "pids.json");
    const script = path.join(dir, "module-step.ts");
    const { writeFile } = await import("node:fs/promises");
    // The escaping part runs when the module is imported; the default export then waits.
    await writeFile(script, `${escapingStep(pidFile, "")}\nexport default async () => { await Bun.sleep(60_000); return { status: "completed" }; };\n`);
    const context = path.join(dir, "context.json");
    await writeFile(context, "{}");
    const wrapper = await prepareModuleWrapper({ scriptPath: script, scriptLabel: "module-step.ts" });
    expect(wrapper.args.join(" ")).not.toContain("--preload");
    const quoted = wrapper.args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
    await expectStoppedAfterDispatcherDies(pidFile, `${quoted} <${context}`);
    await wrapper.dispose();
  });
});

/**
 * The dispatcher: a shell that starts the step with Bun (`bunArgs`, its own session and process
 * group, as bun.ts starts steps) and exits once the step has written its processes to `pidFile`,
 * as a killed dispatcher would. Then the step and every process it started must be gone soon,
 * and none with its mark left.
 */
async function expectStoppedAfterDispatcherDies(pidFile: string, bunArgs: string): Promise<void> {
  const { mark, env } = markedEnvironment({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" });
  const stepCommand = `setsid ${BUN_PATH} ${bunArgs} >/dev/null 2>&1 &`;
  const dispatcher = spawn("sh", ["-c", `${stepCommand} echo $! > ${pidFile}.bun; while [ ! -s ${pidFile} ]; do sleep 0.05; done`], { env, stdio: "ignore" });
  await new Promise((done) => dispatcher.once("exit", done));
  const pids = readPids(pidFile);
  const bun = Number(readFileSync(`${pidFile}.bun`, "utf8"));
  started.push(bun);
  for (const pid of [bun, ...pids]) expect(await goneSoon(pid), `pid ${pid}`).toBe(true);
  expect(stopMarkedProcesses(mark)).toBe(0);
}
