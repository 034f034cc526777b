export { type GitHubEvent, type GitHubRunContext, loadGitHubEvent, readGitHubRunContext } from "./context.js";
export { FLOW_EVENT_SHAPE, FlowEventInputError, type FlowEventInputErrorOptions, GitHubEventError, type GitHubEventErrorOptions, PayloadBudgetError, UPSTREAM_RELEASE_SHAPE, } from "./errors.js";
export { type FlowEventFromGitHubInput, flowEventFromGitHub, gitHubEventType } from "./github.js";
export { encodeIdPart, githubEventId, upstreamReleaseEventId } from "./id.js";
export { flowEventFromText, flowEventFromValue } from "./pass-through.js";
export type { GitHubPayloadBase } from "./payloads.js";
export { PUSH_COMMITS_LIMIT, type PushCommit } from "./payloads-code.js";
export type { PullRequestSummary } from "./payloads-collaboration.js";
export { MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH } from "./budget.js";
