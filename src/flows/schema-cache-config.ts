import { homedir } from "node:os";
import { join } from "node:path";

// Where compiled trigger schemas are kept between runs (src/flows/schema-cache.ts), kept apart
// from the cache itself so that `flows` can turn the cache on without loading the registry.

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
export function schemaCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (/^(0|false|off|no)$/i.test(env.FLOWS_CACHE?.trim() ?? "")) return undefined;
  if (env.FLOWS_CACHE_DIR) return env.FLOWS_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "flows-action");
  let home: string;
  try {
    home = env.HOME || homedir();
  } catch {
    return undefined;
  }
  return home ? join(home, ".cache", "flows-action") : undefined;
}

let configured: SchemaCacheOptions | undefined;

/**
 * Turns the compiled-schema cache on (or off, with undefined) for the process-wide registry
 * (sharedSchemaRegistry). Off unless asked: the action runs on a fresh runner each time and
 * would only pay for writing it; the `flows` command turns it on.
 */
export function useSchemaCache(options: SchemaCacheOptions | undefined): void {
  configured = options;
}

/** The cache the process-wide registry uses. */
export function configuredSchemaCache(): SchemaCacheOptions | undefined {
  return configured;
}
