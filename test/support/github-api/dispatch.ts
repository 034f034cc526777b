// One request through the fake: route by the spec, validate the request, apply faults,
// run the handler, validate the response. Problems become violations, never silent passes.
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { type Authentication, authenticate, type IdentityOptions } from "./identity.js";
import { type Fault, FaultQueue } from "./faults.js";
import { type ApiRequest, type ApiResponse, DOCS_URL, type RouteHandler } from "./handler-kit.js";
import type { OperationSpec } from "./operations.js";
import { checkRequest } from "./request-check.js";
import { checkResponse } from "./response-check.js";
import type { SpecEngine } from "./spec-engine.js";

export type ViolationKind = "unknown-route" | "request" | "response" | "no-handler" | "rule" | "handler-error";

export interface SpecViolation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId?: string;
  /** The status the fake answered with. */
  status: number;
  problems: string[];
}

export interface IncomingApiRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  bodyText: string;
}

export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  operationId?: string;
  /** See ApiResponse.stallBodyMs. */
  stallBodyMs?: number;
  /** See ApiResponse.rawBody. */
  rawBody?: { text: string; contentType: string };
}

/** One request on its way to an answer: what was sent, its operation, and where problems go. */
type Call = {
  incoming: IncomingApiRequest;
  operation: OperationSpec;
  params: Record<string, string>;
  checked: { query: ApiRequest["query"]; body: unknown };
  report: (kind: ViolationKind, status: number, problem: string) => void;
};

export class Dispatcher {
  readonly violations: SpecViolation[] = [];
  readonly faults = new FaultQueue();
  readonly handlers = new Map<string, RouteHandler>();
  private requestCount = 0;

  constructor(
    private readonly engine: SpecEngine,
    private readonly identities: IdentityOptions,
    private readonly baseUrl: () => string,
  ) {}

  failNext(fault: Fault): void {
    if (fault.operationId && !this.engine.operations.operation(fault.operationId)) {
      throw new Error(`failNext: "${fault.operationId}" is not an operationId in GitHub's description`);
    }
    this.faults.add(fault);
  }

  async dispatch(incoming: IncomingApiRequest): Promise<Outgoing> {
    const method = incoming.method.toUpperCase();
    const path = incoming.url.pathname;
    const violation = (kind: ViolationKind, status: number, problems: string[], operationId?: string) =>
      this.violations.push({ kind, method, path, status, problems, ...(operationId ? { operationId } : {}) });

    const route = this.engine.operations.route(method, path);
    if (route.kind !== "matched") {
      const problem =
        route.kind === "unknown-path"
          ? `${path} is not a path in GitHub's REST API description`
          : `${method} is not defined for ${path} (allowed: ${route.allowed.join(", ").toUpperCase()})`;
      violation("unknown-route", 404, [problem]);
      return this.finish(method, { status: 404, body: { message: "Not Found", documentation_url: DOCS_URL } });
    }
    const { operation } = route;
    const operationId = operation.operationId;
    const checked = checkRequest(
      operation,
      {
        params: route.params,
        search: incoming.url.searchParams,
        headers: incoming.headers,
        bodyText: incoming.bodyText,
      },
      this.engine.validator,
    );
    if (checked.problems.length > 0) {
      violation("request", 422, checked.problems, operationId);
      const body = {
        message: `Invalid request.\n\n${checked.problems.join("\n")}`,
        documentation_url: DOCS_URL,
        status: "422",
      };
      return { ...this.finish(method, { status: 422, body }), operationId };
    }

    const report = (kind: ViolationKind, status: number, problem: string) =>
      violation(kind, status, [problem], operationId);
    const response = await this.answer({ incoming, operation, params: route.params, checked, report });
    if (response.violation) violation("rule", response.status, [response.violation], operationId);
    const outgoing = this.finish(method, response, incoming.headers["if-none-match"]);
    // Not an answer of the API's, so not one its description covers.
    if (response.rawBody) return { ...outgoing, operationId, rawBody: response.rawBody };
    const problems = checkResponse(operation, outgoing.status, outgoing.body, this.engine.validator);
    if (problems.length > 0) violation("response", outgoing.status, problems, operationId);
    return { ...outgoing, operationId, ...(response.stallBodyMs ? { stallBodyMs: response.stallBodyMs } : {}) };
  }

