// The one glob dialect of flows-action: trigger types (`pull_request.*`), watched tags
// (`rust-v*`), and the `glob()` and `changed()` condition functions all use it.
// `*` matches any run of characters, `/` included (tags like `release/1.2` and paths like
// `bindings/x/y.ts` both need it; `**` is therefore the same as `*`), `?` one character,
// `[...]` a class (`[!...]` or `[^...]` negated), and `\` makes the next character literal.
// Every other character, `.` included, matches itself. The whole text must match.

// Matching never uses one regular expression for the whole glob: `^.*a.*a.*b$` backtracks
// polynomially (a `*a*a*a*a*a*b` glob against 80 `a`s took 5 s in V8, 160 never ended, and no
// deadline can stop a native regex call), and `glob(event.payload.body, '*bug*fix*')` runs on
// payload text. The glob is split at its stars instead; each part (fixed length: characters,
// `?` and classes) is anchored or searched for at its leftmost place, which is correct for `*`
// and linear in the text for each part.

type Compiled = { regex: RegExp; parts: RegExp[]; lengths: number[] };

const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 1000;

/**
 * The most characters a glob with wildcards may have. Searching for a part costs up to the
 * text's length times the part's, in one native regex call no deadline stops, and a glob can
 * be payload text (`glob(x, event.payload.pattern)`, `changed(event.payload.path)`): a
 * 20,000-character glob took 2.6 s against 400,000 characters of payload, and more with more
 * text. At this length 10 MB of text takes about a second; written globs are far shorter.
 */
export const GLOB_MAX_LENGTH = 500;

/** A pattern with no wildcard is compared as plain text (the common trigger type). */
export function isLiteralGlob(pattern: string): boolean {
  return !/[*?[\\]/.test(pattern);
}

/** The glob as an anchored RegExp; throws an Error whose message says what to fix. */
export function globToRegExp(glob: string): RegExp {
  return compile(glob).regex;
}

function compile(glob: string): Compiled {
  const cached = cache.get(glob);
  if (cached) return cached;
  if (glob.length > GLOB_MAX_LENGTH && !isLiteralGlob(glob)) {
    const length = glob.length.toLocaleString("en-US");
    throw new Error(`a glob with wildcards is at most ${GLOB_MAX_LENGTH} characters; this one has ${length}`);
  }
  // The regex source of each part between stars, and how many characters it matches.
  const sources: string[] = [""];
  const lengths: number[] = [0];
  const add = (source: string): void => {
    const last = sources.length - 1;
    sources[last] = `${sources[last] ?? ""}${source}`;
    lengths[last] = (lengths[last] ?? 0) + 1;
  };
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? "";
    if (char === "*") {
      while (glob[i + 1] === "*") i++;
      sources.push("");
      lengths.push(0);
    } else if (char === "?") {
      add(".");
    } else if (char === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) throw new Error(`"${glob}" has a "[" without a closing "]"; write \\[ for a literal bracket`);
      let body = glob.slice(i + 1, end);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated) body = body.slice(1);
      add(`[${negated ? "^" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`);
      i = end;
    } else if (char === "\\" && i + 1 < glob.length) {
      add(escapeRegExp(glob[i + 1] ?? ""));
      i++;
    } else {
      add(escapeRegExp(char));
    }
  }
  const compiled: Compiled = {
    regex: new RegExp(`^${sources.join(".*")}$`, "s"),
    // Sticky for the first and last part (anchored where they must be), global for the others.
    parts: sources.map((source, index) => new RegExp(source, index === 0 || index === sources.length - 1 ? "sy" : "sg")),
    lengths,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(glob, compiled);
  return compiled;
}

/** Whether `value` matches the glob; a pattern without wildcards is plain equality. */
export function globMatches(pattern: string, value: string): boolean {
  if (isLiteralGlob(pattern)) return pattern === value;
  const { regex, parts, lengths } = compile(pattern);
  if (parts.length === 1) return regex.test(value);
  const at = (index: number, from: number): boolean => {
    const part = parts[index] as RegExp;
    part.lastIndex = from;
    return part.test(value);
  };
  const last = parts.length - 1;
  const end = value.length - (lengths[last] as number);
  // The first part at the start, the last at the end, without overlapping.
  if (end < (lengths[0] as number) || !at(0, 0) || !at(last, end)) return false;
  let position = lengths[0] as number;
  for (let index = 1; index < last; index++) {
    const part = parts[index] as RegExp;
    part.lastIndex = position;
    const found = part.exec(value);
    if (!found || found.index + (lengths[index] as number) > end) return false;
    position = found.index + (lengths[index] as number);
  }
  return true;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
