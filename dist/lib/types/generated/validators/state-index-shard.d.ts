import type * as Types from "../types.js";
import type { CompiledValidator } from "../validators.js";
export declare const validateStateIndexShard: CompiledValidator<Types.StateIndexShard>;
export declare const validateStateIndexEntry: CompiledValidator<Types.StateIndexEntry>;
