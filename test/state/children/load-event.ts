// Load one event from a file store, list the store, then save a run of that event and load it
// back; prints what happened. Run as a process of its own: a record file that is a FIFO or
// /dev/zero must neither hang nor crash it.
import { FileStateStore } from "../../../src/state/file-store.js";
import { record } from "./shared.js";

const [dir, eventId] = process.argv.slice(2);
if (!dir || !eventId) throw new Error("usage: <dir> <event id>");
const listing = new FileStateStore({ dir });
const listed = (await listing.listEvents()).length;
const store = new FileStateStore({ dir });
const loaded = await store.loadEvent(eventId);
await store.saveEvent(record(eventId, "run_after", 1));
const after = await new FileStateStore({ dir }).loadEvent(eventId);
console.log(
  JSON.stringify({
    listed,
    listingProblems: listing.problems,
    loaded: loaded !== undefined,
    problems: store.problems,
    runsAfter: after?.runs.map((run) => run.id),
  }),
);
