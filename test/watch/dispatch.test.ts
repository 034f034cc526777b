import { describe, expect, it } from "vitest";
import { flowEventFromGitHub } from "../../src/events/index.js";
import { type DispatchOutcome, dispatch } from "../../src/engine/dispatch.js";
import type { GitHubClient } from "../../src/github/client.js";
import { createStateStore, type EventRecord, type StateStore } from "../../src/state/index.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import {
  INTERNAL_EVENT_TYPE_PREFIX,
  loadWatchCursor,
  type WatchAndDispatchResult,
  watchAndDispatch,
  watchCursorEventId,
} from "../../src/watch/index.js";
import { originWithCheckout, tempDir } from "../state/helpers.js";
import { at, clientFor, type FlowRepo, githubServer, repoWithReleaseFlow, seedRelease, UPSTREAM, watches } from "./helpers.js";

type Backend = { kind: "file" | "branch"; open(): Promise<StateStore> };

async function fileBackend(): Promise<Backend> {
  const dir = await tempDir("flows-watch-state-");
  return { kind: "file", open: () => createStateStore({ kind: "file", dir }) };
}

async function branchBackend(): Promise<Backend> {
  const { origin } = await originWithCheckout();
  return { kind: "branch", open: () => createStateStore({ kind: "branch", remoteUrl: origin }) };
}

/** One workflow job: open the store, do the work, flush and close, like the action does. */
async function job<T>(backend: Backend, work: (store: StateStore) => Promise<T>): Promise<T> {
  const store = await backend.open();
  try {
    const result = await work(store);
    await store.flush();
    return result;
  } finally {
    await store.close?.();
  }
}

function pollJob(backend: Backend, client: GitHubClient, flows: FlowRepo): Promise<WatchAndDispatchResult> {
  return job(backend, (store) =>
    watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } }),
  );
}

/** What upstream sends: `gh api repos/<this repo>/dispatches -f event_type=upstream.release -F client_payload=...`. */
function pushJob(backend: Backend, flows: FlowRepo, tag: string, minute: number): Promise<DispatchOutcome> {
  const event = flowEventFromGitHub({
    eventName: "repository_dispatch",
    payload: {
      action: "upstream.release",
      branch: "main",
      client_payload: {
        repo: UPSTREAM,
        tag,
        url: `https://github.com/${UPSTREAM}/releases/tag/${tag}`,
        publishedAt: at(minute),
      },
      repository: { full_name: "octo-org/bindings" },
    },
    context: { repository: "octo-org/bindings", runId: "42" },
  });
  return job(backend, (store) => dispatch(event, { repoRoot: flows.dir, store }));
}

