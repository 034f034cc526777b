// One writer process: dispatch-like load + save of `count` events of its own, each followed by
// one more attempt of its own run on the event that all writers share (maximum contention).
import { FileStateStore } from "../../../src/state/file-store.js";
import { readArgs, record, waitForStart } from "./shared.js";

const args = readArgs(process.argv);
const store = new FileStateStore({ dir: args.target });
await waitForStart(args.startAt);
const started = Date.now();
for (let index = 0; index < args.count; index++) {
  const eventId = `writer-${args.child}-event-${index}`;
  if (await store.loadEvent(eventId)) throw new Error(`${eventId} existed before it was saved`);
  await store.saveEvent(record(eventId, `run_${args.child}_${index}`, 1));
  await store.loadEvent(args.sharedId); // reads while others rename over the file
  await store.saveEvent(record(args.sharedId, `run_shared_${args.child}`, index + 1));
}
console.log(JSON.stringify({ ms: Date.now() - started }));
