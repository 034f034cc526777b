// Processes a step left behind outside its process group. A step runs in a process group of its
// own, which its timeout, its cancellation and the end of its output stop; a child started in a
// new session (`setsid`, `nohup setsid`, Bun.spawn or child_process.spawn with `detached: true`,
// a daemon's double fork) leaves that group and ran on past the job, holding files and writing
// after its step was recorded. What such a process keeps is its environment: every step process
// gets a mark of its own (STEP_MARK_VARIABLE) that its descendants inherit, and once the step is
// over, Linux's /proc shows which processes still carry it.
//
// No better handle is reachable from Node or Bun without native code: PR_SET_CHILD_SUBREAPER
// needs prctl, a cgroup needs privileges. Limits: a descendant that clears its environment
// (`env -i`, an `env: {}` passed to spawn) drops the mark; another user's processes are never
// touched; without /proc (macOS) nothing is scanned. README.md, "Timeout", says so.
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { randomHex } from "../hash.js";

/**
 * The variable every step process gets. Its value is a space-separated list of marks: the
 * step's own, after those of the steps it runs inside (`flows fire` run by a step), so a
 * nested step's processes are still found when the outer step ends.
 */
export const STEP_MARK_VARIABLE = "FLOWS_STEP_MARK";

/** A process forking as fast as it is stopped is chased at most this many rounds. */
const MAX_ROUNDS = 5;
/** And for at most this long in all: a machine with tens of thousands of processes is not read to the end. */
const MAX_SEARCH_MS = 250;
/**
 * A process caught inside execve shows an empty environment for a moment (the new image's is not
 * set up yet): a `setsid sleep` started just before the step ended reads so about one time in ten
 * here. Such a process is looked at again after a pause, at most this many times…
 */
const MAX_EXEC_RETRIES = 5;
/** …waiting 1, 2, 4, 8 and 8 ms (23 ms in all, within MAX_SEARCH_MS). */
const EXEC_PAUSE_MS = [1, 2, 4, 8, 8];
/** Linux's PF_KTHREAD in /proc/<pid>/stat's flags: a kernel thread never has an environment. */
const KERNEL_THREAD = 0x00200000;
/** Bytes of an environment read at a time (Linux allows a few MiB in all). */
const CHUNK = 64 * 1024;

let procReadable: boolean | undefined;

/** Whether this system shows processes' environments under /proc (Linux; not macOS or Windows). */
export function canFindStrayProcesses(): boolean {
  procReadable ??= process.platform === "linux" && existsSync("/proc/self/environ");
  return procReadable;
}

/** A new mark (128 random bits as hex), and the environment that carries it after the inherited ones. */
export function markedEnvironment(env: Record<string, string>): { mark: string; env: Record<string, string> } {
  const mark = randomHex(16);
  const inherited = env[STEP_MARK_VARIABLE]?.trim();
  return { mark, env: { ...env, [STEP_MARK_VARIABLE]: inherited ? `${inherited} ${mark}` : mark } };
}

/**
 * The step processes this process started and has not yet seen end (a pid stays its process's
 * until its parent reaps it): every search passes them over. Each was given a mark of its own,
 * made for it, so none carries another step's; and reading the environment of a step still
 * starting (Bun mapping its program) waited on that process: of a four-step `flows fire`, about
 * 2 ms of the daemon's main thread (BENCHMARKS.md, "Thirty-sixth round").
 */
const runningSteps = new Set<number>();

/** Told by the supervisor when it has started a step process (./process.ts, ./process-bun.ts)… */
export function stepProcessStarted(pid: number | undefined): void {
  if (pid !== undefined) runningSteps.add(pid);
}

/** …and when that process has ended and was reaped. */
export function stepProcessReaped(pid: number | undefined): void {
  if (pid !== undefined) runningSteps.delete(pid);
}

/**
 * Stops (SIGKILL) every process of this user whose environment carries `mark`, until a round
 * finds none (a process may fork while it is stopped), within MAX_SEARCH_MS; returns how many
 * were stopped. Never this process, nor a step process it runs (runningSteps). A round that finds none but met a process that may be inside
 * execve (maybeInExec) is followed by another after a short pause. Processes that end meanwhile,
 * and those whose environment cannot be read, are passed over. `pauseFor` is for tests, which
 * let such a process finish its exec during the pause. A round reads /proc/<pid>/environ of every
 * process it has not read before (see environmentOf): about 0.5 ms on Node for 90 processes
 * (BENCHMARKS.md has the figures). Between the read and the kill a process could end and its pid
 * be reused: that takes the whole pid space (4 million on systemd machines) to be used up within
 * microseconds, and is not guarded against.
 */
