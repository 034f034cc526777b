// What went wrong in a GitHub API call, in terms a caller can act on. Octokit throws a
// RequestError with `status` and `response`; anything else (DNS, TLS, a bug) has no status.
import { clipText } from "../text-cut.js";

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
  | "network";

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
  // response: GitHub did not answer 500, it was not reached.
  if (status === undefined || (status === 500 && !hasResponse(error))) return { kind: "network", message };
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
