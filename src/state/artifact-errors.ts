import { UserError } from "../user-error.js";
import { describeDuration, type TransferTimeoutError } from "../deadline.js";
export type ArtifactStateErrorKind = "permission" | "credentials" | "not-found" | "rate-limit" | "http" | "upload" | "timeout";

/** Why the artifact store cannot read or write, in a sentence that says what to change. */
export class ArtifactStateError extends UserError {
  readonly kind: ArtifactStateErrorKind;
  readonly status: number | undefined;
  constructor(kind: ArtifactStateErrorKind, message: string, status?: number) {
    super(message);
    this.name = "ArtifactStateError";
    this.kind = kind;
    this.status = status;
  }
}

export type HttpFailure = { status?: unknown; message?: unknown; response?: { headers?: Record<string, unknown> } };

/**
 * A failed REST call while reading state (listing or downloading artifacts).
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository
 */
export function readFailed(what: string, repository: string, error: unknown): ArtifactStateError {
  const failure = (typeof error === "object" && error !== null ? error : {}) as HttpFailure;
  const status = typeof failure.status === "number" ? failure.status : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  const prefix = `cannot ${what} of ${repository} (${status ? `HTTP ${status}: ` : ""}${detail})`;
  const remaining = failure.response?.headers?.["x-ratelimit-remaining"];
  if ((status === 403 || status === 429) && (String(remaining) === "0" || /rate limit/i.test(detail))) {
    return new ArtifactStateError(
      "rate-limit",
      `${prefix}: the GitHub API rate limit is used up; run again later.`,
      status,
    );
  }
  if (status === 403) {
    return new ArtifactStateError(
      "permission",
      `${prefix}: the artifact state store reads earlier runs' state through the Actions artifacts API, ` +
        "which needs the `actions: read` permission. Add `permissions: { actions: read }` to the job " +
        "(or workflow) that runs flows-action, or pass a token that has it.",
      status,
    );
  }
  if (status === 401) {
    return new ArtifactStateError(
      "credentials",
      `${prefix}: the token was refused; pass the job's GITHUB_TOKEN (or a token with \`actions: read\`).`,
      status,
    );
  }
  if (status === 404) {
    return new ArtifactStateError(
      "not-found",
      `${prefix}: the repository does not exist or the token cannot see it; check \`repository\` and the token.`,
      status,
    );
  }
  return new ArtifactStateError("http", `${prefix}. Nothing was changed; run again.`, status);
}

export function uploadFailed(name: string, error: unknown): ArtifactStateError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ArtifactStateError(
    "upload",
    `cannot upload the state artifact ${name} (${detail}). Uploads use the job's ACTIONS_RUNTIME_TOKEN and ` +
      "ACTIONS_RESULTS_URL, which the runner gives to JavaScript actions only (not to `run:` steps).",
  );
}

/** An upload that ran past its limit (deadline.ts): the service accepted it but did not finish. */
export function uploadTimedOut(name: string, error: TransferTimeoutError): ArtifactStateError {
  return new ArtifactStateError(
    "timeout",
    `cannot upload the state artifact ${name}: the Actions results service (ACTIONS_RESULTS_URL) did not finish the upload ` +
      `within ${describeDuration(error.ms)}, so it was abandoned. ` +
      "GitHub's artifact service may be slow or down (https://www.githubstatus.com); run the job again later.",
  );
}

/** A download (or listing) that ran past its limit (deadline.ts); nothing was changed. */
export function readTimedOut(what: string, repository: string, error: TransferTimeoutError): ArtifactStateError {
  return new ArtifactStateError(
    "timeout",
    `cannot ${what} of ${repository}: GitHub did not finish within ${describeDuration(error.ms)}, so it was abandoned. ` +
      "Nothing was changed; GitHub may be slow or down (https://www.githubstatus.com): run the job again later.",
  );
}
