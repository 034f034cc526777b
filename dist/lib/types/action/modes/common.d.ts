import type { FlowDiagnostic } from "../../contracts.js";
import { type DispatchOptions } from "../../engine/dispatch.js";
import { type ConditionGitHubContext } from "../../flows/condition.js";
import type { DiscoveryResult } from "../../flows/types.js";
import type { ActionContext } from "../context.js";
import type { GitHubReportContext } from "../reporter.js";
import type { StateStore } from "../../state/types.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";
/** The flow packages under the `flows-path` roots, parsed for this event's type. */
export declare function discover(context: ActionContext): Promise<DiscoveryResult>;
/**
 * Flow roots the workflow set that exist but hold no package: without a word, the job said no
 * flow step had a trigger for the event. The likely slip, a package's own folder given as a
 * root (flows-path: flows/notes), is named with the folder to give instead. The default roots
 * say nothing: a repository may have a `flows` folder for something else.
 */
export declare function emptyFlowRoots(workspace: string, roots: readonly string[], discovery: DiscoveryResult, crowded?: ReadonlySet<string>): FlowDiagnostic[];
/**
 * Flow roots that are not in the workspace (discovery's `missingRoots`). Without them a job says
 * "nothing matched", as if no flow had a trigger for the event: name the root instead (a typo in
 * `flows-path`), or, when no root exists at all, the usual cause (no actions/checkout before the
 * action). Of the default roots, one alone missing is normal.
 */
export declare function missingFlowRoots(workspace: string, roots: readonly string[], missing: readonly string[]): FlowDiagnostic[];
/**
 * The steps the reusable workflow runs for the event: what a dispatch would run, as a dry run
 * (the run cap included). The plan job gives each a job, but for those `store` says were handled
 * before; the report job expects each back, so both compute it here, the same way: the report
 * with a store that holds the runs the plan left out, and `handledBefore`, the steps the plan's
 * run cap counted as handled before, so that its cap leaves out the same steps.
 */
export declare function planSteps(context: ActionContext, discovery: DiscoveryResult, { store, handledBefore }?: {
    store?: StateStore | undefined;
    handledBefore?: ReadonlySet<string>;
}): Promise<DispatchOutcome>;
/** How the engine runs steps in this job. */
export declare function engineOptions(context: ActionContext, discovery: DiscoveryResult): DispatchOptions;
/** What trigger conditions read besides the event: the `github` context and, for changed(), a pull request's files. */
export declare function conditionOptions(context: ActionContext): Pick<DispatchOptions, "github" | "changedFiles">;
/** The `github` context of trigger conditions: the job's GITHUB_* variables and webhook payload. */
export declare function conditionGitHub(context: ActionContext): ConditionGitHubContext;
export declare function githubContext(context: ActionContext): GitHubReportContext;
/** Annotations, the job summary, outputs and fail-on. */
export declare function publish(context: ActionContext, outcome: DispatchOutcome, backend?: string): Promise<void>;
