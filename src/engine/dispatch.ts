import { setMaxListeners } from "node:events";
import type { DispatchResult, FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import { discoverFlows, loadDeferredFlows } from "../flows/discovery.js";
import { matchSteps } from "../flows/match.js";
import type { DiscoveryResult, MatchResult, StepMismatch, StepRef } from "../flows/types.js";
import { MemoryStateStore } from "../state/memory-store.js";
import { RECORD_FORMAT_VERSION, type EventRecord } from "../state/types.js";
import { interruptedWarning, knownProblems, runningElsewhereWarning, missingRootProblems, RUN_CAP_PROBLEM, schemaProblems, unreportedStoreProblems } from "./dispatch-problems.js";
import {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_RUNS,
  type DeliveryBudget,
  type DispatchOptions,
  type DispatchOutcome,
  type ResolvedOptions,
} from "./dispatch-types.js";
import { checkDispatchOptions } from "./dispatch-options.js";
import { AcceptedFlowEvent, normalizeFlowEvent } from "./event.js";
import { runIdFor } from "./ids.js";
import { DEFAULT_CONCURRENCY, runChains, StepSlots } from "./pool.js";
import { replayEditOf } from "./replay-edit.js";
import { EventIdConflictError, otherContentMessage, otherDeliveryMessage } from "./event-identity.js";
import { loadRunners } from "./load-runners.js";
import type { DispatchRun } from "./run-one.js";

/**
 * What runs and records steps, and reads and counts the stored record (step-engine.ts), imported
 * by an event that has steps to run or to report as handled: a dispatch that matches nothing
 * (most of a repository's events) does not load it (the action's cold-start guard, BENCHMARKS.md).
 */
function loadStepEngine(): Promise<typeof import("./step-engine.js")> {
  return import("./step-engine.js");
}

export {
  DEFAULT_MAX_RUNS,
  type DispatchObserver,
  type DispatchOptions,
  type DispatchOutcome,
  type ResolvedOptions,
  type RunCapReport,
} from "./dispatch-types.js";

/** discover → match → run → record, for one event and the events its runs ask for. */
export async function dispatch(input: unknown, options: DispatchOptions): Promise<DispatchOutcome> {
  checkDispatchOptions(options);
  const now = options.now ?? (() => new Date());
  const event = input instanceof AcceptedFlowEvent ? input.event : normalizeFlowEvent(input, now());
  const discovery =
    options.discovery ?? (await discoverFlows({ repoRoot: options.repoRoot, roots: options.roots, eventType: event.type }));
  const store = options.store ?? new MemoryStateStore();
  const maxRuns = options.maxRuns ?? DEFAULT_MAX_RUNS;
  const budget: DeliveryBudget = { maxRuns, runs: 0, events: 0, skippedSteps: 0, skippedEvents: 0 };
  const slots = new StepSlots(options.concurrency ?? DEFAULT_CONCURRENCY);
  const signal = stepSignal(options.signal);
  const outcome = await dispatchOne(event, { ...options, ...(signal ? { signal } : {}), discovery, store, now, budget, slots, nextEvents: new Map() }, [event.id], options.match).catch(
    (error: unknown) => {
      if (!(error instanceof EventIdConflictError)) throw error;
      return otherContentOutcome(event, error, discovery, options.dryRun === true);
    },
  );
  if (options.discovery === undefined) outcome.problems.unshift(...missingRootProblems(options.repoRoot, options.roots, discovery));
  if (budget.skippedSteps > 0 || budget.skippedEvents > 0) {
    outcome.runCap = { maxRuns, skippedSteps: budget.skippedSteps, skippedEvents: budget.skippedEvents };
    // Steps left out of an event no step asked for by `next`: too many steps match it. They are
    // placed at the first one left out, and are not lost: they have no record, so a delivery of
    // the event again runs them (the steps that ran are handled and cost no run).
    const tooManyMatch = budget.events === 0 && budget.firstSkippedStep !== undefined;
    outcome.problems.push({
      severity: "warning",
      file: tooManyMatch ? (budget.firstSkippedStep?.manifestPath ?? "") : "FlowResult.next",
      message:
        `${RUN_CAP_PROBLEM}${maxRuns} step runs and ${maxRuns} next events: ${budget.skippedSteps} more matching step` +
        `${budget.skippedSteps === 1 ? "" : "s"} and ${budget.skippedEvents} next event${budget.skippedEvents === 1 ? "" : "s"} ` +
        `were not run${budget.firstSkippedBy ? ` (the first left out came from ${budget.firstSkippedBy})` : tooManyMatch ? ` (the first left out: ${budget.firstSkippedStep?.name})` : ""}. ` +
        (tooManyMatch
          ? "Narrow the triggers (type, schema or if) so that fewer steps match one event; delivering the event again runs the steps left out (those that ran are not run again)."
          : "Return fewer `next` events per step, or dispatch them as separate deliveries."),
    });
  }
  // A store that skipped or set aside a bad record says so where the run is reported: once,
  // with the first dispatch after it was met, not again with every later event of the job.
  const fresh = unreportedStoreProblems(store);
  outcome.problems.push(...fresh.problems);
  if (fresh.count > fresh.listed) outcome.storeProblemCount = fresh.count;
  return outcome;
}

/**
 * A delivery under a stored event's id with other content: nothing ran or was stored, and it is
 * answered as a duplicate of the stored event (its runs, handled), with a warning saying why.
 */
function otherContentOutcome(event: FlowEvent, conflict: EventIdConflictError, discovery: DiscoveryResult, dryRun: boolean): DispatchOutcome {
  const runs = conflict.stored.runs.map((run) => ({ ...run, alreadyHandled: true }));
  return {
    status: "duplicate",
    idempotent: true,
    eventId: event.id,
    runIds: runs.map((run) => run.id),
    matched: 0,
    event,
    runs,
    mismatches: [],
    problems: [...discovery.problems, { severity: "warning", file: "FlowEvent.id", message: otherDeliveryMessage(event.id, conflict.changed) }],
    shadowed: discovery.shadowed,
    children: [],
    dryRun,
  };
}

/**
 * The caller's signal as the steps see it: each step in flight listens to it, up to `concurrency`
 * of them, and Node warns of a leak ("Possible EventTarget memory leak detected") past 10
 * listeners on one signal. A signal of the dispatch's own, following the caller's, has no limit.
 */
function stepSignal(signal: AbortSignal | undefined): AbortSignal | undefined {
  // A look-alike (dispatch checks only for addEventListener) is used as it is.
  if (!(signal instanceof AbortSignal)) return signal;
  const own = AbortSignal.any([signal]);
  setMaxListeners(0, own);
  return own;
}

/**
 * The one rule of a delivery's run cap, in match order: a step handled before costs no run; each
 * other step costs one while the budget lasts and is left out (counted, the first one named) once
 * it is spent. The reusable workflow's plan and report jobs both plan through it, the report with
 * the plan's handled-before steps (`handledBefore`), so both leave out the same steps.
 */
export function withinRunCap<T extends { ref: MatchResult["matched"][number] }>(planned: readonly T[], budget: DeliveryBudget, costsNoRun: (item: T) => boolean): T[] {
  return planned.filter((item) => {
    if (costsNoRun(item)) return true;
    if (budget.runs < budget.maxRuns) {
      budget.runs += 1;
      return true;
    }
    budget.skippedSteps += 1;
    budget.firstSkippedStep ??= { manifestPath: item.ref.flow.manifestPath, name: `${item.ref.flow.name}/${item.ref.step.name}` };
    return false;
  });
}

/** Matching steps this dispatch did not run again because a settled run was stored. */
export function alreadyHandledCount(outcome: Pick<DispatchResult, "runs">): number {
  return outcome.runs.filter((run) => run.alreadyHandled).length;
}

/** Which steps of the discovered flows an event triggers, each decision told to `debug`. */
export async function matchEvent(
  event: FlowEvent,
  discovery: DiscoveryResult,
  options: Pick<DispatchOptions, "env" | "github" | "changedFiles" | "debug"> = {},
): Promise<MatchResult> {
  const match = await matchSteps(loadDeferredFlows(discovery, event.type), event, {
    env: options.env ?? process.env,
    ...(options.github ? { github: options.github } : {}),
    ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}),
  });
  const debug = options.debug;
  if (debug) {
    for (const { flow, step } of match.matched) debug(`match ${event.id}: ${flow.name}/${step.name} matched (trigger type "${step.trigger?.type}")`);
    for (const miss of match.mismatches) debug(`match ${event.id}: ${miss.flow.name}/${miss.step.name} did not match: ${miss.message}`);
  }
  return match;
}

