// Text from outside (step output, result messages, titles, release bodies, payloads) is cut to
// a length in many places. A cut by UTF-16 units can fall between the two halves of a surrogate
// pair (an emoji, a rarer CJK character): the half left behind shows as U+FFFD, and reaches the
// GitHub API as an escaped lone surrogate. A cut between code points can still fall inside one
// character as the reader sees it (a grapheme, UAX #29): a flag is two regional indicators
// (🇫🇷 cut after the first shows 🇫), a family emoji three people joined by ZWJ, a thumbs-up its
// skin tone, an `é` an `e` and a combining accent. So these cut between graphemes, and count
// code points.
//
// Finding the grapheme a cut falls in looks only at a window before the cut (GRAPHEME_WINDOW),
// never the whole text: hostile input (4 MiB of combining marks, or of regional indicators) is
// cut in bounded time. A "grapheme" longer than the window (no real character is) is cut
// between code points, as before.

/** UTF-16 units looked at before a cut (and after it, for a tail) to find its grapheme. */
const GRAPHEME_WINDOW = 256;
/** Regional indicators looked back over: flags pair from the start of their run. */
const MAX_FLAG_RUN = 1024;

let segmenter: Intl.Segmenter | undefined;

function graphemes(): Intl.Segmenter {
  // Built once: constructing one costs far more than segmenting a window.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return segmenter;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether a surrogate pair starts at `at`. */
function pairAt(text: string, at: number): boolean {
  return isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1));
}

/** A regional indicator (U+1F1E6–U+1F1FF) at `at`: the surrogate pair D83C DDE6–DDFF. */
function flagHalfAt(text: string, at: number): boolean {
  const low = text.charCodeAt(at + 1);
  return text.charCodeAt(at) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}

/** `at`, or one unit earlier when `at` falls between the halves of a surrogate pair. */
function codePointStart(text: string, at: number): number {
  return at > 0 && pairAt(text, at - 1) ? at - 1 : at;
}

/**
 * The grapheme boundaries nearest `at` (a code-point boundary): where the grapheme holding the
 * code point before `at` starts (`before`) and, when `at` is not a boundary, where it ends
 * (`after`). When that grapheme does not fit the window, both are `at`: a cut between code points.
 */
function graphemeAround(text: string, at: number, wantAfter: boolean): { before: number; after: number } {
  if (at <= 0 || at >= text.length) return { before: at, after: at };
  // Between two ASCII characters is always a boundary, but between CR and LF (the common case, at no cost).
  const previous = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at);
  if (previous < 0x80 && next < 0x80 && !(previous === 0x0d && next === 0x0a)) return { before: at, after: at };
  let from = codePointStart(text, Math.max(0, at - GRAPHEME_WINDOW));
  // Regional indicators pair from the start of their run; the window must start there.
  if (from > 0 && flagHalfAt(text, from)) {
    let flags = 0;
    while (from >= 2 && flagHalfAt(text, from - 2) && flags < MAX_FLAG_RUN) {
      from -= 2;
      flags++;
    }
    if (from >= 2 && flagHalfAt(text, from - 2)) return { before: at, after: at };
  }
  // Whether `at` is a boundary depends on the code point after it, never on any further one.
  const to = Math.min(text.length, wantAfter ? at + GRAPHEME_WINDOW : at + 2);
  // `containing` asks for the one grapheme, without walking (and allocating) every one in the window.
  const segments = graphemes().segment(text.slice(from, to));
  const hit = segments.containing(at - from);
  if (hit === undefined || hit.index === at - from) return { before: at, after: at };
  const before = from + hit.index;
  // Segmented from the window's start, the first boundary after it may be false: the rules that
  // join a ZWJ sequence or an Indic conjunct read back to where it began, before the window.
  const firstAfterStart = from + (segments.containing(0)?.segment.length ?? 0);
  // The grapheme began before the window, or may have: it is longer than the window.
  if (from > 0 && (before === from || before === firstAfterStart)) return { before: at, after: at };
  const end = before + hit.segment.length;
  // The grapheme runs past the window (not to the text's end): longer than the window.
  return { before, after: end === to && to < text.length ? at : end };
}

/** `at` (a code-point boundary), moved back to the start of the grapheme it falls in. */
function graphemeStart(text: string, at: number): number {
  return graphemeAround(text, at, false).before;
}

/** `at` (a code-point boundary), moved on to the end of the grapheme it falls in. */
function graphemeEnd(text: string, at: number): number {
  return graphemeAround(text, at, true).after;
}

/** The UTF-16 index after `count` code points from `start` (or the text's end, if it has fewer). */
function codePointEnd(text: string, count: number, start = 0): number {
  let i = start;
  for (let n = 0; n < count && i < text.length; n++) i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  return i;
}

/** How many code points a text holds from `start` on (an emoji is one, not two UTF-16 units). */
export function codePointLength(text: string, start = 0): number {
  let count = 0;
  for (let i = start; i < text.length; count++) i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  return count;
}

/**
 * The first graphemes of a text that hold at most `max` code points, and how many code points
 * after them were cut.
 */
export function cutCodePoints(text: string, max: number): { kept: string; cut: number } {
  // A text of at most `max` UTF-16 units has at most `max` code points.
  if (text.length <= max) return { kept: text, cut: 0 };
  const end = codePointEnd(text, Math.max(0, max));
  if (end >= text.length) return { kept: text, cut: 0 };
  const start = graphemeStart(text, end);
  return { kept: text.slice(0, start), cut: codePointLength(text, start) };
}

/** At most `max` code points of a text, cut between graphemes; a text that was cut ends in `marker` (counted in `max`). */
export function clipText(text: string, max: number, marker = "…"): string {
  if (text.length <= max || codePointEnd(text, max) >= text.length) return text;
  return `${text.slice(0, graphemeStart(text, codePointEnd(text, Math.max(0, max - codePointLength(marker)))))}${marker}`;
}

const utf8 = new TextEncoder();

/** The first graphemes of a text that fit in `maxBytes` UTF-8 bytes. */
export function headOfBytes(text: string, maxBytes: number): string {
  // Three bytes at most per UTF-16 unit.
  if (text.length * 3 <= maxBytes || Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  // encodeInto stops before a code point that does not fit; a lone surrogate takes 3 bytes (U+FFFD), as in Buffer.byteLength.
  const { read } = utf8.encodeInto(text, new Uint8Array(Math.max(0, maxBytes)));
  return text.slice(0, graphemeStart(text, read));
}

/**
 * The last graphemes of a text that fit in `maxBytes` UTF-8 bytes. Counted from the end, so the
 * tail of a 640 KB output costs its 16 KB, not the rest.
 */
export function tailOfBytes(text: string, maxBytes: number): string {
  let start = text.length;
  let bytes = 0;
  while (start > 0) {
    const unit = text.charCodeAt(start - 1);
    const pair = isLow(unit) && start >= 2 && isHigh(text.charCodeAt(start - 2));
    // A lone surrogate takes 3 bytes (U+FFFD), as in Buffer.byteLength.
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) break;
    bytes += size;
    start -= pair ? 2 : 1;
  }
  return start === 0 ? text : text.slice(graphemeEnd(text, start));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with every lone surrogate (half of a pair, as JSON's `"\ud83d"` can carry) made
 * U+FFFD, as UTF-8 would make it: what GitHub stores and answers. Names compared with GitHub's
 * answers must be made so before they are sent (String.prototype.toWellFormed, ES2024).
 */
export function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}
