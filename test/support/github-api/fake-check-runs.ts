// Check runs and their annotations: create, update, get, list for a ref, list annotations.
import { type FakeContext, type HandlerTable, parseRepo } from "./fake-context.js";
import {
  type ApiRequest,
  type ApiResponse,
  created,
  DOCS_URL,
  intParam,
  notFound,
  ok,
  paginate,
  repoKey,
  stringQuery,
  unprocessable,
} from "./handler-kit.js";
import { githubActionsApp, nodeId, type Schemas } from "./templates.js";

export type CheckRun = Schemas["check-run"];
export type CheckAnnotation = Schemas["check-annotation"];
type PullRequestMinimal = Schemas["pull-request-minimal"];

interface AnnotationInput {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: string;
  message: string;
  title?: string;
  raw_details?: string;
}

interface CheckRunInput {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRun["status"];
  started_at?: string;
  conclusion?: NonNullable<CheckRun["conclusion"]> | "stale";
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: AnnotationInput[] };
}

interface CheckRunRecord {
  run: CheckRun;
  repoKey: string;
  annotations: CheckAnnotation[];
}

export interface CheckRunLinks {
  /** Resolves a branch or tag name to a commit SHA (refs that are SHAs pass through). */
  resolveRef(repoKey: string, ref: string): string;
  /** Open pull requests whose head is `sha`, as check runs list them. */
  pullRequestsFor(repoKey: string, sha: string): PullRequestMinimal[];
}

export class FakeCheckRuns {
  private readonly records = new Map<number, CheckRunRecord>();

  constructor(
    private readonly context: FakeContext,
    private readonly links: CheckRunLinks,
  ) {}

  /** Every check run created in a repository, oldest first. */
  list(fullName: string): CheckRun[] {
    const key = parseRepo(fullName).key;
    return [...this.records.values()].filter((r) => r.repoKey === key).map((r) => r.run);
  }

  /** The annotations stored for one check run, in the order they were sent. */
  annotations(checkRunId: number): CheckAnnotation[] {
    return [...(this.records.get(checkRunId)?.annotations ?? [])];
  }

  handlers(): HandlerTable {
    return {
      "checks/create": (request) => this.create(request),
      "checks/update": (request) => this.withRun(request, (record) => this.update(request, record)),
      "checks/get": (request) => this.withRun(request, (record) => ok(record.run)),
      "checks/list-for-ref": (request) => this.listForRef(request),
      "checks/list-annotations": (request) =>
        this.withRun(request, (record) => {
          const page = paginate(request, record.annotations);
          return ok(page.items, page.headers);
        }),
    };
  }

  /**
   * Check runs already on a commit (other jobs', other apps'), as GitHub Actions would have made
   * them; `id` gives one the id an event names (a check_run webhook's).
   */
  seed(fullName: string, inputs: ReadonlyArray<CheckRunInput & { name: string; head_sha: string; id?: number }>): CheckRun[] {
    const { key } = parseRepo(fullName);
    return inputs.map(({ id, ...input }) => {
      if (id !== undefined && this.records.has(id)) throw new Error(`seed: check run ${id} exists`);
      const response = this.insert(key, fullName, input, id);
      if (response.status !== 201) throw new Error(`seed: ${JSON.stringify(response.body)}`);
      return response.body as CheckRun;
    });
  }

  private create(request: ApiRequest): ApiResponse {
    const denied = this.requireApp(request);
    if (denied) return denied;
    const input = request.body as CheckRunInput & { name: string; head_sha: string };
    return this.insert(repoKey(request), `${request.params.owner}/${request.params.repo}`, input);
  }

