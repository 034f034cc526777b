// `[steps.trigger] if = "..."`: a condition in GitHub's own expression language, evaluated by
// GitHub's own lexer, parser and evaluator (@actions/expressions) after the type and schema
// match. This module is the light half: types, the `${{ }}` rule and the per-package compile
// step. The evaluator, semver and the data adapters load on first use (condition-compile.ts),
// so a repository without conditions never pays for them at start-up.
import { readFileSync } from "node:fs";
import type { FlowDiagnostic } from "../contracts.js";
import type { CompileOutcome } from "./condition-compile.js";
import { conditionPosition } from "./condition-position.js";
import type { FlowPackage, FlowTrigger } from "./types.js";

/** One context path the condition read, with the value it saw (shown as short JSON). */
export type ConditionValue = { path: string; value: string };

export type ConditionReport = {
  /** The expression, `${{ }}` removed. */
  expression: string;
  /** true: the step matches; false: it does not; error: it could not be evaluated. */
  result: "true" | "false" | "error";
  /** Each context path the evaluation read, in the order first read. */
  values: ConditionValue[];
  /** For result "error": what went wrong, as a sentence. */
  error?: string;
};

/**
 * The `github` context a condition sees: the job's GitHub context when there is one (the action,
 * `flows github`), else empty, so `github.ref` is null. Names follow the workflow `github` context.
 */
export type ConditionGitHubContext = {
  repository?: string;
  repository_owner?: string;
  ref?: string;
  ref_name?: string;
  sha?: string;
  actor?: string;
  event_name?: string;
  /** The webhook payload, as `github.event` in a workflow. */
  event?: unknown;
  run_id?: string;
  run_attempt?: string;
  workflow?: string;
  job?: string;
  server_url?: string;
  base_ref?: string;
  head_ref?: string;
};

export const GITHUB_CONTEXT_KEYS: readonly string[] = [
  "repository",
  "repository_owner",
  "ref",
  "ref_name",
  "sha",
  "actor",
  "event_name",
  "event",
  "run_id",
  "run_attempt",
  "workflow",
  "job",
  "server_url",
  "base_ref",
  "head_ref",
];

/** The `github` context from the job's GITHUB_* variables and the webhook payload. */
export function gitHubConditionContext(input: {
  env: NodeJS.ProcessEnv;
  eventName?: string;
  payload?: unknown;
}): ConditionGitHubContext {
  const { env } = input;
  const context: ConditionGitHubContext = {};
  const set = (key: keyof ConditionGitHubContext, value: string | undefined): void => {
    if (value !== undefined && value !== "") (context as Record<string, unknown>)[key] = value;
  };
  set("repository", env.GITHUB_REPOSITORY);
  set("repository_owner", env.GITHUB_REPOSITORY_OWNER ?? env.GITHUB_REPOSITORY?.split("/")[0]);
  set("ref", env.GITHUB_REF);
  set("ref_name", env.GITHUB_REF_NAME);
  set("sha", env.GITHUB_SHA);
  set("actor", env.GITHUB_ACTOR);
  set("event_name", input.eventName ?? env.GITHUB_EVENT_NAME);
  set("run_id", env.GITHUB_RUN_ID);
  set("run_attempt", env.GITHUB_RUN_ATTEMPT);
  set("workflow", env.GITHUB_WORKFLOW);
  set("job", env.GITHUB_JOB);
  set("server_url", env.GITHUB_SERVER_URL);
  set("base_ref", env.GITHUB_BASE_REF);
  set("head_ref", env.GITHUB_HEAD_REF);
  if (input.payload !== undefined) context.event = input.payload;
  return context;
}

/**
 * GitHub accepts `if:` with or without `${{ }}`; a condition wrapped in it is unwrapped. Text
 * with `${{` anywhere else would be a string template (always true in a workflow): refused.
 */
export function unwrapCondition(text: string): { expression: string; offset: number } | { error: string; offset: number } {
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed.startsWith("${{") && trimmed.endsWith("}}") && trimmed.indexOf("${{", 3) < 0 && trimmed.length >= 5) {
    const inner = trimmed.slice(3, -2);
    const innerLead = inner.length - inner.trimStart().length;
    return { expression: inner.trim(), offset: leading + 3 + innerLead };
  }
  const at = text.indexOf("${{");
  if (at >= 0) {
    return {
      error:
        `has ${WRAPPER} around only part of the condition; a workflow would read that as a string, which is always true. ` +
        `Write the whole condition inside one ${WRAPPER}, or leave ${WRAPPER} out`,
      offset: at,
    };
  }
  return { expression: trimmed, offset: leading };
}

// biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's expression wrapper, as text.
const WRAPPER = "${{ }}";

// Compiled once per loaded package: the trigger object belongs to one load of one flow.toml.
const compiled = new WeakMap<FlowTrigger, CompileOutcome>();
let compileCount = 0;

/** How many conditions this process has compiled (tests: parsed once per package). */
export function conditionCompileCount(): number {
  return compileCount;
}

export function hasConditions(flows: readonly FlowPackage[]): boolean {
  return flows.some((flow) => flow.steps.some((step) => step.trigger?.if !== undefined));
}

/** The compiled condition of a trigger, or undefined when it has not been compiled yet. */
export function compiledCondition(trigger: FlowTrigger): CompileOutcome | undefined {
  return compiled.get(trigger);
}

/**
 * Compiles every condition not compiled yet (once per loaded package) and returns a problem,
 * with file, line and column, for each that does not compile. Loads the evaluator only when
 * some step has a condition.
 */
export async function compileFlowConditions(flows: readonly FlowPackage[]): Promise<FlowDiagnostic[]> {
  return compileTriggerConditions(
    flows.map((flow) => ({
      manifestPath: flow.manifestPath,
      triggers: flow.steps.flatMap((step, index) => (step.trigger ? [{ index, trigger: step.trigger }] : [])),
    })),
  );
}

/** compileFlowConditions for triggers given by manifest and step index (those of broken packages too). */
export async function compileTriggerConditions(
  manifests: ReadonlyArray<{ manifestPath: string; triggers: ReadonlyArray<{ index: number; trigger: FlowTrigger }> }>,
): Promise<FlowDiagnostic[]> {
  const pending = manifests.flatMap(({ manifestPath, triggers }) =>
    triggers.flatMap(({ index, trigger }) =>
      trigger.if !== undefined && !compiled.has(trigger) ? [{ flow: { manifestPath }, trigger, index }] : [],
    ),
  );
  if (pending.length === 0) return [];
  const { compileCondition } = await import("./condition-compile.js");
  const problems: FlowDiagnostic[] = [];
  const texts = new Map<string, string | undefined>();
  for (const { flow, trigger, index } of pending) {
    const outcome = compileCondition(trigger.if as string);
    compileCount += 1;
    compiled.set(trigger, outcome);
    if (outcome.ok) continue;
    if (!texts.has(flow.manifestPath)) texts.set(flow.manifestPath, readText(flow.manifestPath));
    const path = ["steps", index, "trigger", "if"];
    const where = conditionPosition(texts.get(flow.manifestPath), path, outcome.offset);
    problems.push({
      severity: "error",
      file: flow.manifestPath,
      ...(where ? { line: where.line, column: where.column } : {}),
      message: `steps[${index}].trigger.if ${outcome.message}.`,
    });
  }
  return problems;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
