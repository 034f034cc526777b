// flow.toml checked against the compiled schema (schemas/flow.schema.json): each ajv error is
// turned into a diagnostic at the TOML position of its field (ajv's instancePath, mapped by the
// toml-locator), with a sentence saying what to change (manifest-messages.ts).
import { closest } from "../did-you-mean.js";
import { validateFlow } from "../generated/validators/flow.js";
import { isTable } from "./diagnostics.js";
import { EMPTY_MANIFEST, emptyStepMessage, missingMessage, unknownKeyMessage, wrongValueMessage } from "./manifest-messages.js";
import type { ManifestReport } from "./manifest-report.js";
import type { TomlPath } from "./toml-locator.js";

/** Stands for a TOML date in what the schema sees: no JSON type accepts it. */
const TOML_DATE = Symbol("TOML date");

/**
 * Validates the parsed document; reports errors and warnings (unknown keys) on `report`.
 * Returns the paths that had an error, so later checks skip fields already reported.
 */
export function checkManifestSchema(report: ManifestReport, document: Record<string, unknown>): Set<string> {
  const failed = new Set<string>();
  if (validateFlow(schemaView(document))) return failed;
  if (Object.keys(document).length === 0) {
    report.push({ severity: "error", file: report.file, line: 1, column: 1, message: EMPTY_MANIFEST });
    for (const key of ["name", "version", "steps"]) failed.add(pathKey([key]));
    return failed;
  }
  const errors = validateFlow.errors ?? [];
  // An empty [[steps]] section is one mistake: one error at its header, not one per missing key.
  // (Kept as the error's instancePath: a manifest may hold 150,000 of them, each missing three keys.)
  const emptySteps = new Set<string>();
  if (Array.isArray(document.steps)) {
    document.steps.forEach((step, index) => {
      if (!isTable(step) || Object.keys(step).length > 0) return;
      emptySteps.add(`/steps/${index}`);
      report.error(["steps", index], emptyStepMessage(index));
    });
  }
  // `scirpt = "..."` beside a missing script: the fix is a rename, said once, at the misspelt key.
  const renames = new Map<string, string>();
  for (const error of errors) {
    if (error.keyword !== "required" || emptySteps.has(error.instancePath)) continue;
    const base = pathOf(error.instancePath);
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const table = valueAt(document, base);
    const misspelt = isTable(table) ? Object.keys(table).find((name) => name !== missing && closest(name, [missing]) === missing) : undefined;
    if (misspelt !== undefined) renames.set(pathKey([...base, missing]), misspelt);
  }
  const renamed = new Set([...renames].map(([path, misspelt]) => pathKey([...(JSON.parse(path) as TomlPath).slice(0, -1), misspelt])));
  const reported = new Set<string>();
  for (const error of errors) {
    if (emptySteps.has(error.instancePath)) continue;
    const base = pathOf(error.instancePath);
    if (error.keyword === "additionalProperties") {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      if (renamed.has(pathKey([...base, key]))) continue;
      const table = valueAt(document, base);
      report.warn([...base, key], unknownKeyMessage(base, key, isTable(table) ? Object.keys(table) : []));
      continue;
    }
    const path = error.keyword === "required" ? [...base, String((error.params as { missingProperty: string }).missingProperty)] : base;
    const key = JSON.stringify(path);
    // One sentence per field: ajv may report several keywords (minLength and pattern) at once.
    if (reported.has(key)) continue;
    reported.add(key);
    failed.add(key);
    if (error.keyword === "required") {
      const misspelt = renames.get(key);
      if (misspelt === undefined) report.error(path, missingMessage(path));
      else report.error([...base, misspelt], missingMessage(path, { key: misspelt, line: undefined }));
    } else report.error(path, wrongValueMessage(path, valueAt(document, path), error.keyword));
  }
  return failed;
}

export function pathKey(path: TomlPath): string {
  return JSON.stringify(path);
}

/** `/steps/0/trigger` → `["steps", 0, "trigger"]`. */
function pathOf(pointer: string): Array<string | number> {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

function valueAt(document: unknown, path: TomlPath): unknown {
  let value = document;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/**
 * The document as the schema sees it: dates (a TOML type JSON lacks) become a value no type
 * accepts. Only the tables the schema describes are copied; `config` and unknown keys are
 * passed through untouched, so deeply nested values cost nothing here.
 */
function schemaView(document: Record<string, unknown>): Record<string, unknown> {
  const view = shallow(document);
  if (isTable(document.guidance)) {
    const guidance = shallow(document.guidance);
    if (Array.isArray(document.guidance.skills)) guidance.skills = document.guidance.skills.map(dateless);
    view.guidance = guidance;
  }
  if (Array.isArray(document.steps)) {
    view.steps = document.steps.map((step) => {
      if (!isTable(step)) return dateless(step);
      const copy = shallow(step);
      if (isTable(step.trigger)) copy.trigger = shallow(step.trigger);
      return copy;
    });
  }
  return view;
}

function shallow(table: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) copy[key] = dateless(value);
  return copy;
}

function dateless(value: unknown): unknown {
  return value instanceof Date ? TOML_DATE : value;
}
