import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { FlowDiagnostic, FlowEvent, FlowRunAttempt, FlowRunView } from "../contracts.js";
import { DEFAULT_FLOW_ROOTS } from "../flows/roots.js";
import { leftOutLine } from "../state/problems.js";
import type { StateStore } from "../state/types.js";
import { shellWord } from "../shell-word.js";
import type { DiscoveryResult, StepMismatch, StepRef } from "../flows/types.js";

// Problems a dispatch reports beside its runs: broken trigger schemas, interrupted runs.

/** Prefix of the problems a state store reported (a record it skipped or set aside). */
export const STATE_RECORD_PROBLEM = "state record: ";

/** Start of the warning a delivery gets when the run cap (`maxRuns`) left steps or `next` events out. */
export const RUN_CAP_PROBLEM = "this delivery reached its budget of ";

/** How many of each store's problems have been reported already: listed, and counted by kind. */
const reportedStoreProblems = new WeakMap<StateStore, { listed: number; leftOut: Map<string, number> }>();

/**
 * The problems a store met (a record it skipped or set aside, a branch that lost commits) that
 * were not reported yet, as warnings, and marks them reported: each is said once, with the first
 * dispatch after it was met, or by the store's last flush (src/action/state.ts, src/cli/store.ts)
 * when it met them there. Past the first few of a kind, the store counts them: one warning per
 * kind says how many. `count` is all of them; `listed`, those listed one by one.
 */
export function unreportedStoreProblems(store: StateStore): { problems: FlowDiagnostic[]; count: number; listed: number } {
  const reported = reportedStoreProblems.get(store) ?? { listed: 0, leftOut: new Map<string, number>() };
  const listed = store.problems.slice(reported.listed);
  const problems: FlowDiagnostic[] = listed.map((problem) => ({ severity: "warning", file: problem.path, message: `${STATE_RECORD_PROBLEM}${problem.message}` }));
  let count = listed.length;
  for (const kind of store.problemsLeftOut ?? []) {
    const fresh = kind.count - (reported.leftOut.get(kind.kind) ?? 0);
    if (fresh <= 0) continue;
    problems.push({ severity: "warning", file: kind.first.path, message: `${STATE_RECORD_PROBLEM}${leftOutLine({ ...kind, count: fresh })}` });
    reported.leftOut.set(kind.kind, kind.count);
    count += fresh;
  }
  reported.listed = store.problems.length;
  reportedStoreProblems.set(store, reported);
  return { problems, count, listed: listed.length };
}

/** Compile errors of the schemas behind "schema" mismatches, once per file, as problems of the dispatch. */
export async function schemaProblems(mismatches: StepMismatch[], known: Set<string>): Promise<FlowDiagnostic[]> {
  const found: FlowDiagnostic[] = [];
  for (const miss of mismatches) {
    const path = miss.reason === "schema" ? miss.step.trigger?.schemaPath : undefined;
    if (path === undefined) continue;
    // Loaded with the first schema (./schemas.js is off the start of a dispatch that compiles none).
    const { sharedSchemaRegistry } = await import("../flows/schemas.js");
    for (const problem of await sharedSchemaRegistry().problemsOf(path)) {
      const key = `${problem.file}\0${problem.message}`;
      if (known.has(key)) continue;
      known.add(key);
      found.push(problem);
    }
  }
  return found;
}

export function knownProblems(discovery: DiscoveryResult): Set<string> {
  return new Set(discovery.problems.map((problem) => `${problem.file}\0${problem.message}`));
}

/** A run whose dispatcher died mid-step: said out loud, then run again as a new attempt. */
export function interruptedWarning(ref: StepRef, previous: FlowRunView, event: FlowEvent): FlowDiagnostic {
  const last = previous.attempts.at(-1);
  const owner = last?.dispatcher;
  const who = owner ? `its dispatcher (pid ${owner.pid} on ${owner.host})` : "its dispatcher";
  return {
    severity: "warning",
    file: ref.flow.manifestPath,
    message:
      `step "${ref.step.name}" of flow "${ref.flow.name}" was interrupted for event "${event.id}": ${who} stopped ` +
      `while attempt ${last?.number ?? previous.attempts.length} ran, so nothing recorded how it ended. It runs again as attempt ${previous.attempts.length + 1}.`,
  };
}

/**
 * A step that another dispatch is running for the same event (a redelivery, or a second `flows
 * fire`, while the first runs it): not started a second time beside it.
 */
export function runningElsewhereWarning(
  ref: StepRef,
  attempt: FlowRunAttempt,
  event: FlowEvent,
  replay: boolean,
  commandLine: (args: string) => string = (args) => `flows ${args}`,
): FlowDiagnostic {
  const owner = attempt.dispatcher;
  const who = owner ? `pid ${owner.pid} on ${owner.host}${owner.until ? `, lease until ${owner.until}` : ""}` : "another dispatcher";
  const since = attempt.startedAt ? ` since ${attempt.startedAt}` : "";
  return {
    severity: "warning",
    file: ref.flow.manifestPath,
    message:
      `step "${ref.step.name}" of flow "${ref.flow.name}" is ${attempt.status} for event "${event.id}" in another dispatch (attempt ${attempt.number}${since}, ${who}), ` +
      `so it was not ${replay ? "replayed" : "started again"} beside it; that dispatch records how it ends (\`${commandLine(`runs --event ${shellWord(event.id)}`)}\`).` +
      (replay ? " Replay it once it has ended." : ""),
  };
}

/**
 * Flow roots a dispatch found no folder for (it discovered the flows itself: the library's
 * `roots`). Without this, a typo in a root reads as "accepted, nothing matched", as if no flow
 * had a trigger for the event. Of the default roots, one alone missing is normal.
 */
export function missingRootProblems(repoRoot: string, roots: readonly string[] | undefined, discovery: DiscoveryResult): FlowDiagnostic[] {
  if (roots !== undefined) {
    return (discovery.missingRoots ?? []).map((root) => ({
      severity: "warning" as const,
      file: resolve(repoRoot, root),
      message: `flow root "${root}" is not a folder under ${resolve(repoRoot)}, so no flows were loaded from it. Check the dispatch option "roots".`,
    }));
  }
  if (DEFAULT_FLOW_ROOTS.some((root) => isFolder(resolve(repoRoot, root)))) return [];
  return [
    {
      severity: "warning",
      file: resolve(repoRoot),
      message: `No flow package was loaded: neither ${DEFAULT_FLOW_ROOTS.join(" nor ")} is a folder under ${resolve(repoRoot)}. Pass the folders that hold your flow packages as the dispatch option "roots".`,
    },
  ];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