async function dispatchOne(
  event: FlowEvent,
  options: ResolvedOptions,
  lineage: string[],
  matchedBefore?: MatchResult,
): Promise<DispatchOutcome> {
  const prepared = await prepareEvent(event, options, lineage, matchedBefore);
  await prepared.run();
  return prepared.outcome;
}

/**
 * An event matched and planned (its runs counted against the budget), ready to run; `ownStepsEnded`
 * settles when its own steps have ended and their ends are saved (before its `next` events run).
 */
type PreparedEvent = { outcome: DispatchOutcome; run: () => Promise<void>; ownStepsEnded: Promise<void> };

/**
 * Steps that run though they did not match, because they were named to run: taken out of
 * `mismatches`, and marked with how (recorded on their attempt, so a replay runs them so again).
 */
function forceNamed(event: FlowEvent, mismatches: StepMismatch[], forced: readonly StepMismatch[], debug: ResolvedOptions["debug"]): StepRef[] {
  return forced.map((miss) => {
    mismatches.splice(mismatches.indexOf(miss), 1);
    debug?.(`match ${event.id}: ${miss.flow.name}/${miss.step.name} runs though it did not match (${miss.message}): it was named to run`);
    return { flow: miss.flow, step: miss.step, named: miss.reason === "no-trigger" ? "untriggered" : "any" };
  });
}