describe("watching and dispatching", () => {
  it("runs each new release's step once, in publication order, and nothing on an unchanged poll", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    const first = await watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    expect(first.outcomes.map((outcome) => [outcome.status, outcome.runs[0]?.effectiveStatus])).toEqual([["accepted", "changed"]]);

    seedRelease(server, UPSTREAM, "rust-v0.3.0", { minute: 30, createdMinute: 2 });
    seedRelease(server, UPSTREAM, "rust-v0.2.0", { minute: 20 });
    seedRelease(server, UPSTREAM, "rust-v0.4.0-alpha.1", { minute: 40, prerelease: true });
    seedRelease(server, UPSTREAM, "rust-v0.4.0", { minute: 50, draft: true });
    const second = await watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });

    expect(second.outcomes.map((outcome) => outcome.eventId)).toEqual([
      "github:upstream.release:openai/codex:rust-v0.2.0",
      "github:upstream.release:openai/codex:rust-v0.3.0",
    ]);
    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v0.1.0`, `${UPSTREAM} rust-v0.2.0`, `${UPSTREAM} rust-v0.3.0`]);
    const third = await watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    expect(third.reports[0]?.status).toBe("not-modified");
    const userEvents = (await store.listEvents()).filter((record) => !record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX));
    expect(userEvents).toHaveLength(3);
    server.assertNoViolations();
  });

  it("leaves the cursor of a repository whose dispatch failed, so the next poll hands the release over again", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    let failures = 1;
    const flaky: StateStore = {
      kind: "flaky",
      problems: [],
      loadEvent: (id) => store.loadEvent(id),
      listEvents: (query) => store.listEvents(query),
      flush: () => store.flush(),
      saveEvent: async (record: EventRecord): Promise<void> => {
        if (record.event.type === "upstream.release" && failures-- > 0) throw new Error("disk full");
        await store.saveEvent(record);
      },
    };
    const failed = await watchAndDispatch({ client, store: flaky, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    expect(failed.outcomes).toEqual([]);
    expect(failed.reports[0]).toMatchObject({ status: "error", message: expect.stringContaining("disk full; the release will be polled again") });
    expect(await loadWatchCursor(store, UPSTREAM)).toBeUndefined();

    const retried = await watchAndDispatch({ client, store: flaky, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    expect(retried.outcomes.map((outcome) => [outcome.eventId, outcome.status])).toEqual([
      ["github:upstream.release:openai/codex:rust-v0.1.0", "accepted"],
    ]);
    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v0.1.0`]);
    expect(await loadWatchCursor(store, UPSTREAM)).toBeDefined();
    server.assertNoViolations();
  });

  it("once stopped (Ctrl-C, a cancelled job) dispatches no more releases and leaves their cursors for the next poll", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    const stop = new AbortController();
    stop.abort();
    const stopped = await watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir, signal: stop.signal } });
    expect(stopped.outcomes).toEqual([]);
    expect(stopped.reports[0]?.message).toContain("stopped before dispatching github:upstream.release:openai/codex:rust-v0.1.0");
    expect(await store.loadEvent("github:upstream.release:openai/codex:rust-v0.1.0")).toBeUndefined();
    expect(await loadWatchCursor(store, UPSTREAM)).toBeUndefined();

    const next = await watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    expect(next.outcomes.map((outcome) => [outcome.eventId, outcome.status])).toEqual([["github:upstream.release:openai/codex:rust-v0.1.0", "accepted"]]);
    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v0.1.0`]);
    server.assertNoViolations();
  });

  it("dispatches a release seen twice only once, even when the cursor was lost", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    await watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    // A different store that kept the runs but not the cursor (e.g. an older state branch).
    const forgetful = new MemoryStateStore();
    for (const record of await store.listEvents()) {
      if (record.event.id !== watchCursorEventId(UPSTREAM)) await forgetful.saveEvent(record);
    }

    const again = await watchAndDispatch({ client, store: forgetful, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });

    expect(again.events.map((event) => event.id)).toEqual(["github:upstream.release:openai/codex:rust-v0.1.0"]);
    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(["duplicate"]);
    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v0.1.0`]);
    server.assertNoViolations();
  });

  it("lists what would run in a dry run, running nothing and leaving the cursor where it was", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    const dry = await watchAndDispatch({
      client,
      store,
      watches: watches(UPSTREAM),
      dispatchOptions: { repoRoot: flows.dir },
      dryRun: true,
    });
    expect(dry.dryRun).toBe(true);
    expect(dry.outcomes.map((outcome) => [outcome.eventId, outcome.matched, outcome.runs[0]?.processStatus])).toEqual([
      ["github:upstream.release:openai/codex:rust-v0.1.0", 1, "queued"],
    ]);
    expect(await flows.runs()).toEqual([]);
    expect(await store.listEvents()).toEqual([]);
    expect(await loadWatchCursor(store, UPSTREAM)).toBeUndefined();
    server.assertNoViolations();
  });

  for (const makeBackend of [fileBackend, branchBackend]) {
    it(`keeps the cursor and the handled releases across restarts (${makeBackend.name.replace("Backend", "")} store)`, async () => {
      const server = await githubServer();
      const flows = await repoWithReleaseFlow();
      const client = await clientFor(server);
      const backend = await makeBackend();
      seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });

      await pollJob(backend, client, flows);
      const unchanged = await pollJob(backend, client, flows);
      expect(unchanged.reports[0]?.status).toBe("not-modified");
      seedRelease(server, UPSTREAM, "rust-v0.2.0", { minute: 2 });
      const next = await pollJob(backend, client, flows);

      expect(next.outcomes.map((outcome) => outcome.eventId)).toEqual(["github:upstream.release:openai/codex:rust-v0.2.0"]);
      expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v0.1.0`, `${UPSTREAM} rust-v0.2.0`]);
      const cursor = await job(backend, (store) => loadWatchCursor(store, UPSTREAM));
      expect(cursor?.seen.map((seen) => seen.tag)).toEqual(["rust-v0.2.0", "rust-v0.1.0"]);
      expect(server.requestsFor("repos/list-releases").map((request) => request.status)).toEqual([200, 304, 200]);
      server.assertNoViolations();
    });

    it(`runs a release once when it arrives both by polling and by repository_dispatch (${makeBackend.name.replace("Backend", "")} store)`, async () => {
      const server = await githubServer();
      const flows = await repoWithReleaseFlow();
      const client = await clientFor(server);
      const backend = await makeBackend();
      seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
      seedRelease(server, UPSTREAM, "rust-v0.2.0", { minute: 2 });

      // Upstream pushes 0.2.0 before the poll sees it ...
      const pushed = await pushJob(backend, flows, "rust-v0.2.0", 2);
      expect(pushed.status).toBe("accepted");
      const polled = await pollJob(backend, client, flows);
      expect(polled.outcomes.map((outcome) => [outcome.eventId, outcome.status])).toEqual([
        ["github:upstream.release:openai/codex:rust-v0.2.0", "duplicate"],
      ]);
      // ... and the poll sees 0.3.0 before upstream's push arrives.
      seedRelease(server, UPSTREAM, "rust-v0.3.0", { minute: 3 });
      const polledFirst = await pollJob(backend, client, flows);
      expect(polledFirst.outcomes.map((outcome) => outcome.status)).toEqual(["accepted"]);
      const pushedLate = await pushJob(backend, flows, "rust-v0.3.0", 3);
      expect(pushedLate.status).toBe("duplicate");

      expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v0.2.0`, `${UPSTREAM} rust-v0.3.0`]);
      server.assertNoViolations();
    });
  }
});
