import { resolve } from "node:path";
import { checkDiscoverFlowsOptions, type DiscoverFlowsOptions, discoverFlows } from "./discovery.js";
import { compileTriggerConditions } from "./condition.js";
import { SchemaRegistry } from "./schemas.js";
import { keep, type KeptByText, keptFor } from "./kept-by-text.js";
import { emptyScriptWarnings } from "./script-checks.js";
import { checkSchemaFileSize } from "./schema-budget.js";
import { parseSchemaText, readSchemaFile, readSchemaText } from "./schema-files.js";
import { neverMatchWarnings } from "./schema-never.js";
import { unusablePatterns } from "./schema-patterns.js";
import type { FlowDiagnostic } from "../contracts.js";
import type { DiscoveryResult, FlowPackage, FlowStep, FlowTrigger } from "./types.js";
import { windowsPathWarnings } from "./windows-names.js";

export type ValidateFlowsOptions = DiscoverFlowsOptions & {
  /** Registry to compile with; a fresh one by default so every schema is really compiled. */
  schemas?: SchemaRegistry;
};

/**
 * Discovery plus a compile of every trigger schema (for `flows validate`): schema problems that
 * matching would only meet when an event arrives are reported now. Flows whose schema does not
 * compile stay in `flows`; their steps will not match (reason "schema") until it is fixed.
 */
export async function validateFlows(options: ValidateFlowsOptions): Promise<DiscoveryResult> {
  checkDiscoverFlowsOptions("validateFlows", options);
  const discovered = await discoverFlows(options);
  const registry = options.schemas ?? new SchemaRegistry();
  const problems = [...discovered.problems, ...emptyScriptWarnings(discovered.flows), ...windowsPathWarnings(discovered.flows, resolve(options.repoRoot))];
  // Packages with errors are checked too, as far as they could be read, so one pass lists every problem.
  const broken = discovered.broken ?? [];
  problems.push(...(await compileTriggerConditions(broken)));
  const triggers = [
    ...discovered.flows.flatMap((flow) => flow.steps.map((step) => step.trigger)),
    ...broken.flatMap((flow) => flow.triggers.map(({ trigger }) => trigger)),
  ];
  problems.push(...(await triggerSchemaProblems(registry, triggers)));
  return { flows: discovered.flows, problems, shadowed: discovered.shadowed };
}

/**
 * The warnings `flows validate` gives about steps beyond loading them (an empty script, a path
 * Windows cannot check out, a trigger schema's warnings: a misspelt keyword, a schema no payload
 * passes), for the steps `reached` keeps: the commands that run or explain an event report the
 * warnings about the steps it reached, found by the same checks as validate's. Errors are left
 * out: matching reports those of the steps it reached. A registry that compiled the schemas
 * already (the dispatch's) hands back its compile, so nothing is compiled again.
 */
export async function stepWarnings(
  flows: readonly FlowPackage[],
  options: { repoRoot: string; schemas: SchemaRegistry; reached: (step: FlowStep) => boolean },
): Promise<FlowDiagnostic[]> {
  const reached = flows.flatMap((flow) => {
    const steps = flow.steps.filter(options.reached);
    return steps.length === 0 ? [] : [{ ...flow, steps }];
  });
  const problems = [
    ...emptyScriptWarnings(reached),
    ...windowsPathWarnings(reached, resolve(options.repoRoot)),
    ...(await triggerSchemaProblems(options.schemas, reached.flatMap((flow) => flow.steps.map((step) => step.trigger)))),
  ];
  return problems.filter((problem) => problem.severity === "warning");
}

/** What validate says of each trigger schema, once per schema, with the trigger types of every step that uses it. */
async function triggerSchemaProblems(registry: SchemaRegistry, triggers: ReadonlyArray<FlowTrigger | undefined>): Promise<FlowDiagnostic[]> {
  const problems: FlowDiagnostic[] = [];
  const typesBySchema = new Map<string, string[]>();
  for (const trigger of triggers) {
    if (!trigger?.schemaPath) continue;
    const types = typesBySchema.get(trigger.schemaPath);
    if (types) types.push(trigger.type);
    else typesBySchema.set(trigger.schemaPath, [trigger.type]);
  }
  for (const [schemaPath, types] of typesBySchema) {
    const compiled = await registry.compile(schemaPath);
    problems.push(...compiled.warnings);
    if (!compiled.ok) {
      problems.push(compiled.diagnostic);
      if (compiled.metaSchemaInvalid) problems.push(...(await patternProblems(schemaPath)));
    }
    // A probe check: a $ref cycle across files that never steps into the payload recurses on
    // every payload, {} included; the registry turns the overflow into a problem of the schema.
    else if (compiled.check({}) && (await registry.problemsOf(schemaPath)).length > 0) {
      problems.push(...(await registry.problemsOf(schemaPath)));
    } else problems.push(...(await neverMatching(schemaPath, types)));
  }
  return problems;
}

/** neverMatchWarnings's answers by schema path, trigger types and the file's text (a pure function of them), kept for the process. */
const neverMatchingSaid: KeptByText<DiscoveryResult["problems"]> = new Map();

/** The patterns RE2 cannot run in a schema that was not compiled; read again, within its budget. */
async function patternProblems(schemaPath: string): Promise<DiscoveryResult["problems"]> {
  try {
    checkSchemaFileSize(schemaPath, 0);
    const { text, value } = await readSchemaFile(schemaPath);
    return await unusablePatterns(schemaPath, text, value);
  } catch {
    // Changed or gone since it was checked: the next validate or event says what it is now.
    return [];
  }
}

/** A compiled schema no payload can pass (src/flows/schema-never.ts); read again, within its budget. */
async function neverMatching(schemaPath: string, types: string[]): Promise<DiscoveryResult["problems"]> {
  try {
    checkSchemaFileSize(schemaPath, 0);
    const text = await readSchemaText(schemaPath);
    // What a file unchanged said before (`flows fire` through `flows daemon` asks it each fire).
    const known = keptFor(neverMatchingSaid, schemaPath, text, types);
    if (known) return known.map((warning) => ({ ...warning }));
    const warnings = neverMatchWarnings(schemaPath, text, parseSchemaText(schemaPath, text).value, types);
    keep(neverMatchingSaid, schemaPath, text, warnings.map((warning) => ({ ...warning })), types);
    return warnings;
  } catch {
    // Changed or gone since it compiled: the next validate or event says what it is now.
    return [];
  }
}
