// What the flow.toml schema cannot say: step names are unique, paths exist and stay inside
// their bounds (manifest-paths.ts), and a trigger schema file is at least a JSON object.
// Runs after the schema check; fields the schema already rejected are not checked again.
import { fileProblem } from "./file-problem.js";
import { readFileSync, statSync } from "node:fs";
import type { FlowRunner } from "../contracts.js";
import { parseJsonText } from "../json-text.js";
import { describeValue, isTable } from "./diagnostics.js";
import { hiddenInName, withoutHidden } from "./hidden-name.js";
import { DEFAULT_TIMEOUT_MS } from "./manifest-defaults.js";
import { type PackageBounds, readPackagePath } from "./manifest-paths.js";
import { fieldName, type ManifestReport } from "./manifest-report.js";
import { pathKey } from "./manifest-schema.js";
import { foldName, howNamesDiffer } from "./name-collisions.js";
import { MAX_SCHEMA_BYTES } from "./schema-size.js";
import type { TomlPath } from "./toml-locator.js";
import { githubTypeProblem } from "./trigger-type.js";
import type { FlowStep, FlowTrigger } from "./types.js";
import { invalidUtf8, invalidUtf8Message } from "./utf8-check.js";

export { DEFAULT_TIMEOUT_MS };

type StepContext = {
  report: ManifestReport;
  bounds: PackageBounds;
  failed: Set<string>;
  /** Every trigger that could be read, by step index, valid step or not (validate checks them all). */
  triggers?: Array<{ index: number; trigger: FlowTrigger }>;
};

/** The steps, when every one of them is valid (the schema check passed for `steps`). */
export function readSteps(context: StepContext, value: unknown): FlowStep[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const steps: FlowStep[] = [];
  const firstIndexByName = new Map<string, number>();
  const firstIndexByFold = new Map<string, number>();
  for (const [index, entry] of value.entries()) {
    if (!isTable(entry)) continue;
    const path = ["steps", index];
    const name = entry.name;
    if (typeof name === "string" && !context.failed.has(pathKey([...path, "name"]))) {
      hiddenNameWarning(context.report, [...path, "name"], name);
      const first = firstIndexByName.get(name);
      const fold = foldName(name);
      const firstFolded = firstIndexByFold.get(fold);
      if (first !== undefined) {
        context.report.error(
          [...path, "name"],
          `${fieldName([...path, "name"])} "${name}" is already used by ${stepPlace(context.report, first)}; ` +
            "step names must be unique within a flow. Rename one of them.",
        );
      } else if (firstFolded !== undefined) {
        const other = (value[firstFolded] as Record<string, unknown>).name as string;
        const otherLine = context.report.line(["steps", firstFolded, "name"]);
        context.report.warn(
          [...path, "name"],
          `${fieldName([...path, "name"])} ${JSON.stringify(name)} and ${fieldName(["steps", firstFolded, "name"])} ${JSON.stringify(other)}` +
            `${otherLine === undefined ? "" : ` (line ${otherLine})`} ` +
            `${howNamesDiffer(name, other)}: a reader of check runs, the job summary and PR comments cannot tell the two steps apart. ` +
            "Both run. Rename one of them so the two differ in more than case and Unicode form.",
        );
      }
      if (first === undefined) firstIndexByName.set(name, index);
      if (firstFolded === undefined) firstIndexByFold.set(fold, index);
    }
    const step = readStep(context, path, entry);
    if (step) steps.push(step);
  }
  return steps.length === value.length ? steps : undefined;
}

/**
 * A flow or step name holding a bidirectional control or an invisible character, which `flows new`
 * refuses (hidden-name.ts): a warning, not an error, as the older runtime ran such a package
 * (it took any non-blank name) and an old flow must run unchanged. Every report shows the
 * character escaped, but nothing told the user it was there.
 */
export function hiddenNameWarning(report: ManifestReport, path: TomlPath, name: string): void {
  const hidden = hiddenInName(name);
  if (hidden === undefined) return;
  const field = path.length === 1 ? "The flow's name" : fieldName(path);
  const rename = hidden.without !== undefined ? `Rename it ${JSON.stringify(hidden.without)}` : "Rename it with letters, digits, - and _";
  report.warn(
    path,
    `${field} "${hidden.escaped}" holds ${hidden.codePoints}, an invisible character ${hidden.does}. ` +
      `It ${path.length === 1 ? "loads and runs" : "runs"} as the older runtime ran it, and summaries, check runs and logs show the character escaped. ` +
      `${rename} (flows new refuses such names).`,
  );
}

