// Compiles a condition with GitHub's own lexer and parser (@actions/expressions), then checks
// what a workflow editor would flag before the condition ever runs: unknown contexts and
// functions, wrong argument counts, properties the flow contexts do not have, and constant
// arguments a function cannot use (a bad glob, semver range or JSON text).
import { ExpressionError, FeatureFlags, Lexer, Parser, data } from "@actions/expressions";
import { Binary, ContextAccess, type Expr, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, Unary } from "@actions/expressions/ast";
import { wellKnownFunctions } from "@actions/expressions/funcs";
import { type Token, TokenType } from "@actions/expressions/lexer";
import { GITHUB_CONTEXT_KEYS, unwrapCondition } from "./condition.js";
import { CUSTOM_FUNCTIONS, checkRange, customFunctions, patternText } from "./condition-functions.js";
import { contextHint, hint, wordHint, workflowFunctionHint } from "./condition-hints.js";
import { BoundedEvaluator, TextBudget } from "./condition-limits.js";
import { clipText } from "../text-cut.js";

export const CONDITION_CONTEXTS = ["event", "github", "flow", "env"] as const;

/** First-level properties of the contexts whose shape flows-action defines. */
const CONTEXT_KEYS: Record<string, readonly string[]> = {
  event: ["id", "type", "source", "occurredAt", "receivedAt", "payload"],
  flow: ["name", "version", "config"],
  github: GITHUB_CONTEXT_KEYS,
};

const FUNCTIONS_HELP =
  "contains, startsWith, endsWith, format, join, toJSON and fromJSON (as in workflows), and semver, glob and changed (flows)";

export type CompiledCondition = {
  ok: true;
  /** The expression, `${{ }}` removed. */
  expression: string;
  tree: Expr;
  /** Every context path in the expression (the longest chains), with its text. */
  paths: Map<Expr, string>;
  usesChanged: boolean;
};

export type CompileFailure = {
  ok: false;
  /** Completes "steps[i].trigger.if ...": what is wrong and what to write instead. */
  message: string;
  /** Character of the `if` string (as TOML decoded it) the problem is at. */
  offset: number;
};

export type CompileOutcome = CompiledCondition | CompileFailure;

class ConditionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function compileCondition(text: string): CompileOutcome {
  const unwrapped = unwrapCondition(text);
  if ("error" in unwrapped) return { ok: false, message: unwrapped.error, offset: unwrapped.offset };
  const { expression, offset: base } = unwrapped;
  if (expression === "") {
    return { ok: false, message: "is empty; write a condition such as \"startsWith(event.payload.tag, 'v')\", or remove it", offset: 0 };
  }
  try {
    const tree = parse(expression);
    const paths = new Map<Expr, string>();
    const state = { usesChanged: false };
    check(tree, expression, paths, state);
    return { ok: true, expression, tree, paths, usesChanged: state.usesChanged };
  } catch (error) {
    if (error instanceof ConditionError) return { ok: false, message: error.message, offset: base + error.offset };
    throw error;
  }
}

