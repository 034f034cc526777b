// TOML and JSON files must be UTF-8. Node decodes a byte that is not UTF-8 (a file saved as
// Latin-1 or Windows-1252: "café" as 63 61 66 E9) into U+FFFD without a word, so a name, a
// trigger type or an enum value would silently differ from what the author typed. Files are
// read as text as before; only a text holding U+FFFD is checked against its bytes.
import { readFileSync } from "node:fs";

export type InvalidUtf8 = { line: number; column: number; byte: number };

/** Where the file at `path` (read as `text`) stops being UTF-8, or undefined when it is UTF-8. */
export function invalidUtf8(path: string, text: string): InvalidUtf8 | undefined {
  if (!text.includes("\uFFFD")) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return invalidUtf8Bytes(bytes);
}

/** Where `bytes` stop being UTF-8, or undefined when they are UTF-8 (for bytes read once: a pipe, standard input). */
export function invalidUtf8Bytes(bytes: Buffer): InvalidUtf8 | undefined {
  const offset = firstInvalidByte(bytes);
  if (offset < 0) return undefined;
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const line = countNewlines(bytes, lineStart) + 1;
  // Columns count UTF-16 code units, as every other position in messages does; a BOM is not one.
  const before = bytes.subarray(lineStart, offset).toString("utf8").replace(/^\uFEFF/, "");
  return { line, column: before.length + 1, byte: bytes[offset] as number };
}

/** The sentence for a file that is not UTF-8, with the offending byte; `context` goes before the last period. */
export function invalidUtf8Message(what: string, found: InvalidUtf8, format: "TOML" | "JSON", context = ""): string {
  const hex = found.byte.toString(16).toUpperCase().padStart(2, "0");
  return (
    `${what} is not valid UTF-8, as ${format} files must be: byte 0x${hex} at this position is not part of a ` +
    `UTF-8 character (the file was probably saved as Latin-1 or Windows-1252). Save it as UTF-8${context}.`
  );
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence; -1 if none. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte, per lead byte (RFC 3629: no overlongs, no surrogates).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}
