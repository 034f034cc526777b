// @bun
import {
  UserError
} from "./main-f081c345.js";

// src/state/not-saved.ts
class StateNotSavedError extends UserError {
  name = "StateNotSavedError";
  eventIds;
  where;
  constructor(options) {
    const ids = options.eventIds;
    const shown = ids.slice(0, 50).join(", ") + (ids.length > 50 ? ` and ${ids.length - 50} more` : "");
    super(`${ids.length} event record(s) were NOT saved to ${options.where}: ${shown}. ${options.reason.trim()} ` + "Their steps ran, but nothing remembers it: a redelivery of these events would run them again.", options.cause === undefined ? {} : { cause: options.cause });
    this.eventIds = [...ids];
    this.where = options.where;
  }
}

export { StateNotSavedError };
