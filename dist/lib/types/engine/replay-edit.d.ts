import type { FlowEvent, ReplayEdit } from "../contracts.js";
/** What differs between the stored event and the one replayed; undefined when nothing does. */
export declare function replayEditOf(stored: FlowEvent, replayed: FlowEvent): ReplayEdit | undefined;
