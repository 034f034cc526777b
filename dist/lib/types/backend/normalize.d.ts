import { type FlowRunView } from "../contracts.js";
import { type ContainerBudget } from "./answer-shape.js";
import { shownValue } from "../redact-cut.js";
type Fields = Record<string, unknown>;
/**
 * Read one run as an HTTP flow backend sends it, leniently: the object may be wrapped in
 * `{run: ...}` or `{data: ...}`; `status` may stand for `processStatus` (or, when it is a
 * FlowResult status, for the result of a finished process) and `result` for `resultPayload`;
 * `effectiveStatus` and `needsAttention` are always derived by the contract's rules, so a
 * backend that leaves them out (or gets them wrong) reads the same as the local engine.
 * What is accepted is schemas/backend-run.schema.json; anything else fails with the name of
 * the field to fix.
 */
export declare function normalizeRunView(raw: unknown, budget?: RunReading): FlowRunView;
/**
 * How the runs of one answer are read: their `resultJson` texts share one budget of objects and
 * arrays (src/json-shape.ts), and `stepOutput`, when given, is handed each text of
 * step output a run carries, whole, before any of it is cut or shown (the action reads
 * `::add-mask::` commands from it: src/action/step-masks.ts).
 */
export type RunReading = ContainerBudget & {
    stepOutput?: (text: string) => void;
};
/**
 * Bytes of a run's `output` kept in its view: its tail, as much as the local runner keeps of a
 * step's output (src/runners/bun.ts, DEFAULT_TAIL_BYTES), more than any report shows of it. The
 * backend may send megabytes per run, and a wait holds up to 1,000 runs, each polled again and
 * again: kept whole, 16 runs of 14 MiB held 224 MB, and the wait's peak RSS reached 524 MB.
 * Step masks are read from the whole text first (RunReading.stepOutput).
 */
export declare const KEPT_OUTPUT_BYTES: number;
/** Bytes of a run's (or an attempt's) `error` kept in its view: its start, as much as any report shows (src/report/handover-write.ts). */
export declare const KEPT_ERROR_BYTES: number;
/** Take the object out of `{data: ...}` and `{<key>: ...}` wrappers; fail on anything else. */
export declare function unwrapObject(raw: unknown, key: string, what: string): Fields;
/**
 * A URL resolves the path segments `.` and `..` (encoded or not): `POST /runs/../cancel` would
 * go to `POST /cancel`. Half of a UTF-16 pair (JSON's `"\ud800"`) has no UTF-8 form, and
 * encodeURIComponent throws a URIError on it. A run so named cannot be asked about or canceled.
 */
export declare function nameableInPath(id: string): boolean;
export declare const UNNAMEABLE_ID = "a run id other than \".\" and \"..\" and without a lone surrogate (half of a UTF-16 pair), which a URL path cannot name (GET /runs/:id, POST /runs/:id/cancel)";
export declare function isObject(value: unknown): value is Fields;
export declare function isTerminal(run: FlowRunView): boolean;
/** A value of the backend's answer, short, for a message (src/redact-cut.ts). */
export declare const describe: typeof shownValue;
export {};
