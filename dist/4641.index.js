export const id = 4641;
export const ids = [4641];
export const modules = {

/***/ 51704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ ByteGroup)
/* harmony export */ });
class ByteGroup {
    #buffer;
    #length = 0;
    constructor(initialBytes) {
        this.#buffer = Buffer.allocUnsafe(initialBytes);
    }
    get length() {
        return this.#length;
    }
    add(bytes) {
        if (this.#length + bytes.length > this.#buffer.length) {
            const larger = Buffer.allocUnsafe(Math.max(2 * this.#buffer.length, this.#length + bytes.length));
            this.#buffer.copy(larger, 0, 0, this.#length);
            this.#buffer = larger;
        }
        this.#buffer.set(bytes, this.#length);
        this.#length += bytes.length;
    }
    take() {
        const text = this.#buffer.toString("utf8", 0, this.#length);
        this.#length = 0;
        return text;
    }
}


/***/ }),

/***/ 34641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEventStreamed: () => (/* binding */ readEventStreamed),
/* harmony export */   readJsonStreamed: () => (/* binding */ readJsonStreamed)
/* harmony export */ });
/* harmony import */ var _byte_group_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51704);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85797);
/* harmony import */ var _lazy_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63973);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24848);







const CHUNK = 64 * 1024;
const GROUP_BYTES = 16 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
function readEventStreamed(path, options) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
    try {
        return readJsonStreamed(fd, options);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readJsonStreamed(fd, options) {
    const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const spans = findBigArrays(fd, limit, options.minBytes, options.maxDepth);
    if (spans === undefined || spans.length === 0)
        return undefined;
    return buildValue(fd, limit, spans, options.scratchDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)());
}
function forEachChunk(fd, limit, each) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let offset = 0;
    for (;;) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(CHUNK, limit - offset), offset);
        if (read === 0)
            return;
        if (each(chunk.subarray(0, read), offset) === false)
            return;
        offset += read;
    }
}
function findBigArrays(fd, limit, minBytes, maxDepth) {
    const spans = [];
    const opens = new Float64Array(maxDepth + 2);
    const kinds = new Uint8Array(maxDepth + 2);
    const deepest = new Int32Array(maxDepth + 2);
    const before = new Float64Array(maxDepth + 2);
    let containers = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let ok = true;
    forEachChunk(fd, limit, (chunk, offset) => {
        for (let i = 0; i < chunk.length; i++) {
            const byte = chunk[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (byte === BACKSLASH)
                    escaped = true;
                else if (byte === QUOTE)
                    inString = false;
                continue;
            }
            if (byte === QUOTE)
                inString = true;
            else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
                if (++depth > maxDepth) {
                    ok = false;
                    return false;
                }
                opens[depth] = offset + i;
                kinds[depth] = byte;
                deepest[depth] = depth;
                before[depth] = containers++;
            }
            else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
                if (depth === 0 || kinds[depth] !== byte - 2) {
                    ok = false;
                    return false;
                }
                const start = opens[depth];
                const end = offset + i + 1;
                const below = deepest[depth];
                if (byte === CLOSE_ARRAY && end - start >= minBytes) {
                    while (spans.length > 0 && spans[spans.length - 1].start > start)
                        spans.pop();
                    spans.push({ start, end, height: below - depth + 1, containers: containers - before[depth] });
                }
                depth--;
                if (depth > 0 && below > deepest[depth])
                    deepest[depth] = below;
            }
        }
        return true;
    });
    return ok && depth === 0 && !inString ? spans : undefined;
}
function buildValue(fd, limit, spans, scratchDir) {
    const scratch = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_scratch_js__WEBPACK_IMPORTED_MODULE_5__/* .makeScratchDir */ .K)("flows-event-", scratchDir), "arrays.json");
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(scratch, "w");
    const marker = `flows-skeleton-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}-`;
    const skeleton = [];
    const ranges = [];
    let written = 0;
    const write = (text) => {
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(out, text);
    };
    let valid = true;
    try {
        let span = 0;
        const group = new _byte_group_js__WEBPACK_IMPORTED_MODULE_6__/* .ByteGroup */ .s(2 * GROUP_BYTES);
        const addToGroup = (bytes) => group.add(bytes);
        let groups = 0;
        let depth = 0;
        let inString = false;
        let escaped = false;
        const flushGroup = (last) => {
            const text = group.take();
            let items;
            try {
                items = JSON.parse(`[${text}]`);
            }
            catch {
                return false;
            }
            if (items.length === 0)
                return false;
            const json = JSON.stringify(items);
            write(`${groups === 0 ? "[" : ","}${json.slice(1, -1)}${last ? "]" : ""}`);
            groups++;
            return true;
        };
        let inSpan = false;
        forEachChunk(fd, limit, (chunk, offset) => {
            let from = 0;
            let i = 0;
            while (i < chunk.length) {
                const current = spans[span];
                if (!inSpan) {
                    const until = current === undefined ? chunk.length : Math.min(chunk.length, current.start - offset);
                    if (i < until) {
                        skeleton.push(Buffer.from(chunk.subarray(i, until)));
                        i = until;
                        continue;
                    }
                    skeleton.push(Buffer.from(`"${marker}${span}"`));
                    ranges.push({ start: written, end: -1, height: current.height, containers: current.containers });
                    inSpan = true;
                    depth = 0;
                    groups = 0;
                    inString = false;
                    escaped = false;
                    i++;
                    from = i;
                    continue;
                }
                const byte = chunk[i];
                if (offset + i === current.end - 1) {
                    addToGroup(chunk.subarray(from, i));
                    if (!flushGroup(true)) {
                        valid = false;
                        return false;
                    }
                    ranges[ranges.length - 1].end = written;
                    inSpan = false;
                    span++;
                    i++;
                    continue;
                }
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (byte === BACKSLASH)
                        escaped = true;
                    else if (byte === QUOTE)
                        inString = false;
                }
                else if (byte === QUOTE)
                    inString = true;
                else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT)
                    depth++;
                else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT)
                    depth--;
                else if (byte === COMMA && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
                    addToGroup(chunk.subarray(from, i));
                    if (!flushGroup(false)) {
                        valid = false;
                        return false;
                    }
                    from = i + 1;
                }
                i++;
            }
            if (inSpan && from < chunk.length) {
                addToGroup(chunk.subarray(from));
            }
            return true;
        });
        if (!valid || span !== spans.length)
            return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(out);
    }
    const lazies = ranges.map((range) => {
        const array = (0,_lazy_json_js__WEBPACK_IMPORTED_MODULE_4__/* .lazyArray */ .UP)({ path: scratch, start: range.start, end: range.end });
        (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberShape */ .b6)(array, { height: range.height, containers: range.containers });
        return array;
    });
    const seen = new Set();
    let value;
    try {
        value = JSON.parse(Buffer.concat(skeleton).toString("utf8"), (_key, item) => {
            if (typeof item !== "string" || !item.startsWith(marker))
                return item;
            const index = Number(item.slice(marker.length));
            seen.add(index);
            return lazies[index];
        });
    }
    catch {
        return undefined;
    }
    return seen.size === lazies.length ? { value, lazyArrays: lazies.length } : undefined;
}


