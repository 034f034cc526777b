export const id = 1134;
export const ids = [1134];
export const modules = {

/***/ 1414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ jsonShape),
/* harmony export */   p: () => (/* binding */ JsonShapeScan)
/* harmony export */ });
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
function jsonShape(text, limits) {
    const scan = new JsonShapeScan(limits);
    scan.add(text);
    return scan.shape();
}
class JsonShapeScan {
    #limits;
    #depth = 0;
    #containers = 0;
    #inString = false;
    #escaped = false;
    #exceeded;
    constructor(limits) {
        this.#limits = limits;
    }
    add(piece) {
        if (this.#exceeded)
            return false;
        const { maxDepth, maxContainers } = this.#limits;
        const text = typeof piece === "string" ? piece : undefined;
        const bytes = piece;
        const length = piece.length;
        let depth = this.#depth;
        let containers = this.#containers;
        let inString = this.#inString;
        let i = 0;
        if (this.#escaped) {
            this.#escaped = false;
            i = 1;
        }
        for (; i < length; i++) {
            const code = text === undefined ? bytes[i] : text.charCodeAt(i);
            if (inString) {
                if (code === BACKSLASH) {
                    if (i + 1 === length)
                        this.#escaped = true;
                    i++;
                }
                else if (code === QUOTE)
                    inString = false;
            }
            else if (code === QUOTE)
                inString = true;
            else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
                depth++;
                containers++;
                if (depth > maxDepth)
                    this.#exceeded = "depth";
                else if (containers > maxContainers)
                    this.#exceeded = "containers";
                if (this.#exceeded)
                    return false;
            }
            else if (code === CLOSE_BRACKET || code === CLOSE_BRACE)
                depth--;
        }
        this.#depth = depth;
        this.#containers = containers;
        this.#inString = inString;
        return true;
    }
    shape() {
        return this.#exceeded ? { ok: false, exceeded: this.#exceeded } : { ok: true, containers: this.#containers };
    }
}


/***/ }),

/***/ 41134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ recordTooManyContainersError),
/* harmony export */   WZ: () => (/* binding */ unusableFolderLink),
/* harmony export */   _l: () => (/* binding */ linkedFolderError),
/* harmony export */   iK: () => (/* binding */ stateFolderError),
/* harmony export */   mU: () => (/* binding */ StateFolderError),
/* harmony export */   p8: () => (/* binding */ recordTooLargeError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _disk_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63122);
/* harmony import */ var _file_in_the_way_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81456);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78404);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99416);






