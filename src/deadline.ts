import { abandonWork } from "./abandoned-work.js";

// Time limits on work that may never answer: the artifact state store's uploads, downloads and
// listing pages, the fork handover's upload, and the plan job's read of the state store.

/**
 * Default limit on one artifact upload or download (state or handover). @actions/artifact retries a results
 * service that accepts connections but never answers for about 16 minutes; a state file of a few
 * MB takes seconds, and the largest allowed (1 GiB) about a minute and a half at 100 Mbit/s.
 */
export const DEFAULT_TRANSFER_TIMEOUT_MS = 5 * 60_000;

/**
 * The limit: the option when given, else FLOWS_ARTIFACT_TIMEOUT_SECONDS (a setting for
 * tests and slow networks; fractions allowed), else DEFAULT_TRANSFER_TIMEOUT_MS.
 */
export function transferTimeoutMs(option: number | undefined): number {
  if (option !== undefined) return option;
  const seconds = Number(process.env.FLOWS_ARTIFACT_TIMEOUT_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TRANSFER_TIMEOUT_MS;
}

/** Work (an artifact transfer, a store read) that did not finish within its limit. */
export class TransferTimeoutError extends Error {
  override name = "TransferTimeoutError";
  constructor(readonly ms: number) {
    super(`it did not finish within ${describeDuration(ms)}`);
  }
}

/**
 * `work`'s result, or TransferTimeoutError once `ms` have passed. Then `work` is told to stop
 * through the signal it was given (a fetch stops; @actions/artifact cannot) and abandoned: its
 * later failure is ignored, and the action ends without waiting for it (abandoned-work.ts).
 */
export async function withinDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const running = work(stop.signal);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stop.abort();
      abandonWork(running);
      reject(new TransferTimeoutError(ms));
    }, ms);
  });
  try {
    return await Promise.race([running, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6000) / 10} minutes`;
}
