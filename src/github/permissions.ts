import type { ApiFailure } from "./errors.js";

/** What flows-action writes, and the workflow permission each needs. */
export type GitHubFeature = "checks" | "comment" | "handover";

export const PERMISSION_FOR: Record<GitHubFeature, string> = {
  checks: "checks: write",
  comment: "pull-requests: write",
  handover: "actions: read",
};

const FEATURE_NAME: Record<GitHubFeature, string> = {
  checks: "Check runs were",
  comment: "The pull request comment was",
  handover: "The flows-report handover was",
};

/** The repository permission a fine-grained personal access token needs for each feature. */
const FINE_GRAINED: Record<Exclude<GitHubFeature, "checks">, string> = {
  comment: "`Pull requests` (read and write)",
  handover: "`Actions` (read)",
};

/** Why a personal access token was refused: check runs take none, the rest a permission. */
function personalTokenAdvice(feature: GitHubFeature): string {
  if (feature === "checks") {
    return "Only GitHub App tokens (GITHUB_TOKEN or an app installation token) may write check runs, not personal access tokens. Pass such a token as `github-token`, or turn check runs off.";
  }
  return `The personal access token lacks the permission: give a fine-grained token the ${FINE_GRAINED[feature]} permission for this repository, or pass GITHUB_TOKEN as \`github-token\`.`;
}

/**
 * Whether the failing call was made with a fork pull request's token, which GitHub makes
 * read-only whatever the workflow asks for: `unknown` when the event does not say.
 */
export type ForkToken = "yes" | "no" | "unknown";

const HANDOVER_PATTERN =
  "upload a handover from the pull_request job and publish it from a `workflow_run` " +
  "workflow that has the permission (see docs/pull-requests.md).";

/** What to change when a token lacks a permission, by whether it is a fork's. */
function permissionAdvice(permission: string, fork: ForkToken): string {
  const add = `The token needs the \`${permission}\` permission: add it under \`permissions:\` in the workflow.`;
  switch (fork) {
    case "yes":
      return `This pull request comes from a fork, so its GITHUB_TOKEN is read-only whatever the workflow asks for (\`${permission}\` included): ${HANDOVER_PATTERN}`;
    case "unknown":
      return `${add} In pull requests from forks GITHUB_TOKEN is read-only whatever the workflow asks for: there, ${HANDOVER_PATTERN}`;
    default:
      // Not a fork's token: the workflow's permissions apply, and these are how they go missing.
      return `${add} A job's own \`permissions:\` replace the workflow's, and a reusable workflow gets no more than its calling job grants.`;
  }
}

/** What a call got back, as the middle of a sentence: GitHub's answer, the network's, or ours. */
export function failureAnswer(failure: ApiFailure): string {
  if (failure.status) return `GitHub answered ${failure.status} "${failure.message}"`;
  return failure.kind === "internal" ? `flows-action failed (${failure.message}) on its way` : `the request failed (${failure.message})`;
}

/**
 * A warning that says what was not written, why, and what to change. `what` names the call,
 * e.g. `create check run "flows: lint/eslint"`.
 */
