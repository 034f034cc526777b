import type { Ajv as AjvCore, AnySchema, ErrorObject, Logger } from "ajv";
export type Draft = "draft-07" | "2019-09" | "2020-12";
export declare function draftOf(schemaUri: string): Draft | undefined;
/** True once any SchemaRegistry in this process has loaded ajv. */
export declare function isAjvLoaded(): boolean;
/**
 * An ajv instance for trigger schemas. It does not check schemas against their meta-schema
 * (`validateSchema: false`): compiling a meta-schema costs ajv about 30 ms, so the registry checks
 * each schema file with `metaSchemaErrors`, compiled when flows-action is built.
 */
export declare function createAjv(draft: Draft, options: {
    logger: Logger;
    loadSchema: (uri: string) => Promise<AnySchema & object>;
    metaSchemas: boolean;
    /** Keep each validator's source, for ajv's standalone code (the compiled-schema cache). */
    source?: boolean;
}): Promise<AjvCore>;
/**
 * What is wrong with a schema against its draft's meta-schema (the errors ajv.validateSchema
 * gives), or undefined when it is a valid schema. The validators are compiled by
 * scripts/build-schemas.mjs with the options ajv compiles its own meta-schemas with.
 */
export declare function metaSchemaErrors(draft: Draft, schema: unknown): Promise<ErrorObject[] | undefined>;
/**
 * Loads what compiling `schema` on `ajv` needs beyond ajv itself: re2js when it has patterns,
 * ajv-formats when it names a format (or may reach a meta-schema, which has both). Call it
 * for every schema object before ajv compiles it, the ones `$ref`s load included.
 */
export declare function prepareToCompile(ajv: AjvCore, uses: KeywordsUsed): Promise<void>;
/**
 * Whether a schema uses `pattern`/`patternProperties` or `format` anywhere, and whether every
 * reference in it stays inside the file. Conservative: a property merely named "format" counts,
 * and a string naming json-schema.org (a `$ref` to a meta-schema, which has patterns and
 * formats) counts as both and as a use of the meta-schemas.
 */
export declare function keywordsUsed(schema: unknown): KeywordsUsed;
export type KeywordsUsed = {
    patterns: boolean;
    formats: boolean;
    metaSchemas: boolean;
    localRefsOnly: boolean;
};
