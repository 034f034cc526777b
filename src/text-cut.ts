// Text from outside (step output, result messages, titles, release bodies, payloads) is cut to
// a length in many places. A cut by UTF-16 units can fall between the two halves of a surrogate
// pair (an emoji, a rarer CJK character): the half left behind shows as U+FFFD, and reaches the
// GitHub API as an escaped lone surrogate. These cut on code points instead, and count them.
// (A code point is not always a whole grapheme: a flag or a ZWJ emoji can still be cut apart,
// into characters that are each valid.)

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
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

/** The first `max` code points of a text, and how many code points after them were cut. */
export function cutCodePoints(text: string, max: number): { kept: string; cut: number } {
  // A text of at most `max` UTF-16 units has at most `max` code points.
  if (text.length <= max) return { kept: text, cut: 0 };
  const end = codePointEnd(text, Math.max(0, max));
  if (end >= text.length) return { kept: text, cut: 0 };
  return { kept: text.slice(0, end), cut: codePointLength(text, end) };
}

/** At most `max` code points of a text; a text that was cut ends in `marker` (counted in `max`). */
export function clipText(text: string, max: number, marker = "…"): string {
  if (text.length <= max || codePointEnd(text, max) >= text.length) return text;
  return `${text.slice(0, codePointEnd(text, Math.max(0, max - codePointLength(marker))))}${marker}`;
}
