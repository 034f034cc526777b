// @bun
import {
  Literal,
  Unary,
  FunctionCall,
  Binary,
  Logical,
  Grouping,
  ContextAccess,
  IndexAccess,
  Star,
  Kind,
  Dictionary,
  TokenType,
  Lexer,
  ExpressionError,
  Evaluator,
  FeatureFlags,
  Parser,
  CUSTOM_FUNCTIONS,
  customFunctions,
  checkRange,
  patternText
} from "./main-c2b2901e.js";
import {
  GITHUB_CONTEXT_KEYS,
  unwrapCondition
} from "./main-705341a3.js";

// src/flows/condition-compile.ts
var CONDITION_CONTEXTS = ["event", "github", "flow", "env"];
var CONTEXT_KEYS = {
  event: ["id", "type", "source", "occurredAt", "receivedAt", "payload"],
  flow: ["name", "version", "config"],
  github: GITHUB_CONTEXT_KEYS
};
var FUNCTIONS_HELP = "contains, startsWith, endsWith, format, join, toJSON and fromJSON (as in workflows), and semver, glob and changed (flows)";

class ConditionError extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
}
function compileCondition(text) {
  const unwrapped = unwrapCondition(text);
  if ("error" in unwrapped)
    return { ok: false, message: unwrapped.error, offset: unwrapped.offset };
  const { expression, offset: base } = unwrapped;
  if (expression === "") {
    return { ok: false, message: `is empty; write a condition such as "startsWith(event.payload.tag, 'v')", or remove it`, offset: 0 };
  }
  try {
    const tree = parse(expression);
    const paths = new Map;
    const state = { usesChanged: false };
    check(tree, expression, paths, state);
    return { ok: true, expression, tree, paths, usesChanged: state.usesChanged };
  } catch (error) {
    if (error instanceof ConditionError)
      return { ok: false, message: error.message, offset: base + error.offset };
    throw error;
  }
}
function parse(expression) {
  let tokens;
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
    if (!(error instanceof ExpressionError))
      throw error;
    const offset = offsetOf(expression, error.pos);
    const [kind = "", rest = ""] = error.message.split(/: '(.*)'$/s);
    const at = `at character ${offset + 1}`;
    if (kind === "Unrecognized named-value") {
      throw new ConditionError(`reads ${quote(rest)}, which is not a context; a condition can read event, github, flow and env`, offset);
    }
    if (kind === "Unrecognized function") {
      throw new ConditionError(`calls ${rest}(), which conditions do not have; they have ${FUNCTIONS_HELP}`, offset);
    }
    if (kind.startsWith("Too few") || kind.startsWith("Too many")) {
      throw new ConditionError(`calls ${rest}() with ${kind.startsWith("Too few") ? "too few" : "too many"} arguments ${at}`, offset);
    }
    const what = kind === "Unexpected end of expression" ? "ends too early" : `has an unexpected ${quote(rest)}`;
    throw new ConditionError(`is not a valid expression: it ${what} ${at}`, offset);
  }
}
function check(node, expression, paths, state, chained = false) {
  const text = pathText(node);
  if (text !== undefined && !chained)
    paths.set(node, text);
  if (node instanceof IndexAccess) {
    checkProperty(node, expression);
    check(node.expr, expression, paths, state, true);
    if (!(node.index instanceof Star))
      check(node.index, expression, paths, state);
  } else if (node instanceof FunctionCall) {
    for (const arg of node.args)
      check(arg, expression, paths, state);
    checkCall(node, expression, state);
  } else if (node instanceof Binary) {
    check(node.left, expression, paths, state);
    check(node.right, expression, paths, state);
  } else if (node instanceof Logical) {
    for (const arg of node.args)
      check(arg, expression, paths, state);
  } else if (node instanceof Unary) {
    check(node.expr, expression, paths, state);
  } else if (node instanceof Grouping) {
    check(node.group, expression, paths, state);
  }
}
function checkProperty(node, expression) {
  if (!(node.expr instanceof ContextAccess) || !(node.index instanceof Literal))
    return;
  const context = node.expr.name.lexeme.toLowerCase();
  const known = CONTEXT_KEYS[context];
  const key = node.index.literal.kind === Kind.String ? node.index.literal.coerceString() : undefined;
  if (!known || key === undefined || known.some((each) => each.toLowerCase() === key.toLowerCase()))
    return;
  throw new ConditionError(`reads ${context}.${key}, which ${context} does not have; it has ${known.join(", ")}`, offsetOf(expression, node.index.token.range.start));
}
var caseEnabled = new FeatureFlags().isEnabled("allowCaseFunction");
var loadTimeFunctions = customFunctions(() => ({ files: [] }));
function checkCall(node, expression, state) {
  const name = node.functionName.lexeme.toLowerCase();
  const offset = offsetOf(expression, node.functionName.range.start);
  if (name === "case" && !caseEnabled) {
    throw new ConditionError(`calls case(), which GitHub has not enabled in workflows; conditions have ${FUNCTIONS_HELP}`, offset);
  }
  if (name === "changed")
    state.usesChanged = true;
  try {
    if (node.args.every(isConstant) && name !== "changed") {
      new Evaluator(node, new Dictionary, loadTimeFunctions).evaluate();
    } else if (name === "semver" && isConstant(node.args[1])) {
      checkRange(constant(node.args[1]));
    } else if (name === "glob" && isConstant(node.args[1]) || name === "changed" && isConstant(node.args[0])) {
      patternText(constant(node.args[name === "glob" ? 1 : 0]), name);
    }
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    const reason = `${error instanceof Error ? error.message : String(error)}${cause}`;
    throw new ConditionError(`calls ${node.functionName.lexeme}() with arguments it cannot use: ${reason}`, offset);
  }
}
function isConstant(node) {
  if (node === undefined || node instanceof ContextAccess)
    return false;
  if (node instanceof Literal)
    return true;
  if (node instanceof FunctionCall)
    return node.functionName.lexeme.toLowerCase() !== "changed" && node.args.every(isConstant);
  if (node instanceof Binary)
    return isConstant(node.left) && isConstant(node.right);
  if (node instanceof Logical)
    return node.args.every(isConstant);
  if (node instanceof Unary)
    return isConstant(node.expr);
  if (node instanceof Grouping)
    return isConstant(node.group);
  return false;
}
function constant(node) {
  return new Evaluator(node, new Dictionary, loadTimeFunctions).evaluate();
}
function pathText(node) {
  if (node instanceof ContextAccess)
    return node.name.lexeme;
  if (!(node instanceof IndexAccess))
    return;
  const base = pathText(node.expr);
  if (base === undefined)
    return;
  const index = node.index;
  if (index instanceof Star)
    return `${base}.*`;
  if (index instanceof Literal) {
    if (index.token.type === TokenType.IDENTIFIER)
      return `${base}.${index.token.lexeme}`;
    if (index.literal.kind === Kind.String)
      return `${base}['${index.literal.coerceString()}']`;
    return `${base}[${index.literal.coerceString()}]`;
  }
  const inner = pathText(index);
  return `${base}[${inner ?? "\u2026"}]`;
}
function offsetOf(expression, pos) {
  let offset = 0;
  for (let line = 0;line < pos.line; line++) {
    const next = expression.indexOf(`
`, offset);
    if (next < 0)
      break;
    offset = next + 1;
  }
  return Math.min(expression.length, offset + pos.column);
}
function quote(text) {
  return `'${text.length > 40 ? `${text.slice(0, 37)}...` : text}'`;
}
function hint(symbol) {
  if (symbol === undefined)
    return "";
  if (symbol.startsWith("=") && !symbol.startsWith("=="))
    return "; compare with ==";
  if (symbol.startsWith("&") || symbol.startsWith("|"))
    return "; write && and || for and/or";
  if (symbol.startsWith('"'))
    return "; strings in expressions use single quotes";
  return "";
}
export {
  compileCondition
};
