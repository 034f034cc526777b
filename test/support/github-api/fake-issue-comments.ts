// Issue and pull-request comments: list (paginated), get, create, update, delete.
import { type FakeContext, type HandlerTable, parseRepo } from "./fake-context.js";
import {
  type ApiRequest,
  type ApiResponse,
  created,
  intParam,
  notFound,
  ok,
  paginate,
  repoKey,
  requireIdentity,
} from "./handler-kit.js";
import { type Account, accountOf, reactions, type Schemas, simpleUser } from "./templates.js";

export type IssueComment = Schemas["issue-comment"];

interface CommentRecord {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  author: Account;
  createdAt: string;
  updatedAt: string;
}

export interface CommentInit {
  body: string;
  /** Defaults to github-actions[bot]. */
  author?: Account;
}

export class FakeIssueComments {
  private readonly records: CommentRecord[] = [];

  constructor(private readonly context: FakeContext) {}

  /** Seeds a comment as if someone had posted it earlier. */
  add(fullName: string, issueNumber: number, init: CommentInit): IssueComment {
    const { owner, repo } = parseRepo(fullName);
    const at = this.context.now();
    const record: CommentRecord = {
      id: this.context.nextId("comment", 1_900_000_000),
      owner,
      repo,
      issueNumber,
      body: init.body,
      author: init.author ?? { login: "github-actions[bot]", id: 41898282, type: "Bot" },
      createdAt: at,
      updatedAt: at,
    };
    this.records.push(record);
    return this.view(record);
  }

  /** Edits a comment as if someone (or a run) had just done it: its updated_at moves to now. */
  edit(commentId: IssueComment["id"], body: string): IssueComment {
    const record = this.records.find((each) => each.id === Number(commentId));
    if (!record) throw new Error(`no comment ${commentId}`);
    record.body = body;
    record.updatedAt = this.context.now();
    return this.view(record);
  }

  /** The comments on one issue, oldest first, as the API would return them. */
  list(fullName: string, issueNumber: number): IssueComment[] {
    const key = parseRepo(fullName).key;
    return this.onIssue(key, issueNumber).map((record) => this.view(record));
  }

  handlers(): HandlerTable {
    return {
      "issues/list-comments": (request) => this.listComments(request),
      "issues/get-comment": (request) => this.withComment(request, (record) => ok(this.view(record))),
      "issues/create-comment": (request) => this.create(request),
      "issues/update-comment": (request) => this.update(request),
      "issues/delete-comment": (request) =>
        this.withComment(request, (record) => {
          this.records.splice(this.records.indexOf(record), 1);
          return { status: 204 };
        }),
    };
  }

  private listComments(request: ApiRequest): ApiResponse {
    const since = typeof request.query.since === "string" ? request.query.since : undefined;
    const records = this.onIssue(repoKey(request), intParam(request, "issue_number")).filter(
      (record) => since === undefined || record.updatedAt >= since,
    );
    const page = paginate(request, records);
    return ok(
      page.items.map((record) => this.view(record)),
      page.headers,
    );
  }

  private create(request: ApiRequest): ApiResponse {
    const unauthenticated = requireIdentity(request);
    if (unauthenticated || !request.identity) return unauthenticated ?? notFound();
    const body = storedText((request.body as { body: string }).body);
    const record: CommentRecord = {
      id: this.context.nextId("comment", 1_900_000_000),
      owner: request.params.owner ?? "",
      repo: request.params.repo ?? "",
      issueNumber: intParam(request, "issue_number"),
      body,
      author: accountOf(request.identity),
      createdAt: this.context.now(),
      updatedAt: this.context.now(),
    };
    this.records.push(record);
    const view = this.view(record);
    return created(view, view.url);
  }

  private update(request: ApiRequest): ApiResponse {
    const unauthenticated = requireIdentity(request);
    if (unauthenticated) return unauthenticated;
    return this.withComment(request, (record) => {
      record.body = storedText((request.body as { body: string }).body);
      record.updatedAt = this.context.now();
      return ok(this.view(record));
    });
  }

  private withComment(request: ApiRequest, action: (record: CommentRecord) => ApiResponse): ApiResponse {
    const id = intParam(request, "comment_id");
    const key = repoKey(request);
    const record = this.records.find((r) => r.id === id && `${r.owner}/${r.repo}`.toLowerCase() === key);
    return record ? action(record) : notFound();
  }

  private onIssue(key: string, issueNumber: number): CommentRecord[] {
    return this.records.filter(
      (record) => record.issueNumber === issueNumber && `${record.owner}/${record.repo}`.toLowerCase() === key,
    );
  }

  private view(record: CommentRecord): IssueComment {
    const repoApi = `${this.context.api}/repos/${record.owner}/${record.repo}`;
    const url = `${repoApi}/issues/comments/${record.id}`;
    return {
      id: record.id,
      node_id: `IC_kwDO${Buffer.from(String(record.id)).toString("base64url")}`,
      url,
      html_url: `https://github.com/${record.owner}/${record.repo}/issues/${record.issueNumber}#issuecomment-${record.id}`,
      body: record.body,
      user: simpleUser(this.context.api, record.author),
      created_at: record.createdAt,
      updated_at: record.updatedAt,
      issue_url: `${repoApi}/issues/${record.issueNumber}`,
      author_association: record.author.login === record.owner ? "OWNER" : "NONE",
      performed_via_github_app: null,
      reactions: reactions(url),
    };
  }
}

/**
 * A body as GitHub stores it, in UTF-8: a lone surrogate (JSON's `"\ud800"`, half an emoji)
 * comes back as U+FFFD, so a body holding one never reads back as it was sent.
 */
function storedText(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
