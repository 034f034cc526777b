// How tests configure Octokit's own retry and throttling plugins instead of production code
// made for them: writes without GitHub's 1 s spacing, millisecond back-off.
import type { GitHubClientOptions } from "../../src/github/client.js";

/** Client options for the fake server: the plugins as in production, minus the waiting. */
export function fastPlugins(options: { retries?: number } = {}): Pick<GitHubClientOptions, "retries" | "retryAfterBaseValue" | "throttle"> {
  return {
    retries: options.retries ?? 0,
    retryAfterBaseValue: 1,
    throttle: { spacing: { writeMs: 0, notificationMs: 0, searchMs: 0 }, retryAfterBaseValue: 1 },
  };
}
