import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type DispatchObserver, type DispatchOutcome, dispatch } from "../engine/dispatch.js";
import { type FlowRunView, isRunningElsewhere } from "../contracts.js";
import { DEFAULT_FLOW_ROOTS, discoverFlows, validateFlows } from "../flows/index.js";
import type { DiscoveryResult } from "../flows/types.js";
import { allProblems, flatten } from "../report/summary.js";
import { formatProblem, renderText } from "../report/text.js";
import type { StateStore } from "../state/types.js";
import { stepOutputText, terminalLines, terminalText } from "../terminal-text.js";
import { StreamLineHolds } from "../wrapped-lines.js";
import { StepMasks } from "../action/step-masks.js";
import { redactor } from "../redact.js";
import { CommandFailed } from "./failure.js";
import { readEventFile, STDIN } from "./json-file.js";
import { olderStateWarning } from "./older-state.js";
import { shellWord } from "../shell-word.js";
import { LineBatch } from "./line-batch.js";
import { EarlyWarnings, reportFlowWarnings, withoutMissingRoots } from "./flow-warnings.js";
import { didYouMean } from "./usage.js";

export type CliContext = {
  repoRoot: string;
  roots?: string[];
  json: boolean;
  color: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * Standard error for whole lines written in a batch (src/cli/line-batch.ts): each line is
   * redacted alone, as it would be written alone, so no mask goes on into the next line.
   */
  errLines: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** With --debug (or FLOWS_DEBUG=1): told why each step matched or not, what was reused and stored. */
  debug?: (message: string) => void;
  /** Aborted on SIGINT or SIGTERM (src/cli/signals.ts): running steps are stopped and recorded as canceled. */
  signal?: AbortSignal;
  /**
   * The options that chose the repository, flows and store, as given and quoted for the shell
   * (` --repo x --state-dir y`, or ""): repeated in the commands a message suggests, which
   * would otherwise look in the default store and find nothing.
   */
  contextArgs?: string;
  /** As contextArgs, the options that chose the flow packages only, for a command that reads no store (`flows validate`). */
  flowArgs?: string;
  /**
   * The command as the user reaches it, for the commands `flows new` and messages print to
   * paste: `npx flows` when npm started this one (`npx flows`, `npm exec`, `npm run flows --`),
   * whose `flows` is in node_modules/.bin and not on PATH; else `flows`.
   */
  invocation?: string;
  /** The state store chosen with --state (file by default); opened on first use. */
  openStore: () => Promise<{ store: StateStore; label: string }>;
};

/** `flows list`: every flow package and its steps, with triggers. */
export async function listCommand(ctx: CliContext): Promise<number> {
  const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
  // A package that cannot be loaded fails the listing, as it fails validate: it would not run.
  const errors = discovery.problems.filter((problem) => problem.severity === "error");
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ flows: discovery.flows, problems: discovery.problems, shadowed: discovery.shadowed }, null, 2)}\n`);
    return errors.length > 0 ? 1 : 0;
  }
  if (discovery.flows.length === 0 && errors.length === 0) ctx.out(`${noPackagesFound(ctx)}\n`);
  // Each field is outside text: a folder's name may hold a newline (a workflow command in a CI
  // log once it starts a line) or ESC, which the manifest's checks of names and paths never see.
  for (const flow of discovery.flows) {
    const head = `${flow.name} v${flow.version}  ${relativeTo(ctx.repoRoot, flow.root)}`;
    ctx.out(`${terminalText(head)}${flow.description ? `  — ${terminalText(flow.description)}` : ""}\n`);
    for (const step of flow.steps) {
      const trigger = step.trigger
        ? `on ${step.trigger.type}${step.trigger.schema ? ` (${step.trigger.schema})` : ""}${step.trigger.if ? ` if ${step.trigger.if}` : ""}`
        : "no trigger";
      ctx.out(`  ${terminalText(`${step.name}  [${step.runner}] ${step.script}  ${trigger}`)}\n`);
    }
  }
  for (const problem of discovery.problems) ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  if (errors.length === 0) return 0;
  // A package with a bad condition or schema is listed; the steps those name never match.
  const listed = discovery.flows.map((flow) => `${flow.root}/`);
  const leftOut = errors.some((problem) => !listed.some((root) => problem.file.startsWith(root)));
  const loaded =
    discovery.flows.length === 0 ? "no flow package could be loaded" : leftOut ? "those packages are left out above" : "the steps they name never match";
  ctx.err(`${errors.length} error${errors.length === 1 ? "" : "s"} in flow packages: ${loaded}. \`${ctx.invocation ?? "flows"} validate\` checks them all.\n`);
  return 1;
}

