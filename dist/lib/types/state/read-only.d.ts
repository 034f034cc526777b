/** Who reads, as messages name it, and how a damaged record is set aside. */
export type ReadOnlyReader = {
    /** The reader, as messages name it: `flows show`. */
    command: string;
    /** The command line that sets the damaged record of one event aside (given the id as it is): `flows replay ID --state-dir x`. */
    setAsideCommand?: (eventId: string) => string;
};
/** `readOnly` as a store's options take it: a reader, true, or absent (the store writes). */
export type ReadOnlySetting = ReadOnlyReader | boolean | undefined;
export declare function readOnlyReader(setting: ReadOnlySetting): ReadOnlyReader | undefined;
/** A record a read-only store left unread: its file, what is wrong with it, that it was left, and what sets it aside. */
export type RecordDamage = {
    file: string;
    reason: string;
    left: string;
    repair: string;
};
/** The damage of `file` (the record of `eventId`), in the words of `reader`. */
export declare function recordDamage(file: string, reason: string, eventId: string, reader: ReadOnlyReader): RecordDamage;
/** The problem a read-only store reports for a damaged record. */
export declare function damageProblem(damage: RecordDamage): {
    path: string;
    message: string;
};
/** A save asked of a read-only store: a bug in its reader, never the user's mistake. */
export declare function refusedWrite(what: string, reader: ReadOnlyReader): Promise<never>;