async function prepareEvent(
  event: FlowEvent,
  options: ResolvedOptions,
  lineage: string[],
  matchedBefore?: MatchResult,
): Promise<PreparedEvent> {
  const { discovery, store, debug } = options;
  const match = matchedBefore ?? (await matchEvent(event, discovery, options));
  const mismatches = [...match.mismatches];
  const problems = [
    ...discovery.problems,
    ...(match.problems ?? []),
    ...(await schemaProblems(mismatches, knownProblems(discovery))),
  ];
  let matched = match.matched;
  if (options.only) {
    const wanted = new Set(options.only.map(({ flow, step }) => JSON.stringify([flow, step])));
    matched = matched.filter((ref) => wanted.has(JSON.stringify([ref.flow.name, ref.step.name])));
    const runUnmatched = options.runUnmatched;
    if (runUnmatched) {
      // Named by hand: run though no trigger matched (untriggered, or any with --ignore-trigger).
      const forced = mismatches.filter((miss) => wanted.has(JSON.stringify([miss.flow.name, miss.step.name])) && (runUnmatched === "any" || miss.reason === "no-trigger"));
      matched = [...matched, ...forceNamed(event, mismatches, forced, debug)];
    }
    debug?.(`match ${event.id}: ${matched.length} of ${match.matched.length} matched steps are this job's (${options.only.map(({ flow, step }) => `${flow}/${step}`).join(", ")})`);
  }
  if (options.replay && options.replayNamed) {
    // A replay runs again what a `flows run <flow> <step>` ran, started as it was (within `only`,
    // when given: the CLI's replay of an event `flows run` alone ran names the steps it ran).
    const named = new Map(options.replayNamed.map(({ flow, step, named }) => [JSON.stringify([flow, step]), named]));
    const forced = mismatches.filter((miss) => {
      const how = named.get(JSON.stringify([miss.flow.name, miss.step.name]));
      return how === "any" || (how === "untriggered" && miss.reason === "no-trigger");
    });
    matched = [...matched, ...forceNamed(event, mismatches, forced, debug)];
  }

  // An event that matches nothing has nothing to dedupe or record: the store is left untouched,
  // and the step engine is not loaded (most of a repository's events: the cold-start guard).
  if (matched.length === 0) return nothingToRun(await newOutcome({ event, match, plan: [], duplicate: false, mismatches, problems }, options));

  // The step engine and the runner modules load while the stored record is read (not before the
  // first step spawns).
  const stepEngine = loadStepEngine();
  const runners = options.dryRun ? undefined : loadRunners();
  // A failure is reported where they are awaited: the step engine below, the runners by the first step.
  stepEngine.catch(() => undefined);
  runners?.catch(() => undefined);
  const stored = await store.loadEvent(event.id);
  const { interruptedSince, isSettled, isTakenElsewhere, liveAttemptOf, countDispatch, runOne, RunRecorder } = await stepEngine;
  // Another event under a stored event's id is refused before anything runs (event-identity.ts);
  // a replay runs the stored event, or an edited copy of it on purpose (replay-edit.ts).
  const conflict = stored !== undefined && !options.replay ? (await import("./event-content.js")).otherContentOf(stored.event, event) : undefined;
  if (stored && conflict) throw new EventIdConflictError(stored, conflict);
  const previousRuns = new Map((stored?.runs ?? []).map((run) => [run.id, run]));
  const planned = matched.map((ref) => {
    const runId = runIdFor(event.id, ref.flow.name, ref.step.name);
    const previous = previousRuns.get(runId);
    // A step another dispatch is running now is not started beside it, not even by a replay.
    const live = previous === undefined ? undefined : liveAttemptOf(previous);
    const reuse = previous !== undefined && (live !== undefined || (!options.replay && isSettled(previous)));
    if (reuse) debug?.(`run ${runId}: already handled (${previous.effectiveStatus}), not run again`);
    if (live) problems.push(runningElsewhereWarning(ref, live, event, options.replay === true, options.commandLine));
    if (previous?.effectiveStatus === "interrupted") problems.push(interruptedWarning(ref, previous, event));
    return { ref, runId, previous, reuse };
  });
  // Runs over the delivery's cap are left out (and counted for the report); settled runs cost nothing.
  const handledBefore = options.handledBefore;
  const plan = withinRunCap(planned, options.budget, (item) => item.reuse || handledBefore?.has(item.runId) === true);
  if (plan.length < planned.length) matched = plan.map((item) => item.ref);

  const duplicate = stored !== undefined && plan.every((item) => item.reuse);
  const outcome = await newOutcome({ event, match, plan, duplicate, mismatches, problems }, options);
  // Nothing to run, reuse or record: the delivery's budget left it all out.
  if (plan.length === 0) return nothingToRun(outcome);

  const record: EventRecord = {
    formatVersion: RECORD_FORMAT_VERSION,
    event,
    runs: [],
    firstDispatchedAt: stored?.firstDispatchedAt ?? now(options),
    updatedAt: now(options),
    ...countDispatch(stored),
  };

  // A missing Bun is the user's to fix, not a failed step: say so before anything is stored.
  // (A function is the action's installer; its failures are reported per step.)
  const runsBun = !options.dryRun && plan.some((item) => !item.reuse && item.ref.step.runner === "bun");
  if (runsBun && typeof options.bunPath !== "function") {
    const explicit = options.bunPath;
    const { findBun } = await import("../runners/find-bun.js");
    options = { ...options, bunPath: findBun({ explicit, env: options.env ?? process.env }).path };
  }

  const runsById = new Map<string, FlowRunView>();
  const chains = new Map<string, Array<() => Promise<FlowRunView>>>();
  const toRun = plan.filter((item) => !(item.reuse && item.previous));
  const replay = options.replay === true;
  let takenElsewhere = 0;
  const planById = new Map(plan.map((item) => [item.runId, item]));
  const settledBefore = new Set(plan.filter((item) => item.reuse && item.previous !== undefined && isSettled(item.previous)).map((item) => item.runId));
  const run: DispatchRun = {
    recorder: new RunRecorder(store, record, {
      isTaken: (stored, mine) => isTakenElsewhere(stored, mine, replay),
      // A dispatcher that started the step after this one read the record, and died: told as
      // when the record read shows it, since the step runs again here.
      onClaimed: (mine, stored) => {
        const item = planById.get(mine.id);
        if (item && interruptedSince(stored, item.previous)) problems.push(interruptedWarning(item.ref, stored, event));
      },
    }),
    notStarted: toRun.length,
    runners,
    ends: [],
    // A step another dispatch started (or settled) after this one read the record: found as
    // the start was claimed (a store with claimRuns), and told as a delivery that read it then would.
    tookElsewhere: (ref, stored) => {
      takenElsewhere += 1;
      const live = liveAttemptOf(stored);
      if (live) problems.push(runningElsewhereWarning(ref, live, event, replay, options.commandLine));
      else debug?.(`run ${stored.id}: already handled (${stored.effectiveStatus}) by another dispatch, not run again`);
    },
  };
  for (const item of plan) {
    if (item.reuse && item.previous) {
      runsById.set(item.runId, { ...item.previous, alreadyHandled: true });
      continue;
    }
    const edit = options.replay && stored ? replayEditOf(stored.event, event) : undefined;
    const task = (): Promise<FlowRunView> =>
      runOne({ ...item, event, options, run, ...(edit ? { edit } : {}) }).then((view) => {
        runsById.set(item.runId, view);
        return view;
      });
    const chain = chains.get(item.ref.flow.manifestPath) ?? [];
    chain.push(task);
    chains.set(item.ref.flow.manifestPath, chain);
  }

  let ownStepsDone = (): void => undefined;
  const ownStepsEnded = new Promise<void>((resolve) => {
    ownStepsDone = resolve;
  });
  const runEvent = async (): Promise<void> => {
    try {
      // Steps that run save the record with their first start (one write); otherwise it is saved alone.
      if (!options.dryRun && plan.length > 0 && toRun.length === 0) await run.recorder.saveRecord();
      try {
        await runChains([...chains.values()], options.slots);
      } finally {
        // Every end is stored (and told to the observer) before the dispatch reports it, or fails.
        await Promise.allSettled(run.ends);
      }
      await Promise.all(run.ends);
    } finally {
      ownStepsDone();
    }
    outcome.runs = plan.map((item) => runsById.get(item.runId)).filter((run) => run !== undefined);
    if (takenElsewhere > 0) {
      // As if this dispatch had read the record after the other one stored its start.
      outcome.matched -= takenElsewhere;
      if (outcome.runs.length === plan.length && outcome.runs.every((run) => run.alreadyHandled)) {
        outcome.status = "duplicate";
        outcome.idempotent = true;
      }
    }
    // A run handled before had its `next` events dispatched then, unless that delivery ended
    // first (its dispatcher died, or a chained step failed): followed again, so a redelivery
    // finishes the chain, and the steps of it that are settled are found handled, not run again.
    // Not a run another dispatch took as this one claimed it: that dispatch follows its events.
    // A dry run follows none: its runs have no results (the reusable workflow's plan and report
    // jobs plan the event alone, with its handled runs).
    const follow = options.dryRun ? [] : outcome.runs.filter((view) => !view.alreadyHandled || settledBefore.has(view.id));
    outcome.children = await runNextEvents(follow, options, lineage, problems);
  };
  return { outcome, run: runEvent, ownStepsEnded };
}

