import type { FlowDiagnostic } from "../contracts.js";
import type { TomlLocator, TomlPath } from "./toml-locator.js";

/** `["steps", 1, "runner"]` → `steps[1].runner`, the name messages use for a field. */
export function fieldName(path: TomlPath): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/**
 * The most problems one flow.toml lists: one for each step of a large package (its scripts moved
 * away, say) and to spare. A 450 KB manifest can hold 150,000 empty steps, and nobody reads the
 * 150,000th "steps[149999] is an empty section" (40 MB of messages): past the limit, problems
 * are only counted (`omitted`), not placed or kept.
 */
export const MAX_MANIFEST_PROBLEMS = 5_000;

/** Collects the problems of one flow.toml, each placed at the line of the field it is about. */
export class ManifestReport {
  readonly problems: FlowDiagnostic[] = [];
  /** Problems past MAX_MANIFEST_PROBLEMS, counted but not listed. */
  readonly omitted = { errors: 0, warnings: 0 };
  private errors = 0;

  constructor(
    readonly file: string,
    private readonly locator: TomlLocator,
  ) {}

  error(path: TomlPath, message: string): void {
    this.add("error", path, message);
  }

  warn(path: TomlPath, message: string): void {
    this.add("warning", path, message);
  }

  line(path: TomlPath): number | undefined {
    return this.locator.header(path)?.line ?? this.locator.locate(path)?.line;
  }

  get errorCount(): number {
    return this.errors;
  }

  /** Lists a problem placed already (or about another file), or counts it past the limit. */
  push(problem: FlowDiagnostic): void {
    if (!this.room(problem.severity)) return;
    this.problems.push(problem);
  }

  private add(severity: FlowDiagnostic["severity"], path: TomlPath, message: string): void {
    if (!this.room(severity)) return;
    // A key missing from the top of the file (name, version, steps) has no table header to be
    // placed at, as a missing step key is placed at its [[steps]] line: the top table starts at line 1.
    const position = this.locator.locate(path) ?? { line: 1, column: 1 };
    const problem: FlowDiagnostic = { severity, file: this.file, message };
    problem.line = position.line;
    problem.column = position.column;
    this.problems.push(problem);
  }

  private room(severity: FlowDiagnostic["severity"]): boolean {
    if (severity === "error") this.errors++;
    if (this.problems.length < MAX_MANIFEST_PROBLEMS) return true;
    if (severity === "error") this.omitted.errors++;
    else this.omitted.warnings++;
    return false;
  }
}
