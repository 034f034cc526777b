import { type StateArtifactKind } from "./artifact-format.js";
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
export type ArtifactReadStats = {
    listRequests: number;
    downloads: number;
    downloadedBytes: number;
};
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
/**
 * Lists and downloads the repository's artifacts through src/github (`actions: read`), keeping
 * only this store's artifacts and turning failures into errors that say what to change.
 */
export declare function gitHubArtifactSource(options: GitHubArtifactSourceOptions): ArtifactSource;
