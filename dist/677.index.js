export const id = 677;
export const ids = [677];
export const modules = {

/***/ 66677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileCondition: () => (/* binding */ compileCondition)
/* harmony export */ });
/* unused harmony exports CONDITION_CONTEXTS, pathText */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89356);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12049);
/* harmony import */ var _actions_expressions_funcs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30111);
/* harmony import */ var _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12083);
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19860);
/* harmony import */ var _condition_functions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52069);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75270);
// Compiles a condition with GitHub's own lexer and parser (@actions/expressions), then checks
// what a workflow editor would flag before the condition ever runs: unknown contexts and
// functions, wrong argument counts, properties the flow contexts do not have, and constant
// arguments a function cannot use (a bad glob, semver range or JSON text).







const CONDITION_CONTEXTS = ["event", "github", "flow", "env"];
/** First-level properties of the contexts whose shape flows-action defines. */
const CONTEXT_KEYS = {
    event: ["id", "type", "source", "occurredAt", "receivedAt", "payload"],
    flow: ["name", "version", "config"],
    github: _condition_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_CONTEXT_KEYS */ .Ls,
};
const FUNCTIONS_HELP = "contains, startsWith, endsWith, format, join, toJSON and fromJSON (as in workflows), and semver, glob and changed (flows)";
class ConditionError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function compileCondition(text) {
    const unwrapped = (0,_condition_js__WEBPACK_IMPORTED_MODULE_4__/* .unwrapCondition */ .f6)(text);
    if ("error" in unwrapped)
        return { ok: false, message: unwrapped.error, offset: unwrapped.offset };
    const { expression, offset: base } = unwrapped;
    if (expression === "") {
        return { ok: false, message: "is empty; write a condition such as \"startsWith(event.payload.tag, 'v')\", or remove it", offset: 0 };
    }
    try {
        const tree = parse(expression);
        const paths = new Map();
        const state = { usesChanged: false };
        check(tree, expression, paths, state);
        return { ok: true, expression, tree, paths, usesChanged: state.usesChanged };
    }
    catch (error) {
        if (error instanceof ConditionError)
            return { ok: false, message: error.message, offset: base + error.offset };
        throw error;
    }
}
function parse(expression) {
    let tokens;
    try {
        tokens = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(expression).lex().tokens;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (message === "ErrorExceededMaxLength") {
            throw new ConditionError("is longer than GitHub's limit of 21,000 characters for an expression; shorten it", 0);
        }
        const found = /^Unexpected symbol: '(.*)'\. Located at position (\d+)/s.exec(message);
        const offset = found ? Number(found[2]) - 1 : 0;
        throw new ConditionError(`is not a valid expression: unexpected ${quote(found?.[1] ?? message)} at character ${offset + 1}${hint(found?.[1])}`, offset);
    }
    try {
        return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(tokens, [...CONDITION_CONTEXTS], [..._condition_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .CUSTOM_FUNCTIONS */ .Et]).parse();
    }
    catch (error) {
        if (!(error instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .ExpressionError */ .tj))
            throw error;
        const offset = offsetOf(expression, error.pos);
        const [kind = "", rest = ""] = error.message.split(/: '(.*)'$/s);
        const at = `at character ${offset + 1}`;
        if (kind === "Unrecognized named-value") {
            throw new ConditionError(`reads ${quote(rest)}, which is not a context; a condition can read event, github, flow and env${wordHint(rest)}`, offset);
        }
        if (kind === "Unrecognized function") {
            throw new ConditionError(`calls ${rest}(), which conditions do not have; they have ${FUNCTIONS_HELP}`, offset);
        }
        if (kind.startsWith("Too few") || kind.startsWith("Too many")) {
            const few = kind.startsWith("Too few");
            throw new ConditionError(`calls ${rest}() with ${few ? "too few" : "too many"} arguments ${at}; ${rest}() takes ${arity(rest)}`, offset);
        }
        const what = kind === "Unexpected end of expression" ? "ends too early" : `has an unexpected ${quote(rest)}`;
        throw new ConditionError(`is not a valid expression: it ${what} ${at}${wordHint(rest)}`, offset);
    }
}
/** Walks the tree: collects context paths and rejects what cannot work. */
function check(node, expression, paths, state, chained = false) {
    const text = pathText(node);
    if (text !== undefined && !chained)
        paths.set(node, text);
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_) {
        checkProperty(node, expression);
        check(node.expr, expression, paths, state, true);
        if (!(node.index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Star */ .FE))
            check(node.index, expression, paths, state);
    }
    else if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6) {
        // Arguments first: a bad fromJSON() inside contains() is reported at fromJSON.
        for (const arg of node.args)
            check(arg, expression, paths, state);
        checkCall(node, expression, state);
    }
    else if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Binary */ .yI) {
        check(node.left, expression, paths, state);
        check(node.right, expression, paths, state);
    }
    else if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD) {
        for (const arg of node.args)
            check(arg, expression, paths, state);
    }
    else if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Unary */ ._c) {
        check(node.expr, expression, paths, state);
    }
    else if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU) {
        check(node.group, expression, paths, state);
    }
}
/** `flow.nmae` is a typo, not a null: the flow contexts have fixed first-level properties. */
function checkProperty(node, expression) {
    if (!(node.expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC) || !(node.index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS))
        return;
    const context = node.expr.name.lexeme.toLowerCase();
    const known = CONTEXT_KEYS[context];
    const key = node.index.literal.kind === _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.String ? node.index.literal.coerceString() : undefined;
    if (!known || key === undefined || known.some((each) => each.toLowerCase() === key.toLowerCase()))
        return;
    throw new ConditionError(`reads ${context}.${key}, which ${context} does not have; it has ${known.join(", ")}`, offsetOf(expression, node.index.token.range.start));
}
const caseEnabled = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .FeatureFlags */ .gH().isEnabled("allowCaseFunction");
// Constant arguments are checked with the real functions; changed() never runs at load.
const loadTimeFunctions = (0,_condition_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .customFunctions */ .vo)(() => ({ files: [] }));
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
            new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Evaluator */ .oi(node, new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT(), loadTimeFunctions).evaluate();
        }
        else if (name === "semver" && isConstant(node.args[1])) {
            (0,_condition_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRange */ .cd)(constant(node.args[1]));
        }
        else if ((name === "glob" && isConstant(node.args[1])) || (name === "changed" && isConstant(node.args[0]))) {
            (0,_condition_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .patternText */ .U)(constant(node.args[name === "glob" ? 1 : 0]), name);
        }
    }
    catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
        const reason = `${error instanceof Error ? error.message : String(error)}${cause}`;
        throw new ConditionError(`calls ${node.functionName.lexeme}() with arguments it cannot use: ${reason}`, offset);
    }
}
function isConstant(node) {
    if (node === undefined || node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC)
        return false;
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS)
        return true;
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6)
        return node.functionName.lexeme.toLowerCase() !== "changed" && node.args.every(isConstant);
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Binary */ .yI)
        return isConstant(node.left) && isConstant(node.right);
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD)
        return node.args.every(isConstant);
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Unary */ ._c)
        return isConstant(node.expr);
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU)
        return isConstant(node.group);
    return false;
}
function constant(node) {
    return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Evaluator */ .oi(node, new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT(), loadTimeFunctions).evaluate();
}
/** `event.payload.tag`, `github.event.commits.*.added`, `env['X']`; undefined when not a path. */
function pathText(node) {
    if (node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC)
        return node.name.lexeme;
    if (!(node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_))
        return undefined;
    const base = pathText(node.expr);
    if (base === undefined)
        return undefined;
    const index = node.index;
    if (index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Star */ .FE)
        return `${base}.*`;
    if (index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS) {
        if (index.token.type === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_3__/* .TokenType */ .ks.IDENTIFIER)
            return `${base}.${index.token.lexeme}`;
        if (index.literal.kind === _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.String)
            return `${base}['${index.literal.coerceString()}']`;
        return `${base}[${index.literal.coerceString()}]`;
    }
    const inner = pathText(index);
    return `${base}[${inner ?? "…"}]`;
}
function offsetOf(expression, pos) {
    let offset = 0;
    for (let line = 0; line < pos.line; line++) {
        const next = expression.indexOf("\n", offset);
        if (next < 0)
            break;
        offset = next + 1;
    }
    return Math.min(expression.length, offset + pos.column);
}
function quote(text) {
    return `'${(0,_text_cut_js__WEBPACK_IMPORTED_MODULE_6__/* .clipText */ .gL)(text, 40, "...")}'`;
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
    if (symbol.startsWith("'"))
        return "; the string is not closed: add the closing '";
    return "";
}
/** Words other languages use where expressions have operators or lower-case literals. */
function wordHint(word) {
    const lower = word.toLowerCase();
    if (lower === "and" || lower === "or")
        return "; write && and || for and/or";
    if (lower === "not")
        return "; write ! for not";
    if (["true", "false", "null"].includes(lower) && word !== lower)
        return `; write ${lower} in lower case`;
    if (lower === "none" || lower === "nil" || lower === "undefined")
        return "; write null";
    return "";
}
/** How many arguments a function takes: `2`, `1 or 2`, `at least 1`. */
function arity(name) {
    const lower = name.toLowerCase();
    const info = _actions_expressions_funcs__WEBPACK_IMPORTED_MODULE_2__/* .wellKnownFunctions */ .j[lower] ?? _condition_functions_js__WEBPACK_IMPORTED_MODULE_5__/* .CUSTOM_FUNCTIONS */ .Et.find((each) => each.name === lower);
    if (!info)
        return "another number of arguments";
    const { minArgs: min, maxArgs: max } = info;
    const noun = (count) => `${count} argument${count === 1 ? "" : "s"}`;
    if (min === max)
        return noun(min);
    if (max >= 255)
        return `at least ${noun(min)}`;
    return max === min + 1 ? `${min} or ${noun(max)}` : `${min} to ${noun(max)}`;
}


