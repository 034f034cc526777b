// What the next poll delivers again: a release or a change (upstream.release.updated /
// .deleted) whose step failed, up to RELEASE_ATTEMPTS attempts counted since the event was last
// forgotten. Real Bun steps that fail while a file exists, on the GitHub fake.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { forgetEvent } from "../../src/state/forget.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import type { EventRecord } from "../../src/state/types.js";
import { requestEventRedelivery } from "../../src/index.js";
import { saveWatchCursor } from "../../src/watch/cursor.js";
import { loadWatchCursor, pollUpstreamReleases, requestRedelivery, requestReleaseRedelivery, watchAndDispatch, watchStatus } from "../../src/watch/index.js";
import { type PendingPoll, savePendingCursors } from "../../src/watch/poll.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

const OLD = "a".repeat(40);
const NEW = "b".repeat(40);
const RELEASE = "github:upstream.release:openai/codex:v1.0.0";
const UPDATED = "github:upstream.release.updated:openai/codex:v1.0.0@aaaaaaaaaaaa..bbbbbbbbbbbb";

type Flaky = { dir: string; failing(on: boolean): Promise<void>; runs(): Promise<string[]> };

/** A flow whose step, on `trigger`, logs the event id it ran for and fails while `not-ready` exists. */
async function flakyFlow(trigger: string): Promise<Flaky> {
  const repo = await tempRepo("flows-watch-redeliver-");
  onTestFinished(() => repo.cleanup());
  const notReady = join(repo.dir, "not-ready");
  const log = join(repo.dir, "runs.log");
  await writeFlow(repo.dir, {
    name: "follow",
    steps: [
      {
        name: "step",
        trigger,
        source: [
          'import { appendFileSync, existsSync } from "node:fs";',
          "const context = JSON.parse(await Bun.stdin.text());",
          `appendFileSync(${JSON.stringify(log)}, context.flow.event.id + "\\n");`,
          `if (existsSync(${JSON.stringify(notReady)})) process.exit(1);`,
          'console.log(\'FLOW_RESULT {"status":"completed"}\');',
        ].join("\n"),
      },
    ],
  });
  return {
    dir: repo.dir,
    failing: (on) => (on ? writeFile(notReady, "") : rm(notReady, { force: true })),
    runs: async () => (await readFile(log, "utf8").catch(() => "")).split("\n").filter(Boolean),
  };
}

describe("changes whose steps failed are delivered again (updates=true)", () => {
  it("runs a failed upstream.release.updated step again at the next poll, once it succeeds never again, with one dispatched entry", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const flows = await flakyFlow("upstream.release.updated");
    const poll = () => watchAndDispatch({ client, store, watches: watches(`${UPSTREAM} updates=true`), dispatchOptions: { repoRoot: flows.dir } });
    server.github.releases.add(UPSTREAM, { tagName: "v1.0.0", createdAt: "2025-01-01T00:00:00Z", commitSha: OLD });
    await poll();

    server.github.releases.addTag(UPSTREAM, { tag: "v1.0.0", commitSha: NEW });
    await flows.failing(true);
    const failed = await poll();
    expect(failed.outcomes.map((outcome) => [outcome.eventId, outcome.runs[0]?.effectiveStatus])).toEqual([[UPDATED, "failed"]]);
    expect(failed.reports[0]?.message).toContain("v1.0.0 (updated): follow/step failed; the next poll runs it again (attempt 2 of 3)");
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliverEvents).toEqual([UPDATED]);
    const status = await watchStatus({ store, watches: watches(`${UPSTREAM} updates=true`) });
    expect(status.repositories[0]?.redeliverEvents).toEqual([UPDATED]);

    await flows.failing(false);
    const again = await poll();
    expect(again.outcomes.map((outcome) => [outcome.eventId, outcome.status, outcome.runs[0]?.effectiveStatus])).toEqual([[UPDATED, "accepted", "completed"]]);
    // Delivered again, not a change seen again.
    expect(again.reports[0]).toMatchObject({ newReleases: 0, again: 1, message: "again: v1.0.0 (updated)" });
    expect(again.reports[0]?.changes).toBeUndefined();
    const settled = await loadWatchCursor(store, UPSTREAM);
    expect(settled?.redeliverEvents).toBeUndefined();
    expect(settled?.dispatched?.map((item) => [item.tag, item.commit])).toEqual([["v1.0.0", NEW]]);

    // Settled: not delivered again, and nothing left to deliver.
    expect((await poll()).events).toEqual([]);
    expect(await flows.runs()).toEqual([UPDATED, UPDATED]);
    const record = await store.loadEvent(UPDATED);
    expect(record?.runs[0]?.attempts.map((attempt) => attempt.status)).toEqual(["failed", "completed"]);
    server.assertNoViolations();
  });

  it("delivers a failing upstream.release.deleted three times in all, then says to replay it", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const flows = await flakyFlow("upstream.release.deleted");
    const poll = () => watchAndDispatch({ client, store, watches: watches(`${UPSTREAM} updates=true`), dispatchOptions: { repoRoot: flows.dir } });
    seedRelease(server, UPSTREAM, "v0.9.0", { minute: 1 });
    const pulled = seedRelease(server, UPSTREAM, "v1.0.0", { minute: 2 });
    await poll();
    server.github.releases.remove(UPSTREAM, pulled);
    await flows.failing(true);
    const deleted = `github:upstream.release.deleted:openai/codex:v1.0.0@${pulled}`;

    const polls = [await poll(), await poll(), await poll(), await poll()];

    expect(polls.map((result) => result.outcomes.map((outcome) => outcome.eventId))).toEqual([[deleted], [deleted], [deleted], []]);
    expect(polls[1]?.reports[0]?.message).toContain("(attempt 3 of 3)");
    expect(polls[2]?.reports[0]?.message).toContain(`v1.0.0 (deleted): follow/step failed 3 times; it is not delivered again: replay ${deleted} to run it again`);
    expect(await flows.runs()).toEqual([deleted, deleted, deleted]);
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliverEvents).toBeUndefined();
    server.assertNoViolations();
  });
});

