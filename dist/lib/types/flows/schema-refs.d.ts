import type { Ajv as AjvCore, AnySchemaObject } from "ajv";
import { type Draft } from "./schema-ajv.js";
/** What the registry is compiling, as the loader needs it. */
export type Compiling = {
    path: string;
    /** The instance compiling it, which also compiles what its `$ref`s load. */
    ajv: AjvCore;
    /** Whether that instance holds the draft's meta-schemas. */
    metaSchemas: boolean;
    declaredId?: string;
    logged: string[];
    /** The flow package: `$ref`s may not load files outside it. */
    root: string;
    /** Bytes of schema files read for this compile so far. */
    spent: number;
};
/** A file loaded by a `$ref` refers to a meta-schema, which the instance compiling it lacks. */
export declare class MetaSchemasNeeded extends Error {
}
/**
 * ajv's loader for `$ref`s to other files, for the schema being compiled (`current`): read them
 * from disk, inside its flow package and within its byte budget, never from the network.
 */
export declare function loadReferencedSchema(uri: string, draft: Draft, current: Compiling | undefined): Promise<AnySchemaObject>;
