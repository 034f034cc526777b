import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { FlowDiagnostic } from "../../contracts.js";
import { type DispatchOptions, dispatch } from "../../engine/dispatch.js";
import { type ConditionGitHubContext, gitHubConditionContext } from "../../flows/condition.js";
import { discoverFlows } from "../../flows/discovery.js";
import type { DiscoveryResult } from "../../flows/types.js";
import { pullRequestFilesSource } from "../changed-files.js";
import type { ActionContext } from "../context.js";
import { DEFAULT_FLOWS_PATH } from "../inputs.js";
import { publishOutcome } from "../publish.js";
import type { GitHubReportContext } from "../reporter.js";
import type { StateStore } from "../../state/types.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";

/** The flow packages under the `flows-path` roots, parsed for this event's type. */
export async function discover(context: ActionContext): Promise<DiscoveryResult> {
  const { workspace } = context.runner;
  // The layout check flows validate and fire use: a folder under a root that is not a package
  // (its flow.toml misnamed) was passed by without a word, as if its steps did not exist.
  const discovery = await discoverFlows({ repoRoot: workspace, roots: context.inputs.flowsPath, eventType: context.event.type, checkLayout: true });
  const { layout, others } = layoutProblems(workspace, context.inputs.flowsPath, discovery);
  discovery.problems = others;
  const crowded = crowdedRoots(workspace, layout);
  discovery.problems.unshift(
    ...missingFlowRoots(workspace, context.inputs.flowsPath, discovery.missingRoots ?? []),
    // A crowded root's own warning says whether it holds a package too.
    ...emptyFlowRoots(workspace, context.inputs.flowsPath, discovery, new Set(crowded.keys())),
    ...layout.filter((problem) => !crowded.has(dirname(resolve(workspace, problem.file)))),
    ...[...crowded].map(([root, problems]) => crowdedRootWarning(workspace, root, problems, holdsPackage(workspace, root, discovery))),
  );
  return discovery;
}

/**
 * The layout check's warnings about folders right under a root, apart from the other problems.
 * Left out: a root that does not exist (missingFlowRoots says it, the action's way), and the
 * folders of a root that is a package itself (emptyFlowRoots names the folder to give instead;
 * its `exec` folder is no misnamed package). Apart, they do not make a root count as holding one.
 */
function layoutProblems(workspace: string, roots: readonly string[], discovery: DiscoveryResult): { layout: FlowDiagnostic[]; others: FlowDiagnostic[] } {
  const folders = new Set(roots.map((root) => resolve(workspace, root)));
  const missing = new Set((discovery.missingRoots ?? []).map((root) => resolve(workspace, root)));
  const layout: FlowDiagnostic[] = [];
  const others: FlowDiagnostic[] = [];
  for (const problem of discovery.problems) {
    const file = resolve(workspace, problem.file);
    if (problem.severity === "warning" && missing.has(file) && problem.message.startsWith("flow root ")) continue;
    const root = dirname(file);
    if (problem.severity !== "warning" || !folders.has(root)) others.push(problem);
    else if (!existsSync(join(root, "flow.toml"))) layout.push(problem);
  }
  return { layout, others };
}

/** Folders of one root that are not packages, warned of one by one; past it, counted in one warning. */
const LAYOUT_WARNINGS_PER_ROOT = 5;
/** Folders named in that warning. */
const NAMED_FOLDERS = 3;

/**
 * The roots with more folders that are not packages than LAYOUT_WARNINGS_PER_ROOT, with their
 * layout warnings: a flows-path of `/etc` or `../..` gave a warning per subfolder, dozens to
 * hundreds, which took the job's annotations and buried the one thing to change.
 */
function crowdedRoots(workspace: string, layout: FlowDiagnostic[]): Map<string, FlowDiagnostic[]> {
  const byRoot = new Map<string, FlowDiagnostic[]>();
  for (const problem of layout) {
    const root = dirname(resolve(workspace, problem.file));
    byRoot.set(root, [...(byRoot.get(root) ?? []), problem]);
  }
  return new Map([...byRoot].filter(([, problems]) => problems.length > LAYOUT_WARNINGS_PER_ROOT));
}