export function stopMarkedProcesses(mark: string, pauseFor: (ms: number) => void = pause): number {
  if (!canFindStrayProcesses() || !/^[0-9a-f]{32}$/.test(mark)) return 0;
  const needle = Buffer.from(mark, "latin1");
  const buffer = Buffer.allocUnsafe(CHUNK + needle.length);
  const uid = process.getuid?.();
  const stopped = new Set<number>();
  const deadline = performance.now() + MAX_SEARCH_MS;
  let rounds = 0;
  let retries = 0;
  while (rounds < MAX_ROUNDS && performance.now() < deadline) {
    let found = 0;
    let inExec = 0;
    const pids = processIds();
    const seen: Seen = { processes: new Map(), bytes: 0 };
    let index = 0;
    for (; index < pids.length; index += 1) {
      const pid = pids[index]!;
      if (index % 64 === 63 && performance.now() > deadline) break;
      if (pid === process.pid || runningSteps.has(pid)) continue;
      const environment = environmentOf(pid, needle, buffer, seen);
      if (environment !== "mark") {
        if (environment === "empty" && !stopped.has(pid) && maybeInExec(pid)) inExec += 1;
        continue;
      }
      if (!ownedBy(pid, uid, seen.processes.get(pid))) continue;
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        continue; // gone meanwhile
      }
      if (!stopped.has(pid)) found += 1;
      stopped.add(pid);
    }
    // A whole pass is what the next search starts from: the processes gone since are dropped.
    if (index === pids.length) readBefore = seen;
    if (found > 0) rounds += 1;
    else if (inExec > 0 && retries < MAX_EXEC_RETRIES) pauseFor(EXEC_PAUSE_MS[retries++]!);
    else break;
  }
  return stopped.size;
}

/** Blocks this thread for `ms` (the search is synchronous: it runs as a step's run is closed). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Whether a process whose environment read as empty may be inside execve rather than have none:
 * it is running or in uninterruptible sleep (exec reads the new program), not a zombie (a stopped
 * process that has ended), not a kernel thread. A process started with an empty environment
 * (`env -i`) that is waiting, as such processes mostly are, costs no retry.
 */
export function maybeInExec(pid: number): boolean {
  const stat = processStat(pid);
  return stat !== undefined && (stat.state === "R" || stat.state === "D") && !stat.kernelThread;
}

/** Whether the process is a kernel thread (it never has an environment, nor a step's mark). */
function isKernelThread(pid: number): boolean {
  return processStat(pid)?.kernelThread === true;
}

/** The process's state letter and whether it is a kernel thread, from /proc/<pid>/stat; undefined when it is gone. */
function processStat(pid: number): { state: string | undefined; kernelThread: boolean } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "latin1");
  } catch {
    return undefined; // gone
  }
  // "pid (comm) state ppid pgrp session tty tpgid flags …"; comm may hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ", 7);
  const flags = Number(fields[6]);
  return { state: fields[0], kernelThread: Number.isFinite(flags) && (flags & KERNEL_THREAD) !== 0 };
}

function processIds(): number[] {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    const first = name.charCodeAt(0);
    if (first >= 48 && first <= 57) pids.push(Number(name));
  }
  return pids;
}

/**
 * A process read in an earlier pass: which process it was (`/proc/<pid>/environ`'s inode number
 * and change time, taken from the file as it was read: both new for a new process under a reused
 * pid, as procfs makes new inodes for it), its owner (the file's, as `/proc/<pid>`'s), and its
 * environment when it was small enough to keep (a few KiB, mostly).
 */
type SeenProcess = { ino: number; ctimeMs: number; uid: number; environment: Buffer | undefined; unreadable?: true };

/** Environments kept between searches only up to this size each (most are a few KiB)… */
const KEPT_ENVIRONMENT_BYTES = 16 * 1024;
/** …and this much in all (a machine with very many processes reads the rest each time). */
const KEPT_TOTAL_BYTES = 8 * 1024 * 1024;

/**
 * The processes the last whole pass read. A process's environment is what it was given when it
 * started its program: a step's descendants carry the mark from the moment they exist (a fork
 * has its parent's), so a process read before under the same pid and inode that did not carry a
 * mark then does not now, unless it has since started a new program with the mark in its
 * environment (taken from a step's process: README.md, "Stray processes", says so). Steps ending close together (a
 * dispatch's steps, `flows daemon`'s fires) then stat most processes instead of reading their
 * environments: an open of /proc/<pid>/environ costs the kernel's access check of the process.
 */
let readBefore: Seen = { processes: new Map(), bytes: 0 };

/** For tests: `forget()` makes the next search read every process. */
export const processesRead = {
  forget(): void {
    readBefore = { processes: new Map(), bytes: 0 };
  },
};

/** How many environments this process has read, for tests. */
export const environmentReads = { count: 0 };

/** A pass's processes by pid, and the bytes of environment kept of them. */
type Seen = { processes: Map<number, SeenProcess>; bytes: number };

/**
 * Whether the process's environment (NUL-separated `NAME=value`) holds `needle` ("mark"), or reads
 * as empty; from what was learnt of it when the same process was read before (see readBefore),
 * else read. What it learns goes into `seen`.
 */
