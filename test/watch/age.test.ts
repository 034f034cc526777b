import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { saveWatchCursor } from "../../src/watch/cursor.js";
import { loadWatchCursor, pollUpstreamReleases, renderWatchStatusText, watchAndDispatch, watchStatus } from "../../src/watch/index.js";
import { at, clientFor, githubServer, clock, OTHER, repoWithReleaseFlow, seedRelease, sharedClock, tags, UPSTREAM, watches } from "./helpers.js";

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

  it("does not deliver early when GitHub's Date header runs hours ahead (a proxy's): a release must be old enough on the runner's clock too", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const runner = clock(1000 + 5);
    // GitHub's (a proxy's) Date header 5 hours ahead of the runner, whose clock is right.
    server.setDate(() => new Date(runner.now().getTime() + 5 * 60 * 60_000));
    const logs: string[] = [];
    const config = watches(`${UPSTREAM} min-age=24h since=all\n${OTHER} min-age=24h`);
    const poll = () => pollUpstreamReleases({ client, store, watches: config, now: runner.now, log: (line) => logs.push(line) });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1000 });
    server.github.releases.add(UPSTREAM, { tagName: "v-untimed", createdAt: at(900), publishedAt: null });
    seedRelease(server, OTHER, "bun-v1.0.0", { minute: 1000 });

    const young = await poll();
    expect(young.events).toEqual([]);
    // Told on the earlier clock, the runner's here: a day after publication, and a day after the runner first saw the untimed one.
    expect(young.reports[0]?.held).toEqual([
      { tag: "v1.0.0", eligibleAt: new Date(at(1000 + DAY)).toISOString(), ageFrom: "published" },
      { tag: "v-untimed", eligibleAt: new Date(at(1005 + DAY)).toISOString(), ageFrom: "first-seen" },
    ]);
    // Warned once per poll (two repositories saw the same disagreement), naming both times.
    const warnings = logs.filter((line) => line.includes("disagree"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`dated ${new Date(at(1005 + 300)).toISOString()}, the runner's clock said ${new Date(at(1005)).toISOString()}`);
    expect(warnings[0]).toContain("by 5h");
    expect(young.clocks).toMatchObject({ repo: UPSTREAM, githubAheadSeconds: 5 * 3600 });

    // On GitHub's (wrong) clock both are a day old already: still held, the runner's clock says not yet.
    runner.set(1000 + DAY - 1);
    expect((await poll()).events).toEqual([]);
    runner.set(1000 + DAY);
    expect(tags((await poll()).events)).toEqual(["v1.0.0", "bun-v1.0.0"]);
    runner.set(1005 + DAY - 1);
    expect((await poll()).events).toEqual([]);
    runner.set(1005 + DAY);
    expect(tags((await poll()).events)).toEqual(["v-untimed"]);
    server.assertNoViolations();
  });

  it("only holds a release longer when GitHub's Date header runs hours behind, and counts a sighting on each clock, so neither clock coming right delivers early", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const runner = clock(1000 + 5);
    let behind = 3 * 60;
    server.setDate(() => new Date(runner.now().getTime() - behind * 60_000));
    const logs: string[] = [];
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=24h since=all`), now: runner.now, log: (line) => logs.push(line) });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 760 });
    server.github.releases.add(UPSTREAM, { tagName: "v-untimed", createdAt: at(900), publishedAt: null });

    const young = await poll();
    // GitHub's clock is the earlier: eligibility is told on it. v1.0.0 is a day old on GitHub's
    // clock 3 hours after it is on the runner's; v-untimed was first seen at 1005 by the runner,
    // 825 by GitHub's clock, and is a day old on both at 825 + DAY on GitHub's.
    expect(young.reports[0]?.held).toEqual([
      { tag: "v1.0.0", eligibleAt: new Date(at(760 + DAY)).toISOString(), ageFrom: "published" },
      { tag: "v-untimed", eligibleAt: new Date(at(825 + DAY)).toISOString(), ageFrom: "first-seen" },
    ]);
    expect(logs.filter((line) => line.includes("disagree"))).toEqual([expect.stringContaining("by 3h")]);
    // A day old on the runner's clock, not yet on GitHub's: held.
    runner.set(760 + DAY);
    expect((await poll()).events).toEqual([]);
    runner.set(760 + DAY + 180);
    expect(tags((await poll()).events)).toEqual(["v1.0.0"]);

    // GitHub's clock comes right (the proxy is gone): v-untimed is 24 h old on GitHub's clock since
    // its sighting there (825), not on the runner's (1005) — held until the runner's says so too.
    behind = 0;
    runner.set(1005 + DAY - 1);
    const almost = await poll();
    expect(almost.events).toEqual([]);
    expect(almost.clocks).toBeUndefined();
    runner.set(1005 + DAY);
    expect(tags((await poll()).events)).toEqual(["v-untimed"]);
    server.assertNoViolations();
  });

  it("tells eligibility in `flows watch --status` by the rule polls follow (the earlier clock, as the last poll saw them), and says which clock", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const runner = clock(1000 + 5);
    server.setDate(() => new Date(runner.now().getTime() - 3 * 60 * 60_000));
    const config = watches(`${UPSTREAM} min-age=24h`);
    const poll = () => pollUpstreamReleases({ client, store, watches: config, now: runner.now });
    const status = async () => watchStatus({ store, watches: config, now: runner.now() });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 760 });
    expect((await poll()).reports[0]?.held).toEqual([{ tag: "v1.0.0", eligibleAt: new Date(at(760 + DAY)).toISOString(), ageFrom: "published" }]);
    expect((await loadWatchCursor(store, UPSTREAM))?.githubClock).toEqual({ github: new Date(at(825)).toISOString(), runner: new Date(at(1005)).toISOString() });

    // A day and an hour old on the runner's clock, 21 hours on GitHub's: not eligible, as the poll says.
    runner.set(760 + DAY + 60);
    const early = await status();
    expect(early.repositories[0]).toMatchObject({
      clock: { name: "github", now: new Date(at(760 + DAY - 120)).toISOString(), githubAheadSeconds: -3 * 3600 },
      pending: [{ tag: "v1.0.0", eligibleAt: new Date(at(760 + DAY)).toISOString(), eligible: false }],
    });
    const text = renderWatchStatusText(early);
    expect(text).toContain("  clock            GitHub's (3h behind this machine's at the last poll; the earlier clock counts)\n");
    expect(text).toContain("  pending          v1.0.0 — eligible 2025-01-02 12:40Z (in 2h)\n");
    expect((await poll()).events).toEqual([]);

    runner.set(760 + DAY + 180);
    expect((await status()).repositories[0]?.pending).toEqual([expect.objectContaining({ eligible: true })]);
    expect(renderWatchStatusText(await status())).toContain("v1.0.0 — eligible now: dispatched by the next poll");
    expect(tags((await poll()).events)).toEqual(["v1.0.0"]);
    server.assertNoViolations();
  });

  it("loads a cursor written before the clocks were kept, and --status says it used this machine's clock", async () => {
    const store = new MemoryStateStore();
    const held = { id: 7, tag: "v2.0.0", publishedAt: at(100), firstSeenAt: at(105), ageFrom: "published" as const, createdAt: at(100) };
    await saveWatchCursor({ store, cursor: { format: 1, repo: UPSTREAM, watermark: at(100), seen: [], pending: [held], polledAt: at(105) }, now: new Date(at(106)) });
    const config = watches(`${UPSTREAM} min-age=24h`);
    const cursor = await loadWatchCursor(store, UPSTREAM);
    expect(cursor?.pending).toEqual([held]);
    expect(cursor?.githubClock).toBeUndefined();
    const status = await watchStatus({ store, watches: config, now: new Date(at(120)) });
    expect(status.repositories[0]).toMatchObject({ clock: { name: "runner", now: new Date(at(120)).toISOString() }, pending: [{ eligibleAt: new Date(at(100 + DAY)).toISOString(), eligible: false }] });
    expect(renderWatchStatusText(status)).toContain("  clock            this machine's (the last poll had no time from GitHub)\n");
  });

  it("accepts min-age as 24h, 90m, 2d or 1d12h, and says what to write otherwise", () => {
    expect(watches(`${UPSTREAM} min-age=1d12h`)[0]?.minAge).toBe(36 * 3_600_000);
    expect(watches(`${UPSTREAM} min-age=90m`)[0]?.minAge).toBe(90 * 60_000);
    expect(() => watches(`${UPSTREAM} min-age=24`)).toThrow(/min-age is "24"; write a duration like 24h, 90m, 2d or 1d12h .*add a unit: 24h/);
    expect(() => watches(`${UPSTREAM} min_age=24h`)).toThrow(/unknown option "min_age" for openai\/codex; did you mean "min-age"\?/);
    expect(() => watches(`${UPSTREAM} updates=maybe`)).toThrow(/updates is "maybe"; use true or false/);
  });
});
