// What went wrong in a GitHub API call, in terms a caller can act on. Octokit throws a
// RequestError with `status` and `response`; a request that got no answer (DNS, refused, reset,
// our time limit) as status 500 without a response; a bug of ours (a URIError in a request hook,
// a TypeError) may come with no status at all, or as that same status 500 without a response.
import { clipText } from "../text-cut.js";
import { notJsonAnswer } from "./bounded-body.js";

export type ApiFailureKind =
  /** 403 "Resource not accessible by integration": the token lacks a permission. */
  | "permission"
  /**
   * 403 to a personal access token: "You must authenticate via a GitHub App." (check runs take
   * only app tokens) or "Resource not accessible by personal access token" (a fine-grained
   * token without the permission).
   */
  | "personal-token"
  /** 403 "Unable to create comment because issue is locked.": that conversation, not the token. */
  | "locked"
  | "rate-limit"
  | "bad-credentials"
  | "not-found"
  | "invalid"
  | "server"
  /** No answer: the connection failed or timed out (see isNetworkError). */
  | "network"
  /** Neither GitHub nor the network: an error of flows-action's own (or of a library it uses). */
  | "internal";

export type ApiFailure = {
  kind: ApiFailureKind;
  status?: number;
  /** GitHub's own message, else the error's. */
  message: string;
  /** When a spent primary rate limit resets (`x-ratelimit-reset`), as an ISO time. */
  resetAt?: string;
};

export function apiFailure(error: unknown): ApiFailure {
  const status = statusOf(error);
  const message = githubMessage(error);
  // Octokit reports a request that got no answer (DNS, refused, reset) as status 500 with no
  // response: GitHub did not answer 500, it was not reached. Without an answer, only an error the
  // network made is "network"; any other (a bug) is said as what it is, not as GitHub unreachable.
  if (status === undefined || (status === 500 && !hasResponse(error))) {
    if (isNetworkError(error)) return { kind: "network", message };
    // GitHub answered, with what the API never sends: its front end's error page, or JSON cut off.
    const notJson = notJsonAnswer(error);
    if (notJson) return { kind: "server", status: notJson.status, message: notJson.message };
    // Octokit wraps what fetch threw (an invalid header, say) as status 500: said as the cause.
    const own = status === undefined ? error : ((error as { cause?: unknown }).cause ?? error);
    return { kind: "internal", message: ownMessage(own) };
  }
  const base = { status, message };
  if (status === 401) return { kind: "bad-credentials", ...base };
  if ((status === 403 || status === 429) && isRateLimit(error, message)) {
    const resetAt = rateLimitReset(error);
    return { kind: "rate-limit", ...base, ...(resetAt ? { resetAt } : {}) };
  }
  if (status === 403 && /personal access token|authenticate via a GitHub App/i.test(message)) return { kind: "personal-token", ...base };
  if (status === 403 && /\bis locked\b/i.test(message)) return { kind: "locked", ...base };
  if (status === 403) return { kind: "permission", ...base };
  if (status === 404 || status === 410) return { kind: "not-found", ...base };
  if (status === 422 || status === 400) return { kind: "invalid", ...base };
  return { kind: status >= 500 ? "server" : "invalid", ...base };
}

/**
 * Error codes of a connection that failed: Node's (libuv, DNS, TLS), undici's, and Bun's fetch.
 * https://nodejs.org/api/errors.html#common-system-errors
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EPIPE",
  "EPROTO",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_ABORTED",
  "UND_ERR_PRX_TLS",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ConnectionRefused",
  "ConnectionClosed",
  "FailedToOpenSocket",
  "Timeout",
]);

/**
 * Whether an error is the network's: a connection refused, reset or timed out, a name not
 * resolved, a certificate refused, fetch's "fetch failed", or a request aborted by a time limit
 * (ours, see client.ts, or AbortSignal.timeout). Looked for along the `cause` chain, which is
 * how Octokit and fetch wrap it. An error of the code (a URIError, a TypeError other than
 * fetch's) is not, with or without an HTTP status.
 */
export function isNetworkError(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = (link as { cause?: unknown }).cause) {
    seen.add(link);
    const { code, name, message } = link as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === "string" && NETWORK_CODES.has(code)) return true;
    if (name === "AbortError" || name === "TimeoutError" || name === "ConnectTimeoutError" || name === "SocketError") return true;
    if (name === "TypeError" && message === "fetch failed") return true;
  }
  return false;
}

/** An error of our own: its type and first line, so that a report says what it was. */
function ownMessage(error: unknown): string {
  if (!(error instanceof Error)) return `internal error: ${clipText(String(error), MESSAGE_CHARS)}`;
  const line = error.message.split("\n")[0] ?? "";
  return clipText(`${error.name}${line ? `: ${line}` : ""}`, MESSAGE_CHARS);
}

/** The token may not do this: retrying will not help, a workflow change will. */
export function isDenied(failure: ApiFailure): boolean {
  return failure.kind === "permission" || failure.kind === "personal-token" || failure.kind === "bad-credentials";
}

export function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("status" in error)) return undefined;
  const status = (error as { status: unknown }).status;
  return typeof status === "number" ? status : undefined;
}

function hasResponse(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { response?: unknown }).response !== undefined;
}

/** The longest GitHub message kept, details included (it goes into warnings and check summaries). */
const MESSAGE_CHARS = 400;

function githubMessage(error: unknown): string {
  if (typeof error === "object" && error !== null && "response" in error) {
    const data = (error as { response?: { data?: unknown } }).response?.data;
    if (typeof data === "object" && data !== null && "message" in data) {
      const message = (data as { message: unknown }).message;
      if (typeof message === "string" && message) {
        // What was wrong is in the rest: "Validation Failed" names it in `errors`, and "Invalid
        // request." on its following lines ("Only 65535 characters are allowed; 85289 were supplied.").
        const details = errorDetails((data as { errors?: unknown }).errors);
        const text = `${message.trim().replace(/\s+/g, " ")}${details ? `: ${details}` : ""}`;
        return clipText(text, MESSAGE_CHARS);
      }
    }
  }
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.message;
  return String(error);
}

function isRateLimit(error: unknown, message: string): boolean {
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers;
  return headers?.["x-ratelimit-remaining"] === "0" || /rate limit/i.test(message);
}

function rateLimitReset(error: unknown): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers;
  if (headers?.["x-ratelimit-remaining"] !== "0") return undefined;
  const reset = Number(headers["x-ratelimit-reset"]);
  if (!Number.isSafeInteger(reset) || reset <= 0) return undefined;
  return new Date(reset * 1000).toISOString().replace(/\.000Z$/, "Z");
}

/**
 * GitHub's `errors` of a 422: objects (`{ resource, field, code, message? }`) or sentences.
 * https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api
 */
function errorDetails(errors: unknown): string {
  if (!Array.isArray(errors)) return "";
  const said = errors.slice(0, 3).map((item: unknown) => {
    if (typeof item === "string") return item;
    if (typeof item !== "object" || item === null) return "";
    const { message, resource, field, code } = item as Record<string, unknown>;
    if (typeof message === "string" && message) return message;
    return [resource, field, code].filter((part) => typeof part === "string" && part).join(" ");
  });
  return said.filter(Boolean).join("; ").replace(/\s+/g, " ");
}
