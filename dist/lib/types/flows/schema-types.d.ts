import type { ValidateFunction } from "ajv";
import type { FlowDiagnostic } from "../contracts.js";
import type { SchemaCacheOptions } from "./schema-cache-config.js";
/**
 * A payload's check. `stopped`: the check ran over its budget (src/flows/schema-check-budget.ts)
 * and did not finish; `message` says which budget.
 */
export type SchemaCheck = {
    ok: true;
} | {
    ok: false;
    message: string;
    stopped?: "errors" | "time";
};
export type CompiledSchema = {
    ok: true;
    schemaPath: string;
    check: (payload: unknown) => SchemaCheck;
    warnings: FlowDiagnostic[];
} | {
    ok: false;
    schemaPath: string;
    diagnostic: FlowDiagnostic;
    warnings: FlowDiagnostic[];
    /** It failed its draft's meta-schema, so nothing in it was compiled (its patterns neither). */
    metaSchemaInvalid?: true;
};
/**
 * A schema compiled once, for every file with the same content: copies share it when nothing in
 * them refers outside the file (no `$ref` to another file, no nested `$id`), so the same content
 * means the same checks wherever the file is. Seed-style repositories ship one schema per package.
 */
export type SharedCompile = {
    validate: ValidateFunction;
    logged: string[];
};
/**
 * A self-contained schema file compiled by an earlier command of the same process (`flows
 * daemon`), by its path and text: its validator, and the warnings its text gave before the
 * compile. The same file unchanged is then neither parsed nor walked again.
 */
export type KeptFile = {
    shared: SharedCompile;
    warnings: FlowDiagnostic[];
};
export type SchemaRegistryOptions = {
    /**
     * Keep compiled validators in this folder between runs (src/flows/schema-cache.ts); off when
     * undefined. A function is asked at each compile (the shared registry follows useSchemaCache).
     */
    cache?: SchemaCacheOptions | (() => SchemaCacheOptions | undefined);
    /**
     * Validators by content shared with other registries (a process that runs command after
     * command, `flows daemon`): only self-contained schemas are kept there, whose content is all
     * their checks depend on. Each registry has a map of its own when undefined.
     */
    sharedCompiles?: Map<string, SharedCompile>;
    /** Self-contained schema files compiled by earlier registries, by path and text (KeptFile); none kept when undefined. */
    keptFiles?: Map<string, KeptFile>;
};
