// What @actions/core writes to stdout (its log lines and workflow commands), in the action's
// bundle only: scripts/bundle.mjs (`stdoutWithoutStream`) points core's three
// `process.stdout.write(...)` calls here.
//
// Why: the first use of process.stdout makes its stream, and on a pipe (as the runner gives)
// that loads node:net and Node's stream modules, about 4 ms of a start that matches no flow on
// Node 24 (the cold-start guard, BENCHMARKS.md). A line written with fs.writeSync needs none of
// them. The order of the log is kept: once anything else takes process.stdout (@actions/exec
// echoing a command, the entry draining it before an exit), or a write cannot complete at once
// (a full pipe that something made non-blocking, a closed one), every later line goes through
// process.stdout, after whatever it still holds. On Windows, process.stdout as before.
import { writeSync } from "node:fs";

let viaStream = process.platform === "win32";

const stdout = Object.getOwnPropertyDescriptor(process, "stdout");
if (!viaStream && stdout?.get && stdout.configurable) {
  const get = stdout.get;
  Object.defineProperty(process, "stdout", {
    ...stdout,
    get() {
      viaStream = true;
      Object.defineProperty(process, "stdout", stdout);
      return get.call(process);
    },
  });
} else {
  viaStream = true;
}

/** Writes `text` to stdout, as `process.stdout.write(text)` would, in the same order. */
export function writeStdout(text: string): boolean {
  if (viaStream) return process.stdout.write(text);
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) {
      const wrote = writeSync(1, bytes, written);
      if (wrote <= 0) throw new Error("stdout took no bytes");
      written += wrote;
    }
    return true;
  } catch {
    // EAGAIN, EPIPE...: the stream takes the rest, and reports what it reports.
    return process.stdout.write(bytes.subarray(written));
  }
}
