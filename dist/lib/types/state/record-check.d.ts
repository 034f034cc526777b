/**
 * The structural check of a stored record (format 1), field by field. A stored record is data
 * from outside the process (another version, a hand edit, a bad merge), so every field the
 * code reads is checked before the record is trusted; the first problem is returned as
 * "<field path> <what is wrong>", or undefined when the record is sound. Unknown fields are
 * allowed (a newer writer of the same format may add some).
 *
 * Kept beside the JSON Schema of the record (schemas/, compiled by the contracts build): this
 * check is the one the stores call until the compiled validator replaces it.
 */
export declare function checkEventRecordShape(value: unknown): string | undefined;
/**
 * A record holds an event's payload and its steps' results, each of which may nest
 * MAX_PAYLOAD_DEPTH levels, a few levels down (`runs[0].result.payload`). A lower bound (it was
 * 100) set aside the record of every event or result nested deeper than that as damaged, and the
 * event then ran again at its next delivery. Shallow enough that no reader recurses into a stack
 * overflow.
 */
export declare const MAX_RECORD_DEPTH: number;
