export const id = 8344;
export const ids = [8344];
export const modules = {

/***/ 32718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ fileURLToPath),
/* harmony export */   q: () => (/* binding */ pathToFileURL)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);

const builtIn = globalThis.Bun;
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let nodeUrl;
function conversions() {
    if (builtIn)
        return builtIn;
    nodeUrl ??= requireBuiltin("node:url");
    return nodeUrl;
}
function pathToFileURL(path) {
    return conversions().pathToFileURL(path);
}
function fileURLToPath(url) {
    return conversions().fileURLToPath(url);
}


/***/ }),

/***/ 30797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ linearErrors)
/* harmony export */ });
/* unused harmony export concatenatesErrors */
// ajv's generated code gathers a called validator's errors (every `$ref` compiled as a function
// of its own, and the validators scripts/build-schemas.mjs writes) with
// `vErrors = vErrors === null ? called.errors : vErrors.concat(called.errors);`: one copy of every
// error so far per call, quadratic in the errors. A payload of 100,000 items that each fail a
// `$ref`'d item schema took 86 s to check; a flow.toml of 150,000 steps that are not tables took
// hours. Appending in place is linear; the called validator's array is its own until its next
// call, which replaces it.
//
// Plain JavaScript (with ajv-linear-errors.d.ts beside it) so that scripts/build-schemas.mjs,
// which Node runs without a TypeScript loader, and the runtime (src/flows/schema-ajv.ts,
// src/flows/schema-cache.ts) share this one rewrite. scripts/bundle.mjs copies it into .build/,
// as tsc does not emit JavaScript sources.

/** ajv 8's statement (ajv/dist/vocabularies/core/ref.js, compile/validate/keyword.js). */
const CALLED_ERRORS = /vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);/g;
const LINEAR = "if(vErrors === null){vErrors = $1.errors;}else{for(const calledError of $1.errors){vErrors.push(calledError);}}";

/**
 * `code` (ajv's generated or standalone code) with each called validator's errors appended in
 * place. Code without the statement (another ajv, or code already rewritten) comes back as it is.
 * @param {string} code
 * @returns {string}
 */
function linearErrors(code) {
  return code.replace(CALLED_ERRORS, LINEAR);
}

/**
 * Whether `code` still gathers errors with concat in a way linearErrors does not know (a
 * newer ajv): the build script fails on it, the runtime leaves such code as it is.
 * @param {string} code
 * @returns {boolean}
 */
function concatenatesErrors(code) {
  return /\.concat\(/.test(code);
}


/***/ }),

/***/ 62051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ findInPlaceRefCycle),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Fm: () => (/* binding */ checkSchemaDepth),
/* harmony export */   Kn: () => (/* binding */ SchemaBudgetProblem),
/* harmony export */   Nr: () => (/* binding */ checkSchemaFileSize),
/* harmony export */   Rn: () => (/* binding */ re2RegExp),
/* harmony export */   WD: () => (/* binding */ packageRootOf),
/* harmony export */   o4: () => (/* binding */ loadRe2),
/* harmony export */   xW: () => (/* binding */ checkSchemaExpansion)
/* harmony export */ });
/* unused harmony exports MAX_SCHEMA_TOTAL_BYTES, MAX_SCHEMA_DEPTH, MAX_SCHEMA_EXPANDED, isRe2Loaded */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61557);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50156);
/* harmony import */ var _schema_size_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23215);






