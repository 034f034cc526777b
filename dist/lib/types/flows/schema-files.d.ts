import type { FlowDiagnostic } from "../contracts.js";
import { UserError } from "../user-error.js";
/** A problem in a schema file or its `$ref`s, thrown through ajv and caught by the registry. */
export declare class SchemaFileProblem extends UserError {
    readonly diagnostic: FlowDiagnostic;
    constructor(diagnostic: FlowDiagnostic);
}
export type SchemaFile = {
    text: string;
    value: unknown;
};
export declare function readSchemaFile(path: string, referencedBy?: string): Promise<SchemaFile>;
/** A schema file's text (without a byte order mark), checked to be UTF-8; SchemaFileProblem when it cannot be read or is not. */
export declare function readSchemaText(path: string, referencedBy?: string): Promise<string>;
/** A schema file's text (readSchemaText's) parsed as JSON; SchemaFileProblem when it is not JSON. */
export declare function parseSchemaText(path: string, text: string, referencedBy?: string): SchemaFile;
export declare function fileForUri(uri: string, rootPath: string, declaredId: string | undefined): string | undefined;
export declare function safeRead(path: string): Promise<string>;
