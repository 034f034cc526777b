/**
 * Run ids as the older local runtime made them: `run_` + the first 12 hex characters of
 * sha256 over event id, flow name and step name joined by NUL. Stable across re-runs, so a
 * redelivered event finds its runs again.
 */
export declare function runIdFor(eventId: string, flowName: string, stepName: string): string;
export declare function attemptIdFor(runId: string, attemptNumber: number): string;
