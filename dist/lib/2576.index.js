export const id = 2576;
export const ids = [2576];
export const modules = {

/***/ 42576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConditionScope: () => (/* binding */ ConditionScope)
});

// EXTERNAL MODULE: ../../work/main/node_modules/@actions/expressions/dist/index.js + 7 modules
var dist = __webpack_require__(56068);
// EXTERNAL MODULE: ../../work/main/node_modules/@actions/expressions/dist/result.js
var dist_result = __webpack_require__(86560);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(62289);
;// CONCATENATED MODULE: ./.build/flows/condition-data.js
// Plain JSON values as the evaluator's data types, converted lazily: a condition that reads
// `event.payload.tag` converts one string, not the whole webhook payload, so the cost of a
// condition does not grow with the payload. Key lookups are case-insensitive, as in workflows.


/** A JSON value as expression data; objects and arrays are wrapped, not copied. */
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
            // Two keys that differ only in case: the first one wins, as in the evaluator's Dictionary.
            if (seen.has(key.toLowerCase()))
                continue;
            seen.add(key.toLowerCase());
            pairs.push({ key, value: this.get(key) });
        }
        return pairs;
    }
    /** Key count without converting anything (for showing a value). */
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
        // The evaluator never adds to context data; keep the wrapper read-only.
        void value;
        throw new Error("condition data is read-only");
    }
}
const SHOWN_CHARS = 120;
/** A value as a condition report shows it: short JSON, big objects and arrays summarised. */
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
var condition_functions = __webpack_require__(25640);
// EXTERNAL MODULE: ./.build/flows/condition-limits.js
var condition_limits = __webpack_require__(14669);
;// CONCATENATED MODULE: ./.build/flows/condition-evaluate.js
// Evaluates compiled conditions for one event with GitHub's evaluator. The contexts are
// wrapped once per event (lazily: only what a condition reads is converted) and shared by
// every step; each evaluation records the value of every context path it read, so a false
// condition can say why.






const ERROR_SHOWN = 300;
// Variables whose values a report must not repeat (the redactor also masks registered secrets).
// `*KEY*` as docs/conditions.md says: DEPLOY_KEY and SSH_KEY too, not only API keys.
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
/** Everything conditions need for one event, built once and shared by all steps. */
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
        // An error can quote the text it failed on (fromJSON, format, semver, glob): a value shown
        // as *** must not come back through it.
        const error = result === "error" ? describeThrown(thrown, hidden) : undefined;
        return { expression: condition.expression, result, values, ...(error !== undefined ? { error } : {}) };
    }
    /** The expression's value as plain JSON (for tests and tools; matching uses evaluate). */
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
    // `env` alone shows as `{…} (n keys)`; `env.NAME` and `env['NAME']` by their name.
    const found = /^env(?:\.([^.[]+)|\['([^']*)'\]|(.))/i.exec(path);
    if (!found)
        return false;
    const name = found[1] ?? found[2];
    // A name the condition computes (`env[event.payload.x]`, `env.*`) may be any variable's.
    if (name === undefined || name === "*")
        return true;
    return SECRET_NAME.test(name);
}
/**
 * The files a push or pull request touched. A push lists them in its webhook payload (each
 * commit's added, modified and removed; GitHub lists at most 2048 commits). A pull request's
 * payload does not: they come from `changedFiles` when the caller has an API edge (the action
 * and `flows github` with a token), else changed() cannot answer and the condition says so.
 */
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
/** Why an evaluation failed, cut (an error can quote payload text), with `hidden` texts as ***. */
function describeThrown(thrown, hidden = []) {
    // A cause is JSON.parse's, which quotes a cut piece of the text (`"hunter2..."`, `token 'h'`):
    // left out when a hidden value was read, as the piece could be one.
    const cause = thrown instanceof Error && thrown.cause instanceof Error && hidden.length === 0 ? `: ${thrown.cause.message}` : "";
    let text = thrown instanceof Error ? `${thrown.message}${cause}` : String(thrown);
    // Longest first: a secret that contains another is hidden whole.
    for (const secret of [...hidden].sort((a, b) => b.length - a.length))
        text = text.split(secret).join("***");
    return (0,text_cut/* clipText */.gL)(text, ERROR_SHOWN);
}
/** The texts a value holds: itself, or an array's items (`env.*`). */
function textsOf(value) {
    const items = value.kind === dist/* data.Kind */.p.b8.Array ? value.values() : [value];
    return items.flatMap((item) => (item.primitive && item.kind !== dist/* data.Kind */.p.b8.Null && item.coerceString() !== "" ? [item.coerceString()] : []));
}


/***/ }),

/***/ 25640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ CUSTOM_FUNCTIONS),
/* harmony export */   U: () => (/* binding */ patternText),
/* harmony export */   cd: () => (/* binding */ checkRange),
/* harmony export */   vo: () => (/* binding */ customFunctions)
/* harmony export */ });
/* unused harmony export satisfies */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56068);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20776);
/* harmony import */ var _condition_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14669);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12679);
// The functions flows add to GitHub's expression language (workflows lack them):
// semver(version, range), glob(value, pattern), changed(pattern). docs/conditions.md.




