// The third matching stage: after the type and the schema, a step's `if` condition. The
// evaluator loads only when a step that got this far has a condition.
import type { FlowEvent } from "../contracts.js";
import { type ConditionReport, compiledCondition, compileFlowConditions } from "./condition.js";
import type { MatchStepsOptions } from "./match.js";
import type { ConditionCheck, FlowPackage, MatchResult, StepMismatch, StepRef } from "./types.js";
import { clipText } from "../text-cut.js";

export type MatchOutcome = { matched: StepRef } | { mismatch: StepMismatch };

/** Evaluates the conditions of the steps still matched in `outcomes`, turning false ones into mismatches. */
export async function matchConditions(
  outcomes: MatchOutcome[],
  event: FlowEvent,
  options: MatchStepsOptions,
): Promise<Pick<MatchResult, "conditions" | "problems"> | undefined> {
  const pending = outcomes.flatMap((outcome, at) =>
    "matched" in outcome && outcome.matched.step.trigger?.if !== undefined ? [{ ref: outcome.matched, at }] : [],
  );
  if (pending.length === 0) return undefined;
  // Discovery compiles every loaded package's conditions; a package parsed later (deferred
  // until an event of its type came) compiles here, once.
  const flows = [...new Set<FlowPackage>(pending.map(({ ref }) => ref.flow))];
  const problems = await compileFlowConditions(flows);
  const { ConditionScope } = await import("./condition-evaluate.js");
  const scope = new ConditionScope({
    event,
    ...(options.github ? { github: options.github } : {}),
    env: options.env ?? process.env,
    ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}),
  });
  const conditions: ConditionCheck[] = [];
  for (const { ref, at } of pending) {
    const compiled = compiledCondition(ref.step.trigger as NonNullable<StepRef["step"]["trigger"]>);
    if (!compiled?.ok) {
      const why = compiled ? compiled.message : "was not compiled";
      const message = `condition cannot be used: it ${why} (reported as a problem in flow.toml)`;
      outcomes[at] = { mismatch: { ...ref, reason: "condition", message } };
      continue;
    }
    const report = await scope.evaluate(compiled, ref.flow);
    conditions.push({ ...ref, report });
    if (report.result !== "true") {
      // `github.ref = null` alone reads like a wrong branch; say why it is null and what to read instead.
      const hint = !options.github && report.values.some(({ path }) => /^github\b/i.test(path)) ? NO_GITHUB_CONTEXT : "";
      outcomes[at] = { mismatch: { ...ref, reason: "condition", message: `${conditionMessage(report)}${hint}`, condition: report } };
    }
  }
  return { conditions, ...(problems.length > 0 ? { problems } : {}) };
}

const NO_GITHUB_CONTEXT =
  "; github is empty here (only a job's own webhook event, `flows github` and `flows explain --event-name` fill it): read event.payload instead";

// The summary shows 500 characters of a reason: a long condition must not push out why it failed.
const EXPRESSION_SHOWN = 160;

/** `condition `x == 'y'` is false: event.payload.x = "z"`: the reason, with what it read. */
export function conditionMessage(report: ConditionReport): string {
  const values = report.values.map(({ path, value }) => `${path} = ${value}`).join(", ");
  const read = values === "" ? "" : `: ${values}`;
  // On one line (a multi-line TOML string spans several) and cut: flow.toml has all of it.
  const expression = clipText(report.expression.replace(/\s*\n\s*/g, " "), EXPRESSION_SHOWN);
  if (report.result === "error") {
    return `condition \`${expression}\` could not be evaluated (${report.error ?? "unknown error"})${read}`;
  }
  return `condition \`${expression}\` is ${report.result}${read}`;
}
