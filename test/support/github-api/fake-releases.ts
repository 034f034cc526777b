// Releases, and the git refs and tag objects that say which commit a release points at.
import { fakeSha, type FakeContext, type HandlerTable, parseRepo } from "./fake-context.js";
import { type ApiRequest, type ApiResponse, intParam, notFound, ok, paginate, repoKey } from "./handler-kit.js";
import { type Account, nodeId, type Schemas, simpleUser } from "./templates.js";

export type Release = Schemas["release"];

export interface ReleaseInit {
  tagName: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  /** Defaults to the creation time, or null for drafts. */
  publishedAt?: string | null;
  createdAt?: string;
  targetCommitish?: string;
  /** Commit the tag points at; a lightweight tag is created unless one exists. */
  commitSha?: string;
  author?: Account;
}

export interface TagInit {
  tag: string;
  commitSha: string;
  /** Annotated tags point at a tag object, which points at the commit. */
  annotated?: boolean;
  message?: string;
}

interface ReleaseRecord {
  key: string;
  owner: string;
  repo: string;
  id: number;
  init: ReleaseInit;
}

interface RefRecord {
  key: string;
  ref: string;
  type: "commit" | "tag";
  sha: string;
}

interface TagObjectRecord extends TagInit {
  key: string;
  sha: string;
}

export class FakeReleases {
  private readonly releases: ReleaseRecord[] = [];
  private readonly refs: RefRecord[] = [];
  /** The same refs by repository and name: tests add 16,000 tags, and a search per tag was 4 s. */
  private readonly refsByName = new Map<string, RefRecord>();
  private readonly tagObjects: TagObjectRecord[] = [];

  constructor(private readonly context: FakeContext) {}

  add(fullName: string, init: ReleaseInit): Release {
    const { owner, repo, key } = parseRepo(fullName);
    const createdAt = init.createdAt ?? this.context.now();
    const record: ReleaseRecord = {
      key,
      owner,
      repo,
      id: this.context.nextId("release", 150_000_000),
      init: { ...init, createdAt },
    };
    if (!this.findRef(key, `refs/tags/${init.tagName}`)) {
      this.addTag(fullName, { tag: init.tagName, commitSha: init.commitSha ?? fakeSha(`${key}@${init.tagName}`) });
    }
    this.releases.push(record);
    return this.view(record);
  }

  /** Changes a release in place (publishing a draft, editing notes ...). */
  update(fullName: string, id: number, patch: Partial<ReleaseInit>): Release {
    const record = this.releases.find((r) => r.key === parseRepo(fullName).key && r.id === id);
    if (!record) throw new Error(`No release ${id} in ${fullName}`);
    record.init = { ...record.init, ...patch };
    return this.view(record);
  }

  /** Deletes a release (its tag stays, as on GitHub). */
  remove(fullName: string, id: number): void {
    const index = this.releases.findIndex((r) => r.key === parseRepo(fullName).key && r.id === id);
    if (index < 0) throw new Error(`No release ${id} in ${fullName}`);
    this.releases.splice(index, 1);
  }

  addBranch(fullName: string, branch: string, sha: string): void {
    this.setRef(parseRepo(fullName).key, `refs/heads/${branch}`, "commit", sha);
  }

  addTag(fullName: string, init: TagInit): void {
    const key = parseRepo(fullName).key;
    if (!init.annotated) {
      this.setRef(key, `refs/tags/${init.tag}`, "commit", init.commitSha);
      return;
    }
    const sha = fakeSha(`${key} tag object ${init.tag} ${init.commitSha}`);
    this.tagObjects.push({ ...init, key, sha });
    this.setRef(key, `refs/tags/${init.tag}`, "tag", sha);
  }

  /** The commit a branch, tag or SHA names (unknown names are taken to be SHAs). */
  resolveRef(key: string, ref: string): string {
    const found =
      this.findRef(key, ref) ?? this.findRef(key, `refs/heads/${ref}`) ?? this.findRef(key, `refs/tags/${ref}`);
    if (!found) return ref;
    if (found.type === "commit") return found.sha;
    return this.tagObjects.find((t) => t.key === key && t.sha === found.sha)?.commitSha ?? found.sha;
  }

  handlers(): HandlerTable {
    return {
      "repos/list-releases": (request) => this.list(request),
      "repos/get-release": (request) => {
        const id = intParam(request, "release_id");
        return this.respond(this.visible(request).find((r) => r.id === id));
      },
      "repos/get-latest-release": (request) =>
        this.respond(this.visible(request).find((r) => !r.init.draft && !r.init.prerelease)),
      "repos/get-release-by-tag": (request) =>
        this.respond(this.visible(request).find((r) => !r.init.draft && r.init.tagName === request.params.tag)),
      "git/get-ref": (request) => this.getRef(request),
      "git/list-matching-refs": (request) => this.matchingRefs(request),
      "git/get-tag": (request) => this.getTag(request),
    };
  }

  private list(request: ApiRequest): ApiResponse {
    const page = paginate(request, this.visible(request));
    return ok(
      page.items.map((record) => this.view(record)),
      page.headers,
    );
  }

