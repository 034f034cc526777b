// The functions flows add to GitHub's expression language (workflows lack them):
// semver(version, range), glob(value, pattern), changed(pattern). docs/conditions.md.
import { data } from "@actions/expressions";
import type { FunctionDefinition, FunctionInfo } from "@actions/expressions/funcs/info";
import semver from "semver";
import { boundedTextFunctions, type TextBudget } from "./condition-limits.js";
import { globMatches, globToRegExp } from "./glob.js";

type ExpressionData = data.ExpressionData;

/**
 * What changed() answers from: the files an event touched, or why they are not known.
 * `incomplete` says why the list may lack files (a cap): a listed match is still true, but no
 * match cannot be told from a file left off, so changed() then fails with that reason.
 */
export type ChangedFiles = { files: readonly string[]; incomplete?: string } | { unknown: string };

export const CUSTOM_FUNCTIONS: readonly FunctionInfo[] = [
  { name: "semver", minArgs: 2, maxArgs: 2, description: "`semver(version, range)`: whether the version satisfies the npm-style range" },
  { name: "glob", minArgs: 2, maxArgs: 2, description: "`glob(value, pattern)`: whether the text (or any item of an array) matches the glob" },
  { name: "changed", minArgs: 1, maxArgs: 1, description: "`changed(pattern)`: whether a file the push or pull request touched matches the glob" },
];

/**
 * The custom functions for one event (`changed` reads that event's files), and GitHub's text
 * builders bounded by `budget` (condition-limits.ts).
 */
export function customFunctions(changed: () => ChangedFiles, budget: TextBudget): Map<string, FunctionDefinition> {
  const definitions: FunctionDefinition[] = [
    { ...info("semver"), call: (version, range) => new data.BooleanData(satisfies(version, range)) },
    { ...info("glob"), call: (value, pattern) => new data.BooleanData(globAny(value, pattern)) },
    {
      ...info("changed"),
      call: (pattern) => {
        const glob = patternText(pattern, "changed");
        const files = changed();
        if ("unknown" in files) throw new Error(files.unknown);
        const found = files.files.some((file) => globMatches(glob, file));
        if (!found && files.incomplete !== undefined) throw new Error(files.incomplete);
        return new data.BooleanData(found);
      },
    },
    ...boundedTextFunctions(budget),
  ];
  return new Map(definitions.map((definition) => [definition.name, definition]));
}

function info(name: string): FunctionInfo {
  return CUSTOM_FUNCTIONS.find((each) => each.name === name) as FunctionInfo;
}

// The first x.y.z[-prerelease][+build] in a text: tags carry prefixes (`v1.2.3`, `rust-v1.2.3`).
// It starts where a run of digits starts: tried from inside a run too, each start would scan the
// run again (quadratic: 40,000 digits of payload took 1.2 s in one regex call, which no
// deadline stops); the first match is the same.
// At most 128 more identifiers after the first of the prerelease and of the build: more make a
// text longer than the 256 characters semver parses (each is a dot and a character at least), so
// the answer is the same, and V8 keeps a backtrack entry for each: unbounded, a tag of
// `1.2.3-a.a.a…` of 8 million characters threw "Maximum call stack size exceeded" (Node 24).
const VERSION_IN_TEXT =
  /(?<!\d)(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+){0,128})?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+){0,128})?/;
/** Longer texts than this may overflow semver's own patterns (see coerced). */
const COERCE_OVERFLOW_CHARS = 1_000_000;
const ranges = new Map<string, semver.Range>();

/**
 * semver: the version is the first x.y.z in the text (`rust-v1.2.3` → 1.2.3, prerelease kept),
 * else what semver.coerce finds (`v1.2` → 1.2.0); npm's rules decide (a prerelease satisfies
 * only a range that names a prerelease of the same x.y.z). No version in the text: false.
 */
export function satisfies(version: ExpressionData | undefined, range: ExpressionData | undefined): boolean {
  const parsedRange = checkRange(range);
  if (!version?.primitive) return false;
  const text = version.coerceString();
  const found = VERSION_IN_TEXT.exec(text)?.[0];
  let parsed: semver.SemVer | null = null;
  if (found !== undefined) {
    // Parsing a version that is not valid throws inside semver; a pre-check keeps that rare.
    parsed = semver.parse(found);
  }
  parsed ??= coerced(text);
  return parsed !== null && parsedRange.test(parsed);
}

/**
 * semver.coerce, but null where its pattern overflowed V8's backtrack stack ("Maximum call stack
 * size exceeded", Node 24): only a version with millions of prerelease or build identifiers does
 * that, and coerced it is longer than the 256 characters semver parses, so null either way. In a
 * short text a RangeError is the stack's, not the text's: it stays an error.
 */
function coerced(text: string): semver.SemVer | null {
  try {
    return semver.coerce(text, { includePrerelease: true });
  } catch (error) {
    if (error instanceof RangeError && text.length >= COERCE_OVERFLOW_CHARS) return null;
    throw error;
  }
}

/** The range, parsed once per text; throws when it is not a range (a type error in the condition). */
export function checkRange(range: ExpressionData | undefined): semver.Range {
  if (!range?.primitive) throw new Error("semver() needs a range as its second argument, e.g. '>=1.2.0 <2'");
  const text = range.coerceString();
  let parsed = ranges.get(text);
  if (!parsed) {
    if (semver.validRange(text) === null) {
      throw new Error(`semver() range '${text}' is not a valid range; write e.g. '>=1.2.0 <2', '^1.4' or '1.x'`);
    }
    parsed = new semver.Range(text);
    if (ranges.size >= 1000) ranges.clear();
    ranges.set(text, parsed);
  }
  return parsed;
}

function globAny(value: ExpressionData | undefined, pattern: ExpressionData | undefined): boolean {
  const glob = patternText(pattern, "glob");
  if (!value) return false;
  if (value.kind === data.Kind.Array) {
    return (value as data.Array).values().some((item) => item.primitive && globMatches(glob, item.coerceString()));
  }
  return value.primitive && globMatches(glob, value.coerceString());
}

/** A glob argument as text; throws when it is not text or not a valid glob. */
export function patternText(pattern: ExpressionData | undefined, name: string): string {
  if (!pattern?.primitive || pattern.kind === data.Kind.Null) {
    throw new Error(`${name}() needs a glob pattern (a string such as 'rust-v*') as its ${name === "changed" ? "" : "second "}argument`);
  }
  const text = pattern.coerceString();
  globToRegExp(text);
  return text;
}
