import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { FlowRunner } from "../contracts.js";
import { describeValue, isTable } from "./diagnostics.js";
import { parseJsonText } from "../json-text.js";
import { fieldName, type ManifestReport, warnUnknownKeys } from "./manifest-report.js";
import type { TomlPath } from "./toml-locator.js";
import type { FlowStep, FlowTrigger } from "./types.js";

const STEP_KEYS = ["name", "runner", "script", "cwd", "timeout_ms", "trigger"] as const;
const TRIGGER_KEYS = ["type", "schema"] as const;
const RUNNERS: readonly FlowRunner[] = ["bun", "code-mode"];
export const DEFAULT_TIMEOUT_MS = 300_000;

const ADD_STEP = "Add a [[steps]] section with name, runner and script.";

/** Checks `[[steps]]`; returns the steps only when every one of them is valid. */
export function readSteps(
  report: ManifestReport,
  value: unknown,
  root: string,
): FlowStep[] | undefined {
  if (value === undefined) {
    report.error(
      ["steps"],
      `steps is missing; expected at least one [[steps]] section. ${ADD_STEP}`,
    );
    return undefined;
  }
  if (!Array.isArray(value)) {
    report.error(
      ["steps"],
      `steps is ${describeValue(value)}; expected an array of tables. Write each step as a [[steps]] section.`,
    );
    return undefined;
  }
  if (value.length === 0) {
    report.error(["steps"], `steps is empty; expected at least one step. ${ADD_STEP}`);
    return undefined;
  }
  const steps: FlowStep[] = [];
  const firstIndexByName = new Map<string, number>();
  for (const [index, entry] of value.entries()) {
    const path = ["steps", index];
    if (!isTable(entry)) {
      report.error(
        path,
        `${fieldName(path)} is ${describeValue(entry)}; expected a table. Write each step as a [[steps]] section.`,
      );
      continue;
    }
    const errorsBefore = report.errorCount;
    const step = readStep(report, path, entry, root);
    const name = entry.name;
    if (typeof name === "string" && name.trim() !== "") {
      const first = firstIndexByName.get(name);
      if (first === undefined) {
        firstIndexByName.set(name, index);
      } else {
        report.error(
          [...path, "name"],
          `${fieldName([...path, "name"])} "${name}" is already used by steps[${first}]; ` +
            "step names must be unique within a flow. Rename one of them.",
        );
      }
    }
    if (step && report.errorCount === errorsBefore) steps.push(step);
  }
  return steps.length === value.length ? steps : undefined;
}

function readStep(
  report: ManifestReport,
  path: TomlPath,
  table: Record<string, unknown>,
  root: string,
): FlowStep | undefined {
  warnUnknownKeys(report, path, table, STEP_KEYS);
  const name = readNonEmptyString(report, [...path, "name"], table.name, 'name = "step-name"');
  const runner = readRunner(report, [...path, "runner"], table.runner);
  const script = readNonEmptyString(
    report,
    [...path, "script"],
    table.script,
    'script = "exec/step.ts"',
  );
  const scriptPath = script
    ? readPackagePath(report, [...path, "script"], script, root, "file")
    : undefined;
  let cwdPath: string | undefined = root;
  if (table.cwd !== undefined) {
    const cwd = readNonEmptyString(report, [...path, "cwd"], table.cwd, 'cwd = "."');
    cwdPath = cwd
      ? readPackagePath(report, [...path, "cwd"], cwd, root, "directory")
      : undefined;
  }
  const timeoutMs = readTimeout(report, [...path, "timeout_ms"], table.timeout_ms);
  const trigger =
    table.trigger === undefined
      ? undefined
      : readTrigger(report, [...path, "trigger"], table.trigger, root);

  if (!name || !runner || !script || !scriptPath || !cwdPath || timeoutMs === undefined) {
    return undefined;
  }
  if (table.trigger !== undefined && !trigger) return undefined;
  const step: FlowStep = { name, runner, script, scriptPath, cwdPath, timeoutMs };
  if (trigger) step.trigger = trigger;
  // The header line only serves messages, and finding it means scanning the whole manifest
  // (a third of discovery time for 1,000 packages), so it is found on first read.
  Object.defineProperty(step, "line", { enumerable: true, configurable: true, get: () => report.line(path) });
  return step;
}

function readNonEmptyString(
  report: ManifestReport,
  path: TomlPath,
  value: unknown,
  example: string,
): string | undefined {
  const field = fieldName(path);
  if (value === undefined) {
    report.error(path, `${field} is missing; expected a non-empty string. Add ${example}.`);
  } else if (typeof value !== "string") {
    report.error(
      path,
      `${field} is ${describeValue(value)}; expected a non-empty string. Write it in quotes, e.g. ${example}.`,
    );
  } else if (value.trim() === "") {
    report.error(path, `${field} is ""; expected a non-empty string, e.g. ${example}.`);
  } else {
    return value;
  }
  return undefined;
}

