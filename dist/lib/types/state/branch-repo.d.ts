import type { BranchStoreStats } from "./branch-options.js";
import { type GitOutput, type Redact, type StoredBlob } from "./git.js";
import type { StoreProblem } from "./types.js";
/** Where the fetched branch tip is kept in the private git directory. */
export declare const TIP_REF = "refs/flows/tip";
export type StateRepoOptions = {
    /** The private bare git directory (created when missing). */
    workDir: string;
    /** What chose it, for messages: "the temporary folder (TMPDIR)", "the store's workDir option". */
    workDirChosenBy: string;
    /** The remote's URL, without credentials. */
    url: string;
    branch: string;
    /** Credentials for git, in its environment (never in a URL or a config file). */
    authEnv: Record<string, string>;
    redact: Redact;
    /** The remote as it may be shown in a message. */
    shown: () => string;
    maxRecordBytes: number;
    stats: BranchStoreStats;
    /** One git command's time limit (default DEFAULT_GIT_TIMEOUT_MS). */
    gitTimeoutMs?: number;
    /** Told when the branch lost commits this store saw (movedBackWarning): a warning, never an error. */
    report: (problem: StoreProblem) => void;
    /**
     * The event ids this store read or saved in this job: a record the branch lost is named by one
     * of them when its index shard at the lost commit is not here (#namesOfGone).
     */
    knownEventIds?: () => Iterable<string>;
    /** Where the store keeps whether the remote hangs (RemoteHealth); kept across a failed open. */
    health?: RemoteHealth;
};
/**
 * Whether the remote hangs: `hung` is set when a git command that talks to it (fetch, push,
 * ls-remote) is stopped at its time limit (`atMs`: when), and cleared when a later one exits 0
 * (the remote answered). The store fails claims at once while it is set (BranchStateStore#claim).
 */
export type RemoteHealth = {
    hung?: {
        command: string;
        seconds: number;
        at: string;
        atMs: number;
    };
};
/**
 * What the remote's branch says of a commit a push reported taken (StateRepo#lookForPushed): it
 * holds it, it does not (`tip`: where the branch is, undefined when it is gone), or the look
 * failed (`unknown`: why; `kind`: "timeout" when it ran out of time).
 */
export type PushLanded = {
    held: true;
} | {
    held: false;
    tip: string | undefined;
} | {
    unknown: string;
    kind: "git" | "timeout";
};
/**
 * The time limit of the flush or claim that git commands run in, or of a read outside any (`of`:
 * "read"): when it ends, and how long it was.
 */
export type FlushDeadline = {
    at: number;
    limitMs: number;
    of?: "save" | "read";
};
/** Run `work` (a flush, a claim) with every git command of the store's repository held to `deadline`. */
export declare function withFlushDeadline<T>(deadline: FlushDeadline, work: () => Promise<T>): Promise<T>;
/** The deadline of the flush or claim running here, if any. */
export declare function currentFlushDeadline(): FlushDeadline | undefined;
/**
 * The state branch's private bare git directory, apart from the user's checkout: its tip is
 * fetched as a partial clone fetches (the commit and its trees, no blobs), so which records
 * exist is known without the network, and the blobs of the records a call reads come in one
 * request.
 */
export declare class StateRepo {
    #private;
    /** The branch tip fetched last, or pushed last; undefined while the branch does not exist. */
    tip: string | undefined;
    /** When the tip was last fetched (0: fetch before trusting it again). */
    fetchedAt: number;
    private constructor();
    /** Initialise the git directory, name the remote and fetch the tip. */
    static open(options: StateRepoOptions): Promise<StateRepo>;
    fetchTip(): Promise<void>;
    /**
     * Say what the branch lost (noted by fetchTip) once the save that met it has ended: a record
     * the tip holds again (this save wrote it again, or another writer did) is not gone. Each
     * record really gone is named by its event id when this job has its index shard at `previous`
     * here already (see #eventIdsAt), the rest counted.
     */
    sayLost(): Promise<void>;
    /**
     * Whether the remote's branch holds `commit`, which a push just reported taken: it is the tip,
     * or one of the tip's last CHECK_DEPTH commits (another writer pushed on it since). A hook that
     * puts the branch back after taking a push (a post-receive reset, a mirror syncing from
     * elsewhere) makes git report success for a push that stored nothing; seen here, not at the
     * next delivery that runs its steps again. A look that cannot reach the remote, or runs out of
     * time, says so (`unknown`, with why and the kind of error it was): a flush takes the push as
     * git reported it, a claim does not start its steps on it.
     */
    lookForPushed(commit: string): Promise<PushLanded>;
    /** Every record at the tip (its path, blob and mode), their blobs fetched (in one request). */
    fetchAllRecords(): Promise<RecordEntry[]>;
    /**
     * The record files at the tip (under `folder`: `events`, or one shard's `events/ab`), without
     * their blobs: the tip's trees are local, so this costs no network (100,000 records: 0.3 s).
     */
    listRecords(folder?: string): Promise<RecordEntry[]>;
    /** The files of the branch's index at the tip (branch-index.ts), without their blobs. */
    listIndexShards(): Promise<RecordEntry[]>;
    /** The blobs of listed files, fetched in one request and read (within `maxBytes` each, default the record cap), by path. */
    readListed(entries: RecordEntry[], maxBytes?: number): Promise<Map<string, StoredBlob>>;
    /**
     * The blobs of records fetchAllRecords listed, by path. Read by their ids, which the listing
     * gave: a `<tip>:<path>` name costs git a walk down the tip's trees for each record (45 s of
     * a listing of 100,000 records, against 4 s by id).
     */
    readRecordBlobs(entries: RecordEntry[], maxBytes?: number): Promise<Map<string, StoredBlob>>;
    /**
     * The blobs at `paths` of the tip, by path; a path the tip does not hold is left out. The tip's
     * trees are local (the fetch left out only blobs), so which paths exist is known without the
     * network, and their blobs come in one fetch.
     */
    readTipBlobs(paths: string[]): Promise<Map<string, StoredBlob>>;
    /**
     * A git command in the private directory, with the credentials in its environment. Held to
     * its own time limit and to what is left of the flush's (currentFlushDeadline); one stopped
     * there throws a StateBranchError of kind "timeout" naming the remote (remoteHung), so that
     * no caller takes a hung remote for a failure worth trying again. A command that talks to the
     * remote sets or clears the store's RemoteHealth as it ends.
     */
    git(args: string[], input?: Buffer, output?: {
        stdoutBytes?: number | undefined;
    }): Promise<GitOutput>;
    /** What to change when git's output says this machine's disk refused a write (localDiskSaid); empty otherwise. */
    diskSaid(output: string): string;
}
/** A record file at the tip: its path, its blob's id and its mode (a symbolic link's is 120000). */
export type RecordEntry = {
    path: string;
    oid: string;
    mode: string;
};
