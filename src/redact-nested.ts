// A secret JSON-escaped any number of times: a JSON string inside a JSON string inside a JSON
// string, as a step that logs a request body whose field is JSON prints it, then `flows --json`
// and the `results` output quote that line once more. The redactor registers each form escaped
// once and twice (src/redact.ts, encodings()); escaped again, a `"` is 7 backslashes and a quote,
// 15 the time after, and the forms of every depth would grow as 2^depth. So deeper ones are found
// another way: each run of backslashes is one backslash, in the text and in the forms.
//
// Why that finds every depth: JSON-escaping a text with no control character (every text once
// escaped) doubles each backslash and puts one before each `"`, and changes nothing else (a
// non-ASCII character stays as it is, as JavaScript and Newtonsoft write it; Python's `\u00e9`
// forms are registered forms, escaped on from there the same way). So escaped `d` ≥ 1 times, a
// form F shows as JSON(F) with each run of backslashes longer: with each run as one backslash, the
// same text whatever `d` is. Only escaping three times or more makes a run of DEEP_RUN backslashes
// (a `\n` in a secret is 4 there, a `"` 7, a `\` 8), and the forms escaped once and twice are
// registered already: a text without such a run is not searched again.
//
// Matching with runs of backslashes as one can mask text the secret is not in (`a\"b` for a
// secret `a"b` escaped once, where the text is a JSON string holding `a\` and `"b`): masking a
// little more is safe. The search is one pass over the text with runs folded (linear, and bounded
// as findSpans bounds any search).

import { findSpans, linesOf, OVERLAP_BUDGET_CHARS, type SecretFinder } from "./redact-spans.js";

/** Backslashes in a row that only escaping three times or more makes (see above). */
const DEEP_RUN = "\\\\\\\\";
const BACKSLASH = 92;

/**
 * The form that finds `form` JSON-escaped any number of times with each run of backslashes as
 * one; undefined for a form JSON leaves as it is (no `"`, `\` or control character), whose deeper
 * escapes are itself.
 */
export function foldedEscapedForm(form: string): string | undefined {
  const json = JSON.stringify(form).slice(1, -1);
  return json === form ? undefined : json.replace(/\\+/g, "\\");
}

/** Whether `text` may hold a form escaped three times or more (a run of DEEP_RUN backslashes). */
export function mayHoldDeepEscapes(text: string): boolean {
  return text.includes(DEEP_RUN);
}

/**
 * Where the folded forms (`finder`, of foldedEscapedForm) are in `text` with each run of
 * backslashes as one: spans of `text` (start, end, …) that start before `until`, a span that
 * starts or ends inside a run taking the whole run. `byLine`: the search's bound is per line.
 */
export function deepEscapeSpans(finder: SecretFinder, text: string, until: number, byLine = false): number[] {
  if (!mayHoldDeepEscapes(text)) return [];
  // Where each folded run is in the folded text, and how many characters were taken out up to
  // and with it.
  const runAt: number[] = [];
  const takenOut: number[] = [];
  const parts: string[] = [];
  let taken = 0;
  let last = 0;
  // indexOf and a loop: a regex's match objects, one per run, took twice as long over 10 MB.
  for (let at = text.indexOf("\\\\"); at >= 0; at = text.indexOf("\\\\", last)) {
    let end = at + 2;
    while (text.charCodeAt(end) === BACKSLASH) end++;
    parts.push(text.slice(last, at + 1));
    runAt.push(at - taken);
    taken += end - at - 1;
    takenOut.push(taken);
    last = end;
  }
  parts.push(text.slice(last));
  const folded = parts.join("");
  const found = findSpans(finder, folded, folded.length, { left: 2 * folded.length + OVERLAP_BUDGET_CHARS }, byLine ? linesOf(folded, undefined) : undefined);
  const spans: number[] = [];
  for (let i = 0; i < found.length; i += 2) {
    const start = found[i]! + takenBefore(runAt, takenOut, found[i]!);
    if (start >= until) break;
    spans.push(start, found[i + 1]! + takenBefore(runAt, takenOut, found[i + 1]!));
  }
  return spans;
}

/** Characters taken out before folded position `at`: by the runs that start before it. */
function takenBefore(runAt: readonly number[], takenOut: readonly number[], at: number): number {
  let low = 0;
  let high = runAt.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runAt[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : takenOut[low - 1]!;
}

/**
 * Where `chars` characters of `text` after `from` end when each run of backslashes counts as one
 * (text.length when the text ends first): how far a secret escaped at any depth that starts or
 * crosses at `from` can reach, for a folded form of at most `chars` characters.
 */
export function foldedEnd(text: string, from: number, chars: number): number {
  let at = from;
  for (let left = chars; left > 0 && at < text.length; left--) {
    if (text.charCodeAt(at) === BACKSLASH) while (text.charCodeAt(at + 1) === BACKSLASH) at++;
    at++;
  }
  return at;
}

/** `text` with each run of more than `keep` backslashes shortened to `keep` (keep ≥ DEEP_RUN's length: folded, the text is the same). */
export function shortenedRuns(text: string, keep: number): string {
  // A fixed count then `+`: V8 keeps a backtrack entry for each character of `{n,}` (src/redact.ts).
  return text.replace(new RegExp(`\\\\{${keep}}\\\\+`, "g"), "\\".repeat(keep));
}
