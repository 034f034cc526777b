import { ByteGroup } from "../byte-group.js";
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rememberShape } from "./budget.js";
import { lazyArray } from "./lazy-json.js";
import { makeScratchDir } from "../scratch.js";

// Reads a large event file (#12) without holding its parsed arrays: two streaming passes in
// 64 KiB chunks. Pass 1 finds the outermost arrays of at least `minBytes` and the nesting depth.
// Pass 2 proves the whole file is valid JSON and builds the value: the text around those arrays
// (the "skeleton", with a marker string in each array's place) is parsed normally; each big array
// is split between elements into groups of about 16 KiB, each group parsed and re-serialised with
// JSON.parse / JSON.stringify (which proves it valid) and appended to a scratch file, so the
// array's text there is exactly what JSON.stringify gives for the parsed array. The value holds a
// lazy array (lazy-json.ts) for each. Anything unexpected (invalid JSON, too deep, an odd
// shape) returns undefined, and the caller parses the file whole as before, which gives the same
// value or the same error message.

const CHUNK = 64 * 1024;
const GROUP_BYTES = 16 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/** A big array: where it is in the file, its levels of nesting and the objects and arrays in it (itself too). */
type Span = { start: number; end: number; height: number; containers: number };

export type StreamedEvent = { value: unknown; lazyArrays: number };

/**
 * The JSON value of the file at `path` with every outermost array of at least `minBytes` kept
 * on disk (in a scratch copy under `scratchDir`), or undefined when the file is not valid JSON,
 * nests deeper than `maxDepth`, or has no such array: then parse it whole.
 */
export function readEventStreamed(path: string, options: StreamedReadOptions): StreamedEvent | undefined {
  const fd = openSync(path, "r");
  try {
    return readJsonStreamed(fd, options);
  } finally {
    closeSync(fd);
  }
}

export type StreamedReadOptions = {
  minBytes: number;
  maxDepth: number;
  scratchDir?: string;
  /** Read no further than this many bytes (the size the caller checked), even if the file grows. */
  maxBytes?: number;
};

/**
 * readEventStreamed on a file the caller opened: the file store reads a big stored record this
 * way (its event holds the payload), after checking that the file is a plain one within its size.
 */
export function readJsonStreamed(fd: number, options: StreamedReadOptions): StreamedEvent | undefined {
  const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const spans = findBigArrays(fd, limit, options.minBytes, options.maxDepth);
  if (spans === undefined || spans.length === 0) return undefined;
  return buildValue(fd, limit, spans, options.scratchDir ?? tmpdir());
}

/** Calls `each(chunk, offset)` for the whole file (up to byte `limit`), in order. */
function forEachChunk(fd: number, limit: number, each: (chunk: Buffer, offset: number) => boolean | undefined): void {
  // One buffer for the whole file: callers copy what they keep.
  const chunk = Buffer.allocUnsafe(CHUNK);
  let offset = 0;
  for (;;) {
    const read = readSync(fd, chunk, 0, Math.min(CHUNK, limit - offset), offset);
    if (read === 0) return;
    if (each(chunk.subarray(0, read), offset) === false) return;
    offset += read;
  }
}

/** Pass 1: the outermost big arrays, in file order; undefined when brackets do not match or nest too deep. */
function findBigArrays(fd: number, limit: number, minBytes: number, maxDepth: number): Span[] | undefined {
  const spans: Span[] = [];
  const opens = new Float64Array(maxDepth + 2);
  const kinds = new Uint8Array(maxDepth + 2);
  const deepest = new Int32Array(maxDepth + 2);
  /** Objects and arrays opened before the one open at each depth. */
  const before = new Float64Array(maxDepth + 2);
  let containers = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let ok = true;
  forEachChunk(fd, limit, (chunk, offset) => {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
        continue;
      }
      if (byte === QUOTE) inString = true;
      else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        if (++depth > maxDepth) {
          ok = false;
          return false;
        }
        opens[depth] = offset + i;
        kinds[depth] = byte;
        deepest[depth] = depth;
        before[depth] = containers++;
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        if (depth === 0 || kinds[depth] !== byte - 2) {
          ok = false;
          return false;
        }
        const start = opens[depth] as number;
        const end = offset + i + 1;
        const below = deepest[depth] as number;
        if (byte === CLOSE_ARRAY && end - start >= minBytes) {
          // Inner big arrays closed first: the outer one replaces them.
          while (spans.length > 0 && (spans[spans.length - 1] as Span).start > start) spans.pop();
          spans.push({ start, end, height: below - depth + 1, containers: containers - (before[depth] as number) });
        }
        depth--;
        if (depth > 0 && below > (deepest[depth] as number)) deepest[depth] = below;
      }
    }
    return true;
  });
  return ok && depth === 0 && !inString ? spans : undefined;
}

