import type { FlowEvent } from "../contracts.js";
import { type FileRange } from "../fs-safe.js";
type Sink = (text: string) => void;
/**
 * Events and runs whose JSON may be longer than this are written compact in a record. Indenting
 * grows with depth: a 24 MB payload of small nested arrays, pretty-printed, made a 510 MB record,
 * which the file store refused (over MAX_RECORD_BYTES), so the event was never remembered and
 * ran again at every delivery. Compact, a record is about its payload's size.
 */
export declare const PRETTY_UP_TO_CHARS: number;
/** Sends the event's text (as it sits in a record) to `sink`, in pieces. */
export declare function writeEventText(event: FlowEvent, sink: Sink): void;
/** The event as it appears inside a record's text (redacted, indented one level), as one string. */
export declare function serializeEvent(event: FlowEvent): string;
/**
 * Whether the JSON of `value` may be longer than `chars`, estimated by a walk that stops there
 * (so deciding costs at most that much, whatever the value's size). An array kept on disk is
 * never read: it counts as bigger, or with `lazyBySize` as the bytes of its text (so that an
 * event decides the same read back with its arrays on disk as when it came).
 */
export declare function jsonMayExceed(value: object, chars: number, lazyBySize?: boolean): boolean;
/**
 * The event's text as it sits in a record: a string when small, else a scratch file's bytes; and
 * its objects and arrays, counted when first asked (a big record's write checks them,
 * layout.ts, writeLimitProblem), then kept: an event is saved many times.
 */
export type EventText = {
    text: string | FileRange;
    bytes: number;
    containers(): number;
};
/** `text`, the event's text made by serializeEvent, with its bytes and count (the branch store's write). */
export declare function countedEventText(event: FlowEvent, text: string): EventText;
/**
 * The text of the event a store saved last, by object identity: the engine saves one event
 * object at the start and at every step start and end. Keyed also by the number of registered
 * secrets, so a secret added later is redacted from the next write.
 */
export declare class EventTextCache {
    #private;
    /** How many times an event was serialised (tests count full-payload work with it). */
    serialisations: number;
    textOf(event: FlowEvent): EventText;
}
export {};
