// `flows` as a real process, for the tests that stop it with a signal: started in a process
// group of its own (as a terminal runs a command), with steps that write their pid and sleep,
// and what it takes to see that a step is gone. Each test file makes its own `cliProcesses()`
// and calls `killAll()` after each test.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export type Exit = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

export type CliProcess = { child: ChildProcess; exited: Promise<Exit> };

export type CliProcesses = {
  /** `command args...` in a group of its own, with the test environment plus `env`. */
  start: (command: string, args: string[], env?: NodeJS.ProcessEnv) => CliProcess;
  /** The step's pid, once it has written it to `pidFile`. */
  stepStarted: (pidFile: string) => Promise<number>;
  /** SIGKILL to every group started and every step seen: nothing outlives the test. */
  killAll: () => void;
};

export function cliProcesses(): CliProcesses {
  const started: ChildProcess[] = [];
  const stepPids: number[] = [];
  return {
    start: (command, args, env = {}) => {
      const child = spawn(command, args, {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, FLOWS_GITHUB_WRITE_SPACING_SECONDS: process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS, ...env },
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      started.push(child);
      let stderr = "";
      child.stderr?.on("data", (chunk) => {
        stderr += chunk;
      });
      child.stdout?.resume();
      const exited = new Promise<Exit>((done) => child.once("exit", (code, signal) => done({ code, signal, stderr })));
      return { child, exited };
    },
    stepStarted: async (pidFile) => {
      for (let waited = 0; waited < 20_000; waited += 25) {
        const text = existsSync(pidFile) ? readFileSync(pidFile, "utf8").trim() : "";
        if (text !== "") {
          stepPids.push(Number(text));
          return Number(text);
        }
        await sleep(25);
      }
      throw new Error("the step never started");
    },
    killAll: () => {
      for (const child of started.splice(0)) if (child.pid !== undefined) kill(-child.pid, "SIGKILL");
      for (const pid of stepPids.splice(0)) kill(-pid, "SIGKILL");
    },
  };
}

/**
 * A Bun step that writes its pid to `pidFile`, sleeps 30 s, then writes `doneFile` and completes.
 * With `slowWhile`, it sleeps only when that file exists (and completes at once otherwise).
 */
export function sleeperStep(pidFile: string, doneFile: string, slowWhile?: string): string {
  return [
    'import { existsSync, writeFileSync } from "node:fs";',
    "await Bun.stdin.text();",
    ...(slowWhile ? [`if (!existsSync(${JSON.stringify(slowWhile)})) { console.log('FLOW_RESULT {"status":"completed"}'); process.exit(0); }`] : []),
    `writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));`,
    "await Bun.sleep(30_000);",
    `writeFileSync(${JSON.stringify(doneFile)}, "finished");`,
    'console.log(\'FLOW_RESULT {"status":"completed"}\');',
  ].join("\n");
}

export function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone already.
  }
}

/** Running: not gone and not a zombie nobody reaped. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

export async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 25) {
    if (!isRunning(pid)) return true;
    await sleep(25);
  }
  return !isRunning(pid);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * What a child process writes to its standard output and error, as far as it has come: read `out`
 * and `err` at any time, and `all` for both as one text in the order they came.
 */
export function captured(child: ChildProcess): { readonly out: string; readonly err: string; readonly all: string } {
  const seen = { out: "", err: "", all: "" };
  child.stdout?.on("data", (chunk) => {
    seen.out += chunk;
    seen.all += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    seen.err += chunk;
    seen.all += chunk;
  });
  return seen;
}

/** A child process's exit code and all it wrote, once it has closed its output. */
export function outputOf(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  const seen = captured(child);
  return new Promise((done) => child.once("close", (code) => done({ code, out: seen.out, err: seen.err })));
}

/** A child process's exit code and its standard output and error as one text, in the order they came, once it has closed its output. */
export function mergedOutputOf(child: ChildProcess): Promise<{ code: number | null; out: string }> {
  const seen = captured(child);
  return new Promise((done) => child.once("close", (code) => done({ code, out: seen.all })));
}
