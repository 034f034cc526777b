export const id = 2016;
export const ids = [2016,7795];
export const modules = {

/***/ 44456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ isSettled),
/* harmony export */   JW: () => (/* binding */ interruptedSince),
/* harmony export */   Jm: () => (/* binding */ startRunView),
/* harmony export */   d_: () => (/* binding */ liveAttemptOf),
/* harmony export */   e8: () => (/* binding */ isSettledStatus),
/* harmony export */   i6: () => (/* binding */ isTakenElsewhere),
/* harmony export */   qt: () => (/* binding */ finishRunView)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40801);
/* harmony import */ var _state_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35031);
/* harmony import */ var _state_run_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13132);



function isSettled(run) {
    return isSettledStatus(run.effectiveStatus);
}
function isSettledStatus(status) {
    return _state_run_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTLED_STATUSES */ .H9.has(status);
}
function liveAttemptOf(run, now) {
    return run.attempts.findLast((attempt) => (0,_state_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__/* .isLiveAttempt */ .Wg)(attempt, now));
}
function isTakenElsewhere(stored, mine, replay) {
    const key = mine.attempts.at(-1)?.key;
    if (key !== undefined && stored.attempts.some((attempt) => attempt.key === key))
        return false;
    return liveAttemptOf(stored) !== undefined || (!replay && isSettled(stored));
}
function interruptedSince(stored, previous) {
    const last = stored.attempts.at(-1);
    if (last === undefined || (last.status !== "interrupted" && !(0,_state_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__/* .isOrphaned */ .A2)(last)))
        return false;
    return previous?.attempts.some((attempt) => sameAttempt(attempt, last)) !== true;
}
function sameAttempt(a, b) {
    if (a.key !== undefined || b.key !== undefined)
        return a.key === b.key;
    return a.id === b.id && a.startedAt === b.startedAt;
}
function startRunView(options) {
    const { previous, now } = options;
    const attempts = previous ? [...previous.attempts] : [];
    const attempt = {
        id: options.attemptId,
        number: attempts.length + 1,
        status: options.processStatus,
        startedAt: now,
    };
    if (options.replay)
        attempt.replay = true;
    if (options.key)
        attempt.key = options.key;
    if (options.dispatcher)
        attempt.dispatcher = options.dispatcher;
    attempts.push(attempt);
    const view = {
        id: options.runId,
        eventId: options.event.id,
        flowName: options.flow.name,
        flowVersion: options.flow.version,
        stepName: options.step.name,
        runner: options.step.runner,
        processStatus: options.processStatus,
        effectiveStatus: options.processStatus,
        needsAttention: false,
        attempts,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
        startedAt: now,
    };
    if (options.replay)
        view.replay = true;
    return view;
}
function finishRunView(view, outcome) {
    const attempts = [...view.attempts];
    const last = attempts.at(-1);
    if (last) {
        const finished = {
            ...last,
            status: outcome.processStatus,
            startedAt: outcome.startedAt,
            completedAt: outcome.completedAt,
        };
        if (outcome.result)
            finished.resultStatus = outcome.result.status;
        if (outcome.error)
            finished.error = outcome.error;
        if (outcome.timedOut)
            finished.timedOut = true;
        attempts[attempts.length - 1] = finished;
    }
    const done = {
        ...view,
        processStatus: outcome.processStatus,
        attempts,
        output: outcome.output,
        startedAt: outcome.startedAt,
        completedAt: outcome.completedAt,
        updatedAt: outcome.completedAt,
        durationMs: outcome.durationMs,
    };
    delete done.resultStatus;
    delete done.resultPayload;
    delete done.error;
    delete done.timedOut;
    if (outcome.result) {
        done.resultStatus = outcome.result.status;
        done.resultPayload = outcome.result;
    }
    if (outcome.error)
        done.error = outcome.error;
    if (outcome.timedOut)
        done.timedOut = true;
    done.effectiveStatus = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_2__/* .effectiveStatusOf */ .Z2)(done);
    done.needsAttention = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_2__/* .needsAttentionFor */ .XM)(done.effectiveStatus);
    return done;
}


