// What a route handler receives and returns, plus the small helpers handlers share:
// GitHub-shaped errors and page slicing with a `Link` header.
import type { IncomingHttpHeaders } from "node:http";
import type { TokenIdentity } from "./identity.js";
import type { QueryValue } from "./request-check.js";

export interface ApiRequest {
  method: string;
  /** The concrete path, e.g. `/repos/octo/tool/releases`. */
  path: string;
  operationId: string;
  /** Decoded path parameters by their spec names (`owner`, `issue_number`, ...). */
  params: Readonly<Record<string, string>>;
  /** Query parameters the spec declares, converted to the types it declares. */
  query: Readonly<Record<string, QueryValue>>;
  search: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, already validated against the operation's schema. */
  body: unknown;
  /** Who the token belongs to; `undefined` for anonymous requests. */
  identity: TokenIdentity | undefined;
  /** The server's base URL, for URLs inside response objects. */
  baseUrl: string;
}

export interface ApiResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON body, validated against the spec before it is sent. */
  body?: unknown;
  /**
   * A rule GitHub enforces beyond the schema (e.g. "conclusion is required when status is
   * completed"). The response is still sent, and the rule is recorded as a violation.
   */
  violation?: string;
  /** Send the headers and half the body, then the rest only after this long: an answer that stalls mid-body. */
  stallBodyMs?: number;
  /**
   * A body sent as these exact bytes instead of `body`, and not checked against the spec: what a
   * proxy or GitHub's front end sends when the API behind it fails (an HTML error page), or a
   * JSON answer cut off.
   */
  rawBody?: { text: string; contentType: string };
}

export type RouteHandler = (request: ApiRequest) => ApiResponse | Promise<ApiResponse>;

export const DOCS_URL = "https://docs.github.com/rest";

export function ok(body: unknown, headers?: Record<string, string>): ApiResponse {
  return { status: 200, body, ...(headers ? { headers } : {}) };
}

export function created(body: unknown, location?: string): ApiResponse {
  return { status: 201, body, ...(location ? { headers: { location } } : {}) };
}

export function notFound(): ApiResponse {
  return { status: 404, body: { message: "Not Found", documentation_url: DOCS_URL, status: "404" } };
}

/** A 422 GitHub would send for a rule the schema cannot express; also a violation. */
export function unprocessable(message: string): ApiResponse {
  return {
    status: 422,
    body: { message: `Invalid request.\n\n${message}`, documentation_url: DOCS_URL, status: "422" },
    violation: message,
  };
}

export function requireIdentity(request: ApiRequest): ApiResponse | undefined {
  if (request.identity) return undefined;
  return {
    status: 401,
    body: { message: "Requires authentication", documentation_url: DOCS_URL, status: "401" },
  };
}

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

/**
 * Slices `items` the way GitHub does (`per_page` default 30, `page` from 1) and adds a
 * `Link` header with `next`/`last` and `first`/`prev` relations when there are other pages.
 * https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api
 */
export function paginate<T>(request: ApiRequest, items: readonly T[]): Page<T> {
  const perPage = numberQuery(request, "per_page", 30);
  const page = Math.max(1, numberQuery(request, "page", 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (target: number, rel: string): string => {
    const search = new URLSearchParams(request.search);
    search.set("per_page", String(perPage));
    search.set("page", String(target));
    return `<${request.baseUrl}${request.path}?${search.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { items: slice, headers: links.length > 0 ? { link: links.join(", ") } : {} };
}

export function numberQuery(request: ApiRequest, name: string, fallback: number): number {
  const value = request.query[name];
  return typeof value === "number" ? value : fallback;
}

export function stringQuery(request: ApiRequest, name: string): string | undefined {
  const value = request.query[name];
  return value === undefined ? undefined : String(value);
}

export function intParam(request: ApiRequest, name: string): number {
  return Number(request.params[name]);
}

/** `owner/repo`, lower-cased: GitHub treats repository names case-insensitively. */
export function repoKey(request: ApiRequest): string {
  return `${request.params.owner ?? ""}/${request.params.repo ?? ""}`.toLowerCase();
}