const MAX_SCHEMA_TOTAL_BYTES = 1024 * 1024;
const MAX_SCHEMA_DEPTH = 128;
const MAX_SCHEMA_EXPANDED = 100_000;
class SchemaBudgetProblem extends Error {
    near;
    constructor(message, near) {
        super(message);
        this.near = near;
    }
}
function checkSchemaFileSize(path, spentBytes) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return 0;
    }
    if (!info.isFile() && !info.isDirectory()) {
        throw new SchemaBudgetProblem(`schema file ${path} is ${(0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .fileKind */ .h_)(info)}, not a plain file. Replace it with a JSON file.`);
    }
    const size = info.size;
    if (size > _schema_size_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_SCHEMA_BYTES */ .Z) {
        throw new SchemaBudgetProblem(`schema file ${path} is ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(size)}; trigger schemas may be at most ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(_schema_size_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_SCHEMA_BYTES */ .Z)}. ` +
            "Describe only the payload fields the trigger needs (other fields can stay unlisted).");
    }
    if (spentBytes + size > MAX_SCHEMA_TOTAL_BYTES) {
        throw new SchemaBudgetProblem(`schema and the files its $refs load add up to more than ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(MAX_SCHEMA_TOTAL_BYTES)} (at ${path}). ` +
            "Describe only the payload fields the trigger needs.");
    }
    return size;
}
function checkSchemaDepth(value) {
    const stack = [{ value, depth: 0 }];
    while (stack.length > 0) {
        const { value: item, depth } = stack.pop();
        if (typeof item !== "object" || item === null)
            continue;
        if (depth >= MAX_SCHEMA_DEPTH) {
            throw new SchemaBudgetProblem(`schema nests objects and arrays more than ${MAX_SCHEMA_DEPTH} levels deep. ` +
                "Flatten it with $defs and $ref.");
        }
        for (const child of Object.values(item))
            stack.push({ value: child, depth: depth + 1 });
    }
}
const DATA_KEYWORDS = new Set(["enum", "const", "examples", "default"]);
function checkSchemaExpansion(root) {
    const children = (pointer) => {
        const node = resolvePointer(root, pointer);
        if (typeof node !== "object" || node === null)
            return [];
        const kids = [];
        for (const key of Object.keys(node)) {
            if (DATA_KEYWORDS.has(key))
                continue;
            kids.push(`${pointer}/${escapePointer(key)}`);
        }
        const ref = node.$ref;
        if (!Array.isArray(node) && typeof ref === "string" && /^#(\/|$)/.test(ref))
            kids.push(ref.slice(1));
        return kids;
    };
    const size = new Map();
    const open = new Set([""]);
    const stack = [
        { pointer: "", kids: children(""), index: 0, sum: 1 },
    ];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.sum > MAX_SCHEMA_EXPANDED) {
            throw new SchemaBudgetProblem(`schema expands to more than ${MAX_SCHEMA_EXPANDED.toLocaleString("en-US")} subschemas once its $refs are followed ` +
                `(at ${top.pointer || "the root"}), so checking one payload could take minutes. ` +
                "Refer to each definition once instead of combining definitions that reuse each other.");
        }
        if (top.index >= top.kids.length) {
            stack.pop();
            open.delete(top.pointer);
            size.set(top.pointer, top.sum);
            if (stack.length > 0)
                stack[stack.length - 1].sum += top.sum;
            continue;
        }
        const kid = top.kids[top.index++];
        const known = size.get(kid);
        if (known !== undefined)
            top.sum += known;
        else if (open.has(kid))
            top.sum += 1;
        else {
            open.add(kid);
            stack.push({ pointer: kid, kids: children(kid), index: 0, sum: 1 });
        }
    }
}
function escapePointer(key) {
    return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function resolvePointer(root, pointer) {
    let node = root;
    for (const raw of pointer.split("/").slice(1)) {
        const part = safeDecode(raw).replace(/~1/g, "/").replace(/~0/g, "~");
        if (typeof node !== "object" || node === null)
            return undefined;
        node = node[part];
    }
    return node;
}
const APPLICATORS_SAME_PLACE = ["allOf", "anyOf", "oneOf"];
const SINGLE_SAME_PLACE = ["not", "if", "then", "else"];
function findInPlaceRefCycle(root) {
    const resolve = (pointer) => resolvePointer(root, pointer);
    const successors = (pointer) => {
        const node = resolve(pointer);
        if (typeof node !== "object" || node === null || Array.isArray(node))
            return [];
        const schema = node;
        const next = [];
        for (const key of APPLICATORS_SAME_PLACE) {
            const list = schema[key];
            if (Array.isArray(list))
                for (let i = 0; i < list.length; i++)
                    next.push(`${pointer}/${key}/${i}`);
        }
        for (const key of SINGLE_SAME_PLACE)
            if (schema[key] !== undefined)
                next.push(`${pointer}/${key}`);
        const ref = schema.$ref;
        if (typeof ref === "string" && ref.startsWith("#") && !/^#[^/]/.test(ref))
            next.push(ref.slice(1));
        return next;
    };
    const pointers = new Set([""]);
    const walk = [{ node: root, pointer: "" }];
    while (walk.length > 0) {
        const { node, pointer } = walk.pop();
        if (typeof node !== "object" || node === null)
            continue;
        if (!Array.isArray(node) && typeof node.$ref === "string")
            pointers.add(pointer);
        for (const [key, child] of Object.entries(node)) {
            walk.push({ node: child, pointer: `${pointer}/${escapePointer(key)}` });
        }
    }
    const colour = new Map();
    for (const start of pointers) {
        if (colour.has(start))
            continue;
        const stack = [
            { pointer: start, next: successors(start), index: 0 },
        ];
        colour.set(start, 1);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top.index >= top.next.length) {
                colour.set(top.pointer, 2);
                stack.pop();
                continue;
            }
            const next = top.next[top.index++];
            const state = colour.get(next);
            if (state === 1)
                return top.pointer;
            if (state === undefined) {
                colour.set(next, 1);
                stack.push({ pointer: next, next: successors(next), index: 0 });
            }
        }
    }
    return undefined;
}
let re2;
async function loadRe2() {
    re2 ??= (await __webpack_require__.e(/* import() */ 2856).then(__webpack_require__.bind(__webpack_require__, 2856))).RE2JS;
}
function isRe2Loaded() {
    return re2 !== undefined;
}
const re2RegExp = Object.assign((pattern, flags) => {
    if (re2 === undefined)
        throw new Error(`re2js was not loaded before the pattern ${JSON.stringify(pattern)} was compiled`);
    let compiled;
    try {
        compiled = re2.compile(re2.translateRegExp(pattern));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new SchemaBudgetProblem(`pattern ${JSON.stringify(pattern)} cannot be used: ${reason}. Patterns run on a linear-time ` +
            "engine (RE2), which has no backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!); " +
            "rewrite the pattern without them", JSON.stringify(pattern));
    }
    return { test: (text) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
}, { code: 'require("re2js").RE2JS' });
function packageRootOf(schemaPath) {
    const real = realOrSelf(schemaPath);
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "flow.toml")).isFile())
                return dir;
        }
        catch {
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real);
    }
}
function isInside(root, file) {
    const real = realOrSelf(file);
    return real === root || real.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : `${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
}
function realOrSelf(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)), path.slice((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path).length + 1));
        }
        catch {
            return path;
        }
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 35184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ checkBudgetText),
/* harmony export */   Y5: () => (/* binding */ budgetedChecks),
/* harmony export */   hW: () => (/* binding */ checkWithinBudget),
/* harmony export */   l9: () => (/* binding */ CheckBudgetExceeded)
/* harmony export */ });
/* harmony import */ var _schema_check_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36201);


const TICKS = 4_096;
const SLOT = 'globalThis[Symbol.for("flows-action.schema-check-budget")]';
const slot = Symbol.for("flows-action.schema-check-budget");
class CheckBudgetExceeded extends Error {
    over;
    limits;
    errors;
    constructor(over, limits, errors = []) {
        super(over === "errors" ? `more than ${limits.maxErrors} errors` : `more than ${limits.maxMs} ms`);
        this.over = over;
        this.limits = limits;
        this.errors = errors;
    }
}
function checkBudgetText(error) {
    const { maxErrors, maxMs } = error.limits;
    return error.over === "errors" ? `${maxErrors.toLocaleString("en-US")} errors, its budget` : `${(maxMs / 1000).toLocaleString("en-US")} s, its budget`;
}
class Budget {
    limits;
    ticks = TICKS;
    open = 0;
    held = 0;
    first = [];
    deadline;
    maxErrors;
    constructor(limits) {
        this.limits = limits;
        this.maxErrors = limits.maxErrors;
        this.deadline = performance.now() + limits.maxMs;
    }
    stop(over) {
        throw new CheckBudgetExceeded(over, this.limits, over === "errors" ? this.first.slice(0, this.maxErrors) : []);
    }
    added(errors, vErrors) {
        const held = this.held;
        const base = held - errors;
        if (--this.ticks < 0)
            this.tick();
        if (held <= this.maxErrors) {
            this.first[held - 1] = vErrors[vErrors.length - 1];
            return;
        }
        if (this.open === 0)
            this.stop("errors");
        const room = Math.max(0, this.maxErrors - base);
        if (vErrors.length > room)
            vErrors.length = room;
    }
    appended(base, errors, vErrors) {
        const room = Math.max(0, this.maxErrors - base);
        const count = Math.max(this.held - base, errors + vErrors.length - Math.min(errors, room));
        this.held = base + count;
        for (let i = errors; i < vErrors.length && i < room; i += 1)
            this.first[base + i] = vErrors[i];
        if (--this.ticks < 0)
            this.tick();
        if (this.held > this.maxErrors) {
            if (this.open === 0)
                this.stop("errors");
            if (vErrors.length > room)
                vErrors.length = room;
        }
        return count;
    }
    tick() {
        this.ticks = TICKS;
        if (performance.now() > this.deadline)
            this.stop("time");
    }
}
function checkWithinBudget(check, limits = { maxErrors: _schema_check_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CHECK_ERRORS */ .A, maxMs: _schema_check_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CHECK_MS */ .h }) {
    const host = globalThis;
    const outer = host[slot];
    host[slot] = new Budget(limits);
    try {
        return check();
    }
    finally {
        host[slot] = outer;
    }
}
const PREAMBLE = "let vErrors = null;let errors = 0;";
const BUDGET = `const flowsBudget = ${SLOT};`;
const BASE = "const flowsBase = flowsBudget === undefined ? 0 : flowsBudget.held;";
const ON_ERROR = "if(flowsBudget !== undefined){flowsBudget.held = flowsBase + errors;flowsBudget.added(errors, vErrors);}";
const ON_APPENDED = "errors = flowsBudget === undefined ? vErrors.length : flowsBudget.appended(flowsBase, errors, vErrors);";
const ON_DROPPED = "if(flowsBudget !== undefined){flowsBudget.held = flowsBase + errors;}";
const APPENDED_FROM = /\{vErrors = ([\w.]+)\.errors;\}else\{for\(const calledError of \1\.errors\)\{vErrors\.push\(calledError\);\}\}$/;
const ON_ITERATION = "if(flowsBudget !== undefined && --flowsBudget.ticks < 0){flowsBudget.tick();}";
const ON_OPEN = "if(flowsBudget !== undefined){flowsBudget.open++;}";
const ON_CLOSE = "if(flowsBudget !== undefined){flowsBudget.open--;}";
function budgetedChecks(code) {
    if (!code.includes(PREAMBLE))
        return code;
    const edits = [];
    const starts = new Map();
    const lastIf = [];
    let depth = 0;
    const tokens = /"|[{}]|(?<![\w$.])(?:let vErrors = null;let errors = 0;|errors\+\+;|errors = vErrors\.length;|for\(|if\(|const (_errs\d+) = errors;|errors = (_errs\d+);|vErrors\.length = (_errs\d+);)/g;
    for (let token = tokens.exec(code); token !== null; token = tokens.exec(code)) {
        const at = token.index;
        const text = token[0];
        const end = at + text.length;
        if (text === '"') {
            tokens.lastIndex = stringEnd(code, at);
        }
        else if (text === "{") {
            depth += 1;
        }
        else if (text === "}") {
            depth -= 1;
        }
        else if (text === PREAMBLE) {
            if (code.startsWith(BUDGET, end))
                return code;
            edits.push([end, BUDGET + BASE, end]);
        }
        else if (text === "errors++;") {
            edits.push([end, ON_ERROR, end]);
        }
        else if (text === "errors = vErrors.length;") {
            edits.push([at, ON_APPENDED, end]);
            const called = APPENDED_FROM.exec(code.slice(Math.max(0, at - 200), at))?.[1];
            if (called !== undefined)
                edits.push([end, `if(flowsBudget !== undefined){${called}.errors = null;}`, end]);
        }
        else if (text === "for(") {
            const close = headerEnd(code, end);
            if (close === undefined || code[close + 1] !== "{")
                continue;
            edits.push([close + 2, ON_ITERATION, close + 2]);
            depth += 1;
            tokens.lastIndex = close + 2;
        }
        else if (text === "if(") {
            lastIf[depth] = { at, statement: at === 0 || ";{}".includes(code[at - 1]) };
        }
        else if (token[1] !== undefined) {
            starts.set(token[1], { end, depth });
        }
        else if (token[2] !== undefined) {
            edits.push([end, ON_DROPPED, end]);
            const start = starts.get(token[2]);
            starts.delete(token[2]);
            if (start === undefined)
                continue;
            const decision = lastIf[start.depth];
            const close = depth === start.depth ? at : depth === start.depth + 1 && decision?.statement && decision.at > start.end ? decision.at : undefined;
            if (close === undefined)
                continue;
            edits.push([start.end, ON_OPEN, start.end], [close, ON_CLOSE, close]);
        }
        else if (token[3] !== undefined) {
            edits.push([at, `if(vErrors.length > ${token[3]}){vErrors.length = ${token[3]};}`, end]);
        }
    }
    edits.sort((a, b) => a[0] - b[0]);
    const parts = [];
    let done = 0;
    for (const [at, text, end] of edits) {
        parts.push(code.slice(done, at), text);
        done = end;
    }
    parts.push(code.slice(done));
    return parts.join("");
}
function stringEnd(code, start) {
    let i = start + 1;
    while (i < code.length && code[i] !== '"')
        i += code[i] === "\\" ? 2 : 1;
    return Math.min(i + 1, code.length);
}
function headerEnd(code, from) {
    let depth = 1;
    let i = from;
    while (i < code.length) {
        const char = code[i];
        if (char === '"') {
            i = stringEnd(code, i);
            continue;
        }
        if (char === "(")
            depth += 1;
        else if (char === ")" && --depth === 0)
            return i;
        i += 1;
    }
    return undefined;
}


/***/ }),

/***/ 28344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_KEPT_FILE_CHARS: () => (/* reexport */ MAX_KEPT_FILE_CHARS),
  SchemaRegistry: () => (/* binding */ SchemaRegistry),
  forgetSharedSchemaRegistry: () => (/* binding */ forgetSharedSchemaRegistry),
  isAjvLoaded: () => (/* reexport */ isAjvLoaded),
  sharedSchemaRegistry: () => (/* binding */ sharedSchemaRegistry)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/file-url.js
var file_url = __webpack_require__(32718);
// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __webpack_require__(50156);
// EXTERNAL MODULE: ./.build/flows/ajv-linear-errors.js
var ajv_linear_errors = __webpack_require__(30797);
// EXTERNAL MODULE: ./.build/flows/schema-budget.js
var schema_budget = __webpack_require__(62051);
// EXTERNAL MODULE: ./.build/flows/schema-check-budget.js
var schema_check_budget = __webpack_require__(35184);
;// CONCATENATED MODULE: ./.build/flows/schema-ajv.js



const DRAFTS = {
    "http://json-schema.org/draft-07/schema": "draft-07",
    "https://json-schema.org/draft-07/schema": "draft-07",
    "https://json-schema.org/draft/2019-09/schema": "2019-09",
    "https://json-schema.org/draft/2020-12/schema": "2020-12",
};
function draftOf(schemaUri) {
    return DRAFTS[schemaUri.replace(/#$/, "")];
}
let ajvLoaded = false;
const constructors = new Map();
function importAjv(draft) {
    let pending = constructors.get(draft);
    if (!pending) {
        pending = (async () => {
            ajvLoaded = true;
            if (draft === "2020-12")
                return commonJsExport(await Promise.all(/* import() */[__webpack_require__.e(6285), __webpack_require__.e(3457), __webpack_require__.e(2210)]).then(__webpack_require__.t.bind(__webpack_require__, 52210, 19)), "Ajv2020");
            if (draft === "2019-09")
                return commonJsExport(await Promise.all(/* import() */[__webpack_require__.e(6285), __webpack_require__.e(3457), __webpack_require__.e(878)]).then(__webpack_require__.t.bind(__webpack_require__, 60878, 19)), "Ajv2019");
            return commonJsExport(await Promise.all(/* import() */[__webpack_require__.e(6285), __webpack_require__.e(3457), __webpack_require__.e(2463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 19)), "Ajv");
        })();
        constructors.set(draft, pending);
    }
    return pending;
}
function commonJsExport(namespace, name) {
    const module = namespace;
    const value = module[name] ?? module.default?.[name] ?? module.default;
    if (typeof value !== "function")
        throw new Error(`ajv did not load: no ${name} export`);
    return value;
}
function isAjvLoaded() {
    return ajvLoaded;
}
async function createAjv(draft, options) {
    const Ajv = await importAjv(draft);
    return new Ajv({
        strict: false,
        allErrors: true,
        validateSchema: false,
        code: { regExp: schema_budget/* re2RegExp */.Rn, source: options.source === true, process: (code) => (0,schema_check_budget/* budgetedChecks */.Y5)((0,ajv_linear_errors/* linearErrors */.f)(code)) },
        inlineRefs: false,
        meta: options.metaSchemas,
        logger: options.logger,
        loadSchema: options.loadSchema,
    });
}
const metaValidators = {
    "draft-07": () => __webpack_require__.e(/* import() */ 7051).then(__webpack_require__.bind(__webpack_require__, 7051)),
    "2019-09": () => __webpack_require__.e(/* import() */ 222).then(__webpack_require__.bind(__webpack_require__, 70222)),
    "2020-12": () => __webpack_require__.e(/* import() */ 8682).then(__webpack_require__.bind(__webpack_require__, 78682)),
};
async function metaSchemaErrors(draft, schema) {
    const validate = (await metaValidators[draft]()).validate;
    return validate(schema) ? undefined : (validate.errors ?? []);
}
const withFormats = new WeakSet();
async function prepareToCompile(ajv, uses) {
    const loading = [];
    if (uses.patterns)
        loading.push((0,schema_budget/* loadRe2 */.o4)());
    if (uses.formats && !withFormats.has(ajv)) {
        withFormats.add(ajv);
        loading.push(Promise.all(/* import() */[__webpack_require__.e(6285), __webpack_require__.e(3457), __webpack_require__.e(2815)]).then(__webpack_require__.t.bind(__webpack_require__, 82815, 19)).then((formats) => commonJsExport(formats, "default")(ajv)));
    }
    await Promise.all(loading);
}
function keywordsUsed(schema) {
    const uses = { patterns: false, formats: false, metaSchemas: false, localRefsOnly: true };
    const stack = [schema];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node === "string") {
            if (node.includes("json-schema.org")) {
                uses.metaSchemas = true;
                uses.patterns = true;
                uses.formats = true;
            }
            continue;
        }
        if (typeof node !== "object" || node === null)
            continue;
        for (const [key, value] of Object.entries(node)) {
            if (key === "pattern" || key === "patternProperties")
                uses.patterns = true;
            else if (key === "format")
                uses.formats = true;
            else if (REFERENCES.has(key) && (typeof value !== "string" || !value.startsWith("#")))
                uses.localRefsOnly = false;
            else if (key === "$id" && node !== schema)
                uses.localRefsOnly = false;
            stack.push(value);
        }
    }
    return uses;
}
const REFERENCES = new Set(["$ref", "$dynamicRef", "$recursiveRef"]);

// EXTERNAL MODULE: ./.build/json-text.js
var json_text = __webpack_require__(47948);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
// EXTERNAL MODULE: ./.build/quoted-text.js
var quoted_text = __webpack_require__(16158);
;// CONCATENATED MODULE: ./.build/flows/schema-errors.js




const MAX_SHOWN_ERRORS = 5;
function describePayloadErrors(errors, payload) {
    return describeErrors(errors ?? [], "payload", payload);
}
const VALUE_KEYWORDS = new Set([
    "type", "const", "enum", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "minLength", "maxLength",
]);
const MAX_SHOWN_VALUE = 80;
function valueAt(payload, pointer) {
    let value = payload;
    for (const part of pointer.split("/").slice(1)) {
        const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
        if (typeof value !== "object" || value === null || !Object.hasOwn(value, key))
            return undefined;
        value = value[key];
    }
    return value;
}
function gotValue(payload, pointer) {
    const value = valueAt(payload, pointer);
    if (value === undefined)
        return "";
    if (Array.isArray(value))
        return " (got an array)";
    if (typeof value === "object" && value !== null)
        return " (got an object)";
    return ` (got ${(0,text_cut/* clipText */.gL)(JSON.stringify(value) ?? String(value), MAX_SHOWN_VALUE)})`;
}
function describeSchemaErrors(errors) {
    return describeErrors(chosenBranches(errors ?? []), "");
}
function chosenBranches(errors) {
    const summary = new Set(["anyOf", "oneOf"]);
    const specific = new Set(errors.filter((e) => e.keyword !== "type" && !summary.has(e.keyword)).map((e) => e.instancePath));
    const branched = new Set(errors.filter((e) => summary.has(e.keyword)).map((e) => e.instancePath));
    return errors.filter((e) => !branched.has(e.instancePath) || !specific.has(e.instancePath) || (e.keyword !== "type" && !summary.has(e.keyword)));
}
function describeErrors(errors, subject, payload) {
    const sentences = [
        ...new Set(errors.map((error) => describeError(error, subject) + (payload !== undefined && VALUE_KEYWORDS.has(error.keyword) ? gotValue(payload, error.instancePath) : ""))),
    ];
    if (sentences.length === 0)
        return `${subject || "value"} is invalid`;
    const shown = sentences.slice(0, MAX_SHOWN_ERRORS).join("; ");
    const rest = sentences.length - MAX_SHOWN_ERRORS;
    return rest > 0 ? `${shown}; and ${rest} more` : shown;
}
function describeError(error, subject) {
    const where = `${subject}${error.instancePath}` || "schema";
    const params = error.params;
    let sentence = `${where} ${error.message ?? "is invalid"}`;
    if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
        sentence += `: ${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
    }
    else if (error.keyword === "const") {
        sentence += `: ${JSON.stringify(params.allowedValue)}`;
    }
    else if (error.keyword === "additionalProperties") {
        sentence += `: ${JSON.stringify(params.additionalProperty)}`;
    }
    else if (error.keyword === "unevaluatedProperties") {
        sentence += `: ${JSON.stringify(params.unevaluatedProperty)}`;
    }
    return sentence;
}
function positionOfPointer(text, pointer) {
    const scan = (0,json_text/* scanJson */.Ey)(text);
    if (!scan.ok)
        return undefined;
    for (let current = pointer;; current = current.slice(0, current.lastIndexOf("/"))) {
        const offset = scan.positions.get(current);
        if (offset !== undefined)
            return (0,json_text/* lineColumnAt */.IX)(text, offset);
        if (current === "")
            return undefined;
    }
}
function positionOfRef(text, matches) {
    const pattern = /"\$ref"\s*:\s*"/g;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
        const end = (0,quoted_text/* quotedTextEnd */.f)(text, pattern.lastIndex);
        if (!end.closed)
            pattern.lastIndex = found.index + 1;
        else if (matches(text.slice(pattern.lastIndex, end.at)))
            return (0,json_text/* lineColumnAt */.IX)(text, found.index);
        else
            pattern.lastIndex = end.at + 1;
    }
    return undefined;
}
function displayUri(uri) {
    if (!uri.startsWith("file:"))
        return uri;
    const hash = uri.indexOf("#");
    const path = (0,file_url/* fileURLToPath */.m)(hash < 0 ? uri : uri.slice(0, hash));
    return hash < 0 ? path : `${path}${uri.slice(hash)}`;
}
function schemaDiagnostic(file, message, position, severity = "error") {
    const diagnostic = { severity, file, message };
    if (position) {
        diagnostic.line = position.line;
        diagnostic.column = position.column;
    }
    return diagnostic;
}
function refProblem(path, text, error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = error.missingRef ??
        /but (\S+) cannot be resolved/.exec(message)?.[1];
    if (typeof missing === "string") {
        const fragment = missing.includes("#") ? missing.slice(missing.indexOf("#")) : "";
        const at = positionOfRef(text, (ref) => fragment !== "" && ref.endsWith(fragment));
        return schemaDiagnostic(path, `$ref to ${displayUri(missing)} cannot be resolved: nothing is defined there. ` +
            "Fix the $ref or add the definition it points to.", at);
    }
    return schemaDiagnostic(path, `schema cannot be compiled: ${message}. Fix the schema.`);
}

