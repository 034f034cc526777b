// Where a character of a condition is in flow.toml: the manifest loader's TOML locator finds
// the `if =` line, then the string is walked as TOML writes it (quotes, escapes, multi-line
// strings) to the character the expression error is about.
import { type TomlPath, type TomlPosition, TomlLocator } from "./toml-locator.js";

const ESCAPE_LENGTH: Record<string, number> = { u: 6, U: 10 };

/**
 * The last manifest's locator and lines: a manifest may hold thousands of conditions that do not
 * compile, and scanning it again for each took over ten minutes for 6,500 in 500 KB.
 */
let last: { text: string; locator: TomlLocator; lines: string[] } | undefined;

function scanned(text: string): { locator: TomlLocator; lines: string[] } {
  if (last?.text !== text) last = { text, locator: new TomlLocator(text), lines: text.split(/\r?\n/) };
  return last;
}

/** The line and column (1-based) of character `offset` of the string at `path`; else the key's. */
export function conditionPosition(text: string | undefined, path: TomlPath, offset: number): TomlPosition | undefined {
  if (text === undefined) return undefined;
  const { locator, lines } = scanned(text);
  const key = locator.locate(path);
  if (!key) return undefined;
  const line = lines[key.line - 1] ?? "";
  const assignment = /^\s*(?:if|"if"|'if')\s*=\s*/.exec(line.slice(key.column - 1));
  if (!assignment) return key;
  const start = key.column - 1 + assignment[0].length;
  const rest = line.slice(start);
  const delimiter = ['"""', "'''", '"', "'"].find((quote) => rest.startsWith(quote));
  if (!delimiter) return key;
  const literal = delimiter.startsWith("'");
  // The value's raw text from just after the opening delimiter; a multi-line one takes its next
  // lines only as the walk reaches them, never the rest of the file (once per condition).
  let raw = line.slice(start + delimiter.length);
  let row = key.line;
  let column = start + delimiter.length + 1;
  let nextLine = key.line;
  const more = (): boolean => {
    if (delimiter.length !== 3 || nextLine >= lines.length) return false;
    raw += `\n${lines[nextLine++]}`;
    return true;
  };
  // A newline right after the opening delimiter is not part of the string.
  if (delimiter.length === 3 && raw === "" && nextLine < lines.length) {
    raw = lines[nextLine++] as string;
    row += 1;
    column = 1;
  }
  let decoded = 0;
  let i = 0;
  while (decoded < offset && (i < raw.length || more())) {
    if (!literal && raw[i] === "\\") {
      if (i + 1 >= raw.length) more();
      const next = raw[i + 1] ?? "";
      if (delimiter.length === 3 && /[ \t\n]/.test(next)) {
        // A line-ending backslash removes the newline and the whitespace after it.
        i += 1;
        while ((i < raw.length || more()) && /[ \t\n]/.test(raw[i] ?? "")) i += 1;
        continue;
      }
      i += ESCAPE_LENGTH[next] ?? 2;
    } else {
      i += 1;
    }
    decoded += 1;
  }
  const before = raw.slice(0, i);
  const newlines = before.split("\n").length - 1;
  if (newlines === 0) return { line: row, column: column + i };
  return { line: row + newlines, column: i - before.lastIndexOf("\n") };
}
