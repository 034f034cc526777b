// `flows replay <event-id>`: run a stored event's steps again, as replay attempts. An event whose
// steps all ran because `flows run <flow> <step>` named them runs those steps again only: the
// others its type matches never ran for it, and a replay repeats what ran, it does not start
// what the user chose not to run. What it leaves out is said, with the command that runs one.
import type { FlowRunView } from "../contracts.js";
import { dispatch, matchEvent } from "../engine/dispatch.js";
import { missingRootProblems } from "../engine/dispatch-problems.js";
import { refuseControlCharacters } from "../events/pass-through.js";
import { discoverFlows } from "../flows/discovery.js";
import type { StepMismatch, StepRef } from "../flows/types.js";
import { renderText } from "../report/text.js";
import type { EventRecord } from "../state/types.js";
import { terminalText } from "../terminal-text.js";
import { shellWord } from "../shell-word.js";
import { briefOutcome, exitCodeFor, stepLines, suggestedCommandLine, warnStopped } from "./commands.js";
import { CommandFailed } from "./failure.js";
import type { StoreContext } from "./state-commands.js";

export type ReplayOptions = { concurrency?: number; bunPath?: string; workspaceBackendUrl?: string };

/**
 * `flows replay <event-id>`: run every matching step of a stored event again, and the steps
 * `flows run` started by name as it started them; only those, when they are all the event ran.
 */
export async function replayCommand(ctx: StoreContext, eventId: string, options: ReplayOptions = {}): Promise<number> {
  const { concurrency, bunPath, workspaceBackendUrl } = options;
  const record = await ctx.store.loadEvent(eventId);
  if (!record) {
    // A damaged record: the store set it aside just now (its warning follows), and nothing is left to replay.
    if (ctx.store.problems.length > 0) {
      throw new CommandFailed(`The stored record of event "${eventId}" was damaged, so there is nothing to replay: it is set aside now (see the warning below), and the event counts as not handled yet, so its next delivery runs it.`);
    }
    throw new CommandFailed(`No event "${eventId}" in ${ctx.storeLabel}, so there is nothing to replay. \`${ctx.invocation ?? "flows"} events${ctx.contextArgs ?? ""}\` lists the stored events.`);
  }
  // A record stored before `flows` refused such events (or edited by hand) is refused as an event file is.
  refuseControlCharacters(record.event, `the record stored in ${ctx.storeLabel}`);
  const byName = startedByNameOnly(record) ? await namedOnly(ctx, record) : undefined;
  const outcome = await dispatch(record.event, {
    repoRoot: ctx.repoRoot,
    roots: ctx.roots,
    store: ctx.store,
    replay: true,
    replayNamed: namedSteps(record),
    ...(byName ? { discovery: byName.discovery, match: byName.match, only: byName.only } : {}),
    concurrency,
    env: ctx.env,
    bunPath,
    workspaceBackendUrl,
    launchedBy: "flows-cli",
    commandLine: suggestedCommandLine(ctx),
    observer: stepLines(ctx),
    signal: ctx.signal,
  });
  // Given a discovery, dispatch leaves a missing flow root to the caller, as `flows fire` says it.
  if (byName) outcome.problems.unshift(...missingRootProblems(ctx.repoRoot, ctx.roots, byName.discovery));
  ctx.out(ctx.json ? `${JSON.stringify(briefOutcome(outcome), null, 2)}\n` : `${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  if (byName && byName.skipped.length > 0) ctx.err(skippedLine(ctx, record, byName.skipped));
  warnStopped(ctx, outcome, `\`${ctx.invocation ?? "flows"} replay ${terminalText(shellWord(eventId))}${ctx.contextArgs ?? ""}\` again runs every step of the event again, those that ended in this replay too.`);
  const gone = notReplayed(record, outcome.runs, outcome.mismatches);
  if (gone) ctx.err(`flows: ${gone} \`${ctx.invocation ?? "flows"} show ${shellWord(eventId)}${ctx.contextArgs ?? ""}\` lists what was stored.\n`);
  // The record is outside text: a step run though its trigger says no is said, as --ignore-trigger is typed.
  const forced = outcome.runs.filter((run) => run.attempts.at(-1)?.named === "any" && !run.alreadyHandled);
  if (forced.length > 0) {
    ctx.err(
      `flows: ${forced.map((run) => terminalText(`${run.flowName}/${run.stepName}`)).join(", ")} ran again though the event does not match ${forced.length === 1 ? "its trigger" : "their triggers"}: the stored record says \`${ctx.invocation ?? "flows"} run --ignore-trigger\` started ${forced.length === 1 ? "it" : "them"} so.\n`,
    );
  }
  const unmatched = notMatchedAgain(ctx, record, outcome.runs, outcome.mismatches);
  if (unmatched) ctx.err(unmatched);
  return exitCodeFor(outcome);
}

/**
 * The stored steps a replay runs though the event does not match them, as they were started:
 * those an attempt says were named to run (`flows run <flow> <step>`, FlowRunAttempt.named), and
 * every other stored step while it has no trigger (no event matches one, so it ran by name; records
 * from before attempts said so keep replaying so).
 */
function namedSteps(record: EventRecord): Array<{ flow: string; step: string; named: "untriggered" | "any" }> {
  return record.runs.map((run) => ({
    flow: run.flowName,
    step: run.stepName,
    named: run.attempts.some((attempt) => attempt.named === "any") ? ("any" as const) : ("untriggered" as const),
  }));
}

/**
 * Stored steps still there that the replay did not run since their trigger does not match the
 * event (it ran when it matched, or by `flows run --ignore-trigger` before records said so): why,
 * and the commands that run one so again.
 */
