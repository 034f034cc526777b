import type { FlowRunView } from "../contracts.js";
import type { EventQuery, EventRecord, RunClaim, RunIndex, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";

/**
 * A store opened on first use. Most events match no flow, and such a dispatch reads and
 * writes nothing, so it should not pay for cloning a state branch or listing artifacts.
 */
export class LazyStateStore implements StateStore {
  readonly #open: () => Promise<StateStore>;
  #store: Promise<StateStore> | undefined;
  #opened: StateStore | undefined;

  constructor(readonly kind: string, open: () => Promise<StateStore>) {
    this.#open = open;
  }

  get problems(): StoreProblem[] {
    return this.#opened?.problems ?? [];
  }

  get problemsLeftOut(): readonly StoreProblemsLeftOut[] | undefined {
    return this.#opened?.problemsLeftOut;
  }

  /** True once something needed the real store. */
  get isOpen(): boolean {
    return this.#store !== undefined;
  }

  async loadEvent(eventId: string): Promise<EventRecord | undefined> {
    return (await this.#real()).loadEvent(eventId);
  }

  async saveEvent(record: EventRecord, options?: SaveOptions): Promise<void> {
    return (await this.#real()).saveEvent(record, options);
  }

  async claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> {
    const store = await this.#real();
    if (store.claimRuns) return store.claimRuns(record, claim);
    await store.saveEvent(record);
    return new Map();
  }

  async listEvents(query?: EventQuery): Promise<EventRecord[]> {
    return (await this.#real()).listEvents(query);
  }

  async eachEvent(visit: (record: EventRecord) => unknown): Promise<void> {
    // Imported when a job reads stored events: a start that reads none does not compile it.
    const [store, { eachStoredEvent }] = await Promise.all([this.#real(), import("./query.js")]);
    return eachStoredEvent(store, visit);
  }

  async runIndex(): Promise<RunIndex | { unusable: string }> {
    const store = await this.#real();
    return store.runIndex ? store.runIndex() : { unusable: "" };
  }

  async flush(): Promise<void> {
    if (this.#store) await (await this.#store).flush();
  }

  async close(): Promise<void> {
    if (this.#store) await (await this.#store).close?.();
  }

  #real(): Promise<StateStore> {
    this.#store ??= this.#open().then((store) => {
      this.#opened = store;
      return store;
    });
    return this.#store;
  }
}