  private insert(key: string, repoPath: string, input: CheckRunInput & { name: string; head_sha: string }, seededId?: number): ApiResponse {
    const id = seededId ?? this.context.nextId("check-run", 24_000_000_000);
    const run: CheckRun = {
      id,
      head_sha: input.head_sha,
      node_id: nodeId("CR", id),
      external_id: input.external_id ?? "",
      url: `${this.context.api}/repos/${repoPath}/check-runs/${id}`,
      html_url: `https://github.com/${repoPath}/runs/${id}`,
      details_url: input.details_url ?? `https://github.com/${repoPath}/runs/${id}`,
      status: "queued",
      conclusion: null,
      started_at: input.started_at ?? this.context.now(),
      completed_at: null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${this.context.api}/repos/${repoPath}/check-runs/${id}/annotations`,
      },
      name: input.name,
      check_suite: { id: Math.floor(id / 2) },
      app: githubActionsApp(this.context.api, this.context.now()),
      pull_requests: this.links.pullRequestsFor(key, input.head_sha),
    };
    const record: CheckRunRecord = { run, repoKey: key, annotations: [] };
    const rejected = this.apply(record, input);
    if (rejected) return rejected;
    this.records.set(id, record);
    return created(run);
  }

  private update(request: ApiRequest, record: CheckRunRecord): ApiResponse {
    const denied = this.requireApp(request);
    if (denied) return denied;
    return this.apply(record, request.body as CheckRunInput) ?? ok(record.run);
  }

  // GitHub's rules from the parameter descriptions that the schema cannot express.
  // https://docs.github.com/rest/checks/runs#create-a-check-run
  private apply(record: CheckRunRecord, input: CheckRunInput): ApiResponse | undefined {
    const run = record.run;
    const status = input.conclusion !== undefined ? "completed" : (input.status ?? run.status);
    if (status === "completed" && input.conclusion === undefined && run.conclusion === null) {
      return unprocessable("conclusion is required when status is completed");
    }
    if (input.completed_at !== undefined && input.conclusion === undefined && run.conclusion === null) {
      return unprocessable("conclusion is required when completed_at is given");
    }
    if (input.conclusion === "stale") return unprocessable("only GitHub can set conclusion to stale");
    const annotations = input.output?.annotations ?? [];
    const multiLineColumns = annotations.find(
      (a) => a.start_line !== a.end_line && (a.start_column !== undefined || a.end_column !== undefined),
    );
    if (multiLineColumns) {
      return unprocessable(`annotation for ${multiLineColumns.path} has columns but spans several lines`);
    }
    if (input.name !== undefined) run.name = input.name;
    if (input.details_url !== undefined) run.details_url = input.details_url;
    if (input.external_id !== undefined) run.external_id = input.external_id;
    if (input.started_at !== undefined) run.started_at = input.started_at;
    run.status = status;
    if (input.conclusion !== undefined) run.conclusion = input.conclusion;
    if (status === "completed") run.completed_at = input.completed_at ?? run.completed_at ?? this.context.now();
    if (input.output) {
      run.output.title = input.output.title ?? run.output.title;
      run.output.summary = input.output.summary ?? run.output.summary;
      run.output.text = input.output.text ?? run.output.text;
    }
    // Annotations accumulate across updates; GitHub takes at most 50 per request.
    for (const annotation of annotations) record.annotations.push(this.annotation(record, annotation));
    run.output.annotations_count = record.annotations.length;
    return undefined;
  }

  private annotation(record: CheckRunRecord, input: AnnotationInput): CheckAnnotation {
    const [owner, repo] = new URL(record.run.url).pathname.split("/").slice(2, 4);
    return {
      path: input.path,
      start_line: input.start_line,
      end_line: input.end_line,
      start_column: input.start_column ?? null,
      end_column: input.end_column ?? null,
      annotation_level: input.annotation_level,
      title: input.title ?? null,
      message: input.message,
      raw_details: input.raw_details ?? null,
      blob_href: `https://github.com/${owner}/${repo}/blob/${record.run.head_sha}/${input.path}`,
    };
  }

  private listForRef(request: ApiRequest): ApiResponse {
    const key = repoKey(request);
    const sha = this.links.resolveRef(key, request.params.ref ?? "");
    const name = stringQuery(request, "check_name");
    const status = stringQuery(request, "status");
    let runs = [...this.records.values()]
      .filter((r) => r.repoKey === key && r.run.head_sha === sha)
      .map((r) => r.run)
      .filter((run) => (name === undefined || run.name === name) && (status === undefined || run.status === status))
      .sort((a, b) => Number(b.id) - Number(a.id));
    // filter=latest (the default) keeps only the most recent run of each name.
    if (stringQuery(request, "filter") !== "all") {
      const seen = new Set<string>();
      runs = runs.filter((run) => {
        if (seen.has(run.name)) return false;
        seen.add(run.name);
        return true;
      });
    }
    const page = paginate(request, runs);
    return ok({ total_count: runs.length, check_runs: page.items }, page.headers);
  }

  private withRun(request: ApiRequest, action: (record: CheckRunRecord) => ApiResponse): ApiResponse {
    const record = this.records.get(intParam(request, "check_run_id"));
    return record && record.repoKey === repoKey(request) ? action(record) : notFound();
  }

  // Only GitHub Apps (GITHUB_TOKEN included) may write check runs; what GitHub answers a
  // personal access token (e.g. https://github.com/actions/github-script/issues/118).
  private requireApp(request: ApiRequest): ApiResponse | undefined {
    if (request.identity?.kind === "installation") return undefined;
    const message = request.identity ? "You must authenticate via a GitHub App." : "Requires authentication";
    const status = request.identity ? 403 : 401;
    return { status, body: { message, documentation_url: DOCS_URL, status: String(status) } };
  }
}
