// `flows fire` and `flows run` start a `flows daemon` when none runs (src/cli/launcher.js,
// wantsDaemonStarted): after a command typed at a terminal outside CI, or with FLOWS_DAEMON=auto,
// never in scripts, CI or with FLOWS_DAEMON=manual or off. Real processes: the shipped launcher,
// a terminal from util-linux's `script`, real daemons in folders of the test's own.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goneWithin, kill, outputOf, sleep } from "../helpers/cli-process.js";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

const CLI = resolve("dist/cli/index.js");

type Ran = { code: number | null; out: string; err: string };

let base: string;

beforeAll(async () => {
  await ensureFreshDist();
  base = await mkdtemp(join(tmpdir(), "flows-daemon-auto-"));
}, DIST_BUILD_WAIT_MS);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A repository with one flow, a daemon folder of its own, and ways to run `flows` there. */
async function setUp(name: string, onTestFinished: (done: () => Promise<void>) => void) {
  const repo = join(base, name);
  const daemonDir = join(base, `${name}-daemon`);
  await mkdir(repo, { recursive: true });
  await writeFlow(repo, { name: "release", steps: [{ name: "notes", trigger: "upstream.release", source: rawStep("completed", "notes written") }] });
  let events = 0;
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, SHELL: "/bin/sh", FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, FLOWS_DAEMON_DIR: daemonDir };
  /** `flows ARGS` with pipes for its output (no terminal). */
  const flows = (args: string[], extra: NodeJS.ProcessEnv = {}): Promise<Ran> =>
    outputOf(spawn(CLI, args, { cwd: repo, env: { ...env, ...extra }, stdio: ["ignore", "pipe", "pipe"] }));
  /** `flows ARGS` at a terminal: `script` gives it one (its output and errors come together). */
  const atTerminal = async (args: string[], extra: NodeJS.ProcessEnv = {}): Promise<Ran> => ({
    ...(await outputOf(spawn("script", ["-qec", [CLI, ...args].join(" "), "/dev/null"], { cwd: repo, env: { ...env, ...extra }, stdio: ["ignore", "pipe", "pipe"] }))),
    err: "",
  });
  const newEvent = async (): Promise<string> => {
    events += 1;
    await writeFile(join(repo, `e${events}.json`), JSON.stringify(flowEvent("upstream.release", `test:upstream.release:v${events}`)));
    return `e${events}.json`;
  };
  const status = async (): Promise<{ running: boolean; pid?: number; served?: number }> => JSON.parse((await flows(["daemon", "status", "--json"])).out);
  /** The daemon's status once it answers, within 10 s; undefined when none did. */
  const running = async (): Promise<{ pid: number; served: number } | undefined> => {
    for (const until = Date.now() + 10_000; Date.now() < until; await sleep(50)) {
      const now = await status();
      if (now.running) return now as { pid: number; served: number };
    }
    return undefined;
  };
  /** No daemon came up: nothing in its folder 1.5 s after the command (a start takes well under that). */
  const noneStarted = async (): Promise<boolean> => {
    await sleep(1_500);
    return !existsSync(daemonDir) || readdirSync(daemonDir).every((file) => !file.endsWith(".sock"));
  };
  onTestFinished(async () => {
    await flows(["daemon", "stop"]);
    // And any daemon of this folder still coming up (a start not waited for): none is left behind.
    for (const pid of processesWith(`FLOWS_DAEMON_DIR=${daemonDir}\0`)) kill(pid, "SIGKILL");
  });
  /** The `flows daemon serve` processes of this folder. */
  const daemons = (): number[] =>
    processesWith(`FLOWS_DAEMON_DIR=${daemonDir}\0`).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "latin1").split("\0").slice(-3).join(" ") === "daemon serve ";
      } catch {
        return false;
      }
    });
  return { repo, flows, atTerminal, newEvent, running, noneStarted, daemons };
}

