// smol-toml says which grammar rule broke ("control characters are not allowed in strings");
// for the mistakes people make in flow.toml, these hints say what to write instead: a string
// left open, a double quote inside a "..." condition, a key or table written twice, a Windows
// path's backslashes, a value without quotes.
import { TomlError } from "smol-toml";
import type { FlowDiagnostic } from "../contracts.js";
import { readKey } from "./toml-locator.js";

const GENERIC = "Fix the syntax at this position.";

/** A TOML parse error as a diagnostic at its position, with what to change where it can tell. */
export function tomlSyntaxProblem(file: string, text: string, error: unknown): FlowDiagnostic {
  if (!(error instanceof TomlError)) {
    return { severity: "error", file, message: `flow.toml is not valid TOML: ${String(error)}.` };
  }
  const reason = tomlErrorReason(error);
  const hint = tomlSyntaxHint(text, error);
  return {
    severity: "error",
    file,
    line: error.line,
    column: error.column,
    message: `flow.toml is not valid TOML: ${reason}. ${hint ?? GENERIC}`,
  };
}

/** smol-toml's reason, without its "Invalid TOML document:" prefix. */
export function tomlErrorReason(error: TomlError): string {
  return (error.message.split("\n")[0] ?? "").replace(/^Invalid TOML document:\s*/, "");
}

/**
 * What to write instead, for a TOML syntax error in any of the TOML files flows reads (flow.toml,
 * the watcher's flows.toml); undefined when the text around the error does not tell.
 */
export function tomlSyntaxHint(text: string, error: TomlError): string | undefined {
  try {
    return syntaxHint(tomlErrorReason(error), text, text.split(/\r?\n/), error.line, error.column);
  } catch {
    // A hint is a guess about the text around the error; without one the position still helps.
    return undefined;
  }
}

