import { type ActionInputs } from "./inputs.js";
import { type DownloadOptions } from "./bun-download.js";
import type { ActionIO } from "./io.js";
export type ResolveBunOptions = {
    inputs: Pick<ActionInputs, "bunVersion" | "bunDownloadUrl">;
    io: Pick<ActionIO, "info">;
    /** Environment steps get; the installed Bun's folder is put first on its PATH. */
    env: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
    arch?: string;
    /**
     * Download settings for tests (the size limit, the waits between attempts). Its time limit is
     * FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS's (process environment), else 5 minutes.
     */
    download?: Pick<DownloadOptions, "maxBytes" | "retryDelaysMs">;
};
/**
 * The `bun` executable for steps: the one on PATH, else the requested version from the
 * runner's tool cache, downloaded once (from `bun-download-url`) when the cache lacks it.
 */
export declare function resolveBun(options: ResolveBunOptions): Promise<string>;
/** Bun's release asset for this machine, as named on its releases page. */
export declare function bunAssetName(platform: NodeJS.Platform, arch: string): string;
