import { createGitHubReporter, type GitHubReporter, type GitHubReporterOptions } from "../../src/report/github-reporter.js";
// Shared arrangements for the GitHub reporter tests: a client tuned for the fake server (no
// write spacing, millisecond back-off), run views, outcomes and events.
import type { FlowEvent, FlowRunView } from "../../src/contracts.js";
import type { DispatchOutcome } from "../../src/engine/dispatch.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { afterEach, beforeEach } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";

export const REPO = "octo-org/tool";
export const HEAD = "a1".repeat(20);
export const RUN_URL = "https://github.com/octo-org/tool/actions/runs/4242";

export function testClient(server: GitHubApiServer, options: { token?: string; retries?: number } = {}): Promise<GitHubClient> {
  return createGitHubClient({
    token: options.token ?? "ghs_workflow_token",
    baseUrl: server.url,
    ...fastPlugins({ retries: options.retries ?? 0 }),
  });
}

/**
 * Before each test, the fake GitHub server and a client of it, handed to `use`; after it, every
 * request checked against GitHub's description and the server closed.
 */
export function withGitHubServer(use: (started: { server: GitHubApiServer; client: GitHubClient }) => void): void {
  let server: GitHubApiServer | undefined;
  beforeEach(async () => {
    server = await startGitHubApiServer();
    use({ server, client: await testClient(server) });
  });
  afterEach(async () => {
    try {
      server?.assertNoViolations();
    } finally {
      await server?.close();
    }
  });
}

export function run(overrides: Partial<FlowRunView> = {}): FlowRunView {
  const view: FlowRunView = {
    id: "run_0123456789ab",
    eventId: `github:pull_request.opened:octo-org/tool:pr-7@${HEAD}`,
    flowName: "bindings",
    flowVersion: 1,
    stepName: "regenerate",
    runner: "bun",
    processStatus: "completed",
    resultStatus: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attempts: [{ id: "a1", number: 1, status: "completed" }],
    createdAt: "2026-11-26T00:00:00Z",
    updatedAt: "2026-11-26T00:00:01Z",
    startedAt: "2026-11-26T00:00:00Z",
    durationMs: 1234,
    resultPayload: { status: "completed", message: "done" },
    output: "hello\n",
    ...overrides,
  };
  return view;
}

/** A run view that ended with this FLOW_RESULT status (or process failure). */
export function ended(status: FlowRunView["effectiveStatus"], overrides: Partial<FlowRunView> = {}): FlowRunView {
  const resultStatuses = ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"];
  const isResult = resultStatuses.includes(status);
  return run({
    processStatus: isResult ? "completed" : (status as FlowRunView["processStatus"]),
    ...(isResult ? { resultStatus: status as FlowRunView["resultStatus"] } : { resultStatus: undefined }),
    effectiveStatus: status,
    needsAttention: status === "blocked" || status === "needs_intervention",
    resultPayload: isResult ? { status: status as "completed", message: `step ${status}` } : undefined,
    ...overrides,
  });
}

export function prEvent(number = 7, headSha = HEAD, type = "pull_request.opened"): FlowEvent {
  return {
    id: `github:${type}:${REPO}:pr-${number}@${headSha}`,
    type,
    source: "github",
    receivedAt: "2026-11-26T00:00:00Z",
    payload: { repo: REPO, number, headSha, headRef: "feature", fork: false },
  };
}

export function pushEvent(after = HEAD): FlowEvent {
  return {
    id: `github:push:${REPO}:refs/heads/main@${after}`,
    type: "push",
    source: "github",
    receivedAt: "2026-11-26T00:00:00Z",
    payload: { repo: REPO, ref: "refs/heads/main", after, before: "0".repeat(40) },
  };
}

export function outcomeOf(event: FlowEvent, runs: FlowRunView[], overrides: Partial<DispatchOutcome> = {}): DispatchOutcome {
  return {
    status: "accepted",
    eventId: event.id,
    runIds: runs.map((each) => each.id),
    matched: runs.length,
    event,
    runs: runs.map((each) => ({ ...each, eventId: event.id })),
    mismatches: [],
    problems: [],
    shadowed: [],
    children: [],
    dryRun: false,
    ...overrides,
  };
}

export type RecordingIO = { info(message: string): void; warning(message: string): void; infos: string[]; warnings: string[] };

export function recordingIO(): RecordingIO {
  const io: RecordingIO = {
    infos: [],
    warnings: [],
    info: (message) => io.infos.push(message),
    warning: (message) => io.warnings.push(message),
  };
  return io;
}

/** Text outside fenced code blocks (whose fences are at least as long as any run inside). */
export function withoutCodeBlocks(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const opener = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && opener) fence = opener;
    else if (fence !== undefined && line === fence) fence = undefined;
    else if (fence === undefined) kept.push(line);
  }
  if (fence !== undefined) throw new Error(`unclosed code fence ${fence}`);
  return kept.join("\n");
}

/** A reporter on the fake GitHub with the tests' usual options; `io` records what it logged. */
export function makeReporter(
  client: GitHubClient,
  defaults: Partial<GitHubReporterOptions>,
  overrides: Partial<GitHubReporterOptions> = {},
): GitHubReporter & { io: RecordingIO } {
  const io = recordingIO();
  const made = createGitHubReporter({
    client,
    repository: REPO,
    event: prEvent(),
    checks: "per-step",
    comment: "on-pr",
    runUrl: RUN_URL,
    io,
    liveAfterMs: 0,
    ...defaults,
    ...overrides,
  });
  return Object.assign(made, { io });
}
