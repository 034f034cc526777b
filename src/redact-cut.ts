// Text from outside is redacted, then cut to a limit: a table cell, a check-run title, the
// start of an error, the tail of a step's output. Only in that order: cut first, a secret the
// cut goes through leaves a part no redaction matches (the first 20 characters of a token stay
// in the check-run title), and a cut that forgets to redact publishes the secret whole. So the
// cuts for outside text are methods of a redacted text: none can be reached before redacting.
import { type Redactor, redactor as sharedRedactor } from "./redact.js";
import { clipText, cutCodePoints, headOfBytes, tailOfBytes } from "./text-cut.js";

/** What a cut kept, and how much it left out: code points for a cut by characters, UTF-8 bytes for one by bytes. */
export type TextCut = { text: string; cut: number };

/** Text redacted whole, and the cuts that may then be made of it (all between graphemes, src/text-cut.ts). */
export interface RedactedText {
  readonly text: string;
  /** Its size in UTF-8 bytes. */
  readonly bytes: number;
  /**
   * The text after a change made once it is redacted and before it is cut (lines folded into
   * one, control characters escaped, mentions broken), so the cut counts what is shown.
   */
  map(change: (text: string) => string): RedactedText;
  /** The first whole graphemes of at most `max` code points. */
  chars(max: number): TextCut;
  /** At most `max` code points; when cut, ending in `marker` (counted in `max`). */
  clip(max: number, marker?: string): string;
  /** The first whole graphemes of at most `maxBytes` UTF-8 bytes. */
  head(maxBytes: number): TextCut;
  /** The last whole graphemes of at most `maxBytes` UTF-8 bytes. */
  tail(maxBytes: number): TextCut;
  /**
   * The first (`head`) or last (`tail`) whole graphemes of at most `maxBytes` UTF-8 bytes, still
   * redacted text, and the bytes left out: the part a change that only lengthens text (hidden
   * characters shown) need be made in, before the final cut, when only so much can be shown.
   */
  part(keep: "head" | "tail", maxBytes: number): { text: RedactedText; cut: number };
}

/** Outside text, redacted by the process's redactor (or the one given) before any cut. */
export function redacted(raw: string, redactor: Redactor = sharedRedactor): RedactedText {
  return new Redacted(redactor.redact(raw));
}

class Redacted implements RedactedText {
  #bytes: number | undefined;

  constructor(readonly text: string) {}

  get bytes(): number {
    this.#bytes ??= Buffer.byteLength(this.text, "utf8");
    return this.#bytes;
  }

  map(change: (text: string) => string): RedactedText {
    return new Redacted(change(this.text));
  }

  chars(max: number): TextCut {
    const { kept, cut } = cutCodePoints(this.text, max);
    return { text: kept, cut };
  }

  clip(max: number, marker?: string): string {
    return clipText(this.text, max, marker);
  }

  head(maxBytes: number): TextCut {
    return this.#bytesCut(headOfBytes(this.text, maxBytes));
  }

  tail(maxBytes: number): TextCut {
    return this.#bytesCut(tailOfBytes(this.text, maxBytes));
  }

  part(keep: "head" | "tail", maxBytes: number): { text: RedactedText; cut: number } {
    const kept = keep === "head" ? this.head(maxBytes) : this.tail(maxBytes);
    return { text: kept.cut === 0 ? this : new Redacted(kept.text), cut: kept.cut };
  }

  #bytesCut(kept: string): TextCut {
    return { text: kept, cut: kept.length === this.text.length ? 0 : this.bytes - Buffer.byteLength(kept, "utf8") };
  }
}

/**
 * A value from outside, as JSON on one short line for a message: redacted whole before the cut
 * (a cut through a secret leaves a part no later redaction matches); undefined is "nothing".
 */
export function shownValue(value: unknown, chars = 80): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return redacted(text).clip(chars, "...");
}
