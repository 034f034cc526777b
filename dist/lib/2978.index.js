export const id = 2978;
export const ids = [2978];
export const modules = {

/***/ 22978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   debugStore: () => (/* binding */ debugStore)
/* harmony export */ });
function debugStore(store, debug) {
    return {
        get kind() {
            return store.kind;
        },
        get problems() {
            return store.problems;
        },
        get problemsLeftOut() {
            return store.problemsLeftOut;
        },
        async loadEvent(eventId) {
            const record = await store.loadEvent(eventId);
            debug(`state ${store.kind}: get ${eventId} → ${record ? `${record.runs.length} run(s), dispatched ${record.dispatchCount} time(s)` : "not stored"}`);
            return record;
        },
        async saveEvent(record, options) {
            await store.saveEvent(record, options);
            const runs = record.runs.map((run) => `${run.flowName}/${run.stepName} ${run.effectiveStatus}`).join(", ");
            debug(`state ${store.kind}: put ${record.event.id}${runs ? ` (${runs})` : " (event only)"}`);
        },
        async claimRuns(record, claim) {
            let taken = new Map();
            if (store.claimRuns)
                taken = await store.claimRuns(record, claim);
            else
                await store.saveEvent(record);
            const runs = record.runs.filter((run) => claim.starting.has(run.id)).map((run) => `${run.flowName}/${run.stepName}${taken.has(run.id) ? ` taken by another dispatch (${taken.get(run.id).effectiveStatus})` : ""}`);
            debug(`state ${store.kind}: claim ${record.event.id} (${runs.join(", ")})`);
            return taken;
        },
        async listEvents(query) {
            const records = await store.listEvents(query);
            debug(`state ${store.kind}: list${query?.type ? ` type=${query.type}` : ""} → ${records.length} event(s)`);
            return records;
        },
        async eachEvent(visit) {
            let count = 0;
            const { eachStoredEvent } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89176));
            await eachStoredEvent(store, (record) => {
                count += 1;
                return visit(record);
            });
            debug(`state ${store.kind}: scan → ${count} event(s) read`);
        },
        async flush() {
            await store.flush();
            debug(`state ${store.kind}: flush`);
        },
        async close() {
            await store.close?.();
        },
    };
}


/***/ })

};
