import { statSync } from "node:fs";
import { describeGot } from "../contract-errors.js";
import { isStateStore, LibraryArgumentError, STATE_STORE } from "../library-arguments.js";

/**
 * A `dispatch` option a library caller got wrong: which option, what it takes, what it got.
 * The action and the `flows` command check their inputs before they call dispatch; a library
 * caller's `concurrency: Number(process.env.N)` (NaN when N is unset) left dispatch waiting
 * forever for a free slot, and a missing `repoRoot` failed inside node:path.
 */
export class DispatchOptionsError extends LibraryArgumentError {
  override name = "DispatchOptionsError";
  constructor(
    /** The option, e.g. `concurrency`. */
    readonly option: string,
    message: string,
  ) {
    super("dispatch", `options.${option}`, `dispatch option "${option}" ${message}`);
  }
}

// Plain checks rather than a JSON Schema: most options are functions, a store, a signal.

/** Throws a DispatchOptionsError for the first option that dispatch cannot use as given. */
export function checkDispatchOptions(options: unknown): void {
  if (typeof options !== "object" || options === null) {
    throw new LibraryArgumentError("dispatch", "options", `dispatch needs an options object like { repoRoot: process.cwd() }; got ${describeGot(options)}.`);
  }
  const given = options as Record<string, unknown>;
  const got = (name: string): string => `got ${describeGot(given[name])}.`;
  if (given.discovery === undefined && (typeof given.repoRoot !== "string" || given.repoRoot === "")) {
    throw new DispatchOptionsError("repoRoot", `must name the repository folder the flow roots are in, as a string; ${got("repoRoot")}`);
  }
  // A folder that is not there would find no flow package and match nothing, silently.
  if (given.discovery === undefined && !statSync(given.repoRoot as string, { throwIfNoEntry: false })?.isDirectory()) {
    throw new DispatchOptionsError("repoRoot", `is ${JSON.stringify(given.repoRoot)}, which is no folder here (relative paths are taken from ${process.cwd()}); name the repository's folder.`);
  }
  if (given.roots !== undefined && !(Array.isArray(given.roots) && given.roots.every((root) => typeof root === "string"))) {
    throw new DispatchOptionsError("roots", `must be an array of folder paths (strings), e.g. ["flows"]; ${got("roots")}`);
  }
  wholeNumberAtLeast(given, "concurrency", 1);
  wholeNumberAtLeast(given, "maxRuns", 0);
  wholeNumberAtLeast(given, "maxDepth", 0);
  if (given.store !== undefined && !isStateStore(given.store)) {
    throw new DispatchOptionsError("store", `must be ${STATE_STORE}; ${got("store")}`);
  }
  if (given.bunPath !== undefined && typeof given.bunPath !== "string" && typeof given.bunPath !== "function") {
    throw new DispatchOptionsError("bunPath", `must be the path of a bun executable, or a function that resolves to one; ${got("bunPath")}`);
  }
  const signal = given.signal as Record<string, unknown> | undefined;
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof signal.addEventListener !== "function")) {
    throw new DispatchOptionsError("signal", `must be an AbortSignal (new AbortController().signal); ${got("signal")}`);
  }
  if (given.env !== undefined && (typeof given.env !== "object" || given.env === null)) {
    throw new DispatchOptionsError("env", `must be an object of environment variables, like process.env; ${got("env")}`);
  }
  // An array (a likely mistake) has no `has`: the cap would throw a TypeError mid-dispatch.
  if (given.handledBefore !== undefined && !(given.handledBefore instanceof Set)) {
    throw new DispatchOptionsError("handledBefore", `must be a Set of run ids, like new Set(["run_0123456789ab"]); ${got("handledBefore")}`);
  }
  if (given.runUnmatched !== undefined && given.runUnmatched !== "untriggered" && given.runUnmatched !== "any") {
    throw new DispatchOptionsError("runUnmatched", `must be "untriggered" or "any" (with only), or left out; ${got("runUnmatched")}`);
  }
  const named = given.replayNamed as unknown;
  if (
    named !== undefined &&
    (!Array.isArray(named) ||
      !named.every((item: { flow?: unknown; step?: unknown; named?: unknown } | null) => typeof item?.flow === "string" && typeof item.step === "string" && (item.named === "untriggered" || item.named === "any")))
  ) {
    throw new DispatchOptionsError("replayNamed", `must be an array of { flow, step, named: "untriggered" | "any" } (with replay), or left out; ${got("replayNamed")}`);
  }
  if (given.commandLine !== undefined && typeof given.commandLine !== "function") {
    throw new DispatchOptionsError("commandLine", `must be a function (args) => string, like (args) => \`npx flows \${args}\`; ${got("commandLine")}`);
  }
  checkObserver(given.observer);
}

/**
 * A callback that is not a function failed only when the first step started, as a TypeError
 * about engine internals, after that step was stored as failed: the event then read as handled.
 */
function checkObserver(observer: unknown): void {
  if (observer === undefined) return;
  if (typeof observer !== "object" || observer === null) {
    throw new DispatchOptionsError("observer", `must be an object with any of onStepStart, onStepLine and onStepEnd (functions); got ${describeGot(observer)}.`);
  }
  for (const name of ["onStepStart", "onStepLine", "onStepEnd"]) {
    const callback = (observer as Record<string, unknown>)[name];
    if (callback !== undefined && typeof callback !== "function") {
      throw new DispatchOptionsError("observer", `${name} must be a function (run, ...) => void; got ${describeGot(callback)}.`);
    }
  }
}

/** A count option: a whole number of at least `least`, or Infinity for no limit. */
function wholeNumberAtLeast(given: Record<string, unknown>, name: string, least: number): void {
  const value = given[name];
  if (value === undefined) return;
  if (typeof value === "number" && value >= least && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY)) return;
  throw new DispatchOptionsError(name, `must be a whole number of at least ${least}; got ${describeGot(value)}.`);
}
