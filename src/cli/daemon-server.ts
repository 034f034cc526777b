// `flows daemon`: one Bun process kept running between commands, in which `flows fire` and
// `flows run` run when the launcher (src/cli/launcher.js) finds its socket. A command then costs
// a Bun start, a connection and the command's own work, with its code loaded and warm, instead
// of loading the CLI and running its planning code cold each time (BENCHMARKS.md, "Seed parity").
//
// A command runs as the client would run it: in the client's folder, with the client's
// environment (the command's and its steps'), umask and terminals (for colours); its output
// goes back over the socket, and the client's signals come the same way (a client that goes
// away is a SIGHUP). One command runs at a time (the environment and the folder belong to the
// process): a client that finds the daemon busy runs its command itself. A daemon whose build
// has changed since it started (an upgrade, a rebuild) refuses the next command and ends: the
// client runs that command itself.
import { EventEmitter } from "node:events";
import { rmSync, statSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import type { DaemonRequest } from "../generated/types.js";
import { validateDaemonRequest } from "../generated/validators.js";
import type { HostedOptions } from "./main.js";
import { forgetRepositories } from "../flows/manifest-paths.js";
import { forgetSharedSchemaRegistry } from "../flows/schemas.js";

type RunRequest = Extract<DaemonRequest, { kind: "run" }>;

/** What `flows daemon status` shows. */
export type DaemonStatus = {
  pid: number;
  socket: string;
  startedAt: string;
  /** Commands run since it started. */
  served: number;
  /** Whether a command is running now. */
  busy: boolean;
  idleMinutes: number;
};

/** A line the daemon sends back (the launcher reads them). */
export type DaemonReply =
  | { accepted: true }
  | { refused: "busy" | "stale" | "stopping" | "folder" }
  | { out: string }
  | { err: string }
  | { exit: number }
  | { status: DaemonStatus }
  | { stopping: true }
  | { error: string };

export type ServeOptions = {
  socket: string;
  idleMinutes: number;
  /** The files of the build this process runs: when one changes, the daemon refuses the next command and ends. */
  build: string[];
  /** Runs a command line (the CLI's main()). */
  run: (argv: string[], options: HostedOptions) => Promise<number>;
  /** The daemon's log (its standard error when started by `flows daemon start`). */
  log: (line: string) => void;
};

/** A first line longer than this is no request of the launcher's (its environment and arguments fit in far less). */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * Listens on `options.socket` until stopped (`flows daemon stop`, SIGTERM, SIGINT), idle for
 * `idleMinutes`, or its build changes. Resolves once it has stopped and removed its socket.
 */
export async function serveDaemon(options: ServeOptions): Promise<void> {
  const startedAt = new Date().toISOString();
  const builtAs = buildSignature(options.build);
  const home = process.cwd();
  let served = 0;
  let running: Promise<void> | undefined;
  /** The signals of the command running, if one is. */
  let current: EventEmitter | undefined;
  let stopping = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The socket's identity once listening (fileId): what `stop` removes, and what the daemon watches. */
  let socketId: string | undefined;
  const connections = new Set<Socket>();
  let stopped!: () => void;
  const done = new Promise<void>((resolve) => {
    stopped = resolve;
  });

  const server = createServer((socket) => {
    connections.add(socket);
    socket.on("close", () => connections.delete(socket));
    socket.on("error", () => {});
    handle(socket);
  });

  const stop = (why: string): void => {
    if (stopping) return;
    stopping = true;
    options.log(`stopping: ${why}`);
    if (idleTimer) clearTimeout(idleTimer);
    // Closing the server removes the socket's path, which may by now be another daemon's (started
    // after this one's was removed): then it is left open, unreachable, until the process ends.
    const own = (): boolean => socketId !== undefined && fileId(options.socket) === socketId;
    if (own()) server.close();
    void (running ?? Promise.resolve()).then(() => {
      if (own()) rmSync(options.socket, { force: true });
      for (const socket of connections) socket.destroy();
      stopped();
    });
  };
  const idleAgain = (): void => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stop(`idle for ${options.idleMinutes} minutes`), options.idleMinutes * 60_000);
    idleTimer.unref?.();
  };

  function handle(socket: Socket): void {
    let buffered: Buffer[] = [];
    let size = 0;
    let signals: EventEmitter | undefined;
    const send = (reply: DaemonReply): void => {
      if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}\n`);
    };
    const onLine = (line: string): void => {
      let request: unknown;
      try {
        request = JSON.parse(line);
      } catch {
        request = undefined;
      }
      // A command other than fire or run (which the launcher never sends) is refused: `daemon
      // serve` in its place would be a second daemon inside this one.
      if (!validateDaemonRequest(request) || (request.kind === "run" && request.argv[0] !== "fire" && request.argv[0] !== "run")) {
        send({ error: "not a request of the flows launcher" });
        socket.end();
        return;
      }
      if (request.kind === "signal") {
        signals?.emit(request.signal);
        return;
      }
      if (request.kind === "status") {
        send({ status: { pid: process.pid, socket: options.socket, startedAt, served, busy: running !== undefined, idleMinutes: options.idleMinutes } });
        socket.end();
        return;
      }
      if (request.kind === "stop") {
        send({ stopping: true });
        socket.end();
        stop("asked to (flows daemon stop)");
        return;
      }
      if (request.kind !== "run") return;
      if (stopping || running !== undefined) {
        send({ refused: stopping ? "stopping" : "busy" });
        socket.end();
        return;
      }
      if (buildSignature(options.build) !== builtAs) {
        send({ refused: "stale" });
        socket.end();
        stop("its build changed since it started");
        return;
      }
      signals = new EventEmitter();
      current = signals;
      if (idleTimer) clearTimeout(idleTimer);
      running = runFor(request, socket, signals, send).then((ran) => {
        running = undefined;
        current = undefined;
        if (ran) served += 1;
        if (!stopping) idleAgain();
      });
    };
    socket.on("data", (chunk: Buffer) => {
      let from = 0;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
        buffered.push(chunk.subarray(from, at));
        const line = Buffer.concat(buffered).toString("utf8");
        buffered = [];
        size = 0;
        from = at + 1;
        onLine(line);
      }
      if (from < chunk.length) {
        buffered.push(chunk.subarray(from));
        size += chunk.length - from;
        if (size > MAX_LINE_BYTES) {
          send({ error: `a request longer than ${MAX_LINE_BYTES} bytes` });
          socket.destroy();
        }
      }
    });
    // The client went away (killed, or its terminal closed) while its command ran: as a hangup.
    socket.on("close", () => signals?.emit("SIGHUP"));
  }

  /** Runs the command; false when it was refused (its folder is gone) and the client runs it. Never rejects. */
  async function runFor(request: RunRequest, socket: Socket, signals: EventEmitter, send: (reply: DaemonReply) => void): Promise<boolean> {
    try {
      process.chdir(request.cwd);
    } catch {
      // Gone, or not a folder: the client runs the command itself, and says so as it would.
      send({ refused: "folder" });
      socket.end();
      return false;
    }
    replaceEnvironment(request.env);
    // What earlier commands learnt of the files (compiled trigger schemas, which folders are
    // repositories) is read again: the flows may have been edited since. Validators of
    // self-contained schemas are kept by their content (an edit is new content): the files are
    // read again, not compiled again.
    forgetSharedSchemaRegistry({ keepSelfContained: true });
    forgetRepositories();
    const umask = process.umask(request.umask);
    send({ accepted: true });
    let ended = false;
    const exit = (code: number): void => {
      if (ended) return;
      ended = true;
      send({ exit: code });
      socket.end();
    };
    try {
      exit(
        await options.run(request.argv, {
          env: process.env,
          out: (text) => send({ out: text }),
          err: (text) => send({ err: text }),
          signals,
          exit,
          terminals: { stdout: request.stdout, stderr: request.stderr },
        }),
      );
    } catch (error) {
      // main() answers every failure with a message and a code; this is only for what it did not.
      options.log(`a command failed unanswered: ${error instanceof Error ? error.message : String(error)}`);
      send({ err: "flows: the flows daemon could not run the command; run it again with FLOWS_DAEMON=off.\n" });
      exit(1);
    } finally {
      process.umask(umask);
      process.chdir(home);
    }
    return true;
  }

  // Stopped by a signal (a shutdown, Ctrl-C on `flows daemon serve`): the command it runs gets the
  // signal too, as it would in a terminal, so its steps are stopped and recorded as canceled.
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
    process.on(signal, () => {
      current?.emit(signal);
      stop(`received ${signal}`);
    });
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.socket, () => {
      server.off("error", reject);
      resolve();
    });
  });
  options.log(`listening on ${options.socket} (pid ${process.pid})`);
  idleAgain();
  // A socket removed (its folder deleted, another daemon started in its place) leaves this one
  // unreachable: it ends rather than wait out its idle time.
  socketId = fileId(options.socket);
  const watch = setInterval(() => {
    if (fileId(options.socket) !== socketId) stop("its socket was removed or replaced");
  }, SOCKET_CHECK_MS);
  watch.unref?.();
  void done.then(() => clearInterval(watch));
  return done;
}

/** How often the daemon looks that its socket is still its own. */
const SOCKET_CHECK_MS = 2000;

/** A file's identity: device, inode and change time (an inode freed by a removal is soon another file's). */
function fileId(path: string): string {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}:${info.ctimeNs}`;
  } catch {
    return "gone";
  }
}

/** The environment of this process becomes `env`: what the command's modules read from process.env, and what its steps start from. */
function replaceEnvironment(env: Record<string, string | undefined>): void {
  for (const name of Object.keys(process.env)) if (!Object.hasOwn(env, name)) delete process.env[name];
  Object.assign(process.env, env);
}

/** The build's files as they are now: each one's identity (fileId), "gone" for one that is missing. */
function buildSignature(files: readonly string[]): string {
  return files.map(fileId).join(" ");
}
