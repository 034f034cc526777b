import { type EventRecord } from "./types.js";
/**
 * Read a stored record of any format version, validated against schemas/event-record.schema.json.
 * A value that is not a record throws a ContractViolation naming the field (and `file`, when
 * given), so stores can report the file and set it aside.
 */
export declare function parseEventRecord(value: unknown, file?: string): EventRecord;
