export const id = 9176;
export const ids = [9176];
export const modules = {

/***/ 89176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INTERNAL_EVENT_TYPE_PREFIX: () => (/* binding */ INTERNAL_EVENT_TYPE_PREFIX),
/* harmony export */   Newest: () => (/* binding */ Newest),
/* harmony export */   eachStoredEvent: () => (/* binding */ eachStoredEvent),
/* harmony export */   findStoredRun: () => (/* binding */ findStoredRun),
/* harmony export */   isInternalRecord: () => (/* binding */ isInternalRecord),
/* harmony export */   selectStoredRuns: () => (/* binding */ selectStoredRuns)
/* harmony export */ });
const INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";
function isInternalRecord(record) {
    return record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}
async function eachStoredEvent(store, visit) {
    if (store.eachEvent)
        return store.eachEvent(visit);
    for (const record of await store.listEvents())
        if (visit(record) === false)
            return;
}
class Newest {
    #items = [];
    #limit;
    #time;
    constructor(limit, time) {
        this.#limit = limit || undefined;
        this.#time = time;
    }
    get held() {
        return this.#items.length;
    }
    offer(item) {
        this.#items.push(item);
        if (this.#limit !== undefined && this.#items.length >= 2 * this.#limit)
            this.#trim();
    }
    items() {
        this.#trim();
        return this.#items;
    }
    #trim() {
        const time = this.#time;
        this.#items.sort((a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : 0));
        if (this.#limit !== undefined)
            this.#items.length = Math.min(this.#items.length, this.#limit);
    }
}
async function usableIndex(store, note) {
    if (!store.runIndex)
        return undefined;
    const index = await store.runIndex();
    if ("unusable" in index) {
        if (index.unusable)
            note?.(index.unusable);
        return undefined;
    }
    return index;
}
async function selectStoredRuns(from, query = {}, note) {
    if (!Array.isArray(from) && query.limit && !query.eventId) {
        const index = await usableIndex(from, note);
        if (index) {
            const newest = new Newest(query.limit, (run) => run.updatedAt);
            for (const summary of index.summaries) {
                if (summary.internal)
                    continue;
                for (const run of summary.runs) {
                    if (query.status && run.effectiveStatus !== query.status)
                        continue;
                    if (query.needsAttention && !run.needsAttention)
                        continue;
                    newest.offer({ eventId: summary.eventId, updatedAt: run.updatedAt });
                }
            }
            const loaded = await index.load([...new Set(newest.items().map((run) => run.eventId))]);
            if (loaded)
                return selectStoredRuns([...loaded, ...index.records], query);
            note?.("the state branch's index does not match its records (the store problem below says where), so every record was read.");
        }
    }
    const newest = new Newest(query.limit, (run) => run.updatedAt);
    const each = Array.isArray(from) ? async (visit) => from.forEach(visit) : (visit) => eachStoredEvent(from, visit);
    await each((record) => {
        if (isInternalRecord(record) || (query.eventId && record.event.id !== query.eventId))
            return;
        for (const run of record.runs) {
            if (query.status && run.effectiveStatus !== query.status)
                continue;
            if (query.needsAttention && !run.needsAttention)
                continue;
            newest.offer(run);
        }
    });
    return newest.items();
}
async function findStoredRun(store, runId, startingWith, note) {
    const index = await usableIndex(store, note);
    if (index) {
        const holders = index.summaries.filter((summary) => summary.runs.some((run) => run.id === runId));
        const loaded = await index.load(holders.slice(0, 1).map((summary) => summary.eventId));
        if (loaded) {
            for (const record of [...loaded, ...index.records]) {
                const run = record.runs.find((candidate) => candidate.id === runId);
                if (run)
                    return { record, run };
            }
            note?.(`no run "${runId}" in the state branch's index, so every record is read to be sure.`);
        }
        else {
            note?.("the state branch's index does not match its records (the store problem below says where), so every record was read.");
        }
    }
    let found;
    await eachStoredEvent(store, (record) => {
        const run = record.runs.find((candidate) => candidate.id === runId);
        if (run)
            found = { record, run };
        else if (startingWith && runId.length >= 4) {
            for (const id of [record.event.id, ...record.runs.map((candidate) => candidate.id)]) {
                if (startingWith.size >= 2)
                    break;
                if (id.startsWith(runId))
                    startingWith.add(id);
            }
        }
        return run === undefined;
    });
    return found;
}


/***/ })

};
