// The one redactor. Every text that leaves the process — GitHub API bodies, the job summary,
// outputs, annotations, log lines, state records, the fork handover — passes through it, so a
// step that prints the token (or echoes untrusted text carrying it) cannot publish it.
//
// What it replaces with `***`:
// - every secret registered with add() (as is, JSON-escaped also as Python and Go escape it,
//   JSON-escaped any number of times (src/redact-nested.ts), each form GitHub's runner masks
//   (runnerForms in src/redact-forms.ts), percent-encoded also as form bodies and other encoders write it, quoted for a shell, escaped
//   for HTML, printed as a Python, Ruby or Go string literal, hex in either case and base64, also wrapped over lines as `base64` prints it): the action's token inputs, the backend's token, API key
//   and HMAC secret, and the values the workflow lists in the `redact` input (one per line).
//   The GitHub client and the backend client register their own credentials when created, so
//   a secret is known before the first byte is sent;
// - the user-info of any URL (`https://user:pw@host` → `https://***@host`) and the values of
//   credential-like query parameters (`?token=`, `access_token=`, `api_key=`, `sig=`, the
//   signature and session token of an S3 or GCS signed URL ...);
// - strings shaped like GitHub tokens (`ghp_…`, `ghs_…`, `github_pat_…`) that nobody registered.

import { MAX_PAYLOAD_DEPTH } from "./events/budget.js";
import { AutomatonFinder } from "./redact-automaton.js";
import { displayedForms, htmlEscapedForms, inspectedForms, pathQuotedForm, runnerForms, shellQuotedForms } from "./redact-forms.js";
import { deepEscapeSpans, foldedEscapedForm, mayHoldDeepEscapes } from "./redact-nested.js";
import { ESCAPED_WRAPPED_BREAKS, findSpans, linesOf, mayHoldWrappedText, OVERLAP_BUDGET_CHARS, type SecretFinder, unionOfSpans, wrappedSpans } from "./redact-spans.js";
import { wellFormedText } from "./text-cut.js";

/** Secrets shorter than this are not replaced: masking `a` would destroy every text. */
export const MIN_SECRET_LENGTH = 4;
/**
 * Deeper values are cut to a marker: hostile input may nest thousands of levels. A payload or a
 * FLOW_RESULT may nest MAX_PAYLOAD_DEPTH levels, and what is redacted wraps them (a stored record
 * puts a result at `runs[0].resultPayload`, a state artifact's file one list further down), so the
 * cap leaves room for that wrapping: at the payload's own depth, the record of an event nested
 * 256 levels kept a marker in place of its innermost value, and a replay ran on a different payload.
 */
export const MAX_REDACT_DEPTH = MAX_PAYLOAD_DEPTH + 16;
export const REDACTED = "***";
/** Digits a number must have to be taken for a secret (redactValue): fewer are counts and line numbers. */
export const MIN_NUMBER_SECRET_DIGITS = 8;
export const TOO_DEEP = "[cut: nested too deeply]";