// EXTERNAL MODULE: ./.build/flows/file-problem.js
var file_problem = __webpack_require__(84186);
// EXTERNAL MODULE: ./.build/fs-async.js
var fs_async = __webpack_require__(93602);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/flows/utf8-check.js
var utf8_check = __webpack_require__(25148);
;// CONCATENATED MODULE: ./.build/flows/schema-files.js








class SchemaFileProblem extends user_error/* UserError */.y {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
async function readSchemaFile(path, referencedBy) {
    return parseSchemaText(path, await readSchemaText(path, referencedBy), referencedBy);
}
async function readSchemaText(path, referencedBy) {
    const from = referencedBy ? ` (referenced by a $ref in ${referencedBy})` : "";
    let text;
    try {
        text = (await (0,fs_async/* readTextFile */.Gu)(path)).replace(/^\uFEFF/, "");
    }
    catch (error) {
        const code = error.code;
        const { problem, hint } = (0,file_problem/* fileProblem */.W)(path, code, "file");
        throw new SchemaFileProblem(schemaDiagnostic(referencedBy ?? path, `schema file ${path} ${problem}${from}. ${code === "ENOENT" ? "Create it or fix the reference." : hint}`));
    }
    const notUtf8 = (0,utf8_check/* invalidUtf8 */.tR)(path, text);
    if (notUtf8) {
        const { line, column } = notUtf8;
        throw new SchemaFileProblem(schemaDiagnostic(path, (0,utf8_check/* invalidUtf8Message */.kC)("schema", notUtf8, "JSON", from), { line, column }));
    }
    return text;
}
function parseSchemaText(path, text, referencedBy) {
    const from = referencedBy ? ` (referenced by a $ref in ${referencedBy})` : "";
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        const position = parsed.line === undefined ? undefined : { line: parsed.line, column: parsed.column ?? 1 };
        throw new SchemaFileProblem(schemaDiagnostic(path, `schema is not valid JSON: ${parsed.message}${from}. Fix the JSON syntax.`, position));
    }
    return { text, value: parsed.value };
}
function fileForUri(uri, rootPath, declaredId) {
    const target = new URL(uri);
    if (target.protocol === "file:")
        return (0,file_url/* fileURLToPath */.m)(target);
    if (!declaredId)
        return undefined;
    const base = new URL(declaredId);
    if (base.origin !== target.origin)
        return undefined;
    const relativePath = external_node_path_.posix.relative(external_node_path_.posix.dirname(base.pathname), target.pathname);
    return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(rootPath), relativePath);
}
async function safeRead(path) {
    try {
        return await (0,fs_async/* readTextFile */.Gu)(path);
    }
    catch {
        return "";
    }
}

