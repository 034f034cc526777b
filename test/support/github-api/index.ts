// A spec-checked fake of api.github.com for tests. See server.ts for the entry point.
export type { SpecViolation, ViolationKind } from "./dispatch.js";
export type { Artifact, ArtifactInit } from "./fake-artifacts.js";
export type { CheckAnnotation, CheckRun } from "./fake-check-runs.js";
export { FakeGitHub } from "./fake-github.js";
export type { CommentInit, IssueComment } from "./fake-issue-comments.js";
export type { PullRequest, PullRequestInit } from "./fake-pulls.js";
export type { Release, ReleaseInit, TagInit } from "./fake-releases.js";
export {
  type Fault,
  type FaultResponse,
  notFoundFault,
  rateLimitExceeded,
  secondaryRateLimit,
  serverError,
} from "./faults.js";
export {
  type ApiRequest,
  type ApiResponse,
  created,
  notFound,
  ok,
  paginate,
  type RouteHandler,
  unprocessable,
} from "./handler-kit.js";
export { GITHUB_ACTIONS_BOT, type TokenIdentity } from "./identity.js";
export {
  describeViolation,
  type GitHubApiServer,
  type GitHubApiServerOptions,
  type RecordedRequest,
  startGitHubApiServer,
} from "./server.js";
export type { SpecTimings } from "./spec-engine.js";
export type { Account } from "./templates.js";
