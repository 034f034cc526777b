// Text from FLOW_RESULT and step output is untrusted: it must not inject HTML, ping people
// or teams, or break the table / code block it sits in.
//
// Each helper redacts its text before it escapes or cuts it: the redactor's last pass over the
// finished markdown cannot see a token whose `_` became `\_`, a secret holding `&` or `<`, or the
// part of a token left before a cut.
import { FLAG_TAG_SEQUENCE, HIDDEN_CHARACTER_CLASS, TAG_CHARACTER } from "../log-text.js";
import { redactor } from "../redact.js";
import { type RedactedText, redacted } from "../redact-cut.js";

/**
 * The C0 controls but tab, line feed and carriage return (U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F), DEL, the C1 controls U+0080–U+009F (U+0085, the next line, among them), the
 * soft hyphen U+00AD, the bidirectional controls and the invisible format characters. GitHub
 * shows none of the controls: an event id `a`, U+0001 (or U+0085), `b` read as `ab` in the
 * summary, the comment and the check run. Tab and the line breaks stay: they are text, and code
 * blocks of step output need them.
 *
 * And the tag characters U+E0000–U+E007F (as surrogate pairs, `\uDB40\uDC00`–`\uDB40\uDC7F`):
 * invisible everywhere, they spell ASCII that no reader sees but a program reading the comment
 * does (`deploy` and `deploy` with `ignore previous instructions` in tags look the same). But a
 * subdivision flag (🏴 U+1F3F4, tag letters, U+E007F: the flag of England) is left whole.
 */
const SHOWN_HIDDEN = new RegExp(
  `${FLAG_TAG_SEQUENCE}|[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad${HIDDEN_CHARACTER_CLASS}]|${TAG_CHARACTER}`,
  "g",
);

/**
 * Every character GitHub would hide or drop (above) as `<U+0085>`, `<U+202E>`, `<U+E0041>`: the
 * form GitHub itself shows hidden characters in, readable alike in a table cell, inline code, a
 * code block or a title. In the finished text they reorder and hide nothing. All GitHub text
 * goes through it.
 */
