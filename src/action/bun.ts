import { access, constants } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { UserError } from "../user-error.js";

export type ResolveBunOptions = {
  inputs: Pick<ActionInputs, "bunVersion" | "bunDownloadUrl">;
  io: Pick<ActionIO, "info">;
  /** Environment steps get; the installed Bun's folder is put first on its PATH. */
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
};

/**
 * The `bun` executable for steps: the one on PATH, else the requested version from the
 * runner's tool cache, downloaded once (from `bun-download-url`) when the cache lacks it.
 */
export async function resolveBun(options: ResolveBunOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  const onPath = await findOnPath(platform === "win32" ? "bun.exe" : "bun", options.env.PATH ?? "");
  if (onPath) return onPath;

  // The tool cache is a runner's: elsewhere it would stop with "Expected RUNNER_TOOL_CACHE to be defined".
  if (!process.env.RUNNER_TOOL_CACHE) {
    throw new UserError(
      "bun is not on PATH, and outside a GitHub runner (no RUNNER_TOOL_CACHE) flows-action does not install it: " +
        "install Bun (https://bun.sh) or put its folder on PATH (after `npm ci` in flows-action, node_modules/.bin holds one).",
    );
  }
  const { bunVersion: version, bunDownloadUrl } = options.inputs;
  const asset = bunAssetName(platform, options.arch ?? process.arch);
  const tc = await import("@actions/tool-cache");
  let folder = tc.find("bun", version);
  if (folder) {
    options.io.info(`bun is not on PATH; using Bun ${version} from the tool cache (${folder}).`);
  } else {
    const url = `${bunDownloadUrl}/bun-v${version}/${asset}.zip`;
    options.io.info(`bun is not on PATH; installing Bun ${version} from ${url} into the tool cache.`);
    let archive: string;
    try {
      archive = await tc.downloadTool(url);
    } catch (error) {
      throw new UserError(
        `downloading Bun ${version} from ${url} failed (${error instanceof Error ? error.message : String(error)}). ` +
          'Check the "bun-version" and "bun-download-url" inputs, or put bun on PATH before this step (for example with oven-sh/setup-bun).',
      );
    }
    const extracted = await tc.extractZip(archive);
    folder = await tc.cacheDir(join(extracted, asset), "bun", version);
  }
  const executable = join(folder, platform === "win32" ? "bun.exe" : "bun");
  options.env.PATH = [dirname(executable), options.env.PATH].filter(Boolean).join(delimiter);
  return executable;
}

/** Bun's release asset for this machine, as named on its releases page. */
export function bunAssetName(platform: NodeJS.Platform, arch: string): string {
  const os = platform === "win32" ? "windows" : platform;
  const cpu = arch === "arm64" ? "aarch64" : arch === "x64" ? "x64" : undefined;
  if (!["linux", "darwin", "windows"].includes(os) || !cpu) {
    throw new UserError(`Bun has no release for ${platform}/${arch}; install bun on PATH yourself before this step.`);
  }
  return `bun-${os}-${cpu}`;
}

async function findOnPath(name: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
