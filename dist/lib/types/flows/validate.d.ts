import { type DiscoverFlowsOptions } from "./discovery.js";
import { SchemaRegistry } from "./schemas.js";
import type { FlowDiagnostic } from "../contracts.js";
import type { DiscoveryResult, FlowPackage, FlowStep } from "./types.js";
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
/**
 * The warnings `flows validate` gives about steps beyond loading them (an empty script, a path
 * Windows cannot check out, a trigger schema's warnings: a misspelt keyword, a schema no payload
 * passes), for the steps `reached` keeps: the commands that run or explain an event report the
 * warnings about the steps it reached, found by the same checks as validate's. Errors are left
 * out: matching reports those of the steps it reached. A registry that compiled the schemas
 * already (the dispatch's) hands back its compile, so nothing is compiled again.
 */
export declare function stepWarnings(flows: readonly FlowPackage[], options: {
    repoRoot: string;
    schemas: SchemaRegistry;
    reached: (step: FlowStep) => boolean;
}): Promise<FlowDiagnostic[]>;
