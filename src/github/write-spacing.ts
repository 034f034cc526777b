import { UserError } from "../user-error.js";
import type { ThrottleTuning } from "./client.js";

const NAME = "FLOWS_GITHUB_WRITE_SPACING_SECONDS";
const MAX_SECONDS = 60;
const groups = new Map<number, ThrottleTuning>();

/**
 * The write spacing FLOWS_GITHUB_WRITE_SPACING_SECONDS sets, for a client given no throttle
 * option: undefined when it is unset or blank, and @octokit/plugin-throttling spaces writes
 * 1 s apart and notifying ones 3 s apart, as GitHub asks. A setting for tests against a local
 * fake GitHub, where the spacing is only waiting: seconds from 0 (writes one at a time, no gap)
 * to 60, fractions allowed, for every write alike. Rate limits are still waited out. The groups
 * are shared by the process's clients, as the plugin's own are.
 */
export async function writeSpacingSetting(env: NodeJS.ProcessEnv = process.env): Promise<ThrottleTuning | undefined> {
  const text = env[NAME]?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
    const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
    throw new UserError(`${NAME} must be a number of seconds from 0 to ${MAX_SECONDS} (fractions allowed), got ${shown}; set it so, or unset it for GitHub's spacing.`);
  }
  const ms = Math.round(seconds * 1000);
  const known = groups.get(ms);
  if (known) return known;
  const { default: Bottleneck } = await import("bottleneck/light.js");
  const made: ThrottleTuning = {
    write: new Bottleneck.Group({ id: `flows-write-${ms}`, maxConcurrent: 1, minTime: ms }),
    notifications: new Bottleneck.Group({ id: `flows-notifications-${ms}`, maxConcurrent: 1, minTime: ms }),
  };
  groups.set(ms, made);
  return made;
}
