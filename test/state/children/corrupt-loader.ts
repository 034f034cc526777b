// One dispatch-like process on an event whose record is corrupt: load it (which sets the corrupt
// file aside), then save a run of its own. Prints the store's problems.
import { FileStateStore } from "../../../src/state/file-store.js";
import { record, waitForStart } from "./shared.js";

const [dir, child, eventId, startAt] = process.argv.slice(2);
if (!dir || !child || !eventId || !startAt) throw new Error("usage: <dir> <child> <event id> <start at epoch ms>");
const store = new FileStateStore({ dir });
await waitForStart(Number(startAt));
await store.loadEvent(eventId);
await store.saveEvent(record(eventId, `run_${child}`, 1));
console.log(JSON.stringify(store.problems));
