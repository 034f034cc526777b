import type { FlowResult, FlowRunView } from "../contracts.js";
import { redacted } from "../redact-cut.js";
import { type ResultLayout, resultLayout } from "../report/result-json.js";

// What a run view keeps of a large FLOW_RESULT a flow backend sends. A result may be 4 MiB of
// JSON, and a wait holds every run of a dispatch: 16 runs of 4 MiB (20,000 small objects each)
// took the wait's heap past 128 MB and its peak RSS to 440 MB, for reports that show a few KiB
// of each. Kept: what the reports read (src/report/): the status, the message, the annotations
// (a check run takes 1,000, each message cut to 8 KiB), the artifacts, and the start of the
// rest, more than a check run's output (64 KiB) or the job summary (8 KiB) shows of it. The view
// records how the reports lay the whole out and its size so (`wholeResult`): they show the part
// as they showed the whole (compact, when it was long), and count all they leave out as cut.

/**
 * Results up to this long (JSON characters) are kept whole: the action's `results` output
 * (src/action/outputs.ts, 512 KiB) holds whole views that fit it, and a longer result never does.
 */
export const WHOLE_RESULT_CHARS = 512 * 1024;
/** Of a longer result, the start of its fields other than those below, in JSON characters: twice what a check run shows. */
export const KEPT_RESULT_CHARS = 128 * 1024;
/** The message: reports show its first 1,000 characters, the brief `results` output 4,096. */
const KEPT_MESSAGE_CHARS = 16 * 1024;
/** Annotations: as many as a check run takes (src/report/checks-annotations.ts), each within ANNOTATION_CHARS, all within ANNOTATIONS_CHARS. */
const KEPT_ANNOTATIONS = 1_000;
const ANNOTATION_CHARS = 16 * 1024;
const ANNOTATIONS_CHARS = 1024 * 1024;
/** Artifacts name a pull request or a commit (src/report/result-targets.ts): a few characters. */
const ARTIFACTS_CHARS = 64 * 1024;

/** Characters of JSON still to take. */
type Budget = { left: number };

/**
 * A run view's result fields: the result itself when its JSON is at most WHOLE_RESULT_CHARS
 * long; else what the reports read of it (the top of this file) and the whole result's layout.
 * Its compact JSON, laid out once, tells both: whether it is longer, and (when it is) its layout
 * and size, which the reports take from that same text. (A walk that measured it first, building
 * a copy of up to 512 KiB, learned only the first.)
 */
export function keptResultFields(result: FlowResult): Pick<FlowRunView, "resultPayload" | "wholeResult"> {
  const wholeResult = longLayout(result);
  return wholeResult ? { resultPayload: partOf(result), wholeResult } : { resultPayload: result };
}

/** The result itself when it is at most WHOLE_RESULT_CHARS long, else what the reports read of it (the top of this file). */
export function keptResult(result: FlowResult): FlowResult {
  return keptResultFields(result).resultPayload as FlowResult;
}

/** The layout of a result longer than WHOLE_RESULT_CHARS, from its compact JSON; undefined for a shorter one. */
function longLayout(result: FlowResult): ResultLayout | undefined {
  const compact = JSON.stringify(result) ?? "";
  return compact.length > WHOLE_RESULT_CHARS ? resultLayout(result, compact) : undefined;
}

/** What the reports read of a result longer than WHOLE_RESULT_CHARS. */
function partOf(result: FlowResult): FlowResult {
  const rest: Budget = { left: KEPT_RESULT_CHARS };
  const kept: Record<string, unknown> = {};
  // In the result's own order, so the JSON the reports show starts as the step wrote it.
  for (const [key, value] of Object.entries(result)) {
    if (key === "status") field(kept, key, value);
    else if (key === "message" && typeof value === "string") field(kept, key, prefixOf(value, { left: KEPT_MESSAGE_CHARS }));
    else if (key === "annotations" && Array.isArray(value)) field(kept, key, annotationsOf(value));
    else if (key === "artifacts") field(kept, key, prefixOf(value, { left: ARTIFACTS_CHARS }));
    else if (rest.left > 0) field(kept, key, prefixOf(value, rest));
  }
  return kept as FlowResult;
}

function annotationsOf(items: unknown[]): unknown[] {
  const all: Budget = { left: ANNOTATIONS_CHARS };
  const kept: unknown[] = [];
  for (const item of items.slice(0, KEPT_ANNOTATIONS)) {
    if (all.left <= 0) break;
    const one = prefixOf(item, { left: ANNOTATION_CHARS });
    all.left -= JSON.stringify(one).length + 1;
    kept.push(one);
  }
  return kept;
}

/**
 * A copy of the first `budget.left` characters of `value`'s JSON, as JSON values: a string cut
 * short, an array or object with its first members. A cut string is a string of its own (a
 * slice would hold the whole text in memory) and redacted before the cut, which could otherwise
 * leave the start of a secret that no later redaction matches.
 */
function prefixOf(value: unknown, budget: Budget): unknown {
  if (typeof value === "string") {
    if (value.length + 2 <= budget.left) {
      budget.left -= value.length + 2;
      return value;
    }
    const text = redacted(value).chars(Math.max(0, budget.left - 2)).text;
    budget.left = 0;
    return JSON.parse(JSON.stringify(text)) as string;
  }
  if (value === null || typeof value !== "object") {
    budget.left -= String(value).length;
    return value;
  }
  budget.left -= 2;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      if (budget.left <= 0) break;
      items.push(prefixOf(item, budget));
      budget.left -= 1;
    }
    return items;
  }
  const fields: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (budget.left <= 0) break;
    budget.left -= key.length + 4;
    field(fields, key, prefixOf(item, budget));
  }
  return fields;
}

/** Set as an own field, whatever its name: assigned, a key `__proto__` (which JSON.parse makes an own field) would set the prototype. */
function field(fields: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
}
