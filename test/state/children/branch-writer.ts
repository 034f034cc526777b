// One writer process on the state branch: saves `count` events of its own plus one run on
// the shared event, flushing every `flushEvery` events so that writers race on every push.
import { BranchStateStore } from "../../../src/state/branch-store.js";
import { readArgs, record, waitForStart } from "./shared.js";

const args = readArgs(process.argv);
const flushEvery = Number(process.argv[7] ?? 10);
const store = new BranchStateStore({ remoteUrl: args.target, pushBudgetMs: 120_000 });
await store.loadEvent(args.sharedId); // opens: private git dir + depth-1 fetch
await waitForStart(args.startAt);
const started = Date.now();
for (let index = 0; index < args.count; index++) {
  await store.saveEvent(record(`writer-${args.child}-event-${index}`, `run_${args.child}_${index}`, 1));
  if (index === 0) await store.saveEvent(record(args.sharedId, `run_shared_${args.child}`, 1));
  if (index % flushEvery === flushEvery - 1) await store.flush();
}
await store.flush();
await store.close();
console.log(JSON.stringify({ ms: Date.now() - started, ...store.stats }));
