// `flows daemon` (src/cli/daemon-server.ts, the launcher's client in src/cli/launcher.js): a
// command run through it prints, exits and records as it would alone, in the client's folder
// and environment, with the flows as they are now; the client's signals reach it; and whatever
// goes wrong with the daemon (busy, killed, rebuilt, idle) leaves the command to run on its own.
// Real processes throughout: a copy of the shipped CLI (so its build can change under a daemon
// without touching dist/), real daemons in folders of their own, real steps.
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goneWithin, kill, sleep, sleeperStep } from "../helpers/cli-process.js";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

const ROOT = resolve(".");

type Ran = { code: number | null; signal: NodeJS.Signals | null; out: string; err: string };
type Started = { child: ChildProcess; done: Promise<Ran> };

let base: string;
let launcher: string;

beforeAll(async () => {
  await ensureFreshDist();
  base = await mkdtemp(join(tmpdir(), "flows-daemon-test-"));
  launcher = await copyOfPackage("pkg");
}, DIST_BUILD_WAIT_MS);

/**
 * A copy of the package's CLI with the project's node_modules (its Bun): a package of its own, so
 * daemons of its own, whose build a test may change. Returns its launcher.
 */
async function copyOfPackage(name: string): Promise<string> {
  const pkg = join(base, name);
  await mkdir(join(pkg, "dist"), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(pkg, "node_modules"));
  await writeFile(join(pkg, "package.json"), JSON.stringify({ name: "flows-action", version: "9.9.9", type: "module" }));
  await cp(join(ROOT, "dist", "cli"), join(pkg, "dist", "cli"), { recursive: true });
  return join(pkg, "dist", "cli", "index.js");
}

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A daemon folder and a repository of the test's own; `stop` ends the daemon if one runs. */
async function setUp(name: string, cli = launcher) {
  const daemonDir = await mkdtemp(join(base, "d-"));
  const repo = join(base, name);
  await mkdir(repo, { recursive: true });
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, FLOWS_DAEMON_DIR: daemonDir };
  const start = (args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Started => {
    const child = spawn(cli, args, { cwd: options.cwd ?? repo, env: { ...env, ...options.env }, detached: true, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr!.on("data", (chunk) => {
      err += chunk;
    });
    child.stdin!.end(options.input ?? "");
    const done = new Promise<Ran>((settle) => child.once("close", (code, signal) => settle({ code, signal, out, err })));
    return { child, done };
  };
  const flows = (args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Promise<Ran> => start(args, options).done;
  const served = async (): Promise<number | undefined> => {
    const status = await flows(["daemon", "status", "--json"]);
    const document = JSON.parse(status.out) as { running: boolean; served?: number };
    return document.running ? document.served : undefined;
  };
  const started = async (extra: NodeJS.ProcessEnv = {}): Promise<void> => {
    const ran = await flows(["daemon", "start"], { env: extra });
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toContain("flows daemon: started");
  };
  const stop = async (): Promise<void> => {
    await flows(["daemon", "stop"]);
  };
  return { daemonDir, repo, env, start, flows, served, started, stop };
}

type Finished = (done: () => Promise<void>) => void;

/** setUp, with a daemon started; stopped when the test has finished. */
async function withDaemon(onTestFinished: Finished, name: string, extra: NodeJS.ProcessEnv = {}, cli = launcher) {
  const test = await setUp(name, cli);
  onTestFinished(test.stop);
  await test.started(extra);
  return test;
}

async function writeEvent(repo: string, file: string, event: unknown): Promise<string> {
  const path = join(repo, file);
  await writeFile(path, JSON.stringify(event));
  return path;
}

/** Output with what differs from run to run (durations, the event's tag) made the same. */
function normalised(text: string): string {
  return text.replace(/\d+ ms/g, "N ms").replace(/v\d+/g, "vN");
}

describe.concurrent("flows daemon", () => {
  it("runs `flows fire` as it runs alone: the same output, exit code and record", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "same");
    await writeFlow(t.repo, { name: "release", steps: [{ name: "notes", trigger: "upstream.release", source: rawStep("completed", "notes written") }] });
    await writeFlow(t.repo, {
      name: "broken",
      steps: [{ name: "fails", trigger: "upstream.release", source: 'export default async function run() { return { status: "failed", message: "no notes" }; }\n' }],
    });
    await writeEvent(t.repo, "one.json", flowEvent("upstream.release", "test:upstream.release:v1", { tag: "v1" }));
    await writeEvent(t.repo, "two.json", flowEvent("upstream.release", "test:upstream.release:v2", { tag: "v2" }));
    const through = await t.flows(["fire", "--event", "one.json", "--no-color"]);
    expect(await t.served()).toBe(1);
    const alone = await t.flows(["fire", "--event", "two.json", "--no-color"], { env: { FLOWS_DAEMON: "off" } });
    expect(await t.served(), await daemonLog(t.daemonDir)).toBe(1);
    expect(through.code).toBe(1);
    expect(alone.code).toBe(1);
    expect(normalised(through.out)).toBe(normalised(alone.out));
    // Steps run side by side: their lines come in either order.
    const lines = (text: string) => normalised(text).split("\n").sort();
    expect(lines(through.err)).toEqual(lines(alone.err));
    expect(through.out).toContain("no notes");
    // Recorded alike: a second delivery runs the failed step again and not the one that completed.
    const outcome = (ran: Ran) => {
      const { status, matched, runs } = JSON.parse(ran.out) as { status: string; matched: number; runs: Array<{ flowName: string; processStatus: string }> };
      return { status, matched, runs: runs.map((run) => `${run.flowName} ${run.processStatus}`).sort() };
    };
    const againThrough = outcome(await t.flows(["fire", "--event", "one.json", "--json"]));
    const againAlone = outcome(await t.flows(["fire", "--event", "two.json", "--json"], { env: { FLOWS_DAEMON: "off" } }));
    expect(againThrough).toEqual(againAlone);
    expect(againThrough.matched).toBe(1);
    expect(await t.served()).toBe(2);
    const shown = await t.flows(["show", "test:upstream.release:v1", "--json"], { env: { FLOWS_DAEMON: "off" } });
    expect(shown.code, shown.err).toBe(0);
  });

  it("gives steps the client's environment and folder, and reads relative paths from that folder", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "client-env");
    const source = [
      "const context = JSON.parse(await Bun.stdin.text());",
      'const seen = process.env.SEEN ?? "-";',
      'const daemonDir = process.env.FLOWS_DAEMON_DIR === undefined ? "unset" : "set";',
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "seen=" + seen + " daemon=" + daemonDir }));',
    ].join("\n");
    await writeFlow(t.repo, { name: "env", steps: [{ name: "show", trigger: "t", source }] });
    await mkdir(join(t.repo, "sub"));
    await writeEvent(t.repo, "sub/a.json", flowEvent("t", "test:t:a"));
    await writeEvent(t.repo, "sub/b.json", flowEvent("t", "test:t:b"));
    const fire = (event: string, seen: string) => t.flows(["fire", "--repo", "..", "--event", event, "--state-dir", "state-here", "--no-color"], { cwd: join(t.repo, "sub"), env: { SEEN: seen } });
    const first = await fire("a.json", "first");
    const second = await fire("b.json", "second");
    expect(await t.served()).toBe(2);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("seen=first daemon=set");
    expect(second.out).toContain("seen=second");
    expect(existsSync(join(t.repo, "sub", "state-here"))).toBe(true);
    // A variable the first client had and the second did not is gone for the second.
    const third = await t.flows(["fire", "--event", join(t.repo, "sub", "a.json"), "--state", "none", "--no-color"]);
    expect(third.out).toContain("seen=- ");
  });

  it("reads the flows again for each command: an edited schema and a new flow count at once", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "edited");
    const schema = { type: "object", required: ["tag"], properties: { tag: { type: "string", pattern: "^v1" } } };
    await writeFlow(t.repo, { name: "release", steps: [{ name: "notes", trigger: "upstream.release", schema, source: rawStep("completed", "first version") }] });
    await writeEvent(t.repo, "e.json", flowEvent("upstream.release", "test:r:1", { tag: "v1.0" }));
    const before = await t.flows(["fire", "--event", "e.json", "--state", "none", "--json"]);
    expect(JSON.parse(before.out)).toMatchObject({ matched: 1 });
    // The schema now wants v2 tags, and a second flow appears.
    await writeFlow(t.repo, {
      name: "release",
      steps: [{ name: "notes", trigger: "upstream.release", schema: { ...schema, properties: { tag: { type: "string", pattern: "^v2" } } }, source: rawStep("completed", "second version") }],
    });
    await writeFlow(t.repo, { name: "added", steps: [{ name: "go", trigger: "upstream.release", source: rawStep("completed", "added ran") }] });
    const after = await t.flows(["fire", "--event", "e.json", "--state", "none", "--no-color"]);
    expect(await t.served()).toBe(2);
    expect(after.out).toContain("added ran");
    expect(after.out).not.toContain("first version");
    expect(after.out).not.toContain("second version");
  });

  it("passes Ctrl-C on: the step is stopped and recorded as canceled, the exit code is 130, and the daemon serves the next command", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "interrupted");
    const pidFile = join(t.repo, "step.pid");
    await writeFlow(t.repo, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: sleeperStep(pidFile, join(t.repo, "done")) }] });
    await writeEvent(t.repo, "e.json", flowEvent("t", "test:t:slow"));
    const running = t.start(["fire", "--event", "e.json", "--no-color"]);
    const pid = await stepPid(pidFile);
    kill(running.child.pid!, "SIGINT");
    const ran = await running.done;
    expect(ran.code).toBe(130);
    expect(ran.err).toContain("received SIGINT: stopping");
    expect(await goneWithin(pid, 5000)).toBe(true);
    const shown = await t.flows(["show", "test:t:slow", "--json"]);
    expect(shown.out).toContain('"canceled"');
    expect(await t.served()).toBe(1);
    await writeEvent(t.repo, "next.json", flowEvent("t", "test:t:next"));
    await rm(pidFile);
    await writeFlow(t.repo, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: rawStep("completed", "quick now") }] });
    const next = await t.flows(["fire", "--event", "next.json", "--no-color"]);
    expect(next.out).toContain("quick now");
    expect(await t.served()).toBe(2);
  });

  it("passes its own SIGTERM to the command it runs, then ends", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "daemon-terminated");
    const pidFile = join(t.repo, "step.pid");
    await writeFlow(t.repo, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: sleeperStep(pidFile, join(t.repo, "done")) }] });
    await writeEvent(t.repo, "e.json", flowEvent("t", "test:t:terminated"));
    const daemon = JSON.parse((await t.flows(["daemon", "status", "--json"])).out) as { pid: number };
    const running = t.start(["fire", "--event", "e.json", "--no-color"]);
    const pid = await stepPid(pidFile);
    kill(daemon.pid, "SIGTERM");
    const ran = await running.done;
    expect(ran.code).toBe(143);
    expect(ran.err).toContain("received SIGTERM: stopping");
    expect(await goneWithin(pid, 5000)).toBe(true);
    expect(await goneWithin(daemon.pid, 5000)).toBe(true);
    const shown = await t.flows(["show", "test:t:terminated", "--json"]);
    expect(shown.out).toContain('"canceled"');
  });

  it("stops the step when the client is killed outright", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "killed-client");
    const pidFile = join(t.repo, "step.pid");
    await writeFlow(t.repo, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: sleeperStep(pidFile, join(t.repo, "done")) }] });
    await writeEvent(t.repo, "e.json", flowEvent("t", "test:t:killed"));
    const running = t.start(["fire", "--event", "e.json"]);
    const pid = await stepPid(pidFile);
    kill(running.child.pid!, "SIGKILL");
    await running.done;
    expect(await goneWithin(pid, 5000)).toBe(true);
    for (let waited = 0; waited < 5000 && (await t.flows(["daemon", "status"])).out.includes("one running now"); waited += 50) await sleep(50);
    expect((await t.flows(["daemon", "status"])).out).not.toContain("one running now");
  });

  it("leaves a command to run on its own while it runs another, and one whose event comes from standard input", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "busy");
    const started = join(t.repo, "started");
    const release = join(t.repo, "release");
    const held = [
      'import { existsSync, writeFileSync } from "node:fs";',
      "const context = JSON.parse(await Bun.stdin.text());",
      `if (context.flow.event.id === "test:t:held") { writeFileSync(${JSON.stringify(started)}, ""); while (!existsSync(${JSON.stringify(release)})) await Bun.sleep(20); }`,
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "done " + context.flow.event.id }));',
    ].join("\n");
    await writeFlow(t.repo, { name: "hold", steps: [{ name: "step", trigger: "t", source: held }] });
    await writeEvent(t.repo, "held.json", flowEvent("t", "test:t:held"));
    await writeEvent(t.repo, "other.json", flowEvent("t", "test:t:other"));
    const holding = t.start(["fire", "--event", "held.json", "--no-color"]);
    for (let waited = 0; !existsSync(started); waited += 20) {
      if (waited > 20_000) throw new Error("the held step never started");
      await sleep(20);
    }
    const other = await t.flows(["fire", "--event", "other.json", "--no-color"]);
    expect(other.code, other.err).toBe(0);
    expect(other.out).toContain("done test:t:other");
    const piped = await t.flows(["fire", "--event", "-", "--no-color"], { input: JSON.stringify(flowEvent("t", "test:t:piped")) });
    expect(piped.code, piped.err).toBe(0);
    expect(piped.out).toContain("done test:t:piped");
    await writeFile(release, "");
    const first = await holding.done;
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("done test:t:held");
    expect(await t.served()).toBe(1);
  });

  it("runs each of eight commands started at once exactly once, through it or on their own", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "eight-at-once");
    const counter = join(t.repo, "ran.log");
    const source = [
      'import { appendFileSync } from "node:fs";',
      "const context = JSON.parse(await Bun.stdin.text());",
      `appendFileSync(${JSON.stringify(counter)}, context.flow.event.id + "\\n");`,
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "ran " + context.flow.event.id }));',
    ].join("\n");
    await writeFlow(t.repo, { name: "count", steps: [{ name: "step", trigger: "t", source }] });
    const ids = Array.from({ length: 8 }, (_, index) => `test:t:at-once-${index}`);
    await Promise.all(ids.map((id, index) => writeEvent(t.repo, `e${index}.json`, flowEvent("t", id))));
    const runs = await Promise.all(ids.map((_, index) => t.flows(["fire", "--event", `e${index}.json`, "--no-color"])));
    for (const [index, ran] of runs.entries()) {
      expect(ran.code, ran.err).toBe(0);
      expect(ran.out).toContain(`ran ${ids[index]}`);
    }
    expect((await readFile(counter, "utf8")).trim().split("\n").sort()).toEqual([...ids].sort());
    const served = await t.served();
    expect(served).toBeGreaterThanOrEqual(1);
    expect(served).toBeLessThanOrEqual(8);
  });

  it("ends when its build changes, and the command it refused runs on its own", async ({ onTestFinished }) => {
    const cli = await copyOfPackage("rebuilt-pkg");
    const t = await withDaemon(onTestFinished, "rebuilt", {}, cli);
    await writeFlow(t.repo, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed", "ran") }] });
    await writeEvent(t.repo, "e.json", flowEvent("t", "test:t:rebuilt"));
    const fireBuild = join(cli, "..", "bun", "fire.js");
    const later = new Date(Date.now() + 60_000);
    await utimes(fireBuild, later, later);
    const ran = await t.flows(["fire", "--event", "e.json", "--state", "none", "--no-color"]);
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toContain("ran");
    expect(await t.served()).toBeUndefined();
    expect(await daemonLog(t.daemonDir)).toContain("its build changed since it started");
  });

  it("passes over the socket of a daemon that was killed, and starts again in its place", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "killed-daemon");
    const status = JSON.parse((await t.flows(["daemon", "status", "--json"])).out) as { pid: number; socket: string };
    kill(status.pid, "SIGKILL");
    expect(await goneWithin(status.pid, 5000)).toBe(true);
    expect(existsSync(status.socket)).toBe(true);
    await writeFlow(t.repo, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed", "ran alone") }] });
    await writeEvent(t.repo, "e.json", flowEvent("t", "test:t:orphan"));
    const ran = await t.flows(["fire", "--event", "e.json", "--state", "none", "--no-color"]);
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toContain("ran alone");
    expect((await t.flows(["daemon", "status"])).out).toContain("not running");
    await t.started();
    expect(await t.served()).toBe(0);
  });

  it("ends when its socket is removed (its folder deleted), and leaves alone a socket put in its place", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "socket-removed");
    const first = JSON.parse((await t.flows(["daemon", "status", "--json"])).out) as { pid: number; socket: string };
    await rm(first.socket);
    await t.started();
    const second = JSON.parse((await t.flows(["daemon", "status", "--json"])).out) as { pid: number; socket: string };
    expect(second.pid).not.toBe(first.pid);
    expect(await goneWithin(first.pid, 10_000)).toBe(true);
    expect(existsSync(second.socket)).toBe(true);
    expect(await t.served()).toBe(0);
  });

  it("ends after the idle time without a command, removing its socket", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "idle", { FLOWS_DAEMON_IDLE_MINUTES: "0.01" });
    const status = JSON.parse((await t.flows(["daemon", "status", "--json"])).out) as { pid: number; socket: string };
    expect(await goneWithin(status.pid, 10_000)).toBe(true);
    expect(existsSync(status.socket)).toBe(false);
  });

  it("answers a request the launcher never sends (not JSON, another command, a wrong shape) with an error, and serves on", async ({ onTestFinished }) => {
    const t = await withDaemon(onTestFinished, "hostile-requests");
    const { socket } = JSON.parse((await t.flows(["daemon", "status", "--json"])).out) as { socket: string };
    const ask = (line: string) =>
      new Promise<string>((settle) => {
        const connection = createConnection(socket);
        let text = "";
        connection.on("connect", () => connection.write(line));
        connection.on("data", (chunk) => {
          text += chunk;
        });
        connection.on("close", () => settle(text));
        connection.on("error", () => settle(text));
      });
    const run = { kind: "run", cwd: t.repo, env: { PATH: process.env.PATH ?? "" }, umask: 18, stdout: false, stderr: false };
    for (const line of ["not json\n", `${JSON.stringify({ ...run, argv: ["daemon", "serve"] })}\n`, `${JSON.stringify({ ...run, argv: [] })}\n`, `${JSON.stringify({ kind: "run" })}\n`]) {
      expect(JSON.parse(await ask(line))).toEqual({ error: "not a request of the flows launcher" });
    }
    await writeFlow(t.repo, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed", "still served") }] });
    await writeEvent(t.repo, "e.json", flowEvent("t", "test:t:after-hostile"));
    const ran = await t.flows(["fire", "--event", "e.json", "--state", "none", "--no-color"]);
    expect(ran.out).toContain("still served");
    expect(await t.served()).toBe(1);
    // Colours as the client's terminals take them: both terminals, or none.
    const fired = (terminals: boolean) => ask(`${JSON.stringify({ ...run, argv: ["fire", "--event", "e.json", "--state", "none"], stdout: terminals, stderr: terminals })}\n`);
    const outputOf = (text: string) =>
      text
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { out?: string })
        .map((reply) => reply.out ?? "")
        .join("");
    expect(outputOf(await fired(true))).toContain("\u001b[1mevent test:t:after-hostile");
    expect(outputOf(await fired(false))).not.toContain("\u001b[");
  });

  it("passes two Ctrl-Cs to a daemon that does not answer, and exits by itself on the third", async () => {
    const t = await setUp("wedged");
    const { socket } = JSON.parse((await t.flows(["daemon", "status", "--json"])).out) as { socket: string };
    await writeFlow(t.repo, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    await writeEvent(t.repo, "e.json", flowEvent("t", "test:t:wedged"));
    // A stand-in daemon that takes the command and then says nothing more.
    const lines: string[] = [];
    const server = createServer((connection) => {
      connection.on("data", (chunk) => {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        if (lines.length === 1) connection.write(`${JSON.stringify({ accepted: true })}\n`);
      });
    });
    await new Promise<void>((listening) => server.listen(socket, listening));
    try {
      const running = t.start(["fire", "--event", "e.json"]);
      for (let waited = 0; lines.length === 0; waited += 20) {
        if (waited > 20_000) throw new Error("the client never connected");
        await sleep(20);
      }
      await sleep(200);
      for (let sent = 0; sent < 3; sent += 1) {
        kill(running.child.pid!, "SIGINT");
        await sleep(400);
      }
      const ran = await running.done;
      expect(ran.code).toBe(130);
      expect(ran.err).toContain("the daemon has not ended the command: exiting now");
      expect(lines.slice(1).map((line) => JSON.parse(line))).toEqual([
        { kind: "signal", signal: "SIGINT" },
        { kind: "signal", signal: "SIGINT" },
      ]);
    } finally {
      server.close();
    }
  });

  it("refuses a folder other users can enter, and names it", async () => {
    const t = await setUp("open-folder");
    await chmod(t.daemonDir, 0o755);
    const ran = await t.flows(["daemon", "start"]);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain(`${t.daemonDir} can be used by other users (mode 755)`);
    expect(ran.err).toContain("FLOWS_DAEMON_DIR");
    expect(ran.err).not.toMatch(/\n\s+at /);
  });
});

async function daemonLog(dir: string): Promise<string> {
  const name = readdirSync(dir).find((file) => file.endsWith(".log"));
  return name === undefined ? "(no log)" : readFile(join(dir, name), "utf8");
}

async function stepPid(pidFile: string): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 25) {
    const text = existsSync(pidFile) ? (await readFile(pidFile, "utf8")).trim() : "";
    if (text !== "") return Number(text);
    await sleep(25);
  }
  throw new Error("the step never started");
}
