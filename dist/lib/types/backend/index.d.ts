export { type BackendDispatchOptions, dispatchToBackend } from "./client.js";
export { type BackendDispatchResult, normalizeDispatchResult, normalizeRunList } from "./dispatch-result.js";
export { displayUrl, FlowBackendError, type FlowBackendErrorKind } from "./errors.js";
export { NOT_SENT } from "./http.js";
export { normalizeRunView } from "./normalize.js";
export { type BackendReplayOptions, replayOnBackend } from "./replay.js";
export { objectNamedById, reportTargetsBeyondId, targetsDisagreement } from "./replay-event.js";
