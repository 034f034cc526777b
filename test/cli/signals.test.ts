// A step must not outlive the `flows` command that started it: Ctrl-C, SIGTERM (to the command
// or to the `node dist/cli/index.js` launcher) and kill -9 of the dispatcher all leave no step
// running, so the next delivery never runs a step while an earlier copy still goes on.
// Real processes throughout: the CLI as it ships (dist/), steps that write their pid and sleep.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { type CliProcess, cliProcesses, goneWithin, isRunning, kill, sleeperStep } from "../helpers/cli-process.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

const processes = cliProcesses();
let repo: { dir: string; cleanup: () => Promise<void> };
let eventPath: string;
let pidFile: string;
let doneFile: string;

beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

beforeEach(async () => {
  repo = await tempRepo("flows-signals-");
  pidFile = join(repo.dir, "step.pid");
  doneFile = join(repo.dir, "step.done");
  await writeFlow(repo.dir, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: sleeperStep(pidFile, doneFile) }] });
  eventPath = await writeEventFile(repo.dir, flowEvent("t", "evt-signals"));
});

afterEach(async () => {
  processes.killAll();
  await repo.cleanup();
});

/** `flows fire` as a process in a group of its own (as a terminal runs a command). */
function fire(command: string, args: string[]): CliProcess {
  return processes.start(command, [...args, "--repo", repo.dir, "--no-color", "fire", "--event", eventPath]);
}

/** The step's pid, once it has started. */
function stepStarted(): Promise<number> {
  return processes.stepStarted(pidFile);
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

  it.each([
    ["SIGTERM", 143],
    ["SIGHUP (its terminal closed)", 129],
  ] as const)("on %s does the same and exits %i", async (name, code) => {
    const signal = name.split(" ")[0] as NodeJS.Signals;
    const { child, exited } = fire(BUN, [LAUNCHER]);
    const step = await stepStarted();
    kill(child.pid!, signal);
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(code);
    expect(exit.stderr).toContain(`received ${signal}`);
    expect(await goneWithin(step, 3_000)).toBe(true);
    expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["canceled"]);
    expect(existsSync(doneFile)).toBe(false);
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

  it("passes SIGHUP on to Bun as well: the step is stopped, recorded canceled, and the launcher exits 129", async () => {
    const { child, exited } = fire(process.execPath, [LAUNCHER]);
    const step = await stepStarted();
    kill(child.pid!, "SIGHUP");
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(129);
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
