// Check runs: https://docs.github.com/rest/checks/runs
import { createLooking, type GitHubClient } from "./client.js";
import { repositoryRef } from "./repository.js";
import { sha256Hex } from "../hash.js";
import { headOfBytes, wellFormedText } from "../text-cut.js";

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

export type CreateCheckRunOptions = CheckRunFields & {
  repository: string;
  name: string;
  headSha: string;
  /** The slug of the app our check runs carry, when known: a lost create's run is looked for among them. */
  appSlug?: string;
};

export type UpdateCheckRunOptions = CheckRunFields & { repository: string; checkRunId: number };

/**
 * Creates a check run, retried as the client's retry plugin would, but safely: a create can
 * fail with a 5xx or time out after GitHub carried it out, and sending it again would add a
 * second check run of the same name. So before each retry it looks for that check run on the
 * commit (same name, external id and app) and returns it if it is there.
 */
export async function createCheckRun(client: GitHubClient, options: CreateCheckRunOptions): Promise<CheckRunRecord> {
  const made = await createLooking(
    client,
    async () => {
      const { data } = await client.rest.checks.create({
        ...repositoryRef(options.repository),
        name: options.name,
        head_sha: options.headSha,
        ...fields(options),
        // Retried by createLooking instead of by plugin-retry, which would send it again blindly.
        request: { retries: 0 },
      });
      return record(data);
    },
    () => findCreated(client, options),
  );
  return "created" in made ? made.created : made.found;
}

/** The newest check run on the commit that a create with these options would have made. */
async function findCreated(client: GitHubClient, options: CreateCheckRunOptions): Promise<CheckRunRecord | undefined> {
  const { data } = await client.rest.checks.listForRef({
    ...repositoryRef(options.repository),
    ref: options.headSha,
    check_name: options.name,
    filter: "all",
    per_page: 100,
  });
  const mine = data.check_runs.filter(
    (run) =>
      run.name === options.name &&
      (run.external_id ?? "") === (options.externalId ? externalIdFor(options.externalId) : "") &&
      (options.appSlug === undefined || run.app?.slug === options.appSlug),
  );
  const newest = mine.sort((a, b) => b.id - a.id)[0];
  return newest ? record(newest) : undefined;
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
    // Made well-formed here: paginate encodes the URL before the client's request hook sees it.
    ...(options.checkName ? { check_name: wellFormedText(options.checkName) } : {}),
    filter: "all",
    per_page: 100,
  });
  return runs.map(record).sort((a, b) => b.id - a.id);
}

/**
 * Pages of 100 one listing of a commit's check runs reads (500 check runs). A commit with more
 * (a monorepo's CI, many re-runs) is cut there, and CheckRunCalls looks each name up alone.
 */
export const CHECK_RUN_LISTING_PAGES = 5;

export type CheckRunListing = {
  /** Newest first. */
  runs: CheckRunRecord[];
  /** False when the commit has more than `maxPages` pages of check runs: `runs` is not all of them. */
  complete: boolean;
};

/**
 * A commit's check runs (all attempts, every app), at most `maxPages` pages of 100. Not
 * filtered by app: GitHub's `app_id` filter takes the app's numeric id, and a token knows only
 * its slug (`github-actions`, or the bot login a GitHub App token was given).
 */
export async function listCheckRunsPaged(
  client: GitHubClient,
  options: { repository: string; ref: string; maxPages?: number },
): Promise<CheckRunListing> {
  const maxPages = options.maxPages ?? CHECK_RUN_LISTING_PAGES;
  const runs: CheckRunRecord[] = [];
  let pages = 0;
  let complete = true;
  const pagesOf = client.paginate.iterator(client.rest.checks.listForRef, {
    ...repositoryRef(options.repository),
    ref: options.ref,
    filter: "all",
    per_page: 100,
  });
  for await (const page of pagesOf) {
    runs.push(...page.data.map(record));
    if (++pages >= maxPages) {
      complete = !/\brel="next"/.test(page.headers.link ?? "");
      break;
    }
  }
  return { runs: runs.sort((a, b) => b.id - a.id), complete };
}

/**
 * Bytes of an `external_id` sent as it is. Neither GitHub's REST docs nor its OpenAPI description
 * (@octokit/openapi: `{"type": "string"}`) give a limit, and the column behind it is not
 * documented: 100 bytes keeps well inside any database string column, and every id this action
 * makes (`run_` and 12 hex digits) fits.
 */
export const EXTERNAL_ID_MAX_BYTES = 100;

/**
 * The `external_id` for a run id: the id itself when it fits EXTERNAL_ID_MAX_BYTES; else its
 * first bytes and a digest of the whole id, so that a flow backend's run id of any length still
 * writes its check run, and the same id always gives the same reference (a retried create finds
 * its check run by it).
 */
export function externalIdFor(id: string): string {
  const whole = wellFormedText(id);
  if (Buffer.byteLength(whole, "utf8") <= EXTERNAL_ID_MAX_BYTES) return whole;
  // `~sha256:` and 32 hex digits (128 bits): 40 bytes.
  return `${headOfBytes(whole, EXTERNAL_ID_MAX_BYTES - 40)}~sha256:${sha256Hex(id).slice(0, 32)}`;
}

function fields(options: CheckRunFields): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (options.status && !options.conclusion) body.status = options.status;
  if (options.conclusion) body.conclusion = options.conclusion;
  if (options.detailsUrl) body.details_url = options.detailsUrl;
  if (options.externalId) body.external_id = externalIdFor(options.externalId);
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
