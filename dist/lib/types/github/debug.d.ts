import type { GitHubClient } from "./client.js";
/** Tells `debug` about every request the client makes and how GitHub answered. */
export declare function debugClient(client: GitHubClient, debug: (message: string) => void): GitHubClient;
