// Errors of the release reads, as sentences that say what to check: rate limits (with when
// they reset), 404 and 401, and requests that got no answer at all (the network or the host is
// unreachable), which Octokit reports as a status 500 without a response.
// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api
import { UserError } from "../user-error.js";
import { isNetworkError } from "./errors.js";
import { clipText } from "../text-cut.js";

export type RateLimitKind = "primary" | "secondary";

/** A request for releases failed; `rateLimit` is set when GitHub refused it for a rate limit. */
export class GitHubReleasesError extends UserError {
  override name = "GitHubReleasesError";
  readonly repo: string;
  /** HTTP status, or undefined when no response came (network error). */
  readonly status: number | undefined;
  readonly rateLimit?: { kind: RateLimitKind; retryAfterSeconds: number; resetAt?: string };
  /** No answer came at all: the network or the host is unreachable. */
  readonly unreachable: boolean;

  constructor(options: {
    repo: string;
    status: number | undefined;
    message: string;
    rateLimit?: GitHubReleasesError["rateLimit"];
    unreachable?: boolean;
  }) {
    super(options.message);
    this.repo = options.repo;
    this.status = options.status;
    this.unreachable = options.unreachable === true;
    if (options.rateLimit) this.rateLimit = options.rateLimit;
  }
}

export type ErrorShape = {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, unknown>; data?: unknown };
};

export function statusOf(error: unknown): number | undefined {
  const status = (error as ErrorShape | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** Turn an Octokit error into a sentence that says what to check. */
export function releasesError(
  repo: string,
  error: unknown,
  now: Date = new Date(),
  where = `GET /repos/${repo}/releases`,
): GitHubReleasesError {
  const status = statusOf(error);
  const shape = (error ?? {}) as ErrorShape;
  const headers = shape.response?.headers ?? {};
  // Octokit reports a request that got no answer (DNS, refused, reset) as status 500 with no
  // response; saying "GitHub answered 500" would send people looking at GitHub's status page.
  // Only the network's errors are: a bug of ours (a TypeError, a URIError) is said as what it is,
  // and does not stop the poll as an unreachable GitHub does.
  const answered = status !== undefined && (status !== 500 || shape.response !== undefined);
  if (!answered && error instanceof Error && isNetworkError(error)) {
    return new GitHubReleasesError({
      repo,
      status: undefined,
      unreachable: true,
      message: `${where} got no answer: ${networkReason(error)}. The network or the GitHub host is unreachable from here; check the connection, a proxy (HTTPS_PROXY) or GITHUB_API_URL.`,
    });
  }
  const rateLimit = rateLimitOf(status, headers, String(shape.message ?? ""), now);
  if (rateLimit) {
    const until = rateLimit.resetAt ? ` until ${rateLimit.resetAt}` : ` for about ${rateLimit.retryAfterSeconds} s`;
    const what = rateLimit.kind === "primary" ? "the API rate limit is used up" : "a secondary rate limit applies";
    return new GitHubReleasesError({
      repo,
      status,
      rateLimit,
      message: `GitHub refused ${where} (${status}): ${what}${until}. Poll less often, watch fewer repositories, or use a token with a higher limit.`,
    });
  }
  if (status === 404) {
    return new GitHubReleasesError({
      repo,
      status,
      message: `GitHub answered 404 for ${where}: the repository ${repo} does not exist or this token cannot read it. Check the name, and for a private repository use a token with read access to it.`,
    });
  }
  if (status === 401) {
    return new GitHubReleasesError({
      repo,
      status,
      message: `GitHub answered 401 for ${where}: the token is missing, expired or revoked.`,
    });
  }
  if (!answered) {
    // Octokit wraps what fetch threw as its `cause`.
    const own = status === undefined ? error : ((error as { cause?: unknown }).cause ?? error);
    const said = own instanceof Error ? `${own.name}: ${own.message.split("\n")[0]}` : String(own);
    return new GitHubReleasesError({
      repo,
      status: undefined,
      message: `${where} failed before GitHub answered, in flows-action itself (${said}): a bug in flows-action, not the network or GitHub; please report it with this message.`,
    });
  }
  const detail = answerDetail(error instanceof Error ? error.message : String(error));
  if (status === 403) {
    const fix = /\bSAML\b/i.test(detail)
      ? "authorize it for the organization's SAML single sign-on, or use one with access to the repository"
      : "use one with read access to it (a fine-grained token must include the repository; an organization may restrict tokens or IP addresses)";
    return new GitHubReleasesError({ repo, status, message: `GitHub answered 403 for ${where}: ${detail}. This token may not read ${repo}: ${fix}.` });
  }
  const next = status !== undefined && status >= 500 ? "GitHub (or a proxy in between) failed; it will be tried again on the next poll." : "It will be tried again on the next poll.";
  return new GitHubReleasesError({ repo, status, message: `GitHub answered ${status} for ${where}: ${detail}. ${next}` });
}

/**
 * What an error answer said, as part of one sentence: Octokit makes the body its message, and a
 * 5xx from GitHub or a proxy is often a whole HTML page, which is named by its title instead.
 */
function answerDetail(text: string): string {
  if (/^\s*<(?:!doctype|html)\b/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, " ").trim();
    return title ? `an HTML page (${JSON.stringify(clipText(title, 80))})` : "an HTML page";
  }
  return clipText(text.replace(/\s+/g, " ").trim(), 500);
}

/** `getaddrinfo ENOTFOUND api.github.com` → `api.github.com could not be resolved (ENOTFOUND)`. */
function networkReason(error: Error): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const text = `${error.message} ${typeof cause?.message === "string" ? cause.message : ""}`;
  const code = errorCodeIn(typeof cause?.code === "string" ? cause.code : text);
  const host = /ENOTFOUND (\S+)/.exec(text)?.[1];
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `the host ${host ?? ""} could not be resolved (${code})`.replace("host  ", "host ");
  if (code === "ECONNREFUSED") return "the connection was refused (ECONNREFUSED)";
  if (code) return `the connection failed (${code})`;
  return `the request failed (${error.message})`;
}

