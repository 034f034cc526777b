import { describe, expect, it } from "vitest";
import type { ArtifactStateStore } from "../../src/state/artifact-store.js";
import { artifactWorld, REPOSITORY, runIds } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

const RUNS = 4;
const EVENTS_EACH = 25;
const SHARED = "evt-shared";

/** One workflow run: open (as dispatch does), save its events and one run on the shared event. */
async function dispatchRun(store: ArtifactStateStore, runId: number): Promise<void> {
  for (let index = 0; index < EVENTS_EACH; index++) {
    const eventId = `evt-${runId}-${index}`;
    expect(await store.loadEvent(eventId)).toBeUndefined();
    await store.saveEvent(makeRecord(eventId, [`run_${runId}_${index}`]));
  }
  await store.saveEvent(makeRecord(SHARED, [`run_shared_${runId}`]));
}

describe("ArtifactStateStore with concurrent runs", () => {
  it("loses nothing when four runs flush at once, two of them writing snapshots, and again in a second wave", async () => {
    const world = await artifactWorld();
    const wave = async (firstRunId: number, compactAfter: (index: number) => number): Promise<void> => {
      const runs = Array.from({ length: RUNS }, (_, index) => firstRunId + index);
      const stores = runs.map((runId, index) => world.store(runId, { compactAfter: compactAfter(index) }));
      await Promise.all(stores.map((store) => store.loadEvent(SHARED))); // every run reads before any writes
      await Promise.all(stores.map((store, index) => dispatchRun(store, runs[index]!)));
      await Promise.all(stores.map((store) => store.flush()));
    };

    await wave(401, (index) => (index % 2 === 0 ? 0 : 20));
    const kinds = world.results.uploads.map((upload) => upload.name.split("-")[2]);
    expect(kinds.filter((kind) => kind === "delta")).toHaveLength(RUNS);
    expect(kinds.filter((kind) => kind === "snapshot")).toHaveLength(2);
    let reader = world.store(450);
    expect(await reader.listEvents()).toHaveLength(RUNS * EVENTS_EACH + 1);
    expect(runIds(await reader.loadEvent(SHARED))).toEqual([401, 402, 403, 404].map((r) => `run_shared_${r}`));

    // Wave two starts from wave one's snapshots; all four write a snapshot at the same time.
    await wave(501, () => 0);
    expect(world.results.uploads.filter((upload) => upload.name.includes("-snapshot-"))).toHaveLength(6);
    reader = world.store(550);
    expect(await reader.listEvents()).toHaveLength(2 * RUNS * EVENTS_EACH + 1);
    expect(runIds(await reader.loadEvent(SHARED))).toEqual(
      [401, 402, 403, 404, 501, 502, 503, 504].map((r) => `run_shared_${r}`),
    );
    expect(reader.problems).toEqual([]);

    // Each run uploaded with its own runtime token, and GitHub filed the artifact under that run.
    for (const artifact of world.github.github.artifacts.list(REPOSITORY)) {
      expect(artifact.name).toMatch(new RegExp(`^flows-state-(delta|snapshot)-${artifact.workflow_run?.id}-1-`));
    }
    world.assertNoViolations();
  });
});
