import { DEFAULT_TIMEOUT_MS } from "./manifest-defaults.js";
import { type PackageBounds } from "./manifest-paths.js";
import { type ManifestReport } from "./manifest-report.js";
import type { TomlPath } from "./toml-locator.js";
import type { FlowStep, FlowTrigger } from "./types.js";
export { DEFAULT_TIMEOUT_MS };
type StepContext = {
    report: ManifestReport;
    bounds: PackageBounds;
    failed: Set<string>;
    /** Every trigger that could be read, by step index, valid step or not (validate checks them all). */
    triggers?: Array<{
        index: number;
        trigger: FlowTrigger;
    }>;
};
/** The steps, when every one of them is valid (the schema check passed for `steps`). */
export declare function readSteps(context: StepContext, value: unknown): FlowStep[] | undefined;
/**
 * A flow or step name holding a bidirectional control or an invisible character, which `flows new`
 * refuses (hidden-name.ts): a warning, not an error, as the older runtime ran such a package
 * (it took any non-blank name) and an old flow must run unchanged. Every report shows the
 * character escaped, but nothing told the user it was there.
 */
export declare function hiddenNameWarning(report: ManifestReport, path: TomlPath, name: string): void;
