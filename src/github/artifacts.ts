// Workflow run artifacts: https://docs.github.com/rest/actions/artifacts
import { readBounded } from "./bounded-body.js";
import { clientSettings, type GitHubClient } from "./client.js";
import { repositoryRef } from "./repository.js";

/**
 * The part of `@actions/artifact`'s ArtifactClient flows-action uses: the artifact store's state
 * file and the fork handover's report. Tests inject their own.
 */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number; compressionLevel?: number },
  ): Promise<{ id?: number; size?: number }>;
}

let sharedUploader: Promise<ArtifactUploader> | undefined;

/** `@actions/artifact`'s client, loaded on first use (a start that uploads nothing never loads it). */
export function defaultArtifactUploader(): Promise<ArtifactUploader> {
  sharedUploader ??= import("@actions/artifact").then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
  return sharedUploader;
}

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
  const found = newestNamed(artifacts, options.name);
  return found ? artifactRecord(found) : undefined;
}

/** Finds a workflow run's artifact by name (the newest of that name), or undefined. */
export type RunArtifactFinder = (name: string) => Promise<ArtifactRecord | undefined>;

const RUN_ARTIFACTS_PAGE = 100;

/**
 * A finder for several names in one run: the first lookup lists the run's artifacts (one page of
 * 100), and later ones answer from that listing. A run with more artifacts than one page (its
 * workflow may upload any number) is looked up by name instead, one request each, as
 * findRunArtifact does: the requests stay bounded whatever the run uploaded.
 */
export function runArtifactFinder(client: GitHubClient, options: { repository: string; runId: number }): RunArtifactFinder {
  let listing: Promise<ArtifactRecord[] | undefined> | undefined;
  const list = async (): Promise<ArtifactRecord[] | undefined> => {
    const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...repositoryRef(options.repository), run_id: options.runId, per_page: RUN_ARTIFACTS_PAGE });
    return data.total_count > data.artifacts.length ? undefined : data.artifacts.map(artifactRecord);
  };
  return async (name) => {
    listing ??= list();
    const artifacts = await listing.catch((error: unknown) => {
      listing = undefined; // the next lookup tries again
      throw error;
    });
    if (!artifacts) return findRunArtifact(client, { ...options, name });
    return newestNamed(artifacts, name);
  };
}

/** The newest (highest id) of the artifacts named `name`: a re-run may upload one again. */
function newestNamed<T extends { id: number; name: string }>(artifacts: readonly T[], name: string): T | undefined {
  return artifacts.filter((artifact) => artifact.name === name).sort((a, b) => b.id - a.id)[0];
}

type ListedRunArtifact = { id: number; name: string; size_in_bytes: number; expired: boolean; created_at?: string | null };

function artifactRecord(found: ListedRunArtifact): ArtifactRecord {
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

/** One artifact of the repository's listing; times are GitHub's ISO strings (null when absent). */
export type RepositoryArtifact = {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string | null;
  expiresAt: string | null;
  /** The run that uploaded it; `headRepositoryId` differs from `repositoryId` for fork pull requests. */
  workflowRun?: { repositoryId?: number; headRepositoryId?: number };
};

export type RepositoryArtifactPage = {
  /** This page's artifacts in listing order (newest first). */
  artifacts: RepositoryArtifact[];
  /** The `Date` header of the answer: the server's clock. */
  date: string | undefined;
};

/**
 * Every artifact of the repository, one page per request, newest first.
 * The listing has no prefix filter (`name` is an exact match), so callers filter.
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository
 */
export async function* listRepositoryArtifacts(
  client: GitHubClient,
  options: { repository: string; perPage?: number },
): AsyncGenerator<RepositoryArtifactPage> {
  const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, {
    ...repositoryRef(options.repository),
    per_page: options.perPage ?? 100,
  });
  for await (const page of pages) {
    yield { artifacts: page.data.map(repositoryArtifact), date: page.headers.date };
  }
}

type RestArtifact = {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at?: string | null;
  expires_at?: string | null;
  workflow_run?: { repository_id?: number; head_repository_id?: number } | null;
};

function repositoryArtifact(artifact: RestArtifact): RepositoryArtifact {
  const run = artifact.workflow_run;
  return {
    id: artifact.id,
    name: artifact.name,
    sizeInBytes: artifact.size_in_bytes,
    expired: artifact.expired,
    createdAt: artifact.created_at ?? null,
    expiresAt: artifact.expires_at ?? null,
    ...(run
      ? {
          workflowRun: {
            ...(run.repository_id !== undefined ? { repositoryId: run.repository_id } : {}),
            ...(run.head_repository_id !== undefined ? { headRepositoryId: run.head_repository_id } : {}),
          },
        }
      : {}),
  };
}

/**
 * An artifact's zip, "too-large" when it is over `maxBytes` (the rest is not downloaded), or "gone" when GitHub no longer has it (expired or deleted: 404/410).
 * GitHub answers with a 302 to a short-lived signed URL; that URL is fetched with `fetchStorage`
 * and without the token, which must not travel to blob storage. Failures keep their `status`.
 * `signal` stops both requests (the caller's own time limit).
 */
export async function downloadRepositoryArtifact(
  client: GitHubClient,
  options: { repository: string; artifactId: number; fetchStorage?: typeof fetch; maxBytes?: number; signal?: AbortSignal },
): Promise<Uint8Array | "gone" | "too-large"> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  let location: string | undefined;
  try {
    const response = await client.rest.actions.downloadArtifact({
      ...repositoryRef(options.repository),
      artifact_id: options.artifactId,
      archive_format: "zip",
      request: { redirect: "manual", ...(options.signal ? { signal: options.signal } : {}) },
    });
    location = response.headers.location;
    const data: unknown = response.data;
    if (!location && data instanceof ArrayBuffer) return data.byteLength > maxBytes ? "too-large" : new Uint8Array(data);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 410 || status === 404) return "gone";
    throw error;
  }
  if (!location) throw new Error("no redirect URL");
  // Not through Octokit, so without its time limit: a storage that held the connection open
  // (or sent the body slowly) held the job.
  const ms = clientSettings(client).requestTimeoutMs;
  const limit = AbortSignal.timeout(ms);
  try {
    const signal = options.signal ? AbortSignal.any([options.signal, limit]) : limit;
    const response = await (options.fetchStorage ?? fetch)(location, { signal });
    if (!response.ok) {
      throw Object.assign(new Error(`blob storage answered ${response.status}`), { status: response.status });
    }
    return await readBounded(response, maxBytes);
  } catch (error) {
    if (!limit.aborted) throw error;
    throw new Error(`blob storage did not answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`, { cause: error });
  }
}
