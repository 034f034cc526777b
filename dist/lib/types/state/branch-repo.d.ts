import type { BranchStoreStats } from "./branch-options.js";
import { type Redact, runGit, type StoredBlob } from "./git.js";
/** Where the fetched branch tip is kept in the private git directory. */
export declare const TIP_REF = "refs/flows/tip";
export type StateRepoOptions = {
    /** The private bare git directory (created when missing). */
    workDir: string;
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
};
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
    /** The paths of every record at the tip, their blobs fetched (in one request). */
    fetchAllRecords(): Promise<string[]>;
    /**
     * The blobs at `paths` of the tip, by path; a path the tip does not hold is left out. The tip's
     * trees are local (the fetch left out only blobs), so which paths exist is known without the
     * network, and their blobs come in one fetch (`fetched`: the caller fetched them already).
     */
    readTipBlobs(paths: string[], options?: {
        fetched?: boolean;
    }): Promise<Map<string, StoredBlob>>;
    /** A git command in the private directory, with the credentials in its environment. */
    git(args: string[], input?: Buffer): ReturnType<typeof runGit>;
}
