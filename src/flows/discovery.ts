import type { Dirent, Stats } from "node:fs";
import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import { compileFlowConditions, hasConditions } from "./condition.js";
import { holdsHiddenCharacter } from "./hidden-name.js";
import { couldMatch, type DeferredFlow, hasDoubtfulType, scanManifest } from "./deferred.js";
import { type LoadedFlowManifest, parseFlowManifest } from "./manifest.js";
import { fileProblem } from "./file-problem.js";
import { readManifestText } from "./manifest-file.js";
import { brokenLink, isInside } from "./manifest-paths.js";
import { foldName as foldOf, nameCollisions, type NamedPlace } from "./name-collisions.js";
import { TomlLocator, type TomlPosition } from "./toml-locator.js";
import { checkArgument, isRecord } from "../library-arguments.js";
import { DEFAULT_FLOW_ROOTS } from "./roots.js";
import type { DiscoveryResult, FlowPackage } from "./types.js";

// In a module of its own: the CLI looks for the roots before it loads discovery (src/cli/repo-root.ts).
export { DEFAULT_FLOW_ROOTS } from "./roots.js";

export type DiscoverFlowsOptions = {
  /** Repository root; relative roots are resolved against it. */
  repoRoot: string;
  /** Folders whose direct children are flow packages, in priority order. */
  roots?: readonly string[];
  /**
   * The event about to be dispatched: packages that cannot match it are kept unparsed
   * (DiscoveryResult.deferred) until an event they could match comes (loadDeferredFlows).
   * Leave it out to load and check every package (flows validate, flows list).
   */
  eventType?: string;
  /** Defer only in repositories with more packages than this (default 100); see below. */
  deferAbove?: number;
  /**
   * Warn about what looks meant as a package but is not (flows validate, flows list): a root
   * given in `roots` that does not exist, a folder under a root with files but no flow.toml.
   */
  checkLayout?: boolean;
};

// Up to this many packages, every manifest is parsed for every event (a few milliseconds), so
// a broken flow.toml is reported on any event, a pull request's checks included. Past it,
// parsing packages that cannot match the event would dominate the action's run time.
export const DEFER_ABOVE = 100;

/** For callers from JavaScript: the options discoverFlows (and validateFlows) cannot do without. */
export function checkDiscoverFlowsOptions(functionName: string, options: unknown): void {
  checkArgument(isRecord(options), functionName, "options", "an options object like { repoRoot: process.cwd() }", options);
  checkArgument(typeof options.repoRoot === "string" && options.repoRoot !== "", functionName, "options.repoRoot", "the repository folder, as a string", options.repoRoot);
  const roots = options.roots;
  checkArgument(roots === undefined || (Array.isArray(roots) && roots.every((root) => typeof root === "string")), functionName, "options.roots", 'an array of folder paths (strings), e.g. ["flows"]', roots);
}