;// CONCATENATED MODULE: ./.build/flows/schema-refs.js







class MetaSchemasNeeded extends Error {
}
async function loadReferencedSchema(uri, draft, current) {
    const referrer = current?.path ?? "the schema";
    const file = current ? fileForUri(uri, current.path, current.declaredId) : undefined;
    if (!file) {
        throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref to ${uri} cannot be followed: only files next to the schema are loaded, never URLs. ` +
            "Copy that schema into the package and refer to it by a relative path.", current
            ? positionOfRef(await safeRead(current.path), (ref) => uri.endsWith(ref.split("#")[0] ?? "\0"))
            : undefined));
    }
    if (current && !(0,schema_budget/* isInside */.FK)(current.root, file)) {
        throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref to ${file} leaves the flow package (${current.root}): only files inside the package are loaded. ` +
            "Copy that schema into the package and refer to it by a relative path.", positionOfRef(await safeRead(current.path), (ref) => refNames(ref, uri, file, current.path))));
    }
    if (current)
        current.spent += (0,schema_budget/* checkSchemaFileSize */.Nr)(file, current.spent);
    let loaded;
    try {
        loaded = await readSchemaFile(file, referrer);
    }
    catch (error) {
        if (error instanceof SchemaFileProblem && current && error.diagnostic.file === referrer) {
            const text = await safeRead(current.path);
            const at = positionOfRef(text, (ref) => ref.split("#")[0] !== "" && (0,external_node_path_.basename)(ref.split("#")[0] ?? "") === (0,external_node_path_.basename)(file));
            throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref points to ${file}, which does not exist. Create that file or fix the $ref (it is relative to ${(0,external_node_path_.dirname)(referrer)}).`, at));
        }
        throw error;
    }
    if (!(0,diagnostics/* isTable */.bI)(loaded.value)) {
        throw new SchemaFileProblem(schemaDiagnostic(file, `schema is ${(0,diagnostics/* describeValue */.bp)(loaded.value)}; expected a JSON object (referenced by a $ref in ${referrer}).`, { line: 1, column: 1 }));
    }
    const schema = loaded.value;
    (0,schema_budget/* checkSchemaDepth */.Fm)(schema);
    (0,schema_budget/* checkSchemaExpansion */.xW)(schema);
    delete schema.$schema;
    const metaErrors = await metaSchemaErrors(draft, schema);
    if (metaErrors !== undefined) {
        throw new SchemaFileProblem(schemaDiagnostic(file, `schema is invalid: ${describeSchemaErrors(metaErrors)} (referenced by a $ref in ${referrer}). Fix it to follow JSON Schema ${draft}.`, positionOfPointer(loaded.text, metaErrors[0]?.instancePath ?? "")));
    }
    if (typeof schema.$id !== "string")
        schema.$id = (0,file_url/* pathToFileURL */.q)(file).href;
    if (current) {
        const uses = keywordsUsed(schema);
        if (uses.metaSchemas && !current.metaSchemas)
            throw new MetaSchemasNeeded();
        await prepareToCompile(current.ajv, uses);
    }
    return schema;
}
function refNames(ref, uri, file, from) {
    const target = ref.split("#")[0] ?? "";
    if (target === "")
        return false;
    if (target === uri.split("#")[0])
        return true;
    return !/^[a-z][a-z0-9+.-]*:/i.test(target) && (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from), target) === file;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./.build/flows/schema-cache-config.js


function schemaCacheDir(env) {
    if (/^(0|false|off|no)$/i.test(env.FLOWS_CACHE?.trim() ?? ""))
        return undefined;
    if (env.FLOWS_CACHE_DIR)
        return env.FLOWS_CACHE_DIR;
    if (env.XDG_CACHE_HOME)
        return join(env.XDG_CACHE_HOME, "flows-action");
    let home;
    try {
        home = env.HOME || homedir();
    }
    catch {
        return undefined;
    }
    return home ? join(home, ".cache", "flows-action") : undefined;
}
let configured;
function useSchemaCache(options) {
    configured = options;
}
function configuredSchemaCache() {
    return configured;
}

;// CONCATENATED MODULE: ./.build/flows/schema-problems.js





function loggedWarning(path, text, logged) {
    const at = /at path "#([^"]*)"/.exec(logged)?.[1];
    const format = /unknown format "([^"]*)"/.exec(logged)?.[1];
    if (format === undefined)
        return schemaDiagnostic(path, logged, undefined, "warning");
    const pointer = at === undefined ? undefined : `${at}/format`;
    return schemaDiagnostic(path, `${logged}; payloads are not checked against it. ` +
        "Use a format ajv-formats knows (date-time, uri, email, ...) or remove it.", pointer === undefined ? undefined : positionOfPointer(text, pointer), "warning");
}
function compileProblem(path, text, error) {
    if (error instanceof SchemaFileProblem)
        return error.diagnostic;
    if (error instanceof schema_budget/* SchemaBudgetProblem */.Kn) {
        const at = error.near === undefined ? -1 : text.indexOf(error.near);
        return schemaDiagnostic(path, error.message, at < 0 ? undefined : (0,json_text/* lineColumnAt */.IX)(text, at));
    }
    if (error instanceof RangeError) {
        return schemaDiagnostic(path, `schema cannot be compiled: it is too deeply nested or recursive (${error.message}). ` +
            "Simplify it: fewer nested levels, no $ref cycles that do not step into the payload.");
    }
    const message = error instanceof Error ? error.message : String(error);
    return schemaDiagnostic(path, `schema cannot be compiled: ${message}`);
}
function guardedCheck(path, validate, onProblem) {
    return (payload) => {
        try {
            return (0,schema_check_budget/* checkWithinBudget */.hW)(() => validate(payload)) ? { ok: true } : { ok: false, message: describePayloadErrors(validate.errors, payload) };
        }
        catch (error) {
            if (error instanceof schema_check_budget/* CheckBudgetExceeded */.l9) {
                validate.errors = null;
                const message = error.over === "errors"
                    ? `${describePayloadErrors(error.errors, payload)}; the check stopped there, at ${(0,schema_check_budget/* checkBudgetText */.Tz)(error)}`
                    : `the check stopped after ${(0,schema_check_budget/* checkBudgetText */.Tz)(error)}, so it did not finish`;
                return { ok: false, message, stopped: error.over };
            }
            const reason = error instanceof RangeError ? "it recurses too deeply" : `it failed (${String(error)})`;
            const message = `schema could not check the payload: ${reason}. ` +
                "Remove $ref cycles that do not step into the payload, or simplify the schema.";
            onProblem(schemaDiagnostic(path, message));
            return { ok: false, message };
        }
    };
}

// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __webpack_require__(31363);
;// CONCATENATED MODULE: ./.build/flows/schema-walk.js

const ONE_SCHEMA = new Set([
    "additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else",
    "unevaluatedProperties", "unevaluatedItems", "items", "contentSchema",
]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies"]);
const MAX_NODES = 100_000;
const pointerPart = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
function* subschemas(schema) {
    const stack = [{ node: schema, pointer: "" }];
    let visited = 0;
    while (stack.length > 0 && visited < MAX_NODES) {
        const { node, pointer } = stack.pop();
        if (!(0,diagnostics/* isTable */.bI)(node))
            continue;
        visited += 1;
        yield { node, pointer };
        const children = [];
        for (const [key, value] of Object.entries(node)) {
            const at = `${pointer}/${pointerPart(key)}`;
            if (ONE_SCHEMA.has(key))
                children.push({ node: value, pointer: at });
            if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
                for (const [i, item] of value.entries())
                    children.push({ node: item, pointer: `${at}/${i}` });
            }
            if (SCHEMA_MAPS.has(key) && (0,diagnostics/* isTable */.bI)(value)) {
                for (const [name, item] of Object.entries(value))
                    children.push({ node: item, pointer: `${at}/${pointerPart(name)}` });
            }
        }
        for (let i = children.length - 1; i >= 0; i -= 1)
            stack.push(children[i]);
    }
}

;// CONCATENATED MODULE: ./.build/flows/schema-keyword-typos.js



const KEYWORDS = [
    "$schema", "$id", "$ref", "$comment", "$defs", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef",
    "$recursiveAnchor", "$vocabulary", "definitions", "type", "enum", "const", "multipleOf", "maximum",
    "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "items",
    "additionalItems", "prefixItems", "maxItems", "minItems", "uniqueItems", "contains", "maxContains", "minContains",
    "maxProperties", "minProperties", "required", "properties", "patternProperties", "additionalProperties",
    "dependencies", "dependentRequired", "dependentSchemas", "propertyNames", "unevaluatedProperties",
    "unevaluatedItems", "if", "then", "else", "allOf", "anyOf", "oneOf", "not", "format", "contentEncoding",
    "contentMediaType", "contentSchema", "title", "description", "default", "deprecated", "readOnly", "writeOnly",
    "examples",
];
const KNOWN = new Set(KEYWORDS);
const ANNOTATIONS = new Set(["$comment", "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples"]);
const CHECKING = KEYWORDS.filter((keyword) => !ANNOTATIONS.has(keyword));
const MAX_WARNINGS = 10;
function keywordTypoWarnings(path, text, schema) {
    const warnings = [];
    for (const { node, pointer } of subschemas(schema)) {
        for (const key of Object.keys(node)) {
            if (KNOWN.has(key))
                continue;
            const keyword = (0,did_you_mean/* closest */.k)(key, CHECKING);
            if (keyword === undefined)
                continue;
            const message = `"${key}" is not a JSON Schema keyword, so it is ignored and payloads are not checked against it. ` +
                `Did you mean "${keyword}"? Keywords are case-sensitive: fix its spelling.`;
            warnings.push(schemaDiagnostic(path, message, positionOfPointer(text, `${pointer}/${pointerPart(key)}`), "warning"));
            if (warnings.length >= MAX_WARNINGS)
                return warnings;
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./.build/flows/schema-later-keywords.js


const LATER_KEYWORDS = {
    unevaluatedProperties: "2019-09",
    unevaluatedItems: "2019-09",
    dependentRequired: "2019-09",
    dependentSchemas: "2019-09",
    minContains: "2019-09",
    maxContains: "2019-09",
    $recursiveRef: "2019-09",
    prefixItems: "2020-12",
    $dynamicRef: "2020-12",
};
function laterDraftKeywordWarnings(path, text, schema, declared) {
    const found = new Map();
    for (const { node, pointer } of subschemas(schema)) {
        for (const key of Object.keys(node)) {
            if (LATER_KEYWORDS[key] !== undefined && !found.has(key))
                found.set(key, `${pointer}/${pointerPart(key)}`);
        }
    }
    const why = declared === undefined ? "it has no $schema" : "of its $schema";
    const fix = declared === undefined
        ? 'Add "$schema": "https://json-schema.org/draft/2020-12/schema" at the top of the schema, or remove the keyword.'
        : 'Set $schema to "https://json-schema.org/draft/2020-12/schema", or remove the keyword.';
    const warnings = [...found].map(([keyword, pointer]) => schemaDiagnostic(path, `${keyword} is a keyword of JSON Schema ${LATER_KEYWORDS[keyword]} and later, but this schema is checked as draft-07 ` +
        `(because ${why}), which ignores it: payloads are not checked against it. ${fix}`, positionOfPointer(text, pointer), "warning"));
    return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./.build/flows/kept-by-text.js
const MAX_KEPT_FILE_CHARS = 16 * 1024;
const MAX_KEPT_ENTRIES = 512;
function keyOf(path, text, also) {
    return [path, ...also, text].join("\0");
}
function keptFor(kept, path, text, also = []) {
    return kept?.get(keyOf(path, text, also));
}
function keep(kept, path, text, value, also = []) {
    if (kept === undefined || text.length > MAX_KEPT_FILE_CHARS)
        return;
    if (kept.size >= MAX_KEPT_ENTRIES)
        kept.clear();
    kept.set(keyOf(path, text, also), value);
}

;// CONCATENATED MODULE: ./.build/flows/schemas.js















class SchemaRegistry {
    options;
    compiled = new Map();
    instances = new Map();
    queue = Promise.resolve();
    current;
    checkProblems = new Map();
    shared;
    files;
    ajvCompiles = 0;
    keptFileHits = 0;
    cacheHits = 0;
    metaChecks = 0;
    constructor(options = {}) {
        this.options = options;
        this.shared = options.sharedCompiles ?? new Map();
        if (this.shared.size > MAX_SHARED_COMPILES)
            this.shared.clear();
        this.files = options.keptFiles;
    }
    get keptFileHitCount() {
        return this.keptFileHits;
    }
    get cacheHitCount() {
        return this.cacheHits;
    }
    get cache() {
        const { cache } = this.options;
        return typeof cache === "function" ? cache() : cache;
    }
    get compiledCount() {
        return this.compiled.size;
    }
    get metaCheckCount() {
        return this.metaChecks;
    }
    get ajvCompileCount() {
        return this.ajvCompiles;
    }
    async problemsOf(schemaPath) {
        const path = (0,external_node_path_.resolve)(schemaPath);
        const entry = this.compiled.get(path);
        const compiled = entry ? await entry : undefined;
        const problems = compiled && !compiled.ok ? [compiled.diagnostic] : [];
        const checked = this.checkProblems.get(path);
        return checked ? [...problems, checked] : problems;
    }
    compile(schemaPath) {
        const path = (0,external_node_path_.resolve)(schemaPath);
        let entry = this.compiled.get(path);
        if (!entry) {
            const task = () => this.compileNow(path);
            const run = this.queue.then(task, task);
            this.queue = run;
            entry = run;
            this.compiled.set(path, entry);
        }
        return entry;
    }
    async compileNow(path) {
        const warnings = [];
        let text = "";
        try {
            const spent = (0,schema_budget/* checkSchemaFileSize */.Nr)(path, 0);
            text = await readSchemaText(path);
            const kept = keptFor(this.files, path, text);
            if (kept) {
                this.keptFileHits += 1;
                return this.compiledFrom(path, text, kept.shared, [...kept.warnings]);
            }
            const file = parseSchemaText(path, text);
            const schema = file.value;
            if (typeof schema === "boolean") {
                const validate = (await this.instance("draft-07")).compile(schema);
                const check = guardedCheck(path, validate, (problem) => this.checkProblems.set(path, problem));
                return { ok: true, schemaPath: path, check, warnings };
            }
            (0,schema_budget/* checkSchemaDepth */.Fm)(schema);
            (0,schema_budget/* checkSchemaExpansion */.xW)(schema);
            const cycle = (0,schema_budget/* findInPlaceRefCycle */.F)(schema);
            if (cycle !== undefined) {
                const message = "schema refers back to itself without stepping into the payload (a $ref cycle through " +
                    `${cycle || "the root"}), so checking any payload would recurse forever. Make the $ref point at a ` +
                    "subschema that describes a property or item, or remove it.";
                return this.failed(path, schemaDiagnostic(path, message, positionOfPointer(text, `${cycle}/$ref`)), warnings);
            }
            if (!(0,diagnostics/* isTable */.bI)(schema)) {
                const message = `schema is ${(0,diagnostics/* describeValue */.bp)(schema)}; expected a JSON object (a JSON Schema). Start the file with {.`;
                return this.failed(path, schemaDiagnostic(path, message, { line: 1, column: 1 }), warnings);
            }
            const declared = typeof schema.$schema === "string" ? schema.$schema : undefined;
            let draft = declared === undefined ? "draft-07" : draftOf(declared);
            if (!draft) {
                warnings.push(schemaDiagnostic(path, `$schema "${declared}" is not supported, so the schema is checked as draft-07. ` +
                    'Set $schema to "http://json-schema.org/draft-07/schema#" or ' +
                    '"https://json-schema.org/draft/2020-12/schema".', positionOfPointer(file.text, "/$schema"), "warning"));
                draft = "draft-07";
                delete schema.$schema;
            }
            if (draft === "draft-07")
                warnings.push(...laterDraftKeywordWarnings(path, file.text, schema, declared));
            warnings.push(...keywordTypoWarnings(path, file.text, schema));
            return await this.compileObject({ path, text: file.text, spent, warnings }, schema, draft);
        }
        catch (error) {
            return this.failed(path, compileProblem(path, text, error), warnings);
        }
    }
    async compileObject(file, schema, draft) {
        const { path, text, warnings } = file;
        const { $schema: _declared, ...content } = schema;
        const uses = keywordsUsed(content);
        const key = uses.localRefsOnly ? `${draft}\0${JSON.stringify(content)}` : undefined;
        const copy = key === undefined ? undefined : this.shared.get(key);
        if (copy)
            return this.keptFrom(path, text, copy, warnings);
        const cache = key !== undefined && !uses.metaSchemas ? this.cache : undefined;
        const cached = cache && key !== undefined ? await this.fromCache(cache, key) : undefined;
        if (cached)
            return this.keptFrom(path, text, cached, warnings);
        this.metaChecks += 1;
        const metaErrors = await metaSchemaErrors(draft, schema);
        if (metaErrors !== undefined) {
            const message = `schema is invalid: ${describeSchemaErrors(metaErrors)}. Fix it to follow JSON Schema ${draft}.`;
            const diagnostic = schemaDiagnostic(path, message, positionOfPointer(text, metaErrors[0]?.instancePath ?? ""));
            return { ok: false, schemaPath: path, diagnostic, warnings, metaSchemaInvalid: true };
        }
        delete schema.$schema;
        const declaredId = typeof schema.$id === "string" ? schema.$id : undefined;
        const compiled = await this.compileWith({ ...file, declaredId }, schema, draft, uses);
        if (compiled.ok && key !== undefined)
            this.shared.set(key, compiled.shared);
        if (compiled.ok && cache && key !== undefined && compiled.ajv) {
            const { schemaCacheKey, writeCachedValidator } = await __webpack_require__.e(/* import() */ 1394).then(__webpack_require__.bind(__webpack_require__, 21394));
            const { validate, logged } = compiled.shared;
            await writeCachedValidator(cache, schemaCacheKey(key), compiled.ajv, validate, logged);
        }
        if (!compiled.ok)
            return compiled.failed;
        return key === undefined ? this.compiledFrom(path, text, compiled.shared, warnings) : this.keptFrom(path, text, compiled.shared, warnings);
    }
    keptFrom(path, text, compiled, warnings) {
        keep(this.files, path, text, { shared: compiled, warnings: [...warnings] });
        return this.compiledFrom(path, text, compiled, warnings);
    }
    async fromCache(cache, key) {
        const { readCachedValidator, schemaCacheKey } = await __webpack_require__.e(/* import() */ 1394).then(__webpack_require__.bind(__webpack_require__, 21394));
        const cached = await readCachedValidator(cache, schemaCacheKey(key));
        if (!cached)
            return undefined;
        this.cacheHits += 1;
        this.shared.set(key, cached);
        return cached;
    }
    async compileWith(file, schema, draft, uses) {
        const { path, text, warnings, declaredId } = file;
        const id = declaredId ?? (0,file_url/* pathToFileURL */.q)(path).href;
        schema.$id = id;
        let ajv = await this.instance(draft, uses.metaSchemas);
        const idKey = id.replace(/#$/, "");
        if (ajv.schemas[idKey] || ajv.refs[idKey])
            ajv = await this.createInstance(draft, uses.metaSchemas);
        await prepareToCompile(ajv, uses);
        this.current = {
            path,
            ajv,
            metaSchemas: uses.metaSchemas,
            logged: [],
            root: (0,schema_budget/* packageRootOf */.WD)(path),
            spent: file.spent,
            ...(declaredId ? { declaredId } : {}),
        };
        this.ajvCompiles += 1;
        try {
            const validate = await ajv.compileAsync(schema);
            return { ok: true, shared: { validate, logged: this.current.logged }, ajv };
        }
        catch (error) {
            try {
                ajv.removeSchema(idKey);
            }
            catch {
            }
            this.current = undefined;
            if (error instanceof MetaSchemasNeeded) {
                return this.compileWith(file, schema, draft, { ...uses, metaSchemas: true, patterns: true, formats: true });
            }
            if (error instanceof SchemaFileProblem || error instanceof schema_budget/* SchemaBudgetProblem */.Kn || error instanceof RangeError) {
                return { ok: false, failed: this.failed(path, compileProblem(path, text, error), warnings) };
            }
            return { ok: false, failed: this.failed(path, refProblem(path, text, error), warnings) };
        }
        finally {
            this.current = undefined;
        }
    }
    compiledFrom(path, text, compiled, warnings) {
        for (const message of new Set(compiled.logged))
            warnings.push(loggedWarning(path, text, message));
        const check = guardedCheck(path, compiled.validate, (problem) => this.checkProblems.set(path, problem));
        return { ok: true, schemaPath: path, check, warnings };
    }
    failed(path, diagnostic, warnings) {
        return { ok: false, schemaPath: path, diagnostic, warnings };
    }
    instance(draft, metaSchemas = false) {
        const key = metaSchemas ? `${draft}+meta` : draft;
        let pending = this.instances.get(key);
        if (!pending) {
            pending = this.createInstance(draft, metaSchemas);
            this.instances.set(key, pending);
        }
        return pending;
    }
    createInstance(draft, metaSchemas) {
        const logger = {
            log: () => undefined,
            warn: (...args) => this.current?.logged.push(args.map(String).join(" ")),
            error: (...args) => this.current?.logged.push(args.map(String).join(" ")),
        };
        return createAjv(draft, {
            logger,
            loadSchema: (uri) => loadReferencedSchema(uri, draft, this.current),
            metaSchemas,
            source: this.cache !== undefined,
        });
    }
}
const MAX_SHARED_COMPILES = 512;
let shared;
let keptCompiles;
let keptFiles;
function forgetSharedSchemaRegistry(options = {}) {
    shared = undefined;
    keptCompiles = options.keepSelfContained ? (keptCompiles ?? new Map()) : undefined;
    keptFiles = options.keepSelfContained ? (keptFiles ?? new Map()) : undefined;
}
function sharedSchemaRegistry() {
    shared ??= new SchemaRegistry({ cache: configuredSchemaCache, ...(keptCompiles ? { sharedCompiles: keptCompiles } : {}), ...(keptFiles ? { keptFiles } : {}) });
    return shared;
}


/***/ }),

/***/ 93602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   nM: () => (/* binding */ removeFile)
/* harmony export */ });
/* unused harmony exports FileTooLargeError, readTextFileWithin, readFileWithin, statPath, fsCall */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

function readTextFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8", (error, text) => (error ? reject(error) : resolve(text))));
}
class FileTooLargeError extends Error {
    maxBytes;
    code = "EFBIG";
    constructor(maxBytes) {
        super(`the file is larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
    }
}
async function readTextFileWithin(file, maxBytes) {
    return (await readFileWithin(file, maxBytes)).toString("utf8");
}
function readFileWithin(file, maxBytes) {
    return new Promise((resolve, reject) => {
        const opened = (openError, fd) => {
            if (openError) {
                reject(openError);
                return;
            }
            const chunks = [];
            let total = 0;
            const done = (error) => (error ? reject(error) : resolve(Buffer.concat(chunks, total)));
            const finish = (error) => (typeof file === "string" ? close(fd, () => done(error)) : done(error));
            const next = () => {
                const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
                read(fd, chunk, 0, chunk.length, null, (readError, bytes) => {
                    if (readError?.code === "EAGAIN")
                        return void setTimeout(next, 5);
                    if (readError)
                        return finish(readError);
                    if (bytes === 0)
                        return finish(undefined);
                    chunks.push(chunk.subarray(0, bytes));
                    total += bytes;
                    if (total > maxBytes)
                        return finish(new FileTooLargeError(maxBytes));
                    next();
                });
            };
            next();
        };
        if (typeof file === "string")
            open(file, "r", opened);
        else
            opened(null, file.fd);
    });
}
function statPath(path) {
    return new Promise((resolve, reject) => stat(path, (error, info) => (error ? reject(error) : resolve(info))));
}
function removeFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlink)(path, (error) => (error ? reject(error) : resolve())));
}
function fsCall(start) {
    return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}


/***/ })

};
