import { type DiscoverFlowsOptions, discoverFlows } from "./discovery.js";
import { compileTriggerConditions } from "./condition.js";
import { SchemaRegistry } from "./schemas.js";
import { emptyScriptWarnings } from "./script-checks.js";
import type { DiscoveryResult } from "./types.js";

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
  const discovered = await discoverFlows(options);
  const registry = options.schemas ?? new SchemaRegistry();
  const problems = [...discovered.problems, ...emptyScriptWarnings(discovered.flows)];
  const seen = new Set<string>();
  // Packages with errors are checked too, as far as they could be read, so one pass lists every problem.
  const broken = discovered.broken ?? [];
  problems.push(...(await compileTriggerConditions(broken)));
  const triggers = [
    ...discovered.flows.flatMap((flow) => flow.steps.map((step) => step.trigger)),
    ...broken.flatMap((flow) => flow.triggers.map(({ trigger }) => trigger)),
  ];
  for (const trigger of triggers) {
    const schemaPath = trigger?.schemaPath;
    if (!schemaPath || seen.has(schemaPath)) continue;
    seen.add(schemaPath);
    const compiled = await registry.compile(schemaPath);
    problems.push(...compiled.warnings);
    if (!compiled.ok) problems.push(compiled.diagnostic);
    // A probe check: a $ref cycle across files that never steps into the payload recurses on
    // every payload, {} included; the registry turns the overflow into a problem of the schema.
    else if (compiled.check({}) && (await registry.problemsOf(schemaPath)).length > 0) {
      problems.push(...(await registry.problemsOf(schemaPath)));
    }
  }
  return { flows: discovered.flows, problems, shadowed: discovered.shadowed };
}