/***/ }),

/***/ 63973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ lazyArray),
/* harmony export */   iK: () => (/* binding */ jsonPartsText),
/* harmony export */   lx: () => (/* binding */ jsonParts),
/* harmony export */   sF: () => (/* binding */ lazyRange)
/* harmony export */ });
/* unused harmony export lazyCounts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

const lazies = new WeakMap();
let created = 0;
let loads = 0;
function lazyArray(range) {
    const target = [];
    const lazy = { ...range, loaded: false };
    const load = () => {
        if (lazy.loaded)
            return;
        const items = JSON.parse(readRange(range));
        for (let i = 0; i < items.length; i++)
            target[i] = items[i];
        lazy.loaded = true;
        loads++;
    };
    const proxy = new Proxy(target, {
        get(t, key) {
            if (key === "toJSON")
                return undefined;
            load();
            return Reflect.get(t, key);
        },
        set(t, key, value) {
            load();
            return Reflect.set(t, key, value);
        },
        has(t, key) {
            load();
            return Reflect.has(t, key);
        },
        ownKeys(t) {
            load();
            return Reflect.ownKeys(t);
        },
        getOwnPropertyDescriptor(t, key) {
            load();
            return Reflect.getOwnPropertyDescriptor(t, key);
        },
        defineProperty(t, key, descriptor) {
            load();
            return Reflect.defineProperty(t, key, descriptor);
        },
        deleteProperty(t, key) {
            load();
            return Reflect.deleteProperty(t, key);
        },
        preventExtensions(t) {
            load();
            return Reflect.preventExtensions(t);
        },
    });
    lazies.set(proxy, lazy);
    created++;
    return proxy;
}
function lazyRange(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const lazy = lazies.get(value);
    return lazy && !lazy.loaded ? { path: lazy.path, start: lazy.start, end: lazy.end } : undefined;
}
function lazyCounts() {
    return { created, loads };
}
function jsonParts(value) {
    if (created === 0)
        return [JSON.stringify(value)];
    const ranges = [];
    const marker = `flows-lazy-${markerNonce()}-`;
    const text = JSON.stringify(value, (_key, item) => {
        const range = lazyRange(item);
        if (range === undefined)
            return item;
        ranges.push(range);
        return `${marker}${ranges.length - 1}`;
    });
    if (ranges.length === 0)
        return [text];
    const parts = [];
    const pattern = new RegExp(`"${marker}(\\d+)"`, "g");
    let at = 0;
    for (const match of text.matchAll(pattern)) {
        parts.push(text.slice(at, match.index), ranges[Number(match[1])]);
        at = match.index + match[0].length;
    }
    parts.push(text.slice(at));
    return parts.filter((part) => part !== "");
}
function jsonPartsText(parts) {
    return parts.map((part) => (typeof part === "string" ? part : readRange(part))).join("");
}
let nonce;
function markerNonce() {
    nonce ??= Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(36)).join("");
    return nonce;
}
function readRange(range) {
    const bytes = Buffer.allocUnsafe(range.end - range.start);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(range.path, "r");
    try {
        let at = 0;
        while (at < bytes.length) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, at, bytes.length - at, range.start + at);
            if (read === 0)
                throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
            at += read;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return bytes.toString("utf8");
}


/***/ }),

/***/ 24848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeScratchDir)
/* harmony export */ });
/* unused harmony export removeScratchDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



const scratchDirs = new Set();
let removalRegistered = false;
function makeScratchDir(prefix, parent = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, prefix));
    if (!removalRegistered) {
        removalRegistered = true;
        process.on("exit", removeScratchDirs);
    }
    scratchDirs.add(dir);
    return dir;
}
function removeScratchDirs() {
    for (const each of scratchDirs)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(each, { recursive: true, force: true });
    scratchDirs.clear();
}


/***/ })

};
