// A local stand-in for the Actions results service that `@actions/artifact` v6 uploads through:
// Twirp JSON at ACTIONS_RESULTS_URL (`CreateArtifact`, `FinalizeArtifact`) and the Azure Blob
// block upload behind the signed URL CreateArtifact returns (`PUT ?comp=block`, then
// `PUT ?comp=blocklist`). Request bodies are checked with the package's own generated
// protobuf-ts message types (unknown fields and wrong types are refused), the runtime token's
// `Actions.Results:<run>:<job>` scope must match the ids in the body, and a finalized
// artifact is added to the GitHub API fake, so the REST listing and download see it as on GitHub.
//
//   const results = await startActionsResultsServer({ github, repository: "octo/tool" });
//   const client = results.artifactClient({ runId: 101 });   // the real DefaultArtifactClient
//   await client.uploadArtifact("name", [file], dir, { retentionDays: 3 });
//   results.assertNoViolations();
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ArtifactClient, DefaultArtifactClient } from "@actions/artifact";
import type { GitHubApiServer } from "./github-api/index.js";

const SERVICE = "github.actions.results.api.v1.ArtifactService";
const BLOB_PREFIX = "/blobs/actions-results/";

/** A workflow job as the results service knows it: GitHub's run id plus backend ids. */
export type ResultsJob = { runId: number };

export type UploadedArtifact = {
  id: number;
  name: string;
  runId: number;
  bytes: Uint8Array;
  /** `expires_at` from CreateArtifact (ISO), when the client asked for a retention. */
  expiresAt: string | undefined;
  /** Blocks staged for the zip (uploadStream sends 8 MiB blocks). */
  blocks: number;
};

export type ResultsRequest = { method: string; path: string; status: number };

export type ArtifactUploader = Pick<ArtifactClient, "uploadArtifact">;

export interface ActionsResultsServer {
  /** The value for ACTIONS_RESULTS_URL. */
  readonly url: string;
  readonly requests: readonly ResultsRequest[];
  readonly uploads: readonly UploadedArtifact[];
  /** Requests the real client would not send (malformed bodies, wrong scopes, unknown routes). */
  readonly violations: readonly string[];
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN (a JWT with this job's scope) for one job. */
  runtimeEnv(job: ResultsJob): Record<string, string>;
  /**
   * The real DefaultArtifactClient, run with `runtimeEnv(job)`. The client reads both variables
   * synchronously when an upload starts, so the environment is set for that moment only and
   * restored at once: jobs in one process can upload concurrently, each with its own token.
   * `overrides` change that environment (`undefined` removes a variable).
   */
  artifactClient(job: ResultsJob, overrides?: Record<string, string | undefined>): ArtifactUploader;
  assertNoViolations(): void;
  close(): Promise<void>;
}

export type ActionsResultsServerOptions = { github: GitHubApiServer; repository: string };

type Job = { runId: number; runBackendId: string; jobBackendId: string };
type Pending = {
  job: Job;
  name: string;
  expiresAt: string | undefined;
  blobPath: string;
  blob?: Buffer;
  blocks: number;
};
type Reply = { status: number; headers?: Record<string, string>; body?: string };
type MessageType = { fromJson(json: unknown, options: { ignoreUnknownFields: boolean }): unknown };
type GeneratedTypes = Record<"CreateArtifactRequest" | "FinalizeArtifactRequest", MessageType>;

// The package's generated protobuf-ts types are not in its `exports`; load them by file.
const generated = (await import(
  new URL("../../node_modules/@actions/artifact/lib/generated/index.js", import.meta.url).href
)) as GeneratedTypes;

export async function startActionsResultsServer(options: ActionsResultsServerOptions): Promise<ActionsResultsServer> {
  const jobs = new Map<string, Job>();
  const pending = new Map<string, Pending>();
  const staged = new Map<string, Map<string, Buffer>>();
  const requests: ResultsRequest[] = [];
  const uploads: UploadedArtifact[] = [];
  const violations: string[] = [];
  let url = "";

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      violations.push(`server error: ${error instanceof Error ? error.message : String(error)}`);
      respond(res, twirpError(500, "internal", "internal error"));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const target = new URL(req.url ?? "/", url);
    const reply = target.pathname.startsWith(BLOB_PREFIX)
      ? blob(req, target, body)
      : await twirp(req, target.pathname, body);
    requests.push({ method: req.method ?? "", path: target.pathname, status: reply.status });
    respond(res, reply);
  }

  // A request the real client would not send: answered as the service would, and recorded.
  function refuse(status: number, code: string, problem: string): Reply {
    violations.push(problem);
    return twirpError(status, code, problem);
  }

