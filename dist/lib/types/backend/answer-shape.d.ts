/**
 * Most objects and arrays one answer may hold, counted in its text before it is parsed: each costs
 * 50–100 bytes once built, so an answer of 16 MiB of `{},` (5 million objects) took 700 MB. A run
 * list holds at most 1,000 runs (dispatch-result.ts), each run view about 10 objects and arrays of
 * its own: this leaves about 500 per run for its result payload (or an echoed event). At the cap,
 * 500,000 empty objects (1.5 MB of text) raised the peak RSS of the process by about 85 MB. The older runtime's `resultJson` texts inside an answer share
 * one more such budget (normalize.ts).
 */
export declare const MAX_ANSWER_CONTAINERS = 500000;
/** What a run view's JSON texts (`resultJson`) may still hold, shared by the runs of one answer. */
export type ContainerBudget = {
    left: number;
};
