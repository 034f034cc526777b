// Names that differ only in letter case or Unicode form ("Release" and "release", "ﬂow" with the
// fl ligature and "flow", full-width "ｆｌｏｗ", an "é" composed or as e + U+0301) are different
// strings to the engine, so both packages load and run. To a reader of a check run, a summary or
// a comment they are one name, and so they are to anything that folds case (macOS and Windows
// file systems, case-insensitive lookups). A warning, not an error: the older runtime ran both,
// and packages written for it must keep running.
import type { FlowDiagnostic } from "../contracts.js";

/**
 * The name as a reader sees it: NFKC (compatibility forms to their plain letters, composed
 * accents), then case folded. JavaScript has no full case fold; upper then lower case folds the
 * multi-letter cases (ß and ẞ to "ss") that lower case alone leaves apart.
 */
export function foldName(name: string): string {
  return name.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC");
}

/** A name and where it is written, for the message about it. */
export type NamedPlace = {
  name: string;
  /** The file shown in the diagnostic (absolute). */
  file: string;
  line?: number;
  column?: number;
};

/**
 * How two different names that fold the same differ, as the middle of a sentence: "differ only
 * in letter case", "differ only in Unicode form ("ﬂ" U+FB02 is a form of "fl")".
 */
export function howNamesDiffer(a: string, b: string): string {
  const kinds: string[] = [];
  const normalA = a.normalize("NFKC");
  const normalB = b.normalize("NFKC");
  if (normalA !== a || normalB !== b) {
    if (a.normalize("NFC") === b.normalize("NFC")) {
      kinds.push("Unicode normalisation (one is written composed, NFC, the other decomposed, NFD: they look identical)");
    } else {
      const forms = [...new Set([...compatibilityForms(a), ...compatibilityForms(b)])].slice(0, 3);
      kinds.push(`Unicode form (${forms.length > 0 ? forms.join("; ") : "one is not in NFKC form"})`);
    }
  }
  if (normalA !== normalB) kinds.push("letter case");
  return `differ only in ${kinds.join(" and ")}`;
}

/** The characters of `name` that NFKC changes, as `"ﬂ" (U+FB02) is a form of "fl"`. */
function compatibilityForms(name: string): string[] {
  const forms: string[] = [];
  for (const char of name.normalize("NFC")) {
    const plain = char.normalize("NFKC");
    if (plain === char) continue;
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    forms.push(`"${char}" (U+${code}) is a form of "${plain}"`);
  }
  return forms;
}

/** `path:line` for a message. */
export function placeText(place: Pick<NamedPlace, "file" | "line">, shownPath: (file: string) => string): string {
  return `${shownPath(place.file)}${place.line === undefined ? "" : `:${place.line}`}`;
}

export type CollisionOptions = {
  /** "flow" or "step", for the message. */
  what: "flow" | "step";
  /** The path as messages show it (relative to the repository). */
  shownPath: (file: string) => string;
  /** What a reader or a tool would confuse, as the end of a sentence. */
  consequence: string;
};

/**
 * A warning for each name that folds to the same text as an earlier, different one, placed at
 * the later name and citing the earlier. Names equal as strings are not this check's business
 * (a duplicate flow is shadowed; a duplicate step is an error). `places` in discovery order.
 */
export function nameCollisions(places: readonly NamedPlace[], options: CollisionOptions): FlowDiagnostic[] {
  const firstByFold = new Map<string, NamedPlace>();
  const problems: FlowDiagnostic[] = [];
  for (const place of places) {
    const fold = foldName(place.name);
    const first = firstByFold.get(fold);
    if (first === undefined) {
      firstByFold.set(fold, place);
      continue;
    }
    if (first.name === place.name) continue;
    const problem: FlowDiagnostic = {
      severity: "warning",
      file: place.file,
      message:
        `${options.what} name ${JSON.stringify(place.name)} and ${options.what} name ${JSON.stringify(first.name)} ` +
        `(${placeText(first, options.shownPath)}) ${howNamesDiffer(place.name, first.name)}: ${options.consequence} ` +
        `Rename this ${options.what} (or the other) so the two differ in more than case and Unicode form; ` +
        "names of lower-case ASCII letters, digits and dashes avoid this.",
    };
    if (place.line !== undefined) problem.line = place.line;
    if (place.column !== undefined) problem.column = place.column;
    problems.push(problem);
  }
  return problems;
}
