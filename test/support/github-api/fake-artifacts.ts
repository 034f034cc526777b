// Workflow-run artifacts: list (by repository or run, with a name filter), get, delete,
// and download via a 302 to a signed URL served by the same server.
import { createHash } from "node:crypto";
import { type FakeContext, fakeSha, type HandlerTable, parseRepo } from "./fake-context.js";
import {
  type ApiRequest,
  type ApiResponse,
  DOCS_URL,
  intParam,
  notFound,
  ok,
  paginate,
  repoKey,
  stringQuery,
} from "./handler-kit.js";
import { idForLogin, isoSeconds, nodeId, type Schemas } from "./templates.js";

// Default artifact retention for public repositories.
const ARTIFACT_RETENTION_MS = 90 * 86_400_000;

export type Artifact = Schemas["artifact"];

export interface ArtifactInit {
  name: string;
  /** The zip archive's bytes, returned by the download URL. */
  zip: Uint8Array;
  runId?: number;
  headBranch?: string;
  headSha?: string;
  expired?: boolean;
  createdAt?: string;
}

interface ArtifactRecord {
  key: string;
  owner: string;
  repo: string;
  id: number;
  runId: number;
  init: ArtifactInit;
  createdAt: string;
}

export class FakeArtifacts {
  private readonly records: ArtifactRecord[] = [];

  constructor(private readonly context: FakeContext) {}

  add(fullName: string, init: ArtifactInit): Artifact {
    const { owner, repo, key } = parseRepo(fullName);
    const record: ArtifactRecord = {
      key,
      owner,
      repo,
      id: this.context.nextId("artifact", 4_200_000_000),
      runId: init.runId ?? this.context.nextId("run", 12_000_000_000),
      init,
      createdAt: init.createdAt ?? this.context.now(),
    };
    this.records.push(record);
    return this.view(record);
  }

  /** What GitHub does after retention: artifacts past `expires_at` are gone. Returns how many went. */
  removeExpired(now: Date = new Date()): number {
    const before = this.records.length;
    for (const record of [...this.records]) {
      if (Date.parse(record.createdAt) + ARTIFACT_RETENTION_MS <= now.getTime()) {
        this.records.splice(this.records.indexOf(record), 1);
      }
    }
    return before - this.records.length;
  }

  /** Artifacts in a repository, newest first. */
  list(fullName: string): Artifact[] {
    const key = parseRepo(fullName).key;
    return this.inRepo(key).map((record) => this.view(record));
  }

  handlers(): HandlerTable {
    return {
      "actions/list-artifacts-for-repo": (request) => this.listMatching(request, () => true),
      "actions/list-workflow-run-artifacts": (request) =>
        this.listMatching(request, (record) => record.runId === intParam(request, "run_id")),
      "actions/get-artifact": (request) => this.withArtifact(request, (record) => ok(this.view(record))),
      "actions/delete-artifact": (request) =>
        this.withArtifact(request, (record) => {
          this.records.splice(this.records.indexOf(record), 1);
          return { status: 204 };
        }),
      "actions/download-artifact": (request) => this.withArtifact(request, (record) => this.download(request, record)),
    };
  }

  private listMatching(request: ApiRequest, keep: (record: ArtifactRecord) => boolean): ApiResponse {
    const name = stringQuery(request, "name");
    const records = this.inRepo(repoKey(request)).filter(
      (record) => keep(record) && (name === undefined || record.init.name === name),
    );
    if (stringQuery(request, "direction") === "asc") records.reverse();
    const page = paginate(request, records);
    return ok({ total_count: records.length, artifacts: page.items.map((record) => this.view(record)) }, page.headers);
  }

  // https://docs.github.com/rest/actions/artifacts#download-an-artifact
  private download(request: ApiRequest, record: ArtifactRecord): ApiResponse {
    if (request.params.archive_format !== "zip") {
      return {
        status: 404,
        body: { message: "Not Found", documentation_url: DOCS_URL, status: "404" },
        violation: `archive_format must be "zip", got "${request.params.archive_format}"`,
      };
    }
    if (record.init.expired) {
      return { status: 410, body: { message: "Artifact has expired", documentation_url: DOCS_URL, status: "410" } };
    }
    const location = this.context.putBlob(`artifact-${record.id}.zip`, {
      bytes: record.init.zip,
      contentType: "application/zip",
    });
    return { status: 302, headers: { location } };
  }

  private withArtifact(request: ApiRequest, action: (record: ArtifactRecord) => ApiResponse): ApiResponse {
    const id = intParam(request, "artifact_id");
    const record = this.records.find((r) => r.id === id && r.key === repoKey(request));
    return record ? action(record) : notFound();
  }

  private inRepo(key: string): ArtifactRecord[] {
    return this.records.filter((r) => r.key === key).sort((a, b) => b.id - a.id);
  }

  private view(record: ArtifactRecord): Artifact {
    const url = `${this.context.api}/repos/${record.owner}/${record.repo}/actions/artifacts/${record.id}`;
    const repositoryId = idForLogin(`${record.owner}/${record.repo}`);
    return {
      id: record.id,
      node_id: nodeId("MDg6QXJ0aWZhY3Q", record.id),
      name: record.init.name,
      size_in_bytes: record.init.zip.byteLength,
      url,
      archive_download_url: `${url}/zip`,
      expired: record.init.expired ?? false,
      created_at: record.createdAt,
      updated_at: record.createdAt,
      expires_at: isoSeconds(new Date(Date.parse(record.createdAt) + ARTIFACT_RETENTION_MS)),
      digest: `sha256:${createHash("sha256").update(record.init.zip).digest("hex")}`,
      workflow_run: {
        id: record.runId,
        repository_id: repositoryId,
        head_repository_id: repositoryId,
        head_branch: record.init.headBranch ?? "main",
        head_sha: record.init.headSha ?? fakeSha(`run ${record.runId}`),
      },
    };
  }
}
