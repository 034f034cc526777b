import Bottleneck from "bottleneck/light.js";

/**
 * The limiters @octokit/plugin-throttling queues every request of a client in, on a clock that
 * only goes forward.
 *
 * Bottleneck, which the plugin uses, remembers when it may start the next job as a Date.now()
 * time and waits `that - Date.now()`: a wall clock set back by an NTP step (it happens on a
 * runner's VM) made the next request wait as long as the step, hours, behind any time limit of
 * ours (the request had not started). The plugin's own limiters live in its module, one set per
 * process, so one client's stale time held every later client of the process too.
 *
 * A SteadyBottleneck reads performance.now() instead, which steps with nothing; each of its
 * Group's limiters is one too. Only the times Bottleneck keeps in its local store read the clock
 * (Bottleneck 2.19.5, lib/LocalDatastore.js); the parts that would read it elsewhere (blocking
 * at a high-water mark, reservoir refreshes) are refused, as the plugin uses neither.
 */
export const SteadyBottleneck = (() => {
  class Steady extends Bottleneck {
    constructor(options: Bottleneck.ConstructorOptions = {}) {
      super(options);
      onSteadyClock((this as unknown as { _store: unknown })._store);
    }
  }
  class SteadyGroup extends Bottleneck.Group {
    constructor(options: Bottleneck.ConstructorOptions = {}) {
      super(options);
      // Group.key() makes each key's limiter from this field (a plain Bottleneck otherwise).
      (this as unknown as { Bottleneck: typeof Bottleneck }).Bottleneck = Steady;
    }
  }
  // What the plugin makes its own groups with, given `throttle.Bottleneck`.
  Object.defineProperty(Steady, "Group", { value: SteadyGroup });
  return Steady as typeof Steady & { Group: typeof SteadyGroup };
})();

/** Milliseconds on a clock that no change of the system time moves (the epoch's scale). */
const steadyNow = (): number => performance.timeOrigin + performance.now();

/** The parts of Bottleneck's LocalDatastore that this module reads and replaces. */
type LocalStore = {
  _nextRequest: number;
  _running: number;
  timeout: number | null;
  storeOptions: {
    minTime: number;
    reservoir: number | null;
    highWater: number | null;
    strategy: number;
    reservoirRefreshInterval: number | null;
    reservoirIncreaseInterval: number | null;
  };
  yieldLoop(): Promise<void>;
  conditionsCheck(weight: number): boolean;
  check(weight: number, now: number): boolean;
  __check__(weight: number): Promise<boolean>;
  __register__(index: string, weight: number, expiration: number | null): Promise<{ success: boolean; wait?: number; reservoir?: number | null }>;
  __groupCheck__(time: number): Promise<boolean>;
};

function onSteadyClock(found: unknown): void {
  const store = found as LocalStore;
  const shaped =
    typeof store?._nextRequest === "number" &&
    typeof store.storeOptions === "object" &&
    ["yieldLoop", "conditionsCheck", "check", "__check__", "__register__", "__groupCheck__"].every(
      (name) => typeof (store as unknown as Record<string, unknown>)[name] === "function",
    );
  // A Bottleneck other than 2.x's local store: better no client than one that can hang.
  if (!shaped) throw new Error("This Bottleneck keeps its times differently than the steady clock expects (2.19.x)");
  const { highWater, strategy, reservoirRefreshInterval, reservoirIncreaseInterval } = store.storeOptions;
  if (highWater != null || strategy === Bottleneck.strategy.BLOCK || reservoirRefreshInterval != null || reservoirIncreaseInterval != null) {
    throw new Error("SteadyBottleneck does not support highWater, the BLOCK strategy or reservoir refreshes (they read the wall clock)");
  }
  store._nextRequest = steadyNow();
  // As LocalDatastore's, with the steady clock for Date.now().
  store.__check__ = async (weight) => {
    await store.yieldLoop();
    return store.check(weight, steadyNow());
  };
  store.__register__ = async (_index, weight) => {
    await store.yieldLoop();
    const now = steadyNow();
    if (!store.conditionsCheck(weight)) return { success: false };
    store._running += weight;
    if (store.storeOptions.reservoir != null) store.storeOptions.reservoir -= weight;
    const wait = Math.max(store._nextRequest - now, 0);
    store._nextRequest = now + wait + store.storeOptions.minTime;
    return { success: true, wait, reservoir: store.storeOptions.reservoir };
  };
  // A Group drops a key's limiter idle for `timeout`; it passes Date.now(), which is ignored.
  store.__groupCheck__ = async () => {
    await store.yieldLoop();
    return store._nextRequest + (store.timeout ?? Number.POSITIVE_INFINITY) < steadyNow();
  };
}

/** Milliseconds GitHub asks between the starts of requests of a kind, per token. */
export type RequestSpacing = {
  /** Between writes (POST, PATCH, PUT, DELETE): 1 s. */
  writeMs: number;
  /** Between writes that notify people (a comment, a release): 3 s. */
  notificationMs: number;
  /** Between searches: 2 s. */
  searchMs: number;
};

/**
 * The limiters of @octokit/plugin-throttling (its `throttle` options), with the plugin's own
 * settings, on the steady clock: at most 10 requests at once and writes spaced as GitHub asks
 * (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api).
 * Keys of a group idle for 2 minutes are dropped, as the plugin's are.
 */
export type ThrottleLimiters = {
  Bottleneck: typeof SteadyBottleneck;
  global: Bottleneck.Group;
  auth: Bottleneck.Group;
  search: Bottleneck.Group;
  write: Bottleneck.Group;
  notifications: Bottleneck.Group;
};

export const GITHUB_SPACING: RequestSpacing = { writeMs: 1000, notificationMs: 3000, searchMs: 2000 };

export function throttleLimiters(spacing: RequestSpacing = GITHUB_SPACING): ThrottleLimiters {
  const Group = SteadyBottleneck.Group;
  const timeout = 120_000;
  return {
    Bottleneck: SteadyBottleneck,
    global: new Group({ id: "flows-global", maxConcurrent: 10, timeout }),
    auth: new Group({ id: "flows-auth", maxConcurrent: 1, timeout }),
    search: new Group({ id: "flows-search", maxConcurrent: 1, minTime: spacing.searchMs, timeout }),
    write: new Group({ id: "flows-write", maxConcurrent: 1, minTime: spacing.writeMs, timeout }),
    notifications: new Group({ id: "flows-notifications", maxConcurrent: 1, minTime: spacing.notificationMs, timeout }),
  };
}

let shared: ThrottleLimiters | undefined;
const keys = new Map<string, string>();

/**
 * The process's limiters at GitHub's spacing, and the key of `token` at `baseUrl` in them:
 * clients of one token share its spacing (GitHub limits a token, not a client), clients of
 * another token don't wait on it. Made on first use.
 */
export function sharedThrottleLimiters(baseUrl: string, token: string): ThrottleLimiters & { id: string } {
  shared ??= throttleLimiters();
  const name = `${baseUrl}\n${token}`;
  let id = keys.get(name);
  if (id === undefined) {
    // A number, not the token: Bottleneck names its limiters after their keys.
    id = `token-${keys.size + 1}`;
    keys.set(name, id);
  }
  return { ...shared, id };
}