export function showHiddenCharacters(text: string): string {
  return text.replace(SHOWN_HIDDEN, (char) =>
    char.length > 2 ? char : `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/** SGR sequences (colours, bold...): step output coloured for a terminal (many tools colour it on GitHub Actions). */
const SGR = /\u001b\[[0-9;:]*m/g;

/**
 * Text for a code block: SGR sequences removed (markdown has no colours; shown, each would read
 * `<U+001B>[31m`), every other escape sequence's ESC shown as `<U+001B>`, like the other hidden
 * characters. Before redaction: a colour sequence in the middle of a secret must not hide it.
 */
export function withoutColours(text: string): string {
  return text.replace(SGR, "");
}

const ZERO_WIDTH_SPACE = "\u200b";
/** Spaces and line breaks (`\s`), but not the vertical tab, the form feed and U+FEFF, which are shown. */
/** Whether a UTF-16 unit is a space or line break folded away: `[^\S\v\f\ufeff]` (all in the BMP). */
export function isFoldedSpace(unit: number): boolean {
  return (
    unit === 0x20 ||
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  );
}

/**
 * Trimmed of spaces and line breaks (isFoldedSpace) at both ends. Not by `/[…]+$/g`: tried at
 * each character of a run of spaces inside the text, it read on to the run's end every time, and
 * a FLOW_RESULT message of `a`, 40,000 spaces, `b` took 4 s (4 MiB of them, hours).
 */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && isFoldedSpace(text.charCodeAt(end - 1))) end--;
  return trimLeadingSpaces(text.slice(0, end));
}

/**
 * Without its leading spaces and line breaks (isFoldedSpace). A search for the first other
 * character, not `/^[…]+/`: on Node 24 the regex over 4 MiB of
 * `\r\n` threw "Maximum call stack size exceeded" now and then (its backtracking stack).
 */
function trimLeadingSpaces(text: string): string {
  const start = text.search(NOT_FOLDED_SPACE);
  return start === 0 ? text : start === -1 ? "" : text.slice(start);
}

/** The first character that is not a folded space: one class, searched natively, nothing to backtrack. */
const NOT_FOLDED_SPACE = /[\S\v\f\ufeff]/;

/**
 * `fold` made in as much of the head of a redacted text as a clip to `maxChars` code points can
 * keep: the same clip as of `text.map(fold)`. `fold` may only shorten text, and only where it
 * changes it (line breaks to spaces, runs of spaces to one, the edges trimmed). Made over a whole
 * 4 MiB FLOW_RESULT message of `a\n`, one line break to a space each, it took over a second for a
 * title of 255 characters; here the head grows fourfold until its fold is longer than the clip
 * and the grapheme a clip looks at past it (src/text-cut.ts), or is the whole text.
 */
export function foldedHead(text: RedactedText, maxChars: number, fold: (text: string) => string): RedactedText {
  const enough = 2 * maxChars + SHOWN_MARGIN_UNITS;
  // Both folds trim the start: trimmed first, 4 MiB of line breaks is not folded whole to nothing.
  const trimmed = text.map(trimLeadingSpaces);
  for (let bytes = 4 * enough; ; bytes *= 4) {
    const part = trimmed.part("head", bytes);
    if (part.cut === 0) return trimmed.map(fold);
    const folded = part.text.map(fold);
    if (folded.text.length > enough) return folded;
  }
}

/** UTF-16 units past a clip's end that the clip may look at (a grapheme's length, src/text-cut.ts), and the trimmed end. */
const SHOWN_MARGIN_UNITS = 1024;

/** Escape text for one markdown table cell or inline sentence. */
export function inlineText(text: string, maxChars = 300): string {
  // Every line break, a lone `\r` too (markdown ends a table row at it).
  // Trimmed of spaces, but not of the vertical tab, the form feed and U+FEFF, which are shown.
  const oneLine = foldedHead(redacted(text), maxChars, (clean) => trimSpaces(clean.replace(/\r\n|[\r\n\u2028\u2029]/g, " ")));
  const cut = oneLine.clip(maxChars);
  // Markdown escapes first: the entities added after them contain `#`.
  return breakReferences(showHiddenCharacters(cut).replace(/([\\`*_[\]#~])/g, "\\$1"))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "&#124;")
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}

/** A fenced code block that its content cannot close early, whatever backticks it holds. */
export function codeBlock(raw: string, language = ""): string {
  const content = showHiddenCharacters(redactor.redact(withoutColours(raw)));
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content.replace(/\n$/, "")}\n${fence}`;
}

/** Inline code that its content cannot break out of. */
export function inlineCode(text: string): string {
  const oneLine = showHiddenCharacters(redactor.redact(text).replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
  const longestRun = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${ticks}${pad}${oneLine.replace(/\|/g, "\\|")}${pad}${ticks}`;
}

/** After the scheme's `//` or `www.`: a host, an owner, a repository, then an issue's, pull request's or discussion's number. */
const ISSUE_ADDRESS = "[^\\s/]+/[^\\s/]+/[^\\s/]+/(?:issues|pulls?|discussions)/\\d";
const ISSUE_URL = new RegExp(`\\b(https?:)(?=//${ISSUE_ADDRESS})`, "gi");
const ISSUE_WWW = new RegExp(`\\b(www)(?=\\.${ISSUE_ADDRESS})`, "gi");

/**
 * Issue references (`#123`, `owner/repo#123`, `GH-123`) broken with a zero-width space, as
 * mentions are: GitHub links them in rendered text whatever escapes them (`\#123` too), and a
 * link in a comment puts a "mentioned this" event on that issue, in any repository the text
 * names. A pull request title of `#1 #2 #3` must not have the bot's comment do that. Nor may the
 * address of an issue, a pull request or a discussion (`https://github.com/o/r/issues/1`, on any
 * host: GitHub Enterprise too), which GitHub links as the reference `o/r#1`: a zero-width space
 * after its `https:` (or `www`) leaves it unlinked. Any other address is left as it is.
 */
function breakReferences(text: string): string {
  return text
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
    .replace(ISSUE_URL, `$1${ZERO_WIDTH_SPACE}`)
    .replace(ISSUE_WWW, `$1${ZERO_WIDTH_SPACE}`);
}

/** Text for an HTML `<summary>` element (markdown is not rendered there). */
export function htmlText(text: string): string {
  // References first: the entities added after them contain `#` and digits.
  return breakReferences(showHiddenCharacters(redactor.redact(text)))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}

/**
 * The labels of GitHub's alerts (`> [!NOTE]` …), which the action's own notes use: markdown it
 * did not write must not define them. A link reference definition holds for the whole document
 * wherever it stands (https://spec.commonmark.org/0.31.2/#link-reference-definitions), in a block
 * quote or a list item too, and its label matches case-insensitively with the whitespace at its
 * ends trimmed: `[!note]: https://example.com` in a step's job-summary text turned the action's
 * `> [!NOTE]` alerts into links to that page. Such a definition gets its `[` escaped (`\[`) and
 * stays as text. Matched wherever a line may start one (after spaces, `>` and list markers; in a
 * code block too, where the `\` then shows), its label over lines as well; isLineLead checks
 * what stands before the `[`.
 */
const ALERT_DEFINITION = /^([ \t>\-+*\d.)]*)\[(?=[ \t\r\n>]*!(?:note|tip|important|warning|caution)[ \t\r\n>]*\]:)/gim;

/** Markdown from outside (what flow steps write to the job summary) with no definition of an alert's label (ALERT_DEFINITION). */
export function withoutAlertDefinitions(markdown: string): string {
  return markdown.replace(ALERT_DEFINITION, (found: string, lead: string) => (isLineLead(lead) ? `${lead}\\[` : found));
}

/**
 * Whether what stands before a `[` is only spaces, `>` and list markers (`-`, `+`, `*`, `1.`,
 * `1)`, each with a space or tab after it). Read here, not by the regex: a repeated group there
 * keeps a backtrack entry per repetition, and V8 ran out of stack on some 8 Mi characters of `>`.
 */
function isLineLead(lead: string): boolean {
  let at = 0;
  while (at < lead.length) {
    const char = lead.charAt(at);
    if (char === " " || char === "\t" || char === ">") {
      at += 1;
      continue;
    }
    const end = listMarkerEnd(lead, at);
    if (end < 0 || (lead.charAt(end) !== " " && lead.charAt(end) !== "\t")) return false;
    at = end + 1;
  }
  return true;
}

/** Where a list marker (`-`, `+`, `*`, or 1 to 9 digits then `.` or `)`) that starts at `at` ends, or -1. */
function listMarkerEnd(text: string, at: number): number {
  const char = text.charAt(at);
  if (char === "-" || char === "+" || char === "*") return at + 1;
  let end = at;
  while (end - at < 10 && text.charAt(end) >= "0" && text.charAt(end) <= "9") end += 1;
  if (end === at || end - at > 9) return -1;
  return text.charAt(end) === "." || text.charAt(end) === ")" ? end + 1 : -1;
}

/** Cut a string to a byte budget between characters, saying what was cut. */
export function cutToBytes(raw: string, maxBytes: number, note: (cutBytes: number) => string): string {
  const clean = redacted(raw);
  if (clean.bytes <= maxBytes) return clean.text;
  const reserve = Buffer.byteLength(note(clean.bytes), "utf8") + 16;
  const keep = clean.head(maxBytes - reserve);
  return `${keep.text}\n${note(keep.cut)}`;
}

/**
 * Cut markdown to a byte budget between lines, and close what the cut leaves open (a fenced
 * code block, `<details>` blocks) before the note: cut anywhere, the note landed inside a code
 * block and every line after it, the next sections' too, rendered as code or stayed collapsed.
 * It reads the markdown these reports write: fences from codeBlock, `<details>` and `</details>`
 * tags outside them (outside text is escaped, so it brings no raw tag).
 */
export function cutMarkdownToBytes(raw: string, maxBytes: number, note: (cutBytes: number) => string): string {
  const text = redacted(raw);
  const bytes = text.bytes;
  if (bytes <= maxBytes) return text.text;
  const attempt = (room: number): { cut: string; over: number } => {
    const keep = wholeLines(text, room);
    const closed = `${keep}${closingTags(keep)}`;
    const cut = `${closed}\n${note(bytes - Buffer.byteLength(keep, "utf8"))}`;
    return { cut, over: Buffer.byteLength(cut, "utf8") - maxBytes };
  };
  let room = maxBytes - Buffer.byteLength(`\n${note(bytes)}`, "utf8");
  // The closing tags take room of their own: cut again, that much earlier. A few times: each try
  // reads all that is kept, and one that overflows by a byte gives back a byte, the same lines
  // kept while the room still reaches into a long line after them (a try per byte of it).
  for (let tries = 0; tries < CUT_TRIES; tries++) {
    const { cut, over } = attempt(room);
    if (over <= 0 || room <= 0) return cut;
    room -= over;
  }
  // Then the most room that fits, by halves of what is left (with no room, the note alone).
  let low = 0;
  let high = room;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (attempt(mid).over <= 0) low = mid;
    else high = mid - 1;
  }
  return attempt(low).cut;
}

/** Tries of cutMarkdownToBytes that give back what the closing tags overflowed, before it halves the room. */
const CUT_TRIES = 4;

/** The lines that fit whole in `maxBytes` (without their last line break), or part of the first if none does. */
function wholeLines(redactedText: RedactedText, maxBytes: number): string {
  const { text } = redactedText;
  const head = redactedText.head(maxBytes).text;
  if (head.length === text.length || text[head.length] === "\n") return head;
  const lineBreak = head.lastIndexOf("\n");
  return lineBreak >= 0 ? head.slice(0, lineBreak) : head;
}

/**
 * What closes the fenced code block, the raw HTML block, the HTML comment, the HTML elements and
 * the `<details>` blocks left open at the end of `markdown`: for markdown cut short, and for
 * markdown the action did not write (what flow steps append to the job summary), which must not
 * hide or fold away what comes after it. A raw HTML block opened by `<pre>`, `<script>`, `<style>`
 * or `<textarea>` at a line's start runs, by CommonMark's rule, to the line holding one of their
 * end tags: left open, everything after it is raw HTML, never markdown (and GitHub removes a
 * script or style whole, with all it holds). An element left open (WRAPPING_ELEMENTS) takes in
 * what follows it: a `<blockquote>`, `<ul>` or `<h1>` every section after it; an `<a href>` or
 * `<s>` each heading and paragraph after it as well, for an HTML parser opens a formatting
 * element again in each block that follows until it is closed (so every heading of the results
 * was a link to the step's choice of page). An end tag too many is ignored by the parser, so an
 * element counted as open that was none (a tag in an inline code span) costs nothing.
 */
export function closingTags(markdown: string): string {
  let fence: string | undefined;
  let raw: string | undefined;
  /** What ends the processing instruction, declaration or CDATA block that is open. */
  let special: string | undefined;
  let comment = false;
  let details = 0;
  // The HTML of the lines that are not code, in order: a tag may run over several lines.
  const html: string[] = [];
  for (const line of markdown.split("\n")) {
    if (special !== undefined) {
      if (line.includes(special)) special = undefined;
      continue;
    }
    if (raw !== undefined) {
      // HTML all the same: what a <pre> block opens stays open after it, and a comment in it (or
      // in a script, style or textarea, which GitHub shows as text) hides what follows the block.
      const scanned = scanComments(line, comment);
      comment = scanned.comment;
      if (raw === "pre") html.push(scanned.shown);
      if (RAW_BLOCK_END.test(line)) raw = undefined;
      continue;
    }
    if (fence !== undefined) {
      // A closing fence: the opening's character, at least as many, nothing after but spaces.
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      continue;
    }
    const open = comment ? undefined : /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open) {
      fence = open;
      continue;
    }
    const rawTag = comment ? undefined : RAW_BLOCK_START.exec(line)?.[1];
    if (rawTag) {
      const scanned = scanComments(line, comment);
      comment = scanned.comment;
      if (rawTag.toLowerCase() === "pre") html.push(scanned.shown);
      if (!RAW_BLOCK_END.test(line)) raw = rawTag.toLowerCase();
      continue;
    }
    const block = comment ? undefined : specialBlock(line);
    if (block) {
      // Ended on its first line, after its opening (`<?x?>`), or left open.
      if (!line.slice(block.after).includes(block.end)) special = block.end;
      continue;
    }
    const scanned = scanComments(line, comment);
    const shown = scanned.shown;
    comment = scanned.comment;
    details += (shown.match(/<details[\s>]/gi)?.length ?? 0) - (shown.match(/<\/details>/gi)?.length ?? 0);
    details = Math.max(0, details);
    html.push(shown);
  }
  const closers = openElements(html.join("\n"))
    .reverse()
    .map((name) => `</${name}>`)
    .join("");
  // A comment open in a raw block is closed inside it, before the end tag it would hide.
  const inRaw = raw === undefined ? "" : `${comment ? "\n-->" : ""}\n</${raw}>\n`;
  const outside = raw === undefined && comment ? "\n-->" : "";
  return `${fence === undefined ? "" : `\n${fence}`}${inRaw}${special === undefined ? "" : `\n${special}\n`}${outside}${closers ? `\n\n${closers}` : ""}${"\n\n</details>".repeat(details)}`;
}

/**
 * A line's text outside HTML comments, and whether a comment is open at its end (`comment`: one
 * was open at its start). A comment hides everything up to its `-->`, the rest of the document
 * when there is none.
 */
function scanComments(line: string, open: boolean): { shown: string; comment: boolean } {
  let comment = open;
  let shown = "";
  let rest = line;
  for (;;) {
    if (comment) {
      const end = rest.indexOf("-->");
      if (end < 0) break;
      comment = false;
      rest = rest.slice(end + 3);
    }
    const start = rest.indexOf("<!--");
    if (start < 0) {
      shown += rest;
      break;
    }
    shown += rest.slice(0, start);
    comment = true;
    rest = rest.slice(start + 4);
  }
  return { shown, comment };
}

/**
 * The elements that take in what follows them when left open: the formatting elements an HTML
 * parser opens again in every block after them (https://html.spec.whatwg.org/#formatting), the
 * blocks and inline elements that hold what comes next, `<bdo>` that shows it reversed, and those
 * that hide it: a `<template>`'s content is never shown, a `<select>` makes the parser drop every
 * tag after it, a `<video>` or `<object>` shows what it holds only where it cannot play. Not `<p>`,
 * whose end tag alone makes an empty paragraph; `<details>` is counted on its own.
 */
const WRAPPING_ELEMENTS = new Set(
  (
    "a abbr address applet article aside audio b bdi bdo big blockquote button canvas center cite code dd del dfn dir div dl dt " +
    "em fieldset figure font footer form h1 h2 h3 h4 h5 h6 header i ins kbd label li main mark marquee menu nav nobr noscript " +
    "object ol q ruby s samp section select small span strike strong sub sup table template tt u ul var video"
  ).split(" "),
);

/** The elements `html` leaves open, in order: a start tag opens one, an end tag closes the last of its name and what it holds. */
function openElements(html: string): string[] {
  const elements: string[] = [];
  if (!html.includes("<")) return elements;
  for (const [, end, tag = ""] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)(?=[\s/>])[^<>]*>/gi)) {
    const name = tag.toLowerCase();
    if (!WRAPPING_ELEMENTS.has(name)) continue;
    if (!end) {
      elements.push(name);
      continue;
    }
    const at = elements.lastIndexOf(name);
    if (at >= 0) elements.length = at;
  }
  return elements;
}

/**
 * The end of the HTML block of type 3, 4 or 5 (https://spec.commonmark.org/0.31.2/#html-blocks)
 * that `line` starts: a processing instruction `<?` runs to the line holding `?>`, a declaration
 * `<!DOCTYPE` to the line holding `>`, `<![CDATA[` to the line holding `]]>`. Left open, every
 * line after it was raw HTML, and to an HTML parser a comment up to the next `>`: the results
 * after a step's `<?php` showed as their markdown source, or not at all. With where its opening
 * ends; undefined for any other line.
 */
function specialBlock(line: string): { end: string; after: number } | undefined {
  const opening = /^ {0,3}(<\?|<!\[CDATA\[|<![A-Za-z])/.exec(line);
  const kind = opening?.[1];
  if (!opening || kind === undefined) return undefined;
  return { end: kind === "<?" ? "?>" : kind === "<![CDATA[" ? "]]>" : ">", after: opening[0].length };
}

/** CommonMark's HTML block of type 1: its start, at a line's start, and its end, anywhere in a line. */
const RAW_BLOCK_START = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;
const RAW_BLOCK_END = /<\/(?:pre|script|style|textarea)>/i;
