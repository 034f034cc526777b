// Workflow runs and jobs, check suites, deployments and issues: get one. What an HTTP replay
// reads to know where an event's reports belong (src/github/replay-targets.ts); check runs are
// FakeCheckRuns'. An issue that is a pull request
// (FakePulls holds it) is answered with its `pull_request` links, as GitHub does.
import { type FakeContext, type HandlerTable, fakeSha, parseRepo } from "./fake-context.js";
import type { FakePulls } from "./fake-pulls.js";
import { type ApiRequest, type ApiResponse, intParam, notFound, ok, repoKey } from "./handler-kit.js";
import { githubActionsApp, nodeId, ownerAccount, reactions, repository, type Schemas, simpleUser } from "./templates.js";

export type WorkflowRun = Schemas["workflow-run"];
export type WorkflowJob = Schemas["job"];
export type CheckSuite = Schemas["check-suite"];
export type Deployment = Schemas["deployment"];
export type Issue = Schemas["issue"];

export interface WorkflowRunInit {
  id: number;
  headSha: string;
  /** Open pull requests of the run's head; `repo` (default the run's) is the pull request's base repository. */
  pullRequests?: Array<number | { number: number; repo: string }>;
  headBranch?: string;
}

export interface WorkflowJobInit {
  id: number;
  /** The run it belongs to (default 1). */
  runId?: number;
  headSha: string;
  headBranch?: string;
  name?: string;
}

export interface CheckSuiteInit {
  id: number;
  headSha: string;
  /** Open pull requests of the suite's head; `repo` (default the suite's) is the pull request's base repository. */
  pullRequests?: Array<number | { number: number; repo: string }>;
  headBranch?: string;
}

export interface DeploymentInit {
  id: number;
  sha: string;
  ref?: string;
  environment?: string;
}

interface Owned<T> {
  owner: string;
  repo: string;
  key: string;
  init: T;
  at: string;
}

export class FakeAutomation {
  private readonly runs: Array<Owned<WorkflowRunInit>> = [];
  private readonly jobs: Array<Owned<WorkflowJobInit>> = [];
  private readonly suites: Array<Owned<CheckSuiteInit>> = [];
  private readonly deployments: Array<Owned<DeploymentInit>> = [];
  private readonly issues: Array<Owned<{ number: number }>> = [];

  constructor(
    private readonly context: FakeContext,
    private readonly pulls: FakePulls,
  ) {}

  addWorkflowRun(fullName: string, init: WorkflowRunInit): WorkflowRun {
    const record = { ...parseRepo(fullName), init, at: this.context.now() };
    this.runs.push(record);
    return this.workflowRun(record);
  }

  addWorkflowJob(fullName: string, init: WorkflowJobInit): WorkflowJob {
    const record = { ...parseRepo(fullName), init, at: this.context.now() };
    this.jobs.push(record);
    return this.workflowJob(record);
  }

  addCheckSuite(fullName: string, init: CheckSuiteInit): CheckSuite {
    const record = { ...parseRepo(fullName), init, at: this.context.now() };
    this.suites.push(record);
    return this.checkSuite(record);
  }

  addDeployment(fullName: string, init: DeploymentInit): Deployment {
    const record = { ...parseRepo(fullName), init, at: this.context.now() };
    this.deployments.push(record);
    return this.deployment(record);
  }

  /** An issue that is not a pull request (pull requests are FakePulls'). */
  addIssue(fullName: string, number: number): Issue {
    const record = { ...parseRepo(fullName), init: { number }, at: this.context.now() };
    this.issues.push(record);
    return this.issue(record, false);
  }

  handlers(): HandlerTable {
    return {
      "actions/get-workflow-run": (request) => {
        const record = this.runs.find((each) => each.key === repoKey(request) && each.init.id === intParam(request, "run_id"));
        return record ? ok(this.workflowRun(record)) : notFound();
      },
      "actions/get-job-for-workflow-run": (request) => {
        const record = this.jobs.find((each) => each.key === repoKey(request) && each.init.id === intParam(request, "job_id"));
        return record ? ok(this.workflowJob(record)) : notFound();
      },
      "checks/get-suite": (request) => {
        const record = this.suites.find((each) => each.key === repoKey(request) && each.init.id === intParam(request, "check_suite_id"));
        return record ? ok(this.checkSuite(record)) : notFound();
      },
      "repos/get-deployment": (request) => {
        const record = this.deployments.find((each) => each.key === repoKey(request) && each.init.id === intParam(request, "deployment_id"));
        return record ? ok(this.deployment(record)) : notFound();
      },
      "issues/get": (request) => this.getIssue(request),
    };
  }