  // Newest first, like GitHub; drafts only for callers with push access (here: anyone
  // authenticated).
  private visible(request: ApiRequest): ReleaseRecord[] {
    const key = repoKey(request);
    return this.releases
      .filter((r) => r.key === key && (request.identity !== undefined || !r.init.draft))
      .sort((a, b) => (b.init.createdAt ?? "").localeCompare(a.init.createdAt ?? "") || b.id - a.id);
  }

  private respond(record: ReleaseRecord | undefined): ApiResponse {
    return record ? ok(this.view(record)) : notFound();
  }

  private getRef(request: ApiRequest): ApiResponse {
    const key = repoKey(request);
    const found = this.findRef(key, `refs/${request.params.ref ?? ""}`);
    if (!found) return notFound();
    const repoApi = `${this.context.api}/repos/${request.params.owner}/${request.params.repo}`;
    return ok({
      ref: found.ref,
      node_id: nodeId("REF", Number.parseInt(found.sha.slice(0, 8), 16)),
      url: `${repoApi}/git/${found.ref}`,
      object: {
        type: found.type,
        sha: found.sha,
        url: `${repoApi}/git/${found.type === "tag" ? "tags" : "commits"}/${found.sha}`,
      },
    } satisfies Schemas["git-ref"]);
  }

  private matchingRefs(request: ApiRequest): ApiResponse {
    const key = repoKey(request);
    const prefix = `refs/${request.params.ref ?? ""}`;
    const repoApi = `${this.context.api}/repos/${request.params.owner}/${request.params.repo}`;
    const refs = this.refs
      .filter((r) => r.key === key && r.ref.startsWith(prefix))
      .sort((a, b) => a.ref.localeCompare(b.ref))
      .map((found) => ({
        ref: found.ref,
        node_id: nodeId("REF", Number.parseInt(found.sha.slice(0, 8), 16)),
        url: `${repoApi}/git/${found.ref}`,
        object: {
          type: found.type,
          sha: found.sha,
          url: `${repoApi}/git/${found.type === "tag" ? "tags" : "commits"}/${found.sha}`,
        },
      }));
    return ok(refs satisfies Array<Schemas["git-ref"]>);
  }

  private getTag(request: ApiRequest): ApiResponse {
    const key = repoKey(request);
    const tag = this.tagObjects.find((t) => t.key === key && t.sha === request.params.tag_sha);
    if (!tag) return notFound();
    const repoApi = `${this.context.api}/repos/${request.params.owner}/${request.params.repo}`;
    return ok({
      node_id: nodeId("TAG", Number.parseInt(tag.sha.slice(0, 8), 16)),
      tag: tag.tag,
      sha: tag.sha,
      url: `${repoApi}/git/tags/${tag.sha}`,
      message: tag.message ?? `Release ${tag.tag}\n`,
      tagger: { date: this.context.now(), email: "release-bot@example.com", name: "Release Bot" },
      object: { sha: tag.commitSha, type: "commit", url: `${repoApi}/git/commits/${tag.commitSha}` },
      verification: { verified: false, reason: "unsigned", payload: null, signature: null, verified_at: null },
    } satisfies Schemas["git-tag"]);
  }

  private setRef(key: string, ref: string, type: RefRecord["type"], sha: string): void {
    const existing = this.findRef(key, ref);
    if (existing) Object.assign(existing, { type, sha });
    else {
      const record = { key, ref, type, sha };
      this.refs.push(record);
      this.refsByName.set(`${key}\n${ref}`, record);
    }
  }

  private findRef(key: string, ref: string): RefRecord | undefined {
    return this.refsByName.get(`${key}\n${ref}`);
  }

  private view(record: ReleaseRecord): Release {
    const { init, owner, repo, id } = record;
    const api = this.context.api;
    const url = `${api}/repos/${owner}/${repo}/releases/${id}`;
    const html = `https://github.com/${owner}/${repo}/releases/${init.draft ? `tag/untagged-${id}` : `tag/${init.tagName}`}`;
    const createdAt = init.createdAt ?? this.context.now();
    return {
      url,
      html_url: html,
      assets_url: `${url}/assets`,
      upload_url: `https://uploads.github.com/repos/${owner}/${repo}/releases/${id}/assets{?name,label}`,
      tarball_url: `${api}/repos/${owner}/${repo}/tarball/${init.tagName}`,
      zipball_url: `${api}/repos/${owner}/${repo}/zipball/${init.tagName}`,
      id,
      node_id: nodeId("RE", id),
      tag_name: init.tagName,
      target_commitish: init.targetCommitish ?? "main",
      name: init.name === undefined ? init.tagName : init.name,
      body: init.body ?? null,
      draft: init.draft ?? false,
      prerelease: init.prerelease ?? false,
      immutable: false,
      created_at: createdAt,
      updated_at: createdAt,
      published_at: init.publishedAt !== undefined ? init.publishedAt : init.draft ? null : createdAt,
      author: simpleUser(api, init.author ?? { login: "release-bot", id: 7_700_001, type: "User" }),
      assets: [],
    };
  }
}
