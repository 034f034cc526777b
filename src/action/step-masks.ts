// `::add-mask::<value>` printed by a flow step. Step output is shown as plain text (no workflow
// command runs from it: src/action/runner.ts), so the runner never sees a step's add-mask: a step
// that masked a credential it fetched, as any workflow step does, published it. The action reads
// the command as the runner would, and registers the value: with the redactor (the log, summary,
// outputs, check runs, state records) and with the runner (core.setSecret).
// https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs (TryParseV2, TryParse)
// A value shorter than the redactor's minimum is not masked (as in the redact input): echoed
// untrusted text (`::add-mask::a` in a pull-request title) would shred every later line.

// A flow backend's runs carry their steps' output too (`output`, the older backend's `stdout`
// and `stderr`, errors): the same commands are read from it (src/action/modes/http.ts), as it
// is read and before any of it is cut or shown.

// `flows` reads them too (src/cli/commands.ts), with this class: a value a step masks is masked in
// what the CLI prints and stores, as in the action's. The CLI has no runner to tell (setSecret).

import { MIN_SECRET_LENGTH, type Redactor } from "../redact.js";

/** Where masked values and the one warning go: the action's io (src/action/io.ts), or the CLI's. */
export type StepMaskSink = { setSecret(value: string): void; warning(message: string): void };

/**
 * `::add-mask::value` (v2: properties may follow the name after a space) or the deprecated
 * `##[add-mask]value`, after leading white space (.NET's TrimStart); the name in any case.
 */
const ADD_MASK = /^[\s\u0085]*(?:::add-mask(?:[ \t][^\r\n]*?)?::|##\[add-mask(?:[ \t][^\]\r\n]*)?\])(.*)$/i;

/** Masks one job's steps may add: each is a few forms more to look for in every line. */
export const MAX_STEP_MASKS = 1000;
/**
 * Characters of values one job's steps may mask, in all. A step can print any text (a pull
 * request's body it echoes), so its masks are a stranger's: the redactor finds them in linear
 * time while all forms fit its automaton (about nine forms' characters a value character, 27 bytes
 * each), and this keeps them there.
 */
export const MAX_STEP_MASK_CHARS = 64 * 1024;

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

/** The values one job's flow steps mask: each is registered once, up to MAX_STEP_MASKS, then one warning says the rest are not. */
export class StepMasks {
  readonly #io: StepMaskSink;
  readonly #redactor: Redactor;
  readonly #instead: string;
  readonly #values = new Set<string>();
  #refused = false;
  #chars = 0;

  /** `instead`: what the warning says to do with secrets beyond the bounds (the action's redact input by default). */
  constructor(io: StepMaskSink, redactor: Redactor, instead = "Pass secrets a step prints through the redact input instead.") {
    this.#io = io;
    this.#redactor = redactor;
    this.#instead = instead;
  }

  /** Mask the value one line of step output asks to mask, if it does. */
  line(raw: string): void {
    const value = addMaskValue(raw);
    if (value === undefined || this.#values.has(value)) return;
    if (this.#values.size >= MAX_STEP_MASKS || this.#chars + value.length > MAX_STEP_MASK_CHARS) {
      if (!this.#refused) {
        this.#refused = true;
        this.#io.warning(
          `The flow steps printed more than ${MAX_STEP_MASKS} ::add-mask:: commands, or values of more than ` +
            `${MAX_STEP_MASK_CHARS.toLocaleString("en-US")} characters in all; the values of the rest are not masked. ${this.#instead}`,
        );
      }
      return;
    }
    this.#chars += value.length;
    this.#values.add(value);
    this.#redactor.add(value);
    this.#io.setSecret(value);
  }

  /**
   * Mask what each line of a text of step output asks to mask (a backend's run, read again at
   * each poll: a value already masked costs nothing). Lines end as the runner reads them.
   */
  text(text: string): void {
    if (!MENTIONS_ADD_MASK.test(text)) return;
    for (const line of text.split(/\r\n|\r|\n/)) this.line(line);
  }
}

/** Cheap test: a text without it holds no command. */
const MENTIONS_ADD_MASK = /add-mask/i;
