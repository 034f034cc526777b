import { dirname, relative, sep } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import { UserError } from "../user-error.js";
import { clipText } from "../text-cut.js";

/** A flow.toml or schema problem, thrown by callers that want to stop at the first error. */
export class FlowManifestError extends UserError {
  declare readonly file: string;
  readonly diagnostic: FlowDiagnostic;

  constructor(diagnostic: FlowDiagnostic) {
    super(diagnostic.message, {
      file: diagnostic.file,
      ...(diagnostic.line !== undefined ? { line: diagnostic.line } : {}),
      ...(diagnostic.column !== undefined ? { column: diagnostic.column } : {}),
    });
    this.name = "FlowManifestError";
    this.diagnostic = diagnostic;
  }
}

export type FormatDiagnosticOptions = {
  /** Show `file` relative to this folder (usually the repository root). */
  baseDir?: string;
};

/** `path:line:col: error: message`, the shape editors and problem matchers understand. */
export function formatDiagnostic(
  diagnostic: FlowDiagnostic,
  options: FormatDiagnosticOptions = {},
): string {
  let where = diagnostic.file;
  if (options.baseDir !== undefined) {
    where = relative(options.baseDir, diagnostic.file).split(sep).join("/") || diagnostic.file;
  }
  if (diagnostic.line !== undefined) {
    where += `:${diagnostic.line}`;
    if (diagnostic.column !== undefined) where += `:${diagnostic.column}`;
  }
  return `${where}: ${diagnostic.severity}: ${relativeInMessage(diagnostic.message, options.baseDir)}`;
}

/**
 * `message` with the paths it names under `baseDir` (the repository root) written relative to
 * it, as the `flows/a/flow.toml:3:1:` prefix is: "looked for flows/a/exec/x.ts", not the
 * runner's /home/runner/work/repo/repo/flows/a/exec/x.ts. Only paths the message itself puts in
 * (after a space, a parenthesis or at the start) are shortened; a value quoted from flow.toml
 * ("/abs/x.ts", an absolute path) is shown as written. Paths outside `baseDir` stay absolute.
 */
export function relativeInMessage(message: string, baseDir: string | undefined): string {
  if (!baseDir || dirname(baseDir) === baseDir) return message;
  const base = baseDir.endsWith(sep) ? baseDir : baseDir + sep;
  let at = message.indexOf(base);
  if (at < 0) return message;
  let shown = "";
  let from = 0;
  while (at >= 0) {
    const before = at === 0 ? " " : message[at - 1];
    const next = at + base.length;
    // The rest must name something (not "base/ " or the end) for the path to be one.
    if (/[\s(]/.test(before ?? "") && next < message.length && !/\s/.test(message[next] ?? " ")) {
      shown += message.slice(from, at);
      from = next;
    }
    at = message.indexOf(base, next);
  }
  return shown + message.slice(from);
}

/** The value as a user wrote it, for "found X" halves of messages. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = clipText(value, 60, "...");
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `${String(value)} (a ${typeof value === "boolean" ? "boolean" : "number"})`;
  }
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a date";
  if (value === null || value === undefined) return "empty";
  if (typeof value === "object") {
    // smol-toml dates are Date subclasses; anything else object-shaped is a TOML table.
    return "a table";
  }
  return typeof value;
}

export function isTable(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** A size in a message: bytes, KiB or MiB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
