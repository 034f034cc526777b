// FLOWS_TEST_CPU_LOG=<file>: appends each test file's CPU time (its worker's user + system time,
// and its waited children's, from /proc/self/stat) to that file, one line a file. CPU time is a
// steadier measure of a test file's cost than wall time on a shared machine. Linux only.
import { appendFileSync, readFileSync } from "node:fs";
import { afterAll, expect } from "vitest";

const log = process.env.FLOWS_TEST_CPU_LOG;
if (log) {
  const ticks = (): [number, number] => {
    // Fields after the command's closing parenthesis: utime is the 14th field, stime, cutime, cstime follow.
    const fields = (readFileSync("/proc/self/stat", "utf8").split(") ")[1] ?? "").split(" ");
    return [Number(fields[11]) + Number(fields[12]), Number(fields[13]) + Number(fields[14])];
  };
  const [self0, children0] = ticks();
  const started = Date.now();
  afterAll(() => {
    const [self1, children1] = ticks();
    const file = expect.getState().testPath ?? "?";
    // Ticks are 1/100 s on Linux.
    // file, own CPU s, children's CPU s, wall s, started and ended (ms since the epoch), and the
    // worker's resident memory at the end (MB: each process a test starts copies its page tables).
    const ended = Date.now();
    const rss = Math.round(process.memoryUsage().rss / 1e6);
    appendFileSync(log, `${file}\t${(self1 - self0) / 100}\t${(children1 - children0) / 100}\t${((ended - started) / 1000).toFixed(2)}\t${started}\t${ended}\t${rss}\n`);
  });
}
