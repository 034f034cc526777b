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
export type { FlowEventInput } from "./generated/types.js";
export { type DispatchObserver, type DispatchOptions, type DispatchOutcome, dispatch, type RunCapReport, } from "./engine/dispatch.js";
export { DispatchOptionsError } from "./engine/dispatch-options.js";
export { FlowEventError, normalizeFlowEvent } from "./engine/event.js";
/** What FlowEventError extends: a UserError whose `field` names the part of the input that is wrong. */
export { ContractViolation } from "./contract-errors.js";
export { type FlowEventFromGitHubInput, flowEventFromGitHub, FlowEventInputError, type FlowEventInputErrorOptions, type GitHubEvent, GitHubEventError, type GitHubEventErrorOptions, type GitHubRunContext, loadGitHubEvent, PayloadBudgetError, readGitHubRunContext, upstreamReleaseEventId, } from "./events/index.js";
export { type ChangedFilesSource, type CompiledSchema, type ConditionGitHubContext, type ConditionReport, type ConditionValue, type DiscoverFlowsOptions, discoverFlows, FlowManifestError, type FormatDiagnosticOptions, formatDiagnostic, type KeptFile, type LoadedFlowManifest, loadDeferredFlows, loadFlowManifest, type MatchStepsOptions, matchSteps, type SchemaCacheOptions, type SchemaCheck, schemaCacheDir, SchemaRegistry, type SchemaRegistryOptions, type SharedCompile, type StepExplanation, typeMatches, useSchemaCache, type ValidateFlowsOptions, validateFlows, } from "./flows/index.js";
export type { BrokenFlow, ConditionCheck, DiscoveryResult, FlowPackage, FlowStep, FlowTrigger, MatchResult, ShadowedFlow, StepMismatch, StepRef, } from "./flows/types.js";
export type { DeferredFlow } from "./flows/deferred.js";
export type { StageVerdict } from "./flows/explain.js";
export type { TomlPosition } from "./flows/toml-locator.js";
export { BunNotFoundError, findBun, type FindBunOptions, type FoundBun } from "./runners/find-bun.js";
export { defineFlow, type FlowStepFunction } from "./runners/define-flow.js";
export { buildStepContext, type FlowResultParse, parseFlowResult, runFlowStep, type StepContext, type StepContextOptions, stepEnvironment, } from "./runners/index.js";
export type { StepEnvironmentOptions } from "./runners/environment.js";
export type { RunStepOptions, StepOutcome, StepOutputStream, StepRuntime } from "./runners/types.js";
export { renderSummary, type SummaryOptions } from "./report/summary.js";
export { renderText, type TextOptions } from "./report/text.js";
export type { ChecksMode } from "./report/modes.js";
export { createGitHubClient, type GitHubClient, type GitHubClientOptions, type ThrottleTuning, } from "./github/client.js";
export type { RateLimitBackoffOptions } from "./github/lookup.js";
export type { UpstreamRelease } from "./github/releases.js";
export type { RequestBudgetOptions } from "./github/request-budget.js";
export type { RequestSpacing } from "./github/steady-limiter.js";
export { Redactor } from "./redact.js";
export { type ClockDisagreement, type DroppedReport, type HeldRelease, type HeldReport, type LoadWatchConfigOptions, loadWatchConfig, type ParseWatchInputOptions, parseWatchInput, type PollUpstreamReleasesOptions, type PollUpstreamReleasesResult, pollUpstreamReleases, type TagPattern, type UpstreamReleaseEvent, type UpstreamReleasePayload, upstreamReleaseFlowEvent, type OtherCursorStatus, type WatchAndDispatchOptions, type WatchAndDispatchResult, type WatchConfig, type Redelivery, requestEventRedelivery, watchAndDispatch, type WatchReport, type WatchRepositoryStatus, type WatchRequestReport, type WatchSince, type WatchStatus, type WatchStatusOptions, watchStatus, } from "./watch/index.js";
export type { UpstreamReleaseEventOptions } from "./watch/release-event.js";
export type { PublishedRelease } from "./watch/select.js";
export { EventStillRunningError, forgetEvent, type ForgetEventOptions, type ForgetResult, type RunningStep } from "./state/forget.js";
export { type ArtifactStateStoreOptions, type ArtifactUploader, createStateStore, type CreateStateStoreOptions, type FileLockOptions, FileStateStore, type FileStateStoreOptions, type LockPoint, MemoryStateStore, type StateFolder, StateFolderError, type StateFolderSetting, StateLockError, StateNotSavedError, type StateStoreKind, } from "./state/index.js";
export { isUserError, UserError, type UserErrorOptions } from "./user-error.js";
export { LibraryArgumentError } from "./library-arguments.js";
export type { EventQuery, EventRecord, IndexedRecordSummary, IndexedRunSummary, ReadOnlyReader, ReadOnlySetting, RecordDamage, RunClaim, RunIndex, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut, } from "./state/types.js";
/** The steps of `flows` that an event matches, in the order they would run. */
export declare function matchingSteps(flows: readonly FlowPackage[], event: FlowEvent): Promise<StepRef[]>;
