import type { FlowEvent } from "../contracts.js";
import { type SchemaRegistry, sharedSchemaRegistry } from "./schemas.js";
import type { FlowPackage, MatchResult, StepMismatch, StepRef } from "./types.js";

export type MatchStepsOptions = {
  /** Where schemas are compiled and cached; the process-wide registry by default. */
  schemas?: SchemaRegistry;
};

const patterns = new Map<string, RegExp>();

/**
 * Whether a trigger type accepts an event type. `*` matches any run of characters (an
 * extension: `pull_request.*`, `*`); every other character, `.` included, matches itself.
 */
export function typeMatches(pattern: string, type: string): boolean {
  if (!pattern.includes("*")) return pattern === type;
  let regex = patterns.get(pattern);
  if (!regex) {
    const source = pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    regex = new RegExp(`^${source}$`, "s");
    patterns.set(pattern, regex);
  }
  return regex.test(type);
}

/**
 * The steps an event triggers: flows in the given (discovery) order, steps in manifest order.
 * Types are compared first; schemas are compiled only for steps whose type matched, so an event
 * nobody listens to never loads ajv.
 */
export async function matchSteps(
  flows: readonly FlowPackage[],
  event: FlowEvent,
  options: MatchStepsOptions = {},
): Promise<MatchResult> {
  const outcomes: Array<{ matched: StepRef } | { mismatch: StepMismatch }> = [];
  const typeMatched: Array<{ ref: StepRef; at: number }> = [];
  for (const flow of flows) {
    for (const step of flow.steps) {
      const trigger = step.trigger;
      if (!trigger) {
        const message = `step "${step.name}" has no [steps.trigger], so no event runs it`;
        outcomes.push({ mismatch: { flow, step, reason: "no-trigger", message } });
      } else if (!typeMatches(trigger.type, event.type)) {
        const message = `trigger type "${trigger.type}" does not match event type "${event.type}"`;
        outcomes.push({ mismatch: { flow, step, reason: "type", message } });
      } else {
        typeMatched.push({ ref: { flow, step }, at: outcomes.length });
        outcomes.push({ matched: { flow, step } });
      }
    }
  }

  const needsSchema = typeMatched.filter(({ ref }) => ref.step.trigger?.schemaPath !== undefined);
  if (needsSchema.length > 0) {
    const registry = options.schemas ?? sharedSchemaRegistry();
    const payload = event.payload ?? {};
    for (const { ref, at } of needsSchema) {
      const trigger = ref.step.trigger!;
      const compiled = await registry.compile(trigger.schemaPath!);
      const shown = trigger.schema ?? trigger.schemaPath;
      if (!compiled.ok) {
        const message = `schema ${shown} cannot be used: ${compiled.diagnostic.message}`;
        outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
        continue;
      }
      const check = compiled.check(payload);
      if (!check.ok) {
        const message = `payload does not match ${shown}: ${check.message}`;
        outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
      }
    }
  }

  const result: MatchResult = { matched: [], mismatches: [] };
  for (const outcome of outcomes) {
    if ("matched" in outcome) result.matched.push(outcome.matched);
    else result.mismatches.push(outcome.mismatch);
  }
  return result;
}