  private getIssue(request: ApiRequest): ApiResponse {
    const number = intParam(request, "issue_number");
    const { owner = "", repo = "" } = request.params;
    if (this.pulls.has(repoKey(request), number)) return ok(this.issue({ owner, repo, key: repoKey(request), init: { number }, at: this.context.now() }, true));
    const record = this.issues.find((each) => each.key === repoKey(request) && each.init.number === number);
    return record ? ok(this.issue(record, false)) : notFound();
  }

  private workflowRun(record: Owned<WorkflowRunInit>): WorkflowRun {
    const api = this.context.api;
    const full = `${record.owner}/${record.repo}`;
    const repoApi = `${api}/repos/${full}`;
    const { id, headSha } = record.init;
    const url = `${repoApi}/actions/runs/${id}`;
    const minimal = this.minimalRepository(record);
    const pullRequests = this.pullRequests(record, record.init);
    return {
      id,
      name: "CI",
      node_id: nodeId("WFR", id),
      head_branch: record.init.headBranch ?? "feature",
      head_sha: headSha,
      path: ".github/workflows/ci.yml",
      display_title: "CI",
      run_number: 12,
      run_attempt: 1,
      event: "pull_request",
      status: "completed",
      conclusion: "success",
      workflow_id: 161335,
      url,
      html_url: `https://github.com/${full}/actions/runs/${id}`,
      pull_requests: pullRequests,
      created_at: record.at,
      updated_at: record.at,
      run_started_at: record.at,
      actor: simpleUser(api, ownerAccount(record.owner)),
      triggering_actor: simpleUser(api, ownerAccount(record.owner)),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${repoApi}/check-suites/${id + 1}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      workflow_url: `${repoApi}/actions/workflows/161335`,
      head_commit: headCommit(headSha, record.at),
      repository: minimal,
      head_repository: minimal,
    };
  }

  private workflowJob(record: Owned<WorkflowJobInit>): WorkflowJob {
    const api = this.context.api;
    const full = `${record.owner}/${record.repo}`;
    const repoApi = `${api}/repos/${full}`;
    const { id, headSha } = record.init;
    const runId = record.init.runId ?? 1;
    return {
      id,
      run_id: runId,
      run_url: `${repoApi}/actions/runs/${runId}`,
      run_attempt: 1,
      node_id: nodeId("CR", id),
      head_sha: headSha,
      url: `${repoApi}/actions/jobs/${id}`,
      html_url: `https://github.com/${full}/actions/runs/${runId}/job/${id}`,
      status: "completed",
      conclusion: "success",
      created_at: record.at,
      started_at: record.at,
      completed_at: record.at,
      name: record.init.name ?? "build",
      check_run_url: `${repoApi}/check-runs/${id}`,
      labels: ["ubuntu-latest"],
      runner_id: 1,
      runner_name: "GitHub Actions 1",
      runner_group_id: 2,
      runner_group_name: "GitHub Actions",
      workflow_name: "CI",
      head_branch: record.init.headBranch ?? "feature",
    };
  }

  private checkSuite(record: Owned<CheckSuiteInit>): CheckSuite {
    const api = this.context.api;
    const repoApi = `${api}/repos/${record.owner}/${record.repo}`;
    const { id, headSha } = record.init;
    return {
      id,
      node_id: nodeId("CS", id),
      head_branch: record.init.headBranch ?? "feature",
      head_sha: headSha,
      status: "completed",
      conclusion: "success",
      url: `${repoApi}/check-suites/${id}`,
      before: fakeSha(`${headSha}:before`),
      after: headSha,
      pull_requests: this.pullRequests(record, record.init),
      app: githubActionsApp(api, record.at),
      repository: this.minimalRepository(record),
      created_at: record.at,
      updated_at: record.at,
      head_commit: headCommit(headSha, record.at),
      latest_check_runs_count: 1,
      check_runs_url: `${repoApi}/check-suites/${id}/check-runs`,
      rerequestable: true,
      runs_rerequestable: true,
    };
  }