describe("a forgotten release gets its attempts afresh", () => {
  it("after three failed attempts and a forget, delivers the release three more times", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const flows = await flakyFlow("upstream.release");
    const poll = () => watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    server.github.releases.add(UPSTREAM, { tagName: "v1.0.0", createdAt: "2025-01-01T00:00:00Z", commitSha: OLD });
    await flows.failing(true);
    const first = [await poll(), await poll(), await poll(), await poll()];
    expect(first.map((result) => result.outcomes.length)).toEqual([1, 1, 1, 0]);

    // What `flows forget <id>` does: mark the runs forgotten, and ask the next poll for the tag.
    const forgotten = await forgetEvent(store, RELEASE, { by: "test" });
    expect(await requestEventRedelivery(store, forgotten!.record.event)).toEqual({ repo: UPSTREAM, tag: "v1.0.0" });
    const second = [await poll(), await poll(), await poll(), await poll()];

    expect(second.map((result) => result.outcomes.length)).toEqual([1, 1, 1, 0]);
    // Delivered again, not new: nothing was published.
    expect(second[0]?.reports[0]).toMatchObject({ newReleases: 0, again: 1, message: expect.stringMatching(/^again: v1\.0\.0; v1\.0\.0: follow\/step failed/) });
    expect(second.map((result) => result.reports[0]?.message?.match(/attempt \d of 3|failed \d times/)?.[0])).toEqual([
      "attempt 2 of 3",
      "attempt 3 of 3",
      "failed 3 times",
      undefined,
    ]);
    expect(await flows.runs()).toHaveLength(6);

    // Forgotten once more, and now it succeeds: delivered once, and settled.
    await forgetEvent(store, RELEASE, { by: "test" });
    await requestRedelivery(store, UPSTREAM, "v1.0.0");
    await flows.failing(false);
    expect((await poll()).outcomes.map((outcome) => outcome.runs[0]?.effectiveStatus)).toEqual(["completed"]);
    expect((await poll()).outcomes).toEqual([]);
    expect((await loadWatchCursor(store, UPSTREAM))?.dispatched?.map((item) => item.tag)).toEqual(["v1.0.0"]);
    server.assertNoViolations();
  });
});

describe("a release to deliver again that is older than the pages a poll reads", () => {
  it("is asked for by its tag, one request, and delivered", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 250; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags((await poll()).events)).toEqual(["v1.249.0"]);

    // v1.5.0 is on page 3: a poll reads two pages and stops at releases it knows.
    expect(await requestRedelivery(store, UPSTREAM, "v1.5.0")).toBe(true);
    expect(await requestRedelivery(store, UPSTREAM, "v9.9.9")).toBe(true);
    const again = await poll();

    expect(tags(again.events)).toEqual(["v1.5.0"]);
    expect(again.reports[0]).toMatchObject({ newReleases: 0, again: 1 });
    expect(again.reports[0]?.message).toContain("not delivered again (no such release now, or no longer matching the watch): v9.9.9");
    expect(server.requestsFor("repos/get-release-by-tag").map((request) => [decodeURIComponent(request.path), request.status])).toEqual([
      [`/repos/${UPSTREAM}/releases/tags/v1.5.0`, 200],
      [`/repos/${UPSTREAM}/releases/tags/v9.9.9`, 404],
    ]);
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toBeUndefined();
    expect((await poll()).events).toEqual([]);
    server.assertNoViolations();
  });
});

