export const id = 5797;
export const ids = [5797];
export const modules = {

/***/ 75797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConditionScope: () => (/* binding */ ConditionScope)
});

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 7 modules
var dist = __webpack_require__(89356);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var dist_result = __webpack_require__(96856);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
;// CONCATENATED MODULE: ./.build/flows/condition-data.js


function toExpressionData(value) {
    if (value === null || value === undefined)
        return new dist/* data.Null */.p.Uv();
    if (typeof value === "string")
        return new dist/* data.StringData */.p.uQ(value);
    if (typeof value === "number")
        return new dist/* data.NumberData */.p.Q9(value);
    if (typeof value === "boolean")
        return new dist/* data.BooleanData */.p.bo(value);
    if (Array.isArray(value))
        return new LazyArray(value);
    if (value instanceof Date)
        return new dist/* data.StringData */.p.uQ(value.toISOString());
    if (typeof value === "object")
        return new LazyDictionary(value);
    return new dist/* data.StringData */.p.uQ(String(value));
}
class LazyDictionary extends dist/* data.Dictionary */.p.bT {
    source;
    converted = new Map();
    lowerKeys;
    constructor(source) {
        super();
        this.source = source;
    }
    get(key) {
        const own = Object.hasOwn(this.source, key) ? key : this.findKey(key);
        if (own === undefined)
            return undefined;
        let value = this.converted.get(own);
        if (!value) {
            value = toExpressionData(this.source[own]);
            this.converted.set(own, value);
        }
        return value;
    }
    values() {
        return this.pairs().map((pair) => pair.value);
    }
    pairs() {
        const seen = new Set();
        const pairs = [];
        for (const key of Object.keys(this.source)) {
            if (seen.has(key.toLowerCase()))
                continue;
            seen.add(key.toLowerCase());
            pairs.push({ key, value: this.get(key) });
        }
        return pairs;
    }
    get size() {
        return Object.keys(this.source).length;
    }
    findKey(key) {
        if (!this.lowerKeys) {
            this.lowerKeys = new Map();
            for (const own of Object.keys(this.source)) {
                if (!this.lowerKeys.has(own.toLowerCase()))
                    this.lowerKeys.set(own.toLowerCase(), own);
            }
        }
        return this.lowerKeys.get(key.toLowerCase());
    }
}
class LazyArray extends dist/* data.Array */.p.O3 {
    source;
    converted;
    constructor(source) {
        super();
        this.source = source;
        this.converted = new Array(source.length);
    }
    get(index) {
        let value = this.converted[index];
        if (!value) {
            value = toExpressionData(this.source[index]);
            this.converted[index] = value;
        }
        return value;
    }
    values() {
        return this.source.map((_, index) => this.get(index));
    }
    add(value) {
        void value;
        throw new Error("condition data is read-only");
    }
}
const SHOWN_CHARS = 120;
function showValue(value) {
    if (value === undefined)
        return "null";
    switch (value.kind) {
        case dist/* data.Kind */.p.b8.Null:
            return "null";
        case dist/* data.Kind */.p.b8.String:
            return cut(JSON.stringify(value.coerceString()));
        case dist/* data.Kind */.p.b8.Number:
        case dist/* data.Kind */.p.b8.Boolean:
            return value.coerceString();
        case dist/* data.Kind */.p.b8.Array: {
            const items = value.values();
            if (items.length <= 10 && items.every((item) => item.primitive || item.kind === dist/* data.Kind */.p.b8.Null)) {
                return cut(`[${items.map(showValue).join(", ")}]`);
            }
            return `[…] (${items.length} item${items.length === 1 ? "" : "s"})`;
        }
        default: {
            const size = value instanceof LazyDictionary ? value.size : value.pairs().length;
            return `{…} (${size} key${size === 1 ? "" : "s"})`;
        }
    }
}
function cut(text) {
    return (0,text_cut/* clipText */.gL)(text, SHOWN_CHARS);
}

// EXTERNAL MODULE: ./.build/flows/condition-functions.js
var condition_functions = __webpack_require__(52069);
// EXTERNAL MODULE: ./.build/flows/condition-limits.js + 1 modules
var condition_limits = __webpack_require__(92691);
;// CONCATENATED MODULE: ./.build/flows/condition-evaluate.js






