import type * as Types from "../types.js";
import type { CompiledValidator } from "../validators.js";
export declare const validateBackendRun: CompiledValidator<Types.BackendRun>;
export declare const validateCliError: CompiledValidator<Types.CliError>;
export declare const validateFlowDiagnostic: CompiledValidator<Types.FlowDiagnostic>;
export declare const validateFlowRunView: CompiledValidator<Types.FlowRunView>;
export declare const validateHandover: CompiledValidator<Types.Handover>;
export declare const validateRunsFile: CompiledValidator<Types.RunsFile>;