function environmentOf(pid: number, needle: Buffer, buffer: Buffer, seen: Seen): "mark" | "none" | "empty" {
  const before = readBefore.processes.get(pid);
  if (before !== undefined && (before.unreadable || (before.environment !== undefined && seen.bytes + before.environment.length <= KEPT_TOTAL_BYTES))) {
    let now: { ino: number; ctimeMs: number } | undefined;
    try {
      now = statSync(`/proc/${pid}/environ`);
    } catch {
      return "none"; // gone
    }
    if (before.ino === now.ino && before.ctimeMs === now.ctimeMs) {
      seen.processes.set(pid, before);
      if (before.environment === undefined) return "none";
      seen.bytes += before.environment.length;
      return before.environment.indexOf(needle) !== -1 ? "mark" : "none";
    }
  }
  const read = environmentHas(pid, needle, buffer);
  // Another user's process, or a kernel thread (its environment cannot be opened, or reads as
  // empty): remembered as such, and told from a new process under its pid as a kept one is. A
  // failed open costs the kernel's access check of the process, a stat does not.
  if (read.unreadable || (read.answer === "empty" && isKernelThread(pid))) {
    const identity = read.file ?? identityOf(pid);
    if (identity !== undefined) seen.processes.set(pid, { ino: identity.ino, ctimeMs: identity.ctimeMs, uid: -1, environment: undefined, unreadable: true });
    return "none";
  }
  if (read.file === undefined) return read.answer;
  // Kept only when read whole, not empty (a process inside execve reads so for a moment), and
  // within the total.
  const environment = read.kept !== undefined && seen.bytes + read.kept.length <= KEPT_TOTAL_BYTES ? read.kept : undefined;
  if (environment !== undefined) seen.bytes += environment.length;
  seen.processes.set(pid, { ino: read.file.ino, ctimeMs: read.file.ctimeMs, uid: read.file.uid, environment });
  return read.answer;
}

/**
 * Whether the process's environment holds `needle` ("mark"), read in chunks that overlap by the
 * needle's length, or reads as empty; `kept`: a copy of the whole environment when one read held
 * it. A zombie's environment reads as empty: a process stopped in an earlier round is not found
 * again once it has ended; so does a kernel thread's, and a process's inside execve.
 */
function environmentHas(pid: number, needle: Buffer, buffer: Buffer): { answer: "mark" | "none" | "empty"; kept?: Buffer; file?: FileIdentity; unreadable?: true } {
  environmentReads.count += 1;
  let fd: number;
  let file: FileIdentity;
  try {
    fd = openSync(`/proc/${pid}/environ`, "r");
  } catch (error) {
    // Gone (ENOENT); or there and not to be read: another user's (EACCES), a kernel thread (ESRCH).
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM" || code === "ESRCH" ? { answer: "none", unreadable: true } : { answer: "none" };
  }
  try {
    file = fstatSync(fd);
  } catch {
    closeSync(fd);
    return { answer: "none" };
  }
  const answer = readEnvironment(fd, needle, buffer);
  return { ...answer, file };
}

/** `/proc/<pid>/environ`'s identity (see SeenProcess), when the process is there. */
function identityOf(pid: number): { ino: number; ctimeMs: number } | undefined {
  try {
    return statSync(`/proc/${pid}/environ`);
  } catch {
    return undefined;
  }
}

/** The identity and owner of a process's `/proc/<pid>/environ` (the process's: see SeenProcess). */
type FileIdentity = { ino: number; ctimeMs: number; uid: number };

/** environmentHas's reading, from the open `fd`, which it closes. */
function readEnvironment(fd: number, needle: Buffer, buffer: Buffer): { answer: "mark" | "none" | "empty"; kept?: Buffer } {
  try {
    let kept = 0;
    let first: Buffer | undefined;
    for (let total = 0; ; ) {
      const read = readSync(fd, buffer, kept, CHUNK, null);
      if (read === 0) {
        if (total === 0) return { answer: "empty" };
        return first !== undefined && first.length === total ? { answer: "none", kept: first } : { answer: "none" };
      }
      total += read;
      const end = kept + read;
      if (buffer.subarray(0, end).indexOf(needle) !== -1) return { answer: "mark" };
      if (total === read && read <= KEPT_ENVIRONMENT_BYTES) first = Buffer.from(buffer.subarray(0, read));
      kept = Math.min(needle.length - 1, end);
      buffer.copy(buffer, 0, end - kept, end);
    }
  } catch {
    return { answer: "none" }; // ended while being read
  } finally {
    closeSync(fd);
  }
}

function ownedBy(pid: number, uid: number | undefined, seen: SeenProcess | undefined): boolean {
  if (uid === undefined) return false;
  if (seen !== undefined) return seen.uid === uid;
  try {
    return statSync(`/proc/${pid}`).uid === uid;
  } catch {
    return false;
  }
}