const ERROR_SHOWN = 300;
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|KEY|AUTH/i;
class RecordingEvaluator extends condition_limits/* BoundedEvaluator */.Z9 {
    paths;
    seen;
    constructor(tree, context, functions, paths, seen) {
        super(tree, context, functions);
        this.paths = paths;
        this.seen = seen;
    }
    eval(node) {
        const value = super.eval(node);
        if (this.paths.has(node) && !this.seen.has(node))
            this.seen.set(node, value);
        return value;
    }
}
class ConditionScope {
    input;
    shared;
    flows = new WeakMap();
    functions;
    files;
    budget = new condition_limits/* TextBudget */.Ho();
    constructor(input) {
        this.input = input;
        const { event, github, env } = input;
        this.shared = [toExpressionData(event), toExpressionData(github ?? {}), toExpressionData(env)];
        this.functions = (0,condition_functions/* customFunctions */.vo)(() => this.files ?? { unknown: "changed() was not prepared for this event" }, this.budget);
    }
    async evaluate(condition, flow) {
        if (condition.usesChanged && this.files === undefined)
            this.files = await changedFiles(this.input);
        const context = this.context(flow);
        const seen = new Map();
        this.budget.reset();
        const evaluator = new RecordingEvaluator(condition.tree, context, this.functions, condition.paths, seen);
        let result;
        let thrown;
        try {
            result = (0,dist_result/* truthy */.vN)(evaluator.evaluate()) ? "true" : "false";
        }
        catch (caught) {
            result = "error";
            thrown = caught;
        }
        const values = [];
        const shown = new Set();
        const hidden = [];
        for (const [node, value] of seen) {
            const path = condition.paths.get(node);
            if (shown.has(path))
                continue;
            shown.add(path);
            const secret = isSecretPath(path);
            if (secret)
                hidden.push(...textsOf(value));
            values.push({ path, value: secret ? "***" : showValue(value) });
        }
        const error = result === "error" ? describeThrown(thrown, hidden) : undefined;
        return { expression: condition.expression, result, values, ...(error !== undefined ? { error } : {}) };
    }
    async valueOf(condition, flow) {
        if (condition.usesChanged && this.files === undefined)
            this.files = await changedFiles(this.input);
        this.budget.reset();
        const evaluator = new condition_limits/* BoundedEvaluator */.Z9(condition.tree, this.context(flow), this.functions);
        return JSON.parse(JSON.stringify(evaluator.evaluate(), dist/* data.replacer */.p.$U) ?? "null");
    }
    context(flow) {
        const [event, github, env] = this.shared;
        return new dist/* data.Dictionary */.p.bT({ key: "event", value: event }, { key: "github", value: github }, { key: "flow", value: this.flowData(flow) }, { key: "env", value: env });
    }
    flowData(flow) {
        let value = this.flows.get(flow);
        if (!value) {
            value = toExpressionData({ name: flow.name, version: flow.version, config: flow.config ?? {} });
            this.flows.set(flow, value);
        }
        return value;
    }
}
function isSecretPath(path) {
    const found = /^env(?:\.([^.[]+)|\['([^']*)'\]|(.))/i.exec(path);
    if (!found)
        return false;
    const name = found[1] ?? found[2];
    if (name === undefined || name === "*")
        return true;
    return SECRET_NAME.test(name);
}
async function changedFiles(input) {
    const { event, github } = input;
    const eventName = github?.event_name ?? event.type.split(".")[0] ?? event.type;
    const webhook = webhookPayload(event, github);
    if (eventName === "push") {
        const commits = webhook?.commits;
        if (!Array.isArray(commits)) {
            return { unknown: "changed() needs the push's commits with their files (the webhook payload under event.payload.github), which this event does not carry" };
        }
        const files = new Set();
        for (const commit of commits) {
            for (const key of ["added", "modified", "removed"]) {
                const list = commit?.[key];
                if (Array.isArray(list))
                    for (const file of list)
                        if (typeof file === "string")
                            files.add(file);
            }
        }
        return { files: [...files] };
    }
    if (eventName === "pull_request" || eventName === "pull_request_target") {
        let listed;
        try {
            listed = input.changedFiles ? await input.changedFiles(event, github) : undefined;
        }
        catch (thrown) {
            return { unknown: `changed() could not list the pull request's files: ${describeThrown(thrown)}` };
        }
        if (Array.isArray(listed))
            return { files: listed };
        if (listed)
            return listed;
        return {
            unknown: "changed() cannot tell which files this pull request touched: its payload does not list them, and no GitHub token " +
                "was given to list them (docs/conditions.md: changed() and pull requests)",
        };
    }
    return { unknown: `changed() works on push and pull_request events; this is a ${event.type} event` };
}
function webhookPayload(event, github) {
    const payload = event.payload;
    const candidates = [payload?.github, github?.event];
    for (const candidate of candidates) {
        if (candidate && typeof candidate === "object" && !Array.isArray(candidate))
            return candidate;
    }
    return undefined;
}
function describeThrown(thrown, hidden = []) {
    const cause = thrown instanceof Error && thrown.cause instanceof Error && hidden.length === 0 ? `: ${thrown.cause.message}` : "";
    let text = thrown instanceof Error ? `${thrown.message}${cause}` : String(thrown);
    for (const secret of [...hidden].sort((a, b) => b.length - a.length))
        text = text.split(secret).join("***");
    return (0,text_cut/* clipText */.gL)(text, ERROR_SHOWN);
}
function textsOf(value) {
    const items = value.kind === dist/* data.Kind */.p.b8.Array ? value.values() : [value];
    return items.flatMap((item) => (item.primitive && item.kind !== dist/* data.Kind */.p.b8.Null && item.coerceString() !== "" ? [item.coerceString()] : []));
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
