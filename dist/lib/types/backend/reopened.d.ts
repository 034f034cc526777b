import type { FlowRunView } from "../contracts.js";
/** Runs the backend changed after reporting them finished, as the wait saw them. */
export declare class ReopenedRuns {
    #private;
    constructor(warn: ((message: string) => void) | undefined);
    /** Compare one poll's runs with the previous one's: warn of each finished run that is running again or ended otherwise. */
    compare(before: readonly FlowRunView[], after: readonly FlowRunView[]): void;
    /** The status a run had finished with, while it is reopened (running again); undefined for any other run. */
    finishedAs(id: string): string | undefined;
}
