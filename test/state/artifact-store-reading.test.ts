import { describe, expect, it } from "vitest";
import { StateRecordError } from "../../src/state/layout.js";
import type { ApiRequest, ApiResponse } from "../support/github-api/index.js";
import { artifactWorld, hoursAgo, REPOSITORY, runIds, stateZip, zipOf } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

describe("ArtifactStateStore reading history", () => {
  it("records a corrupt artifact as a problem under its name, skips it, and reads the others", async () => {
    const world = await artifactWorld();
    const writer = world.store(101);
    await writer.saveEvent(makeRecord("evt-good", ["run_a"]));
    await writer.flush();
    const add = (name: string, zip: Uint8Array) =>
      world.github.github.artifacts.add(REPOSITORY, { name, zip, runId: 99 });
    add("flows-state-delta-99-1-garbage", new Uint8Array([0x50, 0x4b, 1, 2, 3, 4, 5, 6]));
    add("flows-state-delta-99-1-halfwritten", zipOf({ "flows-state.json": '{"format":"flows-state-artifact","rec' }));
    add(
      "flows-state-delta-99-1-partial",
      stateZip("delta", [makeRecord("evt-partial", ["run_p"]), { formatVersion: 1, event: { id: 7 } }]),
    );
    add("flows-state-snapshot-99-1-broken", zipOf({ "other.txt": "not state" }));

    const reader = world.store(102);
    expect(runIds(await reader.loadEvent("evt-good"))).toEqual(["run_a"]);
    expect(runIds(await reader.loadEvent("evt-partial"))).toEqual(["run_p"]);
    expect(reader.problems.map((problem) => problem.path).sort()).toEqual([
      "flows-state-delta-99-1-garbage",
      "flows-state-delta-99-1-halfwritten",
      "flows-state-delta-99-1-partial: records[1]",
      "flows-state-snapshot-99-1-broken",
    ]);
    const message = (path: string) => reader.problems.find((problem) => problem.path === path)?.message;
    expect(message("flows-state-delta-99-1-garbage")).toMatch(/not a zip archive.*skipped/);
    expect(message("flows-state-delta-99-1-halfwritten")).toMatch(/not valid JSON/);
    expect(message("flows-state-delta-99-1-partial: records[1]")).toMatch(/runs is missing/);
    expect(message("flows-state-snapshot-99-1-broken")).toMatch(/no file named flows-state.json/);
    world.assertNoViolations();
  });

  it("falls back to the snapshot before a corrupt newest one", async () => {
    const world = await artifactWorld();
    const writer = world.store(111, { compactAfter: 0 });
    await writer.loadEvent("evt-1");
    await writer.saveEvent(makeRecord("evt-1", ["run_a"]));
    await writer.flush();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-snapshot-112-1-damaged",
      zip: stateZip("snapshot", [], { coversThrough: "yesterday", includes: [] }),
    });

    const reader = world.store(113);
    expect(runIds(await reader.loadEvent("evt-1"))).toEqual(["run_a"]);
    expect(reader.problems).toEqual([
      { path: "flows-state-snapshot-112-1-damaged", message: "coversThrough must be an ISO time; artifact skipped" },
    ]);
    world.assertNoViolations();
  });

  it("skips a snapshot that claims to cover a listing made after it was created (a clock ahead, or forged), and applies the deltas it would hide", async () => {
    const world = await artifactWorld();
    const writer = world.store(114);
    await writer.saveEvent(makeRecord("evt-1", ["run_a"]));
    await writer.flush();
    // Holds nothing, names no delta, and says it was built from a listing made in 2099: taken as
    // the newest snapshot, every delta created before 2099 would read as held by it.
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-snapshot-115-1-ahead",
      zip: stateZip("snapshot", [], { coversThrough: "2099-01-01T00:00:00Z", includes: [] }),
      runId: 115,
    });

    const reader = world.store(116, { compactAfter: 0 });
    expect(runIds(await reader.loadEvent("evt-1"))).toEqual(["run_a"]);
    expect(reader.problems).toEqual([
      {
        path: "flows-state-snapshot-115-1-ahead",
        message: expect.stringMatching(
          /^it says it holds what was listed at 2099-01-01T00:00:00Z, after it was created \(.*\): a writer's clock was ahead, or the file was changed, so it cannot be trusted to hold the deltas before then; artifact skipped$/,
        ),
      },
    ]);
    // The snapshot this run writes holds the record.
    await reader.saveEvent(makeRecord("evt-2", ["run_b"]));
    await reader.flush();
    expect(runIds(await world.store(117).loadEvent("evt-1"))).toEqual(["run_a"]);
    world.assertNoViolations();
  });

  it("skips an artifact listed as bigger than a state file may be, without downloading it, and reads the others", async () => {
    const world = await artifactWorld();
    const writer = world.store(121);
    await writer.saveEvent(makeRecord("evt-good", ["run_a"]));
    await writer.flush();
    const huge = stateZip("delta", [{ ...makeRecord("evt-huge", ["run_h"]), note: "x".repeat(20_000) }]);
    world.github.github.artifacts.add(REPOSITORY, { name: "flows-state-delta-122-1-huge", zip: huge, runId: 122 });

    const reader = world.store(123, { maxStateFileBytes: 10_000 });
    expect(runIds(await reader.loadEvent("evt-good"))).toEqual(["run_a"]);
    expect(await reader.loadEvent("evt-huge")).toBeUndefined();

    expect(reader.problems).toEqual([
      {
        path: "flows-state-delta-122-1-huge",
        message: `it is ${huge.byteLength} bytes, over the 10000 bytes a state artifact may be, so it was not downloaded; artifact skipped`,
      },
    ]);
    expect(reader.stats.downloads).toBe(1); // the good delta only
    world.assertNoViolations();
  });

  it("stops downloading an artifact whose bytes run past what a state file may be, whatever the listing said", async () => {
    const world = await artifactWorld();
    const writer = world.store(131);
    await writer.saveEvent(makeRecord("evt-good", ["run_a"]));
    await writer.flush();
    const liar = world.github.github.artifacts.add(REPOSITORY, { name: "flows-state-delta-132-1-liar", zip: stateZip("delta", []), runId: 132 });
    let sent = 0;
    // Blob storage that sends the liar's zip as 64 KiB chunks without end, whatever the listing said.
    const storage: typeof fetch = async (input, init) => {
      if (!String(input).includes(`artifact-${liar.id}.zip`)) return fetch(input, init);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 65_536;
          controller.enqueue(new Uint8Array(65_536));
        },
      });
      return new Response(body, { headers: { "content-type": "application/zip" } });
    };

    const reader = world.store(133, { maxStateFileBytes: 100_000, fetch: storage });
    expect(runIds(await reader.loadEvent("evt-good"))).toEqual(["run_a"]);

    expect(reader.problems).toEqual([
      {
        path: "flows-state-delta-132-1-liar",
        message: "its download ran past the 100000 bytes a state artifact may be, so it was stopped; artifact skipped",
      },
    ]);
    expect(sent).toBeLessThan(1_000_000);
    world.assertNoViolations();
  });

  it("stops listing at the snapshot's coverage and never downloads the deltas it holds", async () => {
    const world = await artifactWorld();
    for (let index = 0; index < 200; index++) {
      world.github.github.artifacts.add(REPOSITORY, {
        name: `coverage-${index}`,
        zip: zipOf({ "a.txt": "x" }),
        createdAt: hoursAgo(48),
      });
    }
    for (let index = 0; index < 40; index++) {
      world.github.github.artifacts.add(REPOSITORY, {
        name: `flows-state-delta-5-1-old${index}`,
        zip: stateZip("delta", [makeRecord(`evt-old-${index}`, [`run_${index}`])]),
        createdAt: hoursAgo(47),
      });
    }
    const writer = world.store(601, { compactAfter: 0 });
    expect(await writer.loadEvent("evt-old-7")).toBeDefined();
    expect(writer.stats).toMatchObject({ listRequests: 3, downloads: 40 });
    await writer.saveEvent(makeRecord("evt-new", ["run_new"]));
    await writer.flush();

    const reader = world.store(602);
    expect(await reader.listEvents()).toHaveLength(41);
    // Page 1 holds the snapshot and reaches artifacts older than its coverage: no page 2.
    expect(reader.stats).toMatchObject({ listRequests: 1, downloads: 1 });
    world.assertNoViolations();
  });

  it("reports a delta that expired before any snapshot held it as forgotten, and reads the rest", async () => {
    const world = await artifactWorld();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-7-1-old",
      zip: stateZip("delta", [makeRecord("evt-old", ["run_o"])]),
      expired: true,
      createdAt: hoursAgo(24 * 91),
    });
    const writer = world.store(121);
    await writer.saveEvent(makeRecord("evt-new", ["run_n"]));
    await writer.flush();

    const reader = world.store(122);
    expect(await reader.loadEvent("evt-old")).toBeUndefined();
    expect(await reader.loadEvent("evt-new")).toBeDefined();
    expect(reader.problems).toEqual([
      {
        path: "flows-state-delta-7-1-old",
        message: expect.stringMatching(/^expired on .* records it held are forgotten \(artifact retention\)$/),
      },
    ]);
    expect(reader.stats.downloads).toBe(1);
    world.assertNoViolations();
  });

  it("writes a snapshot when what it read is past half its retention, though few deltas piled up", async () => {
    const world = await artifactWorld();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-8-1-aging",
      zip: stateZip("delta", [makeRecord("evt-aging", ["run_o"])]),
      createdAt: hoursAgo(24 * 50), // the fake keeps artifacts 90 days
    });
    const store = world.store(131);
    expect(await store.loadEvent("evt-aging")).toBeDefined();
    await store.flush();

    expect(world.results.uploads.map((upload) => upload.name)).toEqual([
      expect.stringMatching(/^flows-state-snapshot-131-1-/),
    ]);
    const reader = world.store(132);
    expect(await reader.loadEvent("evt-aging")).toBeDefined();
    expect(reader.stats.downloads).toBe(1);
    world.assertNoViolations();
  });

  it("ignores state artifacts uploaded by runs for pull requests from forks", async () => {
    const world = await artifactWorld();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-66-1-fork",
      zip: stateZip("delta", [makeRecord("evt-forged", ["run_f"])]),
    });
    const list = world.github.github.artifacts.handlers()["actions/list-artifacts-for-repo"]!;
    world.github.handle("actions/list-artifacts-for-repo", async (request: ApiRequest): Promise<ApiResponse> => {
      const response = await list(request);
      const body = response.body as {
        artifacts: Array<{ name: string; workflow_run: { head_repository_id: number } }>;
      };
      for (const artifact of body.artifacts) {
        if (artifact.name.endsWith("-fork")) artifact.workflow_run.head_repository_id = 987_654;
      }
      return response;
    });

    const store = world.store(141);
    expect(await store.loadEvent("evt-forged")).toBeUndefined();
    expect(store.stats.downloads).toBe(0);
    world.assertNoViolations();
  });

  it("refuses an event whose record a newer flows-action wrote, instead of running it again, and writes no snapshot that would drop it", async () => {
    const world = await artifactWorld();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-99-1-newer",
      zip: stateZip("delta", [{ ...makeRecord("evt-newer", ["run_n"]), formatVersion: 2 }, makeRecord("evt-old", ["run_o"])]),
      runId: 99,
    });
    const logs: string[] = [];
    const reader = world.store(102, { compactAfter: 0, log: (line) => logs.push(line) });

    await expect(reader.loadEvent("evt-newer")).rejects.toThrow(StateRecordError);
    await expect(reader.loadEvent("evt-newer")).rejects.toThrow(/format 2 is newer .* upgrade flows-action/);
    expect(runIds(await reader.loadEvent("evt-old"))).toEqual(["run_o"]);
    expect(reader.problems).toEqual([
      {
        path: "flows-state-delta-99-1-newer: records[0]",
        message: expect.stringMatching(/upgrade flows-action; its event "evt-newer" is refused until then/),
      },
    ]);
    await reader.saveEvent(makeRecord("evt-old", ["run_p"]));
    await reader.flush();
    expect(logs.join("\n")).toMatch(/could not write a snapshot \(1 event record\(s\) are in a newer format; upgrade flows-action\); nothing is lost/);
    expect(world.github.github.artifacts.list(REPOSITORY).map((artifact) => artifact.name).filter((name) => name.includes("snapshot"))).toEqual([]);
    world.assertNoViolations();
  });
  it("refuses every event while an artifact's whole state file is in a newer format, and writes no snapshot that would drop it", async () => {
    const world = await artifactWorld();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-99-1-newfile",
      zip: stateZip("delta", [makeRecord("evt-done", ["run_d"])], { formatVersion: 2 }),
      runId: 99,
    });
    const logs: string[] = [];
    const reader = world.store(103, { compactAfter: 0, log: (line) => logs.push(line) });

    // Which events it holds cannot be known here: any of them would run a second time.
    await expect(reader.loadEvent("evt-done")).rejects.toThrow(StateRecordError);
    await expect(reader.loadEvent("evt-other")).rejects.toThrow(/state file format 2 is newer .* upgrade flows-action/);
    expect(reader.problems).toEqual([
      { path: "flows-state-delta-99-1-newfile", message: expect.stringMatching(/upgrade flows-action; no event is run until then/) },
    ]);
    await reader.saveEvent(makeRecord("evt-other", ["run_x"]));
    await reader.flush();
    expect(logs.join("\n")).toMatch(/could not write a snapshot \(1 state artifact\(s\) are in a newer format; upgrade flows-action\)/);
    expect(world.github.github.artifacts.list(REPOSITORY).map((artifact) => artifact.name).filter((name) => name.includes("snapshot"))).toEqual([]);
    world.assertNoViolations();
  });

  it.each([
    ["no format version", undefined],
    ["a format version that is no number", "2"],
    ["a format version that is no whole number above 0", 0.5],
  ])("skips a state file with %s as damaged, reporting it, instead of refusing every event as if a newer flows-action wrote it", async (_, formatVersion) => {
    const world = await artifactWorld();
    const writer = world.store(104);
    await writer.saveEvent(makeRecord("evt-good", ["run_g"]));
    await writer.flush();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-99-1-damaged",
      zip: stateZip("delta", [makeRecord("evt-damaged", ["run_d"])], { formatVersion }),
      runId: 99,
    });

    const reader = world.store(105);
    expect(runIds(await reader.loadEvent("evt-good"))).toEqual(["run_g"]);
    expect(await reader.loadEvent("evt-other")).toBeUndefined();
    expect(reader.problems).toEqual([
      {
        path: "flows-state-delta-99-1-damaged",
        message: `formatVersion must be a whole number above 0 (got ${formatVersion === undefined ? "nothing" : JSON.stringify(formatVersion)}); artifact skipped`,
      },
    ]);
    world.assertNoViolations();
  });
});
