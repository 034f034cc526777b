// Byte-bounded text for check run output. GitHub caps `summary` and `text` at 65,535
// (https://docs.github.com/rest/checks/runs#create-a-check-run); we count UTF-8 bytes, which is
// never less than characters, so the cap holds whatever GitHub counts.
//
// Like the markdown helpers, these redact before they defuse or cut: the last redaction pass
// cannot see a secret whose `@` got a zero-width space, whose `<` became `‹`, or whose first
// characters were cut off.
import { redacted } from "../redact-cut.js";
import { wellFormedText } from "../text-cut.js";
import { codeBlock, foldedHead, showHiddenCharacters, withoutColours } from "./markdown.js";

export const CHECK_OUTPUT_LIMIT_BYTES = 65_535;

/**
 * Bytes past a limit kept of text that is shown (hidden characters as `<U+0001>`, mentions
 * broken) before it is cut to the limit: more than a cut between graphemes gives back (256 UTF-16
 * units, src/text-cut.ts), so text that is cut still is after it is shown, and enough for what
 * showing one character looks at after it (a flag's tag sequence, the letter after `@`).
 */
export const SHOWN_MARGIN_BYTES = 1024;

export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * A fenced code block of at most `maxBytes` bytes: the content is cut before it is fenced, so a
 * cut never leaves a fence open. `cutBytes` says how much of the content was left out.
 */
export function boundedCodeBlock(
  content: string,
  options: { maxBytes: number; keep: "head" | "tail"; language?: string },
): { block: string; cutBytes: number } {
  // Redacted whole before it is cut: a cut through a secret leaves a part no redaction matches.
  // Colours are removed (before redaction, as codeBlock does) and hidden characters shown before
  // the cut too, so the budget counts what is shown. Shown only in the part that can be shown
  // (SHOWN_MARGIN_BYTES): showing never shortens text, and shown whole, 4 MiB of tag characters
  // took 3 s. `cutBytes` counts the bytes left out of that part as given, the rest as shown.
  const part = redacted(withoutColours(content)).part(options.keep, options.maxBytes + SHOWN_MARGIN_BYTES);
  const clean = part.text.map(showHiddenCharacters);
  const total = part.cut + clean.bytes;
  let budget = options.maxBytes - 16 - (options.language?.length ?? 0);
  for (let tries = 0; tries < 8 && budget > 0; tries++) {
    const kept = options.keep === "head" ? clean.head(budget) : clean.tail(budget);
    const block = codeBlock(kept.text, options.language);
    const size = byteLength(block);
    if (size <= options.maxBytes) return { block, cutBytes: part.cut + kept.cut };
    // Long backtick runs lengthen the fence; shrink by the overflow and try again.
    budget = Math.min(budget - (size - options.maxBytes) - 16, Math.floor(budget * 0.9));
  }
  return { block: "", cutBytes: total };
}

/**
 * One line of plain text (check titles, annotation titles): no line breaks, no markup GitHub
 * could render (`<>` become `‹›`), mentions broken so nobody is pinged, control characters and
 * bidirectional controls shown as `<U+0001>`, `<U+202E>` (before the cut, so `maxChars` counts them).
 */
export function plainText(text: string, maxChars: number): string {
  const line = foldedHead(redacted(text), maxChars, (clean) =>
    // Spaces and line breaks, but not the vertical tab, the form feed and U+FEFF, which are shown.
    foldSpaces(clean),
  );
  // The rest only in the part that can be shown: `maxChars` code points take at most 4 bytes each.
  const shown = line.part("head", 4 * maxChars + SHOWN_MARGIN_BYTES).text.map((part) =>
    // Hidden characters are shown before mentions are broken with a zero-width space of our own.
    showHiddenCharacters(
      // Well-formed: a name is sent in a URL (encodeURIComponent throws on half a pair) and
      // compared with GitHub's answer, which holds U+FFFD where the half was. (A cut never
      // splits a pair, so the part's lone surrogates are the text's.)
      wellFormedText(part).replace(/</g, "‹").replace(/>/g, "›"),
    ).replace(/@(?=[\w-])/g, "@\u200b"),
  );
  return shown.clip(maxChars);
}

/** Last line of defence: summary and text within the limit even if a renderer misjudged. */
export function boundOutput<T extends { summary: string; text?: string }>(output: T): T {
  const cap = (raw: string): string => {
    const text = redacted(raw);
    return text.bytes <= CHECK_OUTPUT_LIMIT_BYTES
      ? text.text
      : `${text.head(CHECK_OUTPUT_LIMIT_BYTES - 200).text}\n\n> ✂️ Cut to stay under GitHub's 65,535-byte limit; each step's status and output are in the job log.`;
  };
  return { ...output, summary: cap(output.summary), ...(output.text === undefined ? {} : { text: cap(output.text) }) };
}

/**
 * Each run of spaces and line breaks (not the vertical tab, the form feed or U+FEFF, which are
 * shown) one space, the edges trimmed. On Node 24 the regex over a run of megabytes can throw
 * "Maximum call stack size exceeded" (its backtracking stack), depending on the stack in use:
 * then the same is made by splitting at each such character, which backtracks nothing.
 */
function foldSpaces(text: string): string {
  try {
    return text.replace(/[^\S\v\f\ufeff]+/g, " ").replace(/^ | $/g, "");
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return text
      .split(/[^\S\v\f\ufeff]/)
      .filter((word) => word !== "")
      .join(" ");
  }
}
