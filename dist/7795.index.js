export const id = 7795;
export const ids = [7795];
export const modules = {

/***/ 77795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DISPATCH_KEYS_KEPT: () => (/* binding */ DISPATCH_KEYS_KEPT),
/* harmony export */   NewerRecordFormatError: () => (/* binding */ NewerRecordFormatError),
/* harmony export */   addPending: () => (/* binding */ addPending),
/* harmony export */   copyRecord: () => (/* binding */ copyRecord),
/* harmony export */   countDispatch: () => (/* binding */ countDispatch),
/* harmony export */   countNotSavedMessage: () => (/* binding */ countNotSavedMessage),
/* harmony export */   countsOnly: () => (/* binding */ countsOnly),
/* harmony export */   laterFields: () => (/* binding */ laterFields),
/* harmony export */   mergeEventRecords: () => (/* binding */ mergeEventRecords),
/* harmony export */   newDispatchKey: () => (/* binding */ newDispatchKey),
/* harmony export */   notStartedRuns: () => (/* binding */ notStartedRuns),
/* harmony export */   startedAtClaim: () => (/* binding */ startedAtClaim),
/* harmony export */   takenRuns: () => (/* binding */ takenRuns),
/* harmony export */   withPending: () => (/* binding */ withPending),
/* harmony export */   withPendingRecord: () => (/* binding */ withPendingRecord),
/* harmony export */   withoutRuns: () => (/* binding */ withoutRuns)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40801);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75244);
/* harmony import */ var _run_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13132);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39709);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99416);





function mergeEventRecords(stored, incoming) {
    const runs = new Map();
    for (const run of [...stored.runs, ...incoming.runs]) {
        const seen = runs.get(run.id);
        runs.set(run.id, seen ? (0,_run_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeRuns */ .rV)(seen, run) : run);
    }
    return {
        ...laterFields(stored),
        ...laterFields(incoming),
        formatVersion: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RECORD_FORMAT_VERSION */ .Z,
        event: stored.event,
        runs: [...runs.values()],
        firstDispatchedAt: earlier(stored.firstDispatchedAt, incoming.firstDispatchedAt),
        updatedAt: later(stored.updatedAt, incoming.updatedAt),
        ...mergeDispatchCounts(stored, incoming),
    };
}
const RECORD_FIELDS = new Set(["formatVersion", "event", "runs", "firstDispatchedAt", "updatedAt", "dispatchCount", "dispatchKeys"]);
function laterFields(record) {
    const later = {};
    for (const [key, value] of Object.entries(record))
        if (!RECORD_FIELDS.has(key))
            later[key] = value;
    return later;
}
const DISPATCH_KEYS_KEPT = 32;
function newDispatchKey() {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .randomHex */ .nw)(6);
}
function countDispatch(stored, key = newDispatchKey()) {
    return { dispatchCount: (stored?.dispatchCount ?? 0) + 1, dispatchKeys: [...(stored?.dispatchKeys ?? []), key].slice(-DISPATCH_KEYS_KEPT) };
}
function mergeDispatchCounts(a, b) {
    const aKeys = a.dispatchKeys ?? [];
    const bKeys = b.dispatchKeys ?? [];
    if (aKeys.length === 0 && bKeys.length === 0)
        return { dispatchCount: Math.max(a.dispatchCount, b.dispatchCount) };
    const inA = new Set(aKeys);
    const inB = new Set(bKeys);
    const onlyB = bKeys.filter((key) => !inA.has(key));
    const onlyA = aKeys.filter((key) => !inB.has(key));
    return {
        dispatchCount: Math.max(a.dispatchCount + onlyB.length, b.dispatchCount + onlyA.length),
        dispatchKeys: [...aKeys, ...onlyB].slice(-DISPATCH_KEYS_KEPT),
    };
}
function countsOnly(save) {
    return save.countOnly === true && save.record.runs.length === 0 && save.claim === undefined;
}
function countNotSavedMessage(eventId, storedCount, reason) {
    return (`event ${JSON.stringify(eventId.slice(0, 200))} was delivered again and found already handled (nothing ran), ` +
        `but the redelivery count could NOT be saved: ${reason.trim()} The stored record is unchanged: it still counts ${storedCount} dispatch(es), ` +
        "this one not included; no run of it is lost.");
}
function takenRuns(current, record, claim) {
    const taken = new Map();
    if (current === undefined)
        return taken;
    const stored = new Map(current.runs.map((run) => [run.id, run]));
    for (const run of record.runs) {
        const copy = stored.get(run.id);
        if (copy !== undefined && claim.starting.has(run.id) && claim.isTaken(copy, run))
            taken.set(run.id, copy);
    }
    return taken;
}
function withoutRuns(record, taken) {
    return taken.size === 0 ? record : { ...record, runs: record.runs.filter((run) => !taken.has(run.id)) };
}
function startedAtClaim(record, starting, now) {
    let moved = false;
    const runs = record.runs.map((run) => {
        const last = run.attempts.at(-1);
        if (!starting.has(run.id) || last === undefined || (last.status !== "running" && last.status !== "queued"))
            return run;
        const was = last.startedAt;
        if (was !== undefined && was >= now)
            return run;
        moved = true;
        const view = { ...run, attempts: [...run.attempts.slice(0, -1), { ...last, startedAt: now }], updatedAt: later(run.updatedAt, now) };
        if (run.startedAt === was)
            view.startedAt = now;
        if (run.attempts.length === 1 && run.createdAt === was)
            view.createdAt = now;
        return view;
    });
    return moved ? { ...record, runs, updatedAt: later(record.updatedAt, now) } : record;
}
function notStartedRuns(record, starting, reason, now) {
    const runs = [];
    for (const run of record.runs) {
        const last = run.attempts.at(-1);
        if (!starting.has(run.id) || last === undefined || (last.status !== "running" && last.status !== "queued"))
            continue;
        const completedAt = later(last.startedAt ?? now, now);
        const view = {
            ...run,
            processStatus: "failed",
            attempts: [...run.attempts.slice(0, -1), { ...last, status: "failed", completedAt, error: reason }],
            completedAt,
            updatedAt: later(run.updatedAt, completedAt),
            error: reason,
        };
        delete view.resultStatus;
        delete view.resultPayload;
        delete view.timedOut;
        view.effectiveStatus = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .effectiveStatusOf */ .Z2)(view);
        view.needsAttention = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .needsAttentionFor */ .XM)(view.effectiveStatus);
        runs.push(view);
    }
    return { ...record, runs, updatedAt: later(record.updatedAt, now) };
}
function earlier(a, b) {
    return a <= b ? a : b;
}
function later(a, b) {
    return a >= b ? a : b;
}
function addPending(pending, record, countOnly) {
    const current = pending.get(record.event.id);
    const copy = current ? { ...record, event: current.event, runs: structuredClone(record.runs) } : copyRecord(record);
    const next = current ? mergeEventRecords(current, copy) : copy;
    pending.set(record.event.id, next);
    if (countOnly !== undefined && (current === undefined || countOnly.records.has(current)))
        countOnly.records.add(next);
}
function withPendingRecord(stored, pending) {
    const record = stored && pending ? mergeEventRecords(stored, pending) : (stored ?? pending);
    return record ? copyRecord(record) : undefined;
}
function copyRecord(record) {
    const copy = structuredClone({ ...record, event: null });
    copy.event = record.event;
    return copy;
}
function withPending(stored, pending) {
    const byId = new Map(stored);
    for (const [id, record] of pending) {
        const current = byId.get(id);
        byId.set(id, current ? mergeEventRecords(current, record) : record);
    }
    return [...byId.values()];
}
class NewerRecordFormatError extends _user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y {
    name = "NewerRecordFormatError";
}


