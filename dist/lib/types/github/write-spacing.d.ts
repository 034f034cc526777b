import type { ThrottleTuning } from "./client.js";
/**
 * The write spacing FLOWS_GITHUB_WRITE_SPACING_SECONDS sets, for a client given no throttle
 * option: undefined when it is unset or blank, and writes start 1 s apart and notifying ones 3 s
 * apart, as GitHub asks. A setting for tests against a local fake GitHub, where the spacing is
 * only waiting: seconds from 0 (writes one at a time, no gap) to 60, fractions allowed, for every
 * write alike. Rate limits are still waited out. Async, as the callers of the Bottleneck groups
 * it once made await it.
 */
export declare function writeSpacingSetting(env?: NodeJS.ProcessEnv): Promise<ThrottleTuning | undefined>;
