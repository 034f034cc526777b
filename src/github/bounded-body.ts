// Reading an answer's body no further than a limit: a body that runs past it is not read on (the
// rest is never downloaded, nor held in memory), whatever its Content-Length said.

/**
 * A response's body, or "too-large" as soon as it runs past `maxBytes` (then it is not read
 * further): an answer larger than the caller can use must not take the process's memory.
 */
export async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | "too-large"> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    if (declared > maxBytes) return "too-large";
    return new Uint8Array(await response.arrayBuffer());
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/**
 * GitHub's answer ran past the request's `maxResponseBytes` (see createGitHubClient): thrown
 * where the body is read, before any of it is parsed; Octokit passes it on as the `cause` of its
 * error. Not retried: the same request gets the same answer.
 */
export class ResponseTooLarge extends Error {
  override name = "ResponseTooLarge";
  readonly maxBytes: number;
  readonly status: number;
  /** The answer's headers (its ETag, rate limit), lower-case names. */
  readonly headers: Record<string, string>;

  constructor(options: { maxBytes: number; status: number; headers: Record<string, string> }) {
    super(`GitHub's answer is larger than ${options.maxBytes.toLocaleString("en-US")} bytes, the most this request reads`);
    this.maxBytes = options.maxBytes;
    this.status = options.status;
    this.headers = options.headers;
  }
}

/** The ResponseTooLarge an error was caused by (Octokit wraps it), if any. */
export function responseTooLarge(error: unknown): ResponseTooLarge | undefined {
  const seen = new Set<unknown>();
  for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = (link as { cause?: unknown }).cause) {
    seen.add(link);
    if (link instanceof ResponseTooLarge) return link;
  }
  return undefined;
}
