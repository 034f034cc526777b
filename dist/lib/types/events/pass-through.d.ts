import type { FlowEvent } from "../contracts.js";
import { type JsonObject } from "./fields.js";
export type PassThroughInput = {
    eventName: string;
    action: string | undefined;
    payload: JsonObject;
    eventInput?: string;
    now: Date;
};
export declare const ORIGINS: {
    readonly eventInput: "the action input `event`";
    readonly dispatchInput: "the workflow_dispatch input `event` (inputs.event)";
    readonly clientPayloadEvent: "the repository_dispatch client_payload.event";
    readonly clientPayload: "the repository_dispatch client_payload";
};
/** The FlowEvent the delivery carries, or undefined when it is an ordinary GitHub event. */
export declare function passThroughEvent(input: PassThroughInput): FlowEvent | undefined;
/** Parse FlowEvent JSON text; errors say where the text came from and where it breaks. */
export declare function flowEventFromText(text: string, origin: string, now: Date): FlowEvent;
/** Check a FlowEvent value; fills receivedAt (now) and payload ({}) when missing. */
export declare function flowEventFromValue(value: unknown, origin: string, now: Date): FlowEvent;
/**
 * Ids and types end up in log lines, file names, summaries and terminals, so a FlowEvent handed
 * in with a control character in either is refused: here, and where `flows` reads an event. So
 * is a lone surrogate: the stores file a record under a hash of the id's UTF-8, which turns every
 * lone surrogate into U+FFFD, so two such ids would share one record and the second would count
 * as already handled. An id longer than MAX_EVENT_ID_LENGTH is refused too, as the FlowEvent
 * schema refuses it, but said with where it came from.
 */
export declare function controlCharacterProblem(key: "id" | "type", item: string): string | undefined;
/** Refuse a FlowEvent value (checked otherwise later) whose string id or type holds a control character. */
export declare function refuseControlCharacters(value: unknown, origin: string): void;
/**
 * repository_dispatch `upstream.release`: the id is the one a poller of upstream releases
 * gives (`github:upstream.release:<owner>/<repo>:<tag>`, the upstream repository, not this
 * one), so the same release runs flows once whichever way it arrives.
 */
export declare function upstreamReleaseEvent(clientPayload: JsonObject, now: Date): FlowEvent;
