// `flows daemon start|stop|status|serve` (src/cli/daemon-server.ts is the daemon itself).
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { isAbsolute, join } from "node:path";
import type { CliContext } from "./commands.js";
import type { DaemonReply, DaemonStatus } from "./daemon-server.js";
import { CommandFailed } from "./failure.js";
import { EXIT, UsageError } from "./usage.js";
import { flowsActionPackageDir } from "../runners/find-bun.js";

export const DAEMON_ACTIONS = ["start", "stop", "status", "serve"] as const;

/** Minutes without a command after which the daemon ends (FLOWS_DAEMON_IDLE_MINUTES changes it). */
const IDLE_MINUTES = 30;
/** How long `start` waits for the daemon to answer, and `stop` for it to end. */
const WAIT_MS = 10_000;
/** The longest path a Unix socket can have (sun_path, with its NUL: 108 bytes on Linux, 104 on macOS). */
const MAX_SOCKET_PATH = 103;

type Where = { dir: string; socket: string; log: string; packageDir: string };

type BunGlobal = { hash(text: string): bigint | number };

export async function daemonCommand(ctx: CliContext, action: string | undefined): Promise<number> {
  if (action === undefined || !(DAEMON_ACTIONS as readonly string[]).includes(action)) {
    throw new UsageError(
      action === undefined ? "flows daemon needs what to do: start, stop, status or serve." : `unknown daemon action "${action}": use start, stop, status or serve.`,
      "daemon",
    );
  }
  const where = daemonWhere(ctx.env);
  if (action === "status") return status(ctx, where);
  if (action === "stop") return stop(ctx, where);
  if (action === "start") return start(ctx, where);
  return serve(ctx, where);
}

/**
 * Where the daemon of this flows-action install and this user listens, and logs: the launcher
 * finds the socket the same way (daemonSocket in src/cli/launcher.js).
 */
export function daemonWhere(env: NodeJS.ProcessEnv): Where {
  const bun = (globalThis as { Bun?: BunGlobal }).Bun;
  if (bun === undefined || process.platform === "win32") {
    throw new CommandFailed("flows daemon runs on Bun, on Linux and macOS: install Bun (npm install bun, or https://bun.sh), and run flows again.");
  }
  const found = flowsActionPackageDir();
  if (found === undefined) throw new CommandFailed("flows daemon could not find the flows-action package it belongs to (no package.json named flows-action above its code).");
  const packageDir = realpathSync(found);
  // Joined as the launcher joins them (no node:path there): the same file, whatever the slashes.
  const dir = env.FLOWS_DAEMON_DIR || `${env.XDG_RUNTIME_DIR || env.TMPDIR || "/tmp"}/flows-daemon-${process.getuid?.() ?? 0}`;
  if (!isAbsolute(dir)) {
    throw new CommandFailed(`flows daemon's folder ${dir} is not an absolute path (from ${env.FLOWS_DAEMON_DIR ? "FLOWS_DAEMON_DIR" : env.XDG_RUNTIME_DIR ? "XDG_RUNTIME_DIR" : "TMPDIR"}): set FLOWS_DAEMON_DIR to an absolute one.`);
  }
  const name = bun.hash(packageDir).toString(36);
  return { dir, socket: `${dir}/${name}.sock`, log: `${dir}/${name}.log`, packageDir };
}

async function status(ctx: CliContext, where: Where): Promise<number> {
  const reply = await ask(where.socket, "status");
  const running = reply !== undefined && "status" in reply ? reply.status : undefined;
  if (ctx.json) {
    ctx.out(`${JSON.stringify(running === undefined ? { running: false, socket: where.socket } : { running: true, ...running, log: where.log })}\n`);
  } else if (running === undefined) {
    ctx.out(`flows daemon: not running (${ctx.invocation} daemon start starts it).\n`);
  } else {
    ctx.out(statusText(running, where));
  }
  return EXIT.ok;
}

function statusText(status: DaemonStatus, where: Where): string {
  return (
    `flows daemon: running (pid ${status.pid}) since ${status.startedAt}; ${status.served} command${status.served === 1 ? "" : "s"} run${status.busy ? ", one running now" : ""}.\n` +
    `  socket: ${status.socket}\n  log: ${where.log}\n  ends after ${status.idleMinutes} minutes without a command.\n`
  );
}

async function stop(ctx: CliContext, where: Where): Promise<number> {
  const reply = await ask(where.socket, "stop");
  if (reply === undefined) {
    ctx.out("flows daemon: not running.\n");
    return EXIT.ok;
  }
  const until = Date.now() + WAIT_MS;
  while (existsSync(where.socket) && Date.now() < until) await sleep(20);
  if (existsSync(where.socket)) {
    ctx.out(`flows daemon: stopping once the command it runs has ended (${where.socket} is removed then).\n`);
    return EXIT.ok;
  }
  ctx.out("flows daemon: stopped.\n");
  return EXIT.ok;
}

