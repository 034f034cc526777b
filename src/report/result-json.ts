// A step's FLOW_RESULT as reports show it: laid out as JSON.stringify(result, null, 2) does, for
// reading, unless that would be long. Indenting grows with depth: a 2 MB result (within its
// 4 MiB and 256 levels) holding a long array 250 levels down is over 500 million characters laid
// out, every element on a line of its own 500 spaces in. V8 gave up with "Invalid string length"
// after seconds and half a gigabyte, and the job lost its summary and check runs. Compact, the
// JSON is about the size the step printed.

/** Results whose indented JSON may be longer than this (in characters) are shown compact. */
export const PRETTY_RESULT_CHARS = 1024 * 1024;

/** The result's JSON, indented when that stays within `maxPrettyChars`, compact otherwise. */
export function resultJsonText(result: unknown, maxPrettyChars = PRETTY_RESULT_CHARS): string {
  return prettyMayExceed(result, maxPrettyChars) ? JSON.stringify(result) : JSON.stringify(result, null, 2);
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
