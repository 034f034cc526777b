export const id = 1891;
export const ids = [1891];
export const modules = {

/***/ 61891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   END_SAVE_WINDOW_MS: () => (/* binding */ END_SAVE_WINDOW_MS),
/* harmony export */   RunRecorder: () => (/* binding */ RunRecorder)
/* harmony export */ });
/* harmony import */ var _state_file_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41134);
/* harmony import */ var _state_not_saved_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85779);
/* harmony import */ var _state_run_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13132);



const END_SAVE_WINDOW_MS = 25;
class RunRecorder {
    #store;
    #record;
    #windowMs;
    #isTaken;
    #onClaimed;
    #pending = [];
    #waiters = [];
    #soon;
    #held;
    #running = 0;
    #pendingEnds = false;
    #endsUnsaved = false;
    saves = 0;
    constructor(store, record, options = {}) {
        this.#store = store;
        this.#record = record;
        this.#windowMs = options.windowMs ?? END_SAVE_WINDOW_MS;
        this.#isTaken = options.isTaken ?? (() => false);
        this.#onClaimed = options.onClaimed;
    }
    saveStart(view) {
        this.#running += 1;
        const saved = this.#add(view, view.id);
        this.#soon ??= setImmediate(() => this.#flush());
        return saved;
    }
    saveEnd(view, options) {
        this.#running = Math.max(0, this.#running - 1);
        this.#pendingEnds = true;
        const saved = this.#add(view).then(() => undefined);
        if (options.urgent || this.#running === 0)
            this.#soon ??= setImmediate(() => this.#flush());
        else
            this.#held ??= setTimeout(() => this.#flush(), this.#windowMs);
        return saved;
    }
    saveRecord() {
        this.saves += 1;
        return this.#store.saveEvent({ ...this.#record, runs: [] }, { countOnly: true });
    }
    #add(view, startOf) {
        this.#pending.push(view);
        return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject, ...(startOf ? { startOf } : {}) }));
    }
    #flush() {
        if (this.#soon !== undefined)
            clearImmediate(this.#soon);
        if (this.#held !== undefined)
            clearTimeout(this.#held);
        this.#soon = undefined;
        this.#held = undefined;
        const byId = new Map();
        for (const view of this.#pending) {
            const seen = byId.get(view.id);
            byId.set(view.id, seen ? (0,_state_run_merge_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeRuns */ .rV)(seen, view) : view);
        }
        const runs = [...byId.values()];
        const waiters = this.#waiters;
        const ends = this.#pendingEnds;
        this.#pending = [];
        this.#waiters = [];
        this.#pendingEnds = false;
        if (runs.length === 0)
            return;
        const updatedAt = [this.#record.updatedAt, ...runs.map((run) => run.updatedAt)].sort().at(-1) ?? this.#record.updatedAt;
        this.saves += 1;
        const record = { ...this.#record, runs, updatedAt };
        const starting = new Set(waiters.flatMap((waiter) => (waiter.startOf === undefined ? [] : [waiter.startOf])));
        const checked = new Map();
        const isTaken = (stored, mine) => {
            checked.set(mine.id, { stored, mine });
            return this.#isTaken(stored, mine);
        };
        let saved;
        try {
            const store = this.#store;
            saved =
                starting.size > 0 && store.claimRuns
                    ? store.claimRuns(record, { starting, isTaken })
                    : store.saveEvent(record).then(() => new Map());
        }
        catch (error) {
            saved = Promise.reject(error);
        }
        saved.then((taken) => {
            this.#running = Math.max(0, this.#running - taken.size);
            for (const [id, { stored, mine }] of checked)
                if (!taken.has(id))
                    this.#onClaimed?.(mine, stored);
            for (const waiter of waiters)
                waiter.resolve(waiter.startOf === undefined ? undefined : taken.get(waiter.startOf));
        }, (error) => {
            if (ends)
                this.#endsUnsaved = true;
            const reason = this.#endsUnsaved ? ranButNotSaved(error, this.#record.event.id) : error;
            for (const waiter of waiters)
                waiter.reject(reason);
        });
    }
}
function ranButNotSaved(error, eventId) {
    if (!(error instanceof _state_file_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StateFolderError */ .mU))
        return error;
    const problem = `${error.problem.charAt(0).toUpperCase()}${error.problem.slice(1)}.`;
    return new _state_not_saved_js__WEBPACK_IMPORTED_MODULE_1__/* .StateNotSavedError */ .c({ eventIds: [eventId], where: error.where, reason: `${problem} ${error.hint ?? ""}`, cause: error });
}


/***/ })

};
