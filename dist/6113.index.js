export const id = 6113;
export const ids = [6113];
export const modules = {

/***/ 46113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   otherContentOf: () => (/* binding */ otherContentOf)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75244);
/* harmony import */ var _state_event_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48662);


function otherContentOf(first, incoming) {
    if (first === incoming)
        return undefined;
    const changed = [];
    const a = first;
    const b = incoming;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (key === "receivedAt" || key === "id")
            continue;
        const before = a[key];
        const after = b[key];
        if (key === "payload" && isObject(before) && isObject(after)) {
            for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
                if (digest(before[field]) !== digest(after[field]))
                    changed.push(`payload.${field}`);
            }
        }
        else if (digest(before) !== digest(after)) {
            changed.push(key);
        }
    }
    return changed.length === 0 ? undefined : changed.sort();
}
function digest(value) {
    if (value === undefined)
        return undefined;
    const hash = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)();
    (0,_state_event_text_js__WEBPACK_IMPORTED_MODULE_1__/* .writeEventText */ .H8)({ id: "", value }, (text) => hash.update(text));
    return hash.hex();
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}


/***/ })

};
