// Random cases for the LineSplitter property tests (output.fuzz.test.ts, output.stress.test.ts):
// registered secrets, a text of filler, secrets, parts of secrets and newlines, and a chunking of
// its UTF-8 bytes; and the check of what the splitter hands out for them.
import { MIN_SECRET_LENGTH, REDACTED, Redactor } from "../../src/redact.js";
import { LineSplitter } from "../../src/runners/output.js";

/** A small seeded PRNG (mulberry32): the same seed gives the same case on every machine. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Mostly short, sometimes long: log-uniform in [min, max]. */
  logInt(min: number, max: number): number {
    return Math.min(max, Math.floor(Math.exp(Math.log(min) + this.next() * (Math.log(max + 1) - Math.log(min)))));
  }
}

const ALNUM = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"];
const META = [...".*+?^$", ..."{}()|[]\\/-"];
const MULTIBYTE = ["\u00e9", "\u20ac", "\u4e2d", "\u{1d11e}", "\u{1f600}", "\u0301", "\u00a0"];
const SPACES = [" ", "\t", "\r", "\r", "\n"];
const QUOTES = ['"', "'", "\\", "%", "=", "&"];
/** Characters the patterns (URL credentials, query credentials, token shapes) are made of. */
const PATTERN_BITS = ["https://", "u:p@", "@", "?token=", "&sig=", ";key=", "ghp_", "github_pat_", ":", "/", "#"];

type Alphabet = readonly string[];
const ALPHABETS: readonly Alphabet[] = [
  ALNUM,
  [...ALNUM, ...META],
  [...ALNUM, ...MULTIBYTE],
  [...ALNUM, ...SPACES, ...QUOTES],
  [...ALNUM, ...META, ...MULTIBYTE, ...SPACES, ...QUOTES],
  ["a", "b"],
  ["a", "\u{1f600}", "\r"],
];

/** `text.slice(from, to)`, with ends moved back off the middle of a surrogate pair (a text from UTF-8 has no lone half). */
function slice(text: string, from: number, to = text.length): string {
  const whole = (at: number): number => {
    const i = at < 0 ? Math.max(0, text.length + at) : Math.min(at, text.length);
    return i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) ? i - 1 : i;
  };
  return text.slice(whole(from), whole(to));
}

function randomText(rng: Rng, length: number, alphabet: Alphabet): string {
  let text = "";
  while (text.length < length) text += rng.pick(alphabet);
  return text;
}

export interface SecretOptions {
  /** Longest secret, in characters. */
  maxLength: number;
  count: number;
}

/** Secrets of MIN_SECRET_LENGTH to maxLength characters; some are prefixes, suffixes or overlaps of others. */
export function makeSecrets(rng: Rng, options: SecretOptions): string[] {
  const secrets: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const length = rng.logInt(MIN_SECRET_LENGTH, options.maxLength);
    const fresh = (n: number): string => randomText(rng, n, rng.pick(ALPHABETS));
    const other = secrets.length > 0 ? rng.pick(secrets) : undefined;
    let secret: string;
    const kind = other === undefined ? 0 : rng.int(0, 7);
    const k = other === undefined ? 0 : rng.int(1, Math.max(1, other.length - 1));
    switch (kind) {
      case 1: // a prefix of another
        secret = slice(other!, 0, Math.max(MIN_SECRET_LENGTH, k));
        break;
      case 2: // a suffix of another
        secret = slice(other!, -Math.max(MIN_SECRET_LENGTH, k));
        break;
      case 3: // starts with the end of another: the two overlap in a text
        secret = slice(other!, -k) + fresh(length);
        break;
      case 4: // ends with the start of another
        secret = fresh(length) + slice(other!, 0, k);
        break;
      case 5: // another, longer: the other is its prefix
        secret = other! + fresh(rng.logInt(1, options.maxLength));
        break;
      case 6: // periodic: overlaps itself
        secret = slice(fresh(rng.int(1, 3)).repeat(Math.ceil(length / 2)), 0, Math.max(MIN_SECRET_LENGTH, length));
        break;
      default:
        secret = fresh(length);
    }
    secrets.push(slice(secret, 0, Math.max(MIN_SECRET_LENGTH + 1, options.maxLength)));
  }
  return secrets;
}

