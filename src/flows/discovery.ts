import type { Dirent } from "node:fs";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import { type LoadedFlowManifest, loadFlowManifest, parseFlowManifest } from "./manifest.js";
import type { DiscoveryResult, FlowPackage, ShadowedFlow } from "./types.js";

/** Installed copies first, then source packages: the first package with a name wins. */
export const DEFAULT_FLOW_ROOTS: readonly string[] = [".codex/flows", "flows"];

/** Manifests read at once; enough to hide file system latency without exhausting descriptors. */
const LOAD_CONCURRENCY = 32;

export type DiscoverFlowsOptions = {
  /** Repository root; relative roots are resolved against it. */
  repoRoot: string;
  /** Folders whose direct children are flow packages, in priority order. */
  roots?: readonly string[];
};

export async function discoverFlows(options: DiscoverFlowsOptions): Promise<DiscoveryResult> {
  const problems: FlowDiagnostic[] = [];
  const folders: string[] = [];
  const seenRoots = new Set<string>();
  for (const root of options.roots ?? DEFAULT_FLOW_ROOTS) {
    const absoluteRoot = resolve(options.repoRoot, root);
    if (seenRoots.has(absoluteRoot)) continue;
    seenRoots.add(absoluteRoot);
    folders.push(...(await packageFolders(absoluteRoot, problems)));
  }

  // Reading the manifest doubles as the "is this a package" check: one less stat per folder.
  // Discovery uses synchronous fs calls: it runs before anything else could overlap with it,
  // and for 1,000 small manifests the promise machinery costs several times the reads.
  const loaded = await mapConcurrently(folders, LOAD_CONCURRENCY, loadPackage);
  const flows: FlowPackage[] = [];
  const shadowed: ShadowedFlow[] = [];
  const keptByName = new Map<string, FlowPackage>();
  for (const result of loaded) {
    if (!result) continue;
    problems.push(...result.problems);
    const flow = result.flow;
    if (!flow) continue;
    const kept = keptByName.get(flow.name);
    if (kept) {
      shadowed.push({
        name: flow.name,
        keptManifest: kept.manifestPath,
        shadowedManifest: flow.manifestPath,
      });
      problems.push({
        severity: "warning",
        file: flow.manifestPath,
        message:
          `flow "${flow.name}" is also defined by ${kept.manifestPath}, which was found first, ` +
          `so ${flow.manifestPath} is ignored. Rename one of them or remove the stale copy.`,
      });
      continue;
    }
    keptByName.set(flow.name, flow);
    flows.push(flow);
  }
  return { flows, problems, shadowed };
}

/** Direct child folders of a root, sorted: the places a flow.toml may be. Missing root: none. */
async function packageFolders(root: string, problems: FlowDiagnostic[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      problems.push({
        severity: "warning",
        file: root,
        message:
          `flow root cannot be read (${code ?? String(error)}); no flows were loaded from it. ` +
          "Check that it is a readable folder.",
      });
    }
    return [];
  }
  // Plain code-unit order, like the old runtime's Array#sort: stable across locales.
  const names = entries.filter((entry) => !entry.isFile()).map((entry) => entry.name);
  return names.sort().map((name) => join(root, name));
}

/** Loads `<folder>/flow.toml`; undefined when the folder holds none (it is not a package). */
async function loadPackage(folder: string): Promise<LoadedFlowManifest | undefined> {
  const manifestPath = join(folder, "flow.toml");
  let text: string;
  try {
    text = readFileSync(manifestPath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return undefined;
    return loadFlowManifest(manifestPath);
  }
  return parseFlowManifest(manifestPath, text);
}

/** Like Promise.all over `items.map(work)`, with at most `limit` in flight; keeps input order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
