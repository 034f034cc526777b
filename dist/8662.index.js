export const id = 8662;
export const ids = [8662];
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


/***/ }),

/***/ 48662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ PRETTY_UP_TO_CHARS),
/* harmony export */   H8: () => (/* binding */ writeEventText),
/* harmony export */   _t: () => (/* binding */ EventTextCache),
/* harmony export */   rG: () => (/* binding */ serializeEvent),
/* harmony export */   u8: () => (/* binding */ jsonMayExceed),
/* harmony export */   uE: () => (/* binding */ countedEventText)
/* harmony export */ });
/* harmony import */ var _byte_group_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51704);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63973);
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61557);
/* harmony import */ var _events_budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85797);
/* harmony import */ var _record_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10838);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36375);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24848);









const WHOLE_CHARS = 64 * 1024;
const GROUP_BYTES = 16 * 1024;
const SPILL_CHARS = 1024 * 1024;
const PRETTY_UP_TO_CHARS = 1024 * 1024;
function writeEventText(event, sink) {
    const clean = redactShallow(event, 0);
    clean.id = event.id;
    const pretty = !jsonMayExceed(event, PRETTY_UP_TO_CHARS, true);
    const list = openList(false, 0, "  ", sink, pretty);
    for (const [key, item] of Object.entries(clean))
        list.add(key, item);
    list.close();
}
function serializeEvent(event) {
    const pieces = [];
    writeEventText(event, (text) => pieces.push(text));
    return pieces.join("");
}
function redactShallow(value, depth) {
    return _redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactor */ .$p.redactValue(value, _redact_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_REDACT_DEPTH */ .tM - depth, true);
}
function layOut(value, depth, indent, sink, pretty) {
    const range = (0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(value);
    if (range !== undefined) {
        const list = openList(true, depth, indent, sink, pretty);
        forEachGroup(range, (items) => {
            for (const item of redactShallow(items, depth))
                list.add(undefined, item);
        });
        list.close();
    }
    else if (jsonMayExceed(value, WHOLE_CHARS)) {
        const clean = redactShallow(value, depth);
        const list = openList(Array.isArray(clean), depth, indent, sink, pretty);
        if (Array.isArray(clean))
            for (const item of clean)
                list.add(undefined, item);
        else
            for (const [key, item] of Object.entries(clean))
                list.add(key, item);
        list.close();
    }
    else {
        const clean = _redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactor */ .$p.redactValue(value, _redact_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_REDACT_DEPTH */ .tM - depth);
        sink(pretty ? indented(JSON.stringify(clean, null, 2), indent) : JSON.stringify(clean));
    }
}
function openList(isArray, depth, indent, sink, pretty) {
    const inner = `${indent}  `;
    let count = 0;
    return {
        add(key, item) {
            const name = isArray ? "" : pretty ? `${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
            const head = `${count === 0 ? (isArray ? "[" : "{") : ","}${pretty ? `\n${inner}` : ""}${name}`;
            if (isNested(item)) {
                sink(head);
                layOut(item, depth + 1, inner, sink, pretty);
            }
            else {
                const text = (pretty ? JSON.stringify(item, null, 2) : JSON.stringify(item));
                if (text === undefined && !isArray)
                    return;
                sink(head + (text === undefined ? "null" : pretty ? indented(text, inner) : text));
            }
            count += 1;
        },
        close() {
            const [open, end] = isArray ? ["[", "]"] : ["{", "}"];
            sink(count === 0 ? `${open}${end}` : pretty ? `\n${indent}${end}` : end);
        },
    };
}
function indented(text, indent) {
    return indent === "" || !text.includes("\n") ? text : text.replaceAll("\n", `\n${indent}`);
}
function isNested(value) {
    if (typeof value !== "object" || value === null)
        return false;
    if (Array.isArray(value))
        return true;
    const prototype = Object.getPrototypeOf(value);
    return (prototype === Object.prototype || prototype === null) && typeof value.toJSON !== "function";
}
function jsonMayExceed(value, chars, lazyBySize = false) {
    let left = chars;
    const stack = [value];
    while (stack.length > 0) {
        const item = stack.pop();
        if (typeof item === "string")
            left -= item.length + 3;
        else if (typeof item !== "object" || item === null)
            left -= 8;
        else if ((0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(item) !== undefined) {
            if (!lazyBySize)
                return true;
            const range = (0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(item);
            left -= range.end - range.start;
        }
        else if (Array.isArray(item)) {
            left -= 2 + item.length;
            if (left < 0)
                return true;
            for (const child of item)
                stack.push(child);
        }
        else {
            const keys = Object.keys(item);
            left -= 2 + 4 * keys.length;
            if (left < 0)
                return true;
            for (const key of keys) {
                left -= key.length;
                stack.push(item[key]);
            }
        }
        if (left < 0)
            return true;
    }
    return false;
}
function forEachGroup(range, each) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(range.path, "r");
    try {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const group = new _byte_group_js__WEBPACK_IMPORTED_MODULE_8__/* .ByteGroup */ .s(2 * GROUP_BYTES);
        const add = (bytes) => group.add(bytes);
        const flush = () => each(JSON.parse(`[${group.take()}]`));
        let depth = -1;
        let inString = false;
        let escaped = false;
        for (let at = range.start; at < range.end;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, range.end - at), at);
            if (read === 0)
                throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
            let from = 0;
            for (let i = 0; i < read; i++) {
                const byte = chunk[i];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (byte === 0x5c)
                        escaped = true;
                    else if (byte === 0x22)
                        inString = false;
                }
                else if (byte === 0x22)
                    inString = true;
                else if (byte === 0x5b || byte === 0x7b) {
                    depth += 1;
                    if (depth === 0)
                        from = i + 1;
                }
                else if (byte === 0x5d || byte === 0x7d) {
                    depth -= 1;
                    if (depth === -1) {
                        add(chunk.subarray(from, i));
                        from = read;
                    }
                }
                else if (byte === 0x2c && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
                    add(chunk.subarray(from, i));
                    flush();
                    from = i + 1;
                }
            }
            if (depth >= 0)
                add(chunk.subarray(from, read));
            at += read;
        }
        if (depth !== -1)
            throw new Error(`${range.path} does not hold a whole array at bytes ${range.start}-${range.end}: the event's scratch copy was changed`);
        if (group.length > 0)
            flush();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function countedEventText(event, text) {
    return eventTextOf(text, Buffer.byteLength(text, "utf8"), event);
}
function eventTextOf(text, bytes, event) {
    let counted;
    return {
        text,
        bytes,
        containers: () => {
            counted ??= (event === undefined ? undefined : (0,_events_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .countContainers */ .oF)(event, _record_check_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_RECORD_DEPTH */ .h)) ?? Math.floor(bytes / 2);
            return counted;
        },
    };
}
let spills = 0;
let spillDir;
function eventText(event) {
    const pending = [];
    let pendingChars = 0;
    let file;
    const spill = () => {
        if (file === undefined) {
            if (spillDir === undefined || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(spillDir))
                spillDir = (0,_scratch_js__WEBPACK_IMPORTED_MODULE_7__/* .makeScratchDir */ .K)("flows-record-");
            spills += 1;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spillDir, `event-${spills}.json`);
            file = { path, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "w"), bytes: 0 };
        }
        const bytes = Buffer.from(pending.join(""), "utf8");
        pending.length = 0;
        pendingChars = 0;
        (0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAll */ .f4)(file.fd, bytes);
        file.bytes += bytes.length;
    };
    try {
        writeEventText(event, (text) => {
            pending.push(text);
            pendingChars += text.length;
            if (pendingChars >= SPILL_CHARS)
                spill();
        });
        if (file === undefined) {
            const text = pending.join("");
            return eventTextOf(text, Buffer.byteLength(text, "utf8"), event);
        }
        spill();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file.fd);
        return eventTextOf({ path: file.path, start: 0, end: file.bytes }, file.bytes, event);
    }
    catch (error) {
        if (file !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file.fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file.path);
        }
        throw error;
    }
}
class EventTextCache {
    #event;
    #secrets = -1;
    #text = eventTextOf("", 0, undefined);
    serialisations = 0;
    textOf(event) {
        if (event !== this.#event || _redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactor */ .$p.size !== this.#secrets) {
            const previous = this.#text.text;
            this.#text = eventText(event);
            this.#event = event;
            this.#secrets = _redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactor */ .$p.size;
            this.serialisations += 1;
            if (typeof previous !== "string")
                removeQuietly(previous.path);
        }
        return this.#text;
    }
}
function removeQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch {
    }
}