/** One warning for a crowded root: how many of its folders are not packages, a few of them by name. */
function crowdedRootWarning(workspace: string, root: string, problems: FlowDiagnostic[], anyPackage: boolean): FlowDiagnostic {
  // Relative to the workspace inside it, as the flows-path input is written; absolute outside it.
  const shown = (folder: string): string => {
    const path = relative(workspace, resolve(workspace, folder));
    return path === ".." || path.startsWith(`..${sep}`) ? resolve(workspace, folder) : path.split(sep).join("/") || ".";
  };
  const named = problems.slice(0, NAMED_FOLDERS).map((problem) => `"${shown(problem.file)}"`);
  const loaded = anyPackage ? "" : ", and no flow package, so no flows were loaded from it";
  return {
    severity: "warning",
    file: 'input "flows-path"',
    message:
      `"${shown(root)}" holds ${problems.length} folders that are not flow packages (no usable flow.toml)${loaded}: ${named.join(", ")} and ${problems.length - named.length} more. ` +
      "flows-path takes the folders that hold flow packages, one subfolder each: is it set to a folder too broad? `flows validate --flows-path <folder>` warns of each folder.",
  };
}

/** Whether discovery found a package (loaded, deferred, shadowed, broken or with a problem) under `folder`. */
function holdsPackage(workspace: string, folder: string, discovery: DiscoveryResult): boolean {
  const manifests = [
    ...discovery.flows.map((flow) => flow.manifestPath),
    ...(discovery.deferred ?? []).map((flow) => flow.manifestPath),
    ...discovery.shadowed.map((flow) => flow.shadowedManifest),
    ...(discovery.broken ?? []).map((flow) => flow.manifestPath),
    ...discovery.problems.flatMap((problem) => (problem.file ? [resolve(workspace, problem.file)] : [])),
  ];
  return manifests.some((path) => path.startsWith(`${folder}${sep}`));
}

/**
 * Flow roots the workflow set that exist but hold no package: without a word, the job said no
 * flow step had a trigger for the event. The likely slip, a package's own folder given as a
 * root (flows-path: flows/notes), is named with the folder to give instead. The default roots
 * say nothing: a repository may have a `flows` folder for something else.
 */
export function emptyFlowRoots(workspace: string, roots: readonly string[], discovery: DiscoveryResult, crowded: ReadonlySet<string> = new Set()): FlowDiagnostic[] {
  if (roots.length === DEFAULT_FLOWS_PATH.length && roots.every((root, i) => root === DEFAULT_FLOWS_PATH[i])) return [];
  const missing = new Set(discovery.missingRoots ?? []);
  return roots
    .filter((root) => !missing.has(root) && !crowded.has(resolve(workspace, root)))
    .filter((root) => !holdsPackage(workspace, resolve(workspace, root), discovery))
    .map((root) => {
      const isPackage = existsSync(join(resolve(workspace, root), "flow.toml"));
      const parent = relative(workspace, dirname(resolve(workspace, root))).split(sep).join("/") || ".";
      return {
        severity: "warning" as const,
        file: 'input "flows-path"',
        message: isPackage
          ? `"${root}" holds no flow package, so no flows were loaded from it: it is a flow package itself (it has a flow.toml). flows-path takes the folders that hold packages, one subfolder each: here "${parent}".`
          : `"${root}" holds no flow package (a subfolder with a flow.toml), so no flows were loaded from it.`,
      };
    });
}

/**
 * Flow roots that are not in the workspace (discovery's `missingRoots`). Without them a job says
 * "nothing matched", as if no flow had a trigger for the event: name the root instead (a typo in
 * `flows-path`), or, when no root exists at all, the usual cause (no actions/checkout before the
 * action). Of the default roots, one alone missing is normal.
 */
