// A step's FLOW_RESULT as reports show it: laid out as JSON.stringify(result, null, 2) does, for
// reading, unless that would be long. Indenting grows with depth: a 2 MB result (within its
// 4 MiB and 256 levels) holding a long array 250 levels down is over 500 million characters laid
// out, every element on a line of its own 500 spaces in. V8 gave up with "Invalid string length"
// after seconds and half a gigabyte, and the job lost its summary and check runs. Compact, the
// JSON is about the size the step printed.
//
// Reports show at most 64 KiB of it and say how many bytes they cut. Each report laid the whole
// result out and redacted it for that: a result of 300,000 keys took 400 to 560 ms in each (200
// ms of it listing the keys to choose the layout, though a compact JSON over 1 MiB can only be
// longer indented). Now the JSON is laid out and redacted once per result, and every report of
// the run takes its start and its size from there. (A walk in JavaScript that measured the JSON
// without building it took longer than JSON.stringify: 400 ms for those keys, 200 ms for 4 MiB
// of short strings that JSON.stringify lays out in 12.)
import type { FlowRunView } from "../contracts.js";
import { redacted } from "../redact-cut.js";
import { redactor } from "../redact.js";

/** Results whose indented JSON may be longer than this (in characters) are shown compact. */
export const PRETTY_RESULT_CHARS = 1024 * 1024;
/** Bytes of a result's JSON the reports keep to show: more than a check run shows (64 KiB), and the margin it cuts in. */
export const RESULT_HEAD_BYTES = 96 * 1024;

/** How the reports lay a result out, indented or compact, and its redacted JSON's size so in UTF-8 bytes. */
export type ResultLayout = { bytes: number; indented: boolean };

/**
 * What the reports show of a result: the start of its JSON, redacted whole before it was cut (a
 * cut through a secret leaves a part no later redaction matches), at most RESULT_HEAD_BYTES, and
 * the bytes of the redacted JSON after that start.
 */
export type ShownResult = { head: string; restBytes: number };

/**
 * The result's JSON, indented when that stays within `maxPrettyChars`, compact otherwise.
 * `compact`: its compact JSON, when the caller has it already.
 */
export function resultJsonText(result: unknown, maxPrettyChars = PRETTY_RESULT_CHARS, compact = JSON.stringify(result) ?? ""): { text: string; indented: boolean } {
  // Indenting only lengthens the JSON: when the compact one is too long already, no walk asks.
  if (compact.length > maxPrettyChars || prettyMayExceed(result, maxPrettyChars)) return { text: compact, indented: false };
  return { text: JSON.stringify(result, null, 2), indented: true };
}

/**
 * What is worked out of each result once (again once a secret was registered since: a later
 * step's `::add-mask::` covers an earlier step's result in the reports made after it): how it is
 * shown, and its layout (for a run view that keeps part of it, src/backend/kept-result.ts).
 */
const laidOut = new WeakMap<object, { secrets: number; shown?: ShownResult; layout?: ResultLayout }>();

function laidOutOf(result: object): { secrets: number; shown?: ShownResult; layout?: ResultLayout } {
  const known = laidOut.get(result);
  if (known && known.secrets === redactor.size) return known;
  const fresh = { secrets: redactor.size };
  laidOut.set(result, fresh);
  return fresh;
}

/**
 * The layout of a result, for a run view that keeps only part of it (FlowRunView.wholeResult):
 * worked out once per result. `compact`: its compact JSON, when the caller has it already.
 */
export function resultLayout(result: object, compact?: string): ResultLayout {
  const known = laidOutOf(result);
  if (!known.layout) {
    const { text, indented } = resultJsonText(result, PRETTY_RESULT_CHARS, compact);
    known.layout = { bytes: redacted(text).bytes, indented };
  }
  return known.layout;
}

/**
 * The run's result as the reports show it (worked out once per result, and again once a secret
 * was registered since); undefined when it has none.
 */
export function shownRunResult(run: Pick<FlowRunView, "resultPayload" | "wholeResult">): ShownResult | undefined {
  const result = run.resultPayload;
  if (!result) return undefined;
  const known = laidOutOf(result);
  known.shown ??= shownOf(result, run.wholeResult);
  return known.shown;
}

/**
 * `whole`: the layout of the whole result when `result` is the part a run view kept: the part is
 * laid out as the whole was (indented only when it may be, however the view came), and what it
 * lacks counts as cut. A whole shown compact (over 1 MiB indented) has its part laid out compact
 * at once: laid out to choose, it was laid out three times (compact, indented, compact again).
 */
function shownOf(result: unknown, whole: ResultLayout | undefined): ShownResult {
  const text = whole && !whole.indented ? (JSON.stringify(result) ?? "") : resultJsonText(result).text;
  const kept = redacted(text).head(RESULT_HEAD_BYTES);
  const shownBytes = Buffer.byteLength(kept.text, "utf8");
  return { head: kept.text, restBytes: Math.max(kept.cut, (whole?.bytes ?? 0) - shownBytes) };
}

/**
 * Whether JSON.stringify(value, null, 2) may be longer than `chars`: an estimate by a walk that
 * stops there (so it costs at most that much, whatever the value), counting each member's line
 * break and indentation. Strings count as their length: escapes add at most a few times that,
 * which indenting cannot multiply.
 */
function prettyMayExceed(value: unknown, chars: number): boolean {
  let left = chars;
  const stack: Array<{ item: unknown; depth: number }> = [{ item: value, depth: 0 }];
  while (stack.length > 0) {
    const { item, depth } = stack.pop()!;
    if (typeof item === "string") left -= item.length + 2;
    else if (typeof item !== "object" || item === null) left -= String(item).length;
    else {
      // The brackets and the closing line; then per member its line break, indent and comma.
      left -= 3 + 2 * depth;
      const member = 2 * (depth + 1) + 2;
      if (Array.isArray(item)) {
        for (let i = 0; i < item.length && left >= 0; i++) {
          left -= member;
          stack.push({ item: item[i], depth: depth + 1 });
        }
      } else {
        for (const key of Object.keys(item)) {
          // `"key": `
          left -= member + key.length + 4;
          if (left < 0) return true;
          stack.push({ item: (item as Record<string, unknown>)[key], depth: depth + 1 });
        }
      }
    }
    if (left < 0) return true;
  }
  return false;
}
