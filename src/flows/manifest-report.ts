import type { FlowDiagnostic } from "../contracts.js";
import type { TomlLocator, TomlPath } from "./toml-locator.js";

/** `["steps", 1, "runner"]` → `steps[1].runner`, the name messages use for a field. */
export function fieldName(path: TomlPath): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/** Collects the problems of one flow.toml, each placed at the line of the field it is about. */
export class ManifestReport {
  readonly problems: FlowDiagnostic[] = [];

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
    return this.problems.filter((problem) => problem.severity === "error").length;
  }

  private add(severity: FlowDiagnostic["severity"], path: TomlPath, message: string): void {
    const position = this.locator.locate(path);
    const problem: FlowDiagnostic = { severity, file: this.file, message };
    if (position) {
      problem.line = position.line;
      problem.column = position.column;
    }
    this.problems.push(problem);
  }
}