export function missingFlowRoots(workspace: string, roots: readonly string[], missing: readonly string[]): FlowDiagnostic[] {
  const defaults = roots.length === DEFAULT_FLOWS_PATH.length && roots.every((root, i) => root === DEFAULT_FLOWS_PATH[i]);
  const none = roots.every((root) => missing.includes(root));
  if (missing.length === 0 || (defaults && !none)) return [];
  const file = 'input "flows-path"';
  const checkout = none ? " Does the job check out the repository (actions/checkout) before this step?" : "";
  if (defaults) {
    const message = `No flow package was loaded: neither ${roots.join(" nor ")} is a folder in the workspace (${workspace}).${checkout} Or set flows-path to the folders that hold your flow packages.`;
    return [{ severity: "warning", file, message }];
  }
  return missing.map((root) => ({
    severity: "warning" as const,
    file,
    message:
      `"${root}" is not a folder in the workspace (${workspace}), so no flows were loaded from it.` +
      (/[*?[{]/.test(root) ? " flows-path takes folders (each subfolder with a flow.toml is a package), not glob patterns." : "") +
      checkout,
  }));
}

/**
 * The steps the reusable workflow runs for the event: what a dispatch would run, as a dry run
 * (the run cap included). The plan job gives each a job, but for those `store` says were handled
 * before; the report job expects each back, so both compute it here, the same way: the report
 * with a store that holds the runs the plan left out, and `handledBefore`, the steps the plan's
 * run cap counted as handled before, so that its cap leaves out the same steps.
 */
export function planSteps(
  context: ActionContext,
  discovery: DiscoveryResult,
  { store, handledBefore }: { store?: StateStore | undefined; handledBefore?: ReadonlySet<string> } = {},
): Promise<DispatchOutcome> {
  const { runner, debug, stepEnv, inputs } = context;
  return dispatch(context.event, {
    repoRoot: runner.workspace,
    discovery,
    dryRun: true,
    ...(store ? { store } : {}),
    ...(handledBefore ? { handledBefore } : {}),
    replay: inputs.replay !== undefined,
    ...(debug ? { debug } : {}),
    env: stepEnv,
    ...conditionOptions(context),
  });
}

/** How the engine runs steps in this job. */
export function engineOptions(context: ActionContext, discovery: DiscoveryResult): DispatchOptions {
  const { inputs, runner } = context;
  return {
    repoRoot: runner.workspace,
    discovery,
    store: context.store,
    replay: inputs.replay !== undefined,
    concurrency: inputs.concurrency,
    dryRun: inputs.dryRun,
    env: context.stepEnv,
    exportEnv: inputs.exportEnv,
    workspaceBackendUrl: inputs.workspaceBackendUrl || undefined,
    bunPath: context.bunPath,
    launchedBy: runner.actor ? `github-actions:${runner.actor}` : "github-actions",
    signal: context.signal,
    debug: context.debug,
    ...conditionOptions(context),
    // With debug logging the job summary also explains why each step matched or not.
    explain: context.debug !== undefined,
  };
}

/** What trigger conditions read besides the event: the `github` context and, for changed(), a pull request's files. */
export function conditionOptions(context: ActionContext): Pick<DispatchOptions, "github" | "changedFiles"> {
  const changedFiles = pullRequestFilesSource(context);
  return { github: conditionGitHub(context), ...(changedFiles ? { changedFiles } : {}) };
}

/** The `github` context of trigger conditions: the job's GITHUB_* variables and webhook payload. */
export function conditionGitHub(context: ActionContext): ConditionGitHubContext {
  const webhook = (context.event.payload as { github?: unknown } | null)?.github;
  return gitHubConditionContext({ env: context.stepEnv, payload: webhook });
}

export function githubContext(context: ActionContext): GitHubReportContext {
  return {
    io: context.io,
    runner: context.runner,
    token: context.inputs.githubToken,
    event: context.event,
    report: context.inputs.report,
    dryRun: context.inputs.dryRun,
    debug: context.debug,
  };
}

/** Annotations, the job summary, outputs and fail-on. */
export function publish(context: ActionContext, outcome: DispatchOutcome, backend?: string): Promise<void> {
  const { inputs, runner } = context;
  // The check runs the summary may point to: those the job writes (./reporter.ts, `enabled`).
  const checkRuns = inputs.githubToken && runner.insideWorkflowRun && !inputs.dryRun ? inputs.report.checks : "off";
  return publishOutcome(outcome, { io: context.io, runner, failOn: inputs.failOn, checkRuns, ...(backend ? { backend } : {}) });
}
