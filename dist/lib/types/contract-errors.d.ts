import type { ErrorObject } from "ajv";
import type { CompiledValidator } from "./generated/validators.js";
import { UserError } from "./user-error.js";
/** A value that does not satisfy its contract: which contract, which field, and why. */
export declare class ContractViolation extends UserError {
    /** The schema file, e.g. `event-record.schema.json`. */
    readonly contract: string;
    /** The field as a path, e.g. `runs[0].attempts` ("" for the whole value). */
    readonly field: string;
    /** The sentence without the file: `runs[0].attempts must be array`. */
    readonly reason: string;
    name: string;
    constructor(
    /** The schema file, e.g. `event-record.schema.json`. */
    contract: string, 
    /** The field as a path, e.g. `runs[0].attempts` ("" for the whole value). */
    field: string, 
    /** The sentence without the file: `runs[0].attempts must be array`. */
    reason: string, 
    /** The file (or branch path, artifact name) the value was read from, when known. */
    file?: string);
}
/** `/runs/0/attempts` → `runs[0].attempts`. */
export declare function fieldOfPointer(pointer: string): string;
/**
 * The error that says most (the first one not about a combinator) as a sentence about its
 * field. With the validated `root`, the sentence also shows what was found there.
 */
export declare function firstViolation(errors: readonly ErrorObject[] | null | undefined, root?: unknown): {
    field: string;
    reason: string;
};
/** A found value for "(got ...)": short, one line (it may come from an untrusted file). */
export declare function describeGot(value: unknown): string;
/** The value as its contract's type, or a ContractViolation naming the field. */
export declare function checkContract<T>(validate: CompiledValidator<T>, value: unknown, contract: string, file?: string): T;