/**
 * The next events are admitted and planned in the order the runs asked for them (so the budget
 * goes to the first ones), then run side by side in the delivery's slots. One asked for again in
 * this delivery is dispatched once the earlier one's steps have ended: it finds them handled.
 */
async function runNextEvents(runs: FlowRunView[], options: ResolvedOptions, lineage: string[], problems: FlowDiagnostic[]): Promise<DispatchOutcome[]> {
  const children: Array<Promise<DispatchOutcome | undefined>> = [];
  for (const run of runs) {
    if (!run.resultPayload?.next) continue;
    for (const next of run.resultPayload.next) {
      const child = admitChild(next, run, options, lineage, problems);
      if (!child) continue;
      const where = `FlowResult.next of ${run.flowName}/${run.stepName}`;
      const earlier = options.nextEvents.get(child.id);
      // An id names one event: another event under an id asked for before in this delivery is refused.
      const changed = earlier === undefined ? undefined : (await import("./event-content.js")).otherContentOf(earlier.event, child);
      if (changed) {
        problems.push({ severity: "error", file: where, message: otherContentMessage(child.id, changed, "earlier") });
        continue;
      }
      const prepare = (): Promise<PreparedEvent | undefined> =>
        prepareEvent(child, { ...options, only: undefined, handledBefore: undefined, replay: false, replayNamed: undefined }, [...lineage, child.id]).catch((error: unknown) => {
          // Stored with other content: refused for the step that asked for it, as a delivery is.
          if (!(error instanceof EventIdConflictError)) throw error;
          problems.push({ severity: "error", file: where, message: error.message });
          return undefined;
        });
      const prepared = earlier === undefined ? await prepare() : earlier.ended.then(prepare);
      // Taken by the next request for the same event: each waits for the one before it.
      const ended = Promise.resolve(prepared).then((ready) => ready?.ownStepsEnded, () => undefined);
      options.nextEvents.set(child.id, { event: earlier?.event ?? child, ended });
      children.push(Promise.resolve(prepared).then(async (ready) => {
        if (ready === undefined) return undefined;
        ready.outcome.requestedBy = run.id;
        await ready.run();
        return ready.outcome;
      }));
    }
  }
  // A child that fails (its store could not save) fails the dispatch once its siblings are done.
  const ran = await Promise.allSettled(children);
  const failed = ran.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return ran.flatMap((result) => (result as PromiseFulfilledResult<DispatchOutcome | undefined>).value ?? []);
}

