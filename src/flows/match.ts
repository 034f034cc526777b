import type { FlowDiagnostic, FlowEvent } from "../contracts.js";
import type { ConditionGitHubContext } from "./condition.js";
import type { ChangedFilesSource } from "./condition-evaluate.js";
import { matchConditions } from "./condition-match.js";
import { globMatches } from "./glob.js";
import { MAX_CHECK_ERRORS, MAX_CHECK_MS } from "./schema-check-limits.js";
import { checkArgument, isRecord } from "../library-arguments.js";
import type { SchemaRegistry } from "./schemas.js";
import type { FlowPackage, MatchResult, StepMismatch, StepRef } from "./types.js";

export type MatchStepsOptions = {
  /** Where schemas are compiled and cached; the process-wide registry by default. */
  schemas?: SchemaRegistry;
  /** The job's GitHub context, `github` in conditions (the action and `flows github` have one). */
  github?: ConditionGitHubContext;
  /** The host environment, `env` in conditions (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Files a pull request touched, for changed(); an API edge passed in from outside flows/. */
  changedFiles?: ChangedFilesSource;
};

/**
 * Whether a trigger type accepts an event type, in the one glob dialect (src/flows/glob.ts):
 * `*` matches any run of characters (`pull_request.*`, `*`), `?` one, `[...]` a class; every
 * other character, `.` included, matches itself. A type that is not a valid glob matches itself.
 */
export function typeMatches(pattern: string, type: string): boolean {
  try {
    return globMatches(pattern, type);
  } catch {
    return pattern === type;
  }
}

/** Why a type that looks meant for this event does not match it, and what to write. */
function typeHint(pattern: string, type: string): string {
  if (type.startsWith(`${pattern}.`)) {
    return `; a GitHub event with an action is typed <event>.<action>: write "${type}", or "${pattern}.*" for every action`;
  }
  if (pattern.trim() === type) return "; the trigger type has spaces around it: remove them";
  if (pattern.toLowerCase() === type.toLowerCase()) return `; types are case-sensitive: write "${type}"`;
  return "";
}

/** For callers from JavaScript: flows as discovery returns them, and an event with a type. */
export function checkMatchArguments(functionName: string, flows: unknown, event: unknown): void {
  const isFlows = Array.isArray(flows) && flows.every((flow) => isRecord(flow) && Array.isArray(flow.steps));
  checkArgument(isFlows, functionName, "flows", "an array of flow packages, e.g. (await discoverFlows({ repoRoot })).flows", flows);
  checkArgument(isRecord(event) && typeof event.type === "string", functionName, "event", 'a FlowEvent like { id: "...", type: "..." }', event);
}

/**
 * The steps an event triggers: flows in the given (discovery) order, steps in manifest order.
 * Types are compared first; schemas are compiled only for steps whose type matched, so an event
 * nobody listens to never loads ajv, nor the code that compiles schemas (./schemas.js).
 */
export async function matchSteps(
  flows: readonly FlowPackage[],
  event: FlowEvent,
  options: MatchStepsOptions = {},
): Promise<MatchResult> {
  checkMatchArguments("matchSteps", flows, event);
  checkArgument(isRecord(options), "matchSteps", "options", "an options object, or left out", options);
  const outcomes: Array<{ matched: StepRef } | { mismatch: StepMismatch }> = [];
  const typeMatched: Array<{ ref: StepRef; at: number }> = [];
  for (const flow of flows) {
    for (const step of flow.steps) {
      const trigger = step.trigger;
      if (!trigger) {
        const message = `step "${step.name}" has no [steps.trigger], so no event runs it`;
        outcomes.push({ mismatch: { flow, step, reason: "no-trigger", message } });
      } else if (!typeMatches(trigger.type, event.type)) {
        const message = `trigger type "${trigger.type}" does not match event type "${event.type}"${typeHint(trigger.type, event.type)}`;
        outcomes.push({ mismatch: { flow, step, reason: "type", message } });
      } else {
        typeMatched.push({ ref: { flow, step }, at: outcomes.length });
        outcomes.push({ matched: { flow, step } });
      }
    }
  }

  const stopped: FlowDiagnostic[] = [];
  const needsSchema = typeMatched.filter(({ ref }) => ref.step.trigger?.schemaPath !== undefined);
  if (needsSchema.length > 0) {
    // ajv and the schema checks load with the first step whose type matched and has a schema.
    const registry = options.schemas ?? (await import("./schemas.js")).sharedSchemaRegistry();
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
      if (!check.ok && check.stopped) {
        const { message, problem } = stoppedCheck(ref, shown ?? "its schema", check.stopped, check.message);
        outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
        stopped.push(problem);
      } else if (!check.ok) {
        const message = `payload does not match ${shown}: ${check.message}`;
        outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
      }
    }
  }

  const conditions = await matchConditions(outcomes, event, options);

  const result: MatchResult = { matched: [], mismatches: [] };
  if (conditions) Object.assign(result, conditions);
  if (stopped.length > 0) result.problems = [...stopped, ...(result.problems ?? [])];
  for (const outcome of outcomes) {
    if ("matched" in outcome) result.matched.push(outcome.matched);
    else result.mismatches.push(outcome.mismatch);
  }
  return result;
}

/**
 * A trigger check that ran over its budget (src/flows/schema-check-budget.ts): the step does not
 * run, and a warning names its flow.toml, so the skipped step is not lost among mismatches (over
 * the errors budget the payload does not match, but its errors are not all described). The rest
 * of the event's steps are matched as usual.
 */
function stoppedCheck(ref: StepRef, shown: string, over: "errors" | "time", said: string): { message: string; problem: FlowDiagnostic } {
  const message = over === "errors" ? `payload does not match ${shown}: ${said}` : `trigger check against ${shown} took too long: ${said}`;
  const [what, fix] =
    over === "errors"
      ? [
          `had too many errors (it stopped at ${MAX_CHECK_ERRORS.toLocaleString("en-US")})`,
          "A payload that fails every item of a large array fails it many times over: describe only the fields the trigger needs, and put alternatives (anyOf, oneOf) that may fail above such arrays, not in each item.",
        ]
      : [
          `took too long (it stopped after ${(MAX_CHECK_MS / 1000).toLocaleString("en-US")} s)`,
          "Keep the schema linear in the payload: no uniqueItems on arrays that can be large, fewer alternatives per item.",
        ];
  return {
    message,
    problem: {
      severity: "warning",
      file: ref.flow.manifestPath,
      ...(ref.step.line === undefined ? {} : { line: ref.step.line }),
      message: `step "${ref.step.name}" did not run for this event: its trigger check against ${shown} ${what}. ${fix}`,
    },
  };
}