function parse(expression: string): Expr {
  let tokens: Token[];
  try {
    tokens = new Lexer(expression).lex().tokens;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message === "ErrorExceededMaxLength") {
      throw new ConditionError("is longer than GitHub's limit of 21,000 characters for an expression; shorten it", 0);
    }
    const found = /^Unexpected symbol: '(.*)'\. Located at position (\d+)/s.exec(message);
    const offset = found ? Number(found[2]) - 1 : 0;
    throw new ConditionError(`is not a valid expression: unexpected ${quote(found?.[1] ?? message)} at character ${offset + 1}${hint(found?.[1])}`, offset);
  }
  try {
    return new Parser(tokens, [...CONDITION_CONTEXTS], [...CUSTOM_FUNCTIONS]).parse();
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const [kind = "", rest = ""] = error.message.split(/: '(.*)'$/s);
    // An expression that ends too early is reported at its last token, or at an EOF token
    // placed before it: point at its last character.
    const atEnd = rest === "EOF" || kind === "Unexpected end of expression";
    const offset = atEnd ? Math.max(0, expression.trimEnd().length - 1) : offsetOf(expression, error.pos);
    const at = `at character ${offset + 1}`;
    if (kind === "Unrecognized named-value") {
      throw new ConditionError(`reads ${quote(rest)}, which is not a context; a condition can read event, github, flow and env${wordHint(rest) || contextHint(rest)}`, offset);
    }
    if (kind === "Unrecognized function") {
      throw new ConditionError(`calls ${rest}(), which conditions do not have; they have ${FUNCTIONS_HELP}${workflowFunctionHint(rest)}`, offset);
    }
    if (kind.startsWith("Too few") || kind.startsWith("Too many")) {
      const few = kind.startsWith("Too few");
      throw new ConditionError(`calls ${rest}() with ${few ? "too few" : "too many"} arguments ${at}; ${rest}() takes ${arity(rest)}`, offset);
    }
    if (kind.startsWith("Exceeded max expression depth")) {
      throw new ConditionError(
        `nests parentheses, operators or function calls more than 50 levels deep ${at} (GitHub's limit for an expression); write it with less nesting`,
        offset,
      );
    }
    const what = atEnd ? "ends too early" : `has an unexpected ${quote(rest)}`;
    throw new ConditionError(`is not a valid expression: it ${what} ${at}${wordHint(rest) || bracketHint(tokens, expression, offset)}`, offset);
  }
}

/** Walks the tree: collects context paths and rejects what cannot work. */
function check(node: Expr, expression: string, paths: Map<Expr, string>, state: { usesChanged: boolean }, chained = false): void {
  const text = pathText(node);
  if (text !== undefined && !chained) paths.set(node, text);
  if (node instanceof IndexAccess) {
    checkProperty(node, expression);
    check(node.expr, expression, paths, state, true);
    if (!(node.index instanceof Star)) check(node.index, expression, paths, state);
  } else if (node instanceof FunctionCall) {
    // Arguments first: a bad fromJSON() inside contains() is reported at fromJSON.
    for (const arg of node.args) check(arg, expression, paths, state);
    checkCall(node, expression, state);
  } else if (node instanceof Binary) {
    check(node.left, expression, paths, state);
    check(node.right, expression, paths, state);
  } else if (node instanceof Logical) {
    for (const arg of node.args) check(arg, expression, paths, state);
  } else if (node instanceof Unary) {
    check(node.expr, expression, paths, state);
  } else if (node instanceof Grouping) {
    check(node.group, expression, paths, state);
  }
}

/** `flow.nmae` is a typo, not a null: the flow contexts have fixed first-level properties. */
function checkProperty(node: IndexAccess, expression: string): void {
  if (!(node.expr instanceof ContextAccess) || !(node.index instanceof Literal)) return;
  const context = node.expr.name.lexeme.toLowerCase();
  const known = CONTEXT_KEYS[context];
  const key = node.index.literal.kind === data.Kind.String ? node.index.literal.coerceString() : undefined;
  if (!known || key === undefined || known.some((each) => each.toLowerCase() === key.toLowerCase())) return;
  throw new ConditionError(
    `reads ${context}.${key}, which ${context} does not have; it has ${known.join(", ")}`,
    offsetOf(expression, node.index.token.range.start),
  );
}

const caseEnabled = new FeatureFlags().isEnabled("allowCaseFunction");
// Constant arguments are checked with the real functions; changed() never runs at load.
const loadTimeBudget = new TextBudget();
const loadTimeFunctions = customFunctions(() => ({ files: [] }), loadTimeBudget);

function checkCall(node: FunctionCall, expression: string, state: { usesChanged: boolean }): void {
  const name = node.functionName.lexeme.toLowerCase();
  const offset = offsetOf(expression, node.functionName.range.start);
  if (name === "case" && !caseEnabled) {
    throw new ConditionError(`calls case(), which GitHub has not enabled in workflows; conditions have ${FUNCTIONS_HELP}`, offset);
  }
  if (name === "changed") state.usesChanged = true;
  try {
    if (node.args.every(isConstant) && name !== "changed") {
      constant(node);
    } else if (name === "semver" && isConstant(node.args[1])) {
      checkRange(constant(node.args[1]));
    } else if ((name === "glob" && isConstant(node.args[1])) || (name === "changed" && isConstant(node.args[0]))) {
      patternText(constant(node.args[name === "glob" ? 1 : 0]), name);
    } else if (name === "format" && isConstant(node.args[0])) {
      // A constant format text fails the same way whatever the other arguments hold ('{1}' with
      // one argument, '{0'): format it with empty ones.
      const text = constant(node.args[0]);
      wellKnownFunctions.format?.call(text, ...node.args.slice(1).map(() => new data.StringData("")));
    }
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    const reason = `${error instanceof Error ? error.message : String(error)}${cause}`;
    throw new ConditionError(`calls ${node.functionName.lexeme}() with arguments it cannot use: ${reason}`, offset);
  }
}

