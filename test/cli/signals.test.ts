// A step must not outlive the `flows` command that started it: Ctrl-C, SIGTERM (to the command
// or to the `node dist/cli/index.js` launcher) and kill -9 of the dispatcher all leave no step
// running, so the next delivery never runs a step while an earlier copy still goes on.
// Real processes throughout: the CLI as it ships (dist/), steps that write their pid and sleep.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { ensureFreshDist } from "../helpers/fresh-dist.js";

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

let repo: { dir: string; cleanup: () => Promise<void> };
let eventPath: string;
let pidFile: string;
let doneFile: string;
const started: ChildProcess[] = [];
const stepPids: number[] = [];

beforeAll(async () => {
  await ensureFreshDist();
}, 180_000);

beforeEach(async () => {
  repo = await tempRepo("flows-signals-");
  pidFile = join(repo.dir, "step.pid");
  doneFile = join(repo.dir, "step.done");
  await writeFlow(repo.dir, {
    name: "slow",
    steps: [
      {
        name: "sleeper",
        trigger: "t",
        source: [
          'import { writeFileSync } from "node:fs";',
          "await Bun.stdin.text();",
          `writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));`,
          "await Bun.sleep(30_000);",
          `writeFileSync(${JSON.stringify(doneFile)}, "finished");`,
          'console.log(\'FLOW_RESULT {"status":"completed"}\');',
        ].join("\n"),
      },
    ],
  });
  eventPath = await writeEventFile(repo.dir, flowEvent("t", "evt-signals"));
});

afterEach(async () => {
  for (const child of started.splice(0)) if (child.pid !== undefined) kill(-child.pid, "SIGKILL");
  for (const pid of stepPids.splice(0)) kill(-pid, "SIGKILL");
  await repo.cleanup();
});

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone already.
  }
}

type Exit = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

/** `flows fire` as a process in a group of its own (as a terminal runs a command). */
function fire(command: string, args: string[]): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(command, [...args, "--repo", repo.dir, "--no-color", "fire", "--event", eventPath], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR },
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
}

/** The step's pid, once it has started. */
async function stepStarted(): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 25) {
    const text = existsSync(pidFile) ? readFileSync(pidFile, "utf8").trim() : "";
    if (text !== "") {
      stepPids.push(Number(text));
      return Number(text);
    }
    await sleep(25);
  }
  throw new Error("the step never started");
}

/** Running: not gone and not a zombie nobody reaped. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 25) {
    if (!isRunning(pid)) return true;
    await sleep(25);
  }
  return !isRunning(pid);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function storedRuns(): Promise<Array<{ processStatus: string; attempts: Array<{ status: string }> }>> {
  const runs = await flowsIn(repo.dir, "runs", "--json");
  expect(runs.code, runs.err).toBe(0);
  return JSON.parse(runs.out);
}

describe("flows fire, stopped by a signal", () => {
  it("on Ctrl-C (SIGINT to its process group) stops the step, records it canceled and exits 130", async () => {
    const { child, exited } = fire(BUN, [LAUNCHER]);
    const step = await stepStarted();
    kill(-child.pid!, "SIGINT");
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(130);
    expect(exit.stderr).toContain("received SIGINT");
    expect(await goneWithin(step, 3_000)).toBe(true);
    const runs = await storedRuns();
    expect(runs.map((run) => run.processStatus)).toEqual(["canceled"]);
    expect(existsSync(doneFile)).toBe(false);
  });

  it("on SIGTERM does the same and exits 143", async () => {
    const { child, exited } = fire(BUN, [LAUNCHER]);
    const step = await stepStarted();
    kill(child.pid!, "SIGTERM");
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(143);
    expect(await goneWithin(step, 3_000)).toBe(true);
    expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["canceled"]);
  });
});

describe("node dist/cli/index.js (the launcher handing over to Bun)", () => {
  it("passes SIGTERM on to Bun and exits with its code once the step is stopped and recorded", async () => {
    const { child, exited } = fire(process.execPath, [LAUNCHER]);
    const step = await stepStarted();
    kill(child.pid!, "SIGTERM");
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(143);
    // Bun was done when the launcher exited: the step stopped and recorded, not left running.
    expect(isRunning(step)).toBe(false);
    expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["canceled"]);
  });

  it("takes Ctrl-C to the whole group (launcher and Bun) as one Ctrl-C, not two", async () => {
    const { child, exited } = fire(process.execPath, [LAUNCHER]);
    const step = await stepStarted();
    kill(-child.pid!, "SIGINT");
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(130);
    expect(exit.stderr).not.toContain("SIGINT again");
    expect(isRunning(step)).toBe(false);
    expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["canceled"]);
  });
});

describe("a dispatcher killed outright (kill -9)", () => {
  it("leaves no step running: the step stops itself when its dispatcher is gone", async () => {
    const { child, exited } = fire(BUN, [LAUNCHER]);
    const step = await stepStarted();
    kill(child.pid!, "SIGKILL");
    await exited;
    expect(await goneWithin(step, 3_000)).toBe(true);
    // The next delivery finds the attempt interrupted and runs it again, with no copy still running.
    expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["interrupted"]);
  });
});
