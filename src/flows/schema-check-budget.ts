// A budget for checking one payload against a trigger schema. The schema is a package author's,
// the payload a stranger's (up to 25 MB), and the check runs inside the job: a schema with a few
// keywords that every item of a large array fails made millions of error objects (a 1 MB payload
// took 41 s and 2.7 GB, a 25 MB one was killed past 13 GB), and `uniqueItems` over a large array
// is quadratic. ajv has no limit of its own, so its generated code (and the compiled-schema
// cache's copy of it) is rewritten to report to a budget: every error it makes, and every
// iteration of its loops. Over the budget, the check stops with CheckBudgetExceeded; the step is
// not run and the rest of the job goes on. Outside checkWithinBudget the code runs as ajv's does.
//
// Errors count as the check holds them, all its validators together (Budget.held): a schema that
// calls itself through `$ref` runs one validator per level of the payload, each holding its own
// errors while it calls the next (counted per validator, a payload 2,000 levels deep of 999
// failing items each held 2 million errors, 331 MB, until the time budget stopped it). Those of
// an alternative tried and dropped (anyOf) are taken back, so only their time counts. While an
// alternative is being tried, its errors may yet be dropped (a payload that matches the second
// alternative of an anyOf fails the first), so they do not stop the check: they are counted, but
// only the first MAX_CHECK_ERRORS the check holds are kept, and the time budget bounds how many
// are made. Past MAX_CHECK_ERRORS with no alternative open, the errors are final and the check
// stops, naming the first of them. A called validator's own reference to its errors is let go
// once they are appended (kept, 1,000 definitions that each failed 1,000 times in alternatives
// that passed held 145 MB after the check).
//
// Why dropping errors past the first MAX_CHECK_ERRORS held cannot change ajv's answer: ajv decides
// with counts, which stay exact, and the errors a check holds are a stack (a validator adds after
// all the errors held, a called validator's are appended where they were made, an alternative
// dropped takes back the last ones). An error made past the first MAX_CHECK_ERRORS is either
// taken back with one before it, so not in the answer, or none of those before it is, and the
// answer has more than MAX_CHECK_ERRORS errors: the check stops, with the first ones, all kept.

// The two limits live in schema-check-limits.ts, which match.ts names in its warnings: a start
// that checks no payload does not compile this module (the cold-start guard, BENCHMARKS.md).
import { MAX_CHECK_ERRORS, MAX_CHECK_MS } from "./schema-check-limits.js";

export { MAX_CHECK_ERRORS, MAX_CHECK_MS };
/** Loop iterations between two looks at the clock. */
const TICKS = 4_096;

import type { ErrorObject } from "ajv";

const SLOT = 'globalThis[Symbol.for("flows-action.schema-check-budget")]';
const slot = Symbol.for("flows-action.schema-check-budget");

export type CheckLimits = { maxErrors: number; maxMs: number };

/** Why a check stopped: it made too many errors, or took too long. */
export class CheckBudgetExceeded extends Error {
  constructor(
    readonly over: "errors" | "time",
    readonly limits: CheckLimits,
    /** Over the errors budget: the first errors, in ajv's form, for the mismatch's message. */
    readonly errors: readonly ErrorObject[] = [],
  ) {
    super(over === "errors" ? `more than ${limits.maxErrors} errors` : `more than ${limits.maxMs} ms`);
  }
}

/** "1,000 errors, its budget" or "3 s, its budget". */
export function checkBudgetText(error: CheckBudgetExceeded): string {
  const { maxErrors, maxMs } = error.limits;
  return error.over === "errors" ? `${maxErrors.toLocaleString("en-US")} errors, its budget` : `${(maxMs / 1000).toLocaleString("en-US")} s, its budget`;
}

/** What the rewritten code sees in the slot while a check runs. */
class Budget {
  ticks = TICKS;
  /**
   * How many alternatives (anyOf, oneOf, not, if, contains) are being tried: while one is,
   * the errors held may still be dropped, so a payload that matches may hold over maxErrors.
   */
  open = 0;
  /**
   * The errors the check holds: those of every validator being run (a validator calling itself
   * through `$ref` holds its own while it calls), in ajv's order. A validator starts with the
   * count its caller holds (`flowsBase`), sets it after each change of its own, and leaves its
   * own in it when it returns, for its caller to append.
   */
  held = 0;
  /** The first maxErrors errors held; past `held`, ones dropped since, overwritten as more are made. */
  private readonly first: ErrorObject[] = [];
  private readonly deadline: number;
  readonly maxErrors: number;

  constructor(readonly limits: CheckLimits) {
    this.maxErrors = limits.maxErrors;
    this.deadline = performance.now() + limits.maxMs;
  }

