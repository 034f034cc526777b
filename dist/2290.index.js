export const id = 2290;
export const ids = [2290];
export const modules = {

/***/ 62290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compileCondition: () => (/* binding */ compileCondition)
});

// UNUSED EXPORTS: CONDITION_CONTEXTS, pathText

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 7 modules
var dist = __webpack_require__(89356);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/funcs.js + 8 modules
var funcs = __webpack_require__(30111);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __webpack_require__(12083);
// EXTERNAL MODULE: ./.build/flows/condition.js + 1 modules
var condition = __webpack_require__(19860);
// EXTERNAL MODULE: ./.build/flows/condition-functions.js
var condition_functions = __webpack_require__(52069);
// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __webpack_require__(31363);
;// CONCATENATED MODULE: ./.build/flows/condition-hints.js

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
const WORKFLOW_CONTEXTS = ["secrets", "vars", "inputs", "needs", "steps", "job", "jobs", "runner", "strategy", "matrix"];
const FIELDS_OF = {
    payload: "event.payload",
    id: "event.id",
    type: "event.type",
    source: "event.source",
    config: "flow.config",
};
const CONTEXTS = ["event", "github", "flow", "env"];
function contextHint(name) {
    const lower = name.toLowerCase();
    const field = FIELDS_OF[lower];
    if (field !== undefined)
        return `. ${name} is read through its context: write ${field}`;
    const near = (0,did_you_mean/* closest */.k)(name, CONTEXTS);
    if (near !== undefined)
        return `. Did you mean ${near}? Write ${near} in its place`;
    if (!WORKFLOW_CONTEXTS.includes(lower))
        return "";
    return `. ${name} is a workflow context, which a trigger (checked outside any job) does not have: read settings from flow.config (the [config] table of flow.toml) or env`;
}
function workflowFunctionHint(name) {
    const lower = name.toLowerCase();
    if (["success", "failure", "always", "cancelled"].includes(lower)) {
        return `. ${name}() is about a job's earlier steps, and a trigger is checked before any step runs: leave it out`;
    }
    if (lower === "hashfiles")
        return ". hashFiles() reads the job's checkout, which a trigger does not have; changed('pattern') tells whether a push or pull request touched matching files";
    return "";
}
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

// EXTERNAL MODULE: ./.build/flows/condition-limits.js + 1 modules
var condition_limits = __webpack_require__(92691);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
;// CONCATENATED MODULE: ./.build/flows/condition-compile.js









