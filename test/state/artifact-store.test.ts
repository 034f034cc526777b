import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ArtifactStateError } from "../../src/state/artifact-errors.js";
import { STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import { readZipEntry } from "../../src/zip-entry.js";

const ZIP_LIMITS = { maxBytes: 1 << 30 };
import { artifactWorld, REPOSITORY, runIds } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

type SnapshotText = { includes: string[]; coversThrough: string; records: unknown[] };

function snapshotOf(bytes: Uint8Array): SnapshotText {
  return JSON.parse(readZipEntry(bytes, STATE_FILE_NAME, ZIP_LIMITS).toString("utf8")) as SnapshotText;
}

describe("ArtifactStateStore", () => {
  it("uploads saved records as one delta at flush, and a fresh store in the next run finds them", async () => {
    const world = await artifactWorld();
    const run1 = world.store(101);
    expect(await run1.loadEvent("evt-1")).toBeUndefined();
    await run1.saveEvent(makeRecord("evt-1", ["run_a"]));
    await run1.saveEvent(makeRecord("evt-2", ["run_b"], { type: "upstream.push" }));
    expect(await run1.loadEvent("evt-1")).toEqual(makeRecord("evt-1", ["run_a"]));
    expect(world.results.uploads).toHaveLength(0);
    await run1.flush();

    const [delta] = world.results.uploads;
    expect(world.results.uploads).toHaveLength(1);
    expect(delta?.name).toMatch(/^flows-state-delta-101-1-/);
    const listed = world.github.github.artifacts.list(REPOSITORY);
    expect(listed.map((artifact) => [artifact.name, artifact.workflow_run?.id])).toEqual([[delta?.name, 101]]);

    const run2 = world.store(102);
    expect(await run2.loadEvent("evt-1")).toEqual(makeRecord("evt-1", ["run_a"]));
    expect((await run2.listEvents({ type: "upstream.push" })).map((record) => record.event.id)).toEqual(["evt-2"]);
    expect(run2.problems).toEqual([]);
    world.assertNoViolations();
  });

  it("tells debug about each API call, upload and download (RUNNER_DEBUG lines in the action)", async () => {
    const world = await artifactWorld();
    const lines: string[] = [];
    const debug = (line: string): void => void lines.push(line);
    const run1 = world.store(121, { debug });
    await run1.saveEvent(makeRecord("evt-debug", ["run_a"]));
    await run1.flush();
    expect(lines).toContainEqual(expect.stringMatching(/^GitHub API GET \S*\/repos\/octo-org\/tool\/actions\/artifacts\?per_page=100 → 200$/));
    expect(lines).toContainEqual(expect.stringMatching(/^artifact upload flows-state-delta-121-1-\S+: \d+ characters of records, \d+ bytes zipped$/));

    lines.length = 0;
    expect(runIds(await world.store(122, { debug }).loadEvent("evt-debug"))).toEqual(["run_a"]);
    expect(lines).toContainEqual(expect.stringMatching(/^GitHub API GET \S*\/repos\/octo-org\/tool\/actions\/artifacts\/\d+\/zip → \d+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^artifact download flows-state-delta-121-1-\S+ \(id \d+\) → \d+ bytes$/));
    world.assertNoViolations();
  });

  it("finds a redelivered event in a later run and keeps the runs of both deliveries", async () => {
    const world = await artifactWorld();
    const run1 = world.store(111);
    await run1.saveEvent(makeRecord("evt-release", ["run_a"]));
    await run1.flush();

    const run2 = world.store(112);
    const seen = await run2.loadEvent("evt-release");
    expect(runIds(seen)).toEqual(["run_a"]);
    await run2.saveEvent({ ...makeRecord("evt-release", ["run_b"]), dispatchCount: 2 });
    await run2.flush();

    const run3 = world.store(113);
    const record = await run3.loadEvent("evt-release");
    expect(runIds(record)).toEqual(["run_a", "run_b"]);
    expect(record?.dispatchCount).toBe(2);
    world.assertNoViolations();
  });

  it("reads once per process: thirty loads and a listing cost one artifact listing and one download", async () => {
    const world = await artifactWorld();
    const writer = world.store(121);
    for (let index = 0; index < 30; index++) await writer.saveEvent(makeRecord(`evt-${index}`, [`run_${index}`]));
    await writer.flush();

    const reader = world.store(122);
    const lists = world.count("actions/list-artifacts-for-repo");
    const downloads = world.count("actions/download-artifact");
    await Promise.all(Array.from({ length: 15 }, (_, index) => reader.loadEvent(`evt-${index}`)));
    for (let index = 15; index < 30; index++) expect(await reader.loadEvent(`evt-${index}`)).toBeDefined();
    expect(await reader.listEvents()).toHaveLength(30);

    expect(world.count("actions/list-artifacts-for-repo") - lists).toBe(1);
    expect(world.count("actions/download-artifact") - downloads).toBe(1);
    expect(reader.stats).toMatchObject({ reads: 1, listRequests: 1, downloads: 1 });
    world.assertNoViolations();
  });

  it("writes a snapshot once deltas pile up, and later readers download only the newest snapshot and newer deltas", async () => {
    const world = await artifactWorld();
    const writeRun = async (runId: number): Promise<void> => {
      const store = world.store(runId, { compactAfter: 2 });
      expect(await store.loadEvent(`evt-${runId}`)).toBeUndefined();
      await store.saveEvent(makeRecord(`evt-${runId}`, [`run_${runId}`]));
      await store.flush();
    };
    for (const runId of [201, 202, 203]) await writeRun(runId);
    const kinds = () => world.results.uploads.map((upload) => upload.name.split("-")[2]);
    expect(kinds()).toEqual(["delta", "delta", "delta", "snapshot"]);
    const first = world.results.uploads[3];
    expect(snapshotOf(first?.bytes ?? new Uint8Array()).includes.sort()).toEqual(
      world.results.uploads
        .slice(0, 3)
        .map((upload) => upload.name)
        .sort(),
    );

    await writeRun(204);
    expect(kinds()).toEqual(["delta", "delta", "delta", "snapshot", "delta"]);
    const reader = world.store(205);
    const before = world.github.requestsFor("actions/download-artifact").length;
    const ids = (await reader.listEvents()).map((record) => record.event.id).sort();
    expect(ids).toEqual(["evt-201", "evt-202", "evt-203", "evt-204"]);
    const downloaded = world.github
      .requestsFor("actions/download-artifact")
      .slice(before)
      .map((request) => request.path);
    expect(downloaded.sort()).toEqual(
      [first?.id, world.results.uploads[4]?.id].map((id) => `/repos/${REPOSITORY}/actions/artifacts/${id}/zip`).sort(),
    );

    // A second snapshot builds on the first: a reader then needs that one artifact only.
    for (const runId of [205, 206]) await writeRun(runId);
    expect(kinds().slice(5)).toEqual(["delta", "delta", "snapshot"]);
    const last = world.store(207);
    expect((await last.listEvents()).map((record) => record.event.id).sort()).toEqual(
      [201, 202, 203, 204, 205, 206].map((runId) => `evt-${runId}`),
    );
    expect(last.stats.downloads).toBe(1);
    world.assertNoViolations();
  });

  it("does not lose a delta another run uploads while a snapshot is being written", async () => {
    const world = await artifactWorld();
    const upload = world.results.artifactClient({ runId: 301 });
    let whileSnapshotting: (() => Promise<void>) | undefined;
    const slowSnapshots = world.store(301, {
      compactAfter: 0,
      artifactClient: {
        async uploadArtifact(name, files, root, options) {
          const interleave = name.startsWith("flows-state-snapshot-") ? whileSnapshotting : undefined;
          if (interleave) whileSnapshotting = undefined;
          await interleave?.();
          return upload.uploadArtifact(name, files, root, options);
        },
      },
    });
    const other = world.store(302, { compactAfter: 0 });
    await slowSnapshots.loadEvent("evt-a");
    await other.loadEvent("evt-b");
    await slowSnapshots.saveEvent(makeRecord("evt-a", ["run_a"]));
    await other.saveEvent(makeRecord("evt-b", ["run_b"]));
    // Run 301 has listed for its snapshot; run 302 uploads its delta and snapshot before 301's lands,
    // a second earlier (GitHub's times have whole seconds), so that delta is older than the newest snapshot.
    whileSnapshotting = async () => {
      await other.flush();
      await sleep(1_100);
    };
    await slowSnapshots.flush();

    const names = world.results.uploads.map((u) => u.name.replace(/-[0-9a-z]+$/, ""));
    expect(names).toEqual([
      "flows-state-delta-301-1",
      "flows-state-delta-302-1",
      "flows-state-snapshot-302-1",
      "flows-state-snapshot-301-1",
    ]);
    const newest = snapshotOf(world.results.uploads[3]?.bytes ?? new Uint8Array());
    expect(newest.includes).toEqual([world.results.uploads[0]?.name]);

    const reader = world.store(303);
    expect(runIds(await reader.loadEvent("evt-a"))).toEqual(["run_a"]);
    expect(runIds(await reader.loadEvent("evt-b"))).toEqual(["run_b"]);
    expect(reader.stats.downloads).toBe(2); // the newest snapshot and run 302's delta
    world.assertNoViolations();
  });

  it("fails with an error naming `actions: read` when GitHub refuses to list artifacts, and tries again on the next call", async () => {
    const world = await artifactWorld();
    // A handler rather than failNext: the refusal holds however often the client retries.
    const list = world.github.github.artifacts.handlers()["actions/list-artifacts-for-repo"]!;
    let refuse = true;
    world.github.handle("actions/list-artifacts-for-repo", (request) =>
      refuse
        ? {
            status: 403,
            body: {
              message: "Resource not accessible by integration",
              documentation_url: "https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository",
              status: "403",
            },
          }
        : list(request),
    );
    const store = world.store(501);
    const failure = await store.loadEvent("evt-1").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArtifactStateError);
    expect(failure).toMatchObject({ kind: "permission", status: 403 });
    expect(String((failure as Error).message)).toMatch(/`actions: read`.*permissions: \{ actions: read \}/s);
    expect(String((failure as Error).message)).toContain(REPOSITORY);

    refuse = false;
    expect(await store.loadEvent("evt-1")).toBeUndefined();
    world.assertNoViolations();
  });

  it("asks GitHub to keep state artifacts for retentionDays", async () => {
    const world = await artifactWorld();
    const store = world.store(701, { retentionDays: 5, compactAfter: 0 });
    await store.loadEvent("evt-1");
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();

    expect(world.results.uploads).toHaveLength(2);
    for (const upload of world.results.uploads) {
      const days = (Date.parse(upload.expiresAt ?? "") - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(4.99);
      expect(days).toBeLessThan(5.01);
    }
    world.assertNoViolations();
  });

  it("logs a snapshot it cannot upload as nothing lost, since the delta holding the records is uploaded", async () => {
    const world = await artifactWorld();
    const client = world.results.artifactClient({ runId: 811 });
    const logged: string[] = [];
    const store = world.store(811, {
      compactAfter: 0,
      log: (message) => logged.push(message),
      artifactClient: {
        uploadArtifact: (name, ...rest) =>
          name.includes("snapshot") ? Promise.reject(new Error("connection reset")) : client.uploadArtifact(name, ...rest),
      },
    });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();

    expect(logged).toEqual([expect.stringMatching(/could not write a snapshot \(cannot upload the state artifact flows-state-snapshot-.*connection reset.*\); nothing is lost/)]);
    expect(logged[0]).not.toMatch(/not saved/);
    expect(runIds(await world.store(812).loadEvent("evt-1"))).toEqual(["run_a"]);
    world.assertNoViolations();
  });

  it("fails a flush it cannot upload with a sentence about the runtime token, keeping the records for the next flush", async () => {
    const world = await artifactWorld();
    const broken = world.results.artifactClient({ runId: 801 }, { ACTIONS_RUNTIME_TOKEN: undefined });
    const working = world.results.artifactClient({ runId: 801 });
    let client = broken;
    const store = world.store(801, { artifactClient: { uploadArtifact: (...args) => client.uploadArtifact(...args) } });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    const failure = await store.flush().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "StateNotSavedError", eventIds: ["evt-1"] });
    expect((failure as Error).cause).toMatchObject({ kind: "upload" });
    expect(String((failure as Error).message)).toMatch(/ACTIONS_RUNTIME_TOKEN.*JavaScript actions/s);
    expect(await store.loadEvent("evt-1")).toBeDefined();

    client = working;
    await store.flush();
    expect(runIds(await world.store(802).loadEvent("evt-1"))).toEqual(["run_a"]);
    world.assertNoViolations();
  });
});
