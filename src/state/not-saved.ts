import { UserError } from "../user-error.js";

/**
 * A store could not make some records durable. Thrown by `flush()` so that no entry reports
 * success for a record it did not persist: the CLI exits non-zero and the action fails the job,
 * both naming the events, because a redelivery of them would run their steps again.
 */
export class StateNotSavedError extends UserError {
  override name = "StateNotSavedError";
  /** The events whose records are not stored (at most the ids, never the records). */
  readonly eventIds: string[];
  /** Where they should have gone, without credentials. */
  readonly where: string;
  constructor(options: { eventIds: string[]; where: string; reason: string; cause?: unknown }) {
    const ids = options.eventIds;
    const shown = ids.slice(0, 50).join(", ") + (ids.length > 50 ? ` and ${ids.length - 50} more` : "");
    super(
      `${ids.length} event record(s) were NOT saved to ${options.where}: ${shown}. ${options.reason.trim()} ` +
        "Nothing remembers what changed in them since their last save: a redelivery goes by that save, so steps that ran since would run again (and a `flows forget` since did not happen).",
      options.cause === undefined ? {} : { cause: options.cause },
    );
    this.eventIds = [...ids];
    this.where = options.where;
  }
}
