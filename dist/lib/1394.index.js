export const id = 1394;
export const ids = [1394];
export const modules = {

/***/ 21394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCachedValidator: () => (/* binding */ readCachedValidator),
/* harmony export */   schemaCacheKey: () => (/* binding */ schemaCacheKey),
/* harmony export */   writeCachedValidator: () => (/* binding */ writeCachedValidator)
/* harmony export */ });
/* unused harmony exports AJV_VERSION, SCHEMA_CACHE_VERSION */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93602);
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61557);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75244);
/* harmony import */ var _ajv_linear_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30797);
/* harmony import */ var _schema_check_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35184);
/* harmony import */ var _schema_budget_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62051);








const AJV_VERSION = "8.20.0";
const SCHEMA_CACHE_VERSION = 1;
const HEADER = `// flows-action compiled schema ${SCHEMA_CACHE_VERSION}`;
const LOGGED = "// logged: ";
const RUNTIME = {
    "ajv/dist/runtime/equal": async () => ({ default: commonJsDefault(await __webpack_require__.e(/* import() */ 4951).then(__webpack_require__.t.bind(__webpack_require__, 24951, 19))) }),
    "ajv/dist/runtime/ucs2length": async () => ({
        default: commonJsDefault(await __webpack_require__.e(/* import() */ 6214).then(__webpack_require__.t.bind(__webpack_require__, 36214, 19))),
    }),
    "ajv/dist/runtime/uri": async () => ({ default: commonJsDefault(await __webpack_require__.e(/* import() */ 6285).then(__webpack_require__.t.bind(__webpack_require__, 36285, 19))) }),
    re2js: async () => {
        await (0,_schema_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .loadRe2 */ .o4)();
        return { RE2JS: _schema_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .re2RegExp */ .Rn };
    },
    "ajv-formats/dist/formats": async () => {
        const formats = (await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.t.bind(__webpack_require__, 10779, 19)));
        return { fullFormats: formats.fullFormats ?? formats.default?.fullFormats };
    },
};
function commonJsDefault(namespace) {
    const module = namespace;
    return module.default?.default ?? module.default ?? namespace;
}
function schemaCacheKey(contentKey) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(`flows-action schema cache ${SCHEMA_CACHE_VERSION}\0ajv ${AJV_VERSION}\0${contentKey}`);
}
function cacheFile(cache, key) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cache.dir, "schemas", `${key}.cjs`);
}
async function readCachedValidator(cache, key) {
    const path = cacheFile(cache, key);
    let text;
    try {
        text = await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(path);
    }
    catch (error) {
        cache.debug?.(`schema cache miss: ${path} (${error.code ?? String(error)})`);
        return undefined;
    }
    try {
        const validator = await loadCode(text, key);
        cache.debug?.(`schema cache hit: ${path}`);
        return validator;
    }
    catch (error) {
        cache.debug?.(`schema cache file ignored: ${path}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
}
async function loadCode(text, key) {
    const lines = text.split("\n");
    const footer = `// end ${key}`;
    if (lines[0] !== HEADER || !lines[1]?.startsWith(LOGGED) || lines.at(-1) !== footer) {
        throw new Error("not a complete cache file");
    }
    const logged = JSON.parse(lines[1].slice(LOGGED.length));
    if (!Array.isArray(logged) || !logged.every((line) => typeof line === "string"))
        throw new Error("bad logged lines");
    const code = (0,_schema_check_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetedChecks */ .Y5)((0,_ajv_linear_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .linearErrors */ .f)(lines.slice(2, -1).join("\n")));
    const modules = new Map();
    for (const name of requiredModules(code)) {
        const load = RUNTIME[name];
        if (!load)
            throw new Error(`it requires ${JSON.stringify(name)}, which compiled schemas do not use`);
        modules.set(name, await load());
    }
    const require = (name) => {
        if (!modules.has(name))
            throw new Error(`compiled schema requires ${JSON.stringify(name)}`);
        return modules.get(name);
    };
    const module = { exports: {} };
    new Function("require", "module", "exports", code)(require, module, module.exports);
    if (typeof module.exports !== "function")
        throw new Error("it does not export a validator");
    return { validate: module.exports, logged: logged };
}
function requiredModules(code) {
    const names = new Set();
    for (const match of code.matchAll(/\brequire\s*\(\s*("(?:[^"\\]|\\.)*")\s*\)/g))
        names.add(JSON.parse(match[1]));
    const calls = code.match(/\brequire\b/g)?.length ?? 0;
    if (calls !== [...code.matchAll(/\brequire\s*\(\s*"(?:[^"\\]|\\.)*"\s*\)/g)].length)
        names.add("<computed>");
    return names;
}
async function writeCachedValidator(cache, key, ajv, validate, logged) {
    const path = cacheFile(cache, key);
    try {
        const standalone = await __webpack_require__.e(/* import() */ 1398).then(__webpack_require__.t.bind(__webpack_require__, 41398, 19));
        const standaloneCode = commonJsDefault(standalone);
        const code = (0,_ajv_linear_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .linearErrors */ .f)(standaloneCode(ajv, validate));
        for (const name of requiredModules(code)) {
            if (!RUNTIME[name])
                throw new Error(`its code requires ${JSON.stringify(name)}`);
        }
        if (code.includes("\n// end "))
            throw new Error("its code contains the end marker");
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cache.dir, "schemas"), { recursive: true, mode: 0o700 });
        (0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(path, `${HEADER}\n${LOGGED}${JSON.stringify(logged)}\n${code}\n// end ${key}`);
        cache.debug?.(`schema cache written: ${path}`);
    }
    catch (error) {
        cache.debug?.(`schema cache not written: ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ })

};
