// A spec-checked fake of api.github.com for tests.
//
//   const server = await startGitHubApiServer({
//     tokens: { ghp_alice: { login: "alice", id: 1, type: "User", kind: "user" } },
//   });
//   server.github.releases.add("octo/tool", { tagName: "v1.0.0" });      // seed state
//   server.failNext({ operationId: "repos/list-releases", ...rateLimitExceeded() });
//   const octokit = getOctokit("ghs_any", { baseUrl: server.url });     // GITHUB_TOKEN identity
//   await codeUnderTest(octokit);
//   expect(server.github.comments.list("octo/tool", 7)).toHaveLength(1); // inspect state
//   server.assertNoViolations();                                         // spec held both ways
//   await server.close();
//
// Every request is matched to an operation of GitHub's OpenAPI description and validated
// (path, query, headers, JSON body); every response is validated against the schema for its
// status. Anything off is recorded in `server.violations`.
export type { SpecViolation, ViolationKind } from "./dispatch.js";
export type { Artifact, ArtifactInit } from "./fake-artifacts.js";
export type { CheckSuite, CheckSuiteInit, Deployment, DeploymentInit, Issue, WorkflowJob, WorkflowJobInit, WorkflowRun, WorkflowRunInit } from "./fake-automation.js";
export type { CheckAnnotation, CheckRun } from "./fake-check-runs.js";
export { FakeGitHub } from "./fake-github.js";
export type { CommentInit, IssueComment } from "./fake-issue-comments.js";
export type { PullRequest, PullRequestInit } from "./fake-pulls.js";
export type { Release, ReleaseInit, TagInit } from "./fake-releases.js";
export {
  type Fault,
  type FaultResponse,
  htmlErrorPage,
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
