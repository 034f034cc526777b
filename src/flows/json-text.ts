// JSON.parse on Node 20 does not always say where it failed, and never says where a valid
// value sits. This small scanner answers both: the offset of a syntax error, and the offset of
// each member/element by JSON Pointer (so schema problems can point at a line).

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

export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  let i = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };
  const found = (): string => (i >= text.length ? "the end of the file" : JSON.stringify(text[i]));
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
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail("control character inside a string (use \\n, \\t, ...)");
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) {
      i = start;
      fail("string is never closed");
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail("invalid escape sequence in string");
    }
  };
  const readValue = (pointer: string): void => {
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
    if (!literal) fail(`unexpected ${found()}`);
    i += literal?.[0].length ?? 0;
  };

  try {
    readValue("");
    skipSpace();
    if (i < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
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
  | { ok: false; message: string; line?: number; column?: number };

/** JSON.parse with a line and column on failure. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const scan = scanJson(text);
    if (scan.ok) return { ok: false, message: (error as Error).message };
    // "Unexpected end" is clearer at the last character written than on an empty last line.
    const offset = Math.min(scan.offset, text.trimEnd().length);
    return { ok: false, message: scan.message, ...lineColumnAt(text, offset) };
  }
}
