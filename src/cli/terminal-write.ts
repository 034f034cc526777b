import { fstatSync, statSync, writeSync } from "node:fs";

// On Bun, the first use of process.stdout or process.stderr loads Node's stream modules, 8-13 ms
// of a `flows` start that is otherwise about 60 ms (BENCHMARKS.md, "Seed parity"). The CLI writes
// whole lines and exits when done, so on Bun it writes them to the file descriptor directly, in
// order, before the next line is produced. On Node the streams are part of the start anyway.

const onBun = typeof (globalThis as { Bun?: unknown }).Bun !== "undefined";
/** A word to wait on for a millisecond when the terminal is not ready (Atomics.wait needs one). */
const pause = new Int32Array(new SharedArrayBuffer(4));

/** A writer for standard output (1) or standard error (2). */
export function terminalWriter(fd: 1 | 2): (text: string) => void {
  if (!onBun) {
    const stream = fd === 1 ? process.stdout : process.stderr;
    return (text) => void stream.write(text);
  }
  return (text) => writeAll(fd, text);
}

/**
 * Whether standard output or error is a terminal (colours are for terminals). On Bun: a
 * character device other than /dev/null (loading node:tty for isatty costs Bun about 9 ms).
 */
export function isTerminal(fd: 1 | 2): boolean {
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
      // The reader has gone (`flows runs | head -1`): nobody is left to read the rest.
      else if (code === "EPIPE") return;
      else throw error;
    }
  }
}