const CUSTOM_FUNCTIONS = [
    { name: "semver", minArgs: 2, maxArgs: 2, description: "`semver(version, range)`: whether the version satisfies the npm-style range" },
    { name: "glob", minArgs: 2, maxArgs: 2, description: "`glob(value, pattern)`: whether the text (or any item of an array) matches the glob" },
    { name: "changed", minArgs: 1, maxArgs: 1, description: "`changed(pattern)`: whether a file the push or pull request touched matches the glob" },
];
/**
 * The custom functions for one event (`changed` reads that event's files), and GitHub's text
 * builders bounded by `budget` (condition-limits.ts).
 */
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
// The first x.y.z[-prerelease][+build] in a text: tags carry prefixes (`v1.2.3`, `rust-v1.2.3`).
// It starts where a run of digits starts: tried from inside a run too, each start would scan the
// run again (quadratic: 40,000 digits of payload took 1.2 s in one regex call, which no
// deadline stops); the first match is the same.
const VERSION_IN_TEXT = /(?<!\d)(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?/;
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
        return value.values().some((item) => item.primitive && (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatches */ .mw)(glob, item.coerceString()));
    }
    return value.primitive && (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatches */ .mw)(glob, value.coerceString());
}
/** A glob argument as text; throws when it is not text or not a valid glob. */
function patternText(pattern, name) {
    if (!pattern?.primitive || pattern.kind === _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.Null) {
        throw new Error(`${name}() needs a glob pattern (a string such as 'rust-v*') as its ${name === "changed" ? "" : "second "}argument`);
    }
    const text = pattern.coerceString();
    (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .tL)(text);
    return text;
}


/***/ }),

/***/ 14669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ TextBudget),
/* harmony export */   Z9: () => (/* binding */ BoundedEvaluator),
/* harmony export */   qP: () => (/* binding */ boundedTextFunctions)
/* harmony export */ });
/* unused harmony exports TEXT_BUDGET, EVALUATION_MS, jsonLength */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56068);
/* harmony import */ var _actions_expressions_funcs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44135);
// Bounds on one evaluation of a condition. The expression language has no loops, but a 21,000
// character expression can still ask for a lot: `format('{0}{0}…', event.payload.body)` repeats
// a payload field thousands of times, nested format() calls multiply (ten levels of ten copies
// is 10^10 characters, from constants alone, at load time), toJSON() of a deeply nested payload
// grows with the square of its depth, and hundreds of contains() over a large payload array keep
// the event loop busy for minutes. So the functions that build text share a budget of
// characters per evaluation, and an evaluation stops at a deadline. Either ends only that
// condition ("could not be evaluated", or a problem in flow.toml at load), never the job.


/** Characters format(), join(), toJSON() and fromJSON() may build (or read) in one evaluation. */
const TEXT_BUDGET = 10_000_000;
/** Wall-clock time one evaluation may take. */
const EVALUATION_MS = 2_000;
/** The characters left to one evaluation; reset before each. */
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
/** GitHub's format, join, toJSON and fromJSON, refusing before they build more than the budget allows. */
function boundedTextFunctions(budget) {
    const bounded = (name, shown, length) => {
        const builtIn = _actions_expressions_funcs__WEBPACK_IMPORTED_MODULE_1__/* .wellKnownFunctions */ .j[name];
        return {
            ...builtIn,
            name,
            call: (...args) => {
                budget.take(shown, length(args));
                try {
                    return builtIn.call(...args);
                }
                catch (error) {
                    // The expressions package converts values recursively: text nested thousands of
                    // levels deep (`[[[[…` from a payload field) overflows the stack, which says nothing.
                    if (error instanceof RangeError || (error instanceof Error && error.cause instanceof RangeError))
                        throw new Error(`${shown}() was given a value nested too deeply to convert (the stack ran out)`);
                    throw error;
                }
            },
        };
    };
    return [
        bounded("format", "format", formatLength),
        bounded("join", "join", joinLength),
        bounded("tojson", "toJSON", (args) => jsonLength(args[0])),
        bounded("fromjson", "fromJSON", (args) => (args[0]?.primitive ? args[0].coerceString().length : 0)),
    ];
}
/** An upper bound of format()'s result: the format text plus every `{N}` argument it names. */
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
    if (list.kind !== _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.Array)
        return 0;
    const items = list.values();
    const between = separator?.primitive ? separator.coerceString().length : 1;
    return items.reduce((sum, item) => sum + item.coerceString().length, 0) + between * Math.max(0, items.length - 1);
}
/**
 * The length of toJSON()'s pretty-printed text, counted without building it (iteratively: a
 * deep value must not overflow the stack); Infinity once past the whole budget.
 */
function jsonLength(value) {
    let length = 0;
    const stack = value ? [{ value, depth: 0 }] : [];
    while (stack.length > 0 && length <= TEXT_BUDGET) {
        const { value: each, depth } = stack.pop();
        if (each instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Array */ .p.O3 || each instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Dictionary */ .p.bT) {
            const children = each instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Array */ .p.O3
                ? each.values().map((item) => ({ key: 0, item }))
                : each.pairs().map((pair) => ({ key: JSON.stringify(pair.key).length + 2, item: pair.value }));
            // Brackets; each child on its own line, indented two spaces a level, commas between;
            // the closing bracket on its own line.
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
        case _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.String:
            return JSON.stringify(value.coerceString()).length;
        case _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.Number:
            return JSON.stringify(value.number()).length;
        case _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Kind */ .p.b8.Boolean:
            return value.coerceString().length;
        default:
            return 4;
    }
}
/** GitHub's evaluator with a deadline: it stops before the next node once the time is up. */
class BoundedEvaluator extends _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Evaluator */ .oi {
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
