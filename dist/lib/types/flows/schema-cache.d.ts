import type { Ajv as AjvCore, ValidateFunction } from "ajv";
import type { SchemaCacheOptions } from "./schema-cache-config.js";
/** The version of ajv the cached code came from (test/flows/schema-cache.test.ts pins it). */
export declare const AJV_VERSION = "8.20.0";
/**
 * Bump when the options createAjv (src/flows/schema-ajv.ts) compiles with change, or what a file
 * holds: older files are then never read again.
 */
export declare const SCHEMA_CACHE_VERSION = 1;
export type CachedValidator = {
    validate: ValidateFunction;
    logged: string[];
};
/** The file name for a schema: the registry's content key (draft + schema), ajv and this format. */
export declare function schemaCacheKey(contentKey: string): string;
/** The validator cached under `key`, or undefined (no file, or one that cannot be used). */
export declare function readCachedValidator(cache: SchemaCacheOptions, key: string): Promise<CachedValidator | undefined>;
/**
 * Writes the standalone code of `validate` (compiled on `ajv`, whose options include
 * code.source) under `key`: to a temporary file renamed into place, so a reader sees all of it
 * or nothing. Failing to write (a read-only home, a full disk) is a debug line, not an error.
 */
export declare function writeCachedValidator(cache: SchemaCacheOptions, key: string, ajv: AjvCore, validate: ValidateFunction, logged: string[]): Promise<void>;
