import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import {
  HANDOVER_FILE,
  type Handover,
  type HandoverArtifactClient,
  handoverAction,
  handoverFromOutcome,
  publishHandover,
  type PublishHandoverOptions,
  triggeringRun,
  UNTRUSTED_NOTE,
  uploadHandover,
  writeHandover,
} from "../../src/report/handover.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { redactor } from "../../src/redact.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { packEntry, zipArchive } from "../helpers/zip.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { ended, HEAD, outcomeOf, prEvent, REPO, RUN_URL, recordingIO, testClient } from "./github-fixtures.js";
import { handOverLargeResults } from "./handover-large-results.js";

const RUN_ID = 77;

let server: GitHubApiServer;
let client: GitHubClient;
let dir: string;

beforeEach(async () => {
  server = await startGitHubApiServer();
  client = await testClient(server);
  dir = await mkdtemp(join(tmpdir(), "flows-handover-"));
  server.github.pulls.add(REPO, { number: 7, headSha: HEAD, headRepo: "fork-owner/tool" });
});

afterEach(async () => {
  server.assertNoViolations();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** A zip archive as @actions/artifact makes them (deflated entries, central directory). */
function zipOf(entries: Record<string, Uint8Array>, options: { declaredSize?: number } = {}): Uint8Array {
  return new Uint8Array(zipArchive(Object.entries(entries).map(([name, data]) => packEntry(name, data, options))));
}

function handover(overrides: Partial<Handover> = {}): Handover {
  const event = prEvent();
  const outcome = outcomeOf(event, [ended("failed", { stepName: "lint" }), ended("completed", { id: "run_b", stepName: "test" })]);
  return { ...handoverFromOutcome(outcome, { repository: REPO, headSha: HEAD, prNumbers: [7] }), ...overrides };
}

function seed(content: unknown, name = "flows-report"): void {
  const bytes = Buffer.from(typeof content === "string" ? content : JSON.stringify(content));
  server.github.artifacts.add(REPO, { name, zip: zipOf({ [HANDOVER_FILE]: bytes }), runId: RUN_ID, headSha: HEAD });
}

function publish(overrides: Partial<PublishHandoverOptions> = {}) {
  const io = recordingIO();
  const result = publishHandover({
    client,
    repository: REPO,
    workflowRun: { id: RUN_ID, headSha: HEAD, event: "pull_request" },
    checks: "per-step",
    comment: "on-pr",
    runUrl: RUN_URL,
    io,
    ...overrides,
  });
  return result.then((report) => ({ ...report, io }));
}

describe("the workflow_run handover", () => {
  it("round-trips through a seeded artifact into check runs and the pull request comment", async () => {
    const file = await writeHandover(dir, handover());
    seed(await readFile(file, "utf8"));
    const result = await publish();

    expect(result).toMatchObject({ published: true, checkRuns: 2, warnings: [] });
    const checks = server.github.checkRuns.list(REPO);
    expect(checks.map((check) => [check.name, check.head_sha, check.conclusion])).toEqual([
      ["flows: bindings/lint", HEAD, "failure"],
      ["flows: bindings/test", HEAD, "success"],
    ]);
    expect(checks[0]?.output.summary).toContain(UNTRUSTED_NOTE);
    const [comment] = server.github.comments.list(REPO, 7);
    expect(comment?.body).toContain("<!-- flows-action:pull_request:default -->");
    expect(comment?.body).toContain(UNTRUSTED_NOTE);
    expect(comment?.body).toContain("| bindings | lint | ❌ failed |");
    expect(result.commentUrl).toBe(comment?.html_url);
  });

  it("uploads the handover file as the flows-report artifact", async () => {
    const calls: unknown[][] = [];
    const artifactClient: HandoverArtifactClient = {
      uploadArtifact: async (...args) => {
        calls.push(args);
        return { id: 9, size: 100 };
      },
    };
    const file = await writeHandover(dir, handover());
    expect(await uploadHandover({ file, rootDirectory: dir, artifactClient })).toEqual({ id: 9, size: 100 });
    expect(calls).toEqual([["flows-report", [file], dir, { retentionDays: 7 }]]);
  });

  it("writes no registered secret or URL credential into the handover file", async () => {
    redactor.add("handover-secret-value");
    const leaky = handover();
    leaky.runs = leaky.runs.map((run) => ({
      ...run,
      output: "printed handover-secret-value and https://user:url-pass@example.com/x",
      resultPayload: { status: "completed", message: "handover-secret-value", nested: { list: ["handover-secret-value"] } },
    }));
    const text = await readFile(await writeHandover(dir, leaky), "utf8");
    expect(text).not.toContain("handover-secret-value");
    expect(text).not.toContain("url-pass");
    expect(text).toContain("printed *** and https://***@example.com/x");
  });

  // The output tail and an oversized FLOW_RESULT's message were cut before the redaction, which
  // then could not match the part of a secret left at the cut edge.
  it("cuts output and oversized messages only after redacting them: no part of a secret at any cut offset", async () => {
    // No run of 6 characters in common with the fixtures (their run ids hold `0123456789`).
    const secret = "backendSecretQrstUvwxJklNopGhiXY";
    redactor.add(secret);
    const leaks: string[] = [];
    for (let k = 1; k < secret.length; k++) {
      const leaky = handover();
      leaky.runs = leaky.runs.map((run) => ({
        ...run,
        output: `before ${secret}${"m".repeat(16 * 1024 - k)}`,
        resultPayload: { status: "failed", message: `${"m".repeat(4096 - k)}${secret} after`, big: "b".repeat(300_000) },
      }));
      const text = await readFile(await writeHandover(dir, leaky), "utf8");
      for (let at = 0; at + 6 <= secret.length; at++) if (text.includes(secret.slice(at, at + 6))) leaks.push(`${k}: ${secret.slice(at, at + 6)}`);
    }
    expect(leaks).toEqual([]);
  });

  it("writes a handover the publisher accepts even from big outputs and webhook payloads", async () => {
    const big = handover();
    big.event = { ...big.event, payload: { ...(big.event.payload as object), github: { huge: "x".repeat(500_000) } } };
    big.runs = big.runs.map((run) => ({ ...run, output: `\u001b[31m${"y".repeat(300_000)}\u001b[0m` }));
    const file = await writeHandover(dir, big);
    const written = JSON.parse(await readFile(file, "utf8")) as Handover;
    expect(written.event.payload).not.toHaveProperty("github");
    expect(Buffer.byteLength(written.runs[0]?.output ?? "")).toBeLessThan(20_000);
    seed(written);
    expect(await publish()).toMatchObject({ published: true, warnings: [] });
  });

  it("hands over what real steps produce: NUL bytes in output and errors, a next event id of 2,000 characters", async () => {
    // The publisher refused each of these, and with it the pull request's whole report.
    const repo = await tempRepo("flows-handover-steps-");
    try {
      const longId = `child:${"x".repeat(2_000)}`;
      await writeFlow(repo.dir, {
        name: "fork-checks",
        steps: [
          {
            name: "binary",
            trigger: "pull_request.opened",
            source: [
              "await Bun.stdin.text();",
              'process.stdout.write("bin\\u0000ary\\n");',
              'process.stderr.write("err\\u0000or\\n");',
              `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: ${JSON.stringify(longId)}, type: "fork.child" }] }));`,
            ].join("\n"),
          },
          { name: "crash", trigger: "pull_request.opened", source: 'process.stderr.write("bad\\u0000byte\\n"); process.exit(3);' },
          { name: "child", trigger: "fork.child", source: 'await Bun.stdin.text(); console.log("FLOW_RESULT " + JSON.stringify({ status: "completed" }));' },
        ],
      });
      const outcome = await dispatch(prEvent(), { repoRoot: repo.dir });
      expect(outcome.children[0]?.runs).toHaveLength(1);
      const file = await writeHandover(dir, handoverFromOutcome(outcome, { repository: REPO, headSha: HEAD, prNumbers: [7] }));
      const written = JSON.parse(await readFile(file, "utf8")) as Handover;
      expect(written.runs.map((run) => run.stepName).sort()).toEqual(["binary", "child", "crash"]);
      expect(written.runs.find((run) => run.stepName === "binary")?.output).toContain("bin\uFFFDary");
      seed(written);
      const report = await publish();
      expect(report).toMatchObject({ published: true, warnings: [] });
    } finally {
      await repo.cleanup();
    }
  }, 30_000);

  // 100 of them (21 MB) are in handover.stress.test.ts.
  it("hands over 41 results of 200 KB each within the publisher's file size, the largest cut to their message", async () => {
    await handOverLargeResults(41, { dir, client, server, runId: RUN_ID });
  }, 30_000);

  it("comments only on pull requests whose head really is the commit", async () => {
    server.github.pulls.add(REPO, { number: 8, headSha: "b".repeat(40) });
    seed(handover({ prNumbers: [7, 8, 99] }));
    const result = await publish();
    expect(server.github.comments.list(REPO, 7)).toHaveLength(1);
    expect(server.github.comments.list(REPO, 8)).toEqual([]);
    expect(server.github.comments.list(REPO, 99)).toEqual([]);
    expect(result.io.infos.filter((line) => line.includes("not commenting there"))).toHaveLength(2);
  });

  it("does not send the publishing job, whose token is its own, to the fork pattern it is already using", async () => {
    const event = { ...prEvent(), payload: { ...(prEvent().payload as object), fork: true, headRepo: "fork-owner/tool" } };
    const outcome = outcomeOf(event, [ended("failed", { stepName: "lint" })]);
    seed(await readFile(await writeHandover(dir, handoverFromOutcome(outcome, { repository: REPO, headSha: HEAD, prNumbers: [7] })), "utf8"));
    const readOnly = { status: 403, body: { message: "Resource not accessible by integration", status: "403" } };
    server.failNext({ operationId: "checks/create", ...readOnly });
    const result = await publish({ comment: "off" });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain("add it under `permissions:` in the workflow.");
    expect(result.warnings[0]).not.toMatch(/fork|handover/);
    expect(result.summaryNote).not.toMatch(/fork|handover/);
  });

  it("publishes nothing and says so when the run uploaded no handover", async () => {
    const result = await publish();
    expect(result).toMatchObject({ published: false, warnings: [] });
    expect(result.io.infos).toContain("flows-action: run 77 uploaded no flows-report artifact; nothing to publish.");
  });

  it("hands over automatically only for pull requests from forks", () => {
    const fork = { ...prEvent(), payload: { ...(prEvent().payload as object), fork: true } };
    const review = { ...prEvent(), type: "pull_request_review.submitted", payload: { pullRequest: { number: 7, fork: true } } };
    const target = { ...fork, type: "pull_request_target.opened" };
    expect([fork, review, prEvent(), target].map((event) => handoverAction("auto", event))).toEqual(["upload", "upload", "none", "none"]);
    expect(handoverAction("publish", prEvent())).toBe("publish");
    expect(handoverAction("off", fork)).toBe("none");
  });

  it("reads the triggering run from a workflow_run event", () => {
    const event = { ...prEvent(), type: "workflow_run.completed", payload: { id: RUN_ID, headSha: HEAD, event: "pull_request" } };
    expect(triggeringRun(event)).toEqual({ id: RUN_ID, headSha: HEAD, event: "pull_request" });
    expect(triggeringRun(prEvent())).toBeUndefined();
  });
});

describe("the handover's request budget", () => {
  const apiRequests = () => server.requests.filter((request) => !request.path.startsWith("/_fake/blobs/"));

  it("publishes 500 runs with 50 annotations each in at most 10 API requests: one check run, one comment", async () => {
    const annotations = Array.from({ length: 50 }, (_, i) => ({ path: "src/a.ts", line: i + 1, message: `finding ${i}` }));
    const runs = Array.from({ length: 500 }, (_, i) =>
      ended(i % 7 === 0 ? "failed" : "completed", { id: `run_${String(i).padStart(12, "0")}`, stepName: `step-${i}`, resultPayload: { status: "completed", message: "ok", annotations } }),
    );
    const file = await writeHandover(dir, handover({ runs }));
    seed(await readFile(file, "utf8"));
    const result = await publish();

    expect(result).toMatchObject({ published: true, checkRuns: 1, warnings: [] });
    expect(apiRequests().length).toBeLessThanOrEqual(10);
    const [check] = server.github.checkRuns.list(REPO);
    expect(check).toMatchObject({ name: "flows: pull_request.opened", conclusion: "failure", head_sha: HEAD });
    expect(check?.output.summary).toContain("more annotations were not attached");
    expect(server.github.checkRuns.annotations(Number(check?.id))).toHaveLength(50);
    expect(server.github.comments.list(REPO, 7)).toHaveLength(1);
  });

  it("puts no check run on the pull requests or commits a handed-over result names: a fork's steps may not mark other pull requests", async () => {
    server.github.pulls.add(REPO, { number: 8, headSha: "b".repeat(40) });
    const hostile = handover();
    const artifacts = { pullRequest: [8, `https://github.com/${REPO}/pull/8`], commit: "c".repeat(40) };
    seed({ ...hostile, runs: hostile.runs.map((run) => ({ ...run, resultPayload: { status: "completed", artifacts } })) });
    const result = await publish();
    expect(result.published).toBe(true);
    expect(server.github.checkRuns.list(REPO).map((check) => check.head_sha)).toEqual([HEAD, HEAD]);
    expect(server.requestsFor("pulls/get").every((request) => !request.path.endsWith("/pulls/8"))).toBe(true);
    expect(result.io.infos).toContainEqual(expect.stringContaining("untrusted job"));
  });

  it("keeps one check run per step for a handover of a few runs", async () => {
    const file = await writeHandover(dir, handover());
    seed(await readFile(file, "utf8"));
    await publish();
    expect(server.github.checkRuns.list(REPO)).toHaveLength(2);
    expect(apiRequests().length).toBeLessThanOrEqual(14);
  });
});

describe("a hostile handover", () => {
  const runs = (patch: Record<string, unknown>) => handover().runs.map((run, i) => (i === 0 ? { ...run, ...patch } : run));
  const cases: Array<[string, () => unknown, RegExp]> = [
    ["another repository", () => handover({ repository: "victim/other" }), /repository is "victim\/other", but this workflow runs in octo-org\/tool/],
    ["another commit", () => handover({ headSha: "c".repeat(40) }), /headSha is c{40}, but the workflow run that uploaded it was for a1/],
    ["a different event kind", () => handover({ event: { ...prEvent(), type: "push" } }), /event.type is "push", but the uploading workflow ran for a pull_request event/],
    ["a wrong version", () => ({ ...handover(), version: 2 }), /version must be 1 \(got number 2\)/],
    ["a step name of the wrong type", () => ({ ...handover(), runs: runs({ stepName: 42 }) }), /runs\[0\]\.stepName must be a string \(got number 42\)/],
    ["an unknown status", () => ({ ...handover(), runs: runs({ processStatus: "pwned" }) }), /runs\[0\]\.processStatus must be one of queued, running/],
    ["an oversized output", () => ({ ...handover(), runs: runs({ output: "z".repeat(70_000) }) }), /runs\[0\]\.output is 70000 characters long; at most 65536/],
    ["too many runs", () => ({ ...handover(), runs: Array.from({ length: 501 }, () => handover().runs[0]) }), /runs has 501 items; at most 500/],
    ["a newline in a flow name", () => ({ ...handover(), runs: runs({ flowName: "a\n::error::x" }) }), /runs\[0\]\.flowName holds control characters/],
    ["pull request numbers that are not numbers", () => ({ ...handover(), prNumbers: ["7"] }), /prNumbers must hold distinct positive whole numbers/],
    [
      "one step twice (its second run would be lost under the first one's check run)",
      () => ({ ...handover(), runs: [handover().runs[0], { ...handover().runs[0], id: "run_other" }] }),
      /runs\[1\] repeats step "[^"]+" of event "[^"]+" \(runs\[0\]\); a step runs once per event/,
    ],
    ["a file that is not JSON", () => "{not json", /flows-report.json in the flows-report artifact is not valid JSON/],
    ["a list instead of an object", () => [1, 2], /the file must be a JSON object \(got an array\)/],
  ];

  for (const [what, content, message] of cases) {
    it(`is refused with a clear message: ${what}`, async () => {
      seed(content());
      const result = await publish();
      expect(result.published).toBe(false);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(message);
      expect(result.io.warnings).toEqual(result.warnings);
      expect(server.github.checkRuns.list(REPO)).toEqual([]);
      expect(server.github.comments.list(REPO, 7)).toEqual([]);
    });
  }

  it("is refused when its archive inflates past the limit (a zip bomb)", async () => {
    const bomb = zipOf({ [HANDOVER_FILE]: new Uint8Array(17 * 1024 * 1024) }, { declaredSize: 100 });
    server.github.artifacts.add(REPO, { name: "flows-report", zip: bomb, runId: RUN_ID });
    const result = await publish();
    expect(result.published).toBe(false);
    expect(result.warnings[0]).toMatch(/not a usable archive: flows-report.json does not inflate within 100 bytes, the size its header declares \(at most 16777216 are accepted\)/);
  });

  it("is refused when the archive holds no handover file", async () => {
    server.github.artifacts.add(REPO, { name: "flows-report", zip: zipOf({ "other.txt": Buffer.from("hi") }), runId: RUN_ID });
    const result = await publish();
    expect(result.warnings).toEqual(["The flows-report artifact has no flows-report.json."]);
  });
});
