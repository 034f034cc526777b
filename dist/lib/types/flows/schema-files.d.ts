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
export declare function fileForUri(uri: string, rootPath: string, declaredId: string | undefined): string | undefined;
export declare function safeRead(path: string): Promise<string>;