  function refuseBlob(status: number, code: string, problem: string): Reply {
    violations.push(`blob: ${problem}`);
    return azureError(status, code);
  }

  async function twirp(req: IncomingMessage, path: string, body: Buffer): Promise<Reply> {
    const method = path.startsWith(`/twirp/${SERVICE}/`) ? path.slice(`/twirp/${SERVICE}/`.length) : "";
    if (req.method !== "POST" || (method !== "CreateArtifact" && method !== "FinalizeArtifact")) {
      return refuse(404, "bad_route", `unknown route ${req.method} ${path}`);
    }
    if (!String(req.headers["content-type"]).startsWith("application/json")) {
      return refuse(400, "malformed", `${method}: content-type ${req.headers["content-type"]}`);
    }
    const job = jobOfToken(req.headers.authorization, jobs);
    if (!job) return refuse(401, "unauthenticated", `${method}: no valid runtime token`);
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
      generated[`${method}Request`].fromJson(json, { ignoreUnknownFields: false });
    } catch (error) {
      return refuse(400, "invalid_argument", `${method}: malformed body: ${(error as Error).message}`);
    }
    if (json.workflow_run_backend_id !== job.runBackendId || json.workflow_job_run_backend_id !== job.jobBackendId) {
      return refuse(403, "permission_denied", `${method}: backend ids differ from the token's scope`);
    }
    const name = typeof json.name === "string" ? json.name : "";
    if (!name) return refuse(400, "invalid_argument", `${method}: no name`);
    const key = `${job.runBackendId}/${name}`;
    return method === "CreateArtifact" ? createArtifact(json, job, name) : finalizeArtifact(json, key);
  }

  function createArtifact(json: Record<string, unknown>, job: Job, name: string): Reply {
    if (typeof json.version !== "number" || json.version < 4) {
      return refuse(400, "invalid_argument", `CreateArtifact: version ${String(json.version)} (v4+ backend expected)`);
    }
    // Names are unique within a workflow run (upload-artifact v4+): not a client bug, a conflict.
    const key = `${job.runBackendId}/${name}`;
    if (pending.has(key) || uploads.some((u) => u.runId === job.runId && u.name === name)) {
      return twirpError(409, "already_exists", `an artifact named ${name} already exists in this run`);
    }
    const expiresAt = typeof json.expires_at === "string" ? json.expires_at : undefined;
    const blobPath = `${BLOB_PREFIX}${job.runBackendId}/${job.jobBackendId}/${encodeURIComponent(name)}.zip`;
    pending.set(key, { job, name, expiresAt, blobPath, blocks: 0 });
    const query = `sv=2025-01-05&sr=b&sp=cw&sig=${signature(blobPath)}`;
    return twirpOk({ ok: true, signed_upload_url: `${url}${blobPath}?${query}` });
  }

  function finalizeArtifact(json: Record<string, unknown>, key: string): Reply {
    const upload = pending.get(key);
    if (!upload) return refuse(404, "not_found", `FinalizeArtifact before CreateArtifact: ${key}`);
    if (!upload.blob)
      return refuse(400, "failed_precondition", `FinalizeArtifact before the blob is committed: ${key}`);
    const hash = `sha256:${createHash("sha256").update(upload.blob).digest("hex")}`;
    const stated = json.hash as { value?: unknown } | string | undefined;
    const statedHash = typeof stated === "string" ? stated : stated?.value;
    if (String(json.size) !== String(upload.blob.byteLength) || (statedHash !== undefined && statedHash !== hash)) {
      const sent = `${String(json.size)} bytes, ${String(statedHash)}`;
      return refuse(400, "invalid_argument", `FinalizeArtifact: ${sent}; uploaded ${upload.blob.byteLength}, ${hash}`);
    }
    pending.delete(key);
    const { name, job, blob: zip, expiresAt, blocks } = upload;
    const artifact = options.github.github.artifacts.add(options.repository, { name, zip, runId: job.runId });
    uploads.push({ id: artifact.id, name, runId: job.runId, bytes: zip, expiresAt, blocks });
    return twirpOk({ ok: true, artifact_id: String(artifact.id) });
  }

  // https://learn.microsoft.com/rest/api/storageservices/put-block and .../put-block-list
  function blob(req: IncomingMessage, target: URL, body: Buffer): Reply {
    const path = target.pathname;
    if (req.method !== "PUT" || target.searchParams.get("sig") !== signature(path)) {
      return refuseBlob(403, "AuthenticationFailed", `${req.method} ${path} without a valid signature`);
    }
    if (!req.headers["x-ms-version"]) return refuseBlob(400, "MissingRequiredHeader", `no x-ms-version on ${path}`);
    const upload = [...pending.values()].find((candidate) => candidate.blobPath === path);
    if (!upload) return refuseBlob(404, "BlobNotFound", `upload to ${path} with no CreateArtifact`);
    if (Number(req.headers["content-length"]) !== body.byteLength) {
      return refuseBlob(400, "InvalidHeaderValue", `content-length differs from the body on ${path}`);
    }
    const blocks = staged.get(path) ?? new Map<string, Buffer>();
    staged.set(path, blocks);
    const comp = target.searchParams.get("comp");
    if (comp === "block") {
      const blockId = target.searchParams.get("blockid") ?? "";
      if (!/^[A-Za-z0-9+/]+=*$/.test(blockId))
        return refuseBlob(400, "InvalidQueryParameterValue", `block id ${blockId}`);
      blocks.set(blockId, body);
      return { status: 201, headers: azureHeaders() };
    }
    if (comp === "blocklist") {
      const xml = body.toString("utf8");
      const ids = [...xml.matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((match) => match[1] ?? "");
      const missing = ids.filter((id) => !blocks.has(id));
      if (!xml.includes("<BlockList>") || missing.length > 0) {
        return refuseBlob(400, "InvalidBlockList", `block list names unstaged blocks ${missing.join(", ")}`);
      }
      upload.blob = Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0)));
      upload.blocks = ids.length;
      staged.delete(path);
      return { status: 201, headers: { ...azureHeaders(), etag: `"0x${randomUUID().slice(0, 8)}"` } };
    }
    if (comp === null && req.headers["x-ms-blob-type"] === "BlockBlob") {
      upload.blob = body;
      upload.blocks = 1;
      return { status: 201, headers: azureHeaders() };
    }
    return refuseBlob(400, "InvalidQueryParameterValue", `unsupported PUT ${path}?${target.searchParams}`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function runtimeEnv(job: ResultsJob): Record<string, string> {
    const registered: Job = { runId: job.runId, runBackendId: randomUUID(), jobBackendId: randomUUID() };
    jobs.set(registered.runBackendId, registered);
    const scp = `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${registered.runBackendId}:${registered.jobBackendId}`;
    return {
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_RUNTIME_TOKEN: unsignedJwt({ scp, iss: "fake-actions", exp: Math.floor(Date.now() / 1000) + 3600 }),
      GITHUB_SERVER_URL: "https://github.com",
    };
  }

  return {
    url,
    requests,
    uploads,
    violations,
    runtimeEnv,
    artifactClient(job, overrides = {}) {
      const env = { ...runtimeEnv(job), ...overrides };
      const client = new DefaultArtifactClient();
      return { uploadArtifact: (...args) => withEnv(env, () => client.uploadArtifact(...args)) };
    },
    assertNoViolations() {
      if (violations.length > 0) throw new Error(`results service violations:\n  ${violations.join("\n  ")}`);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function withEnv<T>(env: Record<string, string | undefined>, start: () => T): T {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  setEnv(env);
  try {
    return start();
  } finally {
    setEnv(saved);
  }
}

function setEnv(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

function jobOfToken(header: string | undefined, jobs: Map<string, Job>): Job | undefined {
  const token = /^Bearer (\S+)$/.exec(header ?? "")?.[1];
  const payload = token?.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { scp?: unknown };
    const scope = String(claims.scp ?? "")
      .split(" ")
      .map((part) => part.split(":"))
      .find((parts) => parts[0] === "Actions.Results" && parts.length === 3);
    const job = scope ? jobs.get(scope[1] ?? "") : undefined;
    return job && job.jobBackendId === scope?.[2] ? job : undefined;
  } catch {
    return undefined;
  }
}

function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

function signature(path: string): string {
  return createHash("sha256").update(`fake-results:${path}`).digest("hex").slice(0, 24);
}

function twirpOk(body: unknown): Reply {
  return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

// https://twitchtv.github.io/twirp/docs/spec_v7.html#error-codes
function twirpError(status: number, code: string, msg: string): Reply {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify({ code, msg }) };
}

function azureError(status: number, code: string): Reply {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  return { status, headers: { ...azureHeaders(), "content-type": "application/xml", "x-ms-error-code": code }, body };
}

function azureHeaders(): Record<string, string> {
  return { "x-ms-request-id": randomUUID(), "x-ms-version": "2025-01-05", "x-ms-request-server-encrypted": "true" };
}

function respond(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, "content-length": String(Buffer.byteLength(reply.body ?? "")) });
  res.end(reply.body ?? "");
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}