/** A `next` event to dispatch, or undefined (counted, or told in `problems`) when it may not be. */
function admitChild(
  next: unknown,
  parent: FlowRunView,
  options: ResolvedOptions,
  lineage: string[],
  problems: FlowDiagnostic[],
): FlowEvent | undefined {
  const depth = lineage.length;
  const { budget } = options;
  // `next` events count against the same budget as runs, matched or not, so a flood stays cheap.
  if (budget.runs >= budget.maxRuns || budget.events >= budget.maxRuns) {
    budget.skippedEvents += 1;
    budget.firstSkippedBy ??= `${parent.flowName}/${parent.stepName}`;
    return undefined;
  }
  budget.events += 1;
  const where = `FlowResult.next of ${parent.flowName}/${parent.stepName}`;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let child: FlowEvent;
  try {
    child = normalizeFlowEvent(next, options.now());
  } catch (error) {
    problems.push({ severity: "error", file: where, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  if (lineage.includes(child.id)) {
    problems.push({
      severity: "warning",
      file: where,
      message: `next event "${child.id}" was not dispatched: it is already in this chain (${lineage.join(" → ")}), which would loop.`,
    });
    return undefined;
  }
  if (depth >= maxDepth) {
    problems.push({
      severity: "warning",
      file: where,
      message: `next event "${child.id}" was not dispatched: the chain is ${depth} events deep, the limit is ${maxDepth}.`,
    });
    return undefined;
  }
  return child;
}

/**
 * What a dispatch of `event` reports before its steps run: `plan`, the runs it starts or finds
 * handled (`duplicate`: all of them handled before).
 */
async function newOutcome(
  parts: { event: FlowEvent; match: MatchResult; plan: ReadonlyArray<{ runId: string; reuse: boolean }>; duplicate: boolean; mismatches: StepMismatch[]; problems: FlowDiagnostic[] },
  options: ResolvedOptions,
): Promise<DispatchOutcome> {
  const { event, match, plan, duplicate, mismatches, problems } = parts;
  const outcome: DispatchOutcome = {
    status: duplicate ? "duplicate" : "accepted",
    eventId: event.id,
    runIds: plan.map((item) => item.runId),
    // The steps this dispatch runs: a duplicate dispatched nothing (the contract: matched 0,
    // idempotent true), and steps handled before are not counted when a new one runs beside them.
    matched: plan.filter((item) => !item.reuse).length,
    event,
    runs: [],
    mismatches,
    problems,
    shadowed: options.discovery.shadowed,
    children: [],
    dryRun: options.dryRun === true,
  };
  if (duplicate) outcome.idempotent = true;
  if (options.explain) outcome.explanation = (await import("../flows/explain.js")).explainMatch(options.discovery.flows, match);
  return outcome;
}

/** A prepared event with nothing to run, reuse or record. */
function nothingToRun(outcome: DispatchOutcome): PreparedEvent {
  return { outcome, run: async () => undefined, ownStepsEnded: Promise.resolve() };
}

function now(options: { now: () => Date }): string {
  return options.now().toISOString();
}
