import type { GitHubClient } from "./client.js";

// `core.debug` lines (RUNNER_DEBUG=1) for every GitHub API call: what it was about and how
// GitHub answered. Every client the action makes is wrapped with it when debug is on.

/** Tells `debug` about every request the client makes and how GitHub answered. */
export function debugClient(client: GitHubClient, debug: (message: string) => void): GitHubClient {
  client.hook.wrap("request", async (request, options) => {
    const what = `GitHub API ${options.method} ${String(options.url).replace(/\{([^}]+)\}/g, (_, name: string) => String(options[name] ?? `{${name}}`))}`;
    try {
      const response = await request(options);
      debug(`${what} → ${response.status}`);
      return response;
    } catch (error) {
      debug(`${what} → ${(error as { status?: number }).status ?? (error instanceof Error ? error.message : String(error))}`);
      throw error;
    }
  });
  return client;
}
