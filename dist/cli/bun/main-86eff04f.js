// @bun
import {
  explainMatch,
  sharedSchemaRegistry,
  matchSteps2,
  discoverFlows,
  loadDeferredFlows,
  validateFlows,
  normalizeFlowEvent,
  flatten,
  allProblems,
  renderText,
  formatProblem,
  readJsonFile
} from "./main-705341a3.js";
import {
  sha256Hex
} from "./main-fbb7e2a8.js";
import {
  currentDispatcher,
  newAttemptKey,
  effectiveStatusOf,
  needsAttentionFor,
  mergeRuns
} from "./main-e531f9c3.js";
import {
  findBun2
} from "./main-8c27923c.js";
import {
  MemoryStateStore
} from "./main-73c2a2c4.js";
import {
  RECORD_FORMAT_VERSION
} from "./main-93ca63ca.js";

// src/cli/commands.ts
import { resolve } from "path";

// src/engine/ids.ts
function runIdFor(eventId, flowName, stepName) {
  const parts = [eventId, flowName, stepName];
  const text = parts.some((part) => part.includes("\x00")) ? `json:${JSON.stringify(parts)}` : parts.join("\x00");
  return `run_${sha256Hex(text).slice(0, 12)}`;
}
function attemptIdFor(runId, attemptNumber) {
  return `${runId}_a${attemptNumber}`;
}

// src/engine/pool.ts
var DEFAULT_CONCURRENCY = 16;
async function runChains(chains, limit) {
  const slots = Math.max(1, Math.floor(limit));
  let active = 0;
  const waiting = [];
  const acquire = async () => {
    if (active < slots) {
      active += 1;
      return;
    }
    await new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next)
      next();
    else
      active -= 1;
  };
  return Promise.all(chains.map(async (chain) => {
    const results = [];
    for (const task of chain) {
      await acquire();
      try {
        results.push(await task());
      } finally {
        release();
      }
    }
    return results;
  }));
}

// src/engine/replay-edit.ts
function replayEditOf(stored, replayed) {
  const changed = [];
  for (const key of new Set([...Object.keys(stored), ...Object.keys(replayed)])) {
    if (key === "receivedAt")
      continue;
    const before = stored[key];
    const after = replayed[key];
    if (key === "payload" && isObject(before) && isObject(after)) {
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (!sameJson(before[field], after[field]))
          changed.push(`payload.${field}`);
      }
    } else if (!sameJson(before, after)) {
      changed.push(key);
    }
  }
  return changed.length === 0 ? undefined : { changed: changed.sort(), payload: replayed.payload };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

// src/engine/run-view.ts
var SETTLED_STATUSES = new Set(["completed", "changed", "skipped", "blocked", "needs_intervention"]);
function isSettled(run) {
  return SETTLED_STATUSES.has(run.effectiveStatus);
}
function startRunView(options) {
  const { previous, now } = options;
  const attempts = previous ? [...previous.attempts] : [];
  const attempt = {
    id: options.attemptId,
    number: attempts.length + 1,
    status: options.processStatus,
    startedAt: now
  };
  if (options.replay)
    attempt.replay = true;
  if (options.key)
    attempt.key = options.key;
  if (options.dispatcher)
    attempt.dispatcher = options.dispatcher;
  attempts.push(attempt);
  const view = {
    id: options.runId,
    eventId: options.event.id,
    flowName: options.flow.name,
    flowVersion: options.flow.version,
    stepName: options.step.name,
    runner: options.step.runner,
    processStatus: options.processStatus,
    effectiveStatus: options.processStatus,
    needsAttention: false,
    attempts,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    startedAt: now
  };
  if (options.replay)
    view.replay = true;
  return view;
}
function finishRunView(view, outcome) {
  const attempts = [...view.attempts];
  const last = attempts.at(-1);
  if (last) {
    const finished = {
      ...last,
      status: outcome.processStatus,
      startedAt: outcome.startedAt,
      completedAt: outcome.completedAt
    };
    if (outcome.result)
      finished.resultStatus = outcome.result.status;
    if (outcome.error)
      finished.error = outcome.error;
    if (outcome.timedOut)
      finished.timedOut = true;
    attempts[attempts.length - 1] = finished;
  }
  const done = {
    ...view,
    processStatus: outcome.processStatus,
    attempts,
    output: outcome.output,
    startedAt: outcome.startedAt,
    completedAt: outcome.completedAt,
    updatedAt: outcome.completedAt,
    durationMs: outcome.durationMs
  };
  delete done.resultStatus;
  delete done.resultPayload;
  delete done.error;
  delete done.timedOut;
  if (outcome.result) {
    done.resultStatus = outcome.result.status;
    done.resultPayload = outcome.result;
  }
  if (outcome.error)
    done.error = outcome.error;
  if (outcome.timedOut)
    done.timedOut = true;
  done.effectiveStatus = effectiveStatusOf(done);
  done.needsAttention = needsAttentionFor(done.effectiveStatus);
  return done;
}

