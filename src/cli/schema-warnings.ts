// `flows fire` and `flows run` check the payload against the trigger schemas of the steps whose
// type matched, and compiling each schema finds its warnings (a misspelt keyword, ignored, so the
// schema accepts what it meant to refuse). Only `flows validate` lists them; fire says how many,
// so a step that ran when it should not have is not a mystery. Only schemas the dispatch
// compiled are asked: the registry hands back the compile it made, so nothing is compiled again.
import { relative } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import { typeMatches } from "../flows/match.js";
import type { DiscoveryResult } from "../flows/types.js";
import { terminalText } from "../terminal-text.js";

/** `warning: N warnings in the trigger schemas ...; run flows validate`, or undefined when there are none. */
export async function schemaWarningsLine(discovery: DiscoveryResult, eventType: string, where: { repoRoot: string; validate: string }): Promise<string | undefined> {
  const paths = new Set<string>();
  for (const flow of discovery.flows) {
    for (const step of flow.steps) {
      const trigger = step.trigger;
      if (trigger?.schemaPath !== undefined && typeMatches(trigger.type, eventType)) paths.add(trigger.schemaPath);
    }
  }
  if (paths.size === 0) return undefined;
  // Loaded already: the dispatch compiled these schemas with it.
  const { sharedSchemaRegistry } = await import("../flows/schemas.js");
  const registry = sharedSchemaRegistry();
  const warnings: FlowDiagnostic[] = [];
  const files: string[] = [];
  for (const path of paths) {
    const found = (await registry.compile(path)).warnings;
    if (found.length === 0) continue;
    warnings.push(...found);
    files.push(relative(where.repoRoot, path).split("\\").join("/"));
  }
  if (warnings.length === 0) return undefined;
  const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
  return `warning: ${count} in the trigger schema${files.length === 1 ? "" : "s"} this event was checked against (${terminalText(files.join(", "))}); run \`${terminalText(where.validate)}\` to see ${warnings.length === 1 ? "it" : "them"}.`;
}
