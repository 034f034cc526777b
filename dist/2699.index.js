export const id = 2699;
export const ids = [2699];
export const modules = {

/***/ 52699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainMatch: () => (/* binding */ explainMatch)
/* harmony export */ });
function explainMatch(flows, result) {
    const matched = new Set(result.matched.map((ref) => ref.step));
    const mismatches = new Map(result.mismatches.map((miss) => [miss.step, miss]));
    const reports = new Map((result.conditions ?? []).map((check) => [check.step, check.report]));
    const explanations = [];
    for (const flow of flows) {
        for (const step of flow.steps) {
            if (!matched.has(step) && !mismatches.has(step))
                continue;
            const miss = mismatches.get(step);
            const trigger = step.trigger;
            const reason = miss?.reason;
            const typeOk = trigger !== undefined && reason !== "type" && reason !== "no-trigger";
            const schemaOk = typeOk && reason !== "schema";
            const report = miss?.condition ?? reports.get(step);
            explanations.push({
                flow: flow.name,
                step: step.name,
                manifestPath: flow.manifestPath,
                matched: matched.has(step),
                ...(trigger ? { triggerType: trigger.type } : {}),
                type: !trigger ? "none" : typeOk ? "passed" : "failed",
                ...(trigger?.schema !== undefined ? { schema: trigger.schema } : {}),
                schemaVerdict: trigger?.schema === undefined ? "none" : !typeOk ? "not checked" : schemaOk ? "passed" : "failed",
                ...(trigger?.if !== undefined ? { condition: trigger.if } : {}),
                conditionVerdict: trigger?.if === undefined ? "none" : !schemaOk ? "not checked" : reason === "condition" ? "failed" : "passed",
                ...(report ? { conditionReport: report } : {}),
                ...(miss ? { reason: miss.message } : {}),
            });
        }
    }
    return explanations;
}


/***/ })

};