const ANOTHER_FOLDER = { origin: "", change: "use another state folder" };
const PROBLEMS = {
    ENOTDIR: (path, change) => ({ problem: `${path} is a file, not a folder`, hint: `${capital(change)}, or move that file out of the way.` }),
    EISDIR: (path, change) => ({ problem: `${path} is a folder, not a file`, hint: `Move that folder out of the way, or ${change}.` }),
    EACCES: (path, change) => ({ problem: (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .diskProblem */ .N)("EACCES", path), hint: `Let this user read and write the state folder, or ${change}.` }),
    EPERM: (path, change) => ({ problem: (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .diskProblem */ .N)("EPERM", path), hint: `Let this user read and write the state folder, or ${change}.` }),
    EROFS: (path, change) => ({ problem: (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .diskProblem */ .N)("EROFS", path), hint: `${capital(change)} on a writable disk.` }),
    ENOSPC: (_, change) => ({ problem: (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .diskProblem */ .N)("ENOSPC"), hint: `Free some space on that disk, or ${change}.` }),
    EDQUOT: (_, change) => ({ problem: (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .diskProblem */ .N)("EDQUOT"), hint: `Free some of the quota, or ${change}.` }),
    EFBIG: (_, change) => ({ problem: (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .diskProblem */ .N)("EFBIG"), hint: `Raise that limit, or ${change}.` }),
    EIO: (path, change) => ({ problem: (0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .diskProblem */ .N)("EIO", path), hint: `Check the disk (its free space, the system log), or ${change}.` }),
    ENAMETOOLONG: (_, change) => ({ problem: "the path is too long", hint: `${capital(change)} with a shorter path.` }),
    ELOOP: (path, change) => ({ problem: `${path} is a loop of symbolic links`, hint: `Fix the links, or ${change}.` }),
    MKDIR_ENOENT: (path, change) => ({ problem: `${path} cannot be created there`, hint: `${capital(change)} on an ordinary writable disk.` }),
};
const MKDIR_CODES = { EEXIST: "ENOTDIR", ENOENT: "MKDIR_ENOENT" };
class StateFolderError extends _user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y {
    name = "StateFolderError";
    dir;
    where;
    code;
    problem;
    constructor(options) {
        const doing = options.doing === "read" ? "read records from" : "save records to";
        const { dir, setting } = options.folder;
        const where = `the state folder ${dir}${setting?.origin ? ` (${setting.origin})` : ""}`;
        const message = options.aboutTheFolder ? `${capital(where)} ${options.problem}.` : `cannot ${doing} ${where}: ${options.problem}.`;
        super(message, { hint: options.hint, cause: options.cause });
        this.dir = dir;
        this.where = where;
        this.code = options.code;
        this.problem = options.problem;
    }
}
function stateFolderError(error, folder, doing, file) {
    if (!(error instanceof Error) || error instanceof StateFolderError)
        return error;
    const { code, path, syscall } = error;
    const kind = (syscall === "mkdir" && code !== undefined ? MKDIR_CODES[code] : undefined) ?? code;
    const describe = kind === undefined ? undefined : PROBLEMS[kind];
    if (!describe)
        return error;
    if (kind === "ELOOP" || kind === "ENOTDIR") {
        const link = unusableFolderLink(folder, doing, error);
        if (link !== undefined)
            return link;
    }
    const where = path ?? file ?? folder.dir;
    const { problem, hint } = describe(kind === "ENOTDIR" ? ((0,_file_in_the_way_js__WEBPACK_IMPORTED_MODULE_3__/* .fileInTheWay */ .I)(where) ?? where) : where, (folder.setting ?? ANOTHER_FOLDER).change);
    return new StateFolderError({ folder, code: kind, problem, hint, doing, cause: error });
}
function recordTooLargeError(folder, file, bytes, maxBytes) {
    const size = (n) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} bytes`);
    return new StateFolderError({
        folder,
        code: "EFBIG",
        problem: `the record ${file} would be ${size(bytes)}, over the ${size(maxBytes)} a stored record may have`,
        hint: "Send this event with a smaller payload, or use another state store (`--state`; in the action, the `state` input).",
        doing: "save",
        cause: undefined,
    });
}
function recordTooManyContainersError(folder, file, eventId, maxContainers) {
    return new StateFolderError({
        folder,
        code: "EFBIG",
        problem: (0,_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .writeLimitSentence */ .aZ)(`the record of event ${JSON.stringify(eventId)} (${file})`, { over: "containers" }, { maxBytes: 0, maxContainers }),
        hint: _layout_js__WEBPACK_IMPORTED_MODULE_4__/* .WRITE_LIMIT_HINT */ .qu,
        doing: "save",
        cause: undefined,
    });
}
function linkedFolderError(folder, path, doing) {
    return new StateFolderError({
        folder,
        code: "ESYMLINK",
        problem: `${path} is a symbolic link; records are kept only in real folders inside the state folder, so it is not followed`,
        hint: `Replace that link with a folder (move the records it points to into it), or ${(folder.setting ?? ANOTHER_FOLDER).change}.`,
        doing,
        cause: undefined,
    });
}
function unusableFolderLink(folder, doing, cause) {
    const { dir } = folder;
    const change = (folder.setting ?? ANOTHER_FOLDER).change;
    const code = statCode(dir);
    if (code === "ENOENT" && isLink(dir)) {
        return new StateFolderError({
            folder,
            code: "ENOENT",
            problem: `is a symbolic link to ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(dir))}, which does not exist`,
            hint: `Create that folder, fix the link, or ${change}.`,
            doing,
            cause,
            aboutTheFolder: true,
        });
    }
    if (code !== "ELOOP")
        return undefined;
    const link = loopingLink(dir);
    const chain = linkChain(link);
    const loops = chain[chain.length - 1] === link ? "is a symbolic link that loops" : "is a symbolic link that leads into a loop of links";
    const where = link === dir ? loops : `cannot be reached: ${link}, on its path, ${loops}`;
    return new StateFolderError({
        folder,
        code: "ELOOP",
        problem: `${where}: ${chain.join(" -> ")}. It leads to no folder`,
        hint: `Fix the links, or ${change}.`,
        doing,
        cause,
        aboutTheFolder: true,
    });
}
function loopingLink(path) {
    const { root } = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.parse)(path);
    let prefix = root;
    for (const part of path.slice(root.length).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean)) {
        prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(prefix, part);
        if (statCode(prefix) === "ELOOP")
            return prefix;
    }
    return path;
}
function isLink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function statCode(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        return undefined;
    }
    catch (error) {
        return error.code;
    }
}
function linkChain(link) {
    const seen = [link];
    let current = link;
    for (let hop = 0; hop < 40; hop++) {
        let target;
        try {
            target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(current));
        }
        catch {
            break;
        }
        seen.push(target);
        if (seen.indexOf(target) < seen.length - 1)
            break;
        current = target;
    }
    return seen;
}
function capital(text) {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}


/***/ }),

/***/ 78404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ isEventRecordFileName),
/* harmony export */   $M: () => (/* binding */ decodeStoredText),
/* harmony export */   A$: () => (/* binding */ selectEvents),
/* harmony export */   Co: () => (/* binding */ corruptRecordPath),
/* harmony export */   GZ: () => (/* binding */ writeLimitProblem),
/* harmony export */   Iw: () => (/* binding */ Utf8Check),
/* harmony export */   J1: () => (/* binding */ StateRecordError),
/* harmony export */   _I: () => (/* binding */ EVENTS_DIR),
/* harmony export */   aZ: () => (/* binding */ writeLimitSentence),
/* harmony export */   eR: () => (/* binding */ parseEventRecordText),
/* harmony export */   fl: () => (/* binding */ eventRecordPath),
/* harmony export */   mR: () => (/* binding */ tooManyContainers),
/* harmony export */   qu: () => (/* binding */ WRITE_LIMIT_HINT),
/* harmony export */   se: () => (/* binding */ parseEventRecordValue),
/* harmony export */   wr: () => (/* binding */ eventRecordParts),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   xU: () => (/* binding */ recordContainerCap),
/* harmony export */   yD: () => (/* binding */ defaultStateDir)
/* harmony export */ });
/* unused harmony exports RECORD_BYTES_PER_CONTAINER, MAX_RECORD_CONTAINERS, eventIdHash, serializeEventRecord */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _json_shape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1414);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36375);
/* harmony import */ var _event_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48662);
/* harmony import */ var _record_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75067);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99416);








const EVENTS_DIR = "events";
const MAX_RECORD_BYTES = 128 * 1024 * 1024;
const RECORD_BYTES_PER_CONTAINER = 32;
const MAX_RECORD_CONTAINERS = recordContainerCap(MAX_RECORD_BYTES);
function recordContainerCap(maxBytes) {
    return Math.max(1, Math.floor(maxBytes / RECORD_BYTES_PER_CONTAINER));
}
function tooManyContainers(maxContainers, what = "a record") {
    return `it holds more than ${maxContainers} objects and arrays, more than ${what} of flows-action holds, so it was not parsed`;
}
function writeLimitProblem(pieces, limits) {
    let bytes = 0;
    let units = 0;
    for (const piece of pieces) {
        if (typeof piece === "string") {
            bytes += Buffer.byteLength(piece, "utf8");
            units += piece.length;
        }
        else {
            bytes += piece.bytes;
            units += piece.bytes;
        }
    }
    if (bytes > limits.maxBytes)
        return { over: "bytes", bytes };
    if (units / 2 <= limits.maxContainers)
        return undefined;
    let left = limits.maxContainers;
    let stringUnits = 0;
    for (const piece of pieces) {
        if (typeof piece === "string")
            stringUnits += piece.length;
        else
            left -= piece.containers();
    }
    if (left < 0)
        return { over: "containers" };
    if (stringUnits / 2 <= left)
        return undefined;
    const scan = new _json_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .JsonShapeScan */ .p({ maxDepth: Number.POSITIVE_INFINITY, maxContainers: left });
    for (const piece of pieces)
        if (typeof piece === "string" && !scan.add(piece))
            return { over: "containers" };
    return undefined;
}
function writeLimitSentence(what, problem, limits, kind = "a stored record") {
    const over = problem.over === "bytes"
        ? `would be ${mib(problem.bytes)}, over the ${mib(limits.maxBytes)} ${kind} may be`
        : `would hold more than ${limits.maxContainers.toLocaleString("en-US")} objects and arrays, more than ${kind} may hold (one per ${RECORD_BYTES_PER_CONTAINER} bytes of its size cap)`;
    return `${what} ${over}, so it would be refused when read back and was not written`;
}
const WRITE_LIMIT_HINT = "Have this event's steps return smaller results with fewer objects and arrays (a FLOW_RESULT's big lists as one JSON string, or in an artifact), or send the event with a smaller payload.";
function mib(bytes) {
    return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes} bytes`;
}
function defaultStateDir(repoDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, ".codex", "flow-client");
}
function eventIdHash(eventId) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(/[\0\p{Cs}]/u.test(eventId) ? `\0${JSON.stringify(eventId)}` : eventId);
}
function eventRecordPath(eventId) {
    const hash = eventIdHash(eventId);
    return `${EVENTS_DIR}/${hash.slice(0, 2)}/${hash}.json`;
}
function isEventRecordFileName(name) {
    return /^[0-9a-f]{64}\.json$/.test(name);
}
function serializeEventRecord(record, eventText = serializeEvent(record.event)) {
    const [before, , after] = eventRecordParts(record, eventText);
    return `${before}${eventText}${after}`;
}
function eventRecordParts(record, eventText) {
    const marker = `@@flows-event-${(0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .nw)(8)}@@`;
    const { event: _event, ...rest } = record;
    const cleanRest = _redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$p.redactValue(rest);
    const laidOut = {};
    for (const key of Object.keys(record))
        laidOut[key] = key === "event" ? marker : cleanRest[key];
    const text = (0,_event_text_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonMayExceed */ .u8)(cleanRest, _event_text_js__WEBPACK_IMPORTED_MODULE_4__/* .PRETTY_UP_TO_CHARS */ .DA, true) ? JSON.stringify(laidOut) : JSON.stringify(laidOut, null, 2);
    const quoted = JSON.stringify(marker);
    const at = text.indexOf(quoted);
    return [text.slice(0, at), eventText, `${text.slice(at + quoted.length)}\n`];
}
function decodeStoredText(bytes) {
    try {
        return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch (error) {
        const check = new Utf8Check();
        for (let at = 0; at < bytes.byteLength; at += UTF8_PIECE)
            check.add(bytes.subarray(at, at + UTF8_PIECE));
        check.end();
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${bytes.byteLength} bytes of text, too long to read as one string (${reason})`);
    }
}
const UTF8_PIECE = 64 * 1024;
class Utf8Check {
    #carry = new Uint8Array(0);
    #offset = 0;
    add(chunk) {
        const bytes = this.#carry.byteLength === 0 ? chunk : Buffer.concat([this.#carry, chunk]);
        const whole = completeCharacters(bytes);
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(0, whole)))
            throw new Error(notUtf8Reason(this.#offset));
        this.#carry = Uint8Array.from(bytes.subarray(whole));
        this.#offset += whole;
    }
    end() {
        if (this.#carry.byteLength > 0)
            throw new Error(notUtf8Reason(this.#offset));
    }
}
function completeCharacters(bytes) {
    let lead = bytes.byteLength - 1;
    while (lead >= 0 && bytes.byteLength - lead <= 3 && (bytes[lead] & 0xc0) === 0x80)
        lead -= 1;
    if (lead < 0)
        return bytes.byteLength;
    const first = bytes[lead];
    const length = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 && first < 0xf0 ? 3 : first >= 0xc2 && first < 0xe0 ? 2 : 1;
    return bytes.byteLength - lead < length ? lead : bytes.byteLength;
}
function notUtf8Reason(offset) {
    return `not UTF-8 text (bytes that are no UTF-8 character from byte ${offset} on: written by something other than flows-action, or damaged)`;
}
function parseEventRecordText(text, relativePath, maxContainers = MAX_RECORD_CONTAINERS) {
    if (Number.isFinite(maxContainers) && !(0,_json_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonShape */ .S)(text, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok)
        throw new Error(tooManyContainers(maxContainers));
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`not valid JSON, maybe half-written (${reason})`);
    }
    return parseEventRecordValue(value, relativePath);
}
function parseEventRecordValue(value, relativePath) {
    const record = (0,_record_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEventRecord */ .b)(value);
    const expected = eventRecordPath(record.event.id);
    if (relativePath !== expected) {
        throw new Error(`holds event "${record.event.id}", whose record belongs at ${expected}`);
    }
    return record;
}
function selectEvents(records, query = {}) {
    const selected = records
        .filter((record) => !query.type || record.event.type === query.type)
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return query.limit ? selected.slice(0, query.limit) : selected;
}
class StateRecordError extends _user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y {
    path;
    reason;
    constructor(path, reason) {
        super(`cannot read the stored record ${path}: ${reason}. flows-action will not overwrite it; ` +
            "fix or move that file, then run again.");
        this.name = "StateRecordError";
        this.path = path;
        this.reason = reason;
    }
}
let setAsideCount = 0;
function corruptRecordPath(path) {
    setAsideCount += 1;
    return `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${setAsideCount}`;
}


/***/ }),

/***/ 75067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ parseEventRecord)
});

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
;// CONCATENATED MODULE: ./.build/generated/validators/event-record.js

const validateEventRecord = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json", "title": "StoredEventRecord", "description": "Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).", "type": "object", "required": ["formatVersion", "event", "runs"], "properties": { "formatVersion": { "type": "integer", "minimum": 1 }, "event": { "$ref": "flow-event.schema.json" }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "firstDispatchedAt": { "type": "string" }, "updatedAt": { "type": "string" }, "dispatchCount": { "type": "integer", "minimum": 0 }, "dispatchKeys": { "description": "Keys of the latest dispatches counted in dispatchCount (each dispatch draws one), so that merging two writers' records adds the dispatches only one of them counted.", "type": "array", "items": { "type": "string" } } } };
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 2048, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3. At most 2,048 characters (UTF-16 units): the id names the event's stored record and goes into check runs, comments, commit messages and log lines. Ids flows-action derives from a payload are kept under it (src/events/id.ts)." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
const schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number", "description": "The flow.toml version. Always there for runs of this action; left out for a flow backend's run when the backend does not say it (the older runtime's backend does not)." }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "wholeResult": { "type": "object", "description": "Set when resultPayload keeps only part of a longer FLOW_RESULT (a flow backend's over 512 KiB, src/backend/kept-result.ts): the whole result's JSON as the reports lay it out (indented when that is at most 1 MiB, compact otherwise) and its size so in UTF-8 bytes. The reports lay the part out the same way and count the rest as cut.", "required": ["bytes", "indented"], "additionalProperties": false, "properties": { "bytes": { "type": "number", "minimum": 0 }, "indented": { "type": "boolean" } } }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch did not run the step because a stored run covers it: one that succeeded or waits on a human, or one that another dispatch is running now (its status queued or running)." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" }, "named": { "enum": ["untriggered", "any"], "description": "The attempt ran though the event did not match the step, because it was named to run: `flows run <flow> <step>` of a step with no trigger (untriggered) or with --ignore-trigger (any), or a replay of such a run. A replay runs the step so again. Absent: started because the event matched it (and in records written before this field)." } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string", "description": "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead." }, "startTicks": { "type": "number", "description": "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there." }, "bootId": { "type": "string", "description": "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared." }, "until": { "type": "string" } } } } };
const schema14 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
const schema15 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
const schema17 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const schema22 = { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "skipped") || (data === "completed")) || (data === "changed")) || (data === "needs_intervention")) || (data === "blocked")) || (data === "failed"))) {
        const err1 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs4 = errors;
        if (typeof data !== "string") {
            const err2 = { instancePath, schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((((((data === "queued") || (data === "running")) || (data === "completed")) || (data === "failed")) || (data === "canceled")) || (data === "interrupted"))) {
            const err3 = { instancePath, schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate14.errors = vErrors;
    return errors === 0;
}
const schema25 = { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" }, "named": { "enum": ["untriggered", "any"], "description": "The attempt ran though the event did not match the step, because it was named to run: `flows run <flow> <step>` of a step with no trigger (untriggered) or with --ignore-trigger (any), or a replay of such a run. A replay runs the step so again. Absent: started because the event matched it (and in records written before this field)." } } };
const schema28 = { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string", "description": "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead." }, "startTicks": { "type": "number", "description": "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there." }, "bootId": { "type": "string", "description": "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared." }, "until": { "type": "string" } } };
const schema29 = { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.number === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.status === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.number !== undefined) {
            let data1 = data.number;
            if (!((typeof data1 == "number") && (isFinite(data1)))) {
                const err4 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.status !== undefined) {
            let data2 = data.status;
            if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (!((((((data2 === "queued") || (data2 === "running")) || (data2 === "completed")) || (data2 === "failed")) || (data2 === "canceled")) || (data2 === "interrupted"))) {
                const err6 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.resultStatus !== undefined) {
            let data3 = data.resultStatus;
            if (typeof data3 !== "string") {
                const err7 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!((((((data3 === "skipped") || (data3 === "completed")) || (data3 === "changed")) || (data3 === "needs_intervention")) || (data3 === "blocked")) || (data3 === "failed"))) {
                const err8 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err9 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err10 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err11 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err12 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err13 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.key !== undefined) {
            if (typeof data.key !== "string") {
                const err14 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.dispatcher !== undefined) {
            let data10 = data.dispatcher;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.host === undefined) {
                    const err15 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (data10.pid === undefined) {
                    const err16 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "pid" }, message: "must have required property '" + "pid" + "'" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                if (data10.startedAt === undefined) {
                    const err17 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property '" + "startedAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (data10.host !== undefined) {
                    if (typeof data10.host !== "string") {
                        const err18 = { instancePath: instancePath + "/dispatcher/host", schemaPath: "#/definitions/FlowDispatcher/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data10.pid !== undefined) {
                    let data12 = data10.pid;
                    if (!((typeof data12 == "number") && (isFinite(data12)))) {
                        const err19 = { instancePath: instancePath + "/dispatcher/pid", schemaPath: "#/definitions/FlowDispatcher/properties/pid/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data10.startedAt !== undefined) {
                    if (typeof data10.startedAt !== "string") {
                        const err20 = { instancePath: instancePath + "/dispatcher/startedAt", schemaPath: "#/definitions/FlowDispatcher/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data10.startTicks !== undefined) {
                    let data14 = data10.startTicks;
                    if (!((typeof data14 == "number") && (isFinite(data14)))) {
                        const err21 = { instancePath: instancePath + "/dispatcher/startTicks", schemaPath: "#/definitions/FlowDispatcher/properties/startTicks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data10.bootId !== undefined) {
                    if (typeof data10.bootId !== "string") {
                        const err22 = { instancePath: instancePath + "/dispatcher/bootId", schemaPath: "#/definitions/FlowDispatcher/properties/bootId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data10.until !== undefined) {
                    if (typeof data10.until !== "string") {
                        const err23 = { instancePath: instancePath + "/dispatcher/until", schemaPath: "#/definitions/FlowDispatcher/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.edit !== undefined) {
            let data17 = data.edit;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.changed === undefined) {
                    const err25 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property '" + "changed" + "'" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                if (data17.payload === undefined) {
                    const err26 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
                if (data17.changed !== undefined) {
                    let data18 = data17.changed;
                    if (Array.isArray(data18)) {
                        const len0 = data18.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            if (typeof data18[i0] !== "string") {
                                const err27 = { instancePath: instancePath + "/edit/changed/" + i0, schemaPath: "#/definitions/ReplayEdit/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/edit/changed", schemaPath: "#/definitions/ReplayEdit/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.named !== undefined) {
            let data20 = data.named;
            if (!((data20 === "untriggered") || (data20 === "any"))) {
                const err30 = { instancePath: instancePath + "/named", schemaPath: "#/properties/named/enum", keyword: "enum", params: { allowedValues: schema25.properties.named.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
    }
    else {
        const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err31];
        }
        else {
            vErrors.push(err31);
        }
        errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
}
const schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const schema19 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const schema20 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.status === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.status !== undefined) {
            let data0 = data.status;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((((((data0 === "skipped") || (data0 === "completed")) || (data0 === "changed")) || (data0 === "needs_intervention")) || (data0 === "blocked")) || (data0 === "failed"))) {
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.artifacts !== undefined) {
            let data2 = data.artifacts;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err4 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.next !== undefined) {
            let data3 = data.next;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.id === undefined) {
                            const err5 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (data4.type === undefined) {
                            const err6 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        if (data4.id !== undefined) {
                            if (typeof data4.id !== "string") {
                                const err7 = { instancePath: instancePath + "/next/" + i0 + "/id", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data4.type !== undefined) {
                            if (typeof data4.type !== "string") {
                                const err8 = { instancePath: instancePath + "/next/" + i0 + "/type", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data4.source !== undefined) {
                            if (typeof data4.source !== "string") {
                                const err9 = { instancePath: instancePath + "/next/" + i0 + "/source", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data4.occurredAt !== undefined) {
                            if (typeof data4.occurredAt !== "string") {
                                const err10 = { instancePath: instancePath + "/next/" + i0 + "/occurredAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data4.receivedAt !== undefined) {
                            if (typeof data4.receivedAt !== "string") {
                                const err11 = { instancePath: instancePath + "/next/" + i0 + "/receivedAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.annotations !== undefined) {
            let data10 = data.annotations;
            if (Array.isArray(data10)) {
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data11 = data10[i1];
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.path === undefined) {
                            const err14 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        if (data11.message === undefined) {
                            const err15 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        for (const key0 in data11) {
                            if (!(((((((key0 === "path") || (key0 === "line")) || (key0 === "endLine")) || (key0 === "column")) || (key0 === "level")) || (key0 === "message")) || (key0 === "title"))) {
                                const err16 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data11.path !== undefined) {
                            if (typeof data11.path !== "string") {
                                const err17 = { instancePath: instancePath + "/annotations/" + i1 + "/path", schemaPath: "#/definitions/FlowAnnotation/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data11.line !== undefined) {
                            let data13 = data11.line;
                            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                                const err18 = { instancePath: instancePath + "/annotations/" + i1 + "/line", schemaPath: "#/definitions/FlowAnnotation/properties/line/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (data11.endLine !== undefined) {
                            let data14 = data11.endLine;
                            if (!((typeof data14 == "number") && (isFinite(data14)))) {
                                const err19 = { instancePath: instancePath + "/annotations/" + i1 + "/endLine", schemaPath: "#/definitions/FlowAnnotation/properties/endLine/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        if (data11.column !== undefined) {
                            let data15 = data11.column;
                            if (!((typeof data15 == "number") && (isFinite(data15)))) {
                                const err20 = { instancePath: instancePath + "/annotations/" + i1 + "/column", schemaPath: "#/definitions/FlowAnnotation/properties/column/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data11.level !== undefined) {
                            let data16 = data11.level;
                            if (typeof data16 !== "string") {
                                const err21 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                            if (!(((data16 === "notice") || (data16 === "warning")) || (data16 === "failure"))) {
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: schema20.properties.level.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (data11.message !== undefined) {
                            if (typeof data11.message !== "string") {
                                const err23 = { instancePath: instancePath + "/annotations/" + i1 + "/message", schemaPath: "#/definitions/FlowAnnotation/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data11.title !== undefined) {
                            if (typeof data11.title !== "string") {
                                const err24 = { instancePath: instancePath + "/annotations/" + i1 + "/title", schemaPath: "#/definitions/FlowAnnotation/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err26 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    else {
        const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err27];
        }
        else {
            vErrors.push(err27);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.eventId === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property '" + "eventId" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.flowName === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flowName" }, message: "must have required property '" + "flowName" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.stepName === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stepName" }, message: "must have required property '" + "stepName" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.runner === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property '" + "runner" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.processStatus === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processStatus" }, message: "must have required property '" + "processStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.effectiveStatus === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveStatus" }, message: "must have required property '" + "effectiveStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.needsAttention === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "needsAttention" }, message: "must have required property '" + "needsAttention" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.attempts === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.createdAt === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.updatedAt === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" }, message: "must have required property '" + "updatedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.eventId !== undefined) {
            if (typeof data.eventId !== "string") {
                const err12 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.flowName !== undefined) {
            if (typeof data.flowName !== "string") {
                const err13 = { instancePath: instancePath + "/flowName", schemaPath: "#/properties/flowName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.flowVersion !== undefined) {
            let data3 = data.flowVersion;
            if (!((typeof data3 == "number") && (isFinite(data3)))) {
                const err14 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/properties/flowVersion/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.stepName !== undefined) {
            if (typeof data.stepName !== "string") {
                const err15 = { instancePath: instancePath + "/stepName", schemaPath: "#/properties/stepName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.runner !== undefined) {
            let data5 = data.runner;
            if (typeof data5 !== "string") {
                const err16 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (!((data5 === "bun") || (data5 === "code-mode"))) {
                const err17 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.processStatus !== undefined) {
            let data6 = data.processStatus;
            if (typeof data6 !== "string") {
                const err18 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (!((((((data6 === "queued") || (data6 === "running")) || (data6 === "completed")) || (data6 === "failed")) || (data6 === "canceled")) || (data6 === "interrupted"))) {
                const err19 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.resultStatus !== undefined) {
            let data7 = data.resultStatus;
            if (typeof data7 !== "string") {
                const err20 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (!((((((data7 === "skipped") || (data7 === "completed")) || (data7 === "changed")) || (data7 === "needs_intervention")) || (data7 === "blocked")) || (data7 === "failed"))) {
                const err21 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.effectiveStatus !== undefined) {
            if (!(validate14(data.effectiveStatus, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate14.errors;
                }
                else {
                    for (const calledError of validate14.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.needsAttention !== undefined) {
            if (typeof data.needsAttention !== "boolean") {
                const err22 = { instancePath: instancePath + "/needsAttention", schemaPath: "#/properties/needsAttention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.attempts !== undefined) {
            let data10 = data.attempts;
            if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate16(data10[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data10, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate16.errors;
                        }
                        else {
                            for (const calledError of validate16.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.output !== undefined) {
            if (typeof data.output !== "string") {
                const err24 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.resultPayload !== undefined) {
            if (!(validate12(data.resultPayload, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate12.errors;
                }
                else {
                    for (const calledError of validate12.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.wholeResult !== undefined) {
            let data14 = data.wholeResult;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.bytes === undefined) {
                    const err25 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property '" + "bytes" + "'" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                if (data14.indented === undefined) {
                    const err26 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/required", keyword: "required", params: { missingProperty: "indented" }, message: "must have required property '" + "indented" + "'" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
                for (const key0 in data14) {
                    if (!((key0 === "bytes") || (key0 === "indented"))) {
                        const err27 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
                if (data14.bytes !== undefined) {
                    let data15 = data14.bytes;
                    if ((typeof data15 == "number") && (isFinite(data15))) {
                        if (data15 < 0 || isNaN(data15)) {
                            const err28 = { instancePath: instancePath + "/wholeResult/bytes", schemaPath: "#/properties/wholeResult/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err29 = { instancePath: instancePath + "/wholeResult/bytes", schemaPath: "#/properties/wholeResult/properties/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
                if (data14.indented !== undefined) {
                    if (typeof data14.indented !== "boolean") {
                        const err30 = { instancePath: instancePath + "/wholeResult/indented", schemaPath: "#/properties/wholeResult/properties/indented/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err31 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err32 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.createdAt !== undefined) {
            if (typeof data.createdAt !== "string") {
                const err33 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            if (typeof data.updatedAt !== "string") {
                const err34 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err35 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err36 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.durationMs !== undefined) {
            let data22 = data.durationMs;
            if (!((typeof data22 == "number") && (isFinite(data22)))) {
                const err37 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err38 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err39 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.alreadyHandled !== undefined) {
            if (typeof data.alreadyHandled !== "boolean") {
                const err40 = { instancePath: instancePath + "/alreadyHandled", schemaPath: "#/properties/alreadyHandled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
    }
    else {
        const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err41];
        }
        else {
            vErrors.push(err41);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.formatVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property '" + "formatVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.event === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property '" + "event" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.runs === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.formatVersion !== undefined) {
            let data0 = data.formatVersion;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        if (data.event !== undefined) {
            let data1 = data.event;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.id === undefined) {
                    const err5 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data1.type === undefined) {
                    const err6 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data1.receivedAt === undefined) {
                    const err7 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "receivedAt" }, message: "must have required property '" + "receivedAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data1.payload === undefined) {
                    const err8 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data1.id !== undefined) {
                    let data2 = data1.id;
                    if (typeof data2 === "string") {
                        if (data2.length > 2048) {
                            const err9 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        if (data2.length < 1) {
                            const err10 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err11 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data1.type !== undefined) {
                    let data3 = data1.type;
                    if (typeof data3 === "string") {
                        if (data3.length < 1) {
                            const err12 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err13 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data1.source !== undefined) {
                    if (typeof data1.source !== "string") {
                        const err14 = { instancePath: instancePath + "/event/source", schemaPath: "flow-event.schema.json/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data1.occurredAt !== undefined) {
                    if (typeof data1.occurredAt !== "string") {
                        const err15 = { instancePath: instancePath + "/event/occurredAt", schemaPath: "flow-event.schema.json/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (data1.receivedAt !== undefined) {
                    if (typeof data1.receivedAt !== "string") {
                        const err16 = { instancePath: instancePath + "/event/receivedAt", schemaPath: "flow-event.schema.json/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.runs !== undefined) {
            let data7 = data.runs;
            if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate11(data7[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data7, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate11.errors;
                        }
                        else {
                            for (const calledError of validate11.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err18 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.firstDispatchedAt !== undefined) {
            if (typeof data.firstDispatchedAt !== "string") {
                const err19 = { instancePath: instancePath + "/firstDispatchedAt", schemaPath: "#/properties/firstDispatchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            if (typeof data.updatedAt !== "string") {
                const err20 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.dispatchCount !== undefined) {
            let data11 = data.dispatchCount;
            if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                const err21 = { instancePath: instancePath + "/dispatchCount", schemaPath: "#/properties/dispatchCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if ((typeof data11 == "number") && (isFinite(data11))) {
                if (data11 < 0 || isNaN(data11)) {
                    const err22 = { instancePath: instancePath + "/dispatchCount", schemaPath: "#/properties/dispatchCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
        }
        if (data.dispatchKeys !== undefined) {
            let data12 = data.dispatchKeys;
            if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data12[i1] !== "string") {
                        const err23 = { instancePath: instancePath + "/dispatchKeys/" + i1, schemaPath: "#/properties/dispatchKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/dispatchKeys", schemaPath: "#/properties/dispatchKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
    }
    else {
        const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err25];
        }
        else {
            vErrors.push(err25);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __webpack_require__(35031);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/record-check.js
var record_check = __webpack_require__(10838);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
;// CONCATENATED MODULE: ./.build/state/record-parse.js






function parseEventRecord(value, file) {
    const version = value?.formatVersion;
    if (typeof version === "number" && Number.isInteger(version) && version > types/* RECORD_FORMAT_VERSION */.Z) {
        throw new state_record.NewerRecordFormatError(`record format ${version} is newer than this flows-action understands (${types/* RECORD_FORMAT_VERSION */.Z}); upgrade flows-action`);
    }
    const record = (0,contract_errors/* checkContract */.nb)(validateEventRecord, value, "event-record.schema.json", file);
    const extra = (0,record_check/* checkEventRecordShape */.z)(value);
    if (extra)
        throw new Error(extra);
    const event = record.event;
    const runs = record.runs;
    return (0,dispatcher/* markInterrupted */.YU)({
        ...(0,state_record.laterFields)(record),
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event,
        runs,
        firstDispatchedAt: record.firstDispatchedAt ?? record.updatedAt ?? event.receivedAt,
        updatedAt: record.updatedAt ?? event.receivedAt,
        dispatchCount: record.dispatchCount ?? 1,
        ...(record.dispatchKeys && record.dispatchKeys.length > 0 ? { dispatchKeys: record.dispatchKeys.slice(-state_record.DISPATCH_KEYS_KEPT) } : {}),
    });
}


/***/ })

};