/**
 * The first word shaped like a system error code (`ECONNRESET`, `EAI_AGAIN`): `E`, three or more
 * capitals, more capitals after single `_`s. Found as a word of capitals and `_`, then checked:
 * `/\b(E[A-Z]{3,}(?:_[A-Z]+)*)\b/` kept a backtrack entry per `_` part, and V8 ran out of stack on
 * `EAAA` and 4 Mi of `_A`.
 */
function errorCodeIn(text: string): string | undefined {
  for (const [word] of text.matchAll(/\bE[A-Z]{3}[A-Z_]*\b/g)) {
    if (!word.includes("__") && !word.endsWith("_")) return word;
  }
  return undefined;
}

function rateLimitOf(
  status: number | undefined,
  headers: Record<string, unknown>,
  message: string,
  now: Date,
): GitHubReleasesError["rateLimit"] {
  if (status !== 403 && status !== 429) return undefined;
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return value === undefined || value === null ? undefined : String(value);
  };
  const retryAfter = Number(header("retry-after"));
  if (header("x-ratelimit-remaining") === "0") {
    const reset = Number(header("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) {
      // One second past the reset, as GitHub advises.
      const seconds = Math.max(0, Math.ceil(reset - now.getTime() / 1000)) + 1;
      return { kind: "primary", retryAfterSeconds: seconds, resetAt: new Date(reset * 1000).toISOString() };
    }
    return { kind: "primary", retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
  }
  if (Number.isFinite(retryAfter)) return { kind: "secondary", retryAfterSeconds: retryAfter };
  // Without headers, GitHub asks for at least a minute before retrying a secondary limit.
  if (status === 429 || /secondary rate limit/i.test(message)) return { kind: "secondary", retryAfterSeconds: 60 };
  return undefined;
}