export function explainFailure(options: {
  feature: GitHubFeature;
  what: string;
  failure: ApiFailure;
  /** Default `no`: only a pull request's own job can have a fork's token. */
  fork?: ForkToken;
  /** The feature was written, only this part of it was not (say, some annotations). */
  partial?: boolean;
}): string {
  const { feature, what, failure } = options;
  const head = `${options.partial ? "Part of the report was" : FEATURE_NAME[feature]} not written: ${failureAnswer(failure)} to ${what}.`;
  const tail = feature === "handover" ? "" : " The results are in the job summary.";
  switch (failure.kind) {
    case "permission":
      return `${head} ${permissionAdvice(PERMISSION_FOR[feature], options.fork ?? "no")}${tail}`;
    case "personal-token":
      return `${head} ${personalTokenAdvice(feature)}${tail}`;
    case "bad-credentials":
      return `${head} The token is invalid or expired; check the \`github-token\` input.${tail}`;
    case "not-found":
      // 410 Gone: GitHub knows it, and it takes nothing more (deleted, or that feature turned off).
      if (failure.status === 410) {
        return `${head} GitHub takes no more of it there: it was deleted, or the repository's settings turned it off (as they can Issues); no permission of the token changes that.${tail}`;
      }
      return `${head} It does not exist or the token cannot see it; a private repository also answers 404 when the token lacks \`${PERMISSION_FOR[feature]}\`.${tail}`;
    case "locked":
      return `${head} Its conversation is locked, so GitHub takes no comment from this token; unlock it to get the comment.${tail}`;
    case "network":
      return `${head} GitHub could not be reached from here: check the network, a proxy (HTTPS_PROXY) or GITHUB_API_URL.${tail}`;
    case "internal":
      return `${head} This is a bug in flows-action, not a problem of GitHub, the network or the token: please report it with this message.${tail}`;
    case "rate-limit": {
      const reset = failure.resetAt ? `; it resets at ${failure.resetAt}` : "";
      // The reporter warns once per feature for a rate limit: it holds for every later call too.
      // GitHub asks an integration not to go on calling while limited, and each call would wait again.
      const once = feature === "handover" ? "" : " flows-action makes no more of these calls in this job.";
      return `${head} GitHub's rate limit did not clear within the wait flows-action allows${reset}.${once}${tail}`;
    }
    default:
      if (failure.status === 422 && /\bNo commit found for SHA\b/i.test(failure.message)) {
        return `${head} The repository does not have that commit (yet, or any more: a force-push may have replaced it, or it is another repository's); check runs go only on its own commits, and the event named this one.${tail}`;
      }
      return `${head}${tail}`;
  }
}

/** Why a feature was refused: the kinds isDenied() counts. */
export type DeniedKind = "permission" | "personal-token" | "bad-credentials";

/** Markdown for the job summary when features fell back to it, with the reason for each. */
export function fallbackNote(denied: ReadonlyMap<GitHubFeature, DeniedKind>, options: { fork?: ForkToken } = {}): string {
  const name = (feature: GitHubFeature): string =>
    feature === "checks" ? "check runs" : feature === "comment" ? "the pull request comment" : "the handover";
  const byKind = new Map<DeniedKind, GitHubFeature[]>();
  for (const [feature, kind] of denied) byKind.set(kind, [...(byKind.get(kind) ?? []), feature]);
  const why: Record<DeniedKind, (features: GitHubFeature[]) => string> = {
    permission: (features) => `the token lacks ${features.map((feature) => `\`${PERMISSION_FOR[feature]}\``).join(" / ")}`,
    "personal-token": (features) =>
      features
        .map((feature) =>
          feature === "checks"
            ? "a personal access token may not write check runs; pass GITHUB_TOKEN or an app installation token as `github-token`"
            : `the personal access token lacks the ${FINE_GRAINED[feature]} permission`,
        )
        .join("; "),
    "bad-credentials": () => "the token is invalid or expired; check the `github-token` input",
  };
  const reasons = [...byKind].map(([kind, features]) => `${features.map(name).join(" or ")} (${why[kind](features)})`);
  // Fork advice only where a permission was missing: a bad token is not a fork's problem.
  const fork = byKind.has("permission") ? (options.fork ?? "no") : "no";
  const forkAdvice = {
    yes: ["> This pull request comes from a fork, whose token is read-only: use the `workflow_run` handover pattern described in docs/pull-requests.md."],
    unknown: ["> For pull requests from forks, use the `workflow_run` handover pattern described in docs/pull-requests.md."],
    no: [],
  }[fork];
  return ["> [!WARNING]", `> flows-action could not write ${reasons.join(", nor ")}, so this summary is the report.`, ...forkAdvice].join("\n");
}
