// Text from FLOW_RESULT and step output is untrusted: it must not inject HTML, ping people
// or teams, or break the table / code block it sits in.
//
// Each helper redacts its text before it escapes or cuts it: the redactor's last pass over the
// finished markdown cannot see a token whose `_` became `\_`, a secret holding `&` or `<`, or the
// part of a token left before a cut.
import { redactor } from "../redact.js";
import { clipText } from "../text-cut.js";

const ZERO_WIDTH_SPACE = "\u200b";

/** Escape text for one markdown table cell or inline sentence. */
export function inlineText(text: string, maxChars = 300): string {
  // Every line break, a lone `\r` too (markdown ends a table row at it).
  const oneLine = redactor.redact(text).replace(/\r\n|[\r\n\u2028\u2029]/g, " ").trim();
  const cut = clipText(oneLine, maxChars);
  // Markdown escapes first: the entities added after them contain `#`.
  return cut
    .replace(/([\\`*_[\]#~])/g, "\\$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "&#124;")
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}

/** A fenced code block that its content cannot close early, whatever backticks it holds. */
export function codeBlock(raw: string, language = ""): string {
  const content = redactor.redact(raw);
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content.replace(/\n$/, "")}\n${fence}`;
}

/** Inline code that its content cannot break out of. */
export function inlineCode(text: string): string {
  const oneLine = redactor.redact(text).replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
  const longestRun = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${ticks}${pad}${oneLine.replace(/\|/g, "\\|")}${pad}${ticks}`;
}

/** Text for an HTML `<summary>` element (markdown is not rendered there). */
export function htmlText(text: string): string {
  return redactor
    .redact(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}

/** Cut a string to a byte budget at a character boundary, saying what was cut. */
export function cutToBytes(raw: string, maxBytes: number, note: (cutBytes: number) => string): string {
  const text = redactor.redact(raw);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= maxBytes) return text;
  const reserve = Buffer.byteLength(note(bytes), "utf8") + 16;
  let keep = Buffer.from(text, "utf8").subarray(0, Math.max(0, maxBytes - reserve)).toString("utf8");
  keep = keep.replace(/\uFFFD$/, "");
  return `${keep}\n${note(bytes - Buffer.byteLength(keep, "utf8"))}`;
}
