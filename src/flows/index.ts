export type { FlowDiagnostic } from "../contracts.js";
export {
  FlowManifestError,
  type FormatDiagnosticOptions,
  formatDiagnostic,
} from "./diagnostics.js";
export {
  type ConditionGitHubContext,
  type ConditionReport,
  type ConditionValue,
  gitHubConditionContext,
} from "./condition.js";
export type { ChangedFilesSource } from "./condition-evaluate.js";
export { explainMatch, type StepExplanation } from "./explain.js";
export { DEFAULT_FLOW_ROOTS, type DiscoverFlowsOptions, discoverFlows, loadDeferredFlows } from "./discovery.js";
export { type LoadedFlowManifest, loadFlowManifest } from "./manifest.js";
export { DEFAULT_TIMEOUT_MS } from "./manifest-steps.js";
export { type MatchStepsOptions, matchSteps, typeMatches } from "./match.js";
export { type SchemaCacheOptions, schemaCacheDir, useSchemaCache } from "./schema-cache-config.js";
export {
  type CompiledSchema,
  type KeptFile,
  type SchemaCheck,
  SchemaRegistry,
  type SchemaRegistryOptions,
  type SharedCompile,
  sharedSchemaRegistry,
} from "./schemas.js";
export type {
  DiscoveryResult,
  FlowPackage,
  FlowStep,
  FlowTrigger,
  MatchResult,
  ShadowedFlow,
  StepMismatch,
  StepRef,
} from "./types.js";
export { type ValidateFlowsOptions, validateFlows } from "./validate.js";
