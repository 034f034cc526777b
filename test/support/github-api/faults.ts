// Programmable failures: "the next N matching requests get this response instead".
import { DOCS_URL } from "./handler-kit.js";

export interface FaultResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer only after this long: a GitHub that holds the connection open. */
  delayMs?: number;
  /**
   * The request is carried out first, and only its answer is replaced: GitHub did the work and
   * then failed to say so (a 5xx or a timeout after a create).
   */
  carriedOut?: boolean;
  /**
   * The request is carried out and its own answer sent, but the body stalls halfway for this
   * long (`status`, `headers` and `body` are not used): a connection that goes quiet mid-answer.
   */
  stallBodyMs?: number;
  /** See ApiResponse.rawBody: an answer whose body is not JSON (or not whole). */
  rawBody?: { text: string; contentType: string };
}

export interface Fault extends FaultResponse {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** The concrete path (`/repos/o/r/releases`), its spec template, or a RegExp on the path. */
  path?: string | RegExp;
  operationId?: string;
  /** How many matching requests fail; default 1. */
  times?: number;
}

interface Target {
  method: string;
  path: string;
  pathTemplate: string;
  operationId: string;
}

export class FaultQueue {
  private readonly pending: Array<Fault & { remaining: number }> = [];

  add(fault: Fault): void {
    this.pending.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** The first pending fault matching the request, consuming one of its uses. */
  take(target: Target): FaultResponse | undefined {
    const index = this.pending.findIndex((fault) => matches(fault, target));
    const fault = this.pending[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.pending.splice(index, 1);
    return {
      status: fault.status,
      headers: fault.headers ?? {},
      body: fault.body,
      ...(fault.delayMs ? { delayMs: fault.delayMs } : {}),
      ...(fault.carriedOut ? { carriedOut: true } : {}),
      ...(fault.stallBodyMs ? { stallBodyMs: fault.stallBodyMs } : {}),
      ...(fault.rawBody ? { rawBody: fault.rawBody } : {}),
    };
  }

  get size(): number {
    return this.pending.length;
  }
}

function matches(fault: Fault, target: Target): boolean {
  if (fault.method && fault.method.toUpperCase() !== target.method.toUpperCase()) return false;
  if (fault.operationId && fault.operationId !== target.operationId) return false;
  if (fault.path instanceof RegExp) return fault.path.test(target.path);
  if (fault.path !== undefined) return fault.path === target.path || fault.path === target.pathTemplate;
  return true;
}

// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api
/** Primary rate limit exhausted: 403 with `x-ratelimit-remaining: 0` and a reset time. */
export function rateLimitExceeded(options: { resetInSeconds?: number } = {}): FaultResponse {
  const reset = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 0);
  return {
    status: 403,
    headers: {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": "5000",
      "x-ratelimit-reset": String(reset),
      "x-ratelimit-resource": "core",
    },
    body: {
      message: "API rate limit exceeded for installation ID 1.",
      documentation_url: `${DOCS_URL}/overview/rate-limits-for-the-rest-api`,
      status: "403",
    },
  };
}

/** Secondary (abuse) rate limit: 403 with `retry-after`. */
export function secondaryRateLimit(options: { retryAfterSeconds?: number } = {}): FaultResponse {
  return {
    status: 403,
    headers: { "retry-after": String(options.retryAfterSeconds ?? 1) },
    body: {
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      documentation_url: `${DOCS_URL}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      status: "403",
    },
  };
}

export function serverError(): FaultResponse {
  return { status: 500, body: { message: "Server Error", status: "500" } };
}

/**
 * What GitHub's front end answers when the API behind it is down: an HTML page, not JSON
 * (the "Unicorn!" page), with this status (502 by default).
 */
export function htmlErrorPage(options: { status?: number } = {}): FaultResponse {
  const text = "<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head><body><p>No server is currently available to service your request.</p></body></html>\n";
  return { status: options.status ?? 502, rawBody: { text, contentType: "text/html; charset=utf-8" } };
}

export function notFoundFault(): FaultResponse {
  return { status: 404, body: { message: "Not Found", documentation_url: DOCS_URL, status: "404" } };
}
