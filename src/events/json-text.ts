import { createHash } from "node:crypto";

// JSON.parse on Node 20 often reports no position ("Unexpected token '}', ... is not valid
// JSON"), so a failed parse is re-read by a small scanner that finds where the text goes wrong.
// Both the event file and the `event` input point users at a line and column.

export type JsonTextError = { message: string; offset: number; line: number; column: number };
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: JsonTextError };

export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const found = locateJsonError(text);
    const detail = found?.message ?? (error instanceof Error ? error.message : String(error));
    const offset = found?.offset ?? text.length;
    return { ok: false, error: { message: detail, offset, ...lineColumnAt(text, offset) } };
  }
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Where and why `text` is not JSON; undefined if the scanner finds nothing wrong. */
function locateJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const describe = (): string => (i >= text.length ? "the end of the text" : JSON.stringify(text[i]));
  const fail = (expected: string): never => {
    throw new ScanError(i, `expected ${expected} but found ${describe()}`);
  };
  const space = (): void => {
    while (i < text.length && " \t\r\n".includes(text[i] ?? "")) i++;
  };
  const string = (): void => {
    if (text[i] !== '"') fail("a double-quoted string");
    const start = i++;
    while (text[i] !== '"') {
      if (i >= text.length) throw new ScanError(start, "this string is never closed");
      if (text.charCodeAt(i) < 0x20) throw new ScanError(i, "a raw control character inside a string (escape it, e.g. \\n)");
      if (text[i] === "\\") {
        const sequence = text.slice(i + 1, i + 6);
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(sequence)) throw new ScanError(i, "an invalid escape sequence");
        i += sequence[0] === "u" ? 6 : 2;
      } else i++;
    }
    i++;
  };
  const literal = (): void => {
    const match = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!match) fail("a value (object, array, string, number, true, false or null)");
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === "{") members("}", () => {
      string();
      space();
      if (text[i] !== ":") fail('":" after the property name');
      i++;
      value();
    });
    else if (ch === "[") members("]", value);
    else if (ch === '"') string();
    else literal();
  };
  const members = (close: string, member: () => void): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      space();
      member();
      space();
      if (text[i] === ",") i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail(`"," or "${close}"`);
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail("the end of the text after the JSON value");
    return undefined;
  } catch (error) {
    if (error instanceof ScanError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}

/** sha256 hex of the canonical JSON of a value. */
export function canonicalDigest(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