/***/ }),

/***/ 13132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ SETTLED_STATUSES),
/* harmony export */   rV: () => (/* binding */ mergeRuns),
/* harmony export */   wT: () => (/* binding */ settledBeside)
/* harmony export */ });
function mergeRuns(a, b) {
    if (a.attempts.length === 0 || b.attempts.length === 0)
        return a.attempts.length >= b.attempts.length ? a : b;
    const byKey = new Map();
    for (const attempt of [...a.attempts, ...b.attempts]) {
        const key = attemptKey(attempt);
        const seen = byKey.get(key);
        if (!seen || isFurther(attempt, seen))
            byKey.set(key, attempt);
    }
    const sorted = [...byKey.values()].sort(byStart);
    const lastKey = attemptKey(decidingAttempt(sorted));
    const attempts = renumber(a.id, sorted);
    const holders = [a, b].filter((run) => run.attempts.some((attempt) => attemptKey(attempt) === lastKey));
    const base = holders.reduce((best, run) => (isFurtherRun(run, best, lastKey) ? run : best));
    return { ...base, attempts };
}
const SETTLED_STATUSES = new Set(["completed", "changed", "skipped", "blocked", "needs_intervention"]);
function decidingAttempt(sorted) {
    const last = sorted.at(-1);
    if (!isFailedAttempt(last) && rank(last) === 3)
        return last;
    return settledBeside(sorted.slice(0, -1), last) ?? last;
}
function settledBeside(earlier, later) {
    const startedAt = later.startedAt;
    if (startedAt === undefined)
        return undefined;
    return earlier.filter((attempt) => isSettledAttempt(attempt) && (attempt.completedAt ?? "") > startedAt).at(-1);
}
function isFailedAttempt(attempt) {
    return (attempt.resultStatus ?? attempt.status) === "failed";
}
function isSettledAttempt(attempt) {
    return rank(attempt) === 3 && SETTLED_STATUSES.has(attempt.resultStatus ?? attempt.status);
}
function attemptKey(attempt) {
    return attempt.key ?? `id:${attempt.id}`;
}
const RANK = { queued: 0, running: 1, interrupted: 2 };
function rank(attempt) {
    return RANK[attempt.status] ?? 3;
}
function isFurther(candidate, current) {
    if (rank(candidate) !== rank(current))
        return rank(candidate) > rank(current);
    return (candidate.completedAt ?? candidate.startedAt ?? "") > (current.completedAt ?? current.startedAt ?? "");
}
function isFurtherRun(candidate, current, key) {
    const mine = candidate.attempts.find((attempt) => attemptKey(attempt) === key);
    const theirs = current.attempts.find((attempt) => attemptKey(attempt) === key);
    if (rank(mine) !== rank(theirs))
        return rank(mine) > rank(theirs);
    return candidate.updatedAt > current.updatedAt;
}
function byStart(x, y) {
    const a = x.startedAt ?? "";
    const b = y.startedAt ?? "";
    if (a !== b)
        return a < b ? -1 : 1;
    return x.number - y.number || (attemptKey(x) < attemptKey(y) ? -1 : 1);
}
function renumber(runId, attempts) {
    const consistent = attempts.every((attempt, index) => attempt.number === index + 1);
    const unique = new Set(attempts.map((attempt) => attempt.id)).size === attempts.length;
    if (consistent && unique)
        return attempts;
    return attempts.map((attempt, index) => ({ ...attempt, key: attemptKey(attempt), number: index + 1, id: `${runId}_a${index + 1}` }));
}


/***/ })

};