// The scheme is bounded (real ones are short): unbounded, every word boundary of a long run
// like `a.a.a…` rescanned the rest of it, quadratic in the text once it held `://` anywhere.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^/@\s'"<>]+@/gi;
const QUERY_CREDENTIALS =
  /([?&;](?:access_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|pwd|auth|sig|signature|code|x-(?:amz|goog)-(?:signature|credential|security-token))=)[^&#;\s'"<>]+/gi;
// No word boundaries: a token is still a token after a letter, digit or `_` (`\nghp_…` in JSON
// text, `MY_ghp_…`, `a%3Dghp_…`) or before one (`ghp_…_suffix`). Masking a little more is safe.
// `{30}` then `*`, the same as `{30,}`: V8 runs `[…]{30,}` keeping a backtrack entry for each
// character, and on Node 24 a token-shaped run of 6 million characters threw "Maximum call stack
// size exceeded"; `[…]*` after a fixed count keeps none.
const GITHUB_TOKEN_SHAPE = /gh[pousr]_[A-Za-z0-9]{30}[A-Za-z0-9]*|github_pat_[A-Za-z0-9_]{30}[A-Za-z0-9_]*/g;
/** A URL's user-info with a password (`https://user:pw@`); a user name alone (`ssh://git@`) is no secret by itself. */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^/@\s'"<>:]*:[^/@\s'"<>]+@/i;
/** A credential query value inside a URL: outside one, `;key=x` may be a git branch's name. */
const URL_QUERY_CREDENTIAL = new RegExp(`:\\/\\/[^\\s'"<>]*${QUERY_CREDENTIALS.source}`, "i");
/** Cheap test: a text with none of these cannot hold a pattern match. */
const PATTERN_HINT = /:\/\/|[?&;][a-z_-]+=|gh[pousr]_|github_pat_/i;

export class Redactor {
  readonly #secrets = new Set<string>();
  #finder: SecretFinder | undefined;
  /** The finder of the forms holding a line break; null when there are none, undefined until asked. */
  #breakForms: SecretFinder | null | undefined;
  /** The finder of the forms escaped three times or more (src/redact-nested.ts); null when none has such forms. */
  #deepForms: SecretFinder | null | undefined;
  #longest = 0;
  readonly #indexAbove: { forms: number; chars: number; formLength?: number };

  /**
   * `indexAbove`: past how many forms, characters of forms, or characters of the longest form,
   * secrets are found through an Aho-Corasick automaton (tests set it; without formLength, no
   * form is too long for the alternation).
   */
  constructor(options: { indexAbove?: { forms: number; chars: number; formLength?: number } } = {}) {
    this.#indexAbove = options.indexAbove ?? INDEX_ABOVE;
  }

  /** Registers secrets (multi-line values line by line too, as the runner masks them). */
  add(...secrets: ReadonlyArray<string | undefined | null>): this {
    let changed = false;
    for (const secret of secrets) {
      if (typeof secret !== "string") continue;
      // Each once: a one-line secret is its own trimmed self and its one line. An empty input
      // (a token input left empty) has no form to mask.
      const parts = new Set([secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())]);
      // As the runner does (TrimDoubleQuotes, src/redact-forms.ts runnerForms): a secret given
      // in its quotes is masked without them too.
      const trimmed = secret.trim();
      if (trimmed.length > 8 && trimmed.startsWith('"') && trimmed.endsWith('"')) parts.add(trimmed.slice(1, -1));
      parts.delete("");
      for (const part of parts) {
        for (const form of encodings(part)) {
          if (form.length < MIN_SECRET_LENGTH || this.#secrets.has(form)) continue;
          this.#secrets.add(form);
          this.#longest = Math.max(this.#longest, form.length);
          changed = true;
        }
      }
    }
    if (changed) {
      this.#finder = undefined;
      this.#breakForms = undefined;
      this.#deepForms = undefined;
    }
    return this;
  }

  /** How many distinct secret forms are registered. */
  get size(): number {
    return this.#secrets.size;
  }

  /** The length of the longest registered form: the most text one secret can cover. */
  get longest(): number {
    return this.#longest;
  }

  /**
   * Where redact() replaces registered secrets in `text`: [start, end) pairs, in order, for the
   * spans that start before `until`. Matches that overlap (`qq-abcd` and `abcd-0123` in
   * `qq-abcd-0123`) make one span: matched one after another, the second would show from where the
   * first ended. Patterns (URL credentials, token shapes) are not included.
   *
   * Every position where a secret starts is visited (the next search starts one past the last
   * match's start), so the work grows with the matched text: for secrets that overlap themselves
   * densely (`abab…` in a long run of `ab`) it is bounded, and past that bound the rest of the text
   * is one span. Masking more than needed is safe; time without bound is not.
   */
  *secretSpans(text: string, until = text.length): Generator<[start: number, end: number]> {
    const spans = this.#spans(text, until);
    for (let i = 0; i < spans.length; i += 2) yield [spans[i]!, spans[i + 1]!];
  }

  /**
   * secretSpans as one flat array (start, end, start, end, …): redact() runs on every line. Text
   * wrapped over lines (the `base64` tool's 76 columns, `xxd -p`'s 60, with LF or CRLF) is also
   * searched with the line breaks inside it taken out (wrappedSegments), and what is found there
   * is masked on each line it covers. `byLine`: the search's bound is per line, and past it only
   * the rest of that line is masked (redactLines).
   */
  #spans(text: string, until: number, byLine = false): number[] {
    const finder = this.#compiled();
    if (!finder) return [];
    let spans = findSpans(finder, text, until, { left: 2 * text.length + OVERLAP_BUDGET_CHARS }, byLine ? linesOf(text, this.#breakFinder()) : undefined);
    const deep = this.#deepSpans(text, until, byLine);
    if (deep.length > 0) spans = unionOfSpans(spans, deep);
    if (!mayHoldWrappedText(text)) return spans;
    const wrapped = wrappedSpans(finder, text, until, byLine);
    return wrapped.length === 0 ? spans : unionOfSpans(spans, wrapped);
  }

  /** Where the forms are JSON-escaped three times or more (src/redact-nested.ts). */
  #deepSpans(text: string, until: number, byLine = false): number[] {
    if (!mayHoldDeepEscapes(text)) return [];
    if (this.#deepForms === undefined) {
      const folded = new Set<string>();
      for (const form of this.#secrets) {
        const each = foldedEscapedForm(form);
        if (each !== undefined && each.length >= MIN_SECRET_LENGTH) folded.add(each);
      }
      this.#deepForms = folded.size === 0 ? null : this.#finderOf([...folded]);
    }
    return this.#deepForms === null ? [] : deepEscapeSpans(this.#deepForms, text, until, byLine);
  }

  /** The text with every secret, URL credential and token-shaped string replaced by `***`. */
  redact(text: string): string {
    let clean = text;
    if (this.#compiled()) {
      const spans = this.#spans(text, text.length);
      const parts: string[] = [];
      let at = 0;
      for (let i = 0; i < spans.length; i += 2) {
        parts.push(text.slice(at, spans[i]), REDACTED);
        at = spans[i + 1]!;
      }
      if (parts.length > 0) {
        parts.push(text.slice(at));
        clean = parts.join("");
      }
    }
    return withoutPatterns(clean);
  }

  /**
   * Lines redacted as one text, each keeping its place: a secret across line breaks (base64 as
   * `base64` wraps it) is masked on every line it covers, never joining them. For a part of a
   * text cut by lines: the lines before it, as `context`, let a secret that starts there be
   * seen; they are not returned.
   *
   * The search's bound is per line, as if each line were redacted alone: with one bound for the
   * text, a line that overlapped a secret densely (`abab…` for a secret `abab…`) used it up, and
   * every line after it was masked whole. A secret starting in the part of such a line left
   * unsearched and going on over the break is masked on the next line too (crossingEnd in
   * src/redact-spans.ts).
   */
  redactLines(lines: readonly string[], context: readonly string[] = []): string[] {
    const all = context.length > 0 ? [...context, ...lines] : lines;
    const text = all.join("\n");
    const spans = this.#compiled() ? this.#spans(text, text.length, true) : [];
    const clean: string[] = [];
    let next = 0;
    let start = 0;
    for (const [index, line] of all.entries()) {
      const end = start + line.length;
      let shown = "";
      let at = start;
      while (next < spans.length && spans[next]! < end) {
        const from = Math.max(spans[next]!, at);
        const to = Math.min(spans[next + 1]!, end);
        if (from < to) {
          shown += `${text.slice(at, from)}${REDACTED}`;
          at = to;
        }
        if (spans[next + 1]! > end) break;
        next += 2;
      }
      if (index >= context.length) clean.push(withoutPatterns(shown + text.slice(at, end)));
      start = end + 1;
    }
    return clean;
  }

  /**
   * A batch of lines (`\n` between them) with each line redacted alone: what `text.split("\n")`
   * redacted one by one and joined again gives, in about the time of one redact() of the text.
   * For output already cut into lines and written in batches (`flows fire`'s step lines,
   * src/cli/line-batch.ts): redacted as one text, a mask could go on past a line's end, where
   * one line's densely overlapping secret used up the search's bound and masked the rest of the
   * batch, lines of other steps included, or a multi-line secret joined two lines into one.
   *
   * One search of the whole text finds the lines where a secret starts; only those, and the
   * lines holding a JSON-escaped break that wrapped text may cross, are redacted alone. The
   * patterns (URL credentials, token shapes) never cross a line break, so the other lines take
   * them together.
   */
  redactEachLine(text: string): string {
    const finder = this.#compiled();
    if (!finder) return withoutPatterns(text);
    const alone = linesWithEscapedWrappedBreaks(text);
    for (const start of this.#deepSpans(text, text.length).filter((_, i) => i % 2 === 0)) alone.add(text.lastIndexOf("\n", start - 1) + 1);
    for (let from = 0; from < text.length; ) {
      const start = finder.find(text, from);
      if (start < 0) break;
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      alone.add(lineStart);
      const newline = text.indexOf("\n", start);
      from = newline < 0 ? text.length : newline + 1;
    }
    if (alone.size === 0) return withoutPatterns(text);
    const parts: string[] = [];
    let at = 0;
    for (const lineStart of [...alone].sort((a, b) => a - b)) {
      if (lineStart > at) parts.push(withoutPatterns(text.slice(at, lineStart)));
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      parts.push(this.redact(text.slice(lineStart, lineEnd)));
      at = lineEnd;
    }
    parts.push(withoutPatterns(text.slice(at)));
    return parts.join("");
  }

  /**
   * Whether `text` holds a registered secret, a token-shaped string, a URL's password or a
   * credential query value of a URL: for a text that must be kept exactly or not at all (an event
   * id names its stored record). Unlike redact(), a URL's user name alone (`ssh://git@host`) is
   * not one, nor `;key=x` outside a URL (a git branch may be named so).
   */
  holdsSecret(text: string): boolean {
    if (this.#compiled() && this.#spans(text, text.length).length > 0) return true;
    if (!PATTERN_HINT.test(text)) return false;
    return text.search(GITHUB_TOKEN_SHAPE) >= 0 || URL_PASSWORD.test(text) || URL_QUERY_CREDENTIAL.test(text);
  }

  /**
   * A copy of a JSON-like value with every string (keys included) redacted. Iterative, so
   * hostile nesting cannot overflow the stack; values deeper than `maxDepth` become a marker.
   * Shared and circular references stay shared and circular. `shallow`: only the top level is
   * copied and redacted; nested arrays and objects (within `maxDepth`) are kept as they are, for
   * a caller that redacts a big value one part at a time (a stored record's event,
   * state/event-text.ts).
   */
  redactValue<T>(value: T, maxDepth = MAX_REDACT_DEPTH, shallow = false): T {
    if (typeof value === "string") return this.redact(value) as T;
    if (typeof value === "number") return this.#redactNumber(value) as T;
    if (typeof value !== "object" || value === null) return value;
    const copies = new Map<object, unknown>();
    const root: { value: unknown } = { value };
    const work: Array<{ holder: Record<string | number, unknown>; key: string | number; depth: number }> = [
      { holder: root as Record<string, unknown>, key: "value", depth: 0 },
    ];
    for (let item = work.pop(); item; item = work.pop()) {
      const { holder, key, depth } = item;
      const current = holder[key];
      if (typeof current === "string") {
        setOwn(holder, key, this.redact(current));
        continue;
      }
      if (typeof current === "number") {
        setOwn(holder, key, this.#redactNumber(current));
        continue;
      }
      if (typeof current !== "object" || current === null) continue;
      const seen = copies.get(current);
      if (seen !== undefined) {
        setOwn(holder, key, seen);
        continue;
      }
      if (depth >= maxDepth) {
        setOwn(holder, key, TOO_DEEP);
        continue;
      }
      if (shallow && depth > 0) continue;
      if (Array.isArray(current)) {
        const copy: unknown[] = current.slice();
        copies.set(current, copy);
        setOwn(holder, key, copy);
        for (let i = 0; i < copy.length; i++) work.push({ holder: copy as unknown as Record<number, unknown>, key: i, depth: depth + 1 });
        continue;
      }
      if (!isPlainObject(current)) continue;
      const copy: Record<string, unknown> = {};
      copies.set(current, copy);
      setOwn(holder, key, copy);
      for (const [name, field] of Object.entries(current)) {
        const cleanName = this.redact(name);
        setOwn(copy, cleanName, field);
        work.push({ holder: copy, key: cleanName, depth: depth + 1 });
      }
    }
    return root.value as T;
  }

  /**
   * A number that is a registered secret (an account id, a chat id in `redact`) as `***`: as a
   * JSON number it went out as it was. Only whole numbers of MIN_NUMBER_SECRET_DIGITS or more
   * that equal a secret: a record's own numbers (counts, lines, durations) keep their type.
   */
  #redactNumber(value: number): number | string {
    if (!Number.isSafeInteger(value) || Math.abs(value) < 10 ** (MIN_NUMBER_SECRET_DIGITS - 1)) return value;
    return this.#secrets.has(String(value)) ? REDACTED : value;
  }

  /** An error's message redacted (a new Error of the same name; the stack is dropped). */
  redactError(error: unknown): unknown {
    if (!(error instanceof Error)) return typeof error === "string" ? this.redact(error) : error;
    const message = this.redact(error.message);
    if (message === error.message) return error;
    try {
      error.message = message;
      if (error.stack) error.stack = this.redact(error.stack);
      return error;
    } catch {
      return Object.assign(new Error(message), { name: error.name });
    }
  }

  #compiled(): SecretFinder | undefined {
    if (this.#secrets.size === 0) return undefined;
    this.#finder ??= this.#finderOf([...this.#secrets]);
    return this.#finder;
  }

  /** What finds the forms holding a line break (a multi-line secret as is): only they go on past a line's end. */
  #breakFinder(): SecretFinder | undefined {
    if (this.#breakForms === undefined) {
      const forms = [...this.#secrets].filter((form) => form.includes("\n"));
      this.#breakForms = forms.length === 0 ? null : this.#finderOf(forms);
    }
    return this.#breakForms ?? undefined;
  }

  #finderOf(forms: string[]): SecretFinder {
    // Longest first, so a secret that contains another is replaced whole.
    const sorted = forms.sort((a, b) => b.length - a.length);
    const chars = sorted.reduce((sum, form) => sum + form.length, 0);
    const { forms: formsAbove, chars: charsAbove, formLength = Number.POSITIVE_INFINITY } = this.#indexAbove;
    const index = sorted.length > formsAbove || chars > charsAbove || (sorted[0]?.length ?? 0) > formLength;
    return !index ? new RegExpFinder(sorted) : chars > AUTOMATON_MAX_CHARS ? new PrefixIndexFinder(sorted) : new AutomatonFinder(sorted);
  }
}

/** The forms as one alternation, longest first: V8 skips ahead quickly while the forms are few. */
class RegExpFinder implements SecretFinder {
  readonly #pattern: RegExp;
  readonly #forms: readonly string[];
  readonly longest: number;
  matchLength = 0;

  constructor(longestFirst: string[]) {
    this.#forms = longestFirst;
    this.longest = longestFirst[0]?.length ?? 0;
    this.#pattern = new RegExp(longestFirst.map(literal).join("|"), "g");
  }

  find(text: string, from: number): number {
    // Set before each search: the pattern is shared.
    this.#pattern.lastIndex = from;
    const match = this.#pattern.exec(text);
    if (match === null) return -1;
    this.matchLength = match[0].length;
    return match.index;
  }

  holds(part: string): boolean {
    return this.#forms.some((form) => form.includes(part));
  }
}

/**
 * The alternation up to this many forms and characters of forms (a few secrets), the automaton
 * above; and for a form longer than formLength: V8's Boyer-Moore tables see a literal's last 250
 * characters only, and a regex search then compares nearly the whole form at each place of a
 * text that repeats its start (a 2,401-character mask: 0.7 s per MB of `q`s).
 */
const INDEX_ABOVE = { forms: 48, chars: 16 * 1024, formLength: 240 };
/** Characters of forms the automaton takes (about 27 MB); past them, the prefix index. */
const AUTOMATON_MAX_CHARS = 1_000_000;

/**
 * Past AUTOMATON_MAX_CHARS of forms (a secret of a megabyte: the automaton would take about 27
 * bytes a character). Linear only while no form's start repeats in the text: the forms past that
 * size are the redact input's and the job's own secrets, which no stranger writes; the masks a step
 * registers are capped well below it (src/action/step-masks.ts). Many forms, or long ones (a
 * multi-line key registers every line in every encoding: a 20-line key gives 123 forms): V8 runs a large alternation without its quick skipping, trying every
 * form at every position of the text: 1.9 s per 4 MiB of output for 20 lines, 9 s for 30, 0.2 s
 * for one 12 kB secret. Here a position is looked at only when its first PREFIX characters start
 * some form (a 64 Ki-entry filter of their hashes, then the forms with exactly those
 * characters): 40–100 ms per 4 MiB in those cases. The alternation is kept below INDEX_ABOVE,
 * where it is the faster (10–30 ms). Same answers either way (tested against each other).
 *
 * A secret's quoted and escaped forms mostly start alike (`it's`, `it\'s`, `it'\''s` …), and
 * secrets of one kind share a start too, so forms of LONG_PREFIX characters or more are also
 * keyed by that many: a text full of `it\'s` then costs one lookup per place, not a comparison
 * with each of the dozens of forms that start so.
 */
class PrefixIndexFinder implements SecretFinder {
  readonly #filter = new Uint8Array(1 << 16);
  /** The forms shorter than LONG_PREFIX by their first PREFIX characters, and whether longer ones start so. */
  readonly #byPrefix = new Map<string, { short: string[]; long: boolean }>();
  readonly #byLongPrefix = new Map<string, string[]>();
  readonly #forms: readonly string[];
  readonly longest: number;
  matchLength = 0;

  constructor(longestFirst: string[]) {
    this.#forms = longestFirst;
    this.longest = longestFirst[0]?.length ?? 0;
    for (const form of longestFirst) {
      this.#filter[prefixHash(form, 0)] = 1;
      const prefix = form.slice(0, PREFIX);
      let bucket = this.#byPrefix.get(prefix);
      if (bucket === undefined) {
        bucket = { short: [], long: false };
        this.#byPrefix.set(prefix, bucket);
      }
      if (form.length < LONG_PREFIX) {
        bucket.short.push(form);
        continue;
      }
      bucket.long = true;
      const longPrefix = form.slice(0, LONG_PREFIX);
      const forms = this.#byLongPrefix.get(longPrefix);
      if (forms) forms.push(form);
      else this.#byLongPrefix.set(longPrefix, [form]);
    }
  }

  find(text: string, from: number): number {
    const filter = this.#filter;
    for (let at = from, last = text.length - PREFIX; at <= last; at++) {
      if (filter[prefixHash(text, at)] === 0) continue;
      const bucket = this.#byPrefix.get(text.slice(at, at + PREFIX));
      if (bucket === undefined) continue;
      // Every long form is longer than every short one: the longest that matches is among them.
      const long = bucket.long ? this.#byLongPrefix.get(text.slice(at, at + LONG_PREFIX)) : undefined;
      const length = (long !== undefined && firstAt(long, text, at)) || firstAt(bucket.short, text, at);
      if (length > 0) {
        this.matchLength = length;
        return at;
      }
    }
    return -1;
  }

  holds(part: string): boolean {
    return this.#forms.some((form) => form.includes(part));
  }
}

/** The length of the first of `forms` that `text` holds at `at`, or 0. */
function firstAt(forms: readonly string[], text: string, at: number): number {
  for (const form of forms) if (text.startsWith(form, at)) return form.length;
  return 0;
}

/** Characters a form's index key holds: every form is at least MIN_SECRET_LENGTH long. */
const PREFIX = 3;
/** Characters of the second key, for forms at least this long. */
const LONG_PREFIX = 12;

function prefixHash(text: string, at: number): number {
  return (((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) & 0xffff) >>> 0;
}

/** Where each line of `text` starts that holds a break (as JSON escapes it) that wrapped text may cross. */
function linesWithEscapedWrappedBreaks(text: string): Set<number> {
  const starts = new Set<number>();
  if (!text.includes("\\n")) return starts;
  for (const hit of text.matchAll(ESCAPED_WRAPPED_BREAKS)) starts.add(text.lastIndexOf("\n", hit.index) + 1);
  return starts;
}

/** URL credentials, credential query parameters and token-shaped strings replaced. */
function withoutPatterns(text: string): string {
  if (!PATTERN_HINT.test(text)) return text;
  return text
    .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
    .replace(QUERY_CREDENTIALS, `$1${REDACTED}`)
    .replace(GITHUB_TOKEN_SHAPE, REDACTED);
}

/**
 * The process's redactor: what the action, the GitHub client, the backend client, the stores and
 * the handover writer share. Secrets only accumulate; nothing is ever un-registered.
 */
export const redactor = new Redactor();

/** The values of the `redact` input: one secret per line (blank lines ignored). */
/**
 * `holder[key] = value` as an own property, also for the key `__proto__`: JSON.parse makes it an
 * own key, but assigning it sets the copy's prototype, so the value vanished from the copy (and
 * its fields were inherited). https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/proto
 */
function setOwn(holder: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
  else holder[key] = value;
}

export function parseRedactInput(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Characters Python's json.dumps escapes by default (ensure_ascii), and Go's encoding/json (HTML-safe, line separators). */
const NON_ASCII = /[\u0080-\uffff]/g;
const HTML_SPECIAL = /[<>&\u2028\u2029]/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * How many times a secret's UTF-8 bytes a quoted form may be (encodings() says why bytes): the
 * longest escape of one byte, Python's surrogate escape JSON-escaped (`\\udcc3`), is 7 characters.
 */
const MAX_QUOTED_GROWTH = 7;
/** Encoded forms shorter than this are not registered: they would match ordinary text. */
const MIN_ENCODED_LENGTH = 8;

/**
 * The forms a secret takes in the texts we send: as is, JSON-escaped (once and twice, also with
 * non-ASCII or HTML characters as `\uXXXX`), percent-encoded (as encodeURIComponent, RFC 3986
 * and form encoding write it, hex in either case, and as Python's quote and quote_plus with `/`
 * kept), quoted for a shell, escaped for HTML and printed as a Python, Ruby or Go string literal
 * (src/redact-forms.ts; each also JSON-escaped), hex (lower and
 * upper case), and
 * base64 (standard and URL-safe). Base64 is registered as the runner masks it: for the secret
 * at each of the three byte offsets inside a longer encoded text (`basic <base64 of
 * x-access-token:TOKEN>`), the characters that depend on the secret's bytes alone.
 */
/** What no shell quoting, HTML escaping or string literal changes (test/redact-forms.test.ts checks it). */
export const PLAIN_WORD = /^[A-Za-z0-9_-]*$/;

function encodings(secret: string): string[] {
  const forms = [secret];
  const json = JSON.stringify(secret).slice(1, -1);
  // Also escaped twice: JSON text inside a JSON string (a result's message holding a response
  // body, then the `results` output or `flows --json`) doubles each backslash, and `pa\\\"ss`
  // holds neither `pa"ss` nor `pa\"ss`.
  if (json !== secret) forms.push(json, JSON.stringify(json).slice(1, -1));
  // JSON as other languages escape it: Python's json.dumps writes every non-ASCII character as
  // `\u00e9` (ensure_ascii), Go's encoding/json writes `<`, `>` and `&` as `\u003c` (HTML-safe),
  // both in lower-case hex. Only a secret holding such characters has these forms.
  // Each also escaped twice: Python's JSON text printed by a step is JSON again in `flows --json`
  // and the `results` output (`\\ud83d\\ude00`), as JavaScript's is.
  for (const escaped of [NON_ASCII, HTML_SPECIAL]) {
    const form = json.replace(escaped, unicodeEscape);
    if (form !== json) forms.push(form, JSON.stringify(form).slice(1, -1));
  }
  // Percent-encoded as JavaScript's encodeURIComponent writes it, and as other encoders do:
  // RFC 3986 strictly (curl, Python's quote, also `!'()*`), in a form body (`+` for a space),
  // and each with lower-case hex (`%2f`: .NET's UrlEncode, hand-rolled encoders).
  // A lone surrogate (a secret handed to the library, never a decoded line) cannot be
  // percent-encoded: encodeURIComponent throws. Encoders write it as U+FFFD's bytes.
  const url = encodeURIComponent(wellFormedText(secret));
  if (url !== secret) {
    const strict = url.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
    const form = strict.replace(/%20/g, "+");
    for (const each of [url, strict, form]) forms.push(each, each.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
    for (const each of [strict, form]) {
      const path = pathQuotedForm(each);
      if (path !== undefined) forms.push(path);
    }
  }
  // As the WHATWG URL standard encodes a form (URLSearchParams, `new URL(…).searchParams`, fetch's
  // form bodies; Java's URLEncoder alike): `*` kept, `~` as `%7E`, a space as `+`. A secret with a
  // `~` (an Azure client secret holds one) is its own encodeURIComponent, and went out so.
  const whatwg = new URLSearchParams([["", secret]]).toString().slice(1);
  if (whatwg !== secret) forms.push(whatwg, whatwg.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
  // Quoted for a shell, escaped for HTML or XML, printed as a Python, Ruby or Go string literal
  // (src/redact-forms.ts), and those as JSON writes them: a step's log line that shows a command
  // is JSON again in `flows --json` and the `results` output.
  // No longer than MAX_QUOTED_GROWTH times the secret's UTF-8 bytes: the longest form sets how
  // much text the output readers hold back around a cut (src/runners/output.ts), so it is
  // bounded, and the number of forms is fixed. Bytes, not characters: the forms that escape a
  // character byte by byte are 4 characters a byte by construction (`printf %q`'s octal in the C
  // locale `\303\251`, Python's bytes `\xc3\xa9`), 5 JSON-escaped, and Python's surrogate
  // escapes 6 (`\udcc3`): at six times the characters a secret of mostly non-ASCII lost every
  // one of them (`é` is 2 bytes, `€` 3). JSON-escaped, those escapes are 7 (`\\udcc3`): at six
  // times the bytes, a secret of mostly non-ASCII lost that form, and Python's repr() of it in a
  // `flows --json` line showed it. For an ASCII secret bytes are characters.
  // A secret of ASCII letters, digits, `_` and `-` (tokens, most keys) is the same in each: not
  // asked, which keeps that code from every start's path (a token is always registered).
  const bytes = Buffer.from(secret, "utf8");
  const quotedForms = PLAIN_WORD.test(secret)
    ? []
    : [...shellQuotedForms(secret), ...htmlEscapedForms(secret), ...inspectedForms(secret), ...displayedForms(secret), ...runnerForms(secret)];
  for (const quoted of quotedForms) {
    const escaped = JSON.stringify(quoted).slice(1, -1);
    for (const form of [quoted, escaped]) if (form.length <= MAX_QUOTED_GROWTH * bytes.length) forms.push(form);
  }
  const hex = bytes.toString("hex");
  // `xxd -u`, `od`-style dumps and many languages' formatters print hex in capitals.
  const encoded = [hex, hex.toUpperCase()];
  for (let offset = 0; offset < 3; offset++) {
    const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64").replace(/=+$/, "");
    // Characters before `start` mix in the unknown bytes before the secret; from `end` on, after it.
    const start = [0, 2, 3][offset] as number;
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    const form = text.slice(start, end);
    encoded.push(form, form.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  for (const form of encoded) if (form.length >= MIN_ENCODED_LENGTH && !forms.includes(form)) forms.push(form);
  return [...new Set(forms)];
}

/**
 * A secret as a regular expression. V8 refuses a literal of 32,768 characters or more ("Regular
 * expression too large"), which the hex form of a 16 KiB key reaches: every redact() then threw,
 * with every registered secret in the message. Runs of LITERAL_RUN characters joined by an empty
 * group match the same text.
 */
function literal(text: string): string {
  if (text.length <= LITERAL_RUN) return escapeRegExp(text);
  const runs: string[] = [];
  for (let at = 0; at < text.length; at += LITERAL_RUN) runs.push(escapeRegExp(text.slice(at, at + LITERAL_RUN)));
  return runs.join("(?:)");
}

/** Characters of a secret per literal: escaped, at most twice that, well under V8's 32,767. */
const LITERAL_RUN = 8192;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
