import type { FlowEvent } from "../contracts.js";
/**
 * The fields in which `incoming` is another event than `first` under the same id, as replay-edit
 * names them (`type`, `payload.<key>`), sorted; undefined when it is the same event. `receivedAt`
 * is when a copy arrived, not what the event is, so it is not compared. Values are compared as a
 * stored record holds them (redacted: a stored event's secrets read back masked), hashed piece by
 * piece, so a 25 MB payload's arrays kept on disk are never parsed whole.
 */
export declare function otherContentOf(first: FlowEvent, incoming: FlowEvent): string[] | undefined;