/** `flows validate`: all manifests and schemas; exit 1 listing every error. */
export async function validateCommand(ctx: CliContext): Promise<number> {
  const result = await validateFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
  if (result.flows.length === 0 && !result.problems.some((problem) => problem.severity === "error")) {
    // Nothing validated is no success: most often a wrong --repo or --flows-path.
    result.problems.push({ severity: "error", file: ctx.repoRoot, message: `${noPackagesFound(ctx)} Nothing was validated.` });
  }
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ ok: errors.length === 0, flows: result.flows.map((f) => f.name), problems: result.problems }, null, 2)}\n`);
    return errors.length > 0 ? 1 : 0;
  }
  for (const problem of result.problems) ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  const steps = result.flows.reduce((sum, flow) => sum + flow.steps.length, 0);
  if (errors.length > 0) {
    ctx.err(`${errors.length} error${errors.length === 1 ? "" : "s"} in flow packages.\n`);
    return 1;
  }
  ctx.out(`${result.flows.length} flow${result.flows.length === 1 ? "" : "s"}, ${steps} step${steps === 1 ? "" : "s"}: all valid.\n`);
  return 0;
}

export type FireOptions = {
  eventPath: string;
  dryRun: boolean;
  concurrency?: number;
  only?: { flow: string; step: string };
  /** `flows run --ignore-trigger`: the named step runs though its trigger does not match the event. */
  ignoreTrigger?: boolean;
  /** --bun: the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH). */
  bunPath?: string;
  workspaceBackendUrl?: string;
  /** --state-dir, resolved: where the older runtime's state.json is looked for besides the default. */
  stateDir?: string;
};

/** `flows fire` and `flows run`: dispatch an event file through the engine. */
export async function fireCommand(ctx: CliContext, options: FireOptions): Promise<number> {
  const event = await readEventFile(options.eventPath === STDIN ? STDIN : resolve(options.eventPath), ctx.invocation ?? "flows", ctx.signal);
  // With the layout checked, as explain and validate load: a misnamed flow.toml is said, not passed by.
  const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots, eventType: event.event.type, checkLayout: true });
  discovery.problems = withoutMissingRoots(discovery, ctx.repoRoot);
  warnMissingRoots(ctx, discovery.missingRoots ?? []);
  warnNoPackages(ctx, discovery);
  const { store: opened } = await ctx.openStore();
  // --debug: each read, write and claim of the store, as the action logs them (loaded only then).
  const store = ctx.debug ? (await import("../action/debug.js")).debugStore(opened, ctx.debug) : opened;
  // `flows run` reaches the step it names, whatever else the event's type would reach.
  const only = options.only;
  const reached = only ? discovery.flows.filter((flow) => flow.name === only.flow).map((flow) => ({ ...flow, steps: flow.steps.filter((step) => step.name === only.step) })) : discovery.flows;
  // validate's warnings about them are looked for once the first step has started, not after the last.
  const early = new EarlyWarnings(reached, event.event.type, ctx.repoRoot);
  const lines = stepLines(ctx);
  const outcome = await dispatch(event, {
    repoRoot: ctx.repoRoot,
    roots: ctx.roots,
    discovery,
    store,
    concurrency: options.concurrency,
    dryRun: options.dryRun,
    only: options.only ? [options.only] : undefined,
    // A step named by hand runs when nothing is there to match (no trigger), as in the older
    // runtime; one whose trigger says no runs only when told to (README, "Compatibility").
    ...(options.only ? { runUnmatched: options.ignoreTrigger ? ("any" as const) : ("untriggered" as const) } : {}),
    env: ctx.env,
    bunPath: options.bunPath,
    workspaceBackendUrl: options.workspaceBackendUrl,
    launchedBy: "flows-cli",
    commandLine: suggestedCommandLine(ctx),
    ...(ctx.debug ? { debug: ctx.debug } : {}),
    observer: {
      ...lines,
      onStepStart: (run) => {
        early.start();
        return lines?.onStepStart?.(run);
      },
    },
    signal: ctx.signal,
  });
  if (options.only && outcome.runs.length === 0) {
    const miss = outcome.mismatches.find((m) => m.flow.name === options.only?.flow && m.step.name === options.only?.step);
    // A package that could not be loaded may be the one named: its problems say why.
    throw new CommandFailed(
      miss ? notMatched(ctx, { ...options.only, eventPath: options.eventPath }, miss.message) : await noSuchStep(ctx, options.only),
      { problems: allProblems(outcome) },
    );
  }
  // Said once steps ran (or would): an event refused or handled before here ran nothing again.
  if (outcome.matched > 0) warnOlderState(ctx, options, outcome.eventId);
  printOutcome(ctx, outcome);
  await reportFlowWarnings(ctx, reached, [outcome], undefined, early);
  warnStopped(ctx, outcome, "The same command again runs them (steps that ended are not run again).");
  if (outcome.status === "duplicate" && !ctx.json) {
    const id = terminalText(outcome.eventId);
    // As a word of the command line suggested: an id with a space or `$` pasted as printed names the event.
    const word = terminalText(shellWord(outcome.eventId));
    const elsewhere = outcome.runs.filter(isRunningElsewhere);
    ctx.err(
      elsewhere.length > 0
        ? `Event ${id} is being handled by another dispatch (${elsewhere.map((run) => terminalText(`${run.flowName}/${run.stepName}`)).join(", ")} ${elsewhere.length === 1 ? "is" : "are"} running there), so nothing ran. \`${ctx.invocation ?? "flows"} runs --event ${word}${ctx.contextArgs ?? ""}\` shows how ${elsewhere.length === 1 ? "it ends" : "they end"}.\n`
        : `Event ${id} was handled before, so nothing ran. \`${ctx.invocation ?? "flows"} replay ${word}${ctx.contextArgs ?? ""}\` runs its steps again.\n`,
    );
  }
  return exitCodeFor(outcome);
}