export async function discoverFlows(options: DiscoverFlowsOptions): Promise<DiscoveryResult> {
  checkDiscoverFlowsOptions("discoverFlows", options);
  const problems: FlowDiagnostic[] = [];
  const folders: string[] = [];
  const missingRoots: string[] = [];
  const seenRoots = new Set<string>();
  const repository = repositoryBounds(options.repoRoot);
  for (const root of options.roots ?? DEFAULT_FLOW_ROOTS) {
    const absoluteRoot = resolve(options.repoRoot, root);
    if (seenRoots.has(absoluteRoot)) continue;
    seenRoots.add(absoluteRoot);
    const bounds = rootBounds(root, absoluteRoot, repository, problems);
    if (bounds === undefined) continue;
    const found = await packageFolders(absoluteRoot, bounds, problems);
    if (found === undefined && options.roots !== undefined) missingRoots.push(root);
    if (found === undefined && options.checkLayout && options.roots !== undefined) {
      problems.push({
        severity: "warning",
        file: absoluteRoot,
        message: `flow root "${root}" does not exist, so no flows were loaded from it. Check the flows path (--flows-path, or the flows-path input).`,
      });
    }
    folders.push(...(found ?? []));
  }

  // Reading the manifest doubles as the "is this a package" check: one less stat per folder.
  // Discovery uses synchronous fs calls: it runs before anything else could overlap with it,
  // and for 1,000 small manifests the promise machinery costs several times the reads.
  const loaded: Array<{ order: number; result: LoadedFlowManifest }> = [];
  const deferred: DeferredFlow[] = [];
  const lazy = options.eventType !== undefined && folders.length > (options.deferAbove ?? DEFER_ABOVE);
  folders.forEach((folder, order) => {
    const manifestPath = childPath(folder, "flow.toml");
    const text = readManifest(manifestPath);
    if (text === undefined) {
      if (options.checkLayout) problems.push(...notAPackage(folder));
      return;
    }
    const scan = !lazy || typeof text !== "string" ? undefined : scanManifest(text);
    if (scan && typeof text === "string" && !couldMatch(scan, options.eventType as string) && !hasDoubtfulType(scan) && !holdsHiddenCharacter(text)) {
      deferred.push({ manifestPath, text, order, ...scan });
      return;
    }
    loaded.push({ order, result: typeof text === "string" ? parseFlowManifest(manifestPath, text) : unreadableManifest(manifestPath, text.problem) });
  });
  const discovery: DiscoveryResult = { flows: [], problems, shadowed: [], ...(missingRoots.length > 0 ? { missingRoots } : {}), ...(options.eventType === undefined ? {} : { deferred }) };
  // A deferred package found before a loaded one of the same name would shadow it: load it now.
  const loadedNames = new Set(loaded.map(({ result }) => result.flow?.name));
  const contenders = deferred.filter((item) => loadedNames.has(item.name));
  admit(discovery, [...loaded, ...takeDeferred(discovery, contenders)]);
  discovery.problems.push(...flowNameCollisions(discovery, options.repoRoot));
  // Conditions are parsed once per loaded package, here; the evaluator loads only if one exists.
  if (hasConditions(discovery.flows)) discovery.problems.push(...(await compileFlowConditions(discovery.flows)));
  return discovery;
}

/**
 * Parse the deferred packages an event of `eventType` could match (with any of the same name,
 * so shadowing stays exact) and add them to the discovery. Returns the flows to match.
 */
export function loadDeferredFlows(discovery: DiscoveryResult, eventType: string): FlowPackage[] {
  const wanted = (discovery.deferred ?? []).filter((item) => couldMatch(item, eventType));
  if (wanted.length > 0) {
    const names = new Set(wanted.map((item) => item.name));
    admit(discovery, takeDeferred(discovery, (discovery.deferred ?? []).filter((item) => names.has(item.name))));
  }
  return discovery.flows;
}

function takeDeferred(discovery: DiscoveryResult, items: DeferredFlow[]): Array<{ order: number; result: LoadedFlowManifest }> {
  if (items.length === 0) return [];
  const taken = new Set(items);
  discovery.deferred = (discovery.deferred ?? []).filter((item) => !taken.has(item));
  return items.map((item) => ({ order: item.order, result: parseFlowManifest(item.manifestPath, item.text) }));
}

const ORDER = new WeakMap<FlowPackage, number>();
/** Where each admitted package writes its name, found only for a message. */
const NAME_POSITION = new WeakMap<FlowPackage, () => TomlPosition | undefined>();

const CONFUSED_FLOWS =
  "a reader of check runs, the job summary and PR comments cannot tell the two flows apart, and tools or file systems " +
  "that ignore case (macOS, Windows) take them for one. Both are loaded and run.";

/**
 * Packages whose names differ only in case or Unicode form (src/flows/name-collisions.ts), the
 * deferred ones included, so the warning does not depend on the event discovery was for.
 */
