import type { FlowEvent } from "./contracts.js";
import type { FlowPackage, StepRef } from "./flows/types.js";
export { main as runCli, type MainOptions as RunCliOptions } from "./cli/main.js";
/**
 * For a host of runCli: ends the process once its output is written when an artifact transfer was
 * abandoned past its deadline (it would hold a socket for minutes); otherwise returns. The
 * `flows` launcher on Node calls it after runCli (src/cli/launcher.js).
 */
export { exitIfWorkAbandoned } from "./abandoned-work.js";
export * from "./contracts.js";
export { type DispatchObserver, type DispatchOptions, type DispatchOutcome, dispatch } from "./engine/dispatch.js";
export { DispatchOptionsError } from "./engine/dispatch-options.js";
export { FlowEventError, normalizeFlowEvent } from "./engine/event.js";
export { flowEventFromGitHub, FlowEventInputError, GitHubEventError, loadGitHubEvent, PayloadBudgetError, readGitHubRunContext, upstreamReleaseEventId, } from "./events/index.js";
export { type DiscoverFlowsOptions, discoverFlows, FlowManifestError, formatDiagnostic, loadDeferredFlows, loadFlowManifest, matchSteps, type SchemaCacheOptions, schemaCacheDir, typeMatches, useSchemaCache, validateFlows, } from "./flows/index.js";
export type { DiscoveryResult, FlowPackage, FlowStep, FlowTrigger, MatchResult, StepMismatch, StepRef } from "./flows/types.js";
export { BunNotFoundError, findBun, type FindBunOptions, type FoundBun } from "./runners/find-bun.js";
export { defineFlow, type FlowStepFunction } from "./runners/define-flow.js";
export { buildStepContext, parseFlowResult, runFlowStep, type StepContext, stepEnvironment } from "./runners/index.js";
export type { RunStepOptions, StepOutcome, StepRuntime } from "./runners/types.js";
export { renderSummary } from "./report/summary.js";
export { renderText } from "./report/text.js";
export { createGitHubClient, type GitHubClient, type GitHubClientOptions } from "./github/client.js";
export { loadWatchConfig, parseWatchInput, pollUpstreamReleases, type UpstreamReleaseEvent, upstreamReleaseFlowEvent, type WatchAndDispatchOptions, type WatchAndDispatchResult, type WatchConfig, type Redelivery, requestEventRedelivery, watchAndDispatch, type WatchStatus, watchStatus, } from "./watch/index.js";
export { EventStillRunningError, forgetEvent, type ForgetEventOptions, type ForgetResult, type RunningStep } from "./state/forget.js";
export { type ArtifactStateStoreOptions, type ArtifactUploader, createStateStore, type CreateStateStoreOptions, type FileLockOptions, FileStateStore, type FileStateStoreOptions, type LockPoint, MemoryStateStore, type StateFolder, StateFolderError, type StateFolderSetting, StateLockError, StateNotSavedError, type StateStoreKind, } from "./state/index.js";
export { isUserError, UserError } from "./user-error.js";
export { LibraryArgumentError } from "./library-arguments.js";
export type { EventQuery, EventRecord, IndexedRecordSummary, IndexedRunSummary, ReadOnlyReader, ReadOnlySetting, RecordDamage, RunClaim, RunIndex, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut, } from "./state/types.js";
/** The steps of `flows` that an event matches, in the order they would run. */
export declare function matchingSteps(flows: readonly FlowPackage[], event: FlowEvent): Promise<StepRef[]>;
