export const id = 2649;
export const ids = [2649];
export const modules = {

/***/ 72649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_SPACING: () => (/* binding */ GITHUB_SPACING),
/* harmony export */   SteadyBottleneck: () => (/* binding */ SteadyBottleneck),
/* harmony export */   sharedThrottleLimiters: () => (/* binding */ sharedThrottleLimiters),
/* harmony export */   throttleLimiters: () => (/* binding */ throttleLimiters)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);

const SteadyBottleneck = (() => {
    class Steady extends bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ {
        constructor(options = {}) {
            super(options);
            onSteadyClock(this._store);
        }
    }
    class SteadyGroup extends bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__.Group {
        constructor(options = {}) {
            super(options);
            this.Bottleneck = Steady;
        }
    }
    Object.defineProperty(Steady, "Group", { value: SteadyGroup });
    return Steady;
})();
const steadyNow = () => performance.timeOrigin + performance.now();
function onSteadyClock(found) {
    const store = found;
    const shaped = typeof store?._nextRequest === "number" &&
        typeof store.storeOptions === "object" &&
        ["yieldLoop", "conditionsCheck", "check", "__check__", "__register__", "__groupCheck__"].every((name) => typeof store[name] === "function");
    if (!shaped)
        throw new Error("This Bottleneck keeps its times differently than the steady clock expects (2.19.x)");
    const { highWater, strategy, reservoirRefreshInterval, reservoirIncreaseInterval } = store.storeOptions;
    if (highWater != null || strategy === bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__.strategy.BLOCK || reservoirRefreshInterval != null || reservoirIncreaseInterval != null) {
        throw new Error("SteadyBottleneck does not support highWater, the BLOCK strategy or reservoir refreshes (they read the wall clock)");
    }
    store._nextRequest = steadyNow();
    store.__check__ = async (weight) => {
        await store.yieldLoop();
        return store.check(weight, steadyNow());
    };
    store.__register__ = async (_index, weight) => {
        await store.yieldLoop();
        const now = steadyNow();
        if (!store.conditionsCheck(weight))
            return { success: false };
        store._running += weight;
        if (store.storeOptions.reservoir != null)
            store.storeOptions.reservoir -= weight;
        const wait = Math.max(store._nextRequest - now, 0);
        store._nextRequest = now + wait + store.storeOptions.minTime;
        return { success: true, wait, reservoir: store.storeOptions.reservoir };
    };
    store.__groupCheck__ = async () => {
        await store.yieldLoop();
        return store._nextRequest + (store.timeout ?? Number.POSITIVE_INFINITY) < steadyNow();
    };
}
const GITHUB_SPACING = { writeMs: 1000, notificationMs: 3000, searchMs: 2000 };
function throttleLimiters(spacing = GITHUB_SPACING) {
    const Group = SteadyBottleneck.Group;
    const timeout = 120_000;
    return {
        Bottleneck: SteadyBottleneck,
        global: new Group({ id: "flows-global", maxConcurrent: 10, timeout }),
        auth: new Group({ id: "flows-auth", maxConcurrent: 1, timeout }),
        search: new Group({ id: "flows-search", maxConcurrent: 1, minTime: spacing.searchMs, timeout }),
        write: new Group({ id: "flows-write", maxConcurrent: 1, minTime: spacing.writeMs, timeout }),
        notifications: new Group({ id: "flows-notifications", maxConcurrent: 1, minTime: spacing.notificationMs, timeout }),
    };
}
let shared;
const keys = new Map();
function sharedThrottleLimiters(baseUrl, token) {
    shared ??= throttleLimiters();
    const name = `${baseUrl}\n${token}`;
    let id = keys.get(name);
    if (id === undefined) {
        id = `token-${keys.size + 1}`;
        keys.set(name, id);
    }
    return { ...shared, id };
}


/***/ })

};
