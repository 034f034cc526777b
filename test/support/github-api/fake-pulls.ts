// Pull requests: get one, list its files, and list those associated with a commit.
import { fakeSha, type FakeContext, type HandlerTable, parseRepo } from "./fake-context.js";
import { type ApiRequest, type ApiResponse, intParam, notFound, ok, paginate, repoKey } from "./handler-kit.js";
import { type Account, nodeId, ownerAccount, repository, type Schemas, simpleUser } from "./templates.js";

export type PullRequest = Schemas["pull-request"];
export type PullRequestSimple = Schemas["pull-request-simple"];
export type DiffEntry = Schemas["diff-entry"];

/** A changed file: its name, or a rename with the old name. */
export type PullFile = string | { filename: string; previousFilename: string };

// GitHub lists at most 3,000 files: https://docs.github.com/rest/pulls/pulls#list-pull-requests-files
const FILES_CAP = 3000;

export interface PullRequestInit {
  number: number;
  title?: string;
  body?: string | null;
  state?: "open" | "closed";
  draft?: boolean;
  merged?: boolean;
  headRef?: string;
  headSha?: string;
  /** `owner/repo` of the head branch when the pull request comes from a fork. */
  headRepo?: string;
  baseRef?: string;
  baseSha?: string;
  author?: Account;
  labels?: string[];
  files?: PullFile[];
}

interface PullRecord extends Required<Omit<PullRequestInit, "body">> {
  body: string | null;
  owner: string;
  repo: string;
  key: string;
  id: number;
  createdAt: string;
}

export class FakePulls {
  private readonly records: PullRecord[] = [];

  constructor(private readonly context: FakeContext) {}

  add(fullName: string, init: PullRequestInit): PullRequest {
    const { owner, repo, key } = parseRepo(fullName);
    const record: PullRecord = {
      title: `Pull request #${init.number}`,
      body: null,
      state: "open",
      draft: false,
      merged: false,
      headRef: `feature-${init.number}`,
      headSha: fakeSha(`${key}#${init.number}:head`),
      headRepo: `${owner}/${repo}`,
      baseRef: "main",
      baseSha: fakeSha(`${key}#${init.number}:base`),
      author: { login: "octocat", id: 583231, type: "User" },
      labels: [],
      files: [],
      ...init,
      owner,
      repo,
      key,
      id: this.context.nextId("pull", 1_800_000_000),
      createdAt: this.context.now(),
    };
    this.records.push(record);
    return this.full(record);
  }

  /** A push (or force-push) to the pull request's branch: its head becomes `sha`. */
  push(fullName: string, number: number, sha: string): void {
    const record = this.find(parseRepo(fullName).key, number);
    if (!record) throw new Error(`no pull request #${number} in ${fullName}`);
    record.headSha = sha;
  }

  /** Open pull requests in the repository whose head is `sha`, newest first. */
  withHead(
    key: string,
    sha: string,
  ): Array<{ number: number; id: number; headRef: string; baseRef: string; baseSha: string }> {
    return this.records
      .filter((r) => r.key === key && r.headSha === sha && r.state === "open")
      .map((r) => ({ number: r.number, id: r.id, headRef: r.headRef, baseRef: r.baseRef, baseSha: r.baseSha }));
  }

  /** Whether the repository (`key`, lower-case) has pull request `number`. */
  has(key: string, number: number): boolean {
    return this.find(key, number) !== undefined;
  }

  handlers(): HandlerTable {
    return {
      "pulls/get": (request) => {
        const record = this.find(repoKey(request), intParam(request, "pull_number"));
        return record ? ok(this.full(record)) : notFound();
      },
      "pulls/list-files": (request) => {
        const record = this.find(repoKey(request), intParam(request, "pull_number"));
        if (!record) return notFound();
        const page = paginate(request, record.files.slice(0, FILES_CAP));
        return ok(
          page.items.map((file) => this.diffEntry(record, file)),
          page.headers,
        );
      },
      "repos/list-pull-requests-associated-with-commit": (request) => this.forCommit(request),
    };
  }

