import type { StateFolderSetting } from "../state/file-errors.js";
import type { ReadOnlySetting, StateStore } from "../state/types.js";
import { type ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
export declare const STATE_KINDS: readonly ["artifact", "branch", "file", "none"];
export type ActionStateKind = (typeof STATE_KINDS)[number];
export declare function readStateKind(value: string): ActionStateKind;
export type OpenActionStoreOptions = {
    inputs: Pick<ActionInputs, "state" | "stateBranch" | "stateDir" | "githubToken">;
    env: NodeJS.ProcessEnv;
    repoRoot: string;
    /** `core.debug`: the artifact store tells it about its API calls, uploads and downloads. */
    debug?: (message: string) => void;
    /**
     * What chose the file store's folder, as its errors name it; default: the state-dir input.
     * `flows github` passes its --state-dir option.
     */
    dirSetting?: StateFolderSetting;
    /** Open it only to read (the plan job): the store itself then changes nothing where it keeps records (read-only.ts). */
    readOnly?: ReadOnlySetting;
};
/** The state store the `state` input asks for, set up from the runner's environment. */
export declare function openActionStore({ inputs, env, repoRoot, debug, dirSetting, readOnly }: OpenActionStoreOptions): Promise<StateStore>;
/** https URL of this repository, without credentials. */
export declare function branchRemoteUrl(env: NodeJS.ProcessEnv): string;
/**
 * Flush the store; when records could not be saved, the job summary lists their event ids
 * before the error fails the job (a redelivery of those events would run their steps again).
 * Problems the flush met that no dispatch reported (a state branch that lost commits) are
 * annotated and added to the summary, whether it saved or not.
 */
export declare function flushActionStore(store: StateStore, io: Pick<ActionIO, "appendSummary" | "error" | "warning" | "annotationsLeft"> & Partial<Pick<ActionIO, "info" | "summaryRoom">>, repoRoot: string): Promise<void>;
