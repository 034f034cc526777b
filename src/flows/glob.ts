// The one glob dialect of flows-action: trigger types (`pull_request.*`), watched tags
// (`rust-v*`), and the `glob()` and `changed()` condition functions all use it.
// `*` matches any run of characters, `/` included (tags like `release/1.2` and paths like
// `bindings/x/y.ts` both need it; `**` is therefore the same as `*`), `?` one character,
// `[...]` a class (`[!...]` or `[^...]` negated), and `\` makes the next character literal.
// Every other character, `.` included, matches itself. The whole text must match.

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 1000;

/** A pattern with no wildcard is compared as plain text (the common trigger type). */
export function isLiteralGlob(pattern: string): boolean {
  return !/[*?[\\]/.test(pattern);
}

/** The glob as an anchored RegExp; throws an Error whose message says what to fix. */
export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? "";
    if (char === "*") {
      while (glob[i + 1] === "*") i++;
      out += ".*";
    } else if (char === "?") {
      out += ".";
    } else if (char === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) throw new Error(`"${glob}" has a "[" without a closing "]"; write \\[ for a literal bracket`);
      let body = glob.slice(i + 1, end);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated) body = body.slice(1);
      out += `[${negated ? "^" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
      i = end;
    } else if (char === "\\" && i + 1 < glob.length) {
      out += escapeRegExp(glob[i + 1] ?? "");
      i++;
    } else {
      out += escapeRegExp(char);
    }
  }
  const regex = new RegExp(`^${out}$`, "s");
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(glob, regex);
  return regex;
}

/** Whether `value` matches the glob; a pattern without wildcards is plain equality. */
export function globMatches(pattern: string, value: string): boolean {
  if (isLiteralGlob(pattern)) return pattern === value;
  return globToRegExp(pattern).test(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