/***/ }),

/***/ 10838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ MAX_RECORD_DEPTH),
/* harmony export */   z: () => (/* binding */ checkEventRecordShape)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40801);
/* harmony import */ var _events_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85797);


function checkEventRecordShape(value) {
    try {
        const deep = tooDeep(value, MAX_RECORD_DEPTH);
        if (deep !== undefined)
            return `${deep || "the value"} is nested deeper than ${MAX_RECORD_DEPTH} levels`;
        const check = new Check();
        check.record(value);
        return undefined;
    }
    catch (error) {
        if (error instanceof ShapeProblem)
            return error.message;
        throw error;
    }
}
const MAX_RECORD_DEPTH = _events_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PAYLOAD_DEPTH */ .GL + 8;
const PROCESS = _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .PROCESS_STATUSES */ .Ne;
const RESULT = _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .FLOW_RESULT_STATUSES */ .WL;
const EFFECTIVE = [...PROCESS, ...RESULT];
class ShapeProblem extends Error {
}
class Check {
    record(value) {
        const record = this.object(value, "");
        this.object(record.event, "event");
        const event = record.event;
        this.string(event.id, "event.id", { nonEmpty: true });
        this.string(event.type, "event.type", { nonEmpty: true });
        this.string(event.receivedAt, "event.receivedAt");
        if (event.payload === undefined)
            this.fail("event.payload", "is missing (any JSON value; {} when empty)");
        this.optionalString(event.source, "event.source");
        this.optionalString(event.occurredAt, "event.occurredAt");
        const runs = this.array(record.runs, "runs");
        runs.forEach((run, index) => {
            this.run(run, `runs[${index}]`);
        });
        this.optionalString(record.firstDispatchedAt, "firstDispatchedAt");
        this.optionalString(record.updatedAt, "updatedAt");
        if (record.dispatchCount !== undefined)
            this.number(record.dispatchCount, "dispatchCount");
        if (record.dispatchKeys !== undefined) {
            this.array(record.dispatchKeys, "dispatchKeys").forEach((key, index) => {
                this.string(key, `dispatchKeys[${index}]`);
            });
        }
    }
    run(value, at) {
        const run = this.object(value, at);
        for (const key of ["id", "eventId", "flowName", "stepName", "runner", "createdAt", "updatedAt"]) {
            this.string(run[key], `${at}.${key}`);
        }
        if (run.flowVersion !== undefined)
            this.number(run.flowVersion, `${at}.flowVersion`);
        this.oneOf(run.processStatus, PROCESS, `${at}.processStatus`);
        if (run.resultStatus !== undefined)
            this.oneOf(run.resultStatus, RESULT, `${at}.resultStatus`);
        this.oneOf(run.effectiveStatus, EFFECTIVE, `${at}.effectiveStatus`);
        this.boolean(run.needsAttention, `${at}.needsAttention`);
        for (const key of ["output", "error", "startedAt", "completedAt"])
            this.optionalString(run[key], `${at}.${key}`);
        for (const key of ["timedOut", "replay", "alreadyHandled"]) {
            if (run[key] !== undefined)
                this.boolean(run[key], `${at}.${key}`);
        }
        if (run.durationMs !== undefined)
            this.number(run.durationMs, `${at}.durationMs`);
        if (run.resultPayload !== undefined)
            this.result(run.resultPayload, `${at}.resultPayload`);
        const attempts = this.array(run.attempts, `${at}.attempts`);
        if (attempts.length === 0)
            this.fail(`${at}.attempts`, "has no attempt");
        attempts.forEach((attempt, index) => {
            this.attempt(attempt, `${at}.attempts[${index}]`);
        });
    }
    attempt(value, at) {
        const attempt = this.object(value, at);
        this.string(attempt.id, `${at}.id`, { nonEmpty: true });
        this.number(attempt.number, `${at}.number`);
        this.oneOf(attempt.status, PROCESS, `${at}.status`);
        if (attempt.resultStatus !== undefined)
            this.oneOf(attempt.resultStatus, RESULT, `${at}.resultStatus`);
        for (const key of ["startedAt", "completedAt", "error"])
            this.optionalString(attempt[key], `${at}.${key}`);
        for (const key of ["timedOut", "replay"]) {
            if (attempt[key] !== undefined)
                this.boolean(attempt[key], `${at}.${key}`);
        }
        if (attempt.dispatcher !== undefined) {
            const dispatcher = this.object(attempt.dispatcher, `${at}.dispatcher`);
            this.string(dispatcher.host, `${at}.dispatcher.host`);
            this.number(dispatcher.pid, `${at}.dispatcher.pid`);
            this.string(dispatcher.startedAt, `${at}.dispatcher.startedAt`);
            this.optionalString(dispatcher.until, `${at}.dispatcher.until`);
            if (dispatcher.startTicks !== undefined)
                this.number(dispatcher.startTicks, `${at}.dispatcher.startTicks`);
            this.optionalString(dispatcher.bootId, `${at}.dispatcher.bootId`);
        }
        this.optionalString(attempt.key, `${at}.key`);
    }
    result(value, at) {
        const result = this.object(value, at);
        this.oneOf(result.status, RESULT, `${at}.status`);
        this.optionalString(result.message, `${at}.message`);
        if (result.artifacts !== undefined)
            this.object(result.artifacts, `${at}.artifacts`);
        if (result.next !== undefined) {
            this.array(result.next, `${at}.next`).forEach((next, index) => {
                this.object(next, `${at}.next[${index}]`);
            });
        }
        if (result.annotations !== undefined) {
            this.array(result.annotations, `${at}.annotations`).forEach((item, index) => {
                const annotation = this.object(item, `${at}.annotations[${index}]`);
                this.string(annotation.path, `${at}.annotations[${index}].path`);
                this.string(annotation.message, `${at}.annotations[${index}].message`);
            });
        }
    }
    object(value, at) {
        if (typeof value !== "object" || value === null || Array.isArray(value))
            this.fail(at, "must be an object", value);
        return value;
    }
    array(value, at) {
        if (!Array.isArray(value))
            this.fail(at, "must be an array", value);
        return value;
    }
    string(value, at, options = {}) {
        if (typeof value !== "string")
            this.fail(at, "must be a string", value);
        if (options.nonEmpty && value === "")
            this.fail(at, "must not be empty");
    }
    optionalString(value, at) {
        if (value !== undefined)
            this.string(value, at);
    }
    number(value, at) {
        if (typeof value !== "number" || !Number.isFinite(value))
            this.fail(at, "must be a number", value);
    }
    boolean(value, at) {
        if (typeof value !== "boolean")
            this.fail(at, "must be true or false", value);
    }
    oneOf(value, allowed, at) {
        if (typeof value !== "string" || !allowed.includes(value)) {
            this.fail(at, `must be one of ${allowed.join(", ")}`, value);
        }
    }
    fail(at, problem, ...value) {
        const got = value.length > 0 ? ` (got ${describe(value[0])})` : "";
        throw new ShapeProblem(`${at || "the value"} ${problem}${got}`);
    }
}
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
    if (typeof value === "object")
        return "an object";
    return typeof value === "undefined" ? "nothing" : `${typeof value} ${String(value)}`;
}
function tooDeep(root, limit) {
    const frames = [];
    const enter = (value, path) => {
        if (typeof value !== "object" || value === null)
            return false;
        const depth = frames.length;
        if (depth >= limit)
            return true;
        const height = (0,_events_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .knownHeight */ .V9)(value);
        if (height !== undefined)
            return depth + height > limit;
        frames.push({ value, keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0, path });
        return false;
    };
    if (enter(root, ""))
        return "";
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        const { keys } = frame;
        if (frame.next >= (keys ? keys.length : frame.value.length)) {
            frames.pop();
            continue;
        }
        const index = frame.next++;
        const key = keys?.[index];
        const item = key === undefined ? frame.value[index] : frame.value[key];
        if (typeof item !== "object" || item === null)
            continue;
        const path = key === undefined ? `${frame.path}[${index}]` : frame.path ? `${frame.path}.${key}` : key;
        if (enter(item, path))
            return path;
    }
    return undefined;
}


/***/ })

};