// src/engine/run-one.ts
function loadRunners() {
  return import("./index-aab06502.js");
}
async function runOne(options) {
  const { ref, runId, previous, event, run } = options;
  const engine = options.options;
  const attemptNumber = (previous?.attempts.length ?? 0) + 1;
  const attemptId = attemptIdFor(runId, attemptNumber);
  const replay = engine.replay === true;
  const view = startRunView({
    runId,
    event,
    flow: ref.flow,
    step: ref.step,
    previous,
    attemptId,
    replay,
    now: now(engine),
    processStatus: engine.dryRun ? "queued" : "running",
    dispatcher: currentDispatcher(ref.step.timeoutMs),
    key: newAttemptKey()
  });
  const attempt = view.attempts.at(-1);
  if (options.edit && attempt)
    attempt.edit = options.edit;
  if (engine.dryRun)
    return view;
  run.notStarted -= 1;
  const started = run.recorder.saveStart(view).then(() => engine.observer?.onStepStart?.(view));
  started.catch(() => {
    return;
  });
  let bunPath;
  try {
    bunPath = typeof engine.bunPath === "function" ? await engine.bunPath() : engine.bunPath;
  } catch (error) {
    await started;
    return finishAndRecord(view, setupFailure(error, view), engine, run);
  }
  run.runners ??= loadRunners();
  const { runFlowStep, stepEnvironment } = await run.runners;
  const hostEnv = engine.env ?? process.env;
  run.stepEnv ??= stepEnvironment(hostEnv, { exportEnv: engine.exportEnv });
  const running = runFlowStep({
    flow: ref.flow,
    step: ref.step,
    event,
    runtime: {
      runId,
      attemptId,
      replay,
      launchedBy: engine.launchedBy,
      workspaceBackendUrl: engine.workspaceBackendUrl || hostEnv.CODEX_WORKSPACE_BACKEND_WS_URL || undefined
    },
    env: run.stepEnv,
    bunPath,
    onLine: (stream, line) => engine.observer?.onStepLine?.(view, stream, line),
    signal: engine.signal,
    startAfter: started
  });
  await started;
  const outcome = await running;
  return finishAndRecord(view, outcome, engine, run);
}
function finishAndRecord(started, outcome, engine, run) {
  const view = finishRunView(started, outcome);
  const recorded = run.recorder.saveEnd(view, { urgent: run.notStarted > 0 }).then(() => engine.observer?.onStepEnd?.(view));
  recorded.catch(() => {
    return;
  });
  run.ends.push(recorded);
  return view;
}
function setupFailure(error, view) {
  const at = new Date().toISOString();
  return {
    processStatus: "failed",
    error: `Bun could not be set up for this step: ${error instanceof Error ? error.message : String(error)}`,
    timedOut: false,
    exitCode: null,
    signal: null,
    output: "",
    startedAt: view.startedAt ?? at,
    completedAt: at,
    durationMs: 0
  };
}
function now(options) {
  return options.now().toISOString();
}

// src/engine/run-recorder.ts
var END_SAVE_WINDOW_MS = 25;