/***/ }),

/***/ 52069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ CUSTOM_FUNCTIONS),
/* harmony export */   U: () => (/* binding */ patternText),
/* harmony export */   cd: () => (/* binding */ checkRange),
/* harmony export */   vo: () => (/* binding */ customFunctions)
/* harmony export */ });
/* unused harmony export satisfies */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89356);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62088);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42184);
// The functions flows add to GitHub's expression language (workflows lack them):
// semver(version, range), glob(value, pattern), changed(pattern). docs/conditions.md.



const CUSTOM_FUNCTIONS = [
    { name: "semver", minArgs: 2, maxArgs: 2, description: "`semver(version, range)`: whether the version satisfies the npm-style range" },
    { name: "glob", minArgs: 2, maxArgs: 2, description: "`glob(value, pattern)`: whether the text (or any item of an array) matches the glob" },
    { name: "changed", minArgs: 1, maxArgs: 1, description: "`changed(pattern)`: whether a file the push or pull request touched matches the glob" },
];
/** The custom functions for one event; `changed` reads that event's files. */
function customFunctions(changed) {
    const definitions = [
        { ...info("semver"), call: (version, range) => new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo(satisfies(version, range)) },
        { ...info("glob"), call: (value, pattern) => new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo(globAny(value, pattern)) },
        {
            ...info("changed"),
            call: (pattern) => {
                const glob = patternText(pattern, "changed");
                const files = changed();
                if ("unknown" in files)
                    throw new Error(files.unknown);
                const found = files.files.some((file) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatches */ .mw)(glob, file));
                if (!found && files.incomplete !== undefined)
                    throw new Error(files.incomplete);
                return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo(found);
            },
        },
    ];
    return new Map(definitions.map((definition) => [definition.name, definition]));
}
function info(name) {
    return CUSTOM_FUNCTIONS.find((each) => each.name === name);
}
// The first x.y.z[-prerelease][+build] in a text: tags carry prefixes (`v1.2.3`, `rust-v1.2.3`).
const VERSION_IN_TEXT = /(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?/;
const ranges = new Map();
/**
 * semver: the version is the first x.y.z in the text (`rust-v1.2.3` → 1.2.3, prerelease kept),
 * else what semver.coerce finds (`v1.2` → 1.2.0); npm's rules decide (a prerelease satisfies
 * only a range that names a prerelease of the same x.y.z). No version in the text: false.
 */
function satisfies(version, range) {
    const parsedRange = checkRange(range);
    if (!version?.primitive)
        return false;
    const text = version.coerceString();
    const found = VERSION_IN_TEXT.exec(text)?.[0];
    let parsed = null;
    if (found !== undefined) {
        // Parsing a version that is not valid throws inside semver; a pre-check keeps that rare.
        parsed = semver__WEBPACK_IMPORTED_MODULE_1__.parse(found);
    }
    parsed ??= semver__WEBPACK_IMPORTED_MODULE_1__.coerce(text, { includePrerelease: true });
    return parsed !== null && parsedRange.test(parsed);
}
/** The range, parsed once per text; throws when it is not a range (a type error in the condition). */
function checkRange(range) {
    if (!range?.primitive)
        throw new Error("semver() needs a range as its second argument, e.g. '>=1.2.0 <2'");
    const text = range.coerceString();
    let parsed = ranges.get(text);
    if (!parsed) {
        if (semver__WEBPACK_IMPORTED_MODULE_1__.validRange(text) === null) {
            throw new Error(`semver() range '${text}' is not a valid range; write e.g. '>=1.2.0 <2', '^1.4' or '1.x'`);
        }
        parsed = new semver__WEBPACK_IMPORTED_MODULE_1__.Range(text);
        if (ranges.size >= 1000)
            ranges.clear();
        ranges.set(text, parsed);
    }
    return parsed;
}
function globAny(value, pattern) {
    const glob = patternText(pattern, "glob");
    if (!value)
        return false;
    if (value.kind === _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.Array) {
        return value.values().some((item) => item.primitive && (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatches */ .mw)(glob, item.coerceString()));
    }
    return value.primitive && (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatches */ .mw)(glob, value.coerceString());
}
/** A glob argument as text; throws when it is not text or not a valid glob. */
function patternText(pattern, name) {
    if (!pattern?.primitive || pattern.kind === _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.Null) {
        throw new Error(`${name}() needs a glob pattern (a string such as 'rust-v*') as its ${name === "changed" ? "" : "second "}argument`);
    }
    const text = pattern.coerceString();
    (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globToRegExp */ .tL)(text);
    return text;
}


/***/ })

};
