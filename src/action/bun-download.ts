import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { abandonWork } from "../abandoned-work.js";
import { describeDuration, MAX_TIMER_MS } from "../deadline.js";
import { basicCredentials } from "../url-secrets.js";

/**
 * Largest Bun zip the action downloads. Bun's release zips are 20-45 MB (the executable inside
 * is about 100 MB): a mirror that sends more is broken or hostile, and an endless answer would
 * otherwise fill the runner's disk.
 */
export const MAX_BUN_DOWNLOAD_BYTES = 256 * 1024 * 1024;

const ZIP_SIZES = "a Bun release zip may be (they are 20-45 MB)";

/**
 * Default limit on the whole download, its attempts and the waits between them included. Without
 * one only http-client's socket timeout (3 minutes without a byte) applied, so a mirror that sent
 * a byte a minute held the job until the job's own timeout (6 hours by default). Bun's 20-45 MB
 * zip takes seconds on a GitHub-hosted runner; in 5 minutes 45 MB needs 150 KB/s (1.2 Mbit/s).
 * The artifact transfers' limit is the same (deadline.ts).
 */
export const DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** Waits before the second and third attempts, as @actions/tool-cache's downloadTool waited (10-20 s). */
const RETRY_DELAYS_MS = [10_000, 15_000];

/** The server's answer was larger than the limit: no second attempt, and what was written is gone. */
export class DownloadTooLarge extends Error {
  override name = "DownloadTooLarge";
}

/** The download did not finish within its time limit: no second attempt, and what was written is gone. */
export class DownloadTimedOut extends Error {
  override name = "DownloadTimedOut";
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
  /** Limit on the whole download, attempts and waits between them included (default DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS). */
  timeoutMs?: number;
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
  const timeoutMs = Math.min(options.timeoutMs ?? DEFAULT_BUN_DOWNLOAD_TIMEOUT_MS, MAX_TIMER_MS);
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const target = new URL(url);
  const basic = basicCredentials(url);
  target.username = "";
  target.password = "";
  const headers: Record<string, string> = basic === undefined ? {} : { authorization: `Basic ${Buffer.from(basic).toString("base64")}` };
  const { HttpClient } = await import("@actions/http-client");
  const client = new HttpClient("flows-action", [], { allowRetries: false });
  await mkdir(dirname(options.dest), { recursive: true });
  const started = Date.now();
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), timeoutMs);
  const progress: Progress = { received: 0, started };
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        Object.assign(progress, { received: 0, declared: undefined, started: Date.now() });
        await downloadOnce({ client, url: target.toString(), headers, dest: options.dest, maxBytes, signal: stop.signal, progress });
        return;
      } catch (error) {
        await rm(options.dest, { force: true });
        if (stop.signal.aborted) throw timedOut(timeoutMs, attempt, progress);
        const delay = delays[attempt];
        const retry = error instanceof DownloadFailed ? error.retry : !(error instanceof DownloadTooLarge);
        if (!retry || delay === undefined) throw error instanceof DownloadTooLarge || error instanceof DownloadFailed ? error : new DownloadFailed(messageOf(error), true);
        options.onRetry?.(`${messageOf(error)}; trying again in ${delay / 1000} s`);
        try {
          await sleep(delay, undefined, { signal: stop.signal });
        } catch {
          throw timedOut(timeoutMs, attempt, progress, messageOf(error));
        }
      }
    }
  } finally {
    clearTimeout(timer);
    // Sockets of an attempt the deadline cut short (a proxy's tunnel agent excepted: that one's answer is destroyed when it comes).
    client.dispose();
  }
}

type Client = InstanceType<(typeof import("@actions/http-client"))["HttpClient"]>;
type Response = Awaited<ReturnType<Client["get"]>>;

/** What the current attempt received, since when, of how much its Content-Length declared. */
type Progress = { received: number; declared?: number; started: number };

/** `failed`: why the last attempt failed, when the time ran out in the wait before the next. */
function timedOut(timeoutMs: number, attempt: number, progress: Progress, failed?: string): DownloadTimedOut {
  const seconds = (Date.now() - progress.started) / 1000;
  const tries = attempt === 0 ? "" : ` (attempt ${attempt + 1})`;
  let got: string;
  let stopped = "the download was stopped and what had come was removed";
  if (failed !== undefined) {
    got = `attempt ${attempt + 1} failed (${failed}) and the time ran out in the wait before the next`;
  } else if (progress.declared === undefined && progress.received === 0) {
    got = `the server had not begun its answer after ${describeSeconds(seconds)}${tries}`;
    stopped = "the request was stopped";
  } else {
    const of = progress.declared === undefined ? "" : ` of the ${bytes(progress.declared)} its Content-Length declared`;
    got = `${bytes(progress.received)}${of} arrived in ${describeSeconds(seconds)}${tries}, ${rate(progress.received, seconds)}`;
  }
  return new DownloadTimedOut(`did not finish within ${describeDuration(timeoutMs)}: ${got}; ${stopped}`);
}

async function downloadOnce(options: {
  client: Client;
  url: string;
  headers: Record<string, string>;
  dest: string;
  maxBytes: number;
  signal: AbortSignal;
  progress: Progress;
}): Promise<void> {
  const { maxBytes, signal, progress } = options;
  const response = await answerBefore(options.client.get(options.url, options.headers), signal);
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
  if (Number.isFinite(declared)) progress.declared = declared;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      progress.received += chunk.byteLength;
      if (progress.received > maxBytes) done(new DownloadTooLarge(`went on past the ${mebibytes(maxBytes)} ${ZIP_SIZES}: the download was stopped there and what had come was removed`));
      else done(null, chunk);
    },
  });
  await pipeline(answer, limit, createWriteStream(options.dest, { flags: "wx" }), { signal });
}

/**
 * The answer's head, or an AbortError once `signal` aborts: http-client's get takes no signal, so
 * a server that accepts the connection and never answers would hold it for its 3-minute socket
 * timeout. The caller's client.dispose() ends the request; an answer that still comes is destroyed.
 */
async function answerBefore(request: Promise<Response>, signal: AbortSignal): Promise<Response> {
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([request, aborted]);
  } catch (error) {
    // Through a proxy the tunnel agent's socket is not the client's to destroy: the action ends
    // without waiting for it (abandoned-work.ts).
    if (signal.aborted) abandonWork(request.then((late) => late.message.destroy()));
    throw error;
  } finally {
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}

function bytes(count: number): string {
  return `${count.toLocaleString("en-US")} bytes`;
}

function rate(received: number, seconds: number): string {
  const perSecond = seconds > 0 ? received / seconds : 0;
  if (perSecond < 1024) return `${perSecond.toLocaleString("en-US", { maximumFractionDigits: 1 })} bytes/s`;
  return `${(perSecond / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KiB/s`;
}

function describeSeconds(seconds: number): string {
  return describeDuration(Math.round(seconds * 1000));
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MiB`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