/** Pass 2: validates, writes each span's canonical text to the scratch file and parses the rest. */
function buildValue(fd: number, limit: number, spans: Span[], scratchDir: string): StreamedEvent | undefined {
  const scratch = join(makeScratchDir("flows-event-", scratchDir), "arrays.json");
  const out = openSync(scratch, "w");
  const marker = `flows-skeleton-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}-`;
  const skeleton: Buffer[] = [];
  const ranges: Span[] = [];
  let written = 0;
  const write = (text: string): void => {
    written += writeSync(out, text);
  };
  let valid = true;
  try {
    let span = 0;
    // One buffer holds the group being read (grown for a larger element): no buffer per piece.
    const group = new ByteGroup(2 * GROUP_BYTES);
    const addToGroup = (bytes: Buffer): void => group.add(bytes);
    let groups = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    const flushGroup = (last: boolean): boolean => {
      const text = group.take();
      let items: unknown[];
      try {
        items = JSON.parse(`[${text}]`) as unknown[];
      } catch {
        return false;
      }
      if (items.length === 0) return false;
      const json = JSON.stringify(items);
      write(`${groups === 0 ? "[" : ","}${json.slice(1, -1)}${last ? "]" : ""}`);
      groups++;
      return true;
    };
    let inSpan = false;
    forEachChunk(fd, limit, (chunk, offset) => {
      let from = 0;
      let i = 0;
      while (i < chunk.length) {
        const current = spans[span];
        if (!inSpan) {
          const until = current === undefined ? chunk.length : Math.min(chunk.length, current.start - offset);
          if (i < until) {
            // Skeleton text, copied as is up to the next span.
            skeleton.push(Buffer.from(chunk.subarray(i, until)));
            i = until;
            continue;
          }
          // The span's "[": a marker takes its place in the skeleton; its elements follow.
          skeleton.push(Buffer.from(`"${marker}${span}"`));
          ranges.push({ start: written, end: -1, height: (current as Span).height, containers: (current as Span).containers });
          inSpan = true;
          depth = 0;
          groups = 0;
          inString = false;
          escaped = false;
          i++;
          from = i;
          continue;
        }
        const byte = chunk[i] as number;
        if (offset + i === (current as Span).end - 1) {
          // The span's closing "]".
          addToGroup(chunk.subarray(from, i));
          if (!flushGroup(true)) {
            valid = false;
            return false;
          }
          (ranges[ranges.length - 1] as Span).end = written;
          inSpan = false;
          span++;
          i++;
          continue;
        }
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
        } else if (byte === QUOTE) inString = true;
        else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) depth++;
        else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--;
        else if (byte === COMMA && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
          addToGroup(chunk.subarray(from, i));
          if (!flushGroup(false)) {
            valid = false;
            return false;
          }
          from = i + 1;
        }
        i++;
      }
      if (inSpan && from < chunk.length) {
        addToGroup(chunk.subarray(from));
      }
      return true;
    });
    if (!valid || span !== spans.length) return undefined;
  } finally {
    closeSync(out);
  }
  const lazies = ranges.map((range) => {
    const array = lazyArray({ path: scratch, start: range.start, end: range.end });
    rememberShape(array, { height: range.height, containers: range.containers });
    return array;
  });
  const seen = new Set<number>();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(skeleton).toString("utf8"), (_key, item: unknown) => {
      if (typeof item !== "string" || !item.startsWith(marker)) return item;
      const index = Number(item.slice(marker.length));
      seen.add(index);
      return lazies[index];
    });
  } catch {
    return undefined;
  }
  // A marker in a key's place (an array used as a key is not JSON) was never seen as a value.
  return seen.size === lazies.length ? { value, lazyArrays: lazies.length } : undefined;
}