function syntaxHint(reason: string, text: string, lines: string[], line: number, column: number): string | undefined {
  const lineText = lines[line - 1] ?? "";
  const char = lineText[column - 1];
  const header = unbalancedHeaderHint(reason, lineText);
  if (header !== undefined) return header;
  if (reason.startsWith("control characters are not allowed in strings")) {
    if (char === undefined || char === "\r") {
      return "The string is not closed on this line: add the closing quote. A string that spans lines is written between \"\"\" or '''.";
    }
    const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    return `The string holds the control character U+${code}: remove it, or write it as \\u${code} in a "..." string.`;
  }
  if (reason.startsWith("unfinished string")) {
    const quote = /^("""|'''|"|')/.exec(lineText.slice(column - 1))?.[1] ?? "quote";
    return `The string that starts here is never closed: add the closing ${quote}.`;
  }
  if (reason.includes("escape")) {
    return (
      'In a "..." string a backslash starts an escape (\\\\, \\", \\n, \\t, \\uXXXX). Write \\\\ for a backslash, ' +
      "or use a '...' string, which keeps backslashes as they are (paths use / on every system)."
    );
  }
  if (reason.startsWith("each key-value declaration must be followed by an end-of-line")) {
    if (/\r(?!\n)/.test(text)) return "Its lines end in a lone carriage return (\\r); save the file with LF (or CRLF) line ends.";
    return quoteInsideString(lineText, column) ?? "Put each key = value on a line of its own; a comment starts with #.";
  }
  if (reason.startsWith("invalid value")) return valueHint(lineText, column);
  if (reason.startsWith("illegal character in key") && char === ":") return "TOML writes key = value, not key: value.";
  if (reason.startsWith("integer value cannot be represented losslessly")) {
    return "Integers here must be within ±9007199254740991 (2^53 - 1); write a larger number as a string, in quotes.";
  }
  if (reason.startsWith("trying to redefine")) return redefinitionHint(lines, line);
  return undefined;
}

/** The reasons smol-toml gives for a section header whose brackets do not close as they open. */
const HEADER_REASONS = [
  "expected end of table declaration",
  "expected end of table array declaration",
  "illegal character in key",
  "each key-value declaration must be followed by an end-of-line",
];

/** Sections of flow.toml that are tables, never arrays of tables. */
const FLOW_TABLES = new Set(["config", "guidance", "steps.trigger"]);

/** `[[steps]`, `[steps.trigger`, `[steps.trigger]]`: the header as it must be written. */
function unbalancedHeaderHint(reason: string, lineText: string): string | undefined {
  if (!HEADER_REASONS.some((start) => reason.startsWith(start))) return undefined;
  const written = lineText.replace(/\s#.*$/, "").trim();
  if (!written.startsWith("[")) return undefined;
  const name = written.replace(/^\[+/, "").replace(/\]+$/, "").trim();
  if (!/^[A-Za-z0-9_-]+(\s*\.\s*[A-Za-z0-9_-]+)*$/.test(name)) return undefined;
  // Each step is one entry of the steps array; flow.toml's other sections are tables.
  const array = name === "steps" || (written.startsWith("[[") && !FLOW_TABLES.has(name.replace(/\s/g, "")));
  const header = array ? `[[${name}]]` : `[${name}]`;
  const steps = name === "steps" ? " (each step is one [[steps]] section)" : "";
  return `A section header closes with as many brackets as it opens: write ${header}${steps}.`;
}

/** `if = "x == "main""`: the string closed at the second `"`, and the rest is left over. */
function quoteInsideString(lineText: string, column: number): string | undefined {
  const assignment = /^(\s*)([^=]+?)\s*=\s*"/.exec(lineText);
  if (!assignment || lineText.startsWith('"""', assignment[0].length - 1)) return undefined;
  let end = assignment[0].length;
  while (end < lineText.length && lineText[end] !== '"') end += lineText[end] === "\\" ? 2 : 1;
  if (end >= column - 1 || !lineText.slice(end + 1).includes('"')) return undefined;
  const key = readKey(assignment[2] ?? "")?.segments.join(".") ?? "";
  const condition = key === "if" ? ` In a condition, strings take single quotes: if = "github.ref == 'refs/heads/main'".` : "";
  return (
    `The "..." string ends at the " in column ${end + 1}, so the rest of the line is left over. ` +
    `Write a double quote inside it as \\", or quote the whole value with '...'.${condition}`
  );
}

/** `name = bad`, `version =`, `flag = True`. */
function valueHint(lineText: string, column: number): string | undefined {
  const rest = lineText.slice(column - 1).replace(/\s+#.*$/, "").trim();
  const key = readKey(lineText)?.segments.join(".") ?? "key";
  if (rest === "" || rest.startsWith("#")) return `The value of ${key} is missing: write one after =, or remove the line.`;
  if (/^(true|false)$/i.test(rest)) return `Write ${rest.toLowerCase()} in lower case.`;
  if (/^[\p{L}_$]/u.test(rest)) return `Put text in quotes: ${key} = ${JSON.stringify(rest)}.`;
  return undefined;
}

/** A key or table written twice: where it was first written, and how to write it once. */
function redefinitionHint(lines: string[], line: number): string | undefined {
  const lineText = lines[line - 1] ?? "";
  const header = headerOf(lineText);
  if (header?.array) {
    const { path } = header;
    const earlier = findLine(lines, line, (text) => {
      const other = headerOf(text);
      return other !== undefined && !other.array && (other.path === path || other.path.startsWith(`${path}.`));
    });
    if (earlier === undefined) return undefined;
    return (
      `${path} is already a table (line ${earlier}: ${lines[earlier - 1]?.trim()}), so [[${path}]] cannot add an entry to it. ` +
      `Write each [[${path}]] first and its [${path}.…] sections after it.`
    );
  }
  if (header) {
    const { path } = header;
    const earlier = findLine(lines, line, (text) => headerOf(text)?.path === path);
    const next = path.startsWith("steps.") ? " (for another step, start it with [[steps]] first)" : "";
    return earlier === undefined
      ? `[${path}] is already defined above, by a key of that name, a dotted key or an inline table. Define each table once${next}.`
      : `[${path}] is already defined on line ${earlier}. Merge the two sections into one${next}.`;
  }
  const key = readKey(lineText);
  if (!key || lineText[key.length] !== "=") return undefined;
  const name = key.segments.join(".");
  const tableStart = findLine(lines, line, (text) => headerOf(text) !== undefined) ?? 0;
  const earlier = findLine(lines, line, (text) => readKey(text)?.segments.join(".") === name, tableStart);
  return earlier === undefined
    ? `${name} is already defined in this table (by a dotted key or an inline table). Set each key once.`
    : `${name} is already set on line ${earlier}; a key is set once per table. Remove one of them.`;
}

/** `[steps.trigger]` → `{ array: false, path: "steps.trigger" }`; undefined for a line that is no header. */
function headerOf(text: string): { array: boolean; path: string } | undefined {
  const match = /^\s*(\[\[?)(.*?)\]/.exec(text);
  const path = match ? readKey(match[2] ?? "")?.segments.join(".") : undefined;
  return match && path !== undefined ? { array: match[1] === "[[", path } : undefined;
}

/** The last line above `before` (and after `after`) that satisfies `test`, 1-based. */
function findLine(lines: string[], before: number, test: (text: string) => boolean, after = 0): number | undefined {
  for (let index = before - 2; index >= after; index--) {
    if (test(lines[index] ?? "")) return index + 1;
  }
  return undefined;
}