describe("a forget beside a running poll", () => {
  it("is not undone by the cursor that poll saves afterwards", async () => {
    const server = await githubServer();
    const client = await clientFor(server);
    const flows = await flakyFlow("upstream.release");
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    // While the poll's step for v1.1.0 runs, `flows forget` of v1.0.0 asks for it again.
    class ForgetMeanwhile extends MemoryStateStore {
      forget = false;
      override async saveEvent(record: EventRecord): Promise<void> {
        await super.saveEvent(record);
        if (this.forget && record.event.id.endsWith(":v1.1.0")) {
          this.forget = false;
          await forgetEvent(this, RELEASE, { by: "someone else" });
          await requestRedelivery(this, UPSTREAM, "v1.0.0");
        }
      }
    }
    const store = new ForgetMeanwhile();
    const poll = () => watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    await poll();
    seedRelease(server, UPSTREAM, "v1.1.0", { minute: 2 });
    store.forget = true;
    expect((await poll()).outcomes.map((outcome) => outcome.eventId)).toEqual(["github:upstream.release:openai/codex:v1.1.0"]);

    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toEqual(["v1.0.0"]);
    const next = await poll();
    expect(next.outcomes.map((outcome) => [outcome.eventId, outcome.runs[0]?.effectiveStatus])).toEqual([[RELEASE, "completed"]]);
    expect((await poll()).outcomes).toEqual([]);
    server.assertNoViolations();
  });
});

describe("the changes to deliver again are capped", () => {
  const change = (n: number): string => `github:upstream.release.updated:openai/codex:v${n}.0.0@aaaaaaaaaaaa..bbbbbbbbbbbb`;
  const changes = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => change(from + i));

  /** A repository polled once, whose cursor is then given `ids` to deliver again. */
  async function polledWith(ids: string[]): Promise<{ store: MemoryStateStore; client: Awaited<ReturnType<typeof clientFor>>; server: Awaited<ReturnType<typeof githubServer>> }> {
    const server = await githubServer();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    const cursor = await loadWatchCursor(store, UPSTREAM);
    await saveWatchCursor({ store, cursor: { ...cursor!, redeliverEvents: ids }, now: new Date() });
    return { store, client, server };
  }

  it("keeps the newest 100 when a forget asks for one more, and names the one dropped", async () => {
    const { store } = await polledWith(changes(1, 100));
    const event = { id: change(500), type: "upstream.release.updated", payload: { repo: UPSTREAM, tag: "v500.0.0" } };

    const redelivery = await requestEventRedelivery(store, event);

    expect(redelivery?.notDeliveredAgain).toEqual([change(1)]);
    expect(redelivery?.warning).toBe(`${UPSTREAM}: not delivered again (more than 100 changes were waiting to be delivered again; the oldest 1 dropped, replay them to run them): ${change(1)}`);
    const kept = (await loadWatchCursor(store, UPSTREAM))?.redeliverEvents;
    expect(kept).toEqual([...changes(2, 99), change(500)]);
  });

  it("a poll reads at most the newest 100 of a longer list (an older version's cursor), and says which it will not deliver again", async () => {
    const { store, client, server } = await polledWith(changes(1, 120));
    const loads: string[] = [];
    const load = store.loadEvent.bind(store);
    store.loadEvent = async (id) => {
      loads.push(id);
      return load(id);
    };

    const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    expect(loads.filter((id) => id.includes("upstream.release.updated"))).toEqual(changes(21, 100));
    expect(result.reports[0]?.message).toContain(`not delivered again (more than 100 changes were waiting to be delivered again; the oldest 20 dropped, replay them to run them): ${changes(1, 20).join(", ")}`);
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliverEvents).toBeUndefined();
    server.assertNoViolations();
  });

  it("a poll's save keeps the newest 100 when its failures add to a full list, and logs the ids dropped", async () => {
    const { store } = await polledWith(changes(1, 100));
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    const log: string[] = [];
    const pending: PendingPoll = { events: [], reports: [{ repo: UPSTREAM, status: "ok", newReleases: 0 }], cursors: new Map([[UPSTREAM, cursor]]), repoOf: new Map(), requests: { requests: 1, notModified: 0, maxRequests: 300 } };

    await savePendingCursors(store, pending, new Set(), undefined, new Map([[UPSTREAM, { tags: new Set(), events: new Set([change(600), change(601)]) }]]), (line) => log.push(line));

    expect((await loadWatchCursor(store, UPSTREAM))?.redeliverEvents).toEqual([...changes(3, 98), change(600), change(601)]);
    const warning = `${UPSTREAM}: not delivered again (more than 100 changes were waiting to be delivered again; the oldest 2 dropped, replay them to run them): ${change(1)}, ${change(2)}.`;
    expect(log).toEqual([warning]);
    expect(pending.reports[0]?.message).toBe(warning.slice(UPSTREAM.length + 2, -1));
  });
});

