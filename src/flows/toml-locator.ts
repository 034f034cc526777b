// smol-toml returns plain values without source positions, so messages about a field find the
// field again in the text: the line of `key =` inside the right `[table]` or n-th `[[array]]`.
// This is a line scanner, not a parser: it only runs on text smol-toml already accepted.

export type TomlPosition = { line: number; column: number };
/** A path into the parsed document: table keys and array-of-tables indexes. */
export type TomlPath = ReadonlyArray<string | number>;

const BARE_KEY = /^[A-Za-z0-9_-]+/;

function pathKey(path: TomlPath): string {
  return path.map((part) => (typeof part === "number" ? `#${part}` : `.${part}`)).join("");
}

/** Splits `a."b.c".d` into its segments; undefined when the text is not a key. */
function readKey(text: string): { segments: string[]; length: number } | undefined {
  const segments: string[] = [];
  let i = 0;
  for (;;) {
    while (text[i] === " " || text[i] === "\t") i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      if (end < 0) return undefined;
      const raw = text.slice(i + 1, end);
      segments.push(quote === '"' ? safeJsonString(raw) : raw);
      i = end + 1;
    } else {
      const bare = BARE_KEY.exec(text.slice(i));
      if (!bare) return undefined;
      segments.push(bare[0]);
      i += bare[0].length;
    }
    while (text[i] === " " || text[i] === "\t") i++;
    if (text[i] !== ".") return { segments, length: i };
    i++;
  }
}

function safeJsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** Removes a trailing comment and counts brackets outside strings. */
function scanValue(text: string): { depth: number; opensMultiline?: string } {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "#") break;
    if (ch === '"' || ch === "'") {
      const triple = text.startsWith(ch.repeat(3), i);
      if (triple) {
        const close = text.indexOf(ch.repeat(3), i + 3);
        if (close < 0) return { depth, opensMultiline: ch.repeat(3) };
        i = close + 2;
        continue;
      }
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += ch === '"' && text[j] === "\\" ? 2 : 1;
      i = j;
      continue;
    }
    if (ch === "[" || ch === "{") depth++;
    if (ch === "]" || ch === "}") depth--;
  }
  return { depth };
}

export class TomlLocator {
  private readonly keys = new Map<string, TomlPosition>();
  private readonly tables = new Map<string, TomlPosition>();
  private scanned = false;

  // The text is scanned on the first question: most manifests are asked only for step lines.
  constructor(private readonly text: string) {}

  /** Where `path` is written, else the nearest enclosing key or table header, else undefined. */
  locate(path: TomlPath): TomlPosition | undefined {
    this.ensureScanned();
    for (let length = path.length; length > 0; length--) {
      const key = pathKey(path.slice(0, length));
      const found = this.keys.get(key) ?? this.tables.get(key);
      if (found) return found;
    }
    return undefined;
  }

  /** The `[table]` or `[[array]]` header line for exactly this path. */
  header(path: TomlPath): TomlPosition | undefined {
    this.ensureScanned();
    return this.tables.get(pathKey(path));
  }

  private ensureScanned(): void {
    if (this.scanned) return;
    this.scanned = true;
    this.scan(this.text.split(/\r?\n/));
  }

  private scan(lines: string[]): void {
    const arrayCounts = new Map<string, number>();
    let context: Array<string | number> = [];
    let multiline: string | undefined;
    let depth = 0;
    lines.forEach((text, index) => {
      const line = index + 1;
      if (multiline) {
        const close = text.indexOf(multiline);
        if (close < 0) return;
        text = " ".repeat(close + 3) + text.slice(close + 3);
        multiline = undefined;
      }
      if (depth > 0) {
        const scanned = scanValue(text);
        depth += scanned.depth;
        multiline = scanned.opensMultiline;
        return;
      }
      const header = /^(\s*)(\[\[?)(.*)$/.exec(text);
      if (header) {
        const isArray = header[2] === "[[";
        const key = readKey(header[3] ?? "");
        if (!key) return;
        const resolved: Array<string | number> = [];
        key.segments.forEach((segment, i) => {
          resolved.push(segment);
          const count = arrayCounts.get(pathKey(resolved));
          const last = i === key.segments.length - 1;
          if (last && isArray) {
            if (!this.tables.has(pathKey(resolved))) this.remember(this.tables, resolved, line, 1);
            const next = (count ?? 0) + 1;
            arrayCounts.set(pathKey(resolved), next);
            resolved.push(next - 1);
          } else if (count !== undefined) {
            resolved.push(count - 1);
          }
        });
        this.remember(this.tables, resolved, line, (header[1]?.length ?? 0) + 1);
        context = resolved;
        return;
      }
      const key = readKey(text);
      if (!key || text[key.length] !== "=") return;
      const column = (/^\s*/.exec(text)?.[0].length ?? 0) + 1;
      for (let i = 1; i <= key.segments.length; i++) {
        this.remember(this.keys, [...context, ...key.segments.slice(0, i)], line, column);
      }
      const scanned = scanValue(text.slice(key.length + 1));
      depth = Math.max(0, scanned.depth);
      multiline = scanned.opensMultiline;
    });
  }

  private remember(
    map: Map<string, TomlPosition>,
    path: TomlPath,
    line: number,
    column: number,
  ): void {
    const key = pathKey(path);
    if (!map.has(key)) map.set(key, { line, column });
  }
}
