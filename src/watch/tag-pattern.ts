// Tag filters for watched repositories: a glob (`rust-v*`) or a regular expression
// (`/^rust-v\d+\.\d+\.\d+$/`). picomatch is not a dependency, and tags need far less than
// path globs: `*` (any run of characters, `/` included, since tags like `release/1.2` are
// common), `?` (one character) and `[...]` classes (`[!...]` or `[^...]` negated).

export type TagPattern = {
  /** As the user wrote it, for messages and documentation. */
  source: string;
  regex: RegExp;
};

/** Parse a glob or `/regex/flags`; throws an Error whose message says what to fix. */
export function parseTagPattern(text: string): TagPattern {
  const source = text.trim();
  if (source === "") throw new Error("the tag pattern is empty; write a glob like rust-v* or a /regex/");
  const regexForm = /^\/(.+)\/([a-z]*)$/s.exec(source);
  if (regexForm) return { source, regex: compileRegex(regexForm[1] ?? "", regexForm[2] ?? "") };
  return { source, regex: globToRegExp(source) };
}

export function matchesTag(patterns: readonly TagPattern[], tag: string): boolean {
  return patterns.length === 0 || patterns.some((pattern) => pattern.regex.test(tag));
}

function compileRegex(body: string, flags: string): RegExp {
  const unsupported = flags.replace(/[imsu]/g, "");
  if (unsupported !== "") {
    throw new Error(`the regular expression flag(s) "${unsupported}" are not supported; use i, m, s or u`);
  }
  try {
    return new RegExp(body, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`/${body}/ is not a valid regular expression (${reason})`);
  }
}

/** The whole tag must match the glob. */
export function globToRegExp(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? "";
    if (char === "*") {
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
  return new RegExp(`^${out}$`, "s");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
