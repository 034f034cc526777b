import { optionalSecondsSetting } from "../deadline.js";
import type { ThrottleTuning } from "./client.js";

const NAME = "FLOWS_GITHUB_WRITE_SPACING_SECONDS";
const MAX_SECONDS = 60;
/** Searches keep GitHub's 2 s (steady-limiter.ts, GITHUB_SPACING): this module loads no limiter. */
const SEARCH_SPACING_MS = 2000;

/**
 * The write spacing FLOWS_GITHUB_WRITE_SPACING_SECONDS sets, for a client given no throttle
 * option: undefined when it is unset or blank, and writes start 1 s apart and notifying ones 3 s
 * apart, as GitHub asks. A setting for tests against a local fake GitHub, where the spacing is
 * only waiting: seconds from 0 (writes one at a time, no gap) to 60, fractions allowed, for every
 * write alike. Rate limits are still waited out. Async, as the callers of the Bottleneck groups
 * it once made await it.
 */
export async function writeSpacingSetting(env: NodeJS.ProcessEnv = process.env): Promise<ThrottleTuning | undefined> {
  const setMs = optionalSecondsSetting(NAME, { zero: true, maxSeconds: MAX_SECONDS, unset: "GitHub's spacing" }, env);
  if (setMs === undefined) return undefined;
  const ms = Math.round(setMs);
  return { spacing: { writeMs: ms, notificationMs: ms, searchMs: SEARCH_SPACING_MS } };
}