  private forCommit(request: ApiRequest): ApiResponse {
    const sha = request.params.commit_sha ?? "";
    const records = this.records
      .filter((r) => r.key === repoKey(request) && r.headSha === sha)
      .sort((a, b) => b.number - a.number);
    const page = paginate(request, records);
    return ok(
      page.items.map((record) => this.simple(record)),
      page.headers,
    );
  }

  private diffEntry(record: PullRecord, file: PullFile): DiffEntry {
    const { filename, previousFilename } = typeof file === "string" ? { filename: file, previousFilename: undefined } : file;
    const at = (kind: string) => `https://github.com/${record.owner}/${record.repo}/${kind}/${record.headSha}/${encodeURI(filename)}`;
    return {
      sha: fakeSha(`${record.key}#${record.number}:${filename}`),
      filename,
      status: previousFilename ? "renamed" : "modified",
      additions: 1,
      deletions: 1,
      changes: 2,
      blob_url: at("blob"),
      raw_url: at("raw"),
      contents_url: `${this.context.api}/repos/${record.owner}/${record.repo}/contents/${encodeURI(filename)}?ref=${record.headSha}`,
      ...(previousFilename ? { previous_filename: previousFilename } : {}),
    };
  }

  private find(key: string, number: number): PullRecord | undefined {
    return this.records.find((r) => r.key === key && r.number === number);
  }

  private simple(record: PullRecord): PullRequestSimple {
    const api = this.context.api;
    const repoApi = `${api}/repos/${record.owner}/${record.repo}`;
    const html = `https://github.com/${record.owner}/${record.repo}/pull/${record.number}`;
    const url = `${repoApi}/pulls/${record.number}`;
    const issue = `${repoApi}/issues/${record.number}`;
    const [headOwner = record.owner, headName = record.repo] = record.headRepo.split("/");
    const branch = (owner: string, repo: string, ref: string, sha: string) => ({
      label: `${owner}:${ref}`,
      ref,
      sha,
      repo: repository(api, { owner, repo, at: record.createdAt }),
      user: simpleUser(api, ownerAccount(owner)),
    });
    const closedAt = record.state === "closed" ? this.context.now() : null;
    return {
      url,
      id: record.id,
      node_id: nodeId("PR", record.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${repoApi}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${repoApi}/statuses/${record.headSha}`,
      number: record.number,
      state: record.state,
      locked: false,
      title: record.title,
      user: simpleUser(api, record.author),
      body: record.body,
      labels: record.labels.map((name, i) => ({
        id: record.id * 10 + i,
        node_id: nodeId("LA", record.id * 10 + i),
        url: `${repoApi}/labels/${encodeURIComponent(name)}`,
        name,
        description: "",
        color: "ededed",
        default: false,
      })),
      milestone: null,
      active_lock_reason: null,
      created_at: record.createdAt,
      updated_at: record.createdAt,
      closed_at: closedAt,
      merged_at: record.merged ? closedAt : null,
      merge_commit_sha: record.merged ? fakeSha(`${record.key}#${record.number}:merge`) : null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branch(headOwner, headName, record.headRef, record.headSha),
      base: branch(record.owner, record.repo, record.baseRef, record.baseSha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${repoApi}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${repoApi}/statuses/${record.headSha}` },
      },
      author_association: record.author.login === record.owner ? "OWNER" : "CONTRIBUTOR",
      auto_merge: null,
      draft: record.draft,
    };
  }

  private full(record: PullRecord): PullRequest {
    const simple = this.simple(record);
    return {
      ...simple,
      user: simple.user ?? simpleUser(this.context.api, record.author),
      head: { ...simple.head, user: simple.head.user ?? simpleUser(this.context.api, record.author) },
      base: { ...simple.base, user: simple.base.user ?? simpleUser(this.context.api, record.author) },
      labels: simple.labels,
      state: record.state,
      merged: record.merged,
      mergeable: true,
      rebaseable: true,
      mergeable_state: "clean",
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: record.files.length,
    };
  }
}
