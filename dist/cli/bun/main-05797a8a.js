// @bun
import {
  sha256Hex,
  randomHex
} from "./main-fbb7e2a8.js";
import {
  UserError,
  redactor
} from "./main-f081c345.js";
import {
  parseEventRecord
} from "./main-e531f9c3.js";

// src/state/layout.ts
import { join } from "path";
var EVENTS_DIR2 = "events";
function defaultStateDir2(repoDir) {
  return join(repoDir, ".codex", "flow-client");
}
function eventIdHash(eventId) {
  return sha256Hex(eventId);
}
function eventRecordPath2(eventId) {
  const hash = eventIdHash(eventId);
  return `${EVENTS_DIR2}/${hash.slice(0, 2)}/${hash}.json`;
}
function isEventRecordFileName2(name) {
  return /^[0-9a-f]{64}\.json$/.test(name);
}
function serializeEventRecord2(record, eventText = serializeEvent(record.event)) {
  const marker = `@@flows-event-${randomHex(8)}@@`;
  const { event: _event, ...rest } = record;
  const cleanRest = redactor.redactValue(rest);
  const laidOut = {};
  for (const key of Object.keys(record))
    laidOut[key] = key === "event" ? marker : cleanRest[key];
  const text = JSON.stringify(laidOut, null, 2).replace(`"${marker}"`, () => eventText);
  return `${text}
`;
}
function serializeEvent(event) {
  const clean = redactor.redactValue(event);
  return JSON.stringify({ ...clean, id: event.id }, null, 2).replace(/\n/g, `
  `);
}

class EventTextCache2 {
  #event;
  #secrets = -1;
  #text = "";
  serialisations = 0;
  textOf(event) {
    if (event !== this.#event || redactor.size !== this.#secrets) {
      this.#text = serializeEvent(event);
      this.#event = event;
      this.#secrets = redactor.size;
      this.serialisations += 1;
    }
    return this.#text;
  }
}
function parseEventRecordText2(text, relativePath) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not valid JSON, maybe half-written (${reason})`);
  }
  const record = parseEventRecord(value);
  const expected = eventRecordPath2(record.event.id);
  if (relativePath !== expected) {
    throw new Error(`holds event "${record.event.id}", whose record belongs at ${expected}`);
  }
  return record;
}
function selectEvents2(records, query = {}) {
  const selected = records.filter((record) => !query.type || record.event.type === query.type).sort((a, b) => a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);
  return query.limit ? selected.slice(0, query.limit) : selected;
}

class StateRecordError2 extends UserError {
  path;
  reason;
  constructor(path, reason) {
    super(`cannot read the stored record ${path}: ${reason}. flows-action will not overwrite it; ` + "fix or move that file, then run again.");
    this.name = "StateRecordError";
    this.path = path;
    this.reason = reason;
  }
}
var setAsideCount = 0;
function corruptRecordPath2(path) {
  setAsideCount += 1;
  return `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${setAsideCount}`;
}

export { EVENTS_DIR2, defaultStateDir2, eventRecordPath2, isEventRecordFileName2, serializeEventRecord2, EventTextCache2, parseEventRecordText2, selectEvents2, StateRecordError2, corruptRecordPath2 };