  stop(over: "errors" | "time"): never {
    throw new CheckBudgetExceeded(over, this.limits, over === "errors" ? this.first.slice(0, this.maxErrors) : []);
  }

  /**
   * After an error is added (the last of `vErrors`) by a validator that counts `errors` and has
   * set `held`. Past maxErrors held with no alternative open, the errors are final and the check
   * stops. Inside one, the count goes on (ajv decides with it) but the validator keeps only those
   * within the first maxErrors held: those past them are dropped or, if the alternative fails,
   * stop the check.
   */
  added(errors: number, vErrors: ErrorObject[]): void {
    const held = this.held;
    const base = held - errors;
    if (--this.ticks < 0) this.tick();
    if (held <= this.maxErrors) {
      this.first[held - 1] = vErrors[vErrors.length - 1] as ErrorObject;
      return;
    }
    if (this.open === 0) this.stop("errors");
    const room = Math.max(0, this.maxErrors - base);
    if (vErrors.length > room) vErrors.length = room;
  }

  /**
   * After a called validator's errors are appended to `vErrors`, which held the validator's
   * first `errors` errors, or as many as its room: the validator's new count. A called validator
   * leaves its count in `held`; one that does not (not rewritten) adds at least what it kept.
   */
  appended(base: number, errors: number, vErrors: ErrorObject[]): number {
    const room = Math.max(0, this.maxErrors - base);
    const count = Math.max(this.held - base, errors + vErrors.length - Math.min(errors, room));
    this.held = base + count;
    for (let i = errors; i < vErrors.length && i < room; i += 1) this.first[base + i] = vErrors[i] as ErrorObject;
    if (--this.ticks < 0) this.tick();
    if (this.held > this.maxErrors) {
      if (this.open === 0) this.stop("errors");
      if (vErrors.length > room) vErrors.length = room;
    }
    return count;
  }

  tick(): void {
    this.ticks = TICKS;
    if (performance.now() > this.deadline) this.stop("time");
  }
}

/**
 * Runs `check` (a validator rewritten by budgetedChecks) within the limits; throws
 * CheckBudgetExceeded past them. Checks are synchronous, so one slot serves the process.
 */
export function checkWithinBudget<T>(check: () => T, limits: CheckLimits = { maxErrors: MAX_CHECK_ERRORS, maxMs: MAX_CHECK_MS }): T {
  const host = globalThis as Record<symbol, unknown>;
  const outer = host[slot];
  host[slot] = new Budget(limits);
  try {
    return check();
  } finally {
    host[slot] = outer;
  }
}

const PREAMBLE = "let vErrors = null;let errors = 0;";
const BUDGET = `const flowsBudget = ${SLOT};`;
const BASE = "const flowsBase = flowsBudget === undefined ? 0 : flowsBudget.held;";
// Each error is a tick.
const ON_ERROR = "if(flowsBudget !== undefined){flowsBudget.held = flowsBase + errors;flowsBudget.added(errors, vErrors);}";
const ON_APPENDED = "errors = flowsBudget === undefined ? vErrors.length : flowsBudget.appended(flowsBase, errors, vErrors);";
const ON_DROPPED = "if(flowsBudget !== undefined){flowsBudget.held = flowsBase + errors;}";
/** How a called validator's errors are appended (ajv-linear-errors.js), just before ON_APPENDED's statement. */
const APPENDED_FROM = /\{vErrors = ([\w.]+)\.errors;\}else\{for\(const calledError of \1\.errors\)\{vErrors\.push\(calledError\);\}\}$/;
const ON_ITERATION = "if(flowsBudget !== undefined && --flowsBudget.ticks < 0){flowsBudget.tick();}";
const ON_OPEN = "if(flowsBudget !== undefined){flowsBudget.open++;}";
const ON_CLOSE = "if(flowsBudget !== undefined){flowsBudget.open--;}";

/**
 * ajv's generated code (ajv 8: each validator starts with PREAMBLE, adds an error with
 * `errors++;`, a called validator's with `errors = vErrors.length;`, loops with `for(...){`)
 * reporting to the budget. String literals (ajv writes them with JSON.stringify; schema text
 * reaches the code only so) are left as they are. Code without
 * the preamble (another ajv) comes back unchanged; code rewritten before is not rewritten again.
 *
 * An alternative whose errors may be dropped (anyOf, oneOf, not, if, contains) starts with
 * `const _errsN = errors;` and, when they are dropped, goes back with `errors = _errsN;`: either
 * in the same block (`if`), or in the `else` of the `if(...){` that decides (the last one in the
 * declaration's block), whose other branch adds the keyword's own error. The budget counts the
 * alternative open from the declaration to that decision. An alternative laid out otherwise is
 * not counted: its errors stop the check past the budget as final ones do.
 *
 * Each validator starts with the count its callers hold (`flowsBase`) and sets Budget.held after
 * each change of its own count (an error made, a called validator's appended, errors dropped),
 * so that it leaves its own count there when it returns. Past the budget a validator keeps fewer
 * errors than it counts (Budget.added), so its `vErrors.length = _errsN;` only shortens, and a
 * called validator's errors appended add to the count (Budget.appended) rather than set it: the
 * count it left (or, from a validator not rewritten, what it kept, at least one per error), so
 * `_errsN === errors` still tells whether errors were made since; then, within a check, the called
 * validator's `errors` is set to null (the caller's return sets its own).
 */
