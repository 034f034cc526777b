import { resolve } from "node:path";
import { checkDiscoverFlowsOptions, type DiscoverFlowsOptions, discoverFlows } from "./discovery.js";
import { compileTriggerConditions } from "./condition.js";
import { SchemaRegistry } from "./schemas.js";
import { emptyScriptWarnings } from "./script-checks.js";
import { checkSchemaFileSize } from "./schema-budget.js";
import { readSchemaFile } from "./schema-files.js";
import { neverMatchWarnings } from "./schema-never.js";
import { unusablePatterns } from "./schema-patterns.js";
import type { DiscoveryResult } from "./types.js";
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
  // Each schema once, with the trigger types of every step that uses it.
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
  return { flows: discovered.flows, problems, shadowed: discovered.shadowed };
}

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
    const { text, value } = await readSchemaFile(schemaPath);
    return neverMatchWarnings(schemaPath, text, value, types);
  } catch {
    // Changed or gone since it compiled: the next validate or event says what it is now.
    return [];
  }
}
