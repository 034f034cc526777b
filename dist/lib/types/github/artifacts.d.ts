import { type GitHubClient } from "./client.js";
/**
 * The part of `@actions/artifact`'s ArtifactClient flows-action uses: the artifact store's state
 * file and the fork handover's report. Tests inject their own.
 */
export interface ArtifactUploader {
    uploadArtifact(name: string, files: string[], rootDirectory: string, options?: {
        retentionDays?: number;
        compressionLevel?: number;
    }): Promise<{
        id?: number;
        size?: number;
    }>;
}
/** `@actions/artifact`'s client, loaded on first use (a start that uploads nothing never loads it). */
export declare function defaultArtifactUploader(): Promise<ArtifactUploader>;
export type ArtifactRecord = {
    id: number;
    name: string;
    sizeInBytes: number;
    expired: boolean;
    createdAt?: string;
};
/** The newest artifact with this name in a workflow run, if any. */
export declare function findRunArtifact(client: GitHubClient, options: {
    repository: string;
    runId: number;
    name: string;
}): Promise<ArtifactRecord | undefined>;
/** Finds a workflow run's artifact by name (the newest of that name), or undefined. */
export type RunArtifactFinder = (name: string) => Promise<ArtifactRecord | undefined>;
/**
 * A finder for several names in one run: the first lookup lists the run's artifacts (one page of
 * 100), and later ones answer from that listing. A run with more artifacts than one page (its
 * workflow may upload any number) is looked up by name instead, one request each, as
 * findRunArtifact does: the requests stay bounded whatever the run uploaded.
 */
export declare function runArtifactFinder(client: GitHubClient, options: {
    repository: string;
    runId: number;
}): RunArtifactFinder;
/** The artifact's zip archive. GitHub answers with a redirect to storage, which fetch follows. */
export declare function downloadArtifactZip(client: GitHubClient, options: {
    repository: string;
    artifactId: number;
}): Promise<Uint8Array>;
/** One artifact of the repository's listing; times are GitHub's ISO strings (null when absent). */
export type RepositoryArtifact = {
    id: number;
    name: string;
    sizeInBytes: number;
    expired: boolean;
    createdAt: string | null;
    expiresAt: string | null;
    /** The run that uploaded it; `headRepositoryId` differs from `repositoryId` for fork pull requests. */
    workflowRun?: {
        repositoryId?: number;
        headRepositoryId?: number;
    };
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
export declare function listRepositoryArtifacts(client: GitHubClient, options: {
    repository: string;
    perPage?: number;
}): AsyncGenerator<RepositoryArtifactPage>;
/**
 * An artifact's zip, "too-large" when it is over `maxBytes` (the rest is not downloaded), or "gone" when GitHub no longer has it (expired or deleted: 404/410).
 * GitHub answers with a 302 to a short-lived signed URL; that URL is fetched with `fetchStorage`
 * and without the token, which must not travel to blob storage. Failures keep their `status`.
 * `signal` stops both requests (the caller's own time limit).
 */
export declare function downloadRepositoryArtifact(client: GitHubClient, options: {
    repository: string;
    artifactId: number;
    fetchStorage?: typeof fetch;
    maxBytes?: number;
    signal?: AbortSignal;
}): Promise<Uint8Array | "gone" | "too-large">;
