export type UserErrorOptions = {
    /** The file the problem is in, when there is one. */
    file?: string;
    line?: number;
    column?: number;
    /** What to change, when the message alone does not say it. */
    hint?: string;
    cause?: unknown;
};
export declare class UserError extends Error {
    name: string;
    readonly file?: string;
    readonly line?: number;
    readonly column?: number;
    readonly hint?: string;
    constructor(message: string, options?: UserErrorOptions);
}
export declare function isUserError(error: unknown): error is UserError;