/***/ }),

/***/ 35031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ isOrphaned),
/* harmony export */   Wg: () => (/* binding */ isLiveAttempt),
/* harmony export */   XR: () => (/* binding */ newAttemptKey),
/* harmony export */   YU: () => (/* binding */ markInterrupted),
/* harmony export */   bX: () => (/* binding */ canTellOwner),
/* harmony export */   jO: () => (/* binding */ isOwnerGone),
/* harmony export */   zq: () => (/* binding */ currentDispatcher)
/* harmony export */ });
/* unused harmony exports LEASE_GRACE_MS, processStartTicks */
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61557);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40801);
/* harmony import */ var _run_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13132);






const PROCESS_STARTED_AT_MS = processStartMs(process.pid) ?? Date.now() - process.uptime() * 1000;
const LEASE_GRACE_MS = 60_000;
const MAX_LEASE_MS = 2_147_483_647;
function currentDispatcher(leaseMs) {
    const dispatcher = {
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(),
        pid: process.pid,
        startedAt: new Date(PROCESS_STARTED_AT_MS).toISOString(),
        ...ownStartForOwner(),
    };
    if (leaseMs !== undefined)
        dispatcher.until = new Date(Date.now() + Math.min(leaseMs, MAX_LEASE_MS) + LEASE_GRACE_MS).toISOString();
    return dispatcher;
}
let ownStartRead;
function ownStart() {
    if (ownStartRead === undefined) {
        const startTicks = processStartTicks(process.pid);
        const bootId = readBootId();
        ownStartRead = { ...(startTicks === undefined ? {} : { startTicks }), ...(bootId === undefined ? {} : { bootId }) };
    }
    return ownStartRead;
}
function ownStartForOwner() {
    const { startTicks, bootId } = ownStart();
    return startTicks !== undefined && bootId !== undefined ? { startTicks, bootId } : {};
}
function readBootId() {
    try {
        return /^[0-9a-f-]{8,64}$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim())?.[0];
    }
    catch {
        return undefined;
    }
}
function newAttemptKey() {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .nw)(6);
}
function isOwnerGone(owner) {
    if (owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)())
        return false;
    if (ticksComparable(owner)) {
        if (owner.pid === process.pid)
            return owner.startTicks !== ownStart().startTicks;
        if (!(0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .isPidAlive */ .by)(owner.pid))
            return true;
        const ticks = processStartTicks(owner.pid);
        if (ticks !== undefined)
            return ticks !== owner.startTicks;
    }
    if (owner.pid === process.pid)
        return Date.parse(owner.startedAt) < PROCESS_STARTED_AT_MS - 2_000;
    if (!(0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .isPidAlive */ .by)(owner.pid))
        return true;
    const started = processStartMs(owner.pid);
    const recorded = Date.parse(owner.startedAt);
    return started !== undefined && Number.isFinite(recorded) && Math.abs(started - recorded) > 1_000;
}
function canTellOwner(owner) {
    return ticksComparable(owner) || Number.isFinite(Date.parse(owner.startedAt));
}
function ticksComparable(owner) {
    const own = ownStart();
    const sameBoot = owner.bootId === undefined || owner.bootId === own.bootId;
    return sameBoot && own.startTicks !== undefined && owner.startTicks !== undefined && Number.isSafeInteger(owner.startTicks);
}
function processStartMs(pid) {
    const ticks = processStartTicks(pid);
    if (ticks === undefined)
        return undefined;
    try {
        const boot = /^btime (\d+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)("/proc/stat", "utf8"));
        if (!boot)
            return undefined;
        return Number(boot[1]) * 1000 + (ticks / 100) * 1000;
    }
    catch {
        return undefined;
    }
}
function processStartTicks(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/stat`, "utf8");
        const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
        return Number.isSafeInteger(ticks) ? ticks : undefined;
    }
    catch {
        return undefined;
    }
}
function isLiveAttempt(attempt, now = Date.now()) {
    return (attempt.status === "running" || attempt.status === "queued") && attempt.dispatcher !== undefined && !isOrphaned(attempt, now);
}
function isOrphaned(attempt, now = Date.now()) {
    if (attempt.status !== "running" && attempt.status !== "queued")
        return false;
    const owner = attempt.dispatcher;
    if (!owner)
        return false;
    if (leaseEnd(attempt, now) < now)
        return true;
    return isOwnerGone(owner);
}
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
function leaseEnd(attempt, now = Date.now()) {
    const owner = attempt.dispatcher;
    const start = Date.parse(attempt.startedAt ?? owner.startedAt);
    if (Number.isFinite(start) && start > now + CLOCK_SKEW_MS)
        return Number.NEGATIVE_INFINITY;
    if (owner.until !== undefined) {
        const until = Date.parse(owner.until);
        return Number.isFinite(until) && until <= now + MAX_LEASE_MS + LEASE_GRACE_MS + CLOCK_SKEW_MS ? until : Number.NEGATIVE_INFINITY;
    }
    if (owner.host === (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)())
        return Number.POSITIVE_INFINITY;
    return Number.isFinite(start) ? start + MAX_LEASE_MS + LEASE_GRACE_MS : Number.NEGATIVE_INFINITY;
}
function markInterrupted(record, now = Date.now()) {
    if (!record.runs.some((run) => run.attempts.some((attempt) => isOrphaned(attempt, now))))
        return record;
    return { ...record, runs: record.runs.map((run) => interruptRun(run, now)) };
}
function interruptRun(run, now) {
    if (!run.attempts.some((attempt) => isOrphaned(attempt, now)))
        return run;
    const attempts = run.attempts.map((attempt) => {
        if (!isOrphaned(attempt, now))
            return attempt;
        const owner = attempt.dispatcher;
        const error = leaseEnd(attempt, now) === Number.NEGATIVE_INFINITY
            ? `the attempt's start or lease (${JSON.stringify(String(owner.until ?? attempt.startedAt ?? owner.startedAt).slice(0, 40))}) is no date a dispatcher writes (not a date, or far ahead of now), so it is read as ended; nothing recorded how it ended`
            : `the dispatcher (pid ${owner.pid} on ${owner.host}) stopped while this attempt ran; nothing recorded how it ended`;
        return { ...attempt, status: "interrupted", error };
    });
    const last = attempts.at(-1);
    if (last.status !== "interrupted" || attempts.some((attempt) => isLiveAttempt(attempt, now)))
        return { ...run, attempts };
    const settled = (0,_run_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .settledBeside */ .wT)(attempts.slice(0, -1), last);
    if (settled)
        return settledBy(run, attempts, settled);
    const view = { ...run, attempts, processStatus: "interrupted", effectiveStatus: "interrupted", needsAttention: false };
    delete view.resultStatus;
    view.error = last.error;
    return view;
}
function settledBy(run, attempts, settled) {
    if (_run_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTLED_STATUSES */ .H9.has(run.effectiveStatus))
        return { ...run, attempts };
    const view = { ...run, attempts, processStatus: settled.status };
    if (settled.resultStatus === undefined)
        delete view.resultStatus;
    else
        view.resultStatus = settled.resultStatus;
    if (settled.completedAt !== undefined)
        view.completedAt = settled.completedAt;
    if (settled.error === undefined)
        delete view.error;
    else
        view.error = settled.error;
    delete view.timedOut;
    view.effectiveStatus = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_5__/* .effectiveStatusOf */ .Z2)(view);
    view.needsAttention = (0,_contracts_js__WEBPACK_IMPORTED_MODULE_5__/* .needsAttentionFor */ .XM)(view.effectiveStatus);
    return view;
}


/***/ }),

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
