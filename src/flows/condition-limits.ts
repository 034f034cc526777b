// Bounds on one evaluation of a condition. The expression language has no loops, but a 21,000
// character expression can still ask for a lot: `format('{0}{0}…', event.payload.body)` repeats
// a payload field thousands of times, nested format() calls multiply (ten levels of ten copies
// is 10^10 characters, from constants alone, at load time), toJSON() of a deeply nested payload
// grows with the square of its depth, and hundreds of contains() over a large payload array keep
// the event loop busy for minutes. So the functions that build text share a budget of
// characters per evaluation, and an evaluation stops at a deadline. Either ends only that
// condition ("could not be evaluated", or a problem in flow.toml at load), never the job.
import { data, Evaluator, type Expr } from "@actions/expressions";
import { wellKnownFunctions } from "@actions/expressions/funcs";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { includesLinear } from "./text-search.js";

/** Characters format(), join(), toJSON() and fromJSON() may build (or read) in one evaluation. */
export const TEXT_BUDGET = 10_000_000;
/** Wall-clock time one evaluation may take. */
export const EVALUATION_MS = 2_000;

type ExpressionData = data.ExpressionData;

/** The characters left to one evaluation; reset before each. */
export class TextBudget {
  private used = 0;

  reset(): void {
    this.used = 0;
  }

  take(name: string, length: number): void {
    if (this.used + length > TEXT_BUDGET) {
      const limit = TEXT_BUDGET.toLocaleString("en-US");
      const size = Number.isFinite(length) ? length.toLocaleString("en-US") : `more than ${limit}`;
      throw new Error(
        `${name}() would build ${size} characters; a condition's format(), join(), toJSON() and fromJSON() may build ` +
          `${limit} in all (docs/conditions.md: Cost)`,
      );
    }
    this.used += length;
  }
}

/**
 * GitHub's format, join, toJSON and fromJSON, refusing before they build more than the budget
 * allows; and its contains(), searching text in linear time.
 */
export function boundedTextFunctions(budget: TextBudget): FunctionDefinition[] {
  const bounded = (name: string, shown: string, length: (args: ExpressionData[]) => number): FunctionDefinition => {
    const builtIn = wellKnownFunctions[name] as FunctionDefinition;
    return {
      ...builtIn,
      name,
      call: (...args) => {
        budget.take(shown, length(args));
        try {
          return builtIn.call(...args);
        } catch (error) {
          // The expressions package converts values recursively: text nested thousands of
          // levels deep (`[[[[…` from a payload field) overflows the stack, which says nothing.
          if (error instanceof RangeError || (error instanceof Error && error.cause instanceof RangeError)) throw new Error(`${shown}() was given a value nested too deeply to convert (the stack ran out)`);
          throw error;
        }
      },
    };
  };
  return [
    linearContains(),
    bounded("format", "format", formatLength),
    bounded("join", "join", joinLength),
    bounded("tojson", "toJSON", (args) => jsonLength(args[0])),
    bounded("fromjson", "fromJSON", (args) => (args[0]?.primitive ? args[0].coerceString().length : 0)),
  ];
}

/**
 * GitHub's contains(), with its substring search linear in the text (text-search.ts): V8's
 * includes() took 41 s for a 100,000-character needle in 1 MB of payload, in one native call.
 * Arrays and the case-insensitive comparison are GitHub's.
 */
function linearContains(): FunctionDefinition {
  const builtIn = wellKnownFunctions.contains as FunctionDefinition;
  return {
    ...builtIn,
    call: (...args) => {
      const [search, item] = args;
      if (search?.primitive && item?.primitive) {
        return new data.BooleanData(includesLinear(search.coerceString().toLowerCase(), item.coerceString().toLowerCase()));
      }
      return builtIn.call(...args);
    },
  };
}

/** An upper bound of format()'s result: the format text plus every `{N}` argument it names. */
function formatLength(args: ExpressionData[]): number {
  const text = args[0]?.coerceString() ?? "";
  let length = text.length;
  for (const found of text.matchAll(/\{\{|\{(\d+)/g)) {
    if (found[1] !== undefined) length += args[1 + Number(found[1])]?.coerceString().length ?? 0;
  }
  return length;
}

function joinLength(args: ExpressionData[]): number {
  const [list, separator] = args;
  if (!list || list.primitive) return list?.coerceString().length ?? 0;
  if (list.kind !== data.Kind.Array) return 0;
  const items = (list as data.Array).values();
  const between = separator?.primitive ? separator.coerceString().length : 1;
  return items.reduce((sum, item) => sum + item.coerceString().length, 0) + between * Math.max(0, items.length - 1);
}

/**
 * The length of toJSON()'s pretty-printed text, counted without building it (iteratively: a
 * deep value must not overflow the stack); Infinity once past the whole budget.
 */
export function jsonLength(value: ExpressionData | undefined): number {
  let length = 0;
  const stack: Array<{ value: ExpressionData; depth: number }> = value ? [{ value, depth: 0 }] : [];
  while (stack.length > 0 && length <= TEXT_BUDGET) {
    const { value: each, depth } = stack.pop() as { value: ExpressionData; depth: number };
    if (each instanceof data.Array || each instanceof data.Dictionary) {
      const children =
        each instanceof data.Array
          ? each.values().map((item) => ({ key: 0, item }))
          : each.pairs().map((pair) => ({ key: JSON.stringify(pair.key).length + 2, item: pair.value }));
      // Brackets; each child on its own line, indented two spaces a level, commas between;
      // the closing bracket on its own line.
      length += children.length === 0 ? 2 : 2 + children.length * (2 + 2 * (depth + 1)) - 1 + 1 + 2 * depth;
      for (const { key, item } of children) {
        length += key;
        stack.push({ value: item, depth: depth + 1 });
      }
    } else {
      length += primitiveLength(each);
    }
  }
  return length > TEXT_BUDGET ? Number.POSITIVE_INFINITY : length;
}

function primitiveLength(value: ExpressionData): number {
  switch (value.kind) {
    case data.Kind.String:
      return JSON.stringify(value.coerceString()).length;
    case data.Kind.Number:
      return JSON.stringify(value.number()).length;
    case data.Kind.Boolean:
      return value.coerceString().length;
    default:
      return 4;
  }
}

/** GitHub's evaluator with a deadline: it stops before the next node once the time is up. */
export class BoundedEvaluator extends Evaluator {
  private readonly deadline = performance.now() + EVALUATION_MS;

  protected override eval(node: Expr): ExpressionData {
    if (performance.now() > this.deadline) {
      throw new Error(`it took longer than ${EVALUATION_MS / 1000} s to evaluate (docs/conditions.md: Cost)`);
    }
    return super.eval(node);
  }
}
