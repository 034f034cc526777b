import { type ArtifactReadStats } from "./artifact-github.js";
import { type ArtifactUploader } from "./artifact-upload.js";
import { type ReadOnlySetting } from "./read-only.js";
import type { EventQuery, EventRecord, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
export type ArtifactStateStoreOptions = {
    /** Open it only to read (read-only.ts): saves are refused, so nothing is ever uploaded. */
    readOnly?: ReadOnlySetting;
    /** Token for the REST API, normally the job's GITHUB_TOKEN; reading needs `actions: read`. */
    token: string;
    /** `owner/repo` (GITHUB_REPOSITORY). */
    repository: string;
    /** REST API root (GITHUB_API_URL), e.g. https://api.github.com. */
    apiUrl: string;
    /** This workflow run (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT); part of every artifact name. */
    runId: number | string;
    runAttempt: number | string;
    /** Days GitHub keeps each state artifact; default: the repository's setting (90 days on public repositories). */
    retentionDays?: number;
    /** Write a snapshot once more than this many deltas sit on top of the newest one (default 20; 0: every flush). */
    compactAfter?: number;
    /** Uploads artifacts; default `@actions/artifact`'s DefaultArtifactClient (ACTIONS_RUNTIME_TOKEN). */
    artifactClient?: ArtifactUploader;
    /** Fetches the signed URLs artifact downloads redirect to; default: global fetch. */
    fetch?: typeof fetch;
    /** Where a failed snapshot upload is reported; it loses nothing, as the delta is already uploaded. */
    log?: (message: string) => void;
    /** Told about every API call, upload and download (`core.debug` in the action). */
    debug?: (message: string) => void;
    /** The largest state artifact downloaded and unpacked, in bytes (MAX_STATE_FILE_BYTES; tests shorten it). */
    maxStateFileBytes?: number;
    /**
     * The longest one upload, download or listing page may take, in ms (default 5 minutes, or
     * FLOWS_ARTIFACT_TIMEOUT_SECONDS). Past it, it fails as a failed one would: an upload's
     * records are not saved (flush throws StateNotSavedError), a read fails and changes nothing.
     */
    transferTimeoutMs?: number;
};
/** What the store did, for logs and benchmarks. */
export type ArtifactStoreStats = ArtifactReadStats & {
    /** Full reads: one when the store opens, one more per snapshot written. */
    reads: number;
    uploads: number;
    uploadedBytes: number;
    snapshots: number;
};
/**
 * Records kept as workflow artifacts, read back from earlier runs through the REST API.
 * Artifacts are immutable and expire, so each flush uploads a delta (the records it saved) and
 * now and then a snapshot (everything known); a reader takes the newest snapshot plus the
 * deltas it does not hold (see the invariant in artifact-read.ts). The store reads once, when
 * first asked, and answers every later load from memory.
 */
export declare class ArtifactStateStore implements StateStore {
    #private;
    readonly kind = "artifact";
    readonly stats: ArtifactStoreStats;
    constructor(options: ArtifactStateStoreOptions);
    /** Opened only to read: saves are refused. */
    get readOnly(): boolean;
    loadEvent(eventId: string): Promise<EventRecord | undefined>;
    /** Kept in memory until flush(): one delta artifact for many events. */
    saveEvent(record: EventRecord, options?: SaveOptions): Promise<void>;
    listEvents(query?: EventQuery): Promise<EventRecord[]>;
    /** Upload the saved records as one delta; write a snapshot when deltas piled up or what was read ages. */
    flush(): Promise<void>;
    get problems(): StoreProblem[];
    get problemsLeftOut(): StoreProblemsLeftOut[];
}