function flowNameCollisions(discovery: DiscoveryResult, repoRoot: string): FlowDiagnostic[] {
  const loaded = discovery.flows.map((flow) => ({ order: ORDER.get(flow) ?? 0, file: flow.manifestPath, name: flow.name, position: NAME_POSITION.get(flow) }));
  const loadedNames = new Set(discovery.flows.map((flow) => flow.name));
  const deferred = (discovery.deferred ?? [])
    .filter((item) => !loadedNames.has(item.name))
    .map((item) => ({ order: item.order, file: item.manifestPath, name: item.name, position: () => new TomlLocator(item.text).locate(["name"]) }));
  const all = [...loaded, ...deferred].sort((a, b) => a.order - b.order);
  // Positions are looked up only for the names that collide: finding one scans the manifest.
  const folds = new Map<string, number>();
  for (const item of all) {
    const fold = foldOf(item.name);
    folds.set(fold, (folds.get(fold) ?? 0) + 1);
  }
  const places: NamedPlace[] = all
    .filter((item) => (folds.get(foldOf(item.name)) ?? 0) > 1)
    .map((item) => ({ name: item.name, file: item.file, ...item.position?.() }));
  if (places.length === 0) return [];
  const shownPath = (file: string): string => relative(repoRoot, file).split(sep).join("/") || file;
  return nameCollisions(places, { what: "flow", shownPath, consequence: CONFUSED_FLOWS });
}

/** Add parsed packages in discovery order: the first package with a name wins. */
function admit(discovery: DiscoveryResult, results: Array<{ order: number; result: LoadedFlowManifest }>): void {
  const keptByName = new Map(discovery.flows.map((flow) => [flow.name, flow]));
  for (const { order, result } of [...results].sort((a, b) => a.order - b.order)) {
    discovery.problems.push(...result.problems);
    const flow = result.flow;
    if (!flow) {
      if (result.broken) discovery.broken = [...(discovery.broken ?? []), result.broken];
      continue;
    }
    ORDER.set(flow, order);
    const kept = keptByName.get(flow.name);
    if (kept) {
      discovery.shadowed.push({ name: flow.name, keptManifest: kept.manifestPath, shadowedManifest: flow.manifestPath });
      discovery.problems.push({
        severity: "warning",
        file: flow.manifestPath,
        ...result.namePosition?.(),
        message:
          `flow "${flow.name}" is also defined by ${kept.manifestPath}, which was found first, ` +
          `so ${flow.manifestPath} is ignored. Rename one of them or remove the stale copy.`,
      });
      continue;
    }
    keptByName.set(flow.name, flow);
    if (result.namePosition) NAME_POSITION.set(flow, result.namePosition);
    discovery.flows.push(flow);
  }
  discovery.flows.sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}

/** The repository folder as given and with symbolic links resolved. */
type RepositoryBounds = { root: string; realRoot: string };

function repositoryBounds(repoRoot: string): RepositoryBounds {
  const root = resolve(repoRoot);
  return { root, realRoot: realPath(root) ?? root };
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/**
 * The real folders a flow root's packages may lead into; undefined (with a problem) for a root
 * in the repository that a symbolic link carries out of it. Whoever can add a link (a pull
 * request: `flows -> /`, `flows/x -> ../../..`) would otherwise make the job list, stat and
 * read folders of the runner. A root written outside the repository (--flows-path ../shared)
 * is the user's choice and is taken as written, its packages kept inside it.
 */
function rootBounds(root: string, absoluteRoot: string, repository: RepositoryBounds, problems: FlowDiagnostic[]): string[] | undefined {
  const realRoot = realPath(absoluteRoot);
  if (!isInside(absoluteRoot, repository.root)) return realRoot === undefined ? [repository.realRoot] : [repository.realRoot, realRoot];
  if (realRoot === undefined || isInside(realRoot, repository.realRoot)) return [repository.realRoot];
  problems.push({
    severity: "error",
    file: absoluteRoot,
    message:
      `flow root "${root}" is a symbolic link to ${realRoot}, outside the repository (${repository.realRoot}), so no flows were loaded from it. ` +
      "Move the flow packages into the repository instead of linking to them.",
  });
  return undefined;
}

/**
 * Direct child folders of a root, sorted: the places a flow.toml may be. Missing root: undefined.
 * A child that is a symbolic link out of `bounds` is refused before anything under it is read.
 */
async function packageFolders(root: string, bounds: readonly string[], problems: FlowDiagnostic[]): Promise<string[] | undefined> {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    const { problem, hint } = fileProblem(root, code, "folder");
    problems.push({
      severity: "warning",
      file: root,
      message: `flow root ${problem}, so no flows were loaded from it. ${hint.replace(/\.$/, "")} (--flows-path, or the flows-path input).`,
    });
    return [];
  }
  // Plain code-unit order, like the old runtime's Array#sort: stable across locales.
  const names = entries.filter((entry) => !entry.isFile() && !(entry.isSymbolicLink() && !linkedFolder(childPath(root, entry.name), bounds, problems)));
  return names.map((entry) => entry.name).sort().map((name) => childPath(root, name));
}

