// Workflow run artifacts: https://docs.github.com/rest/actions/artifacts
import type { GitHubClient } from "./client.js";
import { repositoryRef } from "./repository.js";

export type ArtifactRecord = { id: number; name: string; sizeInBytes: number; expired: boolean; createdAt?: string };

/** The newest artifact with this name in a workflow run, if any. */
export async function findRunArtifact(
  client: GitHubClient,
  options: { repository: string; runId: number; name: string },
): Promise<ArtifactRecord | undefined> {
  const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
    ...repositoryRef(options.repository),
    run_id: options.runId,
    name: options.name,
    per_page: 100,
  });
  const found = artifacts
    .filter((artifact) => artifact.name === options.name)
    .sort((a, b) => b.id - a.id)[0];
  if (!found) return undefined;
  return {
    id: found.id,
    name: found.name,
    sizeInBytes: found.size_in_bytes,
    expired: found.expired,
    ...(found.created_at ? { createdAt: found.created_at } : {}),
  };
}

/** The artifact's zip archive. GitHub answers with a redirect to storage, which fetch follows. */
export async function downloadArtifactZip(
  client: GitHubClient,
  options: { repository: string; artifactId: number },
): Promise<Uint8Array> {
  const response = await client.rest.actions.downloadArtifact({
    ...repositoryRef(options.repository),
    artifact_id: options.artifactId,
    archive_format: "zip",
  });
  const data: unknown = response.data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error(`Downloading artifact ${options.artifactId} gave ${typeof data}, not the bytes of a zip archive.`);
}
