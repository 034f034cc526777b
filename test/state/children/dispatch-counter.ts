// One dispatcher process: the engine's dispatch of one event against a shared file store. Its
// saves and claims wait until every dispatcher has read the stored record (a marker file each),
// so all of them count their dispatch from the same stored count, and claim the step's start
// having read it as not handled: the race two `flows fire` processes of one event can meet,
// every time.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dispatch } from "../../../src/engine/dispatch.js";
import { FileStateStore } from "../../../src/state/file-store.js";
import type { FlowRunView } from "../../../src/contracts.js";
import type { EventRecord, RunClaim } from "../../../src/state/types.js";

const [stateDir, repoDir, eventFile, barrierDir, dispatchers, child] = process.argv.slice(2);
if (!stateDir || !repoDir || !eventFile || !barrierDir || !dispatchers || !child) {
  throw new Error("usage: <state dir> <repo> <event file> <barrier dir> <dispatchers> <child>");
}

class StoreSavingTogether extends FileStateStore {
  override async loadEvent(eventId: string): Promise<EventRecord | undefined> {
    const record = await super.loadEvent(eventId);
    writeFileSync(join(barrierDir!, `loaded-${child}`), "");
    return record;
  }

  override async saveEvent(record: EventRecord): Promise<void> {
    await everyoneRead();
    return super.saveEvent(record);
  }

  override async claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> {
    await everyoneRead();
    return super.claimRuns(record, claim);
  }
}

async function everyoneRead(): Promise<void> {
  while (readdirSync(barrierDir!).length < Number(dispatchers)) await new Promise((resolve) => setTimeout(resolve, 10));
}

const event = JSON.parse(readFileSync(eventFile, "utf8"));
const outcome = await dispatch(event, { repoRoot: repoDir, store: new StoreSavingTogether({ dir: stateDir }) });
console.log(JSON.stringify({ status: outcome.status }));