/** `steps[0] (line 4)`: a step another message points to. */
function stepPlace(report: ManifestReport, index: number): string {
  const line = report.line(["steps", index]);
  return `steps[${index}]${line === undefined ? "" : ` (line ${line})`}`;
}

function readStep(context: StepContext, path: TomlPath, table: Record<string, unknown>): FlowStep | undefined {
  const { report, bounds } = context;
  const usable = (key: string): string | undefined => {
    const value = table[key];
    return typeof value === "string" && !context.failed.has(pathKey([...path, key])) ? value : undefined;
  };
  const script = usable("script");
  const scriptPath =
    script === undefined
      ? undefined
      : readPackagePath({ report, path: [...path, "script"], value: script, root: bounds.root, bounds, expected: "file", bound: "package" });
  if (scriptPath !== undefined) unrunnableName(report, [...path, "script"], scriptPath);
  const cwd = usable("cwd");
  const cwdPath =
    table.cwd === undefined
      ? bounds.root
      : cwd === undefined
        ? undefined
        : readPackagePath({ report, path: [...path, "cwd"], value: cwd, root: bounds.root, bounds, expected: "directory", bound: "repository" });
  const read = isTable(table.trigger) ? readTrigger(context, [...path, "trigger"], table.trigger) : undefined;
  if (read?.trigger) context.triggers?.push({ index: path[1] as number, trigger: read.trigger });
  const trigger = read?.schemaOk ? read.trigger : undefined;

  const name = usable("name");
  const runner = table.runner as FlowRunner;
  if (name === undefined || script === undefined || scriptPath === undefined || cwdPath === undefined) return undefined;
  if (table.trigger !== undefined && !trigger) return undefined;
  const timeoutMs = typeof table.timeout_ms === "number" ? table.timeout_ms : DEFAULT_TIMEOUT_MS;
  const step: FlowStep = { name, runner, script, scriptPath, cwdPath, timeoutMs };
  if (trigger) step.trigger = trigger;
  // The header line only serves messages, and finding it means scanning the whole manifest
  // (a third of discovery time for 1,000 packages), so it is found on first read.
  Object.defineProperty(step, "line", { enumerable: true, configurable: true, get: () => report.line(path) });
  return step;
}

/**
 * Bun cannot run a file whose path holds a `?` (it reads the rest as a query) or a `\` (a
 * separator to it, a character on Linux): it says "Module not found" for a file that is there.
 * A warning, as the older runtime loaded such a package and ran its other steps.
 */
function unrunnableName(report: ManifestReport, path: TomlPath, scriptPath: string): void {
  const char = /[?\\]/.exec(scriptPath)?.[0];
  if (char === undefined) return;
  const reads = char === "?" ? "the start of a query" : "a path separator";
  report.warn(
    path,
    `${fieldName(path)} is at ${JSON.stringify(scriptPath)}, which Bun cannot run: it reads a ${char} in a path as ${reads}, ` +
      `so the step fails with "Module not found" though the file is there. Rename the file (or its folder) without ${char}.`,
  );
}

/**
 * The trigger as far as it can be read. A schema that is missing or not JSON is an error already
 * reported; the trigger still comes back without it (`schemaOk: false`), so `flows validate`
 * checks its condition in the same pass instead of after the schema is fixed.
 */
