import { type CliContext } from "./commands.js";
export type WatchCommandOptions = {
    once: boolean;
    dryRun: boolean;
    /** `--status`: what the watcher remembers per repository; asks GitHub nothing. */
    status?: boolean;
    /** Watch lines as the action's `watch` input takes them. */
    watch?: string;
    /** A TOML file with [[watch]] tables (default .github/flows.toml). */
    config?: string;
    concurrency?: number;
    /** --bun: the bun executable for steps. */
    bunPath?: string;
    /** --workspace-backend-url: runtime.workspaceBackendUrl for steps. */
    workspaceBackendUrl?: string;
    /** `--max-requests`: requests one poll may make (default 300). */
    maxRequests?: string;
};
/**
 * `flows watch --once`: poll the watched repositories once, with a token from GITHUB_TOKEN or
 * GH_TOKEN, and dispatch new releases (or, with --dry-run, list what would be dispatched).
 * `flows watch --status`: per repository, the last poll, the ETag's age, pending releases and
 * the last dispatched tag.
 *
 * Exit codes: 0 polled (some repositories may have failed: each is reported); 1 a step failed,
 * or every repository failed (GitHub unreachable, bad token...); 2 usage.
 */
export declare function watchCommand(ctx: CliContext, options: WatchCommandOptions): Promise<number>;
