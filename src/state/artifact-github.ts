import {
  downloadRepositoryArtifact,
  listRepositoryArtifacts,
  type RepositoryArtifact,
  type RepositoryArtifactPage,
} from "../github/artifacts.js";
import { createGitHubClient, type GitHubClient } from "../github/client.js";
import { debugClient } from "../github/debug.js";
import { type StateArtifactKind, stateArtifactKind } from "./artifact-format.js";
import { type ArtifactStateError, readFailed, readTimedOut } from "./artifact-errors.js";
import { TransferTimeoutError, withinDeadline } from "../deadline.js";

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
  /**
   * The zip's bytes, "gone" when GitHub no longer has the artifact (expired or deleted), or
   * "too-large" when its bytes run past `maxBytes` (the download stops there).
   */
  download(artifact: ListedArtifact, maxBytes: number): Promise<Uint8Array | "gone" | "too-large">;
}

export type ArtifactReadStats = { listRequests: number; downloads: number; downloadedBytes: number };

export type GitHubArtifactSourceOptions = {
  token: string;
  repository: string;
  apiUrl?: string;
  /** Fetches the signed download URLs GitHub redirects to (default: global fetch). */
  fetch?: typeof fetch;
  stats: ArtifactReadStats;
  /** The longest one listing page or download may take (transferTimeoutMs in deadline.ts). */
  timeoutMs: number;
  /** Told about every API call and download (`core.debug` in the action). */
  debug?: (message: string) => void;
};

const PAGE_SIZE = 100;

/**
 * Lists and downloads the repository's artifacts through src/github (`actions: read`), keeping
 * only this store's artifacts and turning failures into errors that say what to change.
 */
export function gitHubArtifactSource(options: GitHubArtifactSourceOptions): ArtifactSource {
  let client: Promise<GitHubClient> | undefined;
  const github = (): Promise<GitHubClient> => {
    client ??= createGitHubClient({ token: options.token, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}) }).then(
      (created) => (options.debug ? debugClient(created, options.debug) : created),
    );
    return client;
  };
  return {
    async *pages(): AsyncIterable<ArtifactPage> {
      const pages = listRepositoryArtifacts(await github(), { repository: options.repository, perPage: PAGE_SIZE });
      for (;;) {
        let next: IteratorResult<RepositoryArtifactPage>;
        try {
          next = await withinDeadline(options.timeoutMs, () => pages.next());
        } catch (error) {
          throw readFailedOrLate("list the workflow artifacts", options.repository, error);
        }
        if (next.done) return;
        options.stats.listRequests++;
        const listed = next.value.artifacts;
        const times = listed.map((artifact) => timeOf(artifact.createdAt, Number.POSITIVE_INFINITY));
        const serverTime = timeOf(next.value.date, Number.NaN);
        yield {
          artifacts: listed.flatMap((artifact) => stateArtifact(artifact)),
          oldestCreatedAt: times.length > 0 ? Math.min(...times) : undefined,
          serverTime: Number.isNaN(serverTime) ? undefined : serverTime,
        };
      }
    },

    async download(artifact: ListedArtifact, maxBytes: number): Promise<Uint8Array | "gone" | "too-large"> {
      const octokit = await github();
      let bytes: Uint8Array | "gone" | "too-large";
      try {
        bytes = await withinDeadline(options.timeoutMs, (signal) =>
          downloadRepositoryArtifact(octokit, {
            repository: options.repository,
            artifactId: artifact.id,
            maxBytes,
            signal,
            ...(options.fetch ? { fetchStorage: options.fetch } : {}),
          }),
        );
      } catch (error) {
        throw readFailedOrLate(`download the artifact ${artifact.name}`, options.repository, error);
      }
      const outcome = bytes === "gone" ? "gone (expired or deleted)" : bytes === "too-large" ? `over ${maxBytes} bytes, stopped` : `${bytes.byteLength} bytes`;
      options.debug?.(`artifact download ${artifact.name} (id ${artifact.id}) → ${outcome}`);
      if (bytes === "gone" || bytes === "too-large") return bytes;
      options.stats.downloads++;
      options.stats.downloadedBytes += bytes.byteLength;
      return bytes;
    },
  };
}

function readFailedOrLate(what: string, repository: string, error: unknown): ArtifactStateError {
  return error instanceof TransferTimeoutError ? readTimedOut(what, repository, error) : readFailed(what, repository, error);
}

function stateArtifact(artifact: RepositoryArtifact): ListedArtifact[] {
  const kind = stateArtifactKind(artifact.name);
  if (!kind) return [];
  // Runs for pull requests from forks upload into this repository too; their state is not ours.
  const run = artifact.workflowRun;
  if (run?.headRepositoryId !== undefined && run.headRepositoryId !== run.repositoryId) return [];
  return [
    {
      id: artifact.id,
      name: artifact.name,
      kind,
      createdAt: timeOf(artifact.createdAt, Number.POSITIVE_INFINITY),
      expiresAt: timeOf(artifact.expiresAt, Number.POSITIVE_INFINITY),
      expired: artifact.expired,
      sizeInBytes: artifact.sizeInBytes,
    },
  ];
}

function timeOf(text: string | null | undefined, fallback: number): number {
  const time = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? fallback : time;
}
