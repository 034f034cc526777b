// A stateful fake of the parts of GitHub flows-action talks to. Tests seed state through
// the public fields (`releases.add`, `artifacts.add` ...) and inspect what the code under test
// did (`comments.list`, `checkRuns.annotations` ...). Every response passes through the
// server's spec validation before it is sent.
import { FakeArtifacts } from "./fake-artifacts.js";
import { FakeAutomation } from "./fake-automation.js";
import { FakeCheckRuns } from "./fake-check-runs.js";
import { FakeContext, type HandlerTable, parseRepo } from "./fake-context.js";
import { FakeIssueComments } from "./fake-issue-comments.js";
import { FakePulls } from "./fake-pulls.js";
import { FakeReleases } from "./fake-releases.js";
import { type ApiRequest, type ApiResponse, DOCS_URL, ok, requireIdentity } from "./handler-kit.js";
import { fullRepository, type Schemas, simpleUser } from "./templates.js";

export interface FakeGitHubOptions {
  /** The server's base URL, used inside response objects. */
  api: string;
  /** Clock for timestamps; defaults to the real time. */
  now?: () => Date;
}

export class FakeGitHub {
  readonly context: FakeContext;
  readonly comments: FakeIssueComments;
  readonly pulls: FakePulls;
  readonly checkRuns: FakeCheckRuns;
  readonly releases: FakeReleases;
  readonly artifacts: FakeArtifacts;
  /** Workflow runs, deployments, and issues that are not pull requests. */
  readonly automation: FakeAutomation;
  private readonly privateRepos = new Set<string>();

  constructor(options: FakeGitHubOptions) {
    this.context = new FakeContext(options.api, options.now ?? (() => new Date()));
    this.comments = new FakeIssueComments(this.context);
    this.pulls = new FakePulls(this.context);
    this.releases = new FakeReleases(this.context);
    this.artifacts = new FakeArtifacts(this.context);
    this.automation = new FakeAutomation(this.context, this.pulls);
    this.checkRuns = new FakeCheckRuns(this.context, {
      resolveRef: (key, ref) => this.releases.resolveRef(key, ref),
      pullRequestsFor: (key, sha) => {
        const [owner = "", repo = ""] = key.split("/");
        const repoUrl = `${options.api}/repos/${owner}/${repo}`;
        const repoRef = { id: 1, url: repoUrl, name: repo };
        return this.pulls.withHead(key, sha).map((pull) => ({
          id: pull.id,
          number: pull.number,
          url: `${repoUrl}/pulls/${pull.number}`,
          head: { ref: pull.headRef, sha, repo: repoRef },
          base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef },
        }));
      },
    });
  }

  /** Marks a repository private (it is public otherwise); only affects `GET /repos/...`. */
  makePrivate(fullName: string): void {
    this.privateRepos.add(parseRepo(fullName).key);
  }

  /** Route handlers by operationId. */
  handlers(): HandlerTable {
    return {
      ...this.comments.handlers(),
      ...this.pulls.handlers(),
      ...this.checkRuns.handlers(),
      ...this.releases.handlers(),
      ...this.artifacts.handlers(),
      ...this.automation.handlers(),
      "repos/get": (request) => this.repository(request),
      "users/get-authenticated": (request) => this.authenticatedUser(request),
    };
  }

  private repository(request: ApiRequest): ApiResponse {
    const owner = request.params.owner ?? "";
    const repo = request.params.repo ?? "";
    const body = fullRepository(this.context.api, { owner, repo, at: "2023-01-10T08:00:00Z" });
    const isPrivate = this.privateRepos.has(`${owner}/${repo}`.toLowerCase());
    return ok({ ...body, private: isPrivate, visibility: isPrivate ? "private" : "public" });
  }

  // Installation tokens (GITHUB_TOKEN) are not users: GitHub answers 403.
  private authenticatedUser(request: ApiRequest): ApiResponse {
    const unauthenticated = requireIdentity(request);
    if (unauthenticated || !request.identity) return unauthenticated ?? { status: 401 };
    if (request.identity.kind === "installation") {
      return {
        status: 403,
        body: {
          message: "Resource not accessible by integration",
          documentation_url: `${DOCS_URL}/users/users#get-the-authenticated-user`,
          status: "403",
        },
      };
    }
    const user: Schemas["private-user"] = {
      ...simpleUser(this.context.api, request.identity),
      user_view_type: "private",
      name: request.identity.login,
      company: null,
      blog: "",
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      notification_email: null,
      public_repos: 3,
      public_gists: 0,
      followers: 1,
      following: 0,
      created_at: "2015-03-01T10:00:00Z",
      updated_at: this.context.now(),
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 1024,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { collaborators: 0, name: "free", space: 976562499, private_repos: 10000 },
    };
    return ok(user);
  }
}