function readRunner(
  report: ManifestReport,
  path: TomlPath,
  value: unknown,
): FlowRunner | undefined {
  if (typeof value === "string" && (RUNNERS as readonly string[]).includes(value)) {
    return value as FlowRunner;
  }
  const fix =
    value === undefined ? 'Add runner = "bun" to this step.' : "Change runner to one of those.";
  const found = value === undefined ? "missing" : describeValue(value);
  report.error(path, `${fieldName(path)} is ${found}; expected "bun" or "code-mode". ${fix}`);
  return undefined;
}

function readTimeout(report: ManifestReport, path: TomlPath, value: unknown): number | undefined {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return value;
  const example =
    typeof value === "string" ? "Write it without quotes" : "Write e.g. timeout_ms = 600000";
  report.error(
    path,
    `${fieldName(path)} is ${describeValue(value)}; expected a positive whole number of milliseconds. ` +
      `${example}, or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`,
  );
  return undefined;
}

type PathKind = "file" | "directory";

/** Resolves a package-relative path and checks that it exists with the expected kind. */
function readPackagePath(
  report: ManifestReport,
  path: TomlPath,
  relativePath: string,
  root: string,
  expected: PathKind,
): string | undefined {
  const field = fieldName(path);
  if (isAbsolute(relativePath)) {
    report.error(
      path,
      `${field} is "${relativePath}", an absolute path; expected a path relative to the package folder. ` +
        "Make it relative so the package works wherever it is installed.",
    );
    return undefined;
  }
  const absolute = resolve(root, relativePath);
  const kind = kindOf(absolute);
  if (kind === expected) return absolute;
  if (kind === "missing") {
    report.error(
      path,
      `${field} "${relativePath}" does not exist (looked for ${absolute}); expected a ${expected}. ` +
        `Create the ${expected} or fix the path (it is relative to the package folder).`,
    );
  } else {
    report.error(
      path,
      `${field} "${relativePath}" is ${kind === "other" ? "not a regular file or directory" : `a ${kind}`}; ` +
        `expected a ${expected}. Point ${String(path[path.length - 1])} at a ${expected}.`,
    );
  }
  return undefined;
}

function kindOf(path: string): PathKind | "missing" | "other" {
  try {
    const info = statSync(path);
    if (info.isFile()) return "file";
    return info.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

function readTrigger(
  report: ManifestReport,
  path: TomlPath,
  value: unknown,
  root: string,
): FlowTrigger | undefined {
  if (!isTable(value)) {
    report.error(
      path,
      `${fieldName(path)} is ${describeValue(value)}; expected a table. ` +
        "Write it as a [steps.trigger] section right after its [[steps]] section.",
    );
    return undefined;
  }
  warnUnknownKeys(report, path, value, TRIGGER_KEYS);
  const type = readNonEmptyString(
    report,
    [...path, "type"],
    value.type,
    'type = "upstream.release"',
  );
  let schemaPath: string | undefined;
  if (value.schema !== undefined) {
    const schemaField = [...path, "schema"];
    const schema = readNonEmptyString(
      report,
      schemaField,
      value.schema,
      'schema = "schemas/event.schema.json"',
    );
    schemaPath = schema
      ? readPackagePath(report, schemaField, schema, root, "file")
      : undefined;
    if (!schemaPath || !(checkSchemaJson(report, schemaPath, schemaField))) return undefined;
  }
  if (!type) return undefined;
  const trigger: FlowTrigger = { type };
  if (schemaPath) {
    trigger.schema = value.schema as string;
    trigger.schemaPath = schemaPath;
  }
  return trigger;
}

/** A schema must at least be JSON at load time; compiling it is left to matching/validate. */
function checkSchemaJson(
  report: ManifestReport,
  schemaPath: string,
  field: TomlPath,
): boolean {
  const from = `(referenced by ${fieldName(field)} in ${report.file})`;
  let text: string;
  try {
    text = readFileSync(schemaPath, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    report.problems.push({
      severity: "error",
      file: schemaPath,
      message: `schema cannot be read (${code}). Check its permissions ${from}.`,
    });
    return false;
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const problem = {
      severity: "error" as const,
      file: schemaPath,
      message: `schema is not valid JSON: ${parsed.message}. Fix the JSON syntax ${from}.`,
    };
    report.problems.push(
      parsed.line === undefined
        ? problem
        : { ...problem, line: parsed.line, column: parsed.column },
    );
    return false;
  }
  if (typeof parsed.value !== "boolean" && !isTable(parsed.value)) {
    report.problems.push({
      severity: "error",
      file: schemaPath,
      line: 1,
      column: 1,
      message:
        `schema is ${describeValue(parsed.value)}; expected a JSON object (a JSON Schema). ` +
        `Start the file with { and describe the payload ${from}.`,
    });
    return false;
  }
  return true;
}
