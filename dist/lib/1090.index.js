export const id = 1090;
export const ids = [1090];
export const modules = {

/***/ 91090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeError: () => (/* binding */ describeError)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99416);

function describeError(error) {
    if ((0,_user_error_js__WEBPACK_IMPORTED_MODULE_0__.isUserError)(error)) {
        let where = error.file ?? "";
        if (where && error.line !== undefined)
            where += `:${error.line}${error.column !== undefined ? `:${error.column}` : ""}`;
        const text = where && !error.message.startsWith(where) ? `${where}: ${error.message}` : error.message;
        return error.hint ? `${text}\n${error.hint}` : text;
    }
    if (error instanceof Error) {
        return `${error.stack ?? `${error.name}: ${error.message}`}\nThis is a bug in flows-action; please report it with the lines above.`;
    }
    return `${String(error)}\nThis is a bug in flows-action (a non-Error value was thrown); please report it.`;
}


/***/ })

};
