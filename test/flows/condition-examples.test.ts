import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { flowEventFromGitHub } from "../../src/events/index.js";
import { type ConditionGitHubContext, gitHubConditionContext } from "../../src/flows/condition.js";
import type { ChangedFilesSource } from "../../src/flows/condition-evaluate.js";
import { matchSteps } from "../../src/flows/match.js";
import type { FlowPackage } from "../../src/flows/types.js";
import { githubExample } from "../events/webhook-examples.js";

// Conditions over GitHub's own webhook examples (@octokit/webhooks-examples), mapped to
// FlowEvents exactly as the action maps them, with the `github` context a job would have.
// Each condition is true on one payload and false on another.

type Case = { event: FlowEvent; github?: ConditionGitHubContext; changedFiles?: ChangedFilesSource };

function gh(name: string, index: number, change?: (payload: Record<string, unknown>) => void): Case {
  const payload = githubExample(name, index);
  change?.(payload);
  const sender = (payload.sender as { login?: string } | undefined)?.login;
  const repository = (payload.repository as { full_name?: string } | undefined)?.full_name ?? "Codertocat/Hello-World";
  const env = {
    GITHUB_REPOSITORY: repository,
    GITHUB_REF: typeof payload.ref === "string" && payload.ref.startsWith("refs/") ? payload.ref : "refs/heads/main",
    GITHUB_SHA: "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    GITHUB_ACTOR: sender,
  };
  const event = flowEventFromGitHub({ eventName: name, payload, context: { repository }, now: () => new Date("2026-01-01T00:00:00Z") });
  return { event, github: gitHubConditionContext({ env, eventName: name, payload }) };
}

/** An upstream release as `flows watch` emits it (no job context). */
function upstream(tag: string, repo = "openai/codex", prerelease = false): Case {
  return {
    event: {
      id: `github:upstream.release:${repo}:${tag}`,
      type: "upstream.release",
      source: "watch",
      receivedAt: "2026-01-01T00:00:00.000Z",
      payload: { provider: "github", repo, tag, url: `https://github.com/${repo}/releases/tag/${tag}`, prerelease },
    },
  };
}

const withFiles = (base: Case, files: string[]): Case => ({ ...base, changedFiles: async () => files });

const release = gh("release", 0); // published 0.0.1
const releaseCreated = gh("release", 1);
const prerelease = gh("release", 8);
const tagPush = gh("push", 0); // refs/tags/simple-tag, no commits
const branchPush = gh("push", 4); // refs/heads/master, README.md added
const srcPush = gh("push", 4, (payload) => {
  const [commit] = payload.commits as Array<Record<string, unknown>>;
  if (commit) commit.added = ["src/main.ts", "bindings/rust/lib.rs"];
});
const prOpened = gh("pull_request", 0); // no labels
const prLabeled = gh("pull_request", 8); // labeled bug
const prDraft = gh("pull_request", 5);
const comment = gh("issue_comment", 0);
const dispatch = gh("workflow_dispatch", 0); // octocat, refs/heads/main
const runQueued = gh("workflow_run", 0); // conclusion null
const runSucceeded = gh("workflow_run", 1);
const createTag = gh("create", 0);
const rust123 = upstream("rust-v1.2.3");
const rust200 = upstream("rust-v2.0.0");
const rustBeta = upstream("rust-v1.3.0-beta.1", "openai/codex", true);
const otherRepo = upstream("v1.2.3", "other/repo");

