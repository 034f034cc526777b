import type { FlowDiagnostic, FlowRunner } from "../contracts.js";
import type { DeferredFlow } from "./deferred.js";

/** `[steps.trigger]`: which FlowEvents a step reacts to. */
export type FlowTrigger = {
  /** FlowEvent type to match; `*` matches any run of characters (extension). */
  type: string;
  /** Schema path as written in flow.toml, relative to the package folder. */
  schema?: string;
  /** Absolute path of the schema file, resolved at load time. */
  schemaPath?: string;
  /** `if`: a condition in GitHub's expression language, as written (checked after type and schema). */
  if?: string;
};

export type FlowStep = {
  name: string;
  runner: FlowRunner;
  /** Script as written in flow.toml. */
  script: string;
  /** Absolute path of the script, checked to exist at load time. */
  scriptPath: string;
  /** Absolute working directory (the package folder unless `cwd` is set). */
  cwdPath: string;
  timeoutMs: number;
  trigger?: FlowTrigger;
  /** Line of the `[[steps]]` header in flow.toml, for messages. */
  line?: number;
};

export type FlowPackage = {
  name: string;
  version: number;
  description?: string;
  config?: Record<string, unknown>;
  guidance?: { skills: string[] };
  /** Absolute path of the package folder. */
  root: string;
  /** Absolute path of its flow.toml. */
  manifestPath: string;
  steps: FlowStep[];
};

/** A package that lost to an earlier one with the same name. */
export type ShadowedFlow = { name: string; keptManifest: string; shadowedManifest: string };

export type DiscoveryResult = {
  flows: FlowPackage[];
  problems: FlowDiagnostic[];
  shadowed: ShadowedFlow[];
  /** Packages read but not parsed: they cannot match the event discovery was for. */
  deferred?: DeferredFlow[];
};

export type StepRef = { flow: FlowPackage; step: FlowStep };

export type StepMismatch = StepRef & {
  reason: "no-trigger" | "type" | "schema";
  /** Human sentence: why this step did not match. */
  message: string;
};

export type MatchResult = { matched: StepRef[]; mismatches: StepMismatch[] };
