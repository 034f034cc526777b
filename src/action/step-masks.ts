// `::add-mask::<value>` printed by a flow step. Step output is shown as plain text (no workflow
// command runs from it: src/action/runner.ts), so the runner never sees a step's add-mask: a step
// that masked a credential it fetched, as any workflow step does, published it. The action reads
// the command as the runner would, and registers the value: with the redactor (the log, summary,
// outputs, check runs, state records) and with the runner (core.setSecret).
// https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs (TryParseV2, TryParse)
// A value shorter than the redactor's minimum is not masked (as in the redact input): echoed
// untrusted text (`::add-mask::a` in a pull-request title) would shred every later line.

import { MIN_SECRET_LENGTH } from "../redact.js";

/**
 * `::add-mask::value` (v2: properties may follow the name after a space) or the deprecated
 * `##[add-mask]value`, after leading white space (.NET's TrimStart); the name in any case.
 */
const ADD_MASK = /^[\s\u0085]*(?:::add-mask(?:[ \t][^\r\n]*?)?::|##\[add-mask(?:[ \t][^\]\r\n]*)?\])(.*)$/i;

/** Masks one job's steps may add: each is a few forms more to look for in every line. */
export const MAX_STEP_MASKS = 1000;

/**
 * The value a step's output line asks to mask, unescaped as the runner does; undefined for any
 * other line, and for a value shorter than MIN_SECRET_LENGTH.
 */
export function addMaskValue(line: string): string | undefined {
  const match = ADD_MASK.exec(line);
  if (!match) return undefined;
  // The runner's UnescapeData: %0D, %0A, then %25.
  const value = (match[1] ?? "").replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  return value.trim().length < MIN_SECRET_LENGTH ? undefined : value;
}
