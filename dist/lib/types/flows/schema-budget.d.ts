import type { CodeOptions } from "ajv";
import { MAX_SCHEMA_BYTES } from "./schema-size.js";
export { MAX_SCHEMA_BYTES };
/** Largest total of one schema and every file its `$ref`s load. */
export declare const MAX_SCHEMA_TOTAL_BYTES: number;
/** Deepest nesting of objects and arrays inside a schema file. */
export declare const MAX_SCHEMA_DEPTH = 128;
/**
 * Most subschemas one payload value may be checked against once `$ref`s are followed. A chain of
 * definitions that each use the previous one twice is tiny on disk and doubles with every link.
 */
export declare const MAX_SCHEMA_EXPANDED = 100000;
/** A schema that is over a budget or uses what the safe engine cannot run. */
export declare class SchemaBudgetProblem extends Error {
    /** Text to look for in the schema file, to give the problem a line. */
    readonly near?: string | undefined;
    constructor(message: string, 
    /** Text to look for in the schema file, to give the problem a line. */
    near?: string | undefined);
}
/**
 * Throws when the file is over MAX_SCHEMA_BYTES, or no plain file (a FIFO would never end the
 * read, a device never stop it); checked before the file is read.
 */
export declare function checkSchemaFileSize(path: string, spentBytes: number): number;
/** Throws when objects and arrays in the schema nest deeper than MAX_SCHEMA_DEPTH (iterative walk). */
export declare function checkSchemaDepth(value: unknown): void;
/**
 * Throws when the schema, with its same-file `$ref`s expanded, holds more than
 * MAX_SCHEMA_EXPANDED nodes. A reference back to a schema being expanded (recursion that steps
 * into the payload) counts once. Iterative, so a long chain of references cannot overflow.
 */
export declare function checkSchemaExpansion(root: unknown): void;
/**
 * A `$ref` chain that comes back to where it started without stepping into the payload
 * (`{"$ref": "#"}`, `a → allOf → b → a`) recurses forever on every payload. Found statically for
 * references inside the same file; other cycles are caught when a check overflows the stack.
 * Returns the JSON pointer of a `$ref` on such a cycle, or undefined.
 */
export declare function findInPlaceRefCycle(root: unknown): string | undefined;
/**
 * Loads re2js, which re2RegExp needs (about 5 ms, more than the rest of a small trigger
 * schema's compile): ajv calls re2RegExp synchronously while it compiles, so the registry
 * loads it first when a schema has patterns (src/flows/schema-ajv.ts, prepareToCompile).
 */
export declare function loadRe2(): Promise<void>;
/** True once re2js is loaded in this process (for tests of what a schema without patterns loads). */
export declare function isRe2Loaded(): boolean;
/**
 * ajv's `code.regExp`: patterns run on re2js, a linear-time engine, so no pattern can make a
 * payload check take exponential time. RE2 has no backreferences or lookaround; such a pattern
 * fails to compile and becomes a problem of its schema.
 */
export declare const re2RegExp: NonNullable<CodeOptions["regExp"]>;
/**
 * The flow package a schema belongs to: the nearest folder above it with a flow.toml (after
 * following symlinks), else the schema's own folder. `$ref`s may only load files inside it.
 */
export declare function packageRootOf(schemaPath: string): string;
/** True when `file` (after following symlinks) is inside `root`. */
export declare function isInside(root: string, file: string): boolean;
