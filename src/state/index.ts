import { FileStateStore } from "./file-store.js";
import { defaultStateDir } from "./layout.js";
import { MemoryStateStore } from "./memory-store.js";
import type { StateStore } from "./types.js";

export type { BranchStoreStats, BranchStateStore, BranchStateStoreOptions } from "./branch-store.js";
export { DEFAULT_STATE_AUTHOR, type GitIdentity } from "./branch-commit.js";
export { StateBranchError, type StateBranchErrorKind } from "./branch-errors.js";
export { StateLockError } from "./file-lock.js";
export { FileStateStore, type FileStateStoreOptions } from "./file-store.js";
export { defaultStateDir, eventRecordPath, StateRecordError } from "./layout.js";
export { MemoryStateStore } from "./memory-store.js";
export { mergeEventRecords, parseEventRecord } from "./record.js";
export * from "./types.js";

/** Where records are kept. ("artifact", a workflow-artifact store, is planned; see below.) */
export type StateStoreKind = "file" | "branch" | "memory" | "none";

export type CreateStateStoreOptions = {
  kind: StateStoreKind;
  /** file: the folder; default `<repoDir or cwd>/.codex/flow-client`. */
  dir?: string;
  /** file: the checkout the default folder is in; branch: a checkout whose origin holds the branch. */
  repoDir?: string;
  /** branch: the repository as a path or URL (with a token for GitHub); wins over repoDir. */
  remoteUrl?: string;
  /** branch: default `flows-state`. */
  branch?: string;
};

/**
 * The store for a run. The branch store's module (git plumbing) is imported only when asked
 * for, so file-only runs do not load it.
 */
export async function createStateStore(options: CreateStateStoreOptions): Promise<StateStore> {
  switch (options.kind) {
    case "file":
      return new FileStateStore({ dir: options.dir ?? defaultStateDir(options.repoDir ?? process.cwd()) });
    case "branch": {
      if (!options.remoteUrl && !options.repoDir) {
        throw new Error('state "branch" needs a repository: pass repoDir (a checkout) or remoteUrl');
      }
      const { BranchStateStore } = await import("./branch-store.js");
      return new BranchStateStore({
        ...(options.remoteUrl ? { remoteUrl: options.remoteUrl } : {}),
        ...(options.repoDir ? { repoDir: options.repoDir } : {}),
        ...(options.branch ? { branch: options.branch } : {}),
      });
    }
    case "memory":
    case "none":
      return new MemoryStateStore();
    // An artifact store (records uploaded as a workflow artifact) goes here: add "artifact" to
    // StateStoreKind and import its module lazily, like the branch store.
    default:
      return unknownKind(options.kind);
  }
}

function unknownKind(kind: never): never {
  throw new Error(`unknown state store "${String(kind)}": use file, branch, memory or none`);
}
