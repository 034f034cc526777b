// A store opened read-only (`flows show`, `events`, `runs`, anything with --dry-run, `watch
// --status`) changes nothing where it keeps records: loading a damaged record reports it and
// leaves it as it is (the file store otherwise moves it aside, under a lock file, which is right
// when an event is about to run and wrong when someone only looks: the read would change what the
// next dispatch and every other reader find, and fail on a folder this user may only read). A
// save is a bug in the reader, refused.

/** Who reads, as messages name it, and how a damaged record is set aside. */
export type ReadOnlyReader = {
  /** The reader, as messages name it: `flows show`. */
  command: string;
  /** The command line that sets the damaged record of one event aside (given the id as it is): `flows replay ID --state-dir x`. */
  setAsideCommand?: (eventId: string) => string;
};

/** For a store opened read-only without a reader (the library's `readOnly: true`). */
const ANY_READER: ReadOnlyReader = { command: "this read-only store" };

/** `readOnly` as a store's options take it: a reader, true, or absent (the store writes). */
export type ReadOnlySetting = ReadOnlyReader | boolean | undefined;

export function readOnlyReader(setting: ReadOnlySetting): ReadOnlyReader | undefined {
  if (setting === undefined || setting === false) return undefined;
  return setting === true ? ANY_READER : setting;
}

/** A record a read-only store left unread: its file, what is wrong with it, that it was left, and what sets it aside. */
export type RecordDamage = { file: string; reason: string; left: string; repair: string };

/** The damage of `file` (the record of `eventId`), in the words of `reader`. */
export function recordDamage(file: string, reason: string, eventId: string, reader: ReadOnlyReader): RecordDamage {
  const setAside = reader.setAsideCommand === undefined ? "A dispatch or replay of its event" : `\`${reader.setAsideCommand(eventId)}\``;
  return {
    file,
    reason,
    left: `left as it is (${reader.command} only reads, and changes nothing)`,
    repair: `${setAside} sets it aside (its bytes kept as ${file}.corrupt-<time>), and the event then counts as not handled yet`,
  };
}

/** The problem a read-only store reports for a damaged record. */
export function damageProblem(damage: RecordDamage): { path: string; message: string } {
  return { path: damage.file, message: `${damage.reason}; ${damage.left}. ${damage.repair}` };
}

/** A save asked of a read-only store: a bug in its reader, never the user's mistake. */
export function refusedWrite(what: string, reader: ReadOnlyReader): Promise<never> {
  return Promise.reject(new Error(`${reader.command} only reads the state store, yet it was asked to ${what}`));
}
