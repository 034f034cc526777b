// A budget for checking one payload against a trigger schema. The schema is a package author's,
// the payload a stranger's (up to 25 MB), and the check runs inside the job: a schema with a few
// keywords that every item of a large array fails made millions of error objects (a 1 MB payload
// took 41 s and 2.7 GB, a 25 MB one was killed past 13 GB), and `uniqueItems` over a large array
// is quadratic. ajv has no limit of its own, so its generated code (and the compiled-schema
// cache's copy of it) is rewritten to report to a budget: every error it makes, and every
// iteration of its loops. Over the budget, the check stops with CheckBudgetExceeded; the step is
// not run and the rest of the job goes on. Outside checkWithinBudget the code runs as ajv's does.

/** Most errors one check may make, those of alternatives tried and dropped (anyOf) included. */
export const MAX_CHECK_ERRORS = 1_000;
/**
 * Longest one check may take. A 25 MB payload of 250,000 commits against a schema for each
 * commit takes 0.1 to 0.3 s on a loaded machine; 50,000 objects under `uniqueItems` took 24 s.
 */
export const MAX_CHECK_MS = 3_000;
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
  private readonly deadline: number;
  readonly maxErrors: number;

  constructor(readonly limits: CheckLimits) {
    this.maxErrors = limits.maxErrors;
    this.deadline = performance.now() + limits.maxMs;
  }

  stop(over: "errors" | "time", errors?: readonly ErrorObject[]): never {
    throw new CheckBudgetExceeded(over, this.limits, errors?.slice(0, this.maxErrors));
  }

  /**
   * After an error is added (or a called validator's appended): `errors` is the validator's
   * count, `vErrors` its errors.
   */
  added(errors: number, vErrors: readonly ErrorObject[] | null): void {
    if (errors > this.maxErrors) this.stop("errors", vErrors ?? []);
    if (this.ticks < 0) this.tick();
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
// Errors count as the validator holds them: those of an alternative tried and dropped (anyOf)
// are taken back, so only their time counts (each is a tick).
const ON_ERROR = "if(flowsBudget !== undefined && (errors > flowsBudget.maxErrors || --flowsBudget.ticks < 0)){flowsBudget.added(errors, vErrors);}";
const ON_ITERATION = "if(flowsBudget !== undefined && --flowsBudget.ticks < 0){flowsBudget.tick();}";

/**
 * ajv's generated code (ajv 8: each validator starts with PREAMBLE, adds an error with
 * `errors++;`, a called validator's with `errors = vErrors.length;`, loops with `for(...){`)
 * reporting to the budget. String literals (ajv writes them with JSON.stringify; schema text
 * reaches the code only so) are left as they are. Code without
 * the preamble (another ajv) comes back unchanged; code rewritten before is not rewritten again.
 */
export function budgetedChecks(code: string): string {
  if (!code.includes(PREAMBLE)) return code;
  const parts: string[] = [];
  let done = 0;
  const tokens = /"|(?<![\w$.])(?:let vErrors = null;let errors = 0;|errors\+\+;|errors = vErrors\.length;|for\()/g;
  for (let token = tokens.exec(code); token !== null; token = tokens.exec(code)) {
    const at = token.index;
    if (token[0] === '"') {
      tokens.lastIndex = stringEnd(code, at);
      continue;
    }
    let end = at + token[0].length;
    let added: string;
    if (token[0] === PREAMBLE) {
      added = `const flowsBudget = ${SLOT};`;
      // Rewritten before. (Looked for here, outside strings: a schema may name anything.)
      if (code.startsWith(added, end)) return code;
    } else if (token[0] !== "for(") {
      added = ON_ERROR;
    } else {
      const close = headerEnd(code, end);
      if (close === undefined || code[close + 1] !== "{") continue;
      end = close + 2;
      added = ON_ITERATION;
    }
    parts.push(code.slice(done, end), added);
    done = end;
    tokens.lastIndex = end;
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
