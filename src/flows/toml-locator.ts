// smol-toml returns plain values without source positions, so messages about a field find the
// field again in the text: the line of `key =` inside the right `[table]` or n-th `[[array]]`.
// This is a line scanner, not a parser: it only runs on text smol-toml already accepted.

export type TomlPosition = { line: number; column: number };
/** A path into the parsed document: table keys and array-of-tables indexes. */
export type TomlPath = ReadonlyArray<string | number>;

const BARE_KEY = /[A-Za-z0-9_-]+/y;

/**
 * Positions by path, as a tree: one node per path segment. A tree (rather than a map keyed by
 * the joined path) keeps a key of 50,000 dotted parts linear: each part is one step down.
 */
type PathNode = {
  children: Map<string, PathNode>;
  key?: TomlPosition;
  table?: TomlPosition;
  /** How many `[[array]]` headers named this path so far. */
  arrayCount?: number;
};

function newNode(): PathNode {
  return { children: new Map() };
}

function segmentKey(part: string | number): string {
  return typeof part === "number" ? `#${part}` : `.${part}`;
}

function childOf(node: PathNode, part: string | number): PathNode {
  const key = segmentKey(part);
  let child = node.children.get(key);
  if (!child) {
    child = newNode();
    node.children.set(key, child);
  }
  return child;
}

/** Splits `a."b.c".d` into its segments; undefined when the text is not a key. */
export function readKey(text: string): { segments: string[]; length: number } | undefined {
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
      BARE_KEY.lastIndex = i;
      const bare = BARE_KEY.exec(text);
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

/**
 * Where `delimiter` closes a multi-line string in `text`, from `from`; -1 when not on this line.
 * In a basic string a quote after an odd run of backslashes is escaped: `\"""` does not close it.
 */
function closingIndex(text: string, delimiter: string, from: number): number {
  for (let at = text.indexOf(delimiter, from); at >= 0; at = text.indexOf(delimiter, at + 1)) {
    if (delimiter !== '"""') return at;
    let backslashes = 0;
    while (text[at - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
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
        const close = closingIndex(text, ch.repeat(3), i + 3);
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
  private readonly root = newNode();
  private scanned = false;

  // The text is scanned on the first question: most manifests are asked only for step lines.
  constructor(private readonly text: string) {}

  /** Where `path` is written, else the nearest enclosing key or table header, else undefined. */
  locate(path: TomlPath): TomlPosition | undefined {
    this.ensureScanned();
    let node: PathNode | undefined = this.root;
    let found: TomlPosition | undefined;
    for (const part of path) {
      node = node.children.get(segmentKey(part));
      if (!node) break;
      found = node.key ?? node.table ?? found;
    }
    return found;
  }

  /** The `[table]` or `[[array]]` header line for exactly this path. */
  header(path: TomlPath): TomlPosition | undefined {
    this.ensureScanned();
    let node: PathNode | undefined = this.root;
    for (const part of path) {
      node = node.children.get(segmentKey(part));
      if (!node) return undefined;
    }
    return node === this.root ? undefined : node.table;
  }

  private ensureScanned(): void {
    if (this.scanned) return;
    this.scanned = true;
    this.scan(this.text.split(/\r?\n/));
  }

  private scan(lines: string[]): void {
    let context = this.root;
    let multiline: string | undefined;
    let depth = 0;
    lines.forEach((text, index) => {
      const line = index + 1;
      if (multiline) {
        const close = closingIndex(text, multiline, 0);
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
        let node = this.root;
        key.segments.forEach((segment, i) => {
          node = childOf(node, segment);
          const count = node.arrayCount;
          const last = i === key.segments.length - 1;
          if (last && isArray) {
            node.table ??= { line, column: 1 };
            const next = (count ?? 0) + 1;
            node.arrayCount = next;
            node = childOf(node, next - 1);
          } else if (count !== undefined) {
            node = childOf(node, count - 1);
          }
        });
        node.table ??= { line, column: (header[1]?.length ?? 0) + 1 };
        context = node;
        return;
      }
      const key = readKey(text);
      if (!key || text[key.length] !== "=") return;
      const column = (/^\s*/.exec(text)?.[0].length ?? 0) + 1;
      let node = context;
      for (const segment of key.segments) {
        node = childOf(node, segment);
        node.key ??= { line, column };
      }
      const scanned = scanValue(text.slice(key.length + 1));
      depth = Math.max(0, scanned.depth);
      multiline = scanned.opensMultiline;
    });
  }
}