  private minimalRepository(record: Owned<unknown>): Schemas["minimal-repository"] {
    return { ...repository(this.context.api, { owner: record.owner, repo: record.repo, at: record.at }), license: null };
  }

  /** A run's or suite's `pull_requests`: open pull requests of its head, in their base repositories. */
  private pullRequests(record: Owned<unknown>, init: { headSha: string; headBranch?: string; pullRequests?: Array<number | { number: number; repo: string }> }): Schemas["pull-request-minimal"][] {
    const api = this.context.api;
    const full = `${record.owner}/${record.repo}`;
    const repoApi = `${api}/repos/${full}`;
    const repoId = repository(api, { owner: record.owner, repo: record.repo, at: record.at }).id;
    return (init.pullRequests ?? []).map((pull) => {
      const { number, repo: base } = typeof pull === "number" ? { number: pull, repo: full } : pull;
      const baseUrl = `${api}/repos/${base}`;
      const [, name = ""] = base.split("/");
      return {
        id: 1_800_000_000 + number,
        number,
        url: `${baseUrl}/pulls/${number}`,
        head: { ref: init.headBranch ?? "feature", sha: init.headSha, repo: { id: repoId, url: repoApi, name: record.repo } },
        base: { ref: "main", sha: fakeSha(`${base}#${number}:base`), repo: { id: 1, url: baseUrl, name } },
      };
    });
  }

  private deployment(record: Owned<DeploymentInit>): Deployment {
    const api = this.context.api;
    const repoApi = `${api}/repos/${record.owner}/${record.repo}`;
    const { id, sha } = record.init;
    const url = `${repoApi}/deployments/${id}`;
    return {
      url,
      id,
      node_id: nodeId("DE", id),
      sha,
      ref: record.init.ref ?? "main",
      task: "deploy",
      payload: {},
      original_environment: record.init.environment ?? "production",
      environment: record.init.environment ?? "production",
      description: null,
      creator: simpleUser(api, ownerAccount(record.owner)),
      created_at: record.at,
      updated_at: record.at,
      statuses_url: `${url}/statuses`,
      repository_url: repoApi,
      transient_environment: false,
      production_environment: true,
    };
  }

  private issue(record: Owned<{ number: number }>, isPullRequest: boolean): Issue {
    const api = this.context.api;
    const full = `${record.owner}/${record.repo}`;
    const repoApi = `${api}/repos/${full}`;
    const { number } = record.init;
    const url = `${repoApi}/issues/${number}`;
    const id = 2_000_000_000 + number;
    return {
      id,
      node_id: nodeId(isPullRequest ? "PR" : "I", id),
      url,
      repository_url: repoApi,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `https://github.com/${full}/${isPullRequest ? "pull" : "issues"}/${number}`,
      number,
      state: "open",
      title: `${isPullRequest ? "Pull request" : "Issue"} #${number}`,
      body: null,
      user: simpleUser(api, ownerAccount(record.owner)),
      labels: [],
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      ...(isPullRequest
        ? {
            pull_request: {
              url: `${repoApi}/pulls/${number}`,
              html_url: `https://github.com/${full}/pull/${number}`,
              diff_url: `https://github.com/${full}/pull/${number}.diff`,
              patch_url: `https://github.com/${full}/pull/${number}.patch`,
              merged_at: null,
            },
          }
        : {}),
      closed_at: null,
      created_at: record.at,
      updated_at: record.at,
      author_association: "OWNER",
      reactions: reactions(url),
    };
  }
}

function headCommit(sha: string, at: string): Schemas["simple-commit"] {
  return {
    id: sha,
    tree_id: fakeSha(`${sha}:tree`),
    message: "A commit",
    timestamp: at,
    author: { name: "Octo Cat", email: "octocat@example.com" },
    committer: { name: "Octo Cat", email: "octocat@example.com" },
  };
}
