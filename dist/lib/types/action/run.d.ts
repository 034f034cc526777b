import type { DispatchOutcome } from "../engine/dispatch.js";
import type { StateFolderSetting } from "../state/file-errors.js";
import type { ActionIO } from "./io.js";
export type RunActionOptions = {
    io: ActionIO;
    env: NodeJS.ProcessEnv;
    /** Aborted when the job is cancelled: running steps are stopped and recorded as canceled. */
    signal?: AbortSignal;
    /**
     * The `bun` for steps, found on first use. Default: PATH, else the runner's tool cache (a
     * download). `flows github` passes the `flows` command's own lookup: it runs on a machine with
     * no tool cache.
     */
    findBun?: (stepEnv: NodeJS.ProcessEnv) => Promise<string>;
    /**
     * What chose the file store's folder, named in its errors. Default: the state-dir input;
     * `flows github` passes its --state-dir option, the thing its user changes.
     */
    stateDirSetting?: StateFolderSetting;
    /**
     * What set GITHUB_REPOSITORY, named when a replayed event is refused as another repository's.
     * Default: GITHUB_REPOSITORY; `flows github` passes its own source (--repository...).
     */
    repositorySetting?: string;
};
/**
 * The action: inputs and the job's environment, read once → the event → the mode → outputs.
 * Modes: dispatch (everything in this job), plan / run-step / report (the reusable workflow's
 * three jobs), http (a flow backend runs the steps).
 */
export declare function runAction({ io, env, signal, findBun, stateDirSetting, repositorySetting }: RunActionOptions): Promise<DispatchOutcome>;
