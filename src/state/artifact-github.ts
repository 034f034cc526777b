import { createGitHubClient, type GitHubClient } from "../github/client.js";
import { type StateArtifactKind, stateArtifactKind } from "./artifact-format.js";
import { readFailed } from "./artifact-errors.js";

/** A state artifact as the REST listing shows it; times are epoch ms. */
export type ListedArtifact = {
  id: number;
  name: string;
  kind: StateArtifactKind;
  /** `Infinity` when GitHub gives no creation time: such an artifact is treated as the newest. */
  createdAt: number;
  expiresAt: number;
  expired: boolean;
  sizeInBytes: number;
};

export type ArtifactPage = {
  /** This page's state artifacts, in listing order (newest first). */
  artifacts: ListedArtifact[];
  /** Oldest creation time on the page, counting every artifact of the repository. */
  oldestCreatedAt: number | undefined;
  /** The server's clock when it answered (the `Date` header). */
  serverTime: number | undefined;
};

/** Where the store reads artifacts from; tests of the read algorithm could give another one. */
export interface ArtifactSource {
  pages(): AsyncIterable<ArtifactPage>;
  /** The zip's bytes, or "gone" when GitHub no longer has the artifact (expired or deleted). */
  download(artifact: ListedArtifact): Promise<Uint8Array | "gone">;
}

export type ArtifactReadStats = { listRequests: number; downloads: number; downloadedBytes: number };

export type GitHubArtifactSourceOptions = {
  token: string;
  repository: string;
  apiUrl?: string;
  /** Fetches the signed download URLs GitHub redirects to (default: global fetch). */
  fetch?: typeof fetch;
  stats: ArtifactReadStats;
};

type RestArtifact = {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string | null;
  expires_at: string | null;
  workflow_run?: { repository_id?: number; head_repository_id?: number } | null;
};

const PAGE_SIZE = 100;

/**
 * Lists and downloads the repository's artifacts through the REST API (`actions: read`).
 * The listing has no prefix filter (`name` is an exact match), so pages are filtered here.
 */
export function gitHubArtifactSource(options: GitHubArtifactSourceOptions): ArtifactSource {
  const [owner = "", repo = ""] = options.repository.split("/");
  let client: Promise<GitHubClient> | undefined;
  const github = (): Promise<GitHubClient> => {
    client ??= createGitHubClient({ token: options.token, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}) });
    return client;
  };
  return {
    async *pages(): AsyncIterable<ArtifactPage> {
      const octokit = await github();
      const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
        owner,
        repo,
        per_page: PAGE_SIZE,
      });
      const iterator = pages[Symbol.asyncIterator]();
      for (;;) {
        let next: Awaited<ReturnType<typeof iterator.next>>;
        try {
          next = await iterator.next();
        } catch (error) {
          throw readFailed("list the workflow artifacts", options.repository, error);
        }
        if (next.done) return;
        options.stats.listRequests++;
        const listed = next.value.data as RestArtifact[];
        const times = listed.map((artifact) => timeOf(artifact.created_at, Number.POSITIVE_INFINITY));
        const serverTime = timeOf(next.value.headers.date, Number.NaN);
        yield {
          artifacts: listed.flatMap((artifact) => stateArtifact(artifact)),
          oldestCreatedAt: times.length > 0 ? Math.min(...times) : undefined,
          serverTime: Number.isNaN(serverTime) ? undefined : serverTime,
        };
      }
    },

    async download(artifact: ListedArtifact): Promise<Uint8Array | "gone"> {
      const octokit = await github();
      let location: string | undefined;
      try {
        // GitHub answers with a 302 to a short-lived signed URL; it is fetched without the
        // token, which must not travel to blob storage.
        const response = await octokit.rest.actions.downloadArtifact({
          owner,
          repo,
          artifact_id: artifact.id,
          archive_format: "zip",
          request: { redirect: "manual" },
        });
        location = response.headers.location;
        if (!location && response.data instanceof ArrayBuffer)
          return count(new Uint8Array(response.data), options.stats);
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        if (status === 410 || status === 404) return "gone";
        throw readFailed(`download the artifact ${artifact.name}`, options.repository, error);
      }
      if (!location) throw readFailed(`download the artifact ${artifact.name}`, options.repository, "no redirect URL");
      const response = await (options.fetch ?? fetch)(location);
      if (!response.ok) {
        const failure = Object.assign(new Error(`blob storage answered ${response.status}`), {
          status: response.status,
        });
        throw readFailed(`download the artifact ${artifact.name}`, options.repository, failure);
      }
      return count(new Uint8Array(await response.arrayBuffer()), options.stats);
    },
  };
}

function stateArtifact(artifact: RestArtifact): ListedArtifact[] {
  const kind = stateArtifactKind(artifact.name);
  if (!kind) return [];
  // Runs for pull requests from forks upload into this repository too; their state is not ours.
  const run = artifact.workflow_run;
  if (run?.head_repository_id !== undefined && run.head_repository_id !== run.repository_id) return [];
  return [
    {
      id: artifact.id,
      name: artifact.name,
      kind,
      createdAt: timeOf(artifact.created_at, Number.POSITIVE_INFINITY),
      expiresAt: timeOf(artifact.expires_at, Number.POSITIVE_INFINITY),
      expired: artifact.expired,
      sizeInBytes: artifact.size_in_bytes,
    },
  ];
}

function timeOf(text: string | null | undefined, fallback: number): number {
  const time = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? fallback : time;
}

function count(bytes: Uint8Array, stats: ArtifactReadStats): Uint8Array {
  stats.downloads++;
  stats.downloadedBytes += bytes.byteLength;
  return bytes;
}
