// Tag filters for watched repositories: a glob (`rust-v*`, the dialect of src/flows/glob.ts:
// `*` crosses `/`, so tags like `release/1.2` work) or a regular expression
// (`/^rust-v\d+\.\d+\.\d+$/`).
import { globToRegExp } from "../flows/glob.js";

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
