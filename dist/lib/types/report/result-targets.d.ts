import type { FlowRunView } from "../contracts.js";
/** Extra check runs one job writes for what its steps named; each is one write (~1 s apart). */
export declare const MAX_RESULT_TARGETS = 10;
export type ResultTarget = {
    kind: "pull";
    number: number;
} | {
    kind: "commit";
    sha: string;
};
export type NamedTarget = {
    run: FlowRunView;
    target: ResultTarget;
};
export type ResultTargets = {
    /** At most `max`, in run order. */
    targets: NamedTarget[];
    /** One sentence per bad value or cap, naming the flow and step and what to write. */
    problems: string[];
};
/** `#12` or the commit's first 12 characters, for logs and the summary. */
export declare function targetLabel(target: ResultTarget): string;
/**
 * The pull requests and commits the runs' FLOW_RESULTs name, validated: a pull request as its
 * number or its URL on this repository (`<serverUrl>/<owner>/<repo>/pull/<n>`), a commit as a
 * full hex SHA. Each key takes one value or an array of them. Runs past the first `max`
 * targets are left out with one sentence saying so.
 */
export declare function resultTargets(runs: readonly FlowRunView[], options: {
    repository: string;
    serverUrl?: string;
    max?: number;
}): ResultTargets;
