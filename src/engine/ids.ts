import { sha256Hex } from "../hash.js";

/**
 * Run ids as the older local runtime made them: `run_` + the first 12 hex characters of
 * sha256 over event id, flow name and step name joined by NUL. Stable across re-runs, so a
 * redelivered event finds its runs again.
 */
export function runIdFor(eventId: string, flowName: string, stepName: string): string {
  const digest = sha256Hex([eventId, flowName, stepName].join("\0"));
  return `run_${digest.slice(0, 12)}`;
}

export function attemptIdFor(runId: string, attemptNumber: number): string {
  return `${runId}_a${attemptNumber}`;
}