function isConstant(node: Expr | undefined): boolean {
  if (node === undefined || node instanceof ContextAccess) return false;
  if (node instanceof Literal) return true;
  if (node instanceof FunctionCall) return node.functionName.lexeme.toLowerCase() !== "changed" && node.args.every(isConstant);
  if (node instanceof Binary) return isConstant(node.left) && isConstant(node.right);
  if (node instanceof Logical) return node.args.every(isConstant);
  if (node instanceof Unary) return isConstant(node.expr);
  if (node instanceof Grouping) return isConstant(node.group);
  return false;
}

function constant(node: Expr | undefined): data.ExpressionData {
  loadTimeBudget.reset();
  return new BoundedEvaluator(node as Expr, new data.Dictionary(), loadTimeFunctions).evaluate();
}

/** `event.payload.tag`, `github.event.commits.*.added`, `env['X']`; undefined when not a path. */
export function pathText(node: Expr): string | undefined {
  if (node instanceof ContextAccess) return node.name.lexeme;
  if (!(node instanceof IndexAccess)) return undefined;
  const base = pathText(node.expr);
  if (base === undefined) return undefined;
  const index = node.index;
  if (index instanceof Star) return `${base}.*`;
  if (index instanceof Literal) {
    if (index.token.type === TokenType.IDENTIFIER) return `${base}.${index.token.lexeme}`;
    if (index.literal.kind === data.Kind.String) return `${base}['${index.literal.coerceString()}']`;
    return `${base}[${index.literal.coerceString()}]`;
  }
  const inner = pathText(index);
  return `${base}[${inner ?? "…"}]`;
}

function offsetOf(expression: string, pos: { line: number; column: number }): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const next = expression.indexOf("\n", offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return Math.min(expression.length, offset + pos.column);
}

function quote(text: string): string {
  return `'${clipText(text, 40, "...")}'`;
}

/** For an expression whose parentheses or brackets do not pair up: which one, and what to add. */
function bracketHint(tokens: readonly Token[], expression: string, errorOffset: number): string {
  const pairs = [
    [TokenType.LEFT_PAREN, TokenType.RIGHT_PAREN, "(", ")"],
    [TokenType.LEFT_BRACKET, TokenType.RIGHT_BRACKET, "[", "]"],
  ] as const;
  for (const [open, close, openText, closeText] of pairs) {
    const opened: Token[] = [];
    for (const token of tokens) {
      if (token.type === open) opened.push(token);
      else if (token.type === close && opened.pop() === undefined) {
        const at = offsetOf(expression, token.range.start);
        return at === errorOffset ? `; no ${openText} before it opens it` : `; the ${closeText} at character ${at + 1} has no ${openText} before it`;
      }
    }
    const unclosed = opened[opened.length - 1];
    if (unclosed) return `; the ${openText} at character ${offsetOf(expression, unclosed.range.start) + 1} is not closed: add a ${closeText}`;
  }
  return "";
}

/** How many arguments a function takes: `2`, `1 or 2`, `at least 1`. */
function arity(name: string): string {
  const lower = name.toLowerCase();
  const info = wellKnownFunctions[lower] ?? CUSTOM_FUNCTIONS.find((each) => each.name === lower);
  if (!info) return "another number of arguments";
  const { minArgs: min, maxArgs: max } = info;
  const noun = (count: number) => `${count} argument${count === 1 ? "" : "s"}`;
  if (min === max) return noun(min);
  if (max >= 255) return `at least ${noun(min)}`;
  return max === min + 1 ? `${min} or ${noun(max)}` : `${min} to ${noun(max)}`;
}
