import { fstatSync, statSync, writeSync } from "node:fs";
import { diskProblem } from "../disk-problems.js";

// On Bun, the first use of process.stdout or process.stderr loads Node's stream modules, 8-13 ms
// of a `flows` start that is otherwise about 60 ms (BENCHMARKS.md, "Seed parity"). The CLI writes
// whole lines and exits when done, so on Bun it writes them to the file descriptor directly. On
// Node the streams are part of the start anyway.
//
// Writes are batched: one system call per line made `flows fire` with a step printing 10 million
// short lines take 26 s, against 2 s with --json (writeSync and its Buffer per line were most of
// it). What is written waits in one buffer shared by both streams until it holds BATCH_CHARS, the
// event loop turns (so a step's lines still show as it prints them), the other stream is written
// (so standard output and error keep their order on one terminal), `settled` is awaited, or the
// process exits.

const onBun = typeof (globalThis as { Bun?: unknown }).Bun !== "undefined";
/** A word to wait on for a millisecond when the terminal is not ready (Atomics.wait needs one). */
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Text held for one stream before it is written at once. */
const BATCH_CHARS = 64 * 1024;

/**
 * Standard output or error for the CLI. A write never throws: the first error (the reader gone,
 * EPIPE, as in `flows list | head -1`; a full disk, ENOSPC) is kept in `failure` and what follows
 * is dropped, so the command still finishes its work (steps recorded, the store saved) and its
 * exit code can say what happened to the output.
 */
export type TerminalWriter = {
  write: (text: string) => void;
  /** Resolves once everything written so far is written or has failed; `failure` is then final. */
  settled: () => Promise<void>;
  readonly failure: NodeJS.ErrnoException | undefined;
};

/** One per stream for the process: a failed stream stays failed, and Node's gets one listener. */
const writers = new Map<1 | 2, TerminalWriter>();

/**
 * The writer for standard output (1) or standard error (2). `closed`: the stream was closed when
 * the process started (the runtime put /dev/null in its place), so the first write fails.
 */
export function terminalWriter(fd: 1 | 2, closed = false): TerminalWriter {
  const writer = writers.get(fd) ?? (closed ? closedWriter() : newWriter(fd));
  writers.set(fd, writer);
  return writer;
}

/** Text written and not yet handed to its stream: of one stream at a time. */
const held: { fd: 1 | 2 | undefined; pieces: string[]; chars: number; send: ((text: string) => void) | undefined } = {
  fd: undefined,
  pieces: [],
  chars: 0,
  send: undefined,
};
let flushSoon: ReturnType<typeof setImmediate> | undefined;
let flushAtExit = false;

/** Hands the held text to its stream. */
function flushHeld(): void {
  if (flushSoon !== undefined) clearImmediate(flushSoon);
  flushSoon = undefined;
  const send = held.send;
  const text = held.pieces.length === 1 ? (held.pieces[0] as string) : held.pieces.join("");
  held.pieces = [];
  held.chars = 0;
  held.fd = undefined;
  held.send = undefined;
  if (send !== undefined && text !== "") send(text);
}

/** Holds `text` for stream `fd`, written by `send` with the text held after it. */
function hold(fd: 1 | 2, text: string, send: (text: string) => void): void {
  if (held.fd !== fd) flushHeld();
  held.fd = fd;
  held.send = send;
  held.pieces.push(text);
  held.chars += text.length;
  if (held.chars >= BATCH_CHARS) flushHeld();
  else flushSoon ??= setImmediate(flushHeld);
  if (!flushAtExit) {
    flushAtExit = true;
    // A command that ends with text held (its last lines, an exit by a signal) still writes it.
    process.once("exit", flushHeld);
  }
}

/** A stream that was closed: writing anything to it fails as writing to a closed descriptor does (EBADF). */
function closedWriter(): TerminalWriter {
  let failure: NodeJS.ErrnoException | undefined;
  return {
    write: (text) => {
      if (text !== "") failure ??= Object.assign(new Error("the stream is closed"), { code: "EBADF" });
    },
    settled: async () => {},
    get failure() {
      return failure;
    },
  };
}

function newWriter(fd: 1 | 2): TerminalWriter {
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (error: unknown): void => {
    failure ??= error as NodeJS.ErrnoException;
  };
  if (!onBun) {
    const stream = fd === 1 ? process.stdout : process.stderr;
    // Without a listener, a write error (EPIPE on a pipe, ENOSPC on a file) is thrown from the
    // event loop: a stack trace, and the command dies with its steps unrecorded.
    stream.on("error", fail);
    let last = Promise.resolve();
    const send = (text: string): void => {
      if (failure !== undefined) return;
      last = new Promise((done) =>
        stream.write(text, (error) => {
          if (error) fail(error);
          done();
        }),
      );
    };
    return {
      write: (text) => {
        if (failure === undefined) hold(fd, text, send);
      },
      settled: () => {
        flushHeld();
        return last;
      },
      get failure() {
        return failure;
      },
    };
  }
  const send = (text: string): void => {
    if (failure !== undefined) return;
    try {
      writeAll(fd, text);
    } catch (error) {
      fail(error);
    }
  };
  return {
    write: (text) => {
      if (failure === undefined) hold(fd, text, send);
    },
    settled: async () => flushHeld(),
    get failure() {
      return failure;
    },
  };
}

/** Why a write failed, for a person: `the disk is full (ENOSPC)`. */
export function writeFailureText(error: NodeJS.ErrnoException): string {
  const { code } = error;
  const reason = code === "EIO" || code === "EBADF" ? NOT_A_DISK[code] : diskProblem(code);
  return reason === undefined ? error.message : `${reason} (${code})`;
}

// Said of the output itself rather than of a disk (disk-problems.ts): a terminal that has gone
// away answers EIO too, and a descriptor the shell closed (`>&-`) EBADF.
const NOT_A_DISK = { EIO: "an input/output error", EBADF: "it is closed, or not open for writing" };

/**
 * Whether to colour the output. Colours go to both streams, so only when both are terminals
 * (`flows fire > out.txt` gets none), and not to a terminal that cannot show them (TERM=dumb:
 * Emacs' shell, some CI logs). --no-color and NO_COLOR (https://no-color.org) turn them off;
 * FORCE_COLOR turns them on for a log that shows them (0 or false: off), and, as in Node, wins
 * over NO_COLOR.
 */
export function wantsColor(noColorFlag: boolean, env: NodeJS.ProcessEnv, terminals?: Terminals): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR) return false;
  return env.TERM !== "dumb" && (terminals === undefined ? isTerminal(1) && isTerminal(2) : terminals.stdout && terminals.stderr);
}

/** Whether standard output and error are terminals, when another process's are meant (`flows daemon`'s client). */
export type Terminals = { stdout: boolean; stderr: boolean };

/**
 * Whether standard output or error is a terminal (colours are for terminals). On Bun: a
 * character device other than /dev/null (loading node:tty for isatty costs Bun about 9 ms).
 */
function isTerminal(fd: 1 | 2): boolean {
  if (!onBun) return (fd === 1 ? process.stdout : process.stderr).isTTY === true;
  try {
    const info = fstatSync(fd);
    return info.isCharacterDevice() && info.rdev !== statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}

function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, "utf8");
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A pipe opened without blocking whose reader is behind: wait for it.
      if (code === "EAGAIN") Atomics.wait(pause, 0, 0, 1);
      else throw error;
    }
  }
}