/**
 * Stopped by Ctrl-C (or SIGTERM, SIGHUP): which steps it canceled, and what runs them again. The
 * outcome shows them canceled, but not that they were this stop's doing nor what to do next.
 */
export function warnStopped(ctx: CliContext, outcome: DispatchOutcome, again: string): void {
  if (!ctx.signal?.aborted) return;
  const canceled = outcome.runs.filter((run) => run.effectiveStatus === "canceled" && !run.alreadyHandled);
  if (canceled.length === 0) return;
  const names = canceled.slice(0, 5).map((run) => terminalText(`${run.flowName}/${run.stepName}`));
  const more = canceled.length > names.length ? ` and ${canceled.length - names.length} more` : "";
  ctx.err(`flows: stopped: ${names.join(", ")}${more} ${canceled.length === 1 ? "was" : "were"} canceled and recorded so. ${again}\n`);
}

/** A `flows` command as messages suggest it: as the user reaches flows, with the options that chose the repository and store. */
export function suggestedCommandLine(ctx: CliContext): (args: string) => string {
  return (args) => `${ctx.invocation ?? "flows"} ${args}${ctx.contextArgs ?? ""}`;
}

/** `flows run <flow> <step>` named a step the event does not match: why, and the option that runs it anyway. */
function notMatched(ctx: CliContext, named: { flow: string; step: string; eventPath: string }, why: string): string {
  const command = suggestedCommandLine(ctx)(`run ${shellWord(named.flow)} ${shellWord(named.step)} --event ${shellWord(named.eventPath)} --ignore-trigger`);
  return (
    `${named.flow}/${named.step} does not match this event: ${why}. Its trigger may guard what the step assumes of the event; ` +
    `to run it anyway, add --ignore-trigger (\`${command}\`).`
  );
}

