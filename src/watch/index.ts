// Public surface of the watch area: poll upstream repositories for releases and dispatch each
// new one as an `upstream.release` FlowEvent. Nothing runs on import.
export {
  DEFAULT_WATCH_CONFIG_FILE,
  type LoadWatchConfigOptions,
  loadWatchConfig,
  type ParseWatchInputOptions,
  parseWatchInput,
  parseWatchToml,
  WATCH_OPTIONS_HELP,
  type WatchConfig,
  WatchConfigError,
  type WatchConfigProblem,
  type WatchSince,
} from "./config.js";
export {
  INTERNAL_EVENT_TYPE_PREFIX,
  isInternalEventType,
  type DispatchedRelease,
  type HeldRelease,
  listWatchCursors,
  loadWatchCursor,
  type StoredWatchCursor,
  WATCH_CURSOR_EVENT_TYPE,
  type WatchCursor,
  watchCursorEventId,
} from "./cursor.js";
export { type WatchAndDispatchOptions, type WatchAndDispatchResult, watchAndDispatch } from "./dispatch.js";
export {
  type ClockDisagreement,
  type DroppedReport,
  type HeldReport,
  type PollUpstreamReleasesOptions,
  type PollUpstreamReleasesResult,
  pollUpstreamReleases,
  type UpstreamReleaseEvent,
  type WatchReport,
  type WatchRequestReport,
} from "./poll.js";
export {
  RELEASE_DELETED_TYPE,
  RELEASE_UPDATED_TYPE,
  type ReleaseDeletedPayload,
  type ReleaseState,
  type ReleaseUpdatedPayload,
} from "./change-events.js";
export { loadWatchRotation, WATCH_ROTATION_EVENT_ID, type WatchRotation } from "./rotation.js";
export { RELEASE_BODY_LIMIT, RELEASE_NAME_LIMIT, type UpstreamReleasePayload, upstreamReleaseFlowEvent } from "./release-event.js";
export { parseTagPattern, type TagPattern } from "./tag-pattern.js";
export {
  formatAge,
  type OtherCursorStatus,
  renderWatchStatusText,
  STATUS_ENTRIES_SHOWN,
  type WatchRepositoryStatus,
  type WatchStatus,
  type WatchStatusOptions,
  watchStatus,
} from "./status.js";
export { type Redelivery, requestEventRedelivery, requestRedelivery, requestReleaseRedelivery } from "./redeliver.js";
