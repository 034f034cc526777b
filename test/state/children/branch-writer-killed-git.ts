// One writer process on the state branch whose git is killed now and then (the test's PATH puts
// a wrapper first). Saves `count` events, flushing every `flushEvery`, and prints what each event's
// last flush said: saved, or named as not saved by the StateNotSavedError. Anything else is printed
// as an error.
import { BranchStateStore } from "../../../src/state/branch-store.js";
import { StateNotSavedError } from "../../../src/state/not-saved.js";
import { readArgs, record, waitForStart } from "./shared.js";

const args = readArgs(process.argv);
const flushEvery = Number(process.argv[7] ?? 5);
const store = new BranchStateStore({ remoteUrl: args.target, pushBudgetMs: 60_000, retryBaseMs: 50, retryMaxMs: 1_000 });
const outcome: Record<string, "saved" | "unsaved"> = {};
const errors: string[] = [];
let pending: string[] = [];

async function flush(): Promise<void> {
  try {
    await store.flush();
    for (const id of pending) outcome[id] = "saved";
    pending = [];
  } catch (error) {
    if (!(error instanceof StateNotSavedError)) {
      errors.push(String(error instanceof Error ? error.stack : error));
      return;
    }
    for (const id of pending) if (!error.eventIds.includes(id)) errors.push(`${id} was in the failed flush but not named`);
    for (const id of error.eventIds) outcome[id] = "unsaved";
    // The records stay pending: the next flush carries them.
  }
}

for (let opened = false; !opened; ) {
  // Opening fetches: a killed fetch there is an error the caller sees, and may try again.
  opened = await store.loadEvent(args.sharedId).then(
    () => true,
    () => false,
  );
}
await waitForStart(args.startAt);
for (let index = 0; index < args.count; index++) {
  const id = `writer-${args.child}-event-${index}`;
  await store.saveEvent(record(id, `run_${args.child}_${index}`, 1));
  pending.push(id);
  if (index % flushEvery === flushEvery - 1) await flush();
}
await flush();
await store.close();
console.log(JSON.stringify({ outcome, errors }));
