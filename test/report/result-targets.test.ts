import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import type { GitHubClient } from "../../src/github/client.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import { redactor } from "../../src/redact.js";
import { MAX_RESULT_TARGETS, resultTargets } from "../../src/report/result-targets.js";
import { type GitHubApiServer, serverError } from "../support/github-api/index.js";
import { ended, HEAD, makeReporter, outcomeOf, pushEvent, REPO, withGitHubServer } from "./github-fixtures.js";

// A step's FLOW_RESULT names the pull request (or commit) its outcome belongs to; its check run
// goes there as well as on the job's commit. Everything named is the step's word: read strictly.

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

const PR_HEAD = "b2".repeat(20);

function scheduleEvent(): FlowEvent {
  return { id: "github:schedule:octo-org/tool:17 * * * *@1", type: "schedule", source: "github", receivedAt: "2026-11-26T00:00:00Z", payload: { repo: REPO } };
}

function reporter(overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, { comment: "off", event: scheduleEvent(), headSha: HEAD }, overrides);
}

function named(artifacts: Record<string, unknown>, stepName = "bump") {
  return ended("changed", { stepName, resultPayload: { status: "changed", message: "opened the bump", artifacts } });
}

describe("check runs where a step's result says", () => {
  it("puts the step's check run on the head of the pull request its result names, and updates it on a re-run", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: PR_HEAD });
    const step = named({ pullRequest: `https://github.com/${REPO}/pull/12` });
    const first = reporter();
    const report = await first.finish(outcomeOf(scheduleEvent(), [step]));
    const runs = server.github.checkRuns.list(REPO);
    expect(runs.map((check) => [check.name, check.head_sha, check.conclusion])).toEqual([
      ["flows: bindings/bump", HEAD, "success"],
      // There always with the event id, so a replay (whose own event it is) writes the same one.
      ["flows: bindings/bump [github:schedule:octo-org/tool:17 * * * *@\u200b1]", PR_HEAD, "success"],
    ]);
    expect(runs[1]?.output.title).toBe(runs[0]?.output.title);
    expect(runs[1]?.output.summary).toBe(runs[0]?.output.summary);
    expect(report.warnings).toEqual([]);
    expect(report.resultTargets).toMatchObject([{ step: "bindings/bump", target: "pull request #12", headSha: PR_HEAD, url: runs[1]?.html_url }]);
    expect(report.resultTargetsNote).toContain("| bindings/bump | pull request \\#12 |");
    expect(report.resultTargetsNote).toContain(`on \`${PR_HEAD.slice(0, 12)}\``);

    const failed = ended("failed", { stepName: "bump", resultPayload: { status: "failed", message: "no", artifacts: { pullRequest: 12 } } });
    await reporter().finish(outcomeOf(scheduleEvent(), [failed]));
    const again = server.github.checkRuns.list(REPO);
    expect(again).toHaveLength(2);
    expect(again.find((check) => check.head_sha === PR_HEAD)).toMatchObject({ id: runs[1]?.id, conclusion: "failure" });
  });

  it("puts it on a named commit, and in per-event mode gives the step its own check run there", async () => {
    const sha = "C3".repeat(20);
    const report = await reporter({ checks: "per-event" }).finish(outcomeOf(scheduleEvent(), [named({ commit: sha })]));
    const runs = server.github.checkRuns.list(REPO);
    expect(runs.map((check) => [check.name, check.head_sha])).toEqual([
      ["flows: schedule", HEAD],
      ["flows: bindings/bump [github:schedule:octo-org/tool:17 * * * *@\u200b1]", sha.toLowerCase()],
    ]);
    expect(report.resultTargets?.[0]).toMatchObject({ target: `commit ${"c3".repeat(6)}` });
  });

  it("warns about a value that names no pull request or commit of this repository, and writes nothing for it", async () => {
    server.github.pulls.add(REPO, { number: 5, headSha: PR_HEAD, state: "closed" });
    const bad = [
      named({ pullRequest: "https://github.com/someone/else/pull/12" }, "other-repo"),
      named({ pullRequest: 0 }, "zero"),
      named({ pullRequest: 99_999_999_999 }, "huge"),
      named({ pullRequest: "12" }, "string"),
      named({ pullRequest: `https://github.com/${REPO}/pull/12?x=1` }, "query"),
      named({ commit: "g".repeat(40) }, "non-hex"),
      named({ commit: "abc123" }, "short"),
      named({ pullRequest: 404 }, "missing"),
      named({ pullRequest: 5 }, "closed"),
    ];
    const gh = reporter();
    const report = await gh.finish(outcomeOf(scheduleEvent(), bad));
    expect(server.github.checkRuns.list(REPO).every((check) => check.head_sha === HEAD)).toBe(true);
    for (const step of ["other-repo", "zero", "huge", "string", "query"]) {
      expect(report.warnings).toContainEqual(
        expect.stringMatching(new RegExp(`flow "bindings" step "${step}": artifacts.pullRequest .* is not a pull request of ${REPO}: write its number \\(say 12\\) or its URL \\(https://github.com/${REPO}/pull/12\\)`)),
      );
    }
    for (const step of ["non-hex", "short"]) {
      expect(report.warnings).toContainEqual(expect.stringMatching(new RegExp(`step "${step}": artifacts.commit .* is not a commit: write its full SHA`)));
    }
    expect(report.warnings).toContainEqual(expect.stringContaining(`named pull request #404, which ${REPO} does not have`));
    expect(report.resultTargets?.find((each) => each.step === "bindings/closed")?.skipped).toBe("the pull request is closed");
    expect(report.resultTargetsNote).toContain("not written: the pull request is closed");
  });

  it("writes at most 10 per job and says which got none", async () => {
    const shas = Array.from({ length: 100 }, (_, i) => i.toString(16).padStart(40, "d"));
    const report = await reporter().finish(outcomeOf(scheduleEvent(), [named({ commit: shas })]));
    const extra = server.github.checkRuns.list(REPO).filter((check) => check.head_sha !== HEAD);
    expect(extra).toHaveLength(MAX_RESULT_TARGETS);
    expect(report.warnings).toContainEqual(expect.stringMatching(/named 100 pull requests and commits .* at most 10 are written per job, so 90 got none: bindings\/bump → commit/));
  });

  it("writes no second check run when the named pull request's head is the job's own commit", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: HEAD });
    const report = await reporter().finish(outcomeOf(scheduleEvent(), [named({ pullRequest: 12, commit: HEAD })]));
    expect(server.github.checkRuns.list(REPO).map((check) => check.head_sha)).toEqual([HEAD]);
    expect(report.resultTargets?.map((each) => each.skipped)).toEqual([
      "the step's check run is already on that commit",
      "the step's check run is already on that commit",
    ]);
  });

  it("says once that the token needs pull-requests: read when looking up the named pull requests is refused", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: PR_HEAD });
    server.github.pulls.add(REPO, { number: 13, headSha: PR_HEAD });
    const refused = { status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/pulls/pulls#get-a-pull-request", status: "403" }, times: 5 };
    server.failNext({ operationId: "pulls/get", ...refused });
    const report = await reporter().finish(outcomeOf(scheduleEvent(), [named({ pullRequest: [12, 13] })]));
    expect(server.github.checkRuns.list(REPO).map((check) => check.head_sha)).toEqual([HEAD]);
    expect(report.warnings).toEqual([
      'A step\'s check run was not written on pull request #12: GitHub answered 403 "Resource not accessible by integration" to look it up. The token needs `pull-requests: read` to find a pull request\'s head: add it under `permissions:` in the workflow.',
    ]);
    expect(report.summaryNote).toBeUndefined();
    expect(report.resultTargetsNote).toContain("not written: the pull request could not be looked up");
  });

  // Before, a lookup GitHub failed had an annotation of its own, beside the one for every other
  // failed write, and the job summary's note did not list it.
  it("lists a lookup GitHub failed (a 5xx) with the other failed writes: in the summary's note and their one annotation", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: PR_HEAD });
    server.failNext({ operationId: "pulls/get", ...serverError(), times: 10 });
    server.failNext({ operationId: "checks/create", status: 422, body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest", status: "422" }, times: 10 });
    const made = reporter();
    const report = await made.finish(outcomeOf(scheduleEvent(), [named({ pullRequest: 12 })]));
    expect(server.github.checkRuns.list(REPO)).toEqual([]);
    expect(report.summaryNote).toContain("> - look up pull request \\#\u200B12 for the check run of bindings/bump: GitHub answered 500");
    expect(report.summaryNote).toContain('GitHub answered 422 "Validation Failed"');
    expect(made.io.warnings).toHaveLength(1);
    expect(made.io.warnings[0]).toMatch(/^flows-action could not write check runs to GitHub \(GitHub answered 422 "Validation Failed", and 1 more\)/);
    expect(made.io.infos).toContainEqual(expect.stringContaining('flows-action warning: Check runs were not written: GitHub answered 500 "Server Error" to look up pull request #12 for the check run of bindings/bump.'));
    expect(report.resultTargetsNote).toContain("not written: the pull request could not be looked up");
  });

  // Before, a bug of ours read as "the request failed (…)", as if GitHub or the network were to blame.
  it("says a failed lookup that is flows-action's own error is a bug to report, not the network", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: PR_HEAD });
    client.hook.before("request", (options) => {
      if (String(options.url).includes("/pulls/")) throw new TypeError("flowName.replace is not a function");
    });
    const report = await reporter().finish(outcomeOf(scheduleEvent(), [named({ pullRequest: 12 })]));
    expect(server.github.checkRuns.list(REPO).map((check) => check.head_sha)).toEqual([HEAD]);
    expect(report.warnings).toEqual([
      "A step's check run was not written on pull request #12: flows-action failed (TypeError: flowName.replace is not a function) on its way to look it up. This is a bug in flows-action, not a problem of GitHub, the network or the token: please report it with this message.",
    ]);
  });

  it("writes none with checks off", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: PR_HEAD });
    const report = await reporter({ checks: "off" }).finish(outcomeOf(scheduleEvent(), [named({ pullRequest: 12 })]));
    expect(server.github.checkRuns.list(REPO)).toEqual([]);
    expect(server.requestsFor("pulls/get")).toEqual([]);
    expect(report.resultTargets).toBeUndefined();
  });

  it("follows nothing an untrusted job's results name", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: PR_HEAD });
    const gh = reporter({ resultTargets: false });
    const report = await gh.finish(outcomeOf(pushEvent(), [named({ pullRequest: 12 })]));
    expect(server.github.checkRuns.list(REPO).map((check) => check.head_sha)).toEqual([HEAD]);
    expect(report.resultTargets).toBeUndefined();
    expect(gh.io.infos).toContainEqual(expect.stringContaining("untrusted job"));
  });
});

