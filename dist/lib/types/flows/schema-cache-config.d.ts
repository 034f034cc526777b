export type SchemaCacheOptions = {
    /** The cache folder; compiled validators go in its `schemas/` subfolder. */
    dir: string;
    /** Where to say why the cache was not used (a miss, a file that could not be read or written). */
    debug?: (message: string) => void;
};
/**
 * The per-user cache folder: FLOWS_CACHE_DIR, else $XDG_CACHE_HOME/flows-action, else
 * ~/.cache/flows-action. Undefined when FLOWS_CACHE is 0/false/off/no, or no home is known.
 */
export declare function schemaCacheDir(env: NodeJS.ProcessEnv): string | undefined;
/**
 * Turns the compiled-schema cache on (or off, with undefined) for the process-wide registry
 * (sharedSchemaRegistry). Off unless asked: the action runs on a fresh runner each time and
 * would only pay for writing it; the `flows` command turns it on.
 */
export declare function useSchemaCache(options: SchemaCacheOptions | undefined): void;
/** The cache the process-wide registry uses. */
export declare function configuredSchemaCache(): SchemaCacheOptions | undefined;