/** Processes of this user whose environment holds `entry` (Linux's /proc; none elsewhere). */
function processesWith(entry: string): number[] {
  if (!existsSync("/proc/self/environ")) return [];
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/environ`, "latin1").includes(entry);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.concurrent("a daemon started by `flows fire`", () => {
  it("starts after a fire typed at a terminal, says so there, and the next fire goes through it", async ({ onTestFinished }) => {
    const t = await setUp("terminal", onTestFinished);
    const first = await t.atTerminal(["fire", "--event", await t.newEvent(), "--no-color"]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("ran=1");
    expect(first.out).toContain("flows: starting `flows daemon` in the background");
    expect(first.out).toContain("FLOWS_DAEMON=manual keeps it from starting by itself");
    const daemon = await t.running();
    expect(daemon?.served).toBe(0);

    // Output to pipes now: a daemon that runs is used all the same.
    const second = await t.flows(["fire", "--event", await t.newEvent(), "--no-color"]);
    expect(second.code).toBe(0);
    expect(second.err).not.toContain("starting `flows daemon`");
    expect(second.out).toContain("ran=1");
    expect((await t.running())?.served).toBe(1);
  });

  it("starts with FLOWS_DAEMON=auto in a script or CI, saying nothing", async ({ onTestFinished }) => {
    const t = await setUp("auto", onTestFinished);
    const ran = await t.flows(["fire", "--event", await t.newEvent()], { FLOWS_DAEMON: "auto", CI: "true" });
    expect(ran.code).toBe(0);
    expect(ran.err).not.toContain("starting `flows daemon`");
    expect(await t.running()).toBeDefined();
  });

  it("does not start for a script, in CI, or with FLOWS_DAEMON=manual or off", async ({ onTestFinished }) => {
    const t = await setUp("none", onTestFinished);
    const ran = await Promise.all([
      t.flows(["fire", "--event", await t.newEvent()]),
      t.atTerminal(["fire", "--event", await t.newEvent()], { CI: "true" }),
      t.atTerminal(["fire", "--event", await t.newEvent()], { FLOWS_DAEMON: "manual" }),
      t.atTerminal(["run", "release", "notes", "--event", await t.newEvent()], { FLOWS_DAEMON: "off" }),
    ]);
    expect(ran.map((each) => each.code)).toEqual([0, 0, 0, 0]);
    for (const each of ran) expect(each.out + each.err).not.toContain("starting `flows daemon`");
    expect(await t.noneStarted()).toBe(true);
  });

  it("does not start after a usage error (nothing ran)", async ({ onTestFinished }) => {
    const t = await setUp("usage", onTestFinished);
    const ran = await t.flows(["fire", "--no-such-option"], { FLOWS_DAEMON: "auto" });
    expect(ran.code).toBe(2);
    expect(await t.noneStarted()).toBe(true);
  });

  it("is started once by fires at the same moment: any second daemon ends, the one left serves", async ({ onTestFinished }) => {
    const t = await setUp("together", onTestFinished);
    const ran = await Promise.all([1, 2, 3].map(async () => t.flows(["fire", "--event", await t.newEvent()], { FLOWS_DAEMON: "auto" })));
    expect(ran.map((each) => each.code)).toEqual([0, 0, 0]);
    expect(await t.running()).toBeDefined();
    // Each fire started one; a daemon whose socket another took over ends within 2 s of it.
    let daemons = t.daemons();
    for (const until = Date.now() + 6_000; daemons.length !== 1 && Date.now() < until; await sleep(100)) daemons = t.daemons();
    expect(daemons).toHaveLength(1);
    // (A fire that ended after another had started a daemon went through it.)
    const before = await t.running();
    expect(before?.pid).toBe(daemons[0]);
    const served = await t.flows(["fire", "--event", await t.newEvent()], { FLOWS_DAEMON: "manual" });
    expect(served.code).toBe(0);
    expect(await t.running()).toMatchObject({ pid: daemons[0], served: before!.served + 1 });
  });

  it("replaces a daemon that was killed outright, whose socket was left behind", async ({ onTestFinished }) => {
    const t = await setUp("killed", onTestFinished);
    await t.flows(["fire", "--event", await t.newEvent()], { FLOWS_DAEMON: "auto" });
    const first = await t.running();
    expect(first).toBeDefined();
    kill(first!.pid, "SIGKILL");
    expect(await goneWithin(first!.pid, 5_000)).toBe(true);

    // The socket is still there, and nothing answers on it: the fire runs alone, then starts another.
    const ran = await t.flows(["fire", "--event", await t.newEvent()], { FLOWS_DAEMON: "auto" });
    expect(ran.code).toBe(0);
    expect(ran.err).not.toContain("starting `flows daemon`");
    expect(ran.out).toContain("ran=1");
    const second = await t.running();
    expect(second?.pid).not.toBe(first!.pid);
    expect(second?.served).toBe(0);
  });
});