describe("reading what a step's result names", () => {
  it("takes numbers and URLs of this repository only, without case in the name", () => {
    const run = ended("completed", {
      resultPayload: { status: "completed", artifacts: { pullRequest: [3, `https://github.com/OCTO-ORG/Tool/pull/4`, 3, -1, 1.5], commit: "A".repeat(40) } },
    });
    const read = resultTargets([run], { repository: REPO });
    expect(read.targets.map((each) => each.target)).toEqual([
      { kind: "pull", number: 3 },
      { kind: "pull", number: 4 },
      { kind: "commit", sha: "a".repeat(40) },
    ]);
    expect(read.problems).toHaveLength(2);
  });

  it("shows a refused value redacted before it is cut, so no part of a secret is left", () => {
    const secret = "ghs_resulttargetsecret0123456789abcdef";
    redactor.add(secret);
    // The secret straddles the 80th character of the value as JSON.
    const value = `${"x".repeat(60)}${secret}`;
    const run = ended("completed", { resultPayload: { status: "completed", artifacts: { pullRequest: value } } });
    const [problem] = resultTargets([run], { repository: REPO }).problems;
    expect(problem).toContain("***");
    expect(problem).not.toContain(secret.slice(0, 8));
  });

  it("takes a GitHub Enterprise Server URL on its own server only", () => {
    const run = ended("completed", { resultPayload: { status: "completed", artifacts: { pullRequest: [`https://ghe.example/${REPO}/pull/4`, `https://github.com/${REPO}/pull/5`] } } });
    const read = resultTargets([run], { repository: REPO, serverUrl: "https://ghe.example" });
    expect(read.targets.map((each) => each.target)).toEqual([{ kind: "pull", number: 4 }]);
    expect(read.problems).toHaveLength(1);
  });
});
