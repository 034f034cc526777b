import type { FlowRunView } from "../contracts.js";
import type { EventRecord, StateStore } from "./types.js";
export type ForgetEventOptions = {
    now?: Date;
    /** Who forgot it, for the record: `flows forget`, a workflow run ... */
    by?: string;
};
export type ForgetResult = {
    record: EventRecord;
    forgotten: FlowRunView[];
};
/** Mark every run of `eventId` as forgotten; undefined when the store does not hold the event. */
export declare function forgetEvent(store: StateStore, eventId: string, options?: ForgetEventOptions): Promise<ForgetResult | undefined>;
