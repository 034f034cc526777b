import type { ArtifactStateStoreOptions } from "./artifact-store.js";
import type { StateFolderSetting } from "./file-errors.js";
import type { ReadOnlySetting, StateStore } from "./types.js";
export { ArtifactStateError, type ArtifactStateErrorKind } from "./artifact-errors.js";
export type { ArtifactStateStore, ArtifactStateStoreOptions, ArtifactStoreStats } from "./artifact-store.js";
export type { ArtifactUploader } from "./artifact-upload.js";
export type { BranchStoreStats, BranchStateStore, BranchStateStoreOptions } from "./branch-store.js";
export { DEFAULT_STATE_AUTHOR, type GitIdentity } from "./branch-commit.js";
export { StateBranchError, type StateBranchErrorKind } from "./branch-errors.js";
export { StateNotSavedError } from "./not-saved.js";
export { type FileLockOptions, type LockPoint, StateLockError } from "./file-lock.js";
export { type StateFolder, StateFolderError, type StateFolderSetting } from "./file-errors.js";
export { FileStateStore, type FileStateStoreOptions } from "./file-store.js";
export { defaultStateDir, eventRecordPath, StateRecordError } from "./layout.js";
export { MemoryStateStore } from "./memory-store.js";
export { mergeEventRecords } from "./record.js";
export { parseEventRecord } from "./record-parse.js";
export * from "./types.js";
/** Where records are kept. */
export type StateStoreKind = "file" | "branch" | "artifact" | "memory" | "none";
export type CreateStateStoreOptions = {
    kind: StateStoreKind;
    /** file: the folder; default `<repoDir or cwd>/.codex/flow-client`. */
    dir?: string;
    /** file: the setting that chose `dir` (an input, an option), named in errors about the folder. */
    dirSetting?: StateFolderSetting;
    /** file: the checkout the default folder is in; branch: a checkout whose origin holds the branch. */
    repoDir?: string;
    /** branch: the repository as a path or URL; wins over repoDir. */
    remoteUrl?: string;
    /** branch: token for an https remote (sent in git's environment, never in the URL). */
    token?: string;
    /** branch: default `flows-state`. */
    branch?: string;
    /** branch: push the start of steps at once, so two dispatches of one event do not both run a step (default true, or FLOWS_STATE_CLAIM). */
    claim?: boolean;
    /** artifact: token, repository, apiUrl, runId, runAttempt (from the workflow's environment) ... */
    artifact?: ArtifactStateStoreOptions;
    /**
     * Every kind: open it only to read (`flows show`, a dry run). Nothing where records are kept is
     * changed: a damaged record is reported (`damageOf`) and left as it is, and a save is refused.
     * A reader names itself in messages: `{ command: "flows show", setAsideCommand }`.
     */
    readOnly?: ReadOnlySetting;
};
/**
 * The store for a run. The branch and artifact stores' modules (git plumbing, Octokit and
 * `@actions/artifact`) are imported only when asked for, so file-only runs do not load them.
 */
export declare function createStateStore(options: CreateStateStoreOptions): Promise<StateStore>;