  // A pending fault wins (answered after the handler when it was carried out); then
  // credentials; then the handler for the operation.
  private async answer(call: Call): Promise<ApiResponse> {
    const { incoming, operation } = call;
    const { operationId } = operation;
    const method = incoming.method.toUpperCase();
    const fault = this.faults.take({
      method,
      path: incoming.url.pathname,
      pathTemplate: operation.pathTemplate,
      operationId,
    });
    if (fault?.stallBodyMs) return { ...(await this.handle(call)), stallBodyMs: fault.stallBodyMs };
    if (fault && !fault.carriedOut) {
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return fault;
    }
    const handled = await this.handle(call);
    if (!fault) return handled;
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    return { status: fault.status, ...(fault.headers ? { headers: fault.headers } : {}), body: fault.body, ...(fault.rawBody ? { rawBody: fault.rawBody } : {}) };
  }

  private async handle({ incoming, operation, params, checked, report }: Call): Promise<ApiResponse> {
    const { operationId } = operation;
    const auth = authenticate(incoming.headers, this.identities);
    if (auth.kind === "bad-credentials") {
      return { status: 401, body: { message: "Bad credentials", documentation_url: DOCS_URL, status: "401" } };
    }
    const handler = this.handlers.get(operationId);
    if (!handler) {
      const template = `${operation.method.toUpperCase()} ${operation.pathTemplate}`;
      report("no-handler", 501, `no handler for ${operationId} (${template})`);
      return { status: 501, body: { message: `The fake has no handler for ${operationId}` } };
    }
    try {
      return await handler(this.apiRequest(incoming, params, checked, operationId, auth));
    } catch (error) {
      report(
        "handler-error",
        500,
        `handler threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return { status: 500, body: { message: "Server Error" } };
    }
  }

  private apiRequest(
    incoming: IncomingApiRequest,
    params: Record<string, string>,
    checked: { query: ApiRequest["query"]; body: unknown },
    operationId: string,
    auth: Authentication,
  ): ApiRequest {
    return {
      method: incoming.method.toUpperCase(),
      path: incoming.url.pathname,
      operationId,
      params,
      query: checked.query,
      search: incoming.url.searchParams,
      headers: incoming.headers,
      body: checked.body,
      identity: auth.kind === "identified" ? auth.identity : undefined,
      baseUrl: this.baseUrl(),
    };
  }

  // Adds the headers api.github.com sends on every response, and answers conditional GETs:
  // a matching `If-None-Match` gets 304 with no body (and, on GitHub, costs no rate limit).
  private finish(method: string, response: ApiResponse, ifNoneMatch?: string | string[]): Outgoing {
    this.requestCount += 1;
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const headers: Record<string, string> = {
      "x-github-api-version-selected": "2022-11-28",
      "x-github-media-type": "github.v3; format=json",
      "x-github-request-id": `FAKE:${this.requestCount.toString(16).padStart(6, "0")}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": String(Math.max(0, 5000 - this.requestCount)),
      "x-ratelimit-used": String(this.requestCount),
      "x-ratelimit-reset": String(reset),
      "x-ratelimit-resource": "core",
    };
    for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value;
    if (method !== "GET" || response.status !== 200 || response.body === undefined) {
      return { status: response.status, headers, body: response.body };
    }
    const etag = `W/"${createHash("sha256").update(JSON.stringify(response.body)).digest("hex").slice(0, 32)}"`;
    headers.etag = etag;
    const candidates = String(ifNoneMatch ?? "").split(/\s*,\s*/);
    if (candidates.includes(etag) || candidates.includes(etag.slice(2))) {
      delete headers.link;
      return { status: 304, headers };
    }
    return { status: 200, headers, body: response.body };
  }
}
