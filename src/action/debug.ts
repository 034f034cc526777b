import type { FlowRunView } from "../contracts.js";
import type { EventQuery, EventRecord, RunClaim, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "../state/types.js";

// `core.debug` lines for a maintainer whose run surprised them (shown with RUNNER_DEBUG=1 or
// "Enable debug logging"): every store operation and every GitHub API call, with what it was
// about. Match decisions are told by the engine (DispatchOptions.debug); API calls by
// src/github/debug.ts, which the reporter and the artifact store wrap their clients with.

/** The store, telling `debug` about each operation. */
export function debugStore(store: StateStore, debug: (message: string) => void): StateStore {
  return {
    get kind() {
      return store.kind;
    },
    get problems(): StoreProblem[] {
      return store.problems;
    },
    get problemsLeftOut(): readonly StoreProblemsLeftOut[] | undefined {
      return store.problemsLeftOut;
    },
    async loadEvent(eventId: string): Promise<EventRecord | undefined> {
      const record = await store.loadEvent(eventId);
      debug(`state ${store.kind}: get ${eventId} → ${record ? `${record.runs.length} run(s), dispatched ${record.dispatchCount} time(s)` : "not stored"}`);
      return record;
    },
    async saveEvent(record: EventRecord, options?: SaveOptions): Promise<void> {
      await store.saveEvent(record, options);
      const runs = record.runs.map((run) => `${run.flowName}/${run.stepName} ${run.effectiveStatus}`).join(", ");
      debug(`state ${store.kind}: put ${record.event.id}${runs ? ` (${runs})` : " (event only)"}`);
    },
    async claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> {
      let taken = new Map<string, FlowRunView>();
      if (store.claimRuns) taken = await store.claimRuns(record, claim);
      else await store.saveEvent(record);
      const runs = record.runs.filter((run) => claim.starting.has(run.id)).map((run) => `${run.flowName}/${run.stepName}${taken.has(run.id) ? ` taken by another dispatch (${taken.get(run.id)!.effectiveStatus})` : ""}`);
      debug(`state ${store.kind}: claim ${record.event.id} (${runs.join(", ")})`);
      return taken;
    },
    async listEvents(query?: EventQuery): Promise<EventRecord[]> {
      const records = await store.listEvents(query);
      debug(`state ${store.kind}: list${query?.type ? ` type=${query.type}` : ""} → ${records.length} event(s)`);
      return records;
    },
    async eachEvent(visit: (record: EventRecord) => unknown): Promise<void> {
      let count = 0;
      const { eachStoredEvent } = await import("../state/query.js");
      await eachStoredEvent(store, (record) => {
        count += 1;
        return visit(record);
      });
      debug(`state ${store.kind}: scan → ${count} event(s) read`);
    },
    async flush(): Promise<void> {
      await store.flush();
      debug(`state ${store.kind}: flush`);
    },
    async close(): Promise<void> {
      await store.close?.();
    },
  };
}
