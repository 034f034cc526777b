import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import { loadFlowManifest } from "./manifest.js";
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
  const manifests: string[] = [];
  const seenRoots = new Set<string>();
  for (const root of options.roots ?? DEFAULT_FLOW_ROOTS) {
    const absoluteRoot = resolve(options.repoRoot, root);
    if (seenRoots.has(absoluteRoot)) continue;
    seenRoots.add(absoluteRoot);
    manifests.push(...(await findManifests(absoluteRoot, problems)));
  }

  const loaded = await mapConcurrently(manifests, LOAD_CONCURRENCY, loadFlowManifest);
  const flows: FlowPackage[] = [];
  const shadowed: ShadowedFlow[] = [];
  const keptByName = new Map<string, FlowPackage>();
  for (const result of loaded) {
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

/** Direct children holding a flow.toml, in sorted order. A missing root is simply empty. */
async function findManifests(root: string, problems: FlowDiagnostic[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      problems.push({
        severity: "warning",
        file: root,
        message: `flow root cannot be read (${code ?? String(error)}); no flows were loaded from it. Check that it is a readable folder.`,
      });
    }
    return [];
  }
  // Plain code-unit order, like the old runtime's Array#sort: stable across locales.
  names.sort();
  const candidates = names.map((name) => join(root, name, "flow.toml"));
  const isManifest = await mapConcurrently(candidates, LOAD_CONCURRENCY, isFile);
  return candidates.filter((_, index) => isManifest[index]);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
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

