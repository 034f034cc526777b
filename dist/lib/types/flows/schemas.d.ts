import type { FlowDiagnostic } from "../contracts.js";
import type { CompiledSchema, SchemaRegistryOptions } from "./schema-types.js";
export { isAjvLoaded } from "./schema-ajv.js";
export { MAX_KEPT_FILE_CHARS } from "./kept-by-text.js";
export type { CompiledSchema, KeptFile, SchemaCheck, SchemaRegistryOptions, SharedCompile } from "./schema-types.js";
/**
 * Compiles flow trigger schemas with ajv, once per file per registry (cache by absolute path).
 * Draft-07 by default, 2019-09/2020-12 by `$schema`; `$ref`s to sibling files are read from disk
 * relative to the referring file. Never throws: a bad schema is a CompiledSchema with ok=false.
 */
export declare class SchemaRegistry {
    private readonly options;
    private readonly compiled;
    /** Instances by draft, and whether they hold the meta-schemas (`draft-07+meta`). */
    private readonly instances;
    private queue;
    /** The file being compiled: compiles run one at a time so ajv's logger and loader know it. */
    private current;
    /** Problems met while checking payloads (a check that overflowed the stack), by schema path. */
    private readonly checkProblems;
    /** Validators by content, for files that are copies of one self-contained schema. */
    private readonly shared;
    /** Self-contained files compiled by earlier registries of this process, by path and text. */
    private readonly files;
    private ajvCompiles;
    private keptFileHits;
    private cacheHits;
    private metaChecks;
    constructor(options?: SchemaRegistryOptions);
    /** Number of schema files this registry took as an earlier registry compiled them (unchanged, not parsed again). */
    get keptFileHitCount(): number;
    /** Number of validators this registry took from the compiled-schema cache. */
    get cacheHitCount(): number;
    private get cache();
    /** Number of distinct schema files this registry has compiled or tried to compile. */
    get compiledCount(): number;
    /** Number of schemas this registry has checked against their draft's meta-schema. */
    get metaCheckCount(): number;
    /** Number of times this registry has asked ajv to compile a schema (copies share one). */
    get ajvCompileCount(): number;
    /**
     * What is wrong with a schema, for the dispatch to report beside the step's mismatch: its
     * compile error, or the problem a payload check met. Empty for a usable schema.
     */
    problemsOf(schemaPath: string): Promise<FlowDiagnostic[]>;
    compile(schemaPath: string): Promise<CompiledSchema>;
    private compileNow;
    private compileObject;
    /** compiledFrom for a self-contained schema, which is kept by its path and text too (when this registry keeps files). */
    private keptFrom;
    private fromCache;
    /**
     * ajv's compile, on an instance with the draft's meta-schemas when the schema or a file it
     * loads refers to one (found while loading: then the compile starts again on such an instance).
     */
    private compileWith;
    private compiledFrom;
    private failed;
    private instance;
    private createInstance;
}
/**
 * The next sharedSchemaRegistry() is a new one: schema files may have changed (a process that
 * runs command after command, `flows daemon`). With `keepSelfContained`, the validators of
 * self-contained schemas (every `$ref` within the file, no nested `$id`: the draft and the
 * content are all their checks depend on) are kept by content for the registries after it, so an
 * unchanged schema is not compiled or read from the cache again, and an edited one is new content.
 */
export declare function forgetSharedSchemaRegistry(options?: {
    keepSelfContained?: boolean;
}): void;
/** The process-wide registry matchSteps uses when none is passed. */
export declare function sharedSchemaRegistry(): SchemaRegistry;
