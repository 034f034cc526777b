import { randomUUID } from "node:crypto";
import { access, constants, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { type ActionInputs, DEFAULT_BUN_DOWNLOAD_URL } from "./inputs.js";
import { DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS, type DownloadOptions, DownloadTimedOut, DownloadTooLarge, downloadFile } from "./bun-download.js";
import { describeDuration, optionalSecondsSetting } from "../deadline.js";
import type { ActionIO } from "./io.js";
import { findOnPath } from "../runners/find-bun.js";
import { UserError } from "../user-error.js";
import { endRecordOffset, startsAsZip, ZIP_TAIL_BYTES } from "../zip-entry.js";
import { urlWithoutSecrets } from "../url-secrets.js";

export type ResolveBunOptions = {
  inputs: Pick<ActionInputs, "bunVersion" | "bunDownloadUrl">;
  io: Pick<ActionIO, "info">;
  /** Environment steps get; the installed Bun's folder is put first on its PATH. */
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
  /**
   * Download settings for tests (the size limit, the waits between attempts). Its time limit is
   * FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS's (process environment), else 5 minutes.
   */
  download?: Pick<DownloadOptions, "maxBytes" | "retryDelaysMs">;
};

/**
 * The `bun` executable for steps: the one on PATH, else the requested version from the
 * runner's tool cache, downloaded once (from `bun-download-url`) when the cache lacks it.
 */
export async function resolveBun(options: ResolveBunOptions): Promise<string> {
  const platform = options.platform ?? process.platform;
  const passedOver: string[] = [];
  const onPath = findOnPath(platform === "win32" ? "bun.exe" : "bun", options.env, passedOver);
  if (onPath) return onPath;
  for (const placeholder of passedOver) {
    options.io.info(
      `${placeholder} on PATH is not Bun but the placeholder the "bun" npm package installs until its install script runs; that script did not run (package.json's \`allowScripts\` has \`"bun": false\`, or --ignore-scripts, or pnpm): set Bun up with oven-sh/setup-bun before this step, or approve the script (\`npm install-scripts approve bun\`, after deleting a \`"bun": false\` entry; npm 10 needs no approval) and then run \`npm rebuild bun\`; passed over.`,
    );
  }

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
    const url = assetUrl(bunDownloadUrl, `bun-v${version}/${asset}.zip`);
    const shown = shownUrl(url);
    const timeoutMs = optionalSecondsSetting(DOWNLOAD_TIMEOUT_SETTING, { unset: `the default of ${describeDuration(DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS)}` });
    options.io.info(`bun is not on PATH; installing Bun ${version} from ${shown} into the tool cache.`);
    const download = { version, shown, official: bunDownloadUrl === DEFAULT_BUN_DOWNLOAD_URL };
    // Not tool-cache's downloadTool: it has no size or time limit, and it logs the URL (user-info and all).
    const archive = join(runnerTemp(), `bun-${randomUUID()}.zip`);
    // Named here, not by extractZip, so that what a damaged zip half unpacked is removed too.
    const extracted = join(runnerTemp(), `bun-${randomUUID()}`);
    try {
      try {
        await downloadFile(url, {
          dest: archive,
          onRetry: (why) => options.io.info(`Downloading Bun ${version} failed (${why}).`),
          ...(timeoutMs === undefined ? {} : { timeoutMs }),
          ...options.download,
        });
      } catch (error) {
        if (error instanceof DownloadTooLarge) throw badDownload(download, error.message);
        if (error instanceof DownloadTimedOut) throw slowDownload(download, error.message);
        throw new UserError(
          `downloading Bun ${version} from ${shown} failed (${error instanceof Error ? error.message : String(error)}). ` +
            'Check the "bun-version" and "bun-download-url" inputs, or put bun on PATH before this step (for example with oven-sh/setup-bun).',
        );
      }
      // A mirror's error page, a login page or a cut download would otherwise fail in unzip, with
      // nothing but its exit code: what was fetched is looked at first.
      const wrong = await notAZip(archive);
      if (wrong) throw badDownload(download, wrong);
      try {
        await tc.extractZip(archive, extracted);
      } catch (error) {
        throw badDownload(download, `could not be unpacked (${error instanceof Error ? error.message : String(error)}): the zip is damaged`);
      }
      const unpacked = join(extracted, asset);
      try {
        await access(join(unpacked, platform === "win32" ? "bun.exe" : "bun"), constants.F_OK);
      } catch {
        throw badDownload(download, `is a zip without ${asset}/${platform === "win32" ? "bun.exe" : "bun"} in it, so it is not Bun's release zip for this machine`);
      }
      folder = await tc.cacheDir(unpacked, "bun", version);
    } finally {
      // The tool cache holds a copy; the zip (20-45 MB) and what it unpacked to (about 100 MB) are
      // not used again, and a self-hosted runner's RUNNER_TEMP is only emptied when the next job starts.
      await rm(archive, { force: true });
      await rm(extracted, { recursive: true, force: true });
    }
  }
  const executable = join(folder, platform === "win32" ? "bun.exe" : "bun");
  options.env.PATH = [dirname(executable), options.env.PATH].filter(Boolean).join(delimiter);
  return executable;
}

