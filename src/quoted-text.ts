// The end of a JSON-like quoted text ("…" with backslash escapes), found by a scan: the regex
// `"(?:[^"\\]|\\.)*"` keeps a backtrack entry per character and overflows V8's regexp stack on
// megabytes (Node 24), where a scan costs one pass.

/** What a regex's `.` does not match: an escape never takes one. */
const LINE_ENDS = "\n\r\u2028\u2029";

/** Where the `"` that closes a quoted text begun before `at` stands, or where the text stops being one. */
export function quotedTextEnd(text: string, at: number): { closed: boolean; at: number } {
  let next = at;
  while (next < text.length) {
    const char = text.charAt(next);
    if (char === '"') return { closed: true, at: next };
    if (char !== "\\") next += 1;
    else if (next + 1 < text.length && !LINE_ENDS.includes(text.charAt(next + 1))) next += 2;
    else return { closed: false, at: next };
  }
  return { closed: false, at: next };
}
