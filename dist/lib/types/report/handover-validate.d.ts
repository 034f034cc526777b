import { type FlowDiagnostic, type FlowEvent, type FlowRunView } from "../contracts.js";
import { UserError } from "../user-error.js";
export declare const HANDOVER_VERSION = 1;
export type Handover = {
    version: typeof HANDOVER_VERSION;
    repository: string;
    event: FlowEvent;
    headSha: string;
    prNumbers: number[];
    runs: FlowRunView[];
    problems?: FlowDiagnostic[];
};
/** The limits a handover is held to: those of schemas/handover.schema.json, plus serialized sizes. */
export declare const HANDOVER_LIMITS: {
    readonly runs: 500;
    readonly pullRequests: 10;
    readonly problems: 500;
    readonly attempts: 50;
    /** flow, step and file names, ids of runs and attempts */
    readonly name: 200;
    readonly eventId: 1024;
    readonly problemFile: 1024;
    readonly problemMessage: 8192;
    /** output tail, error */
    readonly text: 65536;
    /** FLOW_RESULT serialized (no schema keyword bounds a serialized size) */
    readonly result: number;
    /** event payload serialized */
    readonly payload: number;
    readonly time: 64;
};
export declare class HandoverError extends UserError {
    readonly field?: string | undefined;
    name: string;
    constructor(message: string, field?: string | undefined);
}
export type HandoverExpectations = {
    /** GITHUB_REPOSITORY of the publishing workflow. */
    repository: string;
    /** workflow_run.head_sha from the trusted event. */
    headSha: string;
    /** workflow_run.event (e.g. `pull_request`): the handover's event must be of this kind. */
    eventKind?: string;
};
/** The handover, checked; throws HandoverError naming the first field that is wrong. */
export declare function parseHandover(value: unknown, expected: HandoverExpectations): Handover;
