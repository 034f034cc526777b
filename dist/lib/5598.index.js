export const id = 5598;
export const ids = [5598];
export const modules = {

/***/ 75598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStepMode: () => (/* binding */ runStepMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19116);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74664);
/* harmony import */ var _log_groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12008);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55627);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46189);





/** run-step: run the steps of one matrix entry and write their runs for the report job. */
async function runStepMode(context) {
    const { runsFile, steps } = context.inputs;
    if (!runsFile)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionInputError */ .VA('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
    const only = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_3__/* .readStepSelection */ .jm)(steps);
    const discovery = await (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .discover */ .k4)(context);
    const outcome = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatch */ .JD)(context.event, { ...(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .engineOptions */ .ll)(context, discovery), only, observer: (0,_log_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .logGroups */ .D)(context.io) });
    await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRunsFile */ .uw)(runsFile, outcome);
    // Check runs and the comment are the report job's: it publishes every step once.
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .publish */ .mk)(context, outcome);
    return outcome;
}


/***/ })

};
