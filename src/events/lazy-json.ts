import { closeSync, openSync, readSync } from "node:fs";

// A large array of an event payload kept on disk instead of in the heap (#12: peak memory on a
// 25 MB payload). The event file reader (event-file.ts) writes the array's JSON text, exactly
// as JSON.stringify would write the parsed array, to a scratch file and puts a lazy array in the
// payload where the array was. The lazy array is a Proxy of an empty array: it is an array to
// every reader (Array.isArray, length, indexes, iteration, ajv, JSON.stringify, the condition
// data...), and the first such read parses the text from disk once and keeps the elements
// (correct, at the eager cost). Only code that knows the lazy array — the step's stdin
// (jsonParts) and the depth budget (its height is registered) — uses the text without parsing
// it. A Proxy cannot be structuredClone'd: clone records around the shared, immutable event.
// The one difference from the parsed file: a -0 in the array reads back as 0 (JSON.stringify
// writes both as 0, so no JSON, hash or step input differs).

/** A range of bytes of a file holding one JSON value's text, exactly as JSON.stringify writes it. */
export type JsonFileRange = { path: string; start: number; end: number };

type Lazy = JsonFileRange & { loaded: boolean };

const lazies = new WeakMap<object, Lazy>();
let created = 0;
let loads = 0;

/** An array read from `range` on first use. */
export function lazyArray(range: JsonFileRange): unknown[] {
  const target: unknown[] = [];
  const lazy: Lazy = { ...range, loaded: false };
  const load = (): void => {
    if (lazy.loaded) return;
    const items = JSON.parse(readRange(range)) as unknown[];
    for (let i = 0; i < items.length; i++) target[i] = items[i];
    lazy.loaded = true;
    loads++;
  };
  const proxy = new Proxy(target, {
    get(t, key) {
      // JSON.stringify asks every object for toJSON first; an array never has one.
      if (key === "toJSON") return undefined;
      load();
      return Reflect.get(t, key);
    },
    set(t, key, value) {
      load();
      return Reflect.set(t, key, value);
    },
    has(t, key) {
      load();
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      load();
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      load();
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    defineProperty(t, key, descriptor) {
      load();
      return Reflect.defineProperty(t, key, descriptor);
    },
    deleteProperty(t, key) {
      load();
      return Reflect.deleteProperty(t, key);
    },
    preventExtensions(t) {
      load();
      return Reflect.preventExtensions(t);
    },
  });
  lazies.set(proxy, lazy);
  created++;
  return proxy;
}

/** The file range of a lazy array not read yet (its text is then exactly its JSON), else undefined. */
export function lazyRange(value: unknown): JsonFileRange | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const lazy = lazies.get(value);
  return lazy && !lazy.loaded ? { path: lazy.path, start: lazy.start, end: lazy.end } : undefined;
}

/** How many lazy arrays were made and how many of them were parsed (tests prove a path reads none). */
export function lazyCounts(): { created: number; loads: number } {
  return { created, loads };
}

/** One part of a JSON text: literal text, or the bytes of a file range. */
export type JsonPart = string | JsonFileRange;

/**
 * JSON.stringify(value) as parts: each lazy array not read yet is its file range instead of its
 * text, so a 25 MB payload is never one string in memory. Joined, the parts are exactly the text
 * JSON.stringify(value) gives.
 */
export function jsonParts(value: unknown): JsonPart[] {
  if (created === 0) return [JSON.stringify(value)];
  const ranges: JsonFileRange[] = [];
  const marker = `flows-lazy-${markerNonce()}-`;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    const range = lazyRange(item);
    if (range === undefined) return item;
    ranges.push(range);
    return `${marker}${ranges.length - 1}`;
  });
  if (ranges.length === 0) return [text];
  const parts: JsonPart[] = [];
  const pattern = new RegExp(`"${marker}(\\d+)"`, "g");
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(at, match.index), ranges[Number(match[1])] as JsonFileRange);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((part) => part !== "");
}

/** The text of parts, file ranges read (tests and small values only: this is the whole text). */
export function jsonPartsText(parts: readonly JsonPart[]): string {
  return parts.map((part) => (typeof part === "string" ? part : readRange(part))).join("");
}

let nonce: string | undefined;
/** Random per process: a payload written before the process started cannot hold the marker. */
function markerNonce(): string {
  nonce ??= Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(36)).join("");
  return nonce;
}

function readRange(range: JsonFileRange): string {
  const bytes = Buffer.allocUnsafe(range.end - range.start);
  const fd = openSync(range.path, "r");
  try {
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, range.start + at);
      if (read === 0) throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes.toString("utf8");
}
