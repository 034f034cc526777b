import { describe, expect, it, vi } from "vitest";
import type { FlowAnnotation } from "../../src/contracts.js";
import type { GitHubClient } from "../../src/github/client.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import { ANNOTATION_UPDATES_PER_JOB, MAX_STEP_CHECK_RUNS } from "../../src/report/checks.js";
import { type GitHubApiServer, serverError } from "../support/github-api/index.js";
import { ended, HEAD, outcomeOf, prEvent, REPO, RUN_URL, run, makeReporter, testClient, withoutCodeBlocks, withGitHubServer } from "./github-fixtures.js";

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

function reporter(overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, { comment: "off" }, overrides);
}

function checkRuns() {
  return server.github.checkRuns.list(REPO);
}

describe("check runs per step", () => {
  it("opens a step's check run in progress when it starts and completes it with the result", async () => {
    const gh = reporter();
    const started = run({ processStatus: "running", effectiveStatus: "running", resultStatus: undefined });
    gh.onStepStart?.(started);
    await gh.flush();
    expect(checkRuns()).toMatchObject([
      { name: "flows: bindings/regenerate", status: "in_progress", head_sha: HEAD, details_url: RUN_URL, external_id: started.id },
    ]);

    const done = run({ resultPayload: { status: "changed", message: "Regenerated 3 files" }, resultStatus: "changed", effectiveStatus: "changed" });
    gh.onStepEnd?.(done);
    const report = await gh.finish(outcomeOf(prEvent(), [done]));
    expect(checkRuns()).toHaveLength(1);
    expect(checkRuns()[0]).toMatchObject({
      status: "completed",
      conclusion: "success",
      output: { title: "Regenerated 3 files" },
    });
    expect(checkRuns()[0]?.output.summary).toContain('"message": "Regenerated 3 files"');
    expect(checkRuns()[0]?.output.text).toContain("hello");
    expect(report).toMatchObject({ checkRuns: 1, warnings: [] });
  });

  it("gives two steps whose shown names would be the same a check run each: names cut at 100 characters, or split unclearly by a /", async () => {
    const gh = reporter();
    const long = "x".repeat(100);
    const runs = [
      ended("completed", { id: "run_a", flowName: "f", stepName: `${long}-first` }),
      ended("failed", { id: "run_b", flowName: "f", stepName: `${long}-second` }),
      ended("completed", { id: "run_c", flowName: "a/b", stepName: "c" }),
      ended("failed", { id: "run_d", flowName: "a", stepName: "b/c" }),
      ended("completed", { id: "run_e", flowName: "bindings", stepName: "lint" }),
    ];
    for (const one of runs) gh.onStepEnd?.(one);
    await gh.finish(outcomeOf(prEvent(), runs));
    const names = checkRuns().map((check) => check.name);
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
    expect(checkRuns().map((check) => check.conclusion).sort()).toEqual(["failure", "failure", "success", "success", "success"]);
    // A name shown as it is keeps its plain form.
    expect(names).toContain("flows: bindings/lint");
    expect(names.filter((name) => name.startsWith(`flows: f/${"x".repeat(99)}`))).toHaveLength(2);
  });

  it("gives a step whose name holds half an emoji its check run, shown with U+FFFD, and a re-run updates it", async () => {
    // An HTTP flow backend's JSON can carry "\ud83d" alone; Octokit's encodeURIComponent throws on
    // it when the name is looked up, which read as GitHub being unreachable.
    const half = ended("failed", { id: "run_half", flowName: "deploy \ud83d", stepName: "\udc00notify" });
    const whole = ended("completed", { id: "run_whole", flowName: "bindings", stepName: "lint" });
    const first = reporter();
    const report = await first.finish(outcomeOf(prEvent(), [half, whole]));
    expect(report.warnings).toEqual([]);
    expect(checkRuns()).toHaveLength(2);
    const named = checkRuns().find((check) => check.name.startsWith("flows: deploy"));
    expect(named?.name).toMatch(/^flows: deploy \ufffd\/\ufffdnotify #[0-9a-f]{8}$/);
    expect(named?.conclusion).toBe("failure");

    await reporter().finish(outcomeOf(prEvent(), [ended("completed", { id: "run_half", flowName: half.flowName, stepName: half.stepName }), whole]));
    expect(checkRuns()).toHaveLength(2);
    expect(checkRuns().find((check) => check.id === named?.id)?.conclusion).toBe("success");
  });

  it("maps every result to the check conclusion GitHub shows", async () => {
    const gh = reporter();
    const runs = [
      ended("completed", { stepName: "a" }),
      ended("skipped", { stepName: "b" }),
      ended("needs_intervention", { stepName: "c" }),
      ended("blocked", { stepName: "d" }),
      ended("failed", { stepName: "e" }),
      ended("canceled", { stepName: "f" }),
      ended("failed", { stepName: "g", processStatus: "failed", resultStatus: undefined, timedOut: true, error: "timed out after 5 s" }),
    ];
    await gh.finish(outcomeOf(prEvent(), runs));
    const byName = Object.fromEntries(checkRuns().map((check) => [check.name, check.conclusion]));
    expect(byName).toEqual({
      "flows: bindings/a": "success",
      "flows: bindings/b": "skipped",
      "flows: bindings/c": "action_required",
      "flows: bindings/d": "action_required",
      "flows: bindings/e": "failure",
      "flows: bindings/f": "cancelled",
      "flows: bindings/g": "timed_out",
    });
    const attention = checkRuns().find((check) => check.name === "flows: bindings/c");
    expect(attention?.details_url).toBe(RUN_URL);
    expect(attention?.output.summary).toContain("a person has to act");
  });

  it("updates its own check run when the workflow is re-run on the same commit instead of adding one", async () => {
    const first = reporter();
    const failing = ended("failed");
    first.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    first.onStepEnd?.(failing);
    await first.finish(outcomeOf(prEvent(), [failing]));
    const [created] = checkRuns();
    expect(created?.conclusion).toBe("failure");

    const synchronize = prEvent(7, HEAD, "pull_request.synchronize");
    const second = reporter({ event: synchronize });
    const passing = ended("completed", {
      eventId: synchronize.id,
      attempts: [...failing.attempts, { id: "a2", number: 2, status: "completed" }],
    });
    second.onStepStart?.(run({ eventId: synchronize.id, processStatus: "running", effectiveStatus: "running" }));
    await second.flush();
    second.onStepEnd?.(passing);
    await second.finish(outcomeOf(synchronize, [passing]));

    expect(checkRuns()).toHaveLength(1);
    expect(checkRuns()[0]).toMatchObject({ id: created?.id, status: "completed", conclusion: "success" });
    expect(server.requestsFor("checks/create")).toHaveLength(1);
  });

  it("does not take over a same-named check run that another app created", async () => {
    await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    // The same workflow, now with a token of another GitHub App: the existing run is not its own.
    await reporter({ botLogin: "release-app[bot]" }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(server.requestsFor("checks/create")).toHaveLength(2);
    expect(checkRuns().map((check) => check.conclusion)).toEqual(["failure", "success"]);
  });

  // A flow backend's run id comes from outside and may be of any length.
  it("keeps the Running output under 65,535 bytes whatever the run's id, and the finished one too", async () => {
    const id = `run_${"é".repeat(70_000)}`;
    const gh = reporter();
    gh.onStepStart?.(run({ id, processStatus: "running", effectiveStatus: "running", resultStatus: undefined }));
    await gh.flush();
    const done = ended("completed", { id });
    gh.onStepEnd?.(done);
    await gh.finish(outcomeOf(prEvent(), [done]));
    const outputs = [...server.requestsFor("checks/create"), ...server.requestsFor("checks/update")].map(
      (request) => (request.body as { output?: { title?: string; summary?: string } }).output,
    );
    expect(outputs.map((output) => output?.title)).toEqual(["Running", expect.any(String)]);
    for (const output of outputs) expect(Buffer.byteLength(output?.summary ?? "", "utf8")).toBeLessThanOrEqual(65_535);
    expect(outputs[0]?.summary).toContain(`Attempt 1 of run \`run_${"é".repeat(196)}\` (69,804 more characters) started.`);
    expect(outputs[1]?.summary).toContain("(69,804 more characters)");
  });

  it("sends 120 annotations in 3 requests of at most 50", async () => {
    const annotations: FlowAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: `src/file-${i}.ts`,
      line: i + 1,
      level: "warning",
      message: `problem ${i}`,
    }));
    const gh = reporter();
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    const done = ended("failed", { resultPayload: { status: "failed", message: "120 problems", annotations } });
    gh.onStepEnd?.(done);
    await gh.finish(outcomeOf(prEvent(), [done]));

    const updates = server.requestsFor("checks/update");
    const sizes = updates.map((request) => ((request.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
    expect(sizes).toEqual([50, 50, 20]);
    const id = Number(checkRuns()[0]?.id);
    expect(server.github.checkRuns.annotations(id).map((a) => a.start_line)).toEqual(annotations.map((a) => a.line));
    expect(checkRuns()[0]).toMatchObject({ conclusion: "failure" });
  });

  it("says which annotations were not attached when a later batch is refused, not that the check run was not written", async () => {
    const annotations: FlowAnnotation[] = Array.from({ length: 120 }, (_, i) => ({ path: `src/f-${i}.ts`, line: i + 1, message: `problem ${i}` }));
    const gh = reporter();
    const update = server.github.handlers()["checks/update"];
    let updates = 0;
    server.handle("checks/update", async (request) =>
      ++updates === 2 ? { status: 422, body: { message: "Validation Failed", status: "422" } } : (update as NonNullable<typeof update>)(request),
    );
    const done = ended("failed", { resultPayload: { status: "failed", message: "120 problems", annotations } });
    const report = await gh.finish(outcomeOf(prEvent(), [done]));
    expect(checkRuns()[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(report.checkRuns).toBe(1);
    expect(report.warnings).toEqual([
      'Part of the report was not written: GitHub answered 422 "Validation Failed" to attach annotations 101–120 of 120 to check run "flows: bindings/regenerate", which was completed without them. The results are in the job summary.',
    ]);
  });

  it("keeps only annotations that point inside the repository and says how many it left out", async () => {
    const annotations = [
      { path: "src/ok.ts", line: 3, column: 2, message: "fine" },
      { path: "../etc/passwd", line: 1, message: "escapes" },
      { path: "/abs/file.ts", message: "absolute" },
      { line: 4, message: "no path" },
      { path: "src/multi.ts", line: 5, endLine: 9, column: 3, message: "spans lines" },
    ];
    const gh = reporter();
    await gh.finish(outcomeOf(prEvent(), [ended("failed", { resultPayload: { status: "failed", annotations } as never })]));
    const [check] = checkRuns();
    const stored = server.github.checkRuns.annotations(Number(check?.id));
    expect(stored.map((a) => [a.path, a.start_line, a.end_line, a.start_column])).toEqual([
      ["src/ok.ts", 3, 3, 2],
      ["src/multi.ts", 5, 9, null],
    ]);
    expect(check?.output.summary).toContain("3 annotations were left out");
  });

  it("cuts a 200 KB message cleanly under 65,535 bytes with a note and the job summary link", async () => {
    const message = `${"ü".repeat(100_000)}\`\`\` end`;
    const output = `${"log line\n".repeat(30_000)}last line`;
    const gh = reporter({ summaryUrl: `${RUN_URL}#summary-1` });
    await gh.finish(outcomeOf(prEvent(), [ended("failed", { resultPayload: { status: "failed", message }, output })]));
    const [check] = checkRuns();
    const summary = check?.output.summary ?? "";
    const text = check?.output.text ?? "";
    expect(Buffer.byteLength(summary, "utf8")).toBeLessThanOrEqual(65_535);
    expect(Buffer.byteLength(text, "utf8")).toBeLessThanOrEqual(65_535);
    expect(summary).toContain("bytes were cut to stay under GitHub's 65,535-byte limit");
    // The job summary keeps less of a step than its check run: the note points to the job log.
    expect(summary).toContain("the step's output, its FLOW_RESULT line with it, is in the job log");
    expect(summary).toContain(`[Job summary](${RUN_URL}#summary-1)`);
    expect(text).toContain("last line");
    expect(text).toContain("bytes were cut");
    // Every fence the cut left is closed again.
    for (const body of [summary, text]) expect(() => withoutCodeBlocks(body)).not.toThrow();
    expect((check?.output.title ?? "").length).toBeLessThanOrEqual(200);
  });

  it("leaves retries to the client's retry plugin: a 5xx on a check write is sent retries + 1 times, not 12", async () => {
    const retrying = await testClient(server, { retries: 3 });
    const gh = makeReporter(retrying, { comment: "off" });
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    server.failNext({ operationId: "checks/update", ...serverError(), times: 20 });
    const report = await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(server.requestsFor("checks/update").map((request) => request.status)).toEqual([500, 500, 500, 500]);
    expect(report.warnings).toHaveLength(1);
  });

  it("stops writing check runs after 3 in a row failed for good on 5xx, and names the ones it did not try", async () => {
    const retrying = await testClient(server, { retries: 3 });
    const gh = makeReporter(retrying, { comment: "off" });
    server.failNext({ operationId: "checks/create", status: 502, body: { message: "Bad Gateway" }, times: 1000 });
    const steps = Array.from({ length: 10 }, (_, i) => ended("failed", { id: `run_${i}`, stepName: `s${i}` }));
    const report = await gh.finish(outcomeOf(prEvent(), steps));
    // Each failed call costs 1 + 4 + 9 s of back-off in production: 10 steps would be minutes.
    expect(server.requestsFor("checks/create")).toHaveLength(12);
    expect(report.warnings.slice(0, 3)).toEqual(
      [0, 1, 2].map((i) => `Check runs were not written: GitHub answered 502 "Bad Gateway" to complete check run "flows: bindings/s${i}". The results are in the job summary.`),
    );
    const skipped = [3, 4, 5, 6, 7, 8, 9].map((i) => `"flows: bindings/s${i}"`).join(", ");
    expect(report.warnings.slice(3)).toEqual([
      `Check runs were not written: GitHub answered 502 "Bad Gateway" to 3 check run calls in a row, so these 7 were not tried: ${skipped}. The results are in the job summary.`,
    ]);
  });

  it("a live start that failed on 5xx is no warning once the completion creates the check run", async () => {
    const retrying = await testClient(server, { retries: 1 });
    const gh = makeReporter(retrying, { comment: "off" });
    server.failNext({ operationId: "checks/create", ...serverError(), times: 2 });
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    const report = await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(server.requestsFor("checks/create").map((request) => request.status)).toEqual([500, 500, 201]);
    expect(checkRuns()).toMatchObject([{ status: "completed", conclusion: "success" }]);
    expect(report).toMatchObject({ checkRuns: 1, warnings: [] });
  });

  it("a live start that failed is still reported when the step's check run was never written", async () => {
    const retrying = await testClient(server, { retries: 0 });
    const gh = makeReporter(retrying, { comment: "off" });
    server.failNext({ operationId: "checks/create", ...serverError(), times: 1 });
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    const report = await gh.finish(undefined);
    expect(checkRuns()).toEqual([]);
    expect(report.warnings).toEqual([
      'Check runs were not written: GitHub answered 500 "Server Error" to create check run "flows: bindings/regenerate". The results are in the job summary.',
    ]);
  });

  it("completes a check run whose write failed once, with the full output, through the retry plugin", async () => {
    const gh = makeReporter(await testClient(server, { retries: 1 }), { comment: "off" });
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    server.failNext({ operationId: "checks/update", ...serverError() });
    const report = await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(server.requestsFor("checks/update").map((request) => request.status)).toEqual([500, 200]);
    expect(checkRuns()[0]).toMatchObject({ status: "completed", conclusion: "success", output: { title: "step completed" } });
    expect(checkRuns()[0]?.output.summary).toContain('"message": "step completed"');
    expect(report.warnings).toEqual([]);
  });

  it("completes with a bare output when GitHub refuses the full output", async () => {
    const gh = reporter();
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    server.failNext({ operationId: "checks/update", status: 422, body: { message: "Validation Failed", status: "422" }, times: 1 });
    await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(checkRuns()[0]).toMatchObject({ status: "completed", conclusion: "success" });
    expect(checkRuns()[0]?.output.summary).toContain("The full output could not be attached");
  });

  it("creates a quick step's check run with a bare output when GitHub refuses the full one", async () => {
    const gh = reporter();
    server.failNext({ operationId: "checks/create", status: 422, body: { message: "Validation Failed", status: "422" }, times: 1 });
    const report = await gh.finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(server.requestsFor("checks/create").map((request) => request.status)).toEqual([422, 201]);
    expect(checkRuns()).toHaveLength(1);
    expect(checkRuns()[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(checkRuns()[0]?.output.summary).toContain("The full output could not be attached");
    expect(report.checkRuns).toBe(1);
    expect(report.warnings).toEqual([]);
  });

  it("gives one annotation for twelve check runs GitHub failed, each in the log and listed in the summary note", async () => {
    // GitHub shows 10 warning annotations per step: these must leave room for the flow packages' problems.
    const gh = reporter();
    server.failNext({ operationId: "checks/create", status: 422, body: { message: "Validation Failed", status: "422" }, times: 24 });
    const runs = Array.from({ length: 12 }, (_, i) => ended("failed", { id: `run_${i}`, stepName: `step-${i}` }));
    const report = await gh.finish(outcomeOf(prEvent(), runs));
    expect(report.warnings).toHaveLength(12);
    expect(report.failedWrites).toHaveLength(12);
    expect(gh.io.warnings).toEqual([
      'flows-action could not write check runs to GitHub (GitHub answered 422 "Validation Failed", and 11 more). The results are in the job summary, which lists the first 10 writes; the job log has each of them, on lines starting "flows-action warning:"; re-run the job to try them again.',
    ]);
    const logged = gh.io.infos.filter((line) => line.startsWith("flows-action warning: "));
    expect(logged).toHaveLength(12);
    expect(logged.at(-1)).toContain('to complete check run "flows: bindings/step-11"');
    expect(report.summaryNote).toContain('> - complete check run "flows: bindings/step-0": GitHub answered 422 "Validation Failed"');
    expect(report.summaryNote).toContain('> - and 2 more, each on a line of the job log starting "flows-action warning:"');
  });

  it("closes a check run whose step never ended when the job finishes early", async () => {
    const gh = reporter();
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    gh.onStepStart?.(run({ id: "run_other", stepName: "second", processStatus: "running", effectiveStatus: "running" }));
    const report = await gh.finish(undefined);
    expect(checkRuns().map((check) => [check.name, check.status, check.conclusion, check.output.title])).toEqual([
      ["flows: bindings/regenerate", "completed", "cancelled", "The job ended before this step finished"],
      ["flows: bindings/second", "completed", "cancelled", "The job ended before this step finished"],
    ]);
    expect(report.checkRuns).toBe(2);
  });

  it("writes no check runs for a dry run", async () => {
    const gh = reporter();
    await gh.finish(outcomeOf(prEvent(), [run({ processStatus: "queued", effectiveStatus: "queued" })], { dryRun: true }));
    expect(server.requestsFor("checks/create")).toEqual([]);
  });

  it("reports manifest problems on a flow packages check run with annotations", async () => {
    const gh = reporter({
      repoRoot: "/work/repo",
      problems: [
        { severity: "error", file: "/work/repo/flows/a/flow.toml", line: 4, column: 1, message: "steps[0].runner must be bun or code-mode" },
        { severity: "warning", file: "FlowResult.next of a/b", message: "not dispatched" },
      ],
    });
    await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    const problems = checkRuns().find((check) => check.name === "flows: flow packages");
    expect(problems).toMatchObject({ conclusion: "failure", output: { title: "Flow packages: 1 error, 1 warning" } });
    expect(server.github.checkRuns.annotations(Number(problems?.id))).toMatchObject([
      { path: "flows/a/flow.toml", start_line: 4, annotation_level: "failure" },
    ]);
  });

  it("annotates a problem in a file whose path has a space, and none of the problems that are about no file", async () => {
    const gh = reporter({
      repoRoot: "/work/repo",
      problems: [
        { severity: "warning", file: "/work/repo/flows/my flow/flow.toml", line: 9, column: 1, message: "steps[0].trigger.type has spaces around it" },
        // What the engine names by a place that is no file: never an absolute path.
        { severity: "warning", file: 'input "flows-path"', message: '"flow" is not a folder in the workspace' },
        { severity: "warning", file: "FlowResult.next", message: "this delivery reached its budget" },
        { severity: "warning", file: "FlowResult.next of a/b", message: "not dispatched" },
        { severity: "warning", file: "flows/a/flow.toml", message: "a relative path is no file the engine names" },
      ],
    });
    await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    const problems = checkRuns().find((check) => check.name === "flows: flow packages");
    expect(problems).toMatchObject({ conclusion: "neutral", output: { title: "Flow packages: 5 warnings" } });
    expect(server.github.checkRuns.annotations(Number(problems?.id))).toMatchObject([
      { path: "flows/my flow/flow.toml", start_line: 9, start_column: 1, annotation_level: "warning", message: "steps[0].trigger.type has spaces around it" },
    ]);
    expect(server.github.checkRuns.annotations(Number(problems?.id))).toHaveLength(1);
  });

  it("leaves a warning about another action input (runs-dir) out of the flow packages check run", async () => {
    const runsDir = { severity: "warning" as const, file: 'input "runs-dir"', message: "/tmp/runs does not exist: no run-step job handed over its runs" };
    const manifest = { severity: "warning" as const, file: "/work/repo/flows/a/flow.toml", line: 2, message: "unknown key" };
    await reporter({ repoRoot: "/work/repo", problems: [runsDir] }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(checkRuns().map((check) => check.name)).toEqual(["flows: bindings/regenerate"]);

    await reporter({ repoRoot: "/work/repo", problems: [runsDir, manifest] }).finish(outcomeOf(prEvent(), [ended("completed")]));
    const problems = checkRuns().find((check) => check.name === "flows: flow packages");
    expect(problems).toMatchObject({ conclusion: "neutral", output: { title: "Flow packages: 1 warning" } });
    expect(server.github.checkRuns.annotations(Number(problems?.id))).toMatchObject([{ path: "flows/a/flow.toml", start_line: 2, message: "unknown key" }]);
  });

  it("leaves a state record set aside out of the flow packages check run: the summary and the log list it", async () => {
    // The file store's default folder is inside the workspace, so its path looks like a repository file.
    const setAside = {
      severity: "warning" as const,
      file: "/work/repo/.codex/flow-client/events/ab/torn.json",
      message: "state record: /work/repo/.codex/flow-client/events/ab/torn.json is not valid JSON; moved aside",
    };
    const manifest = { severity: "warning" as const, file: "/work/repo/flows/a/flow.toml", line: 2, message: "unknown key" };
    await reporter({ repoRoot: "/work/repo", problems: [setAside] }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(checkRuns().map((check) => check.name)).toEqual(["flows: bindings/regenerate"]);

    await reporter({ repoRoot: "/work/repo", problems: [setAside, manifest] }).finish(outcomeOf(prEvent(), [ended("completed")]));
    const problems = checkRuns().find((check) => check.name === "flows: flow packages");
    expect(problems).toMatchObject({ conclusion: "neutral", output: { title: "Flow packages: 1 warning" } });
    expect(server.github.checkRuns.annotations(Number(problems?.id))).toMatchObject([{ path: "flows/a/flow.toml", start_line: 2 }]);
  });
});

describe("one check run per event", () => {
  it("lists every step in one check run with the most severe conclusion", async () => {
    const gh = reporter({ checks: "per-event" });
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    expect(checkRuns()).toMatchObject([{ name: "flows: pull_request.opened", status: "in_progress" }]);
    const runs = [ended("completed", { stepName: "one" }), ended("needs_intervention", { stepName: "two" }), ended("failed", { stepName: "three" })];
    await gh.finish(outcomeOf(prEvent(), runs));
    expect(checkRuns()).toHaveLength(1);
    const [check] = checkRuns();
    expect(check).toMatchObject({ conclusion: "failure", output: { title: "❌ 1 failed · ✋ 1 needs attention · ✅ 1 passed" } });
    for (const step of ["one", "two", "three"]) expect(check?.output.summary).toContain(`| bindings | ${step} |`);
  });

  it("says how many steps and how many detail blocks it left out of the event's check run, under 65,535 bytes", async () => {
    const runs = Array.from({ length: 1_000 }, (_, i) =>
      ended(i % 2 ? "completed" : "failed", { id: `run_${i}`, stepName: `step-${i}`, resultPayload: { status: i % 2 ? "completed" : "failed", message: "ü".repeat(200) } }),
    );
    await reporter({ checks: "per-event" }).finish(outcomeOf(prEvent(), runs));
    const summary = checkRuns()[0]?.output.summary ?? "";
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65_535);
    const shown = summary.split("\n").filter((line) => line.startsWith("| bindings | step-")).length;
    const details = summary.split("<details>").length - 1;
    // The failures' rows are chosen first, and those left out of them counted.
    expect(summary.split("\n").filter((line) => line.startsWith("| bindings | step-") && !line.includes("failed"))).toEqual([]);
    expect(summary).toContain(
      `> ✂️ ${1_000 - shown} steps and ${500 - details} detail blocks left out to stay under GitHub's 65,535-byte limit (${500 - shown} of those steps need a look);`,
    );
  });

  it("counts a state record set aside in the event's check run, but annotates only a flow package's problem", async () => {
    const setAside = { severity: "warning" as const, file: "/work/repo/.codex/flow-client/events/ab/torn.json", message: "state record: not valid JSON; moved aside" };
    const manifest = { severity: "warning" as const, file: "/work/repo/flows/a/flow.toml", line: 2, message: "unknown key" };
    await reporter({ checks: "per-event", repoRoot: "/work/repo", problems: [setAside, manifest] }).finish(outcomeOf(prEvent(), [ended("completed")]));
    const [check] = checkRuns();
    expect(check).toMatchObject({ name: "flows: pull_request.opened", conclusion: "success" });
    expect(check?.output.summary).toContain("2 problems in flow packages and the state store; see the annotations");
    expect(server.github.checkRuns.annotations(Number(check?.id)).map((annotation) => annotation.path)).toEqual(["flows/a/flow.toml"]);
  });
  it("fails the event's check run for a flow package that could not be loaded, even when no step ran", async () => {
    const broken = { severity: "error" as const, file: "/work/repo/flows/a/flow.toml", line: 3, message: "steps[0].runner must be one of bun, codex" };
    await reporter({ checks: "per-event", repoRoot: "/work/repo", problems: [broken] }).finish(outcomeOf(prEvent(), []));
    const [check] = checkRuns();
    expect(check).toMatchObject({ name: "flows: pull_request.opened", conclusion: "failure" });
    expect(server.github.checkRuns.annotations(Number(check?.id))).toMatchObject([{ path: "flows/a/flow.toml", start_line: 3 }]);
  });
});

describe("writes where people wait", () => {
  const writes = () => server.requests.filter((request) => request.method !== "GET").length;

  it("gives each of 10 quick steps one write: its check run is created already completed", async () => {
    const gh = makeReporter(client, { comment: "off" }, { liveAfterMs: 60_000 });
    const steps = Array.from({ length: 10 }, (_, i) => ended("completed", { id: `run_quick_${i}`, stepName: `quick-${i}` }));
    for (const step of steps) {
      gh.onStepStart?.({ ...step, processStatus: "running", effectiveStatus: "running" });
      gh.onStepEnd?.(step);
    }
    await gh.finish(outcomeOf(prEvent(), steps));
    expect(checkRuns()).toHaveLength(10);
    expect(checkRuns().every((check) => check.status === "completed" && check.conclusion === "success")).toBe(true);
    expect(server.requestsFor("checks/update")).toEqual([]);
    expect(writes() / steps.length).toBeLessThanOrEqual(1.2);
    expect(writes()).toBe(10);
  });

  it("gives the first 100 steps of a job a check run each and the 150 past them one they share: 101 writes, and a re-run updates them", async () => {
    // An HTTP flow backend may answer 1,000 runs for one event: one check run each was 1,000
    // writes spaced a second apart, past GitHub's 500 an hour.
    const many = (failing: number) =>
      Array.from({ length: 250 }, (_, i) =>
        i === failing
          ? ended("failed", { id: `run_${i}`, stepName: `step-${i}`, resultPayload: { status: "failed", message: "broke", annotations: [{ path: "src/a.ts", line: 3, message: "here" }] } })
          : ended("completed", { id: `run_${i}`, stepName: `step-${i}` }),
      );
    const first = await reporter({ liveAfterMs: 3_000 }).finish(outcomeOf(prEvent(), many(200)));
    expect(first.warnings).toEqual([]);
    expect(checkRuns()).toHaveLength(MAX_STEP_CHECK_RUNS + 1);
    expect(writes()).toBe(MAX_STEP_CHECK_RUNS + 1);
    expect(checkRuns().filter((check) => /^flows: bindings\/step-\d+$/.test(check.name))).toHaveLength(100);
    const grouped = checkRuns().find((check) => check.name === "flows: pull_request.opened (more steps)");
    expect(grouped).toMatchObject({ conclusion: "failure", output: { title: "❌ 1 failed · ✅ 149 passed" } });
    expect(grouped?.output.summary).toContain("150 steps past the first 100 of this job share this check run instead of having one each");
    expect(grouped?.output.summary).toContain("| bindings | step-249 |");
    expect(grouped?.output.summary).not.toContain("| bindings | step-99 |");
    expect(server.github.checkRuns.annotations(Number(grouped?.id))).toHaveLength(1);

    // The re-run: the failing step passes now, on the same check runs.
    await reporter({ liveAfterMs: 3_000 }).finish(outcomeOf(prEvent(), many(-1)));
    expect(checkRuns()).toHaveLength(MAX_STEP_CHECK_RUNS + 1);
    expect(checkRuns().find((check) => check.id === grouped?.id)?.conclusion).toBe("success");
  });

  it("shows a step that outlasts the grace period in progress, then completes it", async () => {
    const gh = makeReporter(client, { comment: "off" }, { liveAfterMs: 5 });
    const slow = run({ processStatus: "running", effectiveStatus: "running", resultStatus: undefined });
    gh.onStepStart?.(slow);
    await vi.waitFor(() => expect(server.requestsFor("checks/create")).toHaveLength(1), { timeout: 5_000, interval: 10 });
    await gh.flush();
    expect(checkRuns()).toMatchObject([{ status: "in_progress" }]);
    gh.onStepEnd?.(ended("completed"));
    await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(checkRuns()).toMatchObject([{ status: "completed", conclusion: "success" }]);
    expect(writes()).toBe(2);
  });
});

describe("annotations across the job's check runs", () => {
  it("attaches at most ANNOTATION_UPDATES_PER_JOB batches past the first 50 in all, and each check run says how many it did not attach", async () => {
    const annotations: FlowAnnotation[] = Array.from({ length: 1_000 }, (_, i) => ({ path: `src/f-${i}.ts`, line: 1, message: `problem ${i}` }));
    const gh = reporter();
    // Five steps of 1,000 annotations each: 19 updates per check run, 95 in all before the budget.
    const runs = Array.from({ length: 5 }, (_, i) =>
      ended("failed", { id: `run_${i}`, stepName: `step-${i}`, resultPayload: { status: "failed", message: "many problems", annotations } }),
    );
    for (const each of runs) gh.onStepEnd?.(each);
    await gh.finish(outcomeOf(prEvent(), runs));

    const updates = server.requestsFor("checks/update");
    expect(updates).toHaveLength(ANNOTATION_UPDATES_PER_JOB);
    const attached = checkRuns().map((check) => server.github.checkRuns.annotations(Number(check.id)).length);
    expect(attached.reduce((sum, count) => sum + count, 0)).toBe(5 * 50 + ANNOTATION_UPDATES_PER_JOB * 50);
    for (const [i, check] of checkRuns().entries()) {
      const left = 1_000 - (attached[i] ?? 0);
      if (left > 0) expect(check.output.summary).toContain(`${left} more annotations were not attached.`);
    }
  });
});

describe("a commit GitHub does not have", () => {
  let server: GitHubApiServer;
  let client: GitHubClient;
  withGitHubServer((started) => ({ server, client } = started));

  it("sends one create for it, says why in one warning and names the check runs not tried, instead of two creates and a warning per step", async () => {
    const unknown = { status: 422, body: { message: `No commit found for SHA: ${HEAD}`, documentation_url: "https://docs.github.com/rest/checks/runs#create-a-check-run", status: "422" } };
    server.failNext({ operationId: "checks/create", ...unknown, times: 100 });
    const steps = ["a", "b", "c", "d"].map((stepName) => ended("failed", { id: `run_${stepName}`, stepName }));
    const report = await makeReporter(client, { comment: "off" }).finish(outcomeOf(prEvent(), steps));
    expect(server.requestsFor("checks/create")).toHaveLength(1);
    expect(report.checkRuns).toBe(0);
    expect(report.warnings).toHaveLength(2);
    expect(report.warnings[0]).toBe(
      `Check runs were not written: GitHub answered 422 "No commit found for SHA: ${HEAD}" to complete check run "flows: bindings/a". The repository does not have that commit (yet, or any more: a force-push may have replaced it, or it is another repository's); check runs go only on its own commits, and the event named this one. The results are in the job summary.`,
    );
    expect(report.warnings[1]).toContain('to a check run on that commit, so these 3 were not tried: "flows: bindings/b", "flows: bindings/c", "flows: bindings/d".');
  });
});