export interface TextOptions {
  /** About how many characters. */
  length: number;
  /** Typical filler run: about the line size the splitter cuts at. */
  filler: number;
  /** Also write URL credentials, credential query parameters and token shapes. */
  patterns: boolean;
}

/** Filler, secrets (as is and encoded), parts of secrets, near misses and newlines. */
export function makeText(rng: Rng, secrets: readonly string[], options: TextOptions): string {
  const parts: string[] = [];
  let length = 0;
  const fillerAlphabet = rng.pick(ALPHABETS);
  while (length < options.length) {
    const secret = rng.pick(secrets);
    let part: string;
    switch (rng.int(0, 11)) {
      case 0:
      case 1:
        part = randomText(rng, rng.logInt(1, Math.max(1, options.filler * 2)), fillerAlphabet);
        break;
      case 2:
        part = randomText(rng, rng.logInt(1, 8), rng.pick(ALPHABETS));
        break;
      case 3:
      case 4:
        part = secret;
        break;
      case 5: {
        const bytes = Buffer.from(secret);
        part = rng.pick([
          bytes.toString("hex"),
          bytes.toString("base64"),
          bytes.toString("base64url"),
          JSON.stringify(secret).slice(1, -1),
          encodeURIComponent(secret),
          secret.trim(),
        ]);
        break;
      }
      case 6: {
        // part of a secret: a prefix, a suffix or a middle
        const from = rng.chance(0.5) ? 0 : rng.int(0, secret.length - 1);
        const to = rng.chance(0.5) ? secret.length : rng.int(from, secret.length);
        part = slice(secret, from, to);
        break;
      }
      case 7: {
        // a near miss: one character changed
        const at = rng.int(0, secret.length - 1);
        part = `${slice(secret, 0, at)}${rng.pick(ALNUM)}${slice(secret, at + 1)}`;
        break;
      }
      case 8:
        part = rng.pick(["\n", "\r\n", "\r", "\n\n"]);
        break;
      case 9:
        // secrets back to back, or one overlapping the next
        part = rng.chance(0.5) ? secret + rng.pick(secrets) : slice(secret, 0, rng.int(1, secret.length)) + rng.pick(secrets);
        break;
      default:
        part = options.patterns ? patternBit(rng, secrets) : randomText(rng, rng.int(1, 4), fillerAlphabet);
    }
    parts.push(part);
    length += part.length;
  }
  return parts.join("");
}

function patternBit(rng: Rng, secrets: readonly string[]): string {
  const token = randomText(rng, rng.int(25, 60), ALNUM);
  switch (rng.int(0, 5)) {
    case 0:
      return `https://user:${token}@host/`;
    case 1:
      return `https://${rng.pick(secrets)}@host`;
    case 2:
      return `?${rng.pick(["token", "sig", "api_key", "code"])}=${rng.chance(0.5) ? token : rng.pick(secrets)}&x=1`;
    case 3:
      return `${rng.pick(["ghp_", "ghs_", "github_pat_"])}${token}`;
    default:
      return rng.pick(PATTERN_BITS);
  }
}

