// What both supervisors share (process.ts with node:child_process, process-bun.ts with
// Bun.spawn): defaults, stopping a process group, and stdin cut into bounded slices.

/** Text, bytes, or bytes `start` to `end` of a file (read in slices as they are written). */
export type StdinPart = string | Uint8Array | { path: string; start: number; end: number };

export type SupervisedProcessResult = {
  /** Set when the process could not be started at all. */
  spawnError?: Error;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  canceled: boolean;
  /** A leftover child process still held the output pipes after exit and was stopped. */
  stragglersStopped: boolean;
  /**
   * Processes still carrying the step's mark once it was over (a new session escapes its process
   * group), found through /proc and stopped (./stray-processes.ts); 0 where there is no /proc.
   */
  strayProcessesStopped: number;
};

export const DEFAULT_KILL_GRACE_MS = 2000;
export const DEFAULT_DRAIN_MS = 1000;
/**
 * setTimeout fires at once for delays above 2^31-1 ms; treat longer timeouts as this long. A
 * manifest cannot ask for more (flows/manifest-defaults.ts); a library caller's own step can.
 */
const MAX_TIMER_MS = 2_147_483_647;
/** Characters (or bytes) per write: a text part is copied into a buffer only this much at a time. */
const STDIN_SLICE = 64 * 1024;

/** A step timeout as a setTimeout delay. */
export function timerDelay(timeoutMs: number): number {
  return Number.isFinite(timeoutMs) ? Math.min(Math.max(timeoutMs, 0), MAX_TIMER_MS) : MAX_TIMER_MS;
}

/** Signals the process group led by `pid`; when that fails for another reason than a gone group, the leader. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals, killLeader: (signal: NodeJS.Signals) => void): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone. Fall back to the leader for any other failure.
    try {
      killLeader(signal);
    } catch {
      // Nothing left to stop.
    }
  }
}

export function notStarted(error: unknown): SupervisedProcessResult {
  return {
    spawnError: error instanceof Error ? error : new Error(String(error)),
    exitCode: null,
    signal: null,
    timedOut: false,
    canceled: false,
    stragglersStopped: false,
    strayProcessesStopped: 0,
  };
}

/** One slice of stdin; `release` gives its buffer back for the next slice once it is written. */
export type StdinSlice = { chunk: string | Uint8Array; release?: () => void };

/**
 * The parts as slices of at most 64 KiB: text never split inside a surrogate pair (half of one
 * would be written as U+FFFD), bytes as views on the caller's buffer (no copy), file ranges read
 * slice by slice into buffers that are reused once released. Throws when a file ends early.
 */
export async function* stdinSlices(parts: readonly StdinPart[]): AsyncGenerator<StdinSlice> {
  for (const part of parts) {
    if (typeof part === "string" || part instanceof Uint8Array) {
      for (let at = 0; at < part.length; ) {
        let end = Math.min(at + STDIN_SLICE, part.length);
        if (typeof part === "string" && end < part.length && isHighSurrogate(part.charCodeAt(end - 1))) end -= 1;
        yield { chunk: typeof part === "string" ? part.slice(at, end) : part.subarray(at, end) };
        at = end;
      }
      continue;
    }
    // Only a big event kept on disk has file parts: the module loads then (fs-async.ts says why).
    const { open } = await import("node:fs/promises");
    const file = await open(part.path, "r");
    try {
      // Reused buffers: writing 8 steps × 50 MB through fresh ones left tens of MiB of them
      // waiting for the collector.
      const size = Math.min(STDIN_SLICE, part.end - part.start);
      const free: Buffer[] = [];
      for (let at = part.start; at < part.end; ) {
        const slice = free.pop() ?? Buffer.allocUnsafe(size);
        const { bytesRead } = await file.read(slice, 0, Math.min(size, part.end - at), at);
        if (bytesRead === 0) throw new Error(`${part.path} ended at byte ${at}, before ${part.end}`);
        at += bytesRead;
        yield { chunk: slice.subarray(0, bytesRead), release: () => free.push(slice) };
      }
    } finally {
      await file.close();
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
