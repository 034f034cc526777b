import type { StoredBlob } from "./git.js";
import type { EventRecord } from "./types.js";
/** Who commits to the state branch. */
export type GitIdentity = {
    name: string;
    email: string;
};
export declare const DEFAULT_STATE_AUTHOR: GitIdentity;
export declare const STATE_README_PATH = "README.md";
export declare function stateBranchReadme(branch: string): string;
export type StateCommit = {
    /** Private ref fast-import writes the commit to. */
    ref: string;
    /** The tip to build on; absent for the first (orphan) commit. */
    parent?: string;
    author: GitIdentity;
    message: string;
    files: StateFile[];
};
/** A file of a state commit: new text, or a blob the repository already holds (a record set aside). */
export type StateFile = {
    path: string;
    text: string;
} | {
    path: string;
    oid: string;
    mode?: string;
};
/**
 * A `git fast-import` stream that makes one commit: the parent's tree plus the given files.
 * One process writes all blobs, the tree and the commit, without an index or a work tree.
 * Format: https://git-scm.com/docs/git-fast-import
 */
export declare function fastImportStream(commit: StateCommit): Buffer;
/** "Record 3 flow events" plus the event ids, one per line (at most 20). */
export declare function stateCommitMessage(eventIds: string[]): string;
/**
 * The files a state commit writes for a batch of records: each record merged with the one
 * stored at the tip (`stored`, read by `parse`; undefined sets it aside, and its blob, or the
 * folder or submodule found there, is kept by object id and mode as `<path>.corrupt-<time>`),
 * only those whose text changes, and the branch's README when the tip has none. Empty when
 * nothing changes.
 */
export declare function batchFiles(options: {
    batch: Array<{
        record: EventRecord;
        path: string;
    }>;
    stored: (path: string) => StoredBlob | undefined;
    parse: (blob: StoredBlob, path: string) => EventRecord | undefined;
    branch: string;
    /** What the branch store reads back (MAX_RECORD_BYTES, and one object or array per 32 bytes of it). */
    limits: {
        maxBytes: number;
        maxContainers: number;
    };
    /** Told each record of the batch as it will be at the new tip (merged), with its text: the index's entry is made of it. */
    storedAs?: (path: string, record: EventRecord, text: string) => void;
}): StateFile[];
