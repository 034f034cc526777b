import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { createStateStore } from "../../src/state/index.js";
import { artifactWorld, REPOSITORY, runIds } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";
import { cliTestEnv } from "../helpers/cli.js";

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

describe("flows runs --state artifact", () => {
  it("lists the runs that earlier workflow runs stored as artifacts", async () => {
    const world = await artifactWorld();
    const writer = await createStateStore({
      kind: "artifact",
      artifact: { token: "ghs_workflow_token", repository: REPOSITORY, apiUrl: world.github.url, runId: 21, runAttempt: 1, artifactClient: world.results.artifactClient({ runId: 21 }) },
    });
    await writer.saveEvent(makeRecord("evt-cli", ["run_cli"]));
    await writer.flush();
    let out = "";
    const code = await main(["runs", "--state", "artifact", "--repository", REPOSITORY, "--json"], {
      env: cliTestEnv({ GITHUB_TOKEN: "ghs_local_token", GITHUB_API_URL: world.github.url }),
      out: (text) => {
        out += text;
      },
      err: () => {},
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).map((run: { id: string }) => run.id)).toEqual(["run_cli"]);
    world.assertNoViolations();
  });
});
