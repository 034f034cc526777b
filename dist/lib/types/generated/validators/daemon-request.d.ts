import type * as Types from "../types.js";
import type { CompiledValidator } from "../validators.js";
export declare const validateDaemonRequest: CompiledValidator<Types.DaemonRequest>;
