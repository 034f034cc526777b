// JSON.parse on Node 20 does not always say where it failed, and never says where a valid
// value sits. This small scanner answers both: the offset of a syntax error, and the offset of
// each member/element by JSON Pointer (so schema problems can point at a line). Used for flow
// schemas, GitHub event files, the `event` input and CLI event files alike.

export type JsonScan =
  | { ok: true; positions: Map<string, number> }
  | { ok: false; offset: number; message: string };

export type LineColumn = { line: number; column: number };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Deepest nesting scanJson follows; deeper text is reported as a problem at that point. */
export const MAX_SCAN_DEPTH = 1000;

export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  let i = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };
  const found = (): string => (i >= text.length ? "the end of the text" : JSON.stringify(text[i]));
  const skipSpace = (): void => {
    while (i < text.length && " \t\r\n".includes(text[i] ?? "")) i++;
  };
  const expect = (ch: string): void => {
    skipSpace();
    if (text[i] !== ch) fail(`expected "${ch}" but found ${found()}`);
    i++;
  };
  const readString = (): string => {
    if (text[i] !== '"') fail(`expected a double-quoted string but found ${found()}`);
    const start = i;
    i++;
    while (text[i] !== '"') {
      if (i >= text.length) throw new JsonSyntaxError(start, "this string is never closed");
      if (text.charCodeAt(i) < 0x20) fail("a raw control character inside a string (escape it, e.g. \\n)");
      if (text[i] === "\\") {
        const sequence = text.slice(i + 1, i + 6);
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(sequence)) fail("an invalid escape sequence");
        i += sequence[0] === "u" ? 6 : 2;
      } else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  let depth = 0;
  const readValue = (pointer: string): void => {
    // The scan recurses once per level: past MAX_SCAN_DEPTH it stops rather than overflow.
    if (++depth > MAX_SCAN_DEPTH) fail(`the JSON nests more than ${MAX_SCAN_DEPTH} levels deep here`);
    try {
      readNested(pointer);
    } finally {
      depth--;
    }
  };
  const readNested = (pointer: string): void => {
    skipSpace();
    if (!positions.has(pointer)) positions.set(pointer, i);
    const ch = text[i];
    if (ch === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        const keyAt = i;
        const key = readString();
        const memberPointer = `${pointer}/${escapePointer(key)}`;
        positions.set(memberPointer, keyAt);
        expect(":");
        readValue(memberPointer);
        positions.set(memberPointer, keyAt);
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected "," or "}" but found ${found()}`);
      }
    }
    if (ch === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        readValue(`${pointer}/${index}`);
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected "," or "]" but found ${found()}`);
      }
    }
    if (ch === '"') {
      readString();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!literal) fail(`expected a value (object, array, string, number, true, false or null) but found ${found()}`);
    i += literal?.[0].length ?? 0;
  };

  try {
    readValue("");
    skipSpace();
    if (i < text.length) fail(`expected the end of the text after the JSON value but found ${found()}`);
    return { ok: true, positions };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, offset: error.offset, message: error.message };
    }
    throw error;
  }
}

export function lineColumnAt(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; message: string; offset?: number; line?: number; column?: number };

/** JSON.parse with a line and column on failure. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const scan = scanJson(text);
    if (scan.ok) return { ok: false, message: (error as Error).message };
    // "Unexpected end" is clearer at the last character written than on an empty last line.
    const offset = Math.min(scan.offset, text.trimEnd().length);
    return { ok: false, message: scan.message, offset, ...lineColumnAt(text, offset) };
  }
}
