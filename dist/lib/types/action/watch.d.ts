import type { DispatchObserver, DispatchOutcome } from "../engine/dispatch.js";
import type { DiscoveryResult } from "../flows/types.js";
import type { StateStore } from "../state/types.js";
import { type ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
export type WatchReleasesOptions = {
    io: ActionIO;
    env: NodeJS.ProcessEnv;
    inputs: ActionInputs;
    repoRoot: string;
    store: StateStore;
    discovery: DiscoveryResult;
    stepEnv: NodeJS.ProcessEnv;
    bunPath: () => Promise<string>;
    observer: DispatchObserver;
    signal?: AbortSignal;
};
/**
 * Poll the watched repositories (input `watch` and/or `[[watch]]` in .github/flows.toml) and
 * dispatch each new release as an `upstream.release` event. Returns one outcome per release;
 * a repository that fails is a warning, and the others are still handled.
 */
export declare function watchReleases(options: WatchReleasesOptions): Promise<DispatchOutcome[]>;