/** The bytes cut into chunks: single bytes, small or large, or mixed; many end inside a character. */
export function makeChunks(rng: Rng, bytes: Buffer, typical: number): Buffer[] {
  const chunks: Buffer[] = [];
  const mode = rng.int(0, 4);
  for (let at = 0; at < bytes.length; ) {
    let size: number;
    if (mode === 0) size = bytes.length <= 20_000 ? 1 : rng.int(1, 64);
    else if (mode === 1) size = rng.int(1, 16);
    else if (mode === 2) size = rng.int(1, Math.max(1, typical * 2));
    else if (mode === 3) size = bytes.length;
    else size = rng.chance(0.3) ? rng.int(1, 4) : rng.logInt(1, Math.max(2, typical * 4));
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

export interface Case {
  secrets: readonly string[];
  text: string;
  chunks: readonly Buffer[];
  /** The splitter's line size; undefined for the real MAX_LINE_CHARS. */
  maxLineChars?: number;
  /** Find the secrets through the redactor's prefix index, however few they are. */
  prefixIndex?: boolean;
}

export interface Outcome {
  pieces: number;
  cutLines: number;
  /** Lines whose redacted pieces differ from the redacted line, but leak no secret (patterns longer than the window). */
  patternDiffs: number;
  /** Most text the splitter held, at rest after a push, and at any moment (seen from the line callback). */
  heldAtRest: number;
  heldAtAll: number;
}

/** Fragments of a registered secret this long are looked for in what the pieces left unredacted. */
export const FRAGMENT_CHARS = 8;
/** Patterns are compared this far around a cut (SECRET_WINDOW_CHARS in output.ts). */
const WINDOW = 4096;

/**
 * Runs a case and throws (with a description) when the splitter broke a property:
 * - the lines come out once each, in order, as their pieces; every piece but an empty line's is
 *   non-empty, and no longer than the line size or the longest secret;
 * - the pieces' bytes are the line's bytes (no character split between two pieces);
 * - the pieces, each redacted, are the line redacted; a line that can hold a pattern (URL
 *   credential, token) may differ only where a pattern is longer than the window, and then never
 *   shows a registered secret, or FRAGMENT_CHARS of one, that the line redacted hides;
 * - the text held stays within the line size, the longest secret (or the window) and one chunk.
 */
export function runCase(testCase: Case, maxLineCharsDefault: number): Outcome {
  const redactor = new Redactor(testCase.prefixIndex ? { indexAbove: { forms: 0, chars: 0 } } : {}).add(...testCase.secrets);
  const maxLine = testCase.maxLineChars ?? maxLineCharsDefault;
  const pieces: string[] = [];
  let heldAtRest = 0;
  let heldAtAll = 0;
  let biggestChunk = 0;
  const options = testCase.maxLineChars === undefined ? { redactor } : { redactor, maxLineChars: testCase.maxLineChars };
  const splitter: LineSplitter = new LineSplitter((piece) => {
    pieces.push(piece);
    heldAtAll = Math.max(heldAtAll, held(splitter));
  }, options);
  for (const chunk of testCase.chunks) {
    biggestChunk = Math.max(biggestChunk, chunk.length);
    splitter.push(chunk);
    heldAtRest = Math.max(heldAtRest, held(splitter));
  }
  splitter.end();
  heldAtAll = Math.max(heldAtAll, heldAtRest);

  const lookahead = Math.max(WINDOW, redactor.longest);
  if (heldAtRest > maxLine + lookahead) fail(`held ${heldAtRest} chars after a push (limit ${maxLine} + ${lookahead})`);
  // A chunk decodes to at most its bytes and the (≤ 3) bytes of a character begun in the one before.
  if (heldAtAll > maxLine + lookahead + biggestChunk + 3) fail(`held ${heldAtAll} chars while pushing`);

  const lines = testCase.text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  let next = 0;
  let cutLines = 0;
  let patternDiffs = 0;
  for (const [index, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const own: string[] = [];
    let joined = "";
    let longestRun = redactor.longest;
    for (const [start, end] of redactor.secretSpans(line)) longestRun = Math.max(longestRun, end - start);
    do {
      if (next >= pieces.length) fail(`line ${index} (${line.length} chars): pieces ran out`);
      const piece = pieces[next++]!;
      if (piece.length === 0 && line.length > 0) fail(`line ${index} (${line.length} chars): an empty piece after ${joined.length} chars`);
      // A piece is longer than a line piece only to keep whole a run of secrets (overlapping ones are one run).
      if (piece.length > Math.max(maxLine, 2, longestRun)) fail(`line ${index}: a piece of ${piece.length} chars`);
      own.push(piece);
      joined += piece;
    } while (joined.length < line.length);
    if (joined !== line) fail(`line ${index} (${line.length} chars): pieces are not the line (first difference at ${firstDifference(joined, line)})`);
    if (!Buffer.concat(own.map((piece) => Buffer.from(piece))).equals(Buffer.from(line))) {
      fail(`line ${index}: the pieces' bytes are not the line's (a character split at a cut)`);
    }
    if (own.length === 1) continue;
    cutLines += 1;
    // Registered secrets: the pieces, each searched on its own, find the very matches the line
    // does; no cut falls inside one.
    const spans = [...redactor.secretSpans(line)];
    const pieceSpans: Array<[number, number]> = [];
    let offset = 0;
    for (const piece of own) {
      for (const [start, end] of redactor.secretSpans(piece)) pieceSpans.push([offset + start, offset + end]);
      offset += piece.length;
    }
    if (JSON.stringify(pieceSpans) !== JSON.stringify(spans)) {
      fail(`line ${index}: the pieces match secrets at ${JSON.stringify(pieceSpans).slice(0, 200)}, the line at ${JSON.stringify(spans).slice(0, 200)}`);
    }
    const whole = redactor.redact(line);
    const inPieces = own.map((piece) => redactor.redact(piece)).join("");
    if (inPieces === whole) continue;
    // Patterns: the splitter keeps a match whole when a cut can go before or after it, within
    // the window output.ts compares (4096 characters) and within the piece (the line size).
    const longest = longestPattern(line, redactor);
    if (longest * 4 <= Math.min(maxLine, WINDOW)) fail(`line ${index}: redacted pieces differ from the redacted line, and its patterns are short (${longest} chars)`);
    // A longer match may be cut and then not redacted in either piece. Whatever it held besides
    // registered secrets shows (the line redacted hid it), but no secret, nor part of one, that
    // masking the line's secrets alone would not show.
    let secretsOnly = "";
    let from = 0;
    for (const [start, end] of spans) {
      secretsOnly += `${line.slice(from, start)}${REDACTED}`;
      from = end;
    }
    secretsOnly += line.slice(from);
    const leak = leakedSecret(testCase.secrets, inPieces, secretsOnly);
    if (leak !== undefined) fail(`line ${index}: the pieces show ${JSON.stringify(leak.slice(0, 80))} of a secret; the line redacted does not`);
    patternDiffs += 1;
  }
  if (next !== pieces.length) fail(`${pieces.length - next} pieces after the last line`);
  return { pieces: pieces.length, cutLines, patternDiffs, heldAtRest, heldAtAll };
}

function held(splitter: LineSplitter): number {
  return (splitter as unknown as { partial: string }).partial.length;
}

function fail(message: string): never {
  throw new Error(message);
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The forms a secret is registered in (as Redactor.add() makes them), as far as a text shows them. */
function secretForms(secret: string): string[] {
  const parts = [secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())];
  const forms = new Set<string>();
  for (const part of parts) {
    if (part.length < MIN_SECRET_LENGTH) continue;
    forms.add(part);
    forms.add(JSON.stringify(part).slice(1, -1));
    forms.add(encodeURIComponent(part));
    forms.add(Buffer.from(part).toString("hex"));
  }
  return [...forms];
}

/** A registered secret (or FRAGMENT_CHARS of one) that `shown` holds more often than `reference`. */
function leakedSecret(secrets: readonly string[], shown: string, reference: string): string | undefined {
  const count = (text: string, needle: string): number => {
    let n = 0;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) n++;
    return n;
  };
  const grams = (text: string): Set<string> => {
    const set = new Set<string>();
    for (let i = 0; i + FRAGMENT_CHARS <= text.length; i++) set.add(text.slice(i, i + FRAGMENT_CHARS));
    return set;
  };
  const shownGrams = grams(shown);
  const referenceGrams = grams(reference);
  for (const form of secrets.flatMap(secretForms)) {
    if (count(shown, form) > count(reference, form)) return form;
    for (let i = 0; i + FRAGMENT_CHARS <= form.length; i++) {
      const gram = form.slice(i, i + FRAGMENT_CHARS);
      if (shownGrams.has(gram) && !referenceGrams.has(gram)) return gram;
    }
  }
  return undefined;
}

const PATTERNS = [
  /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^/@\s'"<>]+@/gi,
  /([?&;](?:access_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|pwd|auth|sig|signature|code)=)[^&#;\s'"<>]+/gi,
  /(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
];

/**
 * The longest pattern match (URL credential, credential query parameter, token shape; as in
 * redact.ts) in the line, in characters of the line: its secrets count at their length.
 */
function longestPattern(line: string, redactor: Redactor): number {
  let masked = "";
  let from = 0;
  for (const [start, end] of redactor.secretSpans(line)) {
    masked += line.slice(from, start) + "*".repeat(end - start);
    from = end;
  }
  masked += line.slice(from);
  let longest = 0;
  for (const pattern of PATTERNS) for (const match of masked.matchAll(pattern)) longest = Math.max(longest, match[0].length);
  return longest;
}

export interface RandomCaseOptions {
  /** Line sizes to pick from. */
  maxLineChars: readonly number[];
  /** Longest secret, to pick from. */
  maxSecret: readonly number[];
  patterns: boolean;
}

/** The case for one seed. */
export function randomCase(seed: number, options: RandomCaseOptions): Case {
  const rng = new Rng(seed);
  const maxLineChars = rng.pick(options.maxLineChars);
  const secrets = makeSecrets(rng, { maxLength: rng.pick(options.maxSecret), count: rng.int(1, 6) });
  const text = makeText(rng, secrets, { length: rng.logInt(1, maxLineChars * 8 + 200), filler: maxLineChars, patterns: options.patterns });
  return { secrets, text, chunks: makeChunks(rng, Buffer.from(text), maxLineChars), maxLineChars, prefixIndex: rng.chance(0.5) };
}

/**
 * A case at the real line size: lines of 1 to 3 pieces, with secrets (up to 20,000 characters)
 * close to where the cuts fall, a CR, a CRLF and an emoji right at a cut, a line that ends with a
 * long secret just after one.
 */
export function fullSizeCase(seed: number, maxLineChars: number, options: { secrets: number; allLines: boolean }): Case {
  const rng = new Rng(seed);
  // One line each: a multi-line secret registers every line in every encoding, and the case
  // redacts many megabytes.
  const secrets = makeSecrets(rng, { maxLength: 20_000, count: options.secrets }).map((secret) => secret.replace(/\n/g, " "));
  secrets.push(randomText(rng, 20_000, ALNUM));
  const long = secrets.at(-1)!;
  // Filler from a pool of random blocks: building 10 MB one character at a time is slow.
  const pool = Array.from({ length: 64 }, () => randomText(rng, 4096, rng.pick(ALPHABETS.slice(0, 5))).replace(/[\r\n]/g, "m"));
  const filler = (length: number): string => {
    let text = "";
    while (text.length < length) text += rng.pick(pool);
    return slice(text, 0, length);
  };
  const near = (): string => makeText(rng, secrets, { length: rng.int(1, 60_000), filler: 2000, patterns: false }).replace(/\n/g, "m");
  const lines = [
    // secrets and parts of them around the first and (wherever it falls) the second cut
    options.allLines
      ? `${filler(maxLineChars - rng.int(1, 30_000))}${near()}${filler(maxLineChars - rng.int(40_000, 80_000))}${near()}${filler(rng.int(1, 100_000))}`
      : `${filler(maxLineChars - rng.int(1, 30_000))}${near()}${filler(rng.int(30_000, 40_000))}`,
    // a secret longer than the window across the cut, and a line that ends with it
    `${filler(maxLineChars - rng.int(1, long.length - 1))}${long}${filler(rng.int(4096, 70_000))}`,
    `${filler(maxLineChars - 10)}${long}`,
  ];
  if (options.allLines) {
    lines.push(
      // an emoji and a CR where a cut would fall
      `${filler(maxLineChars - 1)}\u{1f600}${filler(rng.int(4097, 10_000))}`,
      `${filler(maxLineChars - 1)}\r${filler(rng.int(4097, 10_000))}`,
      // the line size exactly, then CRLF
      `${filler(maxLineChars)}\r`,
      "",
      near(),
    );
  }
  const text = `${lines.join("\n")}${rng.chance(0.5) ? "\n" : ""}`;
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = rng.chance(0.05) ? rng.int(1, 4) : rng.int(1, 200_000);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return { secrets, text, chunks };
}