/** `flows run <flow> <step>` named something that is not there: which of the two, and what there is. */
async function noSuchStep(ctx: CliContext, only: { flow: string; step: string }): Promise<string> {
  const { flows, problems } = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots });
  const flowName = only.flow;
  const flow = flows.find((each) => each.name === only.flow);
  if (!flow) {
    const names = flows.map((each) => each.name);
    const known = names.length === 0 ? "There are no flows here." : `The flows: ${names.join(", ")}.`;
    // The flow may be in a package that could not be loaded: its problems are printed below.
    const unloaded = problems.some((problem) => problem.severity === "error")
      ? ` Some flow packages could not be loaded, and ${flowName} may be one of them: fix the problems below.`
      : "";
    return `There is no flow named ${flowName}.${didYouMean(only.flow, names)} ${known}${unloaded} \`${ctx.invocation ?? "flows"} list\` shows them with their steps.`;
  }
  const steps = flow.steps.map((step) => step.name);
  return `Flow ${flowName} has no step ${only.step}.${didYouMean(only.step, steps)} Its steps: ${steps.join(", ")}.`;
}

/**
 * Live step output on standard error, `[flow/step] line`, safe for the terminal (colours kept
 * when on). Lines that may be base64 or hex wrapped over lines wait until that text ends, so a
 * secret's encoding across them is masked (src/wrapped-lines.ts), as in the action's log. With
 * --json too: standard output holds the document alone, and the log goes where `flows github
 * --json` puts the action's (README, "--json").
 */
export function stepLines(ctx: CliContext): DispatchObserver | undefined {
  const holds = new Map<string, StreamLineHolds>();
  // The lines of every step in one batch, so the order they arrived in is kept (src/cli/line-batch.ts).
  // Without colours, a batch is made safe for the terminal at once: a line holds no line break,
  // so terminalLines escapes in the batch what terminalText escaped in each line.
  const batch = new LineBatch(ctx.color ? ctx.errLines : (text) => ctx.errLines(terminalLines(text)));
  const shown = (line: string): string => (ctx.color || line.includes("\n") ? stepOutputText(line, ctx.color) : line);
  // A step's `::add-mask::<value>` masks the value from here on, in all the CLI prints and stores,
  // as in the action (one implementation: src/action/step-masks.ts); read before the line is shown.
  const masks = new StepMasks(
    { setSecret: () => undefined, warning: (message) => ctx.err(`warning: ${message}\n`) },
    redactor,
    "Keep such values out of step output.",
  );
  const holdOf = (run: FlowRunView): StreamLineHolds => {
    let hold = holds.get(run.id);
    if (!hold) {
      const prefix = terminalText(`[${run.flowName}/${run.stepName}] `);
      hold = new StreamLineHolds((line) => batch.push(`${prefix}${shown(line)}\n`));
      holds.set(run.id, hold);
    }
    return hold;
  };
  return {
    onStepLine: (run, stream, line) => {
      masks.line(line);
      holdOf(run).push(stream, line);
    },
    onStepEnd: (run) => {
      holds.get(run.id)?.flush();
      holds.delete(run.id);
      batch.flush();
    },
  };
}

