// Check runs: https://docs.github.com/rest/checks/runs
import type { GitHubClient } from "./client.js";
import { repositoryRef } from "./repository.js";

export type CheckConclusion =
  | "success"
  | "failure"
  | "neutral"
  | "cancelled"
  | "skipped"
  | "timed_out"
  | "action_required";

export type CheckAnnotationLevel = "notice" | "warning" | "failure";

export type CheckAnnotationInput = {
  path: string;
  startLine: number;
  endLine: number;
  /** Only when startLine === endLine (GitHub refuses columns across lines). */
  startColumn?: number;
  endColumn?: number;
  level: CheckAnnotationLevel;
  message: string;
  title?: string;
};

export type CheckOutput = {
  title: string;
  summary: string;
  text?: string;
  /** At most 50 per request (GitHub's limit); more need further updates. */
  annotations?: CheckAnnotationInput[];
};

export type CheckRunRecord = {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  /** Slug of the app that created the run (`github-actions` for GITHUB_TOKEN). */
  appSlug?: string;
  htmlUrl?: string;
};

type CheckRunFields = {
  status?: "queued" | "in_progress" | "completed";
  conclusion?: CheckConclusion;
  detailsUrl?: string;
  externalId?: string;
  startedAt?: string;
  completedAt?: string;
  output?: CheckOutput;
};

export type CreateCheckRunOptions = CheckRunFields & { repository: string; name: string; headSha: string };
export type UpdateCheckRunOptions = CheckRunFields & { repository: string; checkRunId: number };

export async function createCheckRun(client: GitHubClient, options: CreateCheckRunOptions): Promise<CheckRunRecord> {
  const { data } = await client.rest.checks.create({
    ...repositoryRef(options.repository),
    name: options.name,
    head_sha: options.headSha,
    ...fields(options),
  });
  return record(data);
}

export async function updateCheckRun(client: GitHubClient, options: UpdateCheckRunOptions): Promise<CheckRunRecord> {
  const { data } = await client.rest.checks.update({
    ...repositoryRef(options.repository),
    check_run_id: options.checkRunId,
    ...fields(options),
  });
  return record(data);
}

export type ListCheckRunsOptions = { repository: string; ref: string; checkName?: string };

/** Every check run on a commit (all pages, all attempts), newest first, optionally by name. */
export async function listCheckRunsForRef(client: GitHubClient, options: ListCheckRunsOptions): Promise<CheckRunRecord[]> {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    ...repositoryRef(options.repository),
    ref: options.ref,
    ...(options.checkName ? { check_name: options.checkName } : {}),
    filter: "all",
    per_page: 100,
  });
  return runs.map(record).sort((a, b) => b.id - a.id);
}

function fields(options: CheckRunFields): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (options.status && !options.conclusion) body.status = options.status;
  if (options.conclusion) body.conclusion = options.conclusion;
  if (options.detailsUrl) body.details_url = options.detailsUrl;
  if (options.externalId) body.external_id = options.externalId;
  if (options.startedAt) body.started_at = options.startedAt;
  if (options.completedAt) body.completed_at = options.completedAt;
  if (options.output) body.output = output(options.output);
  return body;
}

function output(value: CheckOutput): Record<string, unknown> {
  return {
    title: value.title,
    summary: value.summary,
    ...(value.text ? { text: value.text } : {}),
    ...(value.annotations?.length ? { annotations: value.annotations.map(annotation) } : {}),
  };
}

function annotation(value: CheckAnnotationInput): Record<string, unknown> {
  const sameLine = value.startLine === value.endLine;
  return {
    path: value.path,
    start_line: value.startLine,
    end_line: value.endLine,
    ...(sameLine && value.startColumn !== undefined ? { start_column: value.startColumn } : {}),
    ...(sameLine && value.endColumn !== undefined ? { end_column: value.endColumn } : {}),
    annotation_level: value.level,
    message: value.message,
    ...(value.title ? { title: value.title } : {}),
  };
}

type CheckRunData = {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  app?: { slug?: string } | null;
  html_url?: string | null;
};

function record(data: CheckRunData): CheckRunRecord {
  return {
    id: data.id,
    name: data.name,
    headSha: data.head_sha,
    status: data.status,
    conclusion: data.conclusion,
    ...(data.app?.slug ? { appSlug: data.app.slug } : {}),
    ...(data.html_url ? { htmlUrl: data.html_url } : {}),
  };
}
