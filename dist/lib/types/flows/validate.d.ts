import { type DiscoverFlowsOptions } from "./discovery.js";
import { SchemaRegistry } from "./schemas.js";
import type { DiscoveryResult } from "./types.js";
export type ValidateFlowsOptions = DiscoverFlowsOptions & {
    /** Registry to compile with; a fresh one by default so every schema is really compiled. */
    schemas?: SchemaRegistry;
};
/**
 * Discovery plus a compile of every trigger schema (for `flows validate`): schema problems that
 * matching would only meet when an event arrives are reported now. Flows whose schema does not
 * compile stay in `flows`; their steps will not match (reason "schema") until it is fixed.
 */
export declare function validateFlows(options: ValidateFlowsOptions): Promise<DiscoveryResult>;