/**
 * Whether a symbolic link under a flow root may be a package folder: a link to a folder inside
 * `bounds`, or to nothing (flows validate and list say what it is: notAPackage). A link to a
 * folder out of `bounds` is refused (said once, as an error). A link to a file is no package, as
 * a plain file is not, wherever it points: a flow root holding one (`flows-path: /etc`, whose
 * `localtime` links to /usr/share/zoneinfo) failed the job as if it were a package linked out.
 */
function linkedFolder(link: string, bounds: readonly string[], problems: FlowDiagnostic[]): boolean {
  const target = realPath(link);
  if (target === undefined) return true;
  let folder: boolean;
  try {
    folder = statSync(target).isDirectory();
  } catch {
    return true;
  }
  if (!folder) return false;
  if (bounds.some((bound) => isInside(target, bound))) return true;
  problems.push({
    severity: "error",
    file: link,
    message:
      `the package folder ${link} is a symbolic link to ${target}, outside the repository (${bounds[0]}), so it is not loaded. ` +
      "Copy the package into the repository instead of linking to it.",
  });
  return false;
}

/**
 * `join(folder, name)` for a folder that path.resolve gave (absolute, normalised) and a name
 * that readdir gave or a plain file name (no separator, never "." or ".."): the same string,
 * without normalising the whole path again (path.join's cost was a fifth of discovery's for 1,000
 * packages).
 */
function childPath(folder: string, name: string): string {
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/**
 * A folder under a flow root that is not a package but looks meant as one: its flow.toml is a
 * folder or a symbolic link to nothing, or it holds files but no flow.toml (a misnamed manifest).
 */
function notAPackage(folder: string): FlowDiagnostic[] {
  if (basename(folder).startsWith(".")) return [];
  const link = brokenLink(folder);
  if (link) {
    return [
      {
        severity: "warning",
        file: folder,
        message: `folder is ${link}, so it is not loaded as a flow package. Point the link at the package folder, or remove it.`,
      },
    ];
  }
  const unusable = unusableManifest(childPath(folder, "flow.toml"));
  if (unusable) return [unusable];
  let files: string[];
  try {
    files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
  if (files.length === 0) return [];
  const like = files.find((name) => /\.toml$/i.test(name) || /^flow/i.test(name));
  return [
    {
      severity: "warning",
      file: folder,
      message:
        `folder holds no flow.toml, so it is not a flow package${like ? ` (it holds ${like}: is that the manifest, misnamed?)` : ""}. ` +
        "A flow package's manifest must be named flow.toml; move other folders out of the flow root.",
    },
  ];
}

/** A flow.toml that exists but cannot be a manifest: a folder, or a symbolic link to nothing. */
function unusableManifest(manifestPath: string): FlowDiagnostic | undefined {
  const skipped = "so the folder is not loaded as a flow package";
  const link = brokenLink(manifestPath);
  if (link) {
    return { severity: "warning", file: manifestPath, message: `flow.toml is ${link}, ${skipped}. Point the link at the manifest, or replace it with the file.` };
  }
  let target: Stats | undefined;
  try {
    target = statSync(manifestPath, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!target?.isDirectory()) return undefined;
  return {
    severity: "warning",
    file: manifestPath,
    message: `flow.toml is a folder, not a file, ${skipped}. Replace the folder with the manifest file.`,
  };
}

/**
 * The manifest's text; undefined when the folder holds none (it is not a package); a problem when
 * it cannot be used (unreadable, no plain file, over MAX_MANIFEST_BYTES: src/flows/manifest-file.ts).
 */
function readManifest(manifestPath: string): string | { problem: string } | undefined {
  const read = readManifestText(manifestPath);
  if ("missing" in read) return undefined;
  return "text" in read ? read.text : { problem: read.problem };
}

function unreadableManifest(manifestPath: string, message: string): LoadedFlowManifest {
  return {
    problems: [{ severity: "error", file: manifestPath, message }],
  };
}
