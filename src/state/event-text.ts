import { ByteGroup } from "../byte-group.js";
import { closeSync, existsSync, openSync, readSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import type { FlowEvent } from "../contracts.js";
import { type JsonFileRange, lazyRange } from "../events/lazy-json.js";
import { type FileRange, writeAll } from "../fs-safe.js";
import { countContainers } from "../events/budget.js";
import { MAX_RECORD_DEPTH } from "./record-check.js";
import { MAX_REDACT_DEPTH, redactor } from "../redact.js";
import { makeScratchDir } from "../scratch.js";

// The event's text inside a stored record: redacted, pretty-printed one level in, exactly as
// JSON.stringify({ event: redactor.redactValue(event) }, null, 2) lays it out (the event id is
// never redacted: it names the file); an event whose JSON passes PRETTY_UP_TO_CHARS is written
// compact instead, as JSON.stringify(redactor.redactValue(event)) does. The payload may be
// 25 MB, so the text is made in pieces of at most a few tens of kilobytes, never whole: an array
// or object whose JSON is big is laid out child by child, each child redacted and stringified on
// its own (and indented to its place); an array the event file reader kept on disk (events/lazy-json.ts)
// is read from its file in groups, never parsed whole. A big event's text then goes to a scratch
// file, and every save of the event copies it from there.

type Sink = (text: string) => void;

/** Arrays and objects whose JSON may be longer than this (in characters) are laid out child by child. */
const WHOLE_CHARS = 64 * 1024;
/** Elements of an array kept on disk are parsed in groups of about this many bytes. */
const GROUP_BYTES = 16 * 1024;
/** An event text longer than this (in characters) is kept in a scratch file, not in memory. */
const SPILL_CHARS = 1024 * 1024;
/**
 * Events and runs whose JSON may be longer than this are written compact in a record. Indenting
 * grows with depth: a 24 MB payload of small nested arrays, pretty-printed, made a 510 MB record,
 * which the file store refused (over MAX_RECORD_BYTES), so the event was never remembered and
 * ran again at every delivery. Compact, a record is about its payload's size.
 */
export const PRETTY_UP_TO_CHARS = 1024 * 1024;

/** Sends the event's text (as it sits in a record) to `sink`, in pieces. */
export function writeEventText(event: FlowEvent, sink: Sink): void {
  const clean = redactShallow(event as Record<string, unknown>, 0);
  clean.id = event.id;
  const pretty = !jsonMayExceed(event, PRETTY_UP_TO_CHARS, true);
  const list = openList(false, 0, "  ", sink, pretty);
  for (const [key, item] of Object.entries(clean)) list.add(key, item);
  list.close();
}

/** The event as it appears inside a record's text (redacted, indented one level), as one string. */
export function serializeEvent(event: FlowEvent): string {
  const pieces: string[] = [];
  writeEventText(event, (text) => pieces.push(text));
  return pieces.join("");
}

/** Only the top level redacted: nested arrays and objects are laid out (and redacted) one by one. */
function redactShallow<T extends object>(value: T, depth: number): T {
  return redactor.redactValue(value, MAX_REDACT_DEPTH - depth, true);
}

/**
 * An array or object at `depth` below the event, whose text starts on a line indented `indent`
 * (pretty), or right where it is (compact).
 */
function layOut(value: object, depth: number, indent: string, sink: Sink, pretty: boolean): void {
  const range = lazyRange(value);
  if (range !== undefined) {
    const list = openList(true, depth, indent, sink, pretty);
    forEachGroup(range, (items) => {
      for (const item of redactShallow(items, depth)) list.add(undefined, item);
    });
    list.close();
  } else if (jsonMayExceed(value, WHOLE_CHARS)) {
    const clean = redactShallow(value, depth);
    const list = openList(Array.isArray(clean), depth, indent, sink, pretty);
    if (Array.isArray(clean)) for (const item of clean) list.add(undefined, item);
    else for (const [key, item] of Object.entries(clean)) list.add(key, item);
    list.close();
  } else {
    const clean = redactor.redactValue(value, MAX_REDACT_DEPTH - depth);
    sink(pretty ? indented(JSON.stringify(clean, null, 2), indent) : JSON.stringify(clean));
  }
}

/**
 * An array or object laid out as JSON.stringify(value, null, 2) does, one child at a time. The
 * children come from a shallow redaction: strings are redacted, nested arrays and objects not yet.
 */
function openList(
  isArray: boolean,
  depth: number,
  indent: string,
  sink: Sink,
  pretty: boolean,
): { add(key: string | undefined, item: unknown): void; close(): void } {
  const inner = `${indent}  `;
  let count = 0;
  return {
    add(key, item) {
      const name = isArray ? "" : pretty ? `${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
      const head = `${count === 0 ? (isArray ? "[" : "{") : ","}${pretty ? `\n${inner}` : ""}${name}`;
      if (isNested(item)) {
        sink(head);
        layOut(item, depth + 1, inner, sink, pretty);
      } else {
        // As JSON.stringify: a property whose value has no JSON (undefined, a function) is left
        // out, and such an array element is written as null.
        const text = (pretty ? JSON.stringify(item, null, 2) : JSON.stringify(item)) as string | undefined;
        if (text === undefined && !isArray) return;
        sink(head + (text === undefined ? "null" : pretty ? indented(text, inner) : text));
      }
      count += 1;
    },
    close() {
      const [open, end] = isArray ? ["[", "]"] : ["{", "}"];
      sink(count === 0 ? `${open}${end}` : pretty ? `\n${indent}${end}` : end);
    },
  };
}

/** Lines after the first indented by `indent`: JSON text has no line breaks inside strings. */
function indented(text: string, indent: string): string {
  return indent === "" || !text.includes("\n") ? text : text.replaceAll("\n", `\n${indent}`);
}

/** An array or plain object (one JSON.stringify would write as such), or an array kept on disk. */
function isNested(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/**
 * Whether the JSON of `value` may be longer than `chars`, estimated by a walk that stops there
 * (so deciding costs at most that much, whatever the value's size). An array kept on disk is
 * never read: it counts as bigger, or with `lazyBySize` as the bytes of its text (so that an
 * event decides the same read back with its arrays on disk as when it came).
 */
export function jsonMayExceed(value: object, chars: number, lazyBySize = false): boolean {
  let left = chars;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") left -= item.length + 3;
    else if (typeof item !== "object" || item === null) left -= 8;
    else if (lazyRange(item) !== undefined) {
      if (!lazyBySize) return true;
      const range = lazyRange(item)!;
      left -= range.end - range.start;
    }
    else if (Array.isArray(item)) {
      left -= 2 + item.length;
      if (left < 0) return true;
      for (const child of item) stack.push(child);
    } else {
      const keys = Object.keys(item);
      left -= 2 + 4 * keys.length;
      if (left < 0) return true;
      for (const key of keys) {
        left -= key.length;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
    if (left < 0) return true;
  }
  return false;
}

/**
 * Calls `each` with the elements of the array kept in `range` (its text is exactly what
 * JSON.stringify wrote: no spaces), parsed in groups of about GROUP_BYTES.
 */
function forEachGroup(range: JsonFileRange, each: (items: unknown[]) => void): void {
  const fd = openSync(range.path, "r");
  try {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const group = new ByteGroup(2 * GROUP_BYTES);
    const add = (bytes: Buffer): void => group.add(bytes);
    const flush = (): void => each(JSON.parse(`[${group.take()}]`) as unknown[]);
    // Inside the array's brackets: depth 0 is between its elements.
    let depth = -1;
    let inString = false;
    let escaped = false;
    for (let at = range.start; at < range.end; ) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, range.end - at), at);
      if (read === 0) throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
      let from = 0;
      for (let i = 0; i < read; i++) {
        const byte = chunk[i] as number;
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === 0x5c) escaped = true;
          else if (byte === 0x22) inString = false;
        } else if (byte === 0x22) inString = true;
        else if (byte === 0x5b || byte === 0x7b) {
          depth += 1;
          if (depth === 0) from = i + 1;
        } else if (byte === 0x5d || byte === 0x7d) {
          depth -= 1;
          if (depth === -1) {
            add(chunk.subarray(from, i));
            from = read;
          }
        } else if (byte === 0x2c && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
          add(chunk.subarray(from, i));
          flush();
          from = i + 1;
        }
      }
      if (depth >= 0) add(chunk.subarray(from, read));
      at += read;
    }
    if (depth !== -1) throw new Error(`${range.path} does not hold a whole array at bytes ${range.start}-${range.end}: the event's scratch copy was changed`);
    if (group.length > 0) flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * The event's text as it sits in a record: a string when small, else a scratch file's bytes; and
 * its objects and arrays, counted when first asked (a big record's write checks them,
 * layout.ts, writeLimitProblem), then kept: an event is saved many times.
 */
export type EventText = { text: string | FileRange; bytes: number; containers(): number };

/** `text`, the event's text made by serializeEvent, with its bytes and count (the branch store's write). */
export function countedEventText(event: FlowEvent, text: string): EventText {
  return eventTextOf(text, Buffer.byteLength(text, "utf8"), event);
}

function eventTextOf(text: string | FileRange, bytes: number, event: FlowEvent | undefined): EventText {
  let counted: number | undefined;
  return {
    text,
    bytes,
    // From the event, which holds at least what its text does: its payload was counted at intake
    // (no walk at all), or its arrays kept on disk when its record was read; scanning the text
    // instead took 200 ms for 20 MB. One nested too deep for a record (never read back anyway)
    // counts as the most its text could hold.
    containers: () => {
      counted ??= (event === undefined ? undefined : countContainers(event, MAX_RECORD_DEPTH)) ?? Math.floor(bytes / 2);
      return counted;
    },
  };
}

let spills = 0;
let spillDir: string | undefined;

/** The event's text; one over SPILL_CHARS is written to a scratch file as it is made, never held whole. */
function eventText(event: FlowEvent): EventText {
  const pending: string[] = [];
  let pendingChars = 0;
  let file: { path: string; fd: number; bytes: number } | undefined;
  const spill = (): void => {
    if (file === undefined) {
      // Made again if a long-lived host removed the scratch folders (removeScratchDirs).
      if (spillDir === undefined || !existsSync(spillDir)) spillDir = makeScratchDir("flows-record-");
      spills += 1;
      const path = join(spillDir, `event-${spills}.json`);
      file = { path, fd: openSync(path, "w"), bytes: 0 };
    }
    const bytes = Buffer.from(pending.join(""), "utf8");
    pending.length = 0;
    pendingChars = 0;
    writeAll(file.fd, bytes);
    file.bytes += bytes.length;
  };
  try {
    writeEventText(event, (text) => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= SPILL_CHARS) spill();
    });
    if (file === undefined) {
      const text = pending.join("");
      return eventTextOf(text, Buffer.byteLength(text, "utf8"), event);
    }
    spill();
    closeSync(file.fd);
    return eventTextOf({ path: file.path, start: 0, end: file.bytes }, file.bytes, event);
  } catch (error) {
    if (file !== undefined) {
      closeSync(file.fd);
      unlinkSync(file.path);
    }
    throw error;
  }
}

/**
 * The text of the event a store saved last, by object identity: the engine saves one event
 * object at the start and at every step start and end. Keyed also by the number of registered
 * secrets, so a secret added later is redacted from the next write.
 */
export class EventTextCache {
  #event: FlowEvent | undefined;
  #secrets = -1;
  #text: EventText = eventTextOf("", 0, undefined);
  /** How many times an event was serialised (tests count full-payload work with it). */
  serialisations = 0;

  textOf(event: FlowEvent): EventText {
    if (event !== this.#event || redactor.size !== this.#secrets) {
      const previous = this.#text.text;
      this.#text = eventText(event);
      this.#event = event;
      this.#secrets = redactor.size;
      this.serialisations += 1;
      if (typeof previous !== "string") removeQuietly(previous.path);
    }
    return this.#text;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Its scratch folder was removed already.
  }
}
