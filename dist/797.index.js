export const id = 797;
export const ids = [797];
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
var condition_functions = __webpack_require__(52069);
;// CONCATENATED MODULE: ./.build/flows/condition-evaluate.js
// Evaluates compiled conditions for one event with GitHub's evaluator. The contexts are
// wrapped once per event (lazily: only what a condition reads is converted) and shared by
// every step; each evaluation records the value of every context path it read, so a false
// condition can say why.




// Variables whose values a report must not repeat (the redactor also masks registered secrets).
// `*KEY*` as docs/conditions.md says: DEPLOY_KEY and SSH_KEY too, not only API keys.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|KEY|AUTH/i;
class RecordingEvaluator extends dist/* Evaluator */.oi {
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
    constructor(input) {
        this.input = input;
        const { event, github, env } = input;
        this.shared = [toExpressionData(event), toExpressionData(github ?? {}), toExpressionData(env)];
        this.functions = (0,condition_functions/* customFunctions */.vo)(() => this.files ?? { unknown: "changed() was not prepared for this event" });
    }
    async evaluate(condition, flow) {
        if (condition.usesChanged && this.files === undefined)
            this.files = await changedFiles(this.input);
        const context = this.context(flow);
        const seen = new Map();
        const evaluator = new RecordingEvaluator(condition.tree, context, this.functions, condition.paths, seen);
        let result;
        let error;
        try {
            result = (0,dist_result/* truthy */.vN)(evaluator.evaluate()) ? "true" : "false";
        }
        catch (thrown) {
            result = "error";
            error = describeThrown(thrown);
        }
        const values = [];
        const shown = new Set();
        for (const [node, value] of seen) {
            const path = condition.paths.get(node);
            if (shown.has(path))
                continue;
            shown.add(path);
            values.push({ path, value: isSecretPath(path) ? "***" : showValue(value) });
        }
        return { expression: condition.expression, result, values, ...(error !== undefined ? { error } : {}) };
    }
    /** The expression's value as plain JSON (for tests and tools; matching uses evaluate). */
    async valueOf(condition, flow) {
        if (condition.usesChanged && this.files === undefined)
            this.files = await changedFiles(this.input);
        const evaluator = new dist/* Evaluator */.oi(condition.tree, this.context(flow), this.functions);
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
    const [context, name] = path.split(/[.[]/, 2);
    return context?.toLowerCase() === "env" && name !== undefined && SECRET_NAME.test(name);
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
function describeThrown(thrown) {
    if (!(thrown instanceof Error))
        return String(thrown);
    const cause = thrown.cause instanceof Error ? `: ${thrown.cause.message}` : "";
    return `${thrown.message}${cause}`;
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
