// The characters a flow or step name should not hold though flow.toml's schema takes them: the
// bidirectional controls (U+202E shows the rest of the name reversed, in `ls`, summaries and file
// pickers), the invisible format characters (`pay\u200bpal` looks like `paypal`), the soft hyphen
// and the tag characters. One rule for both of its users: `flows new` refuses such a name before
// it writes it (src/cli/new-names.ts); discovery loads one as the older runtime did, which took
// any non-blank name, and warns at its line (manifest.ts, manifest-steps.ts). Not the joiners
// U+200C and U+200D, which emoji and several scripts need (src/log-text.ts).
import { flowSchema } from "../generated/flow-schema.js";
import { BIDI_CONTROL_CLASS, FLAG_TAG_SEQUENCE, HIDDEN_CHARACTER_CLASS, TAG_CHARACTER } from "../log-text.js";

// Without the u flag: TAG_CHARACTER is a surrogate pair, which a u-flagged expression matches
// only as two lone halves. A subdivision flag (the flag of England: U+1F3F4, tag letters, the
// cancel tag) is an emoji, not hidden text: it is matched first and kept whole, as the logs do.
const HIDDEN = new RegExp(`${FLAG_TAG_SEQUENCE}|[\\u00ad${HIDDEN_CHARACTER_CLASS}]|${TAG_CHARACTER}`, "g");
const BIDI = new RegExp(`[${BIDI_CONTROL_CLASS}]`);
/** flow.toml's rule for names (schemas/flow.schema.json, definitions.name), as ajv checks it. */
const NAME_PATTERN = new RegExp(flowSchema.definitions.name.pattern, "u");

/** What a message says of a name holding hidden characters. */
export type HiddenInName = {
  /** The name with each hidden character written as its escape (`notes\u202egpj.exe`). */
  escaped: string;
  /** Their code points, each once: `U+202E, U+200B`. */
  codePoints: string;
  /** What they do to the name as it is shown: "which changes the order ...", "which shows as nothing ...". */
  does: string;
  /** The name without them, when that is still a name flow.toml takes. */
  without?: string;
};

/** The hidden characters `name` holds, said for a message; undefined when it holds none. */
export function hiddenInName(name: string): HiddenInName | undefined {
  const hidden = (name.match(HIDDEN) ?? []).filter(isHidden);
  if (hidden.length === 0) return undefined;
  const bidi = hidden.some((char) => BIDI.test(char));
  const without = withoutHidden(name);
  const found: HiddenInName = {
    escaped: withEscapes(name),
    codePoints: [...new Set(hidden.map(codePoint))].join(", "),
    does: bidi ? "which changes the order the name is shown in (the text after it can read reversed)" : "which shows as nothing, so the name looks like one it is not",
  };
  if (without.trim() !== "" && NAME_PATTERN.test(without)) found.without = without;
  return found;
}

/** `text` without its hidden characters (a subdivision flag kept whole). */
export function withoutHidden(text: string): string {
  return text.replace(HIDDEN, (char) => (isHidden(char) ? "" : char));
}

/**
 * Whether a flow.toml's text holds such a character anywhere: discovery for one event parses that
 * package at once rather than deferring it (discovery.ts), so the warning about a name holding one
 * is given on every event, as in a repository of 100 packages or fewer.
 */
export function holdsHiddenCharacter(text: string): boolean {
  return (text.match(HIDDEN) ?? []).some(isHidden);
}

/** A match of HIDDEN that is a hidden character, not a subdivision flag kept whole. */
function isHidden(match: string): boolean {
  return match.length <= 2;
}

/** `U+202E`, for a message: the character's code point. */
function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The name with each hidden character written as its escape (`\u202e`, `\u{e0041}`), as the logs show it. */
function withEscapes(name: string): string {
  return name.replace(HIDDEN, (char) => {
    if (!isHidden(char)) return char;
    const code = char.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
