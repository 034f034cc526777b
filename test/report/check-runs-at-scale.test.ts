import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import type { GitHubClient } from "../../src/github/client.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import { MAX_STEP_CHECK_RUNS } from "../../src/report/checks.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { ended, outcomeOf, prEvent, REPO, RUN_URL, makeReporter, withoutCodeBlocks, withGitHubServer } from "./github-fixtures.js";

// Red team: 300 steps with per-step check runs, against the local GitHub API (every request
// checked against @octokit/openapi), their names and messages hostile.

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

const STEPS = 300;
const writes = () => server.requests.filter((request) => request.method !== "GET").length;
const checkRuns = () => server.github.checkRuns.list(REPO);

function reporter(overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, { comment: "off" }, { summaryUrl: `${RUN_URL}#summary-1`, ...overrides });
}

/** Markdown closers, a mention, text outside the BMP, and 70 KB of it. */
const HOSTILE = `</details></td></tr></table> \`\`\` --> @octocat <!-- ${"𝒳😀".repeat(70_000 / 8)} [x](javascript:alert(1))`;

/** 300 steps, the last 40 of them failing with hostile messages: the shared check run's end. */
function manySteps(): FlowRunView[] {
  return Array.from({ length: STEPS }, (_, i) =>
    i >= STEPS - 40
      ? ended("failed", { id: `run_${i}`, stepName: `step-${i}`, resultPayload: { status: "failed", message: `${i} ${HOSTILE}` }, error: HOSTILE })
      : ended("completed", { id: `run_${i}`, stepName: `step-${i}`, resultPayload: { status: "completed", message: `${i} ${HOSTILE}` } }),
  );
}

describe("300 steps with per-step check runs and hostile text", () => {
  it("lists every failing step in the shared check run first, counts the rest exactly, and writes one request per check run", async () => {
    const runs = manySteps();
    // A job summary with little room left: it will not list every step.
    const report = await reporter({ summaryRoom: async () => 64 * 1024 }).finish(outcomeOf(prEvent(), runs));
    expect(report.warnings).toEqual([]);
    expect(checkRuns()).toHaveLength(MAX_STEP_CHECK_RUNS + 1);
    // Bounded writes: one create per check run, nothing more (no annotations to attach).
    expect(writes()).toBe(MAX_STEP_CHECK_RUNS + 1);
    const grouped = checkRuns().find((check) => check.name === "flows: pull_request.opened (more steps)");
    const summary = grouped?.output.summary ?? "";
    expect(Buffer.byteLength(summary, "utf8")).toBeLessThanOrEqual(65_535);
    expect(() => withoutCodeBlocks(summary)).not.toThrow();
    // Every failing step has its row, though it comes last of the 200.
    const rows = summary.split("\n").filter((line) => /^\| bindings \| step-\d+ \|/.test(line));
    for (let i = STEPS - 40; i < STEPS; i++) expect(summary).toContain(`| bindings | step-${i} | ❌ failed |`);
    const left = STEPS - MAX_STEP_CHECK_RUNS - rows.length;
    expect(left).toBeGreaterThan(0);
    expect(summary).toMatch(new RegExp(`> ✂️ ${left} steps and \\d+ detail blocks? left out to stay under GitHub's 65,535-byte limit;`));
    // Not "lists every step": the job summary had no room for them all.
    expect(summary).not.toMatch(/lists every/);
    expect(summary).toContain("each step's status and output are in the job log");
    // Nobody is pinged, no raw HTML closes GitHub's markup.
    for (const check of checkRuns()) {
      for (const body of [check.output.summary ?? "", check.output.text ?? "", check.output.title ?? ""]) {
        expect(Buffer.byteLength(body, "utf8")).toBeLessThanOrEqual(65_535);
        expect(withoutCodeBlocks(body)).not.toMatch(/@octocat/);
        expect(withoutCodeBlocks(body)).not.toMatch(/<\/details><\/td>/);
      }
    }
    // 101 check runs of up to 64 KB, every request and response checked against GitHub's
    // description in this process, from 300 steps' 21 MB of text: 2.1 to 2.4 s of CPU, no sleeps
    // (writes are not spaced here), and 20 to 26 s of wall clock at load 9 to 11. It ran out of
    // vitest's 30 s default at load 15 to 27.
  }, 120_000);

  it("says the job summary lists every step only when it has the room to", async () => {
    const runs = manySteps().slice(0, 150);
    await reporter({ checks: "per-event", summaryRoom: async () => 1_000_000 }).finish(outcomeOf(prEvent(), runs));
    const whole = checkRuns()[0]?.output.summary ?? "";
    expect(whole).toContain(`[job summary](${RUN_URL}#summary-1) lists every step and problem.`);

    // Without the room, the note never says so (the re-run updates the same check run).
    await reporter({ checks: "per-event", summaryRoom: async () => 8 * 1024 }).finish(outcomeOf(prEvent(), runs));
    const tight = checkRuns()[0]?.output.summary ?? "";
    expect(tight).toContain("lists the steps that need a look first, as far as its 1 MiB goes, and counts the rest");
    expect(tight).not.toMatch(/lists every/);
  });

  it("keeps every failing step's row in the pull request comment, under 65,536 characters, pinging nobody", async () => {
    const report = await reporter({ checks: "off", comment: "on-pr", summaryRoom: async () => 64 * 1024 }).finish(outcomeOf(prEvent(), manySteps()));
    expect(report.warnings).toEqual([]);
    const [comment] = server.github.comments.list(REPO, 7);
    const body = comment?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    for (let i = STEPS - 40; i < STEPS; i++) expect(body).toContain(`| bindings | step-${i} | ❌ failed |`);
    const rows = body.split("\n").filter((line) => /^\| bindings \| step-\d+ \|/.test(line)).length;
    expect(body).toMatch(new RegExp(`> ${STEPS - rows} steps and \\d+ detail blocks? left out to stay under GitHub's 65,536-character comment limit;`));
    expect(body).not.toMatch(/lists every/);
    expect(withoutCodeBlocks(body)).not.toMatch(/@octocat/);
    // One write for the comment: a lookup, then the create.
    expect(writes()).toBe(1);
  });

  it("gives one step of two events whose ids agree in their first 80 characters a check run each", async () => {
    const event = prEvent();
    const prefix = `upstream:release:octo-org/${"a".repeat(80)}`;
    const child = (tag: string) => {
      const id = `${prefix}@${tag}`;
      const childEvent = { ...event, id, type: "upstream.release.published" };
      return outcomeOf(childEvent, [ended(tag === "v1" ? "completed" : "failed", { id: `run_${tag}`, flowName: "deps", stepName: "bump", eventId: id })]);
    };
    const outcome = outcomeOf(event, [], { children: [child("v1"), child("v2")] });
    const gh = reporter();
    const report = await gh.finish(outcome);
    expect(report.warnings).toEqual([]);
    const names = checkRuns().map((check) => check.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    expect(checkRuns().map((check) => check.conclusion).sort()).toEqual(["failure", "success"]);
  });
});
