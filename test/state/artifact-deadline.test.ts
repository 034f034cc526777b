// A results service or GitHub front end that accepts connections and never answers held the
// job: @actions/artifact retries such an upload for about 16 minutes and cannot be stopped.
// Each upload, download and listing page of the artifact store now has a time limit
// (transferTimeoutMs; 5 minutes by default), past which it fails as a failed one does.
import { describe, expect, it, onTestFinished } from "vitest";
import { abandonedWorkLeft } from "../../src/abandoned-work.js";
import { describeDuration } from "../../src/deadline.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { timedUnderLoad } from "../helpers/stalls.js";
import { startSilentServer } from "../support/silent-server.js";
import { artifactWorld, REPOSITORY, runIds, stateZip } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

// The limit must be short next to the defect (an upload retried for about 16 minutes, a download
// or listing waiting for ever) and long next to the same work against a service that answers, or
// the working part runs out first (a listing before the download that should; the upload before
// it reached the service). On a busy machine that work took past 0.4 s: the limit is measured in
// each test, as five times what the same work took there against the working service, and at
// least 1.5 s (a measure taken between two stalls is short, and the next listing was not).
const FLOOR_MS = 1_500;
// Each wait is bounded in the time this process could run (its stalls left out,
// test/helpers/stalls.ts): the service is in this process too.

async function limitFor(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.max(FLOOR_MS, Math.ceil((5 * (performance.now() - started)) / 100) * 100);
}

/** The limit as messages give it, for a regular expression. */
const shown = (ms: number): string => describeDuration(ms).replace(".", "\\.");

