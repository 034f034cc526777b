/** A new private folder under `parent` (the system's temporary folder by default), removed at exit. */
export declare function makeScratchDir(prefix: string, parent?: string): string;
/**
 * Removes every scratch folder made so far in this process: the lazy arrays and stored event
 * texts in them can no longer be read. Called at exit; a host that reads many events in one
 * long-lived process (a test worker, which may be stopped without exit handlers) calls it once
 * it is done with them.
 */
export declare function removeScratchDirs(): void;
