export const id = 1578;
export const ids = [1578];
export const modules = {

/***/ 61578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_EVENT_NAMES: () => (/* binding */ GITHUB_EVENT_NAMES),
/* harmony export */   checkGitHubEventName: () => (/* binding */ checkGitHubEventName)
/* harmony export */ });
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31363);
/* harmony import */ var _events_workflow_event_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39777);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41488);



const WEBHOOK_ONLY_EVENT_NAMES = [
    "branch_protection_configuration", "cache_sync", "code_scanning_alert", "commit_comment", "content_reference",
    "custom_property", "custom_property_values", "dependabot_alert", "deploy_key", "deployment_protection_rule",
    "deployment_review", "enterprise", "github_app_authorization", "installation", "installation_repositories",
    "installation_target", "issue_dependencies", "marketplace_purchase", "member", "membership", "meta", "org_block",
    "organization", "personal_access_token_request", "ping", "projects_v2", "projects_v2_item",
    "projects_v2_status_update", "repository", "repository_advisory", "repository_import", "repository_ruleset",
    "repository_vulnerability_alert", "secret_scanning_alert", "secret_scanning_alert_location", "secret_scanning_scan",
    "security_advisory", "security_and_analysis", "sponsorship", "star", "sub_issues", "team", "team_add", "user",
];
const GITHUB_EVENT_NAMES = [..._events_workflow_event_names_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_EVENT_NAMES */ .M, ...WEBHOOK_ONLY_EVENT_NAMES];
function checkGitHubEventName(eventName, command) {
    if (GITHUB_EVENT_NAMES.includes(eventName))
        return;
    const suggestion = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(eventName.replace(/-/g, "_"), GITHUB_EVENT_NAMES) ?? (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(eventName, GITHUB_EVENT_NAMES);
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--event-name "${eventName}" is not a GitHub event name.${suggestion ? ` Did you mean "${suggestion}"?` : ""} ` +
        "Event names are the workflow trigger names: push, pull_request, release, issue_comment, ...", command);
}


/***/ })

};