function readTrigger(context: StepContext, path: TomlPath, table: Record<string, unknown>): { trigger?: FlowTrigger; schemaOk: boolean } {
  const { report, bounds, failed } = context;
  const ok = (key: string) => typeof table[key] === "string" && !failed.has(pathKey([...path, key]));
  let schemaPath: string | undefined;
  let schemaOk = true;
  if (table.schema !== undefined) {
    if (ok("schema")) {
      const field = [...path, "schema"];
      schemaPath = readPackagePath({ report, path: field, value: table.schema as string, root: bounds.root, bounds, expected: "file", bound: "package" });
      if (schemaPath && !checkSchemaJson(report, schemaPath, field)) schemaPath = undefined;
    }
    schemaOk = schemaPath !== undefined;
  }
  if (!ok("type") || (table.if !== undefined && !ok("if"))) return { schemaOk: false };
  const trigger: FlowTrigger = { type: table.type as string };
  if (trigger.type.trim() !== trigger.type) {
    // Matching compares types exactly: " push" waits for an event typed " push", which GitHub never sends.
    report.warn(
      [...path, "type"],
      `${fieldName([...path, "type"])} ${JSON.stringify(trigger.type)} has spaces around it, so it matches only events whose type has the same spaces ` +
        `(GitHub's never do). Write ${JSON.stringify(trigger.type.trim())}.`,
    );
  }
  hiddenTypeWarning(report, [...path, "type"], trigger.type);
  const notGitHub = githubTypeProblem(trigger.type, fieldName([...path, "type"]));
  if (notGitHub) report.warn([...path, "type"], notGitHub);
  if (schemaPath) {
    trigger.schema = table.schema as string;
    trigger.schemaPath = schemaPath;
  }
  if (typeof table.if === "string") trigger.if = table.if;
  return { trigger, schemaOk };
}

/**
 * A trigger type holding a bidirectional control or an invisible character (hidden-name.ts):
 * matching compares types exactly, so the step waits for an event whose type holds the same
 * character, and the type looks right wherever it is shown unescaped.
 */
function hiddenTypeWarning(report: ManifestReport, path: TomlPath, type: string): void {
  const hidden = hiddenInName(type);
  if (hidden === undefined) return;
  const without = withoutHidden(type).trim();
  report.warn(
    path,
    `${fieldName(path)} "${hidden.escaped}" holds ${hidden.codePoints}, which does not show where the type is printed as it is. ` +
      "Types are compared exactly, so it matches only events whose type holds the same character (GitHub's never do). " +
      (without === "" ? "Write the type with visible characters only." : `Write ${JSON.stringify(without)}.`),
  );
}

/** Each schema file's answer, per manifest: thousands of steps may name the same file. */
const schemaChecks = new WeakMap<ManifestReport, Map<string, boolean>>();

/** A schema must at least be JSON at load time; compiling it is left to matching/validate. */
function checkSchemaJson(report: ManifestReport, schemaPath: string, field: TomlPath): boolean {
  const checked = schemaChecks.get(report) ?? new Map<string, boolean>();
  schemaChecks.set(report, checked);
  let ok = checked.get(schemaPath);
  if (ok === undefined) {
    ok = readSchemaJson(report, schemaPath, field);
    checked.set(schemaPath, ok);
  }
  return ok;
}

function readSchemaJson(report: ManifestReport, schemaPath: string, field: TomlPath): boolean {
  const from = `(referenced by ${fieldName(field)} in ${report.file})`;
  // A file over the schema budget is never read here: compiling it refuses it, saying the limit
  // (schema-budget.ts), and reading 100 MB for every step that names it took minutes.
  if (fileSize(schemaPath) > MAX_SCHEMA_BYTES) return true;
  let text: string;
  try {
    text = readFileSync(schemaPath, "utf8");
  } catch (error) {
    const { problem, hint } = fileProblem(schemaPath, (error as NodeJS.ErrnoException).code, "file");
    report.push({ severity: "error", file: schemaPath, message: `schema ${problem} ${from}. ${hint}` });
    return false;
  }
  const notUtf8 = invalidUtf8(schemaPath, text);
  if (notUtf8) {
    const { line, column } = notUtf8;
    report.push({ severity: "error", file: schemaPath, line, column, message: invalidUtf8Message("schema", notUtf8, "JSON", ` ${from}`) });
    return false;
  }
  text = text.replace(/^\uFEFF/, "");
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const problem = {
      severity: "error" as const,
      file: schemaPath,
      message: `schema is not valid JSON: ${parsed.message}. Fix the JSON syntax ${from}.`,
    };
    report.push(parsed.line === undefined ? problem : { ...problem, line: parsed.line, column: parsed.column });
    return false;
  }
  if (typeof parsed.value !== "boolean" && !isTable(parsed.value)) {
    report.push({
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

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // Reading it says what is wrong.
  }
}
