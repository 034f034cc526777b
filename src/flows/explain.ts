// Why each step matched an event or not, stage by stage (type → schema → condition), for
// `flows explain` and the debug table of the job summary. Pure: built from a MatchResult.
import type { ConditionReport } from "./condition.js";
import type { FlowPackage, FlowStep, MatchResult } from "./types.js";

export type StageVerdict = "passed" | "failed" | "not checked" | "none";

export type StepExplanation = {
  flow: string;
  step: string;
  /** Absolute path of the step's flow.toml. */
  manifestPath: string;
  matched: boolean;
  /** The trigger type pattern; undefined when the step has no trigger. */
  triggerType?: string;
  type: StageVerdict;
  /** The schema as written in flow.toml, when the trigger has one. */
  schema?: string;
  schemaVerdict: StageVerdict;
  /** The condition as written, when the trigger has one. */
  condition?: string;
  conditionVerdict: StageVerdict;
  /** What the condition read and concluded, when it was evaluated. */
  conditionReport?: ConditionReport;
  /** The reason the step did not match (the mismatch message); undefined when it matched. */
  reason?: string;
};

/** Every step of `flows`, in discovery and manifest order, with the verdict of each stage. */
export function explainMatch(flows: readonly FlowPackage[], result: MatchResult): StepExplanation[] {
  const matched = new Set<FlowStep>(result.matched.map((ref) => ref.step));
  const mismatches = new Map(result.mismatches.map((miss) => [miss.step, miss]));
  const reports = new Map((result.conditions ?? []).map((check) => [check.step, check.report]));
  const explanations: StepExplanation[] = [];
  for (const flow of flows) {
    for (const step of flow.steps) {
      if (!matched.has(step) && !mismatches.has(step)) continue;
      const miss = mismatches.get(step);
      const trigger = step.trigger;
      const reason = miss?.reason;
      const typeOk = trigger !== undefined && reason !== "type" && reason !== "no-trigger";
      const schemaOk = typeOk && reason !== "schema";
      const report = miss?.condition ?? reports.get(step);
      explanations.push({
        flow: flow.name,
        step: step.name,
        manifestPath: flow.manifestPath,
        matched: matched.has(step),
        ...(trigger ? { triggerType: trigger.type } : {}),
        type: !trigger ? "none" : typeOk ? "passed" : "failed",
        ...(trigger?.schema !== undefined ? { schema: trigger.schema } : {}),
        schemaVerdict: trigger?.schema === undefined ? "none" : !typeOk ? "not checked" : schemaOk ? "passed" : "failed",
        ...(trigger?.if !== undefined ? { condition: trigger.if } : {}),
        conditionVerdict:
          trigger?.if === undefined ? "none" : !schemaOk ? "not checked" : reason === "condition" ? "failed" : "passed",
        ...(report ? { conditionReport: report } : {}),
        ...(miss ? { reason: miss.message } : {}),
      });
    }
  }
  return explanations;
}
