import { describe, expect, it } from "vitest";
import { createStateStore } from "../../src/state/index.js";
import { artifactWorld, REPOSITORY, runIds } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

describe('createStateStore({ kind: "artifact" })', () => {
  it("names the workflow values it needs when artifact options are missing", async () => {
    await expect(createStateStore({ kind: "artifact" })).rejects.toThrow(
      /needs artifact options: token, repository, apiUrl, runId and runAttempt \(GITHUB_TOKEN, GITHUB_REPOSITORY/,
    );
    await expect(
      createStateStore({
        kind: "artifact",
        artifact: { token: "t", repository: "no-slash", apiUrl: "http://127.0.0.1:9", runId: 1, runAttempt: 1 },
      }),
    ).rejects.toThrow(/repository as "owner\/repo" \(GITHUB_REPOSITORY\), got "no-slash"/);
  });

  it("opens an artifact store that round-trips a record between two runs", async () => {
    const world = await artifactWorld();
    const options = (runId: number) => ({
      token: "ghs_workflow_token",
      repository: REPOSITORY,
      apiUrl: world.github.url,
      runId,
      runAttempt: 2,
      artifactClient: world.results.artifactClient({ runId }),
    });
    const writer = await createStateStore({ kind: "artifact", artifact: options(11) });
    expect(writer.kind).toBe("artifact");
    await writer.saveEvent(makeRecord("evt-1", ["run_a"]));
    await writer.flush();
    expect(world.results.uploads[0]?.name).toMatch(/^flows-state-delta-11-2-/);

    const reader = await createStateStore({ kind: "artifact", artifact: options(12) });
    expect(runIds(await reader.loadEvent("evt-1"))).toEqual(["run_a"]);
    world.assertNoViolations();
  });
});
