// How tests configure Octokit's own retry and throttling plugins instead of production code
// made for them: write groups without GitHub's 1 s spacing, millisecond back-off.
import Bottleneck from "bottleneck";
import type { GitHubClientOptions } from "../../src/github/client.js";

/** Client options for the fake server: the plugins as in production, minus the waiting. */
export function fastPlugins(options: { retries?: number } = {}): Pick<GitHubClientOptions, "retries" | "retryAfterBaseValue" | "throttle"> {
  return {
    retries: options.retries ?? 0,
    retryAfterBaseValue: 1,
    throttle: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      retryAfterBaseValue: 1,
    },
  };
}
