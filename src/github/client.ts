import type { getOctokit } from "@actions/github";
import { notJsonAnswer, notJsonBody, readBounded, ResponseTooLarge } from "./bounded-body.js";
import type { RequestSpacing } from "./steady-limiter.js";
import { type Redactor, redactor as sharedRedactor } from "../redact.js";
import { wellFormedText } from "../text-cut.js";
import { apiFailure, isNetworkError } from "./errors.js";
import { writeSpacingSetting } from "./write-spacing.js";

/** The Octokit instance every GitHub API call of flows-action goes through. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * How @octokit/plugin-throttling waits. Production passes none: writes of a token then start
 * 1 s apart and notifying writes 3 s apart, as GitHub asks, across all clients of the process
 * (steady-limiter.ts). Tests pass a spacing of 0 (limiters of the client's own) and a tiny
 * `retryAfterBaseValue` (milliseconds per second of a rate limit's retry-after); with none
 * passed, FLOWS_GITHUB_WRITE_SPACING_SECONDS may set the spacing (./write-spacing.ts).
 */
export type ThrottleTuning = {
  spacing?: RequestSpacing;
  retryAfterBaseValue?: number;
  fallbackSecondaryRateRetryAfter?: number;
};

export type GitHubClientOptions = {
  token: string;
  /** REST API root (GITHUB_API_URL); defaults to https://api.github.com. */
  baseUrl?: string;
  /** Where retries and rate-limit waits are reported (the job log). */
  log?: (message: string) => void;
  /**
   * Retries for 5xx and network errors (plugin-retry), default 3. The only retry loop but one:
   * creating a check run retries itself (see createCheckRun).
   */
  retries?: number;
  /** Longest wait on a rate limit before giving up, in seconds (default 120). */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per second of back-off for plugin-retry (default 1000, the plugin's). */
  retryAfterBaseValue?: number;
  /** Passed to plugin-throttling (see ThrottleTuning). */
  throttle?: ThrottleTuning;
  /** Redacts every request body; defaults to the process's redactor, which learns the token. */
  redactor?: Redactor;
  /**
   * Longest wait for one request's answer, body included, in milliseconds (default 60 s); each
   * retry waits afresh. Node's fetch has no limit of its own, so a GitHub that held the
   * connection open held the job, once per retry.
   */
  requestTimeoutMs?: number;
};

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const DEFAULT_API_URL = "https://api.github.com";

const TIMED = Symbol("timed fetch");
type Fetch = typeof fetch & { [TIMED]?: true };

/**
 * `inner` with a time limit on every call, body included: a call that runs past it fails as a
 * network error would, so plugin-retry tries it again. The body is read here, within the limit:
 * Octokit reads it only after fetch returns, and takes a JSON body whose reading failed as the
 * text "" — a listing whose answer stalled halfway came back as a success with nothing in it.
 * A body that is not JSON (an HTML error page, JSON cut off) fails here too (NotJsonAnswer).
 */
function timedFetch(inner: Fetch, ms: number, maxBytes: number): Fetch {
  if (inner[TIMED]) return inner;
  const timed: Fetch = async (input, init) => {
    const limit = AbortSignal.timeout(ms);
    try {
      const response = await inner(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
      return await wholeResponse(response, maxBytes);
    } catch (error) {
      if (!limit.aborted) throw error;
      throw new Error(`GitHub did not answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`, { cause: error });
    }
  };
  timed[TIMED] = true;
  return timed;
}

/**
 * `response` with its body read whole (API answers are JSON of at most a few MB), or no further
 * than `maxBytes`: past it, ResponseTooLarge is thrown before anything is parsed.
 */
async function wholeResponse(response: Response, maxBytes: number): Promise<Response> {
  // A body-less status cannot be given a body, even an empty one.
  if (response.body === null || [101, 204, 205, 304].includes(response.status)) return response;
  const body = Number.isFinite(maxBytes) ? await readBounded(response, maxBytes) : await response.arrayBuffer();
  if (body === "too-large") {
    throw new ResponseTooLarge({ maxBytes, status: response.status, headers: Object.fromEntries(response.headers) });
  }
  // Retried by plugin-retry as GitHub's failure (see ownErrorsNotRetried), said as GitHub's answer (apiFailure).
  const notJson = notJsonBody(response.status, response.headers.get("content-type"), body);
  if (notJson) throw notJson;
  const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  // Octokit reports the URL it got its answer from (a redirect's target, say).
  Object.defineProperty(whole, "url", { value: response.url });
  return whole;
}

/** What createGitHubClient set up on each client, for the calls made around Octokit (see below). */
const SETTINGS = new WeakMap<object, ClientSettings>();

export type ClientSettings = {
  /** plugin-retry's retries after the first try. */
  retries: number;
  /** Milliseconds before retry n (1, 2...): plugin-retry's n² × this. */
  retryBaseMs: number;
  /** The longest wait for one answer (requestTimeoutMs). */
  requestTimeoutMs: number;
};

/**
 * The settings createGitHubClient gave `client`. A call that must not be retried blindly (a
 * create GitHub may have carried out before its answer was lost) is made without the plugin's
 * retries and retried by its caller as often and as late as the plugin would; a download from
 * the signed URL GitHub redirects to (not through Octokit) waits no longer than a request.
 */
export function clientSettings(client: GitHubClient): ClientSettings {
  return SETTINGS.get(client) ?? { retries: 3, retryBaseMs: 1000, requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS };
}

/**
 * A create GitHub may carry out before its answer is lost (a 5xx, no answer), retried as the
 * client's retry plugin would (clientSettings), but safely: `create` is sent without the plugin's
 * retries, and before each retry `look` searches for what it would have made, which is kept
 * instead of sending a second one (a second check run or comment, and a second notification).
 * A look that fails leaves the create's error: unknown whether it was made.
 */
export async function createLooking<T, F>(client: GitHubClient, create: () => Promise<T>, look: () => Promise<F | undefined>): Promise<{ created: T } | { found: F }> {
  const policy = clientSettings(client);
  for (let attempt = 0; ; attempt++) {
    try {
      return { created: await create() };
    } catch (error) {
      const kind = apiFailure(error).kind;
      if ((kind !== "server" && kind !== "network") || attempt >= policy.retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * policy.retryBaseMs));
      const found = await look().catch(() => {
        throw error;
      });
      if (found !== undefined) return { found };
    }
  }
}

/**
 * A request option (`request: { [OWN_RATE_LIMIT_WAIT]: true }`) of a caller that waits out rate
 * limits itself, within a budget of its own (the release watcher's RateLimitBackoff): the client
 * neither waits for them nor retries them. Both waited before: plugin-throttling up to 120 s, twice
 * (three times for a secondary limit), then the caller's backoff, whose every retry the plugin
 * waited for again; a listing page of a poll that kept being refused waited 8 times, of which the
 * poll's budget and report counted 2.
 */
export const OWN_RATE_LIMIT_WAIT = "flowsOwnRateLimitWait";

type LimitedRequest = { method: string; url: string; request?: Record<string, unknown> };

const waitsOwnRateLimits = (request: LimitedRequest | undefined): boolean => request?.request?.[OWN_RATE_LIMIT_WAIT] === true;

/** Request options that are not the body: never redacted (the token is in `headers`). */
const NOT_BODY = new Set(["method", "url", "baseUrl", "headers", "request", "mediaType"]);

/**
 * One Octokit client with retry and throttling suited to Actions: secondary rate limits
 * (403/429 with retry-after) are waited out and retried, primary rate limits too when the
 * reset is near, 5xx and network errors are retried by plugin-retry — and nowhere else but
 * createCheckRun, which must look before it sends a create again.
 * Every request body passes the redactor first. Loaded on first use, so runs that never call
 * GitHub don't pay for Octokit.
 */
export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const [{ getOctokit: makeOctokit }, { retry }, { throttling }, { sharedThrottleLimiters, throttleLimiters }] = await Promise.all([
    import("@actions/github"),
    import("@octokit/plugin-retry"),
    import("@octokit/plugin-throttling"),
    import("./steady-limiter.js"),
  ]);
  const log = options.log ?? (() => {});
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const redactor = options.redactor ?? sharedRedactor;
  redactor.add(options.token);
  const base = options.retryAfterBaseValue;
  const { spacing, ...tuning } = options.throttle ?? (await writeSpacingSetting()) ?? {};
  const throttle = Object.fromEntries(Object.entries(tuning).filter(([, value]) => value !== undefined));
  // Limiters on a clock that a change of the system time does not move, never the plugin's own
  // (steady-limiter.ts): the retry limiter too is made from `Bottleneck`, one per client.
  const limiters = spacing ? throttleLimiters(spacing) : sharedThrottleLimiters(options.baseUrl ?? DEFAULT_API_URL, options.token);
  const client = makeOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      // retry.retries, not request.retries: a per-request count makes plugin-retry retry every
      // failed request, 404 and 403 included, instead of only those not in its doNotRetry list.
      retry: { retries: options.retries ?? 3, ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
      throttle: {
        ...limiters,
        ...throttle,
        onRateLimit: (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number) => {
          if (waitsOwnRateLimits(request)) return false;
          const retrying = retryCount < 2 && retryAfter <= maxWait;
          log(`GitHub rate limit hit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
          return retrying;
        },
        onSecondaryRateLimit: (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number) => {
          if (waitsOwnRateLimits(request)) return false;
          const retrying = retryCount < 3 && retryAfter <= maxWait;
          log(`GitHub secondary rate limit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
          return retrying;
        },
      },
    },
    // Before plugin-retry, so that its hooks see a failure of our own already marked.
    ownErrorsNotRetried as never,
    retry,
    throttling,
  );
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  SETTINGS.set(client, { retries: options.retries ?? 3, retryBaseMs: base ?? 1000, requestTimeoutMs: timeoutMs });
  client.hook.before("request", (request) => {
    const fields = request as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) {
      if (!NOT_BODY.has(name) && value !== undefined) fields[name] = wellFormed(redactor.redactValue(value));
    }
    // Around whatever fetch @actions/github chose (its proxy support), not instead of it. A call
    // may bound its answer with `request: { maxResponseBytes }` (one that is not paged).
    const settings = (request.request ?? {}) as { fetch?: Fetch; maxResponseBytes?: unknown };
    const maxBytes = typeof settings.maxResponseBytes === "number" ? settings.maxResponseBytes : Number.POSITIVE_INFINITY;
    request.request = { ...settings, fetch: timedFetch(settings.fetch ?? fetch, timeoutMs, maxBytes) };
  });
  return client;
}