class RunRecorder {
  #store;
  #record;
  #windowMs;
  #pending = [];
  #waiters = [];
  #soon;
  #held;
  #running = 0;
  saves = 0;
  constructor(store, record, options = {}) {
    this.#store = store;
    this.#record = record;
    this.#windowMs = options.windowMs ?? END_SAVE_WINDOW_MS;
  }
  saveStart(view) {
    this.#running += 1;
    const saved = this.#add(view);
    this.#soon ??= setImmediate(() => this.#flush());
    return saved;
  }
  saveEnd(view, options) {
    this.#running = Math.max(0, this.#running - 1);
    const saved = this.#add(view);
    if (options.urgent || this.#running === 0)
      this.#soon ??= setImmediate(() => this.#flush());
    else
      this.#held ??= setTimeout(() => this.#flush(), this.#windowMs);
    return saved;
  }
  saveRecord() {
    this.saves += 1;
    return this.#store.saveEvent({ ...this.#record, runs: [] });
  }
  #add(view) {
    this.#pending.push(view);
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }
  #flush() {
    if (this.#soon !== undefined)
      clearImmediate(this.#soon);
    if (this.#held !== undefined)
      clearTimeout(this.#held);
    this.#soon = undefined;
    this.#held = undefined;
    const byId = new Map;
    for (const view of this.#pending) {
      const seen = byId.get(view.id);
      byId.set(view.id, seen ? mergeRuns(seen, view) : view);
    }
    const runs = [...byId.values()];
    const waiters = this.#waiters;
    this.#pending = [];
    this.#waiters = [];
    if (runs.length === 0)
      return;
    const updatedAt = [this.#record.updatedAt, ...runs.map((run) => run.updatedAt)].sort().at(-1) ?? this.#record.updatedAt;
    this.saves += 1;
    let saved;
    try {
      saved = this.#store.saveEvent({ ...this.#record, runs, updatedAt });
    } catch (error) {
      saved = Promise.reject(error);
    }
    saved.then(() => {
      for (const waiter of waiters)
        waiter.resolve();
    }, (error) => {
      for (const waiter of waiters)
        waiter.reject(error);
    });
  }
}

// src/engine/dispatch.ts
var DEFAULT_MAX_RUNS = 100;
async function dispatch(input, options) {
  const now = options.now ?? (() => new Date);
  const event = normalizeFlowEvent(input, now());
  const discovery = options.discovery ?? await discoverFlows({ repoRoot: options.repoRoot, roots: options.roots, eventType: event.type });
  const store = options.store ?? new MemoryStateStore;
  const maxRuns = options.maxRuns ?? DEFAULT_MAX_RUNS;
  const budget = { maxRuns, runs: 0, events: 0, skippedSteps: 0, skippedEvents: 0 };
  const outcome = await dispatchOne(event, { ...options, discovery, store, now, budget }, [event.id], options.match);
  if (budget.skippedSteps > 0 || budget.skippedEvents > 0) {
    outcome.runCap = { maxRuns, skippedSteps: budget.skippedSteps, skippedEvents: budget.skippedEvents };
    outcome.problems.push({
      severity: "warning",
      file: "FlowResult.next",
      message: `this delivery reached its budget of ${maxRuns} step runs and ${maxRuns} next events: ${budget.skippedSteps} more matching step` + `${budget.skippedSteps === 1 ? "" : "s"} and ${budget.skippedEvents} next event${budget.skippedEvents === 1 ? "" : "s"} ` + `were not run${budget.firstSkippedBy ? ` (the first left out came from ${budget.firstSkippedBy})` : ""}. ` + "Return fewer `next` events per step, or dispatch them as separate deliveries."
    });
  }
  for (const problem of store.problems) {
    outcome.problems.push({ severity: "warning", file: problem.path, message: `state record: ${problem.message}` });
  }
  return outcome;
}
async function matchEvent(event, discovery, options = {}) {
  const match = await matchSteps2(loadDeferredFlows(discovery, event.type), event, {
    env: options.env ?? process.env,
    ...options.github ? { github: options.github } : {},
    ...options.changedFiles ? { changedFiles: options.changedFiles } : {}
  });
  const debug = options.debug;
  if (debug) {
    for (const { flow, step } of match.matched)
      debug(`match ${event.id}: ${flow.name}/${step.name} matched (trigger type "${step.trigger?.type}")`);
    for (const miss of match.mismatches)
      debug(`match ${event.id}: ${miss.flow.name}/${miss.step.name} did not match: ${miss.message}`);
  }
  return match;
}
async function dispatchOne(event, options, lineage, matchedBefore) {
  const { discovery, store, debug } = options;
  const match = matchedBefore ?? await matchEvent(event, discovery, options);
  const mismatches = [...match.mismatches];
  const problems = [
    ...discovery.problems,
    ...match.problems ?? [],
    ...await schemaProblems(mismatches, knownProblems(discovery))
  ];
  let matched = match.matched;
  if (options.only) {
    const wanted = new Set(options.only.map(({ flow, step }) => JSON.stringify([flow, step])));
    matched = matched.filter((ref) => wanted.has(JSON.stringify([ref.flow.name, ref.step.name])));
    debug?.(`match ${event.id}: ${matched.length} of ${match.matched.length} matched steps are this job's (${options.only.map(({ flow, step }) => `${flow}/${step}`).join(", ")})`);
  }
  const runners = matched.length > 0 && !options.dryRun ? loadRunners() : undefined;
  runners?.catch(() => {
    return;
  });
  const stored = matched.length > 0 ? await store.loadEvent(event.id) : undefined;
  const previousRuns = new Map((stored?.runs ?? []).map((run) => [run.id, run]));
  const planned = matched.map((ref) => {
    const runId = runIdFor(event.id, ref.flow.name, ref.step.name);
    const previous = previousRuns.get(runId);
    const reuse = !options.replay && previous !== undefined && isSettled(previous);
    if (reuse)
      debug?.(`run ${runId}: already handled (${previous.effectiveStatus}), not run again`);
    if (previous?.effectiveStatus === "interrupted")
      problems.push(interruptedWarning(ref, previous, event));
    return { ref, runId, previous, reuse };
  });
  const { budget } = options;
  const plan = planned.filter((item) => {
    if (item.reuse)
      return true;
    if (budget.runs < budget.maxRuns) {
      budget.runs += 1;
      return true;
    }
    budget.skippedSteps += 1;
    return false;
  });
  if (plan.length < planned.length)
    matched = plan.map((item) => item.ref);
  const duplicate = stored !== undefined && plan.every((item) => item.reuse);
  const outcome = {
    status: duplicate ? "duplicate" : "accepted",
    eventId: event.id,
    runIds: plan.map((item) => item.runId),
    matched: duplicate ? 0 : matched.length,
    event,
    runs: [],
    mismatches,
    problems,
    shadowed: discovery.shadowed,
    children: [],
    dryRun: options.dryRun === true
  };
  if (outcome.status === "duplicate")
    outcome.idempotent = true;
  if (options.explain)
    outcome.explanation = explainMatch(discovery.flows, match);
  const record = {
    formatVersion: RECORD_FORMAT_VERSION,
    event,
    runs: [],
    firstDispatchedAt: stored?.firstDispatchedAt ?? now2(options),
    updatedAt: now2(options),
    dispatchCount: (stored?.dispatchCount ?? 0) + 1
  };
  const runsBun = !options.dryRun && plan.some((item) => !item.reuse && item.ref.step.runner === "bun");
  if (runsBun && typeof options.bunPath !== "function") {
    const explicit = options.bunPath;
    options = { ...options, bunPath: findBun2({ explicit, env: options.env ?? process.env }).path };
  }
  const runsById = new Map;
  const chains = new Map;
  const toRun = plan.filter((item) => !(item.reuse && item.previous));
  const run = { recorder: new RunRecorder(store, record), notStarted: toRun.length, runners, ends: [] };
  for (const item of plan) {
    if (item.reuse && item.previous) {
      runsById.set(item.runId, { ...item.previous, alreadyHandled: true });
      continue;
    }
    const edit = options.replay && stored ? replayEditOf(stored.event, event) : undefined;
    const task = () => runOne({ ...item, event, options, run, ...edit ? { edit } : {} }).then((view) => {
      runsById.set(item.runId, view);
      return view;
    });
    const chain = chains.get(item.ref.flow.manifestPath) ?? [];
    chain.push(task);
    chains.set(item.ref.flow.manifestPath, chain);
  }
  if (!options.dryRun && plan.length > 0 && toRun.length === 0)
    await run.recorder.saveRecord();
  await runChains([...chains.values()], options.concurrency ?? DEFAULT_CONCURRENCY);
  await Promise.all(run.ends);
  outcome.runs = plan.map((item) => runsById.get(item.runId)).filter((run) => run !== undefined);
  for (const run of outcome.runs) {
    if (run.alreadyHandled || !run.resultPayload?.next)
      continue;
    for (const next of run.resultPayload.next) {
      const child = await dispatchChild(next, run, options, lineage, problems);
      if (child)
        outcome.children.push(child);
    }
  }
  return outcome;
}
async function dispatchChild(next, parent, options, lineage, problems) {
  const depth = lineage.length;
  const { budget } = options;
  if (budget.runs >= budget.maxRuns || budget.events >= budget.maxRuns) {
    budget.skippedEvents += 1;
    budget.firstSkippedBy ??= `${parent.flowName}/${parent.stepName}`;
    return;
  }
  budget.events += 1;
  const where = `FlowResult.next of ${parent.flowName}/${parent.stepName}`;
  const maxDepth = options.maxDepth ?? 5;
  let child;
  try {
    child = normalizeFlowEvent(next, options.now());
  } catch (error) {
    problems.push({ severity: "error", file: where, message: String(error) });
    return;
  }
  if (lineage.includes(child.id)) {
    problems.push({
      severity: "warning",
      file: where,
      message: `next event "${child.id}" was not dispatched: it is already in this chain (${lineage.join(" \u2192 ")}), which would loop.`
    });
    return;
  }
  if (depth >= maxDepth) {
    problems.push({
      severity: "warning",
      file: where,
      message: `next event "${child.id}" was not dispatched: the chain is ${depth} events deep, the limit is ${maxDepth}.`
    });
    return;
  }
  return dispatchOne(child, { ...options, only: undefined, replay: false }, [...lineage, child.id]);
}
async function schemaProblems(mismatches, known) {
  const found = [];
  for (const miss of mismatches) {
    const path = miss.reason === "schema" ? miss.step.trigger?.schemaPath : undefined;
    if (path === undefined)
      continue;
    for (const problem of await sharedSchemaRegistry().problemsOf(path)) {
      const key = `${problem.file}\x00${problem.message}`;
      if (known.has(key))
        continue;
      known.add(key);
      found.push(problem);
    }
  }
  return found;
}
function knownProblems(discovery) {
  return new Set(discovery.problems.map((problem) => `${problem.file}\x00${problem.message}`));
}
function interruptedWarning(ref, previous, event) {
  const last = previous.attempts.at(-1);
  const owner = last?.dispatcher;
  const who = owner ? `its dispatcher (pid ${owner.pid} on ${owner.host})` : "its dispatcher";
  return {
    severity: "warning",
    file: ref.flow.manifestPath,
    message: `step "${ref.step.name}" of flow "${ref.flow.name}" was interrupted for event "${event.id}": ${who} stopped ` + `while attempt ${last?.number ?? previous.attempts.length} ran, so nothing recorded how it ended. It runs again as attempt ${previous.attempts.length + 1}.`
  };
}
function now2(options) {
  return options.now().toISOString();
}

// src/cli/commands.ts
async function listCommand2(ctx) {
  const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots });
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ flows: discovery.flows, problems: discovery.problems, shadowed: discovery.shadowed }, null, 2)}
`);
    return 0;
  }
  if (discovery.flows.length === 0)
    ctx.out(`No flow packages under ${(ctx.roots ?? [".codex/flows", "flows"]).join(", ")}.
