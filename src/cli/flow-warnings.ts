// The warnings `flows validate` gives beyond loading a package (an empty script, a path Windows
// cannot check out, a trigger schema's misspelt keyword, a schema no payload passes) are about
// steps that load and match without a word, then run when they should not, or fail every run.
// The commands that take an event (fire, run, explain, github, watch) report those about the
// steps the event reached, found here once for all of them by validate's own checks
// (stepWarnings in src/flows/validate.ts): explain lists them, the others say how many and where,
// with the command that lists them. Load-time warnings (a flow.toml's unknown key) each command
// prints with the rest of its problems already; they are not counted again here.
import { relative, resolve } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { typeMatches } from "../flows/match.js";
import type { DiscoveryResult, FlowPackage } from "../flows/types.js";
import { allProblems, flatten } from "../report/summary.js";
import { terminalText } from "../terminal-text.js";
import type { CliContext } from "./commands.js";

/** validate's warnings about the steps of `flows` whose trigger type matches one of `eventTypes`, each once, but for those `shown` holds. */
export async function reachedStepWarnings(
  flows: readonly FlowPackage[],
  eventTypes: readonly string[],
  repoRoot: string,
  shown: readonly FlowDiagnostic[] = [],
): Promise<FlowDiagnostic[]> {
  return withoutShown(await allReachedStepWarnings(flows, eventTypes, repoRoot), shown);
}

/** validate's warnings about the steps of `flows` whose trigger type matches one of `eventTypes`, as stepWarnings gives them. */
export async function allReachedStepWarnings(flows: readonly FlowPackage[], eventTypes: readonly string[], repoRoot: string): Promise<FlowDiagnostic[]> {
  if (eventTypes.length === 0) return [];
  // Loaded already: the dispatch (or the match) compiled the schemas of these steps with them.
  const [{ stepWarnings }, { sharedSchemaRegistry }] = await Promise.all([import("../flows/validate.js"), import("../flows/schemas.js")]);
  return stepWarnings(flows, {
    repoRoot,
    schemas: sharedSchemaRegistry(),
    reached: (step) => step.trigger !== undefined && eventTypes.some((type) => typeMatches(step.trigger!.type, type)),
  });
}

/** Each warning once, but for those `shown` holds. */
function withoutShown(warnings: readonly FlowDiagnostic[], shown: readonly FlowDiagnostic[]): FlowDiagnostic[] {
  const seen = new Set(shown.map(problemKey));
  return warnings.filter((warning) => {
    const key = problemKey(warning);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function problemKey(problem: FlowDiagnostic): string {
  return `${problem.file}\0${problem.line}\0${problem.column}\0${problem.message}`;
}

/**
 * The load-time warnings a discovery with `checkLayout` (as validate, list and explain load)
 * found that `shown` does not hold: a folder under a flow root that is not a package (its
 * flow.toml misnamed, a folder, or a link to nothing), which a discovery for an event passes by
 * without a word. A flow root that does not exist is left out: each command says it its own way.
 */
export function layoutWarnings(checked: DiscoveryResult, shown: readonly FlowDiagnostic[], repoRoot: string): FlowDiagnostic[] {
  const known = new Set(shown.map(problemKey));
  return withoutMissingRoots(checked, repoRoot).filter((problem) => problem.severity === "warning" && !known.has(problemKey(problem)));
}

/** A discovery's problems but checkLayout's warning of a flow root that does not exist. */
export function withoutMissingRoots(checked: DiscoveryResult, repoRoot: string): FlowDiagnostic[] {
  const missing = new Set((checked.missingRoots ?? []).map((root) => resolve(repoRoot, root)));
  return checked.problems.filter((problem) => !(problem.severity === "warning" && missing.has(problem.file) && problem.message.startsWith("flow root ")));
}

/** The types of an outcome's event and of the `next` events its runs asked for. */
export function outcomeEventTypes(outcomes: readonly DispatchOutcome[]): string[] {
  return [...new Set(outcomes.flatMap((outcome) => flatten(outcome).map((each) => each.event.type)))];
}

/**
 * The warnings about the steps an event's own type reaches, looked for while its steps run rather
 * than after (`flows fire` and `flows run`): `start` begins once, after the current turn, so no
 * step's start waits for it.
 */
export class EarlyWarnings {
  warnings: Promise<FlowDiagnostic[]> | undefined;

  constructor(
    readonly flows: readonly FlowPackage[],
    readonly eventType: string,
    readonly repoRoot: string,
  ) {}

  start(): void {
    if (this.warnings !== undefined) return;
    this.warnings = new Promise<void>((done) => setTimeout(done, 0)).then(() => allReachedStepWarnings(this.flows, [this.eventType], this.repoRoot));
    this.warnings.catch(() => undefined); // awaited by reportFlowWarnings, which reports a failure
  }
}

/** `warning: N warnings in the flow packages this event reached (files); run flows validate to see them`, or undefined when there are none. */
export function flowWarningsLine(warnings: readonly FlowDiagnostic[], where: { repoRoot: string; validate: string; reached?: string }): string | undefined {
  if (warnings.length === 0) return undefined;
  const files = [...new Set(warnings.map((warning) => relative(where.repoRoot, warning.file).split("\\").join("/")))];
  const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
  const them = warnings.length === 1 ? "it" : "them";
  return `warning: ${count} about the steps ${where.reached ?? "this event reached"} (${terminalText(files.join(", "))}); run \`${terminalText(where.validate)}\` to see ${them}.`;
}

/** Says on standard error how many of validate's warnings are about the steps the outcomes' events reached. */
export async function reportFlowWarnings(
  ctx: CliContext,
  flows: readonly FlowPackage[],
  outcomes: readonly DispatchOutcome[],
  reached?: string,
  early?: EarlyWarnings,
): Promise<void> {
  const shown = outcomes.flatMap(allProblems);
  const types = outcomeEventTypes(outcomes);
  // Found while the steps ran, for the event's own type: used when no chained event reached more.
  const found = early?.warnings !== undefined && types.length === 1 && types[0] === early.eventType ? await early.warnings : undefined;
  const warnings = found !== undefined ? withoutShown(found, shown) : await reachedStepWarnings(flows, types, ctx.repoRoot, shown);
  const line = flowWarningsLine(warnings, { repoRoot: ctx.repoRoot, validate: validateCommandLine(ctx), ...(reached ? { reached } : {}) });
  if (line !== undefined) ctx.err(`${line}\n`);
}

/** `flows validate` as the user reaches it, with the options that chose the flow packages. */
export function validateCommandLine(ctx: CliContext): string {
  return `${ctx.invocation ?? "flows"} validate${ctx.flowArgs ?? ""}`;
}