/**
 * `value` with every lone surrogate (half an emoji, from a backend's JSON or a step's
 * `"\ud83d"`) made U+FFFD, in place on the redactor's copy, as GitHub would store it. Octokit
 * puts path and query values through encodeURIComponent, which throws "URI malformed" on one:
 * the request failed before it was sent, and read as GitHub being unreachable. (`paginate`
 * builds its URL before this hook: its callers pass well-formed values.)
 */
function wellFormed<T>(value: T): T {
  if (typeof value === "string") return wellFormedText(value) as T;
  // Only what the redactor copied: arrays and plain objects (never a Buffer being uploaded).
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  const work: object[] = [value as object];
  const seen = new Set<object>();
  for (let holder = work.pop(); holder; holder = work.pop()) {
    if (seen.has(holder)) continue;
    seen.add(holder);
    const fields = holder as Record<string, unknown>;
    for (const [key, field] of Object.entries(fields)) {
      if (typeof field === "string") fields[key] = wellFormedText(field);
      else if (Array.isArray(field) || isPlainObject(field)) work.push(field as object);
    }
  }
  return value;
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type RequestHooks = {
  hook: { error(name: "request", handler: (error: unknown, options: { request?: Record<string, unknown> }) => unknown): void };
};

/**
 * An Octokit plugin, applied before plugin-retry: a request that failed in flows-action's own
 * code (a TypeError where fetch is called, say) is not retried. Octokit reports whatever fetch
 * threw as status 500 without a response, which plugin-retry tried three more times with its
 * back-off (1, 4 and 9 s) for an error that comes back the same each time. The network's
 * errors (isNetworkError) and GitHub's answers are retried as before.
 */
function ownErrorsNotRetried(octokit: RequestHooks): void {
  octokit.hook.error("request", (error, options) => {
    const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown };
    if (status === 500 && response === undefined && !isNetworkError(error) && !notJsonAnswer(error)) options.request = { ...options.request, retries: 0 };
    // plugin-retry retries a 429 (not a 403) blindly, after 1, 4 and 9 s: a caller that waits out
    // rate limits itself is given the refusal at once.
    if (status === 429 && waitsOwnRateLimits(options as LimitedRequest)) options.request = { ...options.request, retries: 0 };
    throw error;
  });
}
