import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases, watchAndDispatch } from "../../src/watch/index.js";
import { at, clientFor, githubServer, clock, repoWithReleaseFlow, seedRelease, sharedClock, tags, UPSTREAM, watches } from "./helpers.js";

const DAY = 24 * 60;

describe("the release-age gate (min-age)", () => {
  it("holds a young release, lists it as pending until it is old enough, then runs its step once", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    const time = sharedClock(server, 1000 + 60);
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
    const time = sharedClock(server, 10);
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
    const time = sharedClock(server, 5);
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
    const time = sharedClock(server, 500);
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

  it("measures a release's age on GitHub's clock (its Date header), so a runner clock 2 days ahead does not shorten min-age", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const github = sharedClock(server, 1000 + 5);
    const runner = () => new Date(github.now().getTime() + 2 * DAY * 60_000);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=24h since=all`), now: runner });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1000 });
    server.github.releases.add(UPSTREAM, { tagName: "v-untimed", createdAt: at(900), publishedAt: null });

    const young = await poll();
    expect(young.events).toEqual([]);
    // Both held for a day of GitHub's time: from published_at, and (none) from GitHub's time of the poll that first saw it.
    expect(young.reports[0]?.held).toEqual([
      { tag: "v1.0.0", eligibleAt: new Date(at(1000 + DAY)).toISOString(), ageFrom: "published" },
      { tag: "v-untimed", eligibleAt: new Date(at(1005 + DAY)).toISOString(), ageFrom: "first-seen" },
    ]);
    const cursor = await loadWatchCursor(store, UPSTREAM);
    expect(cursor?.pending?.map((held) => held.firstSeenAt)).toEqual([new Date(at(1005)).toISOString(), new Date(at(1005)).toISOString()]);
    // The cursor's own bookkeeping stays on the runner's clock, compared only with the runner's.
    expect(cursor?.checkedAt).toBe(runner().toISOString());

    github.set(1000 + DAY - 1);
    expect((await poll()).events).toEqual([]);
    github.set(1000 + DAY);
    expect(tags((await poll()).events)).toEqual(["v1.0.0"]);
    github.set(1005 + DAY);
    const last = await poll();
    expect(tags(last.events)).toEqual(["v-untimed"]);
    expect(last.events[0]?.payload).toMatchObject({ publishedAt: new Date(at(1005)).toISOString() });
    server.assertNoViolations();
  });

  it("falls back to the runner's clock when GitHub's answer has no Date header, or one that is not a time", async () => {
    for (const header of [null, "yesterday-ish"]) {
      const server = await githubServer();
      const store = new MemoryStateStore();
      const client = await clientFor(server);
      server.setDate(header);
      const time = clock(1000 + 5);
      const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=24h`), now: time.now });
      seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1000 });
      expect((await poll()).reports[0]?.held).toEqual([{ tag: "v1.0.0", eligibleAt: new Date(at(1000 + DAY)).toISOString(), ageFrom: "published" }]);
      time.set(1000 + DAY - 1);
      expect((await poll()).events).toEqual([]);
      time.set(1000 + DAY);
      expect(tags((await poll()).events)).toEqual(["v1.0.0"]);
      server.assertNoViolations();
    }
  });

  it("accepts min-age as 24h, 90m, 2d or 1d12h, and says what to write otherwise", () => {
    expect(watches(`${UPSTREAM} min-age=1d12h`)[0]?.minAge).toBe(36 * 3_600_000);
    expect(watches(`${UPSTREAM} min-age=90m`)[0]?.minAge).toBe(90 * 60_000);
    expect(() => watches(`${UPSTREAM} min-age=24`)).toThrow(/min-age is "24"; write a duration like 24h, 90m, 2d or 1d12h .*add a unit: 24h/);
    expect(() => watches(`${UPSTREAM} min_age=24h`)).toThrow(/unknown option "min_age" for openai\/codex; did you mean "min-age"\?/);
    expect(() => watches(`${UPSTREAM} updates=maybe`)).toThrow(/updates is "maybe"; use true or false/);
  });
});
