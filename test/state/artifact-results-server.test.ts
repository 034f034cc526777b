import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { describe, expect, it, onTestFinished } from "vitest";
import { readZipEntry } from "../../src/zip-entry.js";

const ZIP_LIMITS = { maxBytes: 1 << 30 };
import { artifactWorld, REPOSITORY } from "./artifact-helpers.js";

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService";

async function fileToUpload(text: string): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), "results-upload-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, "report.json");
  await writeFile(file, text);
  return { dir, file };
}

describe("the fake Actions results service", () => {
  it("lets the real @actions/artifact client upload, and GitHub then lists and serves the zip under the job's run", async () => {
    const world = await artifactWorld();
    const { dir, file } = await fileToUpload('{"hello":"world"}');
    const uploaded = await world.results
      .artifactClient({ runId: 77 })
      .uploadArtifact("report", [file], dir, { retentionDays: 2 });

    expect(
      world.results.requests.map((request) => `${request.method} ${request.path.split("/").pop()} ${request.status}`),
    ).toEqual(["POST CreateArtifact 200", "PUT report.zip 201", "PUT report.zip 201", "POST FinalizeArtifact 200"]);
    expect(world.results.uploads.map((upload) => [upload.name, upload.runId, upload.blocks])).toEqual([
      ["report", 77, 1],
    ]);
    const octokit = getOctokit("ghs_token", { baseUrl: world.github.url });
    const [owner = "", repo = ""] = REPOSITORY.split("/");
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 77 });
    expect(listed.data.artifacts.map((artifact) => [artifact.id, artifact.name])).toEqual([[uploaded.id, "report"]]);
    const zip = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: uploaded.id ?? 0,
      archive_format: "zip",
    });
    expect(readZipEntry(new Uint8Array(zip.data as ArrayBuffer), "report.json", ZIP_LIMITS).toString("utf8")).toBe(
      '{"hello":"world"}',
    );
    expect(listed.data.artifacts[0]?.digest).toBe(`sha256:${uploaded.digest}`);
    world.assertNoViolations();
  });

  it("refuses Twirp calls the real client would not make, and records each", async () => {
    const world = await artifactWorld();
    const env = world.results.runtimeEnv({ runId: 78 });
    const token = env.ACTIONS_RUNTIME_TOKEN ?? "";
    const scope = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as { scp: string };
    const [, runBackendId, jobBackendId] = scope.scp.split(" ")[1]?.split(":") ?? [];
    const call = (method: string, body: unknown, auth = `Bearer ${token}`) =>
      fetch(`${world.results.url}${SERVICE}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: auth },
        body: JSON.stringify(body),
      });
    const ids = { workflow_run_backend_id: runBackendId, workflow_job_run_backend_id: jobBackendId };

    const unknownField = await call("CreateArtifact", { ...ids, name: "a", version: 7, colour: "red" });
    const wrongType = await call("CreateArtifact", { ...ids, name: "a", version: "seven" });
    const otherJob = await call("CreateArtifact", {
      ...ids,
      workflow_job_run_backend_id: "someone-else",
      name: "a",
      version: 7,
    });
    const noToken = await call("CreateArtifact", { ...ids, name: "a", version: 7 }, "");
    const early = await call("FinalizeArtifact", { ...ids, name: "never-created", size: "3" });

    expect([unknownField, wrongType, otherJob, noToken, early].map((response) => response.status)).toEqual([
      400, 400, 403, 401, 404,
    ]);
    expect(await unknownField.json()).toMatchObject({ code: "invalid_argument" });
    expect(world.results.violations).toHaveLength(5);
    expect(() => world.results.assertNoViolations()).toThrow(/colour/);
  });

  it("refuses blob uploads without the signature CreateArtifact handed out", async () => {
    const world = await artifactWorld();
    const response = await fetch(
      `${world.results.url}/blobs/actions-results/x/y/report.zip?comp=block&blockid=AAAA&sig=forged`,
      {
        method: "PUT",
        headers: { "x-ms-version": "2025-01-05" },
        body: "zip",
      },
    );
    expect(response.status).toBe(403);
    expect(world.results.violations).toEqual([expect.stringMatching(/without a valid signature/)]);
  });

  it("files concurrent uploads from jobs of different runs under their own runs", async () => {
    const world = await artifactWorld();
    const { dir, file } = await fileToUpload("{}");
    await Promise.all(
      [81, 82, 83].map((runId) =>
        world.results.artifactClient({ runId }).uploadArtifact(`state-${runId}`, [file], dir),
      ),
    );
    expect(world.results.uploads.map((upload) => [upload.name, upload.runId]).sort()).toEqual([
      ["state-81", 81],
      ["state-82", 82],
      ["state-83", 83],
    ]);
    world.assertNoViolations();
  });
});