describe("the artifact store and a service that never answers", () => {
  it("fails a flush whose upload is not done in time with StateNotSavedError, keeps the records, and saves them on the next flush", async () => {
    const world = await artifactWorld();
    const silent = await startSilentServer();
    const LIMIT_MS = await limitFor(async () => {
      const calibration = world.store(900);
      await calibration.saveEvent(makeRecord("evt-0", ["run_0"]));
      await calibration.flush();
    });
    const stuck = world.results.artifactClient({ runId: 901 }, { ACTIONS_RESULTS_URL: silent.url });
    const working = world.results.artifactClient({ runId: 901 });
    let client = stuck;
    const store = world.store(901, {
      transferTimeoutMs: LIMIT_MS,
      artifactClient: { uploadArtifact: (...args) => client.uploadArtifact(...args) },
    });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    const { value: failure, ms } = await timedUnderLoad(() => store.flush().catch((error: unknown) => error));
    expect(ms).toBeLessThan(LIMIT_MS + 4_600);
    expect(silent.accepted).toBeGreaterThan(0);
    expect(failure).toMatchObject({ name: "StateNotSavedError", eventIds: ["evt-1"] });
    expect((failure as Error).cause).toMatchObject({ kind: "timeout" });
    expect((failure as Error).message).toMatch(new RegExp(`NOT saved.*did not finish the upload within ${shown(LIMIT_MS)}.*run the job again later`, "s"));
    // The stuck upload cannot be stopped: it is left to fail on its own, and the action's entry
    // does not wait for it (src/action-entry.ts).
    expect(abandonedWorkLeft()).toBeGreaterThan(0);
    expect(await store.loadEvent("evt-1")).toBeDefined();

    client = working;
    await store.flush();
    expect(runIds(await world.store(902).loadEvent("evt-1"))).toEqual(["run_a"]);
    world.assertNoViolations();
  });

  it("fails a read whose download is not done in time, changing nothing, and closes the connection", async () => {
    const world = await artifactWorld();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-90-1-a",
      zip: stateZip("delta", [makeRecord("evt-1", ["run_a"])]),
      runId: 90,
    });
    const silent = await startSilentServer();
    const LIMIT_MS = await limitFor(() => world.store(902).loadEvent("evt-1"));
    // Blob storage, where GitHub redirects a download, that never answers.
    const storage: typeof fetch = (_, init) => fetch(silent.url, init);
    const store = world.store(903, { transferTimeoutMs: LIMIT_MS, fetch: storage });

    const { value: failure, ms } = await timedUnderLoad(() => store.loadEvent("evt-1").catch((error: unknown) => error));
    expect(ms).toBeLessThan(LIMIT_MS + 4_600);
    expect(failure).toMatchObject({ name: "ArtifactStateError", kind: "timeout" });
    expect((failure as Error).message).toMatch(new RegExp(`cannot download the artifact flows-state-delta-90-1-a of octo-org/tool: GitHub did not finish within ${shown(LIMIT_MS)}.*Nothing was changed`));
    // A download takes a signal: it is stopped, its connection closed, not left waiting.
    await expect.poll(() => silent.closed).toBeGreaterThan(0);

    // Tried afresh on the next call.
    const working = world.store(904, { transferTimeoutMs: LIMIT_MS });
    expect(runIds(await working.loadEvent("evt-1"))).toEqual(["run_a"]);
  });

  it("fails a read whose artifact listing is not answered in time", async () => {
    const world = await artifactWorld();
    const silent = await startSilentServer();
    const LIMIT_MS = await limitFor(() => world.store(904).loadEvent("evt-1"));
    const store = world.store(905, { transferTimeoutMs: LIMIT_MS, apiUrl: silent.url });
    const { value: failure, ms } = await timedUnderLoad(() => store.loadEvent("evt-1").catch((error: unknown) => error));
    expect(ms).toBeLessThan(LIMIT_MS + 4_600);
    expect(failure).toMatchObject({ name: "ArtifactStateError", kind: "timeout" });
    expect((failure as Error).message).toMatch(new RegExp(`cannot list the workflow artifacts of octo-org/tool: GitHub did not finish within ${shown(LIMIT_MS)}`));
  });

  it("takes a limit longer than a timer can wait (FLOWS_ARTIFACT_TIMEOUT_SECONDS of a year) as no limit, not as one that ends every transfer at once", async () => {
    const world = await artifactWorld();
    onTestFinished(setProcessEnv({ FLOWS_ARTIFACT_TIMEOUT_SECONDS: String(365 * 86_400) }));
    const warnings: string[] = [];
    const warned = (warning: Error): void => {
      warnings.push(`${warning.name}: ${warning.message}`);
    };
    process.on("warning", warned);
    onTestFinished(() => {
      process.off("warning", warned);
    });

    const writer = world.store(906);
    await writer.saveEvent(makeRecord("evt-1", ["run_a"]));
    await writer.flush();
    expect(runIds(await world.store(907).loadEvent("evt-1"))).toEqual(["run_a"]);
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((warning) => /TimeoutOverflow/.test(warning))).toEqual([]);
    world.assertNoViolations();
  });

  it.each(["0", "-5", "soon", "NaN"])("refuses FLOWS_ARTIFACT_TIMEOUT_SECONDS=%s with a message naming it, before any transfer", async (value) => {
    const world = await artifactWorld();
    onTestFinished(setProcessEnv({ FLOWS_ARTIFACT_TIMEOUT_SECONDS: value }));
    expect(() => world.store(908)).toThrow(
      expect.objectContaining({
        name: "UserError",
        message: expect.stringMatching(/^FLOWS_ARTIFACT_TIMEOUT_SECONDS must be a number of seconds above 0 .*, got "[^"]+"; set it so, or unset it for the default of 5 minutes\.$/),
      }),
    );
    expect(world.count("actions/list-artifacts-for-repo")).toBe(0);
  });

  it("takes a blank FLOWS_ARTIFACT_TIMEOUT_SECONDS as unset", async () => {
    const world = await artifactWorld();
    onTestFinished(setProcessEnv({ FLOWS_ARTIFACT_TIMEOUT_SECONDS: " " }));
    const writer = world.store(909);
    await writer.saveEvent(makeRecord("evt-1", ["run_a"]));
    await writer.flush();
    expect(runIds(await world.store(910).loadEvent("evt-1"))).toEqual(["run_a"]);
  });
});