`);
  for (const flow of discovery.flows) {
    ctx.out(`${flow.name} v${flow.version}  ${relativeTo(ctx.repoRoot, flow.root)}${flow.description ? `  \u2014 ${flow.description}` : ""}
`);
    for (const step of flow.steps) {
      const trigger = step.trigger ? `on ${step.trigger.type}${step.trigger.schema ? ` (${step.trigger.schema})` : ""}${step.trigger.if ? ` if ${step.trigger.if}` : ""}` : "no trigger";
      ctx.out(`  ${step.name}  [${step.runner}] ${step.script}  ${trigger}
`);
    }
  }
  for (const problem of discovery.problems)
    ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}
`);
  return 0;
}
async function validateCommand2(ctx) {
  const result = await validateFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ ok: errors.length === 0, flows: result.flows.map((f) => f.name), problems: result.problems }, null, 2)}
`);
    return errors.length > 0 ? 1 : 0;
  }
  for (const problem of result.problems)
    ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}
`);
  const steps = result.flows.reduce((sum, flow) => sum + flow.steps.length, 0);
  if (errors.length > 0) {
    ctx.err(`${errors.length} error${errors.length === 1 ? "" : "s"} in flow packages.
`);
    return 1;
  }
  ctx.out(`${result.flows.length} flow${result.flows.length === 1 ? "" : "s"}, ${steps} step${steps === 1 ? "" : "s"}: all valid.
`);
  return 0;
}
async function fireCommand2(ctx, options) {
  const event = await readJsonFile(resolve(options.eventPath), "The event");
  const { store } = await ctx.openStore();
  const outcome = await dispatch(event, {
    repoRoot: ctx.repoRoot,
    roots: ctx.roots,
    store,
    concurrency: options.concurrency,
    dryRun: options.dryRun,
    only: options.only ? [options.only] : undefined,
    env: ctx.env,
    bunPath: options.bunPath,
    workspaceBackendUrl: options.workspaceBackendUrl,
    launchedBy: "flows-cli",
    observer: ctx.json ? undefined : { onStepLine: (run, _stream, line) => ctx.err(`[${run.flowName}/${run.stepName}] ${line}
`) }
  });
  if (options.only && outcome.runs.length === 0) {
    const miss = outcome.mismatches.find((m) => m.flow.name === options.only?.flow && m.step.name === options.only?.step);
    ctx.err(miss ? `${options.only.flow}/${options.only.step} does not match this event: ${miss.message}
` : `No step ${options.only.step} in a flow named ${options.only.flow}. Run \`flows list\` to see the flows.
`);
    return 1;
  }
  printOutcome(ctx, outcome);
  if (outcome.status === "duplicate" && !ctx.json) {
    ctx.err(`Event ${outcome.eventId} was handled before, so nothing ran. \`flows replay ${outcome.eventId}\` runs its steps again.
`);
  }
  return exitCodeFor2(outcome);
}
function printOutcome(ctx, outcome) {
  if (ctx.json)
    ctx.out(`${JSON.stringify(briefOutcome2(outcome), null, 2)}
`);
  else
    ctx.out(`${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}
`);
}
function briefOutcome2(outcome) {
  return {
    status: outcome.status,
    eventId: outcome.eventId,
    runIds: outcome.runIds,
    matched: outcome.matched,
    ...outcome.idempotent ? { idempotent: true } : {},
    event: outcome.event,
    runs: outcome.runs,
    mismatches: outcome.mismatches.map((m) => ({ flow: m.flow.name, step: m.step.name, reason: m.reason, message: m.message })),
    problems: allProblems(outcome),
    children: outcome.children.map(briefOutcome2)
  };
}
function exitCodeFor2(outcome) {
  return flatten(outcome).some((each) => each.runs.some((run) => run.effectiveStatus === "failed")) ? 1 : 0;
}
function relativeTo(base, path) {
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

export { runIdFor, DEFAULT_CONCURRENCY, dispatch, matchEvent, listCommand2, validateCommand2, fireCommand2, briefOutcome2, exitCodeFor2 };