const CONDITION_CONTEXTS = ["event", "github", "flow", "env"];
const CONTEXT_KEYS = {
    event: ["id", "type", "source", "occurredAt", "receivedAt", "payload"],
    flow: ["name", "version", "config"],
    github: condition/* GITHUB_CONTEXT_KEYS */.Ls,
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
    const unwrapped = (0,condition/* unwrapCondition */.f6)(text);
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
        tokens = new dist/* Lexer */.JG(expression).lex().tokens;
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
        return new dist/* Parser */.iX(tokens, [...CONDITION_CONTEXTS], [...condition_functions/* CUSTOM_FUNCTIONS */.Et]).parse();
    }
    catch (error) {
        if (!(error instanceof dist/* ExpressionError */.tj))
            throw error;
        const [kind = "", rest = ""] = error.message.split(/: '(.*)'$/s);
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
            throw new ConditionError(`nests parentheses, operators or function calls more than 50 levels deep ${at} (GitHub's limit for an expression); write it with less nesting`, offset);
        }
        const what = atEnd ? "ends too early" : `has an unexpected ${quote(rest)}`;
        throw new ConditionError(`is not a valid expression: it ${what} ${at}${wordHint(rest) || bracketHint(tokens, expression, offset)}`, offset);
    }
}
function check(node, expression, paths, state, chained = false) {
    const text = pathText(node);
    if (text !== undefined && !chained)
        paths.set(node, text);
    if (node instanceof ast/* IndexAccess */.p_) {
        checkProperty(node, expression);
        check(node.expr, expression, paths, state, true);
        if (!(node.index instanceof ast/* Star */.FE))
            check(node.index, expression, paths, state);
    }
    else if (node instanceof ast/* FunctionCall */.R6) {
        for (const arg of node.args)
            check(arg, expression, paths, state);
        checkCall(node, expression, state);
    }
    else if (node instanceof ast/* Binary */.yI) {
        check(node.left, expression, paths, state);
        check(node.right, expression, paths, state);
    }
    else if (node instanceof ast/* Logical */.oD) {
        for (const arg of node.args)
            check(arg, expression, paths, state);
    }
    else if (node instanceof ast/* Unary */._c) {
        check(node.expr, expression, paths, state);
    }
    else if (node instanceof ast/* Grouping */.aU) {
        check(node.group, expression, paths, state);
    }
}
function checkProperty(node, expression) {
    if (!(node.expr instanceof ast/* ContextAccess */.QC) || !(node.index instanceof ast/* Literal */.uS))
        return;
    const context = node.expr.name.lexeme.toLowerCase();
    const known = CONTEXT_KEYS[context];
    const key = node.index.literal.kind === dist/* data.Kind */.p.b8.String ? node.index.literal.coerceString() : undefined;
    if (!known || key === undefined || known.some((each) => each.toLowerCase() === key.toLowerCase()))
        return;
    throw new ConditionError(`reads ${context}.${key}, which ${context} does not have; it has ${known.join(", ")}`, offsetOf(expression, node.index.token.range.start));
}
const caseEnabled = new dist/* FeatureFlags */.gH().isEnabled("allowCaseFunction");
const loadTimeBudget = new condition_limits/* TextBudget */.Ho();
const loadTimeFunctions = (0,condition_functions/* customFunctions */.vo)(() => ({ files: [] }), loadTimeBudget);
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
            constant(node);
        }
        else if (name === "semver" && isConstant(node.args[1])) {
            (0,condition_functions/* checkRange */.cd)(constant(node.args[1]));
        }
        else if ((name === "glob" && isConstant(node.args[1])) || (name === "changed" && isConstant(node.args[0]))) {
            (0,condition_functions/* patternText */.U)(constant(node.args[name === "glob" ? 1 : 0]), name);
        }
        else if (name === "format" && isConstant(node.args[0])) {
            const text = constant(node.args[0]);
            funcs/* wellKnownFunctions */.j.format?.call(text, ...node.args.slice(1).map(() => new dist/* data.StringData */.p.uQ("")));
        }
    }
    catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
        const reason = `${error instanceof Error ? error.message : String(error)}${cause}`;
        throw new ConditionError(`calls ${node.functionName.lexeme}() with arguments it cannot use: ${reason}`, offset);
    }
}
function isConstant(node) {
    if (node === undefined || node instanceof ast/* ContextAccess */.QC)
        return false;
    if (node instanceof ast/* Literal */.uS)
        return true;
    if (node instanceof ast/* FunctionCall */.R6)
        return node.functionName.lexeme.toLowerCase() !== "changed" && node.args.every(isConstant);
    if (node instanceof ast/* Binary */.yI)
        return isConstant(node.left) && isConstant(node.right);
    if (node instanceof ast/* Logical */.oD)
        return node.args.every(isConstant);
    if (node instanceof ast/* Unary */._c)
        return isConstant(node.expr);
    if (node instanceof ast/* Grouping */.aU)
        return isConstant(node.group);
    return false;
}
function constant(node) {
    loadTimeBudget.reset();
    return new condition_limits/* BoundedEvaluator */.Z9(node, new dist/* data.Dictionary */.p.bT(), loadTimeFunctions).evaluate();
}
function pathText(node) {
    if (node instanceof ast/* ContextAccess */.QC)
        return node.name.lexeme;
    if (!(node instanceof ast/* IndexAccess */.p_))
        return undefined;
    const base = pathText(node.expr);
    if (base === undefined)
        return undefined;
    const index = node.index;
    if (index instanceof ast/* Star */.FE)
        return `${base}.*`;
    if (index instanceof ast/* Literal */.uS) {
        if (index.token.type === lexer/* TokenType */.ks.IDENTIFIER)
            return `${base}.${index.token.lexeme}`;
        if (index.literal.kind === dist/* data.Kind */.p.b8.String)
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
    return `'${(0,text_cut/* clipText */.gL)(text, 40, "...")}'`;
}
function bracketHint(tokens, expression, errorOffset) {
    const pairs = [
        [lexer/* TokenType */.ks.LEFT_PAREN, lexer/* TokenType */.ks.RIGHT_PAREN, "(", ")"],
        [lexer/* TokenType */.ks.LEFT_BRACKET, lexer/* TokenType */.ks.RIGHT_BRACKET, "[", "]"],
    ];
    for (const [open, close, openText, closeText] of pairs) {
        const opened = [];
        for (const token of tokens) {
            if (token.type === open)
                opened.push(token);
            else if (token.type === close && opened.pop() === undefined) {
                const at = offsetOf(expression, token.range.start);
                return at === errorOffset ? `; no ${openText} before it opens it` : `; the ${closeText} at character ${at + 1} has no ${openText} before it`;
            }
        }
        const unclosed = opened[opened.length - 1];
        if (unclosed)
            return `; the ${openText} at character ${offsetOf(expression, unclosed.range.start) + 1} is not closed: add a ${closeText}`;
    }
    return "";
}
function arity(name) {
    const lower = name.toLowerCase();
    const info = funcs/* wellKnownFunctions */.j[lower] ?? condition_functions/* CUSTOM_FUNCTIONS */.Et.find((each) => each.name === lower);
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
/* harmony import */ var _condition_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92691);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42184);




