// Tag filters for watched repositories: a glob (`rust-v*`, the dialect of src/flows/glob.ts:
// `*` crosses `/`, so tags like `release/1.2` work) or a regular expression
// (`/^rust-v\d+\.\d+\.\d+$/`). Tags come from other people's repositories, so both match in
// linear time: globs part by part (src/flows/glob.ts), regular expressions on re2js (RE2), where
// `/(a+)+$/` against a crafted tag cannot take exponential time as JavaScript's engine would.
import { RE2JS } from "re2js";
import { globMatches, globToRegExp } from "../flows/glob.js";

export type TagPattern = {
  /** As the user wrote it, for messages and documentation. */
  source: string;
  regex: { test(tag: string): boolean };
};

/** Parse a glob or `/regex/flags`; throws an Error whose message says what to fix. */
export function parseTagPattern(text: string): TagPattern {
  const source = text.trim();
  if (source === "") throw new Error("the tag pattern is empty; write a glob like rust-v* or a /regex/");
  const regexForm = /^\/(.+)\/([a-z]*)$/s.exec(source);
  if (regexForm) return { source, regex: compileRegex(regexForm[1] ?? "", regexForm[2] ?? "") };
  if (source.includes(",")) {
    // `tags=a*,b*` reads as a list but is one glob that only a tag holding a comma matches: it
    // would match nothing, silently.
    throw new Error(
      `"${source}" is one glob, comma included, so it matches only tags that hold a comma; give each pattern its own tags= ` +
        `(${source.split(",").slice(0, 4).map((part) => `tags=${part.trim()}`).join(" ")}; in .github/flows.toml a list), ` +
        "or write a /regex/ for tags that hold a comma",
    );
  }
  globToRegExp(source); // checked here: a bad glob is an error of the configuration, with its line
  return { source, regex: { test: (tag) => globMatches(source, tag) } };
}

export function matchesTag(patterns: readonly TagPattern[], tag: string): boolean {
  return patterns.length === 0 || patterns.some((pattern) => pattern.regex.test(tag));
}

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0 };

function compileRegex(body: string, flags: string): TagPattern["regex"] {
  const unsupported = flags.replace(/[imsu]/g, "");
  if (unsupported !== "") {
    throw new Error(`the regular expression flag(s) "${unsupported}" are not supported; use i, m, s or u`);
  }
  try {
    new RegExp(body, flags); // JavaScript's reason for a pattern that is no regular expression at all
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`/${body}/ is not a valid regular expression (${reason})`);
  }
  try {
    const compiled = RE2JS.compile(RE2JS.translateRegExp(body), [...flags].reduce((bits, flag) => bits | (FLAGS[flag] ?? 0), 0));
    return { test: (tag) => compiled.test(tag) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/invalid repeat count/.test(reason)) {
      throw new Error(
        `/${body}/ cannot be used (${reason}). Tag patterns run on a linear-time engine (RE2), which repeats at most 1000 times ({n,m} up to 1000); rewrite it within that`,
      );
    }
    throw new Error(
      `/${body}/ cannot be used (${reason}). Tag patterns run on a linear-time engine (RE2), which has no ` +
        "backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!); rewrite it without them",
    );
  }
}