function printOutcome(ctx: CliContext, outcome: DispatchOutcome): void {
  if (ctx.json) ctx.out(`${JSON.stringify(briefOutcome(outcome), null, 2)}\n`);
  else ctx.out(`${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
}

/** The dispatch result as the contract shapes it, with mismatches made plain. */
export function briefOutcome(outcome: DispatchOutcome): Record<string, unknown> {
  return {
    status: outcome.status,
    eventId: outcome.eventId,
    runIds: outcome.runIds,
    matched: outcome.matched,
    ...(outcome.idempotent ? { idempotent: true } : {}),
    event: outcome.event,
    runs: outcome.runs,
    mismatches: outcome.mismatches.map((m) => ({ flow: m.flow.name, step: m.step.name, reason: m.reason, message: m.message })),
    problems: allProblems(outcome),
    ...(outcome.storeProblemCount !== undefined ? { storeProblemCount: outcome.storeProblemCount } : {}),
    children: outcome.children.map(briefOutcome),
  };
}

/** 1 when any run (here or in chained events) failed or a flow package could not be loaded, else 0. */
export function exitCodeFor(outcome: DispatchOutcome): number {
  const failed = flatten(outcome).some((each) => each.runs.some((run) => run.effectiveStatus === "failed"));
  return failed || allProblems(outcome).some((problem) => problem.severity === "error") ? 1 : 0;
}

/** The older runtime's state file, in the repository's .codex/flow-client and in --state-dir: once each, when it holds this event or cannot be checked. */
function warnOlderState(ctx: CliContext, options: FireOptions, eventId: string): void {
  const dirs = new Set([join(ctx.repoRoot, ".codex", "flow-client"), ...(options.stateDir === undefined ? [] : [options.stateDir])]);
  for (const stateDir of dirs) {
    const warning = olderStateWarning({ repoRoot: ctx.repoRoot, stateDir, eventId, dryRun: options.dryRun });
    if (warning !== undefined) ctx.err(`${warning}\n`);
  }
}

/** A --flows-path root that does not exist (validate and list say it as a problem; fire here). */
function warnMissingRoots(ctx: CliContext, missing: readonly string[]): void {
  if (ctx.roots === undefined) return;
  for (const root of missing) {
    ctx.err(`warning: flow root "${terminalText(root)}" does not exist (in ${ctx.repoRoot}), so no flows were loaded from it. Check --flows-path.\n`);
  }
}

/** No package anywhere: "nothing matched" alone would hide a wrong folder (fire, explain). */
export function warnNoPackages(ctx: CliContext, discovery: DiscoveryResult): void {
  const nothing = discovery.flows.length === 0 && (discovery.deferred ?? []).length === 0 && discovery.problems.length === 0;
  if (nothing && discovery.missingRoots === undefined) ctx.err(`warning: ${noPackagesFound(ctx)}\n`);
}

/** The repository a package folder sits in: above `flows/` or `.codex/flows/` (the default roots). */
function repositoryOfPackage(packageDir: string): string {
  const root = dirname(packageDir);
  const above = dirname(root);
  return basename(root) === "flows" && basename(above) === ".codex" ? dirname(above) : above;
}

/** What to say when no package was found: where flows looked, and what a package is. */
export function noPackagesFound(ctx: CliContext): string {
  const roots = (ctx.roots ?? DEFAULT_FLOW_ROOTS).map((root) => relativeTo(ctx.repoRoot, resolve(ctx.repoRoot, root)));
  // Run from inside a package (no .git above to find the repository by): say where its repository is.
  const inPackage = existsSync(join(ctx.repoRoot, "flow.toml"))
    ? ` ${ctx.repoRoot} is itself a flow package (it holds flow.toml): run flows from the repository root, or pass --repo ${shellWord(repositoryOfPackage(ctx.repoRoot))}.`
    : "";
  return (
    `No flow.toml found under ${roots.join(", ")} (in ${ctx.repoRoot}). A flow package is a folder directly under a flow root ` +
    `holding flow.toml; use --repo or --flows-path to look elsewhere, or \`${ctx.invocation ?? "flows"} new <flow>\` to write one.${inPackage}`
  );
}

function relativeTo(base: string, path: string): string {
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}