/**
 * The asset's path joined to the base URL's path, before its query (a mirror's `?token=`), which
 * plain appending put the path into. The base URL was checked to be one (inputs.ts).
 */
function assetUrl(base: string, path: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/${path}`;
  return url.toString();
}

/** Where @actions/tool-cache works too (it requires RUNNER_TEMP to unpack). */
function runnerTemp(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

type Download = { version: string; shown: string; official: boolean };

/** Seconds the Bun download may take, attempts and waits included (tests, slow networks). */
const DOWNLOAD_TIMEOUT_SETTING = "FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS";

/** What to change when the download was too slow. */
function slowDownload(download: Download, why: string): UserError {
  const mirror = download.official
    ? `run the job again, or set "bun-download-url" to a faster mirror of Bun's release zips`
    : `set "bun-download-url" to a faster mirror, or remove it to let the action fetch the official build`;
  return new UserError(
    `Downloading Bun ${download.version} from ${download.shown} ${why}. To fix it, ${mirror}; ` +
      `or install Bun before this step with oven-sh/setup-bun (the action then uses the bun on PATH); or, on a slow network, raise the limit with ${DOWNLOAD_TIMEOUT_SETTING}.`,
  );
}

/** What to change when the zip fetched for Bun is not one. */
function badDownload(download: Download, wrong: string): UserError {
  const change = download.official
    ? `Check the "bun-version" input (Bun's releases are at ${DEFAULT_BUN_DOWNLOAD_URL}), run the job again if the download was cut, or put bun on PATH before this step (for example with oven-sh/setup-bun).`
    : `Set "bun-download-url" to a mirror that serves Bun's release zips (bun-v<version>/bun-<os>-<arch>.zip, as ${DEFAULT_BUN_DOWNLOAD_URL} does), or remove it to let the action fetch the official build; or put bun on PATH before this step (for example with oven-sh/setup-bun).`;
  return new UserError(`The file downloaded for Bun ${download.version} from ${download.shown} ${wrong}. ${change}`);
}

/**
 * Why the file is not a zip archive (undefined: it looks like one): empty, a web page or other
 * text, or a zip cut short (its end record, which lists the files, is missing).
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.16)
 */
async function notAZip(file: string): Promise<string | undefined> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size === 0) return "is empty (0 bytes), not a zip archive";
    const head = Buffer.alloc(Math.min(size, 512));
    await handle.read(head, 0, head.length, 0);
    const bytes = `${size.toLocaleString("en-US")} bytes`;
    if (!startsAsZip(head)) {
      const text = head.toString("latin1").trimStart().toLowerCase();
      if (text.startsWith("<!doctype html") || text.startsWith("<html") || /<(head|body|title)\b/.test(text)) {
        return `is a web page (${bytes} of HTML), not a zip archive: the server answered with a page (an error or sign-in page, or a mirror's index) where Bun's release zip should be`;
      }
      const start = head.subarray(0, 60).toString("latin1");
      const printable = /^[\t\n\r\x20-\x7e]*$/.test(start);
      return `is not a zip archive (${bytes}${printable ? `, text starting ${JSON.stringify(start.trim())}` : ""}; a zip starts with "PK")`;
    }
    const tailLength = Math.min(size, ZIP_TAIL_BYTES);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    if (endRecordOffset(tail) >= 0) return undefined;
    return `is a cut-off zip archive (${bytes}, without the end record that lists its files): the download was truncated`;
  } finally {
    await handle.close();
  }
}

/** A download URL as it may be shown: without user-info and query, which may hold keys. */
function shownUrl(url: string): string {
  const shown = urlWithoutSecrets(url);
  if (!shown) return "(an invalid URL)";
  return shown.hidden ? `${shown.url} (credentials and query not shown)` : shown.url;
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