describe("the releases to deliver again are capped", () => {
  const tagsFrom = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => `v${from + i}.0.0`);

  /** A repository polled once, whose cursor is then given `tags` to deliver again. */
  async function polledWith(tags: string[]): Promise<{ store: MemoryStateStore; client: Awaited<ReturnType<typeof clientFor>>; server: Awaited<ReturnType<typeof githubServer>> }> {
    const server = await githubServer();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    const cursor = await loadWatchCursor(store, UPSTREAM);
    await saveWatchCursor({ store, cursor: { ...cursor!, ...(tags.length > 0 ? { redeliver: tags } : {}) }, now: new Date() });
    return { store, client, server };
  }

  it("500 forgets of polled releases leave the newest 100 in the cursor, and each one past them names the tag it drops", async () => {
    const { store } = await polledWith([]);
    const warnings: string[] = [];
    for (const tag of tagsFrom(1, 500)) {
      const redelivery = await requestReleaseRedelivery(store, UPSTREAM, tag);
      expect(redelivery).toMatchObject({ repo: UPSTREAM, tag });
      if (redelivery?.warning) warnings.push(redelivery.warning);
    }

    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toEqual(tagsFrom(401, 100));
    expect(warnings).toHaveLength(400);
    expect(warnings[0]).toBe(`${UPSTREAM}: not delivered again (more than 100 releases were waiting to be delivered again; the oldest 1 dropped, replay their upstream.release events to run them): v1.0.0`);
    // The boolean of older versions still answers, and asks the same.
    expect(await requestRedelivery(store, UPSTREAM, "v501.0.0")).toBe(true);
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toEqual(tagsFrom(402, 100));
    expect(await requestRedelivery(store, "octo-org/never-polled", "v1.0.0")).toBe(false);
  });

  it("a forget of a polled release through requestEventRedelivery says which release it dropped", async () => {
    const { store } = await polledWith(tagsFrom(1, 100));
    const event = { id: "github:upstream.release:openai/codex:v700.0.0", type: "upstream.release", payload: { repo: UPSTREAM, tag: "v700.0.0" } };

    const redelivery = await requestEventRedelivery(store, event);

    expect(redelivery?.notDeliveredAgain).toEqual(["v1.0.0"]);
    expect(redelivery?.warning).toContain("the oldest 1 dropped, replay their upstream.release events to run them): v1.0.0");
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toEqual([...tagsFrom(2, 99), "v700.0.0"]);
  });

  it("a poll reads at most the newest 100 of a longer list (an older version's cursor), and says which it will not deliver again", async () => {
    const { store, client, server } = await polledWith(tagsFrom(1, 120));

    const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    expect(result.reports[0]?.message).toContain(`the oldest 20 dropped, replay their upstream.release events to run them): ${tagsFrom(1, 20).join(", ")}`);
    // Ten asked for by tag (none exists), the other 90 of the newest 100 left for the next polls.
    expect(server.requestsFor("repos/get-release-by-tag")).toHaveLength(10);
    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toEqual(tagsFrom(31, 90));
    server.assertNoViolations();
  });

  it("a poll's save keeps the newest 100 when its failures add to a full list, and logs the tags dropped", async () => {
    const { store } = await polledWith(tagsFrom(1, 100));
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    const log: string[] = [];
    const pending: PendingPoll = { events: [], reports: [{ repo: UPSTREAM, status: "ok", newReleases: 0 }], cursors: new Map([[UPSTREAM, cursor]]), repoOf: new Map(), requests: { requests: 1, notModified: 0, maxRequests: 300 } };

    await savePendingCursors(store, pending, new Set(), undefined, new Map([[UPSTREAM, { tags: new Set(["v600.0.0", "v601.0.0"]), events: new Set<string>() }]]), (line) => log.push(line));

    expect((await loadWatchCursor(store, UPSTREAM))?.redeliver).toEqual([...tagsFrom(3, 98), "v600.0.0", "v601.0.0"]);
    expect(log).toEqual([`${UPSTREAM}: not delivered again (more than 100 releases were waiting to be delivered again; the oldest 2 dropped, replay their upstream.release events to run them): v1.0.0, v2.0.0.`]);
    expect(pending.reports[0]?.message).toContain("v1.0.0, v2.0.0");
  });
});