const CUSTOM_FUNCTIONS = [
    { name: "semver", minArgs: 2, maxArgs: 2, description: "`semver(version, range)`: whether the version satisfies the npm-style range" },
    { name: "glob", minArgs: 2, maxArgs: 2, description: "`glob(value, pattern)`: whether the text (or any item of an array) matches the glob" },
    { name: "changed", minArgs: 1, maxArgs: 1, description: "`changed(pattern)`: whether a file the push or pull request touched matches the glob" },
];
function customFunctions(changed, budget) {
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
                const found = files.files.some((file) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatches */ .mw)(glob, file));
                if (!found && files.incomplete !== undefined)
                    throw new Error(files.incomplete);
                return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo(found);
            },
        },
        ...(0,_condition_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedTextFunctions */ .qP)(budget),
    ];
    return new Map(definitions.map((definition) => [definition.name, definition]));
}
function info(name) {
    return CUSTOM_FUNCTIONS.find((each) => each.name === name);
}
const VERSION_IN_TEXT = /(?<!\d)(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+){0,128})?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+){0,128})?/;
const COERCE_OVERFLOW_CHARS = 1_000_000;
const ranges = new Map();
function satisfies(version, range) {
    const parsedRange = checkRange(range);
    if (!version?.primitive)
        return false;
    const text = version.coerceString();
    const found = VERSION_IN_TEXT.exec(text)?.[0];
    let parsed = null;
    if (found !== undefined) {
        parsed = semver__WEBPACK_IMPORTED_MODULE_1__.parse(found);
    }
    parsed ??= coerced(text);
    return parsed !== null && parsedRange.test(parsed);
}
function coerced(text) {
    try {
        return semver__WEBPACK_IMPORTED_MODULE_1__.coerce(text, { includePrerelease: true });
    }
    catch (error) {
        if (error instanceof RangeError && text.length >= COERCE_OVERFLOW_CHARS)
            return null;
        throw error;
    }
}
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
        return value.values().some((item) => item.primitive && (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatches */ .mw)(glob, item.coerceString()));
    }
    return value.primitive && (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatches */ .mw)(glob, value.coerceString());
}
function patternText(pattern, name) {
    if (!pattern?.primitive || pattern.kind === _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.Null) {
        throw new Error(`${name}() needs a glob pattern (a string such as 'rust-v*') as its ${name === "changed" ? "" : "second "}argument`);
    }
    const text = pattern.coerceString();
    (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .tL)(text);
    return text;
}


/***/ }),

/***/ 92691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ BoundedEvaluator),
  Ho: () => (/* binding */ TextBudget),
  qP: () => (/* binding */ boundedTextFunctions)
});