function notMatchedAgain(ctx: StoreContext, record: EventRecord, replayed: readonly FlowRunView[], mismatches: readonly StepMismatch[]): string | undefined {
  const ran = new Set(replayed.map((run) => `${run.flowName}\u0000${run.stepName}`));
  const stored = new Set(record.runs.map((run) => `${run.flowName}\u0000${run.stepName}`));
  const missed = mismatches.filter((miss) => stored.has(`${miss.flow.name}\u0000${miss.step.name}`) && !ran.has(`${miss.flow.name}\u0000${miss.step.name}`));
  const first = missed[0];
  if (!first) return undefined;
  const invocation = ctx.invocation ?? "flows";
  const id = `${shellWord(record.event.id)}${ctx.contextArgs ?? ""}`;
  const lines = missed.slice(0, 5).map((miss) => `  ${terminalText(`${miss.flow.name}/${miss.step.name}`)}: ${terminalText(miss.message)}\n`);
  const more = missed.length > lines.length ? `  and ${missed.length - lines.length} more\n` : "";
  const run = `${invocation} run ${terminalText(shellWord(first.flow.name))} ${terminalText(shellWord(first.step.name))} --event event.json --ignore-trigger${ctx.contextArgs ?? ""}`;
  return (
    `flows: ${missed.length === 1 ? "a stored step" : `${missed.length} stored steps`} of the event did not run again, since the event does not match ${missed.length === 1 ? "its trigger" : "their triggers"} now (a replay runs what matches, and what \`${invocation} run\` started by name):\n${lines.join("")}${more}` +
    `To run one anyway: \`${invocation} forget ${terminalText(id)}\`, then \`${run}\` (event.json: the "event" of \`${invocation} show ${terminalText(id)} --json\`).\n`
  );
}

/**
 * The stored steps of the event that the replay did not run (their package removed or renamed,
 * or a trigger that no longer matches), said, since the outcome itself shows only what matched
 * now: "nothing matched" alone reads as if the event had never run anything.
 */
function notReplayed(record: EventRecord, replayed: readonly FlowRunView[], mismatches: readonly StepMismatch[]): string | undefined {
  const ran = new Set(replayed.map((run) => run.id));
  // Those still there whose trigger does not match are said by notMatchedAgain.
  const there = new Set(mismatches.map((miss) => `${miss.flow.name}\u0000${miss.step.name}`));
  const missing = record.runs.filter((run) => !ran.has(run.id) && !there.has(`${run.flowName}\u0000${run.stepName}`));
  if (missing.length === 0) return undefined;
  const shown = missing.slice(0, 5).map((run) => terminalText(`${run.flowName}/${run.stepName}`));
  const more = missing.length > shown.length ? ` and ${missing.length - shown.length} more` : "";
  const steps = missing.length === 1 ? "step" : "steps";
  return `${missing.length} stored ${steps} of the event did not run again, since no flow package's step of that name matches it now (removed, renamed, or its trigger changed): ${shown.join(", ")}${more}.`;
}


/**
 * Whether every step the event ran was started by `flows run <flow> <step>` naming it
 * (FlowRunAttempt.named): the event came in through `flows run` only. A record from before
 * attempts said so is replayed as before (every matching step).
 */
function startedByNameOnly(record: EventRecord): boolean {
  return record.runs.length > 0 && record.runs.every((run) => run.attempts.some((attempt) => attempt.named !== undefined));
}

type NamedOnly = {
  discovery: Awaited<ReturnType<typeof discoverFlows>>;
  match: Awaited<ReturnType<typeof matchEvent>>;
  only: Array<{ flow: string; step: string }>;
  /** Steps the event matches that never ran for it, and are not replayed. */
  skipped: StepRef[];
};

/** The stored steps alone, and the matching steps left out: matched here once, and the match handed to dispatch. */
async function namedOnly(ctx: StoreContext, record: EventRecord): Promise<NamedOnly> {
  const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots, eventType: record.event.type });
  const match = await matchEvent(record.event, discovery, { env: ctx.env });
  const stored = new Set(record.runs.map((run) => JSON.stringify([run.flowName, run.stepName])));
  return {
    discovery,
    match,
    only: record.runs.map((run) => ({ flow: run.flowName, step: run.stepName })),
    skipped: match.matched.filter((ref) => !stored.has(JSON.stringify([ref.flow.name, ref.step.name]))),
  };
}

/** The matching steps a replay of `flows run`'s steps left out, and how to run one for the event. */
function skippedLine(ctx: StoreContext, record: EventRecord, skipped: readonly StepRef[]): string {
  const invocation = ctx.invocation ?? "flows";
  const names = skipped.slice(0, 5).map((ref) => terminalText(`${ref.flow.name}/${ref.step.name}`));
  const more = skipped.length > names.length ? ` and ${skipped.length - names.length} more` : "";
  const ran = [...new Set(record.runs.map((run) => terminalText(`${run.flowName}/${run.stepName}`)))].join(", ");
  const first = skipped[0]!;
  const id = `${shellWord(record.event.id)}${ctx.contextArgs ?? ""}`;
  const run = `${invocation} run ${terminalText(shellWord(first.flow.name))} ${terminalText(shellWord(first.step.name))} --event event.json${ctx.contextArgs ?? ""}`;
  return (
    `flows: replayed only ${ran}, which \`${invocation} run\` started by name, as the event ran nothing else; skipped ${names.join(", ")}${more}: ` +
    `${skipped.length === 1 ? "it matches" : "they match"} the event but never ran for it. To run one for this event: \`${run}\` (event.json: the "event" of \`${invocation} show ${terminalText(id)} --json\`).\n`
  );
}
