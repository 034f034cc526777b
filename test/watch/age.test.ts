import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases, watchAndDispatch } from "../../src/watch/index.js";
import { at, clientFor, githubServer, repoWithReleaseFlow, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

/** A clock the test moves by hand. */
function clock(minute: number): { now: () => Date; set(minute: number): void } {
  let current = new Date(at(minute));
  return {
    now: () => current,
    set: (next) => {
      current = new Date(at(next));
    },
  };
}

const DAY = 24 * 60;

describe("the release-age gate (min-age)", () => {
  it("holds a young release, lists it as pending until it is old enough, then runs its step once", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    const time = clock(1000 + 60);
    const poll = () =>
      watchAndDispatch({ client, store, watches: watches(`${UPSTREAM} min-age=24h`), now: time.now, dispatchOptions: { repoRoot: flows.dir } });
    seedRelease(server, UPSTREAM, "rust-v1.0.0", { minute: 1000 });

    const young = await poll();
    expect(young.outcomes).toEqual([]);
    expect(young.reports[0]).toMatchObject({
      status: "ok",
      newReleases: 0,
      held: [{ tag: "rust-v1.0.0", eligibleAt: new Date(at(1000 + DAY)).toISOString(), ageFrom: "published" }],
      message: expect.stringContaining(`pending: rust-v1.0.0 until ${new Date(at(1000 + DAY)).toISOString()}`),
    });

    time.set(1000 + DAY - 1); // one minute short: still held, and the unchanged listing costs a 304
    const almost = await poll();
    expect(almost.outcomes).toEqual([]);
    expect(almost.reports[0]).toMatchObject({ status: "not-modified", held: [{ tag: "rust-v1.0.0" }] });

    time.set(1000 + DAY);
    const due = await poll();
    expect(due.outcomes.map((outcome) => [outcome.eventId, outcome.status])).toEqual([
      ["github:upstream.release:openai/codex:rust-v1.0.0", "accepted"],
    ]);
    expect(due.reports[0]?.held).toBeUndefined();

    time.set(1000 + 3 * DAY);
    expect((await poll()).outcomes).toEqual([]);
    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v1.0.0`]);
    expect((await loadWatchCursor(store, UPSTREAM))?.pending).toEqual([]);
    server.assertNoViolations();
  });

  it("dispatches each held release once it is old enough, and keeps holding the young one", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    seedRelease(server, UPSTREAM, "v1", { minute: 0 });
    const time = clock(10);
    await pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=90m`), now: time.now });
    seedRelease(server, UPSTREAM, "v2", { minute: 20 });
    seedRelease(server, UPSTREAM, "v3", { minute: 100 });
    time.set(120);
    const result = await pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=90m`), now: time.now });
    expect(tags(result.events)).toEqual(["v1", "v2"]);
    expect(result.reports[0]?.held).toEqual([{ tag: "v3", eligibleAt: new Date(at(190)).toISOString(), ageFrom: "published" }]);
    server.assertNoViolations();
  });

  it("drops and reports a release deleted while pending, and never dispatches it", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const time = clock(5);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=2d`), now: time.now });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 0 });
    await poll();
    time.set(3 * DAY);
    const kept = seedRelease(server, UPSTREAM, "v1.1.0", { minute: 3 * DAY });
    const pulled = seedRelease(server, UPSTREAM, "v1.2.0", { minute: 3 * DAY });
    expect((await poll()).reports[0]?.held?.map((held) => held.tag)).toEqual(["v1.1.0", "v1.2.0"]);

    server.github.releases.remove(UPSTREAM, pulled);
    time.set(4 * DAY);
    const after = await poll();
    expect(after.events).toEqual([]);
    expect(after.reports[0]).toMatchObject({
      dropped: [{ tag: "v1.2.0", reason: "deleted (or unpublished) while pending" }],
      held: [{ tag: "v1.1.0" }],
    });
    time.set(6 * DAY);
    expect(tags((await poll()).events)).toEqual(["v1.1.0"]);
    // One lookup confirmed the deletion; one read the held release afresh before dispatching it.
    expect(server.requestsFor("repos/get-release").map((request) => [request.path.split("/").at(-1), request.status])).toEqual([
      [String(pulled), 404],
      [String(kept), 200],
    ]);
    server.assertNoViolations();
  });

  it("counts the age of a release without a usable published_at from the poll that first saw it", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    server.github.releases.add(UPSTREAM, { tagName: "v-untimed", createdAt: at(0), publishedAt: null });
    const time = clock(500);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=1h`), now: time.now });
    const first = await poll();
    expect(first.reports[0]?.held).toEqual([{ tag: "v-untimed", eligibleAt: new Date(at(560)).toISOString(), ageFrom: "first-seen" }]);
    time.set(559);
    expect((await poll()).events).toEqual([]);
    time.set(560);
    const due = await poll();
    expect(tags(due.events)).toEqual(["v-untimed"]);
    expect(due.events[0]?.payload).toMatchObject({ publishedAt: new Date(at(500)).toISOString() });
    server.assertNoViolations();
  });

  it("accepts min-age as 24h, 90m, 2d or 1d12h, and says what to write otherwise", () => {
    expect(watches(`${UPSTREAM} min-age=1d12h`)[0]?.minAge).toBe(36 * 3_600_000);
    expect(watches(`${UPSTREAM} min-age=90m`)[0]?.minAge).toBe(90 * 60_000);
    expect(() => watches(`${UPSTREAM} min-age=24`)).toThrow(/min-age is "24"; write a duration like 24h, 90m, 2d or 1d12h .*add a unit: 24h/);
    expect(() => watches(`${UPSTREAM} min_age=24h`)).toThrow(/unknown option "min_age" for openai\/codex; did you mean "min-age"\?/);
    expect(() => watches(`${UPSTREAM} updates=maybe`)).toThrow(/updates is "maybe"; use true or false/);
  });
});