// UNUSED EXPORTS: EVALUATION_MS, TEXT_BUDGET, jsonLength

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 7 modules
var dist = __webpack_require__(89356);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/funcs.js + 8 modules
var funcs = __webpack_require__(30111);
;// CONCATENATED MODULE: ./.build/flows/text-search.js
const NATIVE_NEEDLE_MAX = 200;
function includesLinear(text, needle) {
    if (needle.length <= NATIVE_NEEDLE_MAX || needle.length > text.length)
        return text.includes(needle);
    return twoWayIndex(text, needle) >= 0;
}
function maximalSuffix(x, reverse) {
    const m = x.length;
    let start = -1;
    let j = 0;
    let k = 1;
    let period = 1;
    while (j + k < m) {
        const a = x.charCodeAt(j + k);
        const b = x.charCodeAt(start + k);
        if (reverse ? a > b : a < b) {
            j += k;
            k = 1;
            period = j - start;
        }
        else if (a === b) {
            if (k === period) {
                j += period;
                k = 1;
            }
            else {
                k++;
            }
        }
        else {
            start = j;
            j = start + 1;
            k = 1;
            period = 1;
        }
    }
    return [start, period];
}
function twoWayIndex(y, x) {
    const m = x.length;
    const n = y.length;
    const [i1, p1] = maximalSuffix(x, false);
    const [i2, p2] = maximalSuffix(x, true);
    const ell = Math.max(i1, i2);
    let period = i1 > i2 ? p1 : p2;
    if (x.slice(0, ell + 1) === x.slice(period, period + ell + 1)) {
        let j = 0;
        let memory = -1;
        while (j <= n - m) {
            let i = Math.max(ell, memory) + 1;
            while (i < m && x.charCodeAt(i) === y.charCodeAt(i + j))
                i++;
            if (i >= m) {
                i = ell;
                while (i > memory && x.charCodeAt(i) === y.charCodeAt(i + j))
                    i--;
                if (i <= memory)
                    return j;
                j += period;
                memory = m - period - 1;
            }
            else {
                j += i - ell;
                memory = -1;
            }
        }
        return -1;
    }
    period = Math.max(ell + 1, m - ell - 1) + 1;
    let j = 0;
    while (j <= n - m) {
        let i = ell + 1;
        while (i < m && x.charCodeAt(i) === y.charCodeAt(i + j))
            i++;
        if (i >= m) {
            i = ell;
            while (i >= 0 && x.charCodeAt(i) === y.charCodeAt(i + j))
                i--;
            if (i < 0)
                return j;
            j += period;
        }
        else {
            j += i - ell;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./.build/flows/condition-limits.js



const TEXT_BUDGET = 10_000_000;
const EVALUATION_MS = 2_000;
class TextBudget {
    used = 0;
    reset() {
        this.used = 0;
    }
    take(name, length) {
        if (this.used + length > TEXT_BUDGET) {
            const limit = TEXT_BUDGET.toLocaleString("en-US");
            const size = Number.isFinite(length) ? length.toLocaleString("en-US") : `more than ${limit}`;
            throw new Error(`${name}() would build ${size} characters; a condition's format(), join(), toJSON() and fromJSON() may build ` +
                `${limit} in all (docs/conditions.md: Cost)`);
        }
        this.used += length;
    }
}
function boundedTextFunctions(budget) {
    const bounded = (name, shown, length) => {
        const builtIn = funcs/* wellKnownFunctions */.j[name];
        return {
            ...builtIn,
            name,
            call: (...args) => {
                budget.take(shown, length(args));
                try {
                    return builtIn.call(...args);
                }
                catch (error) {
                    if (error instanceof RangeError || (error instanceof Error && error.cause instanceof RangeError))
                        throw new Error(`${shown}() was given a value nested too deeply to convert (the stack ran out)`);
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
function linearContains() {
    const builtIn = funcs/* wellKnownFunctions */.j.contains;
    return {
        ...builtIn,
        call: (...args) => {
            const [search, item] = args;
            if (search?.primitive && item?.primitive) {
                return new dist/* data.BooleanData */.p.bo(includesLinear(search.coerceString().toLowerCase(), item.coerceString().toLowerCase()));
            }
            return builtIn.call(...args);
        },
    };
}
function formatLength(args) {
    const text = args[0]?.coerceString() ?? "";
    let length = text.length;
    for (const found of text.matchAll(/\{\{|\{(\d+)/g)) {
        if (found[1] !== undefined)
            length += args[1 + Number(found[1])]?.coerceString().length ?? 0;
    }
    return length;
}
function joinLength(args) {
    const [list, separator] = args;
    if (!list || list.primitive)
        return list?.coerceString().length ?? 0;
    if (list.kind !== dist/* data.Kind */.p.b8.Array)
        return 0;
    const items = list.values();
    const between = separator?.primitive ? separator.coerceString().length : 1;
    return items.reduce((sum, item) => sum + item.coerceString().length, 0) + between * Math.max(0, items.length - 1);
}
function jsonLength(value) {
    let length = 0;
    const stack = value ? [{ value, depth: 0 }] : [];
    while (stack.length > 0 && length <= TEXT_BUDGET) {
        const { value: each, depth } = stack.pop();
        if (each instanceof dist/* data.Array */.p.O3 || each instanceof dist/* data.Dictionary */.p.bT) {
            const children = each instanceof dist/* data.Array */.p.O3
                ? each.values().map((item) => ({ key: 0, item }))
                : each.pairs().map((pair) => ({ key: JSON.stringify(pair.key).length + 2, item: pair.value }));
            length += children.length === 0 ? 2 : 2 + children.length * (2 + 2 * (depth + 1)) - 1 + 1 + 2 * depth;
            for (const { key, item } of children) {
                length += key;
                stack.push({ value: item, depth: depth + 1 });
            }
        }
        else {
            length += primitiveLength(each);
        }
    }
    return length > TEXT_BUDGET ? Number.POSITIVE_INFINITY : length;
}
function primitiveLength(value) {
    switch (value.kind) {
        case dist/* data.Kind */.p.b8.String:
            return JSON.stringify(value.coerceString()).length;
        case dist/* data.Kind */.p.b8.Number:
            return JSON.stringify(value.number()).length;
        case dist/* data.Kind */.p.b8.Boolean:
            return value.coerceString().length;
        default:
            return 4;
    }
}
class BoundedEvaluator extends dist/* Evaluator */.oi {
    deadline = performance.now() + EVALUATION_MS;
    eval(node) {
        if (performance.now() > this.deadline) {
            throw new Error(`it took longer than ${EVALUATION_MS / 1000} s to evaluate (docs/conditions.md: Cost)`);
        }
        return super.eval(node);
    }
}


/***/ })

};
