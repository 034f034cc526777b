import type { StoreProblem, StoreProblemsLeftOut } from "./types.js";
import { quotedTextEnd } from "../quoted-text.js";

/** How many problems of one kind a store lists one by one; the rest are counted. */
export const PROBLEMS_SHOWN_PER_KIND = 20;
/** How many kinds are told apart; problems of any further kind are counted together. */
export const PROBLEM_KINDS = 20;

/**
 * A store's problems, each added once: the same path and message again is not added. Known
 * ones are kept in a set: searching the list for each new one took minutes for a listing of a
 * branch of 100,000 damaged records (5·10⁹ comparisons).
 *
 * Only the first PROBLEMS_SHOWN_PER_KIND of each kind are listed in `problems`; the rest are
 * counted (`leftOut`, exact). A listing of 100,000 damaged records printed a line for each (36 MB).
 */
export class ProblemLog {
  readonly problems: StoreProblem[] = [];
  readonly #seen = new Set<string>();
  readonly #kinds = new Map<string, StoreProblemsLeftOut>();
  #count = 0;

  report(problem: StoreProblem): void {
    const key = `${problem.path}\0${problem.message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#count += 1;
    let kind = problemKind(problem);
    if (!this.#kinds.has(kind) && this.#kinds.size >= PROBLEM_KINDS) kind = OTHER_KIND;
    let entry = this.#kinds.get(kind);
    if (!entry) {
      entry = { kind: kind === OTHER_KIND ? "problems of other kinds" : kind, first: problem, shown: 0, count: 0 };
      this.#kinds.set(kind, entry);
    }
    if (entry.shown < PROBLEMS_SHOWN_PER_KIND) {
      entry.shown += 1;
      this.problems.push(problem);
    } else entry.count += 1;
  }

  /** Every problem met, listed or not. */
  get count(): number {
    return this.#count;
  }

  /** The kinds of which some problems are not listed, with how many (oldest kind first). */
  get leftOut(): StoreProblemsLeftOut[] {
    return [...this.#kinds.values()].filter((entry) => entry.count > 0).map((entry) => ({ ...entry }));
  }
}

const OTHER_KIND = "\0other";

/**
 * What makes problems alike: the message with what names one record (its path, quoted text,
 * numbers, ids with a slash or colon) taken out. Two records unreadable the same way are one kind.
 */
export function problemKind(problem: StoreProblem): string {
  // A word with a slash, colon or backslash, matched only from the word's start: `/\S*[/:\\]\S*/g`
  // went over the rest of a long word without one again from each of its characters.
  return withoutQuotedText(problem.message.split(problem.path).join("<path>"))
    .replace(/(?<!\S)[^\s/:\\]*[/:\\]\S*/g, (word) => (word === "<path>" || /^[a-z]+:$/i.test(word) ? word : "…"))
    .replace(/\d+/g, "N");
}

/**
 * The message with each double-quoted text (`\` escapes a character other than a line end) as
 * `"…"`. Read in one pass, not by a regex: `/"(?:[^"\\]|\\.)*"/` keeps a backtrack entry per
 * character, and V8 ran out of stack on a `"` and 8 Mi characters after it.
 */
function withoutQuotedText(text: string): string {
  let shown = "";
  let from = 0;
  for (let open = text.indexOf('"'); open >= 0; ) {
    const end = quotedTextEnd(text, open + 1);
    if (end.closed) {
      shown += `${text.slice(from, open)}"…"`;
      from = end.at + 1;
      open = text.indexOf('"', from);
    } else {
      // Every `"` before where this one failed is an escaped one inside it: each fails there too.
      open = text.indexOf('"', end.at + 1);
    }
  }
  return shown + text.slice(from);
}

/** "and 99,980 more like it: …", one line for a kind of problems not listed one by one. */
export function leftOutLine(leftOut: StoreProblemsLeftOut): string {
  const total = leftOut.shown + leftOut.count;
  return (
    `and ${leftOut.count} more like it (${total} in all of this kind; the first: ${leftOut.first.path}: ${leftOut.first.message}), ` +
    "not listed one by one: mend or remove those records where the store keeps them (each is skipped meanwhile)."
  );
}

/** Every problem a store met, listed or not. */
export function storeProblemCount(store: { problems: readonly StoreProblem[]; problemsLeftOut?: readonly StoreProblemsLeftOut[] }): number {
  return store.problems.length + (store.problemsLeftOut ?? []).reduce((sum, kind) => sum + kind.count, 0);
}
