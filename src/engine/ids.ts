import { sha256Hex } from "../hash.js";

/**
 * Run ids as the older local runtime made them: `run_` + the first 12 hex characters of
 * sha256 over event id, flow name and step name joined by NUL. Stable across re-runs, so a
 * redelivered event finds its runs again.
 */
export function runIdFor(eventId: string, flowName: string, stepName: string): string {
  const parts = [eventId, flowName, stepName];
  // Joining by NUL is ambiguous when a part holds a NUL itself ("a\0b" + "c" = "a" + "b\0c"),
  // and sha256 of UTF-8 makes every lone surrogate U+FFFD ("x\ud800" = "x\ud801"). Such parts
  // hash as a JSON array instead (NULs and lone surrogates escaped): that text holds no raw NUL,
  // so it can equal no NUL-joined text, and ordinary names keep the ids the older runtime gave them.
  const text = parts.some((part) => /[\0\p{Cs}]/u.test(part)) ? `json:${JSON.stringify(parts)}` : parts.join("\0");
  return `run_${sha256Hex(text).slice(0, 12)}`;
}

export function attemptIdFor(runId: string, attemptNumber: number): string {
  return `${runId}_a${attemptNumber}`;
}
