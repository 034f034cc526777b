import { UserError } from "../user-error.js";

/** A mistake in how `flows` was called: printed with the command's usage, exit code 2. */
export class UsageError extends UserError {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose usage goes with the message (none: the global usage). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Exit codes of `flows`, documented in the README ("The flows command"). */
export const EXIT = {
  ok: 0,
  /** A step failed, or something went wrong (a bad flow package, an unreadable file, no Bun). */
  failed: 1,
  /** The command line is wrong: unknown command or option, a missing or bad value. */
  usage: 2,
} as const;

/** The closest candidate to `value`, when it is close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const wanted = value.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

/** ` Did you mean "x"?` or nothing. */
export function didYouMean(value: string, candidates: readonly string[], quote = (text: string) => `"${text}"`): string {
  const match = closest(value, candidates);
  return match === undefined ? "" : ` Did you mean ${quote(match)}?`;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
