import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { basicCredentials } from "../url-secrets.js";

/**
 * Largest Bun zip the action downloads. Bun's release zips are 20-45 MB (the executable inside
 * is about 100 MB): a mirror that sends more is broken or hostile, and an endless answer would
 * otherwise fill the runner's disk.
 */
export const MAX_BUN_DOWNLOAD_BYTES = 256 * 1024 * 1024;

const ZIP_SIZES = "a Bun release zip may be (they are 20-45 MB)";

/** Waits before the second and third attempts, as @actions/tool-cache's downloadTool waited (10-20 s). */
const RETRY_DELAYS_MS = [10_000, 15_000];

/** The server's answer was larger than the limit: no second attempt, and what was written is gone. */
export class DownloadTooLarge extends Error {
  override name = "DownloadTooLarge";
}

/** A download that failed; `retry`: another attempt may fare better (5xx, 408, 429, a dropped connection). */
export class DownloadFailed extends Error {
  override name = "DownloadFailed";
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

export type DownloadOptions = {
  /** The file to write (it must not exist); removed again when the download fails. */
  dest: string;
  maxBytes?: number;
  retryDelaysMs?: readonly number[];
  /** Told why an attempt failed, before the wait for the next. */
  onRetry?: (message: string) => void;
};

/**
 * Downloads `url` to `dest`, at most `maxBytes` of it, with @actions/http-client (proxy settings
 * and redirects as @actions/tool-cache's downloadTool, which this replaces: it has no size limit
 * and logs the URL it is given, user-info and query included). The URL's user-info is sent as
 * an `authorization: Basic` header, never as part of a URL any library sees or logs; http-client
 * drops that header when a redirect leaves the host.
 */
export async function downloadFile(url: string, options: DownloadOptions): Promise<void> {
  const maxBytes = options.maxBytes ?? MAX_BUN_DOWNLOAD_BYTES;
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const target = new URL(url);
  const basic = basicCredentials(url);
  target.username = "";
  target.password = "";
  const headers: Record<string, string> = basic === undefined ? {} : { authorization: `Basic ${Buffer.from(basic).toString("base64")}` };
  const { HttpClient } = await import("@actions/http-client");
  const client = new HttpClient("flows-action", [], { allowRetries: false });
  await mkdir(dirname(options.dest), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      await downloadOnce(client, target.toString(), headers, options.dest, maxBytes);
      return;
    } catch (error) {
      await rm(options.dest, { force: true });
      const delay = delays[attempt];
      const retry = error instanceof DownloadFailed ? error.retry : !(error instanceof DownloadTooLarge);
      if (!retry || delay === undefined) throw error instanceof DownloadTooLarge || error instanceof DownloadFailed ? error : new DownloadFailed(messageOf(error), true);
      options.onRetry?.(`${messageOf(error)}; trying again in ${delay / 1000} s`);
      await sleep(delay);
    }
  }
}

type Client = InstanceType<(typeof import("@actions/http-client"))["HttpClient"]>;

async function downloadOnce(client: Client, url: string, headers: Record<string, string>, dest: string, maxBytes: number): Promise<void> {
  const response = await client.get(url, headers);
  const answer = response.message;
  const status = answer.statusCode ?? 0;
  if (status !== 200) {
    answer.destroy();
    throw new DownloadFailed(`the server answered HTTP ${status}${answer.statusMessage ? ` ${answer.statusMessage}` : ""}`, status >= 500 || status === 408 || status === 429);
  }
  const declared = Number(answer.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    answer.destroy();
    throw new DownloadTooLarge(`is ${declared.toLocaleString("en-US")} bytes by its Content-Length, over the ${mebibytes(maxBytes)} ${ZIP_SIZES}: nothing was saved`);
  }
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      received += chunk.byteLength;
      if (received > maxBytes) done(new DownloadTooLarge(`went on past the ${mebibytes(maxBytes)} ${ZIP_SIZES}: the download was stopped there and what had come was removed`));
      else done(null, chunk);
    },
  });
  await pipeline(answer, limit, createWriteStream(dest, { flags: "wx" }));
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MiB`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
