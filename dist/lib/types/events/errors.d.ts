import { UserError } from "../user-error.js";
/** The shape users must send when they hand flows-action a FlowEvent of their own. */
export declare const FLOW_EVENT_SHAPE: string;
export declare const UPSTREAM_RELEASE_SHAPE: string;
export type FlowEventInputErrorOptions = {
    /** Where the JSON came from, e.g. "input `event`" or "repository_dispatch client_payload". */
    origin: string;
    /** What is wrong, without the origin, e.g. `missing string "id"`. */
    problem: string;
    /** What was expected there; "FlowEvent" unless said otherwise. */
    subject?: string;
    /** The shape that would have been accepted. */
    expected?: string;
    /** Where in the JSON text the problem is, when the value was text. */
    position?: {
        offset: number;
        line: number;
        column: number;
    };
};
/** A FlowEvent (or upstream release) handed to flows-action by a user is malformed. */
export declare class FlowEventInputError extends UserError {
    name: string;
    readonly origin: string;
    readonly problem: string;
    readonly position?: {
        offset: number;
        line: number;
        column: number;
    };
    constructor(options: FlowEventInputErrorOptions);
}
export type GitHubEventErrorOptions = {
    message: string;
    /** The environment variable that is missing or wrong. */
    variable?: string;
    /** The event file that could not be used. */
    path?: string;
    line?: number;
    column?: number;
};
/** The GitHub event (name or payload file) cannot be read. */
export declare class GitHubEventError extends UserError {
    name: string;
    readonly variable?: string;
    readonly path?: string;
    constructor(options: GitHubEventErrorOptions);
}
/** An event over the payload budget (size or nesting): refused before anything runs or is stored. */
export declare class PayloadBudgetError extends UserError {
    name: string;
}
