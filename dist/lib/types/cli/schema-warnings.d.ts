import type { DiscoveryResult } from "../flows/types.js";
/** `warning: N warnings in the trigger schemas ...; run flows validate`, or undefined when there are none. */
export declare function schemaWarningsLine(discovery: DiscoveryResult, eventType: string, where: {
    repoRoot: string;
    validate: string;
}): Promise<string | undefined>;
