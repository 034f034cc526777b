// The shape of a JSON text, measured before JSON.parse builds it. JSON.parse has no limits:
// 10 MB of `[[[[…` (5 million levels) or of `{},{},…` (5 million objects) took 500–750 MB of
// memory to build, and a depth check after the parse came too late to help. One pass over the
// text, aware of strings and their escapes, counts the nesting and the objects and arrays; the
// text is refused past either limit, so what is parsed costs a few times its size at most.
// Used for a flow backend's answers (backend/answer-shape.ts), the report job's runs files
// (action/runs-file-read.ts) and stored records and state files (state/layout.ts).

export type JsonShape =
  | { ok: true; containers: number }
  /** `depth`: nested deeper than the limit; `containers`: more objects and arrays than it. */
  | { ok: false; exceeded: "depth" | "containers" };

export type JsonShapeLimits = { maxDepth: number; maxContainers: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Whether `text` nests at most `maxDepth` levels and holds at most `maxContainers` objects and
 * arrays. Only brackets outside strings count; text that is not JSON is measured all the same
 * (JSON.parse refuses it afterwards), so the answer is exact for valid JSON and bounded for any.
 */
export function jsonShape(text: string | Uint8Array, limits: JsonShapeLimits): JsonShape {
  const scan = new JsonShapeScan(limits);
  scan.add(text);
  return scan.shape();
}

/**
 * jsonShape over a text that comes in pieces (a file read a MiB at a time): `add` each in order,
 * then `shape()`. Pieces may be strings or UTF-8 bytes, cut anywhere: the bytes of `"`, `\` and
 * the brackets never occur inside another character's UTF-8 sequence. Once a limit is passed,
 * `add` returns false and reads no more.
 */
export class JsonShapeScan {
  readonly #limits: JsonShapeLimits;
  #depth = 0;
  #containers = 0;
  #inString = false;
  /** The last piece ended on a backslash inside a string: the next piece's first unit is escaped. */
  #escaped = false;
  #exceeded: "depth" | "containers" | undefined;

  constructor(limits: JsonShapeLimits) {
    this.#limits = limits;
  }

  /** False once a limit is passed (then the rest of the text need not be read). */
  add(piece: string | Uint8Array): boolean {
    if (this.#exceeded) return false;
    const { maxDepth, maxContainers } = this.#limits;
    const text = typeof piece === "string" ? piece : undefined;
    const bytes = piece as Uint8Array;
    const length = piece.length;
    let depth = this.#depth;
    let containers = this.#containers;
    let inString = this.#inString;
    let i = 0;
    if (this.#escaped) {
      this.#escaped = false;
      i = 1;
    }
    for (; i < length; i++) {
      const code = text === undefined ? (bytes[i] as number) : text.charCodeAt(i);
      if (inString) {
        if (code === BACKSLASH) {
          if (i + 1 === length) this.#escaped = true;
          i++;
        } else if (code === QUOTE) inString = false;
      } else if (code === QUOTE) inString = true;
      else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
        depth++;
        containers++;
        if (depth > maxDepth) this.#exceeded = "depth";
        else if (containers > maxContainers) this.#exceeded = "containers";
        if (this.#exceeded) return false;
      } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) depth--;
    }
    this.#depth = depth;
    this.#containers = containers;
    this.#inString = inString;
    return true;
  }

  shape(): JsonShape {
    return this.#exceeded ? { ok: false, exceeded: this.#exceeded } : { ok: true, containers: this.#containers };
  }
}
