// A local HTTP server that stands in for api.github.com: every request and response is
// checked against GitHub's official OpenAPI description, and a stateful fake answers.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Outgoing, type SpecViolation, Dispatcher } from "./dispatch.js";
import { BLOB_PREFIX } from "./fake-context.js";
import { FakeGitHub } from "./fake-github.js";
import type { Fault } from "./faults.js";
import type { RouteHandler } from "./handler-kit.js";
import { GITHUB_ACTIONS_BOT, type TokenIdentity } from "./identity.js";
import { type SpecTimings, specEngine } from "./spec-engine.js";

export interface GitHubApiServerOptions {
  /** Token → account. `Authorization: token X` and `Bearer X` are both accepted. */
  tokens?: Record<string, TokenIdentity>;
  /** Account for tokens not in `tokens` (default github-actions[bot]); `null` → 401. */
  unknownTokens?: TokenIdentity | null;
  /** Clock for timestamps in responses. */
  now?: () => Date;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (the raw text when it is not JSON); `undefined` when empty. */
  body: unknown;
  /** The spec operation the request matched; `undefined` for unknown paths and downloads. */
  operationId: string | undefined;
  status: number;
}

export interface GitHubApiServer {
  /** Base URL to pass to Octokit as `baseUrl`. */
  readonly url: string;
  /** The stateful fake: seed and inspect comments, check runs, releases, artifacts ... */
  readonly github: FakeGitHub;
  readonly requests: readonly RecordedRequest[];
  readonly violations: readonly SpecViolation[];
  /** How long this process spent loading and indexing the description (shared by servers). */
  readonly specTimings: SpecTimings;
  /** Adds or replaces the handler for an operation (by its spec operationId). */
  handle(operationId: string, handler: RouteHandler): void;
  /** Makes the next matching request(s) fail with the given response. */
  failNext(fault: Fault): void;
  /**
   * What every response's `Date` header says from now on: a clock (GitHub's own, ahead of or
   * behind the client's), a raw text (one no client can read), or `null` for no header at all.
   * By default it is the server's `now`.
   */
  setDate(date: (() => Date) | string | null): void;
  /** Recorded requests for one operation. */
  requestsFor(operationId: string): RecordedRequest[];
  /** Throws an error listing every violation so far. */
  assertNoViolations(): void;
  clearViolations(): void;
  close(): Promise<void>;
}

export async function startGitHubApiServer(options: GitHubApiServerOptions = {}): Promise<GitHubApiServer> {
  const engine = specEngine();
  const requests: RecordedRequest[] = [];
  let url = "";
  const dispatcher = new Dispatcher(
    engine,
    {
      tokens: options.tokens ?? {},
      unknownTokens: options.unknownTokens === undefined ? GITHUB_ACTIONS_BOT : options.unknownTokens,
    },
    () => url,
  );
  let github: FakeGitHub | undefined;
  const clock = options.now ?? (() => new Date());
  let dateHeader: () => string | undefined = () => clock().toUTCString();

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bodyText = await readBody(req);
    const requestUrl = new URL(req.url ?? "/", url);
    const entry: RecordedRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      path: requestUrl.pathname,
      query: queryRecord(requestUrl.searchParams),
      headers: req.headers,
      body: parseLoosely(bodyText),
      operationId: undefined,
      status: 0,
    };
    requests.push(entry);
    if (requestUrl.pathname.startsWith(BLOB_PREFIX) && github) {
      const blob = github.context.blobs.get(decodeURIComponent(requestUrl.pathname.slice(BLOB_PREFIX.length)));
      entry.status = blob && requestUrl.searchParams.has("sig") ? 200 : 404;
      res.writeHead(entry.status, { "content-type": blob?.contentType ?? "text/plain" });
      res.end(blob && entry.status === 200 ? Buffer.from(blob.bytes) : "Not Found");
      return;
    }
    const outgoing = await dispatcher.dispatch({
      method: entry.method,
      url: requestUrl,
      headers: req.headers,
      bodyText,
    });
    entry.operationId = outgoing.operationId;
    entry.status = outgoing.status;
    send(res, outgoing, dateHeader());
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake = new FakeGitHub({ api: url, ...(options.now ? { now: options.now } : {}) });
  github = fake;
  for (const [operationId, handler] of Object.entries(fake.handlers())) {
    if (!engine.operations.operation(operationId)) throw new Error(`Fake handles unknown operation ${operationId}`);
    dispatcher.handlers.set(operationId, handler);
  }

  return {
    url,
    github: fake,
    requests,
    violations: dispatcher.violations,
    specTimings: engine.timings,
    handle(operationId, handler) {
      if (!engine.operations.operation(operationId)) {
        throw new Error(`handle: "${operationId}" is not an operationId in GitHub's description`);
      }
      dispatcher.handlers.set(operationId, handler);
    },
    failNext: (fault) => dispatcher.failNext(fault),
    setDate(date) {
      dateHeader = date === null ? () => undefined : typeof date === "string" ? () => date : () => date().toUTCString();
    },
    requestsFor: (operationId) => requests.filter((request) => request.operationId === operationId),
    assertNoViolations() {
      if (dispatcher.violations.length === 0) return;
      throw new Error(`GitHub API spec violations:\n${dispatcher.violations.map(describeViolation).join("\n")}`);
    },
    clearViolations() {
      dispatcher.violations.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export function describeViolation(violation: SpecViolation): string {
  const operation = violation.operationId ? ` (${violation.operationId})` : "";
  const lines = violation.problems.map((problem) => `    - ${problem}`).join("\n");
  return `  ${violation.kind}: ${violation.method} ${violation.path}${operation} → ${violation.status}\n${lines}`;
}

function send(res: ServerResponse, outgoing: Outgoing, date: string | undefined): void {
  // The same clock as created_at by default (Node's own Date header would ignore a test's fake
  // clock, and is left out: a test may ask for no Date header at all).
  res.sendDate = false;
  const headers: Record<string, string> = { ...(date !== undefined ? { date } : {}), ...outgoing.headers };
  if (outgoing.rawBody) {
    headers["content-type"] = outgoing.rawBody.contentType;
    headers["content-length"] = String(Buffer.byteLength(outgoing.rawBody.text));
    res.writeHead(outgoing.status, headers);
    res.end(outgoing.rawBody.text);
    return;
  }
  if (outgoing.body === undefined) {
    res.writeHead(outgoing.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(outgoing.body);
  headers["content-type"] = "application/json; charset=utf-8";
  headers["content-length"] = String(Buffer.byteLength(text));
  res.writeHead(outgoing.status, headers);
  if (!outgoing.stallBodyMs) {
    res.end(text);
    return;
  }
  const half = Math.floor(text.length / 2);
  res.write(text.slice(0, half));
  setTimeout(() => {
    if (!res.destroyed) res.end(text.slice(half));
  }, outgoing.stallBodyMs).unref();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

function parseLoosely(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function queryRecord(search: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return record;
}