export function budgetedChecks(code: string): string {
  if (!code.includes(PREAMBLE)) return code;
  /** Text to put in place of code[at, end). */
  const edits: [at: number, text: string, end: number][] = [];
  /** Where each `const _errsN = errors;` ends, and its block's depth. */
  const starts = new Map<string, { end: number; depth: number }>();
  /** By depth: the last `if(` in the current block, and whether it starts a statement. */
  const lastIf: { at: number; statement: boolean }[] = [];
  let depth = 0;
  const tokens =
    /"|[{}]|(?<![\w$.])(?:let vErrors = null;let errors = 0;|errors\+\+;|errors = vErrors\.length;|for\(|if\(|const (_errs\d+) = errors;|errors = (_errs\d+);|vErrors\.length = (_errs\d+);)/g;
  for (let token = tokens.exec(code); token !== null; token = tokens.exec(code)) {
    const at = token.index;
    const text = token[0];
    const end = at + text.length;
    if (text === '"') {
      tokens.lastIndex = stringEnd(code, at);
    } else if (text === "{") {
      depth += 1;
    } else if (text === "}") {
      depth -= 1;
    } else if (text === PREAMBLE) {
      // Rewritten before. (Looked for here, outside strings: a schema may name anything.)
      if (code.startsWith(BUDGET, end)) return code;
      edits.push([end, BUDGET + BASE, end]);
    } else if (text === "errors++;") {
      edits.push([end, ON_ERROR, end]);
    } else if (text === "errors = vErrors.length;") {
      edits.push([at, ON_APPENDED, end]);
      // The called validator's errors, appended, are the caller's now: its own copy would keep
      // them after the caller drops them (one per validator, up to maxErrors errors each).
      const called = APPENDED_FROM.exec(code.slice(Math.max(0, at - 200), at))?.[1];
      if (called !== undefined) edits.push([end, `if(flowsBudget !== undefined){${called}.errors = null;}`, end]);
    } else if (text === "for(") {
      const close = headerEnd(code, end);
      if (close === undefined || code[close + 1] !== "{") continue;
      edits.push([close + 2, ON_ITERATION, close + 2]);
      depth += 1;
      tokens.lastIndex = close + 2;
    } else if (text === "if(") {
      lastIf[depth] = { at, statement: at === 0 || ";{}".includes(code[at - 1] as string) };
    } else if (token[1] !== undefined) {
      starts.set(token[1], { end, depth });
    } else if (token[2] !== undefined) {
      edits.push([end, ON_DROPPED, end]);
      const start = starts.get(token[2]);
      starts.delete(token[2]);
      if (start === undefined) continue;
      const decision = lastIf[start.depth];
      const close = depth === start.depth ? at : depth === start.depth + 1 && decision?.statement && decision.at > start.end ? decision.at : undefined;
      if (close === undefined) continue;
      edits.push([start.end, ON_OPEN, start.end], [close, ON_CLOSE, close]);
    } else if (token[3] !== undefined) {
      // Past the budget a validator keeps fewer errors than it counts (Budget.added).
      edits.push([at, `if(vErrors.length > ${token[3]}){vErrors.length = ${token[3]};}`, end]);
    }
  }
  edits.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let done = 0;
  for (const [at, text, end] of edits) {
    parts.push(code.slice(done, at), text);
    done = end;
  }
  parts.push(code.slice(done));
  return parts.join("");
}

/** The index after the string literal starting at `start` (a `"`). */
function stringEnd(code: string, start: number): number {
  let i = start + 1;
  while (i < code.length && code[i] !== '"') i += code[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, code.length);
}

/** The index of the `)` closing a `for(` header whose text starts at `from`. */
function headerEnd(code: string, from: number): number | undefined {
  let depth = 1;
  let i = from;
  while (i < code.length) {
    const char = code[i];
    if (char === '"') {
      i = stringEnd(code, i);
      continue;
    }
    if (char === "(") depth += 1;
    else if (char === ")" && --depth === 0) return i;
    i += 1;
  }
  return undefined;
}