const CASES: Array<[condition: string, whenTrue: Case, whenFalse: Case]> = [
  // Releases
  ["event.type == 'release.published'", release, releaseCreated],
  ["!event.payload.prerelease", release, prerelease],
  ["github.event.release.prerelease", prerelease, release],
  ["event.payload.tag == '0.0.1' && event.payload.draft == false", release, createTag],
  ["semver(event.payload.tag, '>=0.0.1 <1')", release, createTag],
  ["endsWith(event.payload.url, '/tag/0.0.1')", release, rust123],
  ["format('{0}@{1}', event.payload.repo, event.payload.tag) == 'codertocat/hello-world@0.0.1'", release, rust123],
  // Upstream releases
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow wrapper, as a user writes it.
  ["${{ semver(event.payload.tag, '^1.2') }}", rust123, rust200],
  ["glob(event.payload.tag, 'rust-v*')", rust123, otherRepo],
  ["glob(event.payload.tag, 'rust-v1.[0-2].?')", rust123, rust200],
  ["startsWith(event.payload.tag, 'RUST-V')", rust123, release],
  ["event.payload.repo == 'openai/codex' && !event.payload.prerelease", rust123, rustBeta],
  ["semver(event.payload.tag, '>=1.3.0-0')", rustBeta, rust123],
  ["event.source == 'watch'", rust123, release],
  // Pushes
  ["event.payload.branch == 'master'", branchPush, tagPush],
  ["startsWith(github.ref, 'refs/tags/')", tagPush, branchPush],
  ["changed('README.md')", branchPush, tagPush],
  ["changed('*.md')", branchPush, srcPush],
  ["changed('bindings/**') || changed('src/*.ts')", srcPush, branchPush],
  ["event.payload.commitCount > 0", branchPush, tagPush],
  ["contains(github.event.head_commit.message, 'INITIAL')", branchPush, tagPush],
  ["github.event.created && !github.event.forced", branchPush, gh("push", 1)],
  ["glob(github.event.commits.*.message, 'Initial*')", branchPush, tagPush],
  // Pull requests
  ["contains(event.payload.labels, 'bug')", prLabeled, prOpened],
  ["contains(github.event.pull_request.labels.*.name, 'BUG')", prLabeled, prOpened],
  ["event.payload.draft", prDraft, prLabeled],
  ["event.payload.label == 'bug' && event.type == 'pull_request.labeled'", prLabeled, prOpened],
  ["glob(event.type, 'pull_request.*')", prOpened, branchPush],
  ["contains(fromJSON('[\"opened\", \"synchronize\"]'), event.payload.action)", prOpened, prLabeled],
  ["event.payload.number == '2'", prLabeled, comment],
  ["github.event.pull_request.author_association == 'owner'", prLabeled, comment],
  ["join(event.payload.labels, ', ') == 'bug'", prLabeled, prOpened],
  ["toJSON(event.payload.labels) == '[]'", prOpened, prLabeled],
  ["changed('src/**')", withFiles(prOpened, ["src/a.ts", "README.md"]), withFiles(prOpened, ["docs/x.md"])],
  // Other events, and the flow and env contexts
  ["github.event_name == 'workflow_dispatch' && github.event.ref == 'refs/heads/main'", dispatch, branchPush],
  ["github.actor == 'Codertocat'", prLabeled, dispatch],
  ["event.payload.conclusion == null", runQueued, runSucceeded],
  ["contains(event.payload.comment.body, 'TOTALLY RIGHT') && !event.payload.issue.isPullRequest", comment, prLabeled],
  ["event.payload.baseRef == flow.config.branch", prLabeled, branchPush],
  ["env.FLOWS_CONDITION_TEST_BRANCH == event.payload.branch", branchPush, tagPush],
];

const flow = (condition: string): FlowPackage => ({
  name: "conditions",
  version: 1,
  root: "/flows/conditions",
  manifestPath: "/flows/conditions/flow.toml",
  config: { branch: "master" },
  steps: [{ name: "step", runner: "bun", script: "exec/step.ts", scriptPath: "/x", cwdPath: "/x", timeoutMs: 1000, trigger: { type: "*", if: condition } }],
});

async function holds(condition: string, given: Case, pkg: FlowPackage): Promise<{ matched: boolean; message?: string }> {
  const result = await matchSteps([pkg], given.event, {
    env: { FLOWS_CONDITION_TEST_BRANCH: "master" },
    ...(given.github ? { github: given.github } : {}),
    ...(given.changedFiles ? { changedFiles: given.changedFiles } : {}),
  });
  expect(result.problems ?? []).toEqual([]);
  const miss = result.mismatches[0];
  if (miss) expect(miss.reason, `${condition}: ${miss.message}`).toBe("condition");
  return { matched: result.matched.length === 1, ...(miss ? { message: miss.message } : {}) };
}

describe("conditions over GitHub's webhook examples", () => {
  it("has at least 30 conditions and uses every custom function", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    for (const name of ["semver(", "glob(", "changed("]) expect(CASES.some(([text]) => text.includes(name))).toBe(true);
  });

  it.each(CASES)("%s: true on one payload, false on another", async (condition, whenTrue, whenFalse) => {
    const pkg = flow(condition);
    const yes = await holds(condition, whenTrue, pkg);
    expect(yes.message, `expected true: ${yes.message}`).toBeUndefined();
    expect(yes.matched).toBe(true);
    const no = await holds(condition, whenFalse, pkg);
    expect(no.matched).toBe(false);
    expect(no.message).toMatch(/^condition `.*` is false/);
  });
});
