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
  return causeOfClass(error, ResponseTooLarge);
}

/** The first error of `kind` in `error`'s chain of causes (at most 8 deep, loops cut), if any. */
function causeOfClass<T>(error: unknown, kind: abstract new (...args: never[]) => T): T | undefined {
  const seen = new Set<unknown>();
  for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = (link as { cause?: unknown }).cause) {
    seen.add(link);
    if (link instanceof kind) return link;
  }
  return undefined;
}

/**
 * GitHub's answer was not the JSON the REST API gives: an HTML page (what its front end or a
 * proxy sends when the API behind it is down, the "Unicorn!" page, with a 5xx or even a 200), or
 * a JSON body cut off. Thrown where the body is read, before Octokit takes it for text: that
 * text reached the code as data (`data.map is not a function`, said as a bug of flows-action)
 * or, as an error, quoted a whole HTML page into the warning. GitHub's failure, so retried as
 * a 5xx is; `status` is the one the answer came with.
 */
export class NotJsonAnswer extends Error {
  override name = "NotJsonAnswer";
  readonly status: number;

  constructor(status: number, what: string) {
    super(what);
    this.status = status;
  }
}

/** The NotJsonAnswer an error was caused by (Octokit wraps it), if any. */
export function notJsonAnswer(error: unknown): NotJsonAnswer | undefined {
  return causeOfClass(error, NotJsonAnswer);
}

/**
 * A NotJsonAnswer for a body that is not what its content type promises an API answer is, else
 * undefined: `text/html` (an error page), or JSON that does not parse (cut off).
 */
export function notJsonBody(status: number, contentType: string | null, body: Uint8Array | ArrayBuffer): NotJsonAnswer | undefined {
  const type = (contentType ?? "").toLowerCase();
  const isHtml = type.includes("text/html");
  if (!isHtml && !/[/+]json\b/.test(type)) return undefined;
  const text = new TextDecoder().decode(body);
  if (isHtml) {
    const title = entitiesDecoded(/<title[^>]*>([^<]{0,200})/i.exec(text)?.[1] ?? "")
      .replace(/[\s<>]+/g, " ")
      .trim();
    return new NotJsonAnswer(status, `an HTML page${title ? ` (${title})` : ""}, not the API's JSON`);
  }
  if (text.trim() === "") return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return new NotJsonAnswer(status, `a body that is not whole JSON (${body.byteLength.toLocaleString("en-US")} bytes)`);
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", middot: "·", nbsp: " " };

/** A page title's common character references decoded (GitHub's: `Unicorn! &middot; GitHub`). */
function entitiesDecoded(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    const code = name.startsWith("#x") || name.startsWith("#X") ? Number.parseInt(name.slice(2), 16) : name.startsWith("#") ? Number(name.slice(1)) : undefined;
    if (code === undefined) return ENTITIES[name.toLowerCase()] ?? whole;
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
