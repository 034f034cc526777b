/**
 * Largest Bun zip the action downloads. Bun's release zips are 20-45 MB (the executable inside
 * is about 100 MB): a mirror that sends more is broken or hostile, and an endless answer would
 * otherwise fill the runner's disk.
 */
export declare const MAX_BUN_DOWNLOAD_BYTES: number;
/**
 * Default limit on the whole download, its attempts and the waits between them included. Without
 * one only http-client's socket timeout (3 minutes without a byte) applied, so a mirror that sent
 * a byte a minute held the job until the job's own timeout (6 hours by default). Bun's 20-45 MB
 * zip takes seconds on a GitHub-hosted runner; in 5 minutes 45 MB needs 150 KB/s (1.2 Mbit/s).
 * The artifact transfers' limit is the same (deadline.ts).
 */
export declare const DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS: number;
/** The server's answer was larger than the limit: no second attempt, and what was written is gone. */
export declare class DownloadTooLarge extends Error {
    name: string;
}
/** The download did not finish within its time limit: no second attempt, and what was written is gone. */
export declare class DownloadTimedOut extends Error {
    name: string;
}
/** A download that failed; `retry`: another attempt may fare better (5xx, 408, 429, a dropped connection). */
export declare class DownloadFailed extends Error {
    readonly retry: boolean;
    name: string;
    constructor(message: string, retry: boolean);
}
export type DownloadOptions = {
    /** The file to write (it must not exist); removed again when the download fails. */
    dest: string;
    maxBytes?: number;
    /** Limit on the whole download, attempts and waits between them included (default DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS). */
    timeoutMs?: number;
    retryDelaysMs?: readonly number[];
    /** Told why an attempt failed, before the wait for the next. */
    onRetry?: (message: string) => void;
};
/**
 * Downloads `url` to `dest`, at most `maxBytes` of it, with @actions/http-client (proxy settings
 * and redirects as @actions/tool-cache's downloadTool, which this replaces: it has no size limit
 * and logs the URL it is given, user-info and query included). The URL's user-info is sent as
 * an `authorization: Basic` header, never as part of a URL any library sees or logs; http-client
 * drops that header when a redirect leaves the host.
 */
export declare function downloadFile(url: string, options: DownloadOptions): Promise<void>;