async function start(ctx: CliContext, where: Where): Promise<number> {
  const before = await ask(where.socket, "status");
  if (before !== undefined && "status" in before) {
    ctx.out(`flows daemon: already running (pid ${before.status.pid}); \`flows fire\` and \`flows run\` go through it.\n`);
    return EXIT.ok;
  }
  const launcher = join(where.packageDir, "dist", "cli", "index.js");
  const builds = [launcher, join(where.packageDir, "dist", "cli", "bun", "main.js")];
  const missing = builds.find((file) => !existsSync(file));
  if (missing !== undefined) throw new CommandFailed(`flows daemon runs the built CLI, and ${missing} is missing: run \`npm run bundle\` in ${where.packageDir} first.`);
  checkFolder(where);
  const log = openSync(where.log, "a", 0o600);
  const { spawn } = await import("node:child_process");
  // With JavaScriptCore's optimising tier off, as the launcher runs every command (unless you set
  // it): compiling on another core takes CPU from the steps running (BENCHMARKS.md, "Seed parity").
  // The launcher takes both variables out of the daemon's environment once it has started.
  const jit = process.env.BUN_JSC_useDFGJIT === undefined ? { BUN_JSC_useDFGJIT: "0", FLOWS_CLI_JIT: "set" } : {};
  const child = spawn(process.execPath, [launcher, "daemon", "serve"], { cwd: "/", env: { ...process.env, ...jit }, detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });
  child.once("error", () => {
    exited = -1;
  });
  child.unref();
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until && exited === undefined) {
    const reply = await ask(where.socket, "status");
    if (reply !== undefined && "status" in reply) {
      ctx.out(
        `flows daemon: started (pid ${reply.status.pid}); \`flows fire\` and \`flows run\` go through it until it has had no command for ${reply.status.idleMinutes} minutes ` +
          `(\`${ctx.invocation} daemon stop\` ends it; FLOWS_DAEMON=off runs a command without it).\n  socket: ${where.socket}\n  log: ${where.log}\n`,
      );
      return EXIT.ok;
    }
    await sleep(20);
  }
  throw new CommandFailed(`flows daemon did not start${exited === undefined ? ` within ${WAIT_MS / 1000} s` : ""}. Its log (${where.log}) ends:\n${logTail(where.log)}`);
}

async function serve(ctx: CliContext, where: Where): Promise<number> {
  const running = await ask(where.socket, "status");
  if (running !== undefined && "status" in running) throw new CommandFailed(`flows daemon is already running (pid ${running.status.pid}) on ${where.socket}.`);
  checkFolder(where);
  // A socket left by a daemon that was killed: nothing answers on it.
  rmSync(where.socket, { force: true });
  const build = ["index.js", "bun/main.js", "bun/main.js.jsc", "bun/fire.js", "bun/fire.js.jsc"].map((file) => join(where.packageDir, "dist", "cli", file));
  const idle = Number(ctx.env.FLOWS_DAEMON_IDLE_MINUTES);
  const [{ serveDaemon }, { runCommandLine }] = await Promise.all([import("./daemon-server.js"), import("./main.js")]);
  await serveDaemon({
    socket: where.socket,
    idleMinutes: Number.isFinite(idle) && idle > 0 ? idle : IDLE_MINUTES,
    build,
    run: runCommandLine,
    log: (line) => ctx.err(`${new Date().toISOString()} flows daemon: ${line}\n`),
  });
  return EXIT.ok;
}

/**
 * The daemon's folder must be one only this user can enter: anyone who can reach the socket can
 * run commands as this user. Made with mode 700 when missing; refused when it is a link, another
 * user's, or open to others.
 */
function checkFolder(where: Where): void {
  if (Buffer.byteLength(where.socket) > MAX_SOCKET_PATH) {
    throw new CommandFailed(`The daemon's socket path ${where.socket} is longer than a socket path can be (${MAX_SOCKET_PATH} bytes): set FLOWS_DAEMON_DIR to a shorter folder of yours.`);
  }
  mkdirSync(where.dir, { recursive: true, mode: 0o700 });
  const info = lstatSync(where.dir);
  const uid = process.getuid?.();
  const problem = !info.isDirectory()
    ? "is not a folder"
    : uid !== undefined && info.uid !== uid
      ? `belongs to another user (uid ${info.uid})`
      : (info.mode & 0o077) !== 0
        ? `can be used by other users (mode ${(info.mode & 0o777).toString(8)})`
        : undefined;
  if (problem !== undefined) {
    throw new CommandFailed(
      `${where.dir} ${problem}: flows daemon keeps its socket in a folder only you can use, as whoever reaches the socket runs commands as you. ` +
        `Remove it, or set FLOWS_DAEMON_DIR to a folder of yours with mode 700.`,
    );
  }
}

/** Sends one request and returns the daemon's first reply; undefined when no daemon answers. */
function ask(socket: string, kind: "status" | "stop"): Promise<DaemonReply | undefined> {
  if (!existsSync(socket)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const connection = createConnection(socket);
    let text = "";
    const settle = (reply: DaemonReply | undefined): void => {
      clearTimeout(timer);
      connection.destroy();
      resolve(reply);
    };
    const timer = setTimeout(() => settle(undefined), WAIT_MS);
    connection.on("connect", () => connection.write(`${JSON.stringify({ kind })}\n`));
    connection.on("data", (chunk) => {
      text += chunk.toString("utf8");
      const end = text.indexOf("\n");
      if (end === -1) return;
      try {
        settle(JSON.parse(text.slice(0, end)) as DaemonReply);
      } catch {
        settle(undefined);
      }
    });
    connection.on("error", () => settle(undefined));
    connection.on("close", () => settle(undefined));
  });
}

function logTail(log: string): string {
  try {
    return readFileSync(log, "utf8").split("\n").slice(-12).join("\n");
  } catch {
    return "(no log)";
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
