import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { pollUpstreamReleases, RELEASE_NAME_LIMIT } from "../../src/watch/index.js";
import { loadWatchCursor, renderWatchStatusText, watchStatus } from "../../src/watch/index.js";
import { saveWatchRotation } from "../../src/watch/rotation.js";
import { saveWatchCursor } from "../../src/watch/cursor.js";
import { requestRedelivery } from "../../src/watch/redeliver.js";
import { longTagsScenario } from "./long-tags-scenario.js";
import { at, clientFor, githubServer, seedRelease, sharedClock, tags, UPSTREAM, watches } from "./helpers.js";

// Releases are other people's text: names, notes and tags that are too long, hold control
// characters, or are no tag git could hold. These tests do not assert the fake's spec checks:
// it writes such tags into html_url unencoded, which the spec refuses.
describe("releases with hostile contents", () => {
  it("cuts a release name of any length, as it cuts the notes", async () => {
    const server = await githubServer();
    server.github.releases.add(UPSTREAM, { tagName: "v1.0.0", name: `${"N".repeat(300_000)}`, body: "::add-mask::x\n::error::y", createdAt: at(1), publishedAt: at(1) });
    const result = await pollUpstreamReleases({ client: await clientFor(server), store: new MemoryStateStore(), watches: watches(UPSTREAM) });
    const payload = result.events[0]?.payload as { name: string; body: string };
    expect(payload.name).toBe(`${"N".repeat(RELEASE_NAME_LIMIT)}… [name cut: ${300_000 - RELEASE_NAME_LIMIT} more characters]`);
    // The notes are data for the step, not log lines: kept as written.
    expect(payload.body).toBe("::add-mask::x\n::error::y");
  });

  it("refuses a release whose tag git could not hold, says so once, and dispatches the others", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const log: string[] = [];
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all`), now: () => new Date(at(minute)), log: (line) => log.push(line) });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    for (const [index, tag] of ["v2\n::error::owned", "../../v3", "v4 rc", "v5\ud800", "v6.lock", "v7~1"].entries()) seedRelease(server, UPSTREAM, tag, { minute: 2 + index });
    seedRelease(server, UPSTREAM, "v8.0.0", { minute: 9 });

    const first = await poll(10);

    expect(tags(first.events)).toEqual(["v1.0.0", "v8.0.0"]);
    expect(first.reports[0]?.refused?.map((item) => item.tag)).toEqual(["v2\n::error::owned", "../../v3", "v4 rc", "v5\ud800", "v6.lock", "v7~1"]);
    expect(first.reports[0]?.message).toContain('refused: "v2\\n::error::owned" (not a tag git can hold: a control character)');
    expect(first.reports[0]?.message).toContain('"../../v3" (not a tag git can hold: "..")');
    expect(log.every((line) => !line.includes("\n"))).toBe(true);
    // Told once: the next poll knows them.
    seedRelease(server, UPSTREAM, "v9.0.0", { minute: 20 });
    const second = await poll(21);
    expect(tags(second.events)).toEqual(["v9.0.0"]);
    expect(second.reports[0]?.refused).toBeUndefined();
  });

  it("refuses a tag longer than GitHub lets a ref be, and keeps the cursor, the note and the log lines short", async () => {
    // 50 tags of 25,000 characters (each longer than the note or a log line may be); 100,000 in
    // hostile-releases.stress.test.ts.
    await longTagsScenario(25_000);
  });

  it("does not ask GitHub to deliver again a tag no release can have (a `..` would change the request's path)", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(10)) });
    // A forgotten event whose tag came from a repository_dispatch, not from GitHub.
    await requestRedelivery(store, UPSTREAM, "..", new Date(at(11)));

    const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(20)) });

    expect(result.reports[0]?.status).toBe("ok");
    expect(result.reports[0]?.message).toBe("not delivered again (no such release now, or no longer matching the watch): ..");
    // The listing alone: no `GET /releases/tags/..`, which the URL would resolve to `GET /releases/`.
    expect(result.reports[0]?.requests).toBe(1);
  });

  it("asks for at most 10 releases to deliver again per poll, however many the cursor lists, and keeps the rest for the next polls", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(10)) });
    // A cursor that lists 25 tags no release has (damaged, or written by someone else).
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    const gone = Array.from({ length: 25 }, (_, index) => `gone-${index}`);
    await saveWatchCursor({ store, cursor: { ...cursor, redeliver: gone }, now: new Date(at(11)) });

    const notDelivered: string[] = [];
    for (const minute of [20, 30, 40, 50]) {
      const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)), budget: { maxRequests: 5 } });
      expect(result.requests.requests).toBeLessThanOrEqual(11);
      const message = result.reports[0]?.message ?? "";
      notDelivered.push(...(/not delivered again \([^)]*\): ([^;]*)/.exec(message)?.[1]?.split(", ") ?? []));
    }
    expect(notDelivered).toEqual(gone);
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toBeUndefined();
    server.assertNoViolations();
  });

  it("asks for at most 20 held releases per poll, however many the cursor holds, and keeps the rest held", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const watch = watches(`${UPSTREAM} min-age=1h`);
    await pollUpstreamReleases({ client, store, watches: watch, now: () => new Date(at(100)) });
    // 50 held releases GitHub does not have, all of age.
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    const pending = Array.from({ length: 50 }, (_, index) => ({
      id: 990_000 + index,
      tag: `ghost-${index}`,
      publishedAt: at(2),
      firstSeenAt: at(2),
      ageFrom: "published" as const,
      createdAt: at(2),
    }));
    await saveWatchCursor({ store, cursor: { ...cursor, pending }, now: new Date(at(101)) });

    const dropped: string[] = [];
    for (const minute of [200, 210, 220]) {
      const result = await pollUpstreamReleases({ client, store, watches: watch, now: () => new Date(at(minute)), budget: { maxRequests: 5 } });
      expect(result.requests.requests).toBeLessThanOrEqual(21);
      dropped.push(...(result.reports[0]?.dropped ?? []).map((item) => item.tag));
    }
    expect(dropped).toEqual(pending.map((held) => held.tag));
    expect((await loadWatchCursor(store, UPSTREAM))?.pending).toEqual([]);
    server.assertNoViolations();
  });

  it("takes a tag listing or tag object that is not GitHub's (updates=true) as that repository's error, and makes no change of it", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const watch = watches(`${UPSTREAM} updates=true`);
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watch, now: () => new Date(at(minute)) });
    expect(tags((await poll(10)).events)).toEqual(["v1.0.0"]);
    const answers: unknown[][] = [
      [{ message: "not a list" }],
      [[{ ref: 5 }, null]],
      [[{ ref: "refs/tags/v1.0.0", object: { type: "commit", sha: "../../x\n::error::y" } }]],
      [[{ ref: "refs/tags/v1.0.0", object: { type: "tag", sha: "f".repeat(40) } }], { object: { sha: 42 } }],
    ];
    for (const [index, [refs, tagObject]] of answers.entries()) {
      server.failNext({ operationId: "git/list-matching-refs", status: 200, body: refs });
      if (tagObject) server.failNext({ operationId: "git/get-tag", status: 200, body: tagObject });
      const result = await poll(20 + index);
      expect(result.events).toEqual([]);
      expect(result.reports[0]?.status).toBe("error");
      expect(result.reports[0]?.message).toMatch(/^GitHub answered GET \/repos\/openai\/codex\/git\/(matching-refs\/tags\/v1\.0\.0|tags\/f{40}) \(200\) with something that is not GitHub's (tags|tag object): /);
    }
    // The tag as it is: nothing moved.
    expect((await poll(40)).events).toEqual([]);
    expect(server.violations.every((violation) => violation.kind === "response")).toBe(true);
  });

  it("polls on past a held release whose times in the cursor are damaged, and dispatches it once of age", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const watch = watches(`${UPSTREAM} min-age=1h`);
    const time = sharedClock(server, 0);
    const poll = (minute: number) => {
      time.set(minute);
      return pollUpstreamReleases({ client, store, watches: watch, now: time.now });
    };
    await poll(100);
    seedRelease(server, UPSTREAM, "v1.1.0", { minute: 110 });
    expect((await poll(120)).reports[0]?.held?.map((held) => held.tag)).toEqual(["v1.1.0"]);
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    const pending = cursor.pending!.map((held) => ({ ...held, publishedAt: "garbage", firstSeenAt: "" }));
    await saveWatchCursor({ store, cursor: { ...cursor, pending }, now: new Date(at(121)) });

    const damaged = await poll(130);
    expect(damaged.reports[0]?.status).toBe("not-modified");
    expect(damaged.reports[0]?.held?.map((held) => held.tag)).toEqual(["v1.1.0"]);
    const status = await watchStatus({ store, watches: watch, now: new Date(at(130)) });
    expect(status.repositories[0]?.pending.map((held) => held.tag)).toEqual(["v1.1.0"]);
    expect(tags((await poll(300)).events)).toEqual(["v1.1.0"]);
    expect((await poll(310)).events).toEqual([]);
  });

  it("names in --status only a watched repository as where the next poll starts, whatever the stored rotation says", async () => {
    const store = new MemoryStateStore();
    const watch = watches(`${UPSTREAM}\noven-sh/bun`);
    await saveWatchRotation(store, { next: "evil\n::error::owned", reason: "x" }, new Date(at(1)));
    expect((await watchStatus({ store, watches: watch })).nextPollStartsWith).toBeUndefined();
    await saveWatchRotation(store, { next: "oven-sh/bun", reason: "budget" }, new Date(at(2)));
    const status = await watchStatus({ store, watches: watch });
    expect(status.nextPollStartsWith).toBe("oven-sh/bun");
    expect(renderWatchStatusText(status)).toContain("The last poll stopped early; the next one starts with oven-sh/bun.");
  });
});
