import { rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { type GitHubApiServer, notFoundFault, startGitHubApiServer } from "../support/github-api/index.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// The headline use through the action's code path (in process): a scheduled run polls openai/codex (on a local
// GitHub that checks every request against GitHub's OpenAPI description) and runs the
// upstream.release flow once per new release.

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;

/** A repository with the codex-bindings flow: its step says which release it made bindings for. */
async function flowRepo(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const made = await tempRepo(prefix);
  await writeFlow(made.dir, {
    name: "codex-bindings",
    steps: [
      {
        name: "regenerate",
        trigger: "upstream.release",
        schema: { type: "object", required: ["repo", "tag"], properties: { repo: { type: "string", enum: ["openai/codex"] } } },
        source:
          'const ctx = JSON.parse(await Bun.stdin.text());\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "bindings for " + ctx.flow.event.payload.tag }));',
      },
    ],
  });
  return made;
}

const schedule = { schedule: "17 * * * *", repository: { full_name: "octo-org/octo-repo" } };
const poll = (runId: string) =>
  runInProcess({
    workspace: repo.dir,
    eventName: "schedule",
    payload: schedule,
    inputs: { watch: "openai/codex tags=rust-v*", "github-token": "ghs_actiontoken", state: "file" },
    env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: runId },
  });

// The two describes run side by side (both concurrent at the file's level): the
// unreachable GitHub's test waits ~14 s on Octokit's back-off (1, 4 and 9 s: a refused connection
// is retried, as it should be), while the others run one after another, sharing beforeEach's
// repository and fake GitHub.
describe.concurrent("watching upstream releases from the action", () => {
  beforeEach(async () => {
    repo = await flowRepo("flows-watch-action-");
    server = await startGitHubApiServer();
  });
  afterEach(async () => {
    await server.close();
    await repo.cleanup();
  });

  it.sequential("runs the flow for the latest release first, then only for releases published since", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", publishedAt: "2026-11-01T00:00:00Z" });
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", publishedAt: "2026-11-02T00:00:00Z" });

    const first = await poll("100");
    expect(first.code, first.stdout).toBe(0);
    expect(first.summary).toContain("### Upstream releases");
    expect(first.summary).toContain("| `openai/codex` | ok | 1 |");
    expect(first.summary).toContain("bindings for rust-v1.1.0");
    expect(first.summary).not.toContain("bindings for rust-v1.0.0");
    // The outputs count the steps the poll ran, so `if: steps.flows.outputs.matched != '0'` works.
    expect(first.outputs).toMatchObject({ "event-type": "schedule", matched: "1", "already-handled": "0" });

    const quiet = await poll("101");
    expect(quiet.summary).toContain("| `openai/codex` | not-modified | 0 |");
    expect(quiet.outputs).toMatchObject({ matched: "0", results: "[]" });
    const conditional = server.requestsFor("repos/list-releases").at(-1);
    expect(conditional?.status).toBe(304);

    server.github.releases.add("openai/codex", { tagName: "rust-v1.2.0", publishedAt: "2026-11-03T00:00:00Z" });
    server.github.releases.add("openai/codex", { tagName: "cli-v9.0.0", publishedAt: "2026-11-03T01:00:00Z" });
    server.github.releases.add("openai/codex", { tagName: "rust-v1.3.0", publishedAt: "2026-11-04T00:00:00Z" });
    const third = await poll("102");
    expect(third.code).toBe(0);
    const order = ["rust-v1.2.0", "rust-v1.3.0"].map((tag) => third.summary.indexOf(`bindings for ${tag}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1] as number);
    expect(third.summary).not.toContain("cli-v9.0.0 |");
    expect(third.outputs.matched).toBe("2");
    server.assertNoViolations();
  }, 60_000);

  it.sequential("reports a watched repository that does not exist as a warning and still handles the others", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v2.0.0", publishedAt: "2026-11-05T00:00:00Z" });
    server.failNext({ operationId: "repos/list-releases", path: /nobody\/nothing/, ...notFoundFault() });
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "schedule",
      payload: schedule,
      inputs: { watch: "nobody/nothing\nopenai/codex", "github-token": "ghs_actiontoken", state: "file" },
      env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: "7" },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::Watching nobody\/nothing failed: /);
    expect(run.summary).toContain("bindings for rust-v2.0.0");
    server.assertNoViolations();
  });
  it.sequential("names at most 3 failed repositories in warnings and counts the rest, so the 10 GitHub shows per step leave room for the results' problems", async () => {
    const repos = Array.from({ length: 12 }, (_, i) => `nobody/gone-${i}`);
    server.failNext({ operationId: "repos/list-releases", path: /nobody\/gone-/, ...notFoundFault(), times: repos.length });
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "schedule",
      payload: schedule,
      inputs: { watch: repos.join("\n"), "github-token": "ghs_actiontoken", state: "file" },
      env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: "8" },
    });
    expect(run.code, run.stdout).toBe(0);
    const warnings = run.stdout.split("\n").filter((line) => line.startsWith("::warning"));
    expect(warnings.filter((line) => /Watching nobody\/gone-\d+ failed/.test(line))).toHaveLength(3);
    expect(warnings).toContain("::warning::Watching 9 more repositories failed (12 in all); the job summary's Upstream releases table says why for each.");
    for (const name of repos) expect(run.summary).toContain(name);
  });

  it.sequential("keeps a tag that holds a line break and a workflow command on one log line (and refuses its release)", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v1\n::error::pwned", publishedAt: "2026-11-05T00:00:00Z" });
    const run = await poll("9");
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::error::"))).toEqual([]);
    expect(run.stdout).toContain('openai/codex: 0 new release(s) — first poll (since latest); refused: "rust-v1\\n::error::pwned" (not a tag git can hold: a control character).');
  });

  it.sequential("says why nothing is polled when watch is set on an event that does not poll", async () => {
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "octo-org/octo-repo" } },
      inputs: { watch: "openai/codex", "github-token": "ghs_actiontoken", state: "file", checks: "off", comment: "off" },
      env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: "12" },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.io.log.filter((line) => line.startsWith("::warning"))).toEqual([
      expect.stringMatching(/watch is set, but this run's event is push: upstream releases are polled only on schedule and workflow_dispatch runs/),
    ]);
    expect(server.requestsFor("repos/list-releases")).toEqual([]);
  });

  it.sequential("says a mistake in the watch input once, as the job's failure", async () => {
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "schedule",
      payload: schedule,
      inputs: { watch: "openai/codex frobnicate=1", "github-token": "ghs_actiontoken", state: "file" },
      env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: "8" },
    });
    expect(run.code).toBe(1);
    const errors = run.io.log.filter((line) => line.startsWith("::error"));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/input "watch":1: unknown option/);
  });

  it.sequential("keeps a poll within watch-max-requests and says which repository the next run starts with", async () => {
    server.github.releases.add("openai/codex", { tagName: "rust-v2.0.0", publishedAt: "2026-11-05T00:00:00Z" });
    server.github.releases.add("octo-org/other", { tagName: "v1.0.0", publishedAt: "2026-11-05T00:00:00Z" });
    const watchWithin = (runId: string, max: string) =>
      runInProcess({
        workspace: repo.dir,
        eventName: "schedule",
        payload: schedule,
        inputs: { watch: "openai/codex\nocto-org/other", "watch-max-requests": max, "github-token": "ghs_actiontoken", state: "file" },
        env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: runId },
      });
    const run = await watchWithin("8", "1");
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::Watching stopped early: .*\. 1 repository was not polled\. The next run starts with octo-org\/other\./);
    expect(run.summary).toContain("bindings for rust-v2.0.0");
    expect(run.summary).toMatch(/Stopped early: .*The next run starts with `octo-org\/other`/);
    expect(server.requestsFor("repos/list-releases").some((request) => request.path.includes("octo-org/other"))).toBe(false);

    const wrong = await watchWithin("9", "0");
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('Input "watch-max-requests" is "0"; expected a whole number of at least 1');
    server.assertNoViolations();
  });

  // A github-token from a secret that is not set is empty: Octokit refused it with a stack trace,
  // reported as a bug in flows-action.
  it.sequential("says an empty github-token is why nothing could be polled, without a stack trace", async () => {
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "schedule",
      payload: schedule,
      inputs: { watch: "openai/codex", "github-token": "", state: "file" },
      env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: "300" },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "github-token" is empty, so no watched repository can be polled for releases');
    expect(run.stdout).not.toContain("    at ");
    expect(run.stdout).not.toContain("This is a bug");
    expect(server.requests).toHaveLength(0);
  });

  it.sequential("runs a release's failed step again when the failed job is re-run, and not after three attempts", async () => {
    // The step fails while the upstream tarball "is not ready" (a file the test removes).
    const notReady = `${repo.dir}/not-ready`;
    await writeFile(notReady, "");
    await writeFlow(repo.dir, {
      name: "codex-bindings",
      steps: [
        {
          name: "regenerate",
          trigger: "upstream.release",
          source: [
            'import { existsSync } from "node:fs";',
            "const ctx = JSON.parse(await Bun.stdin.text());",
            `if (existsSync(${JSON.stringify(notReady)})) { console.error("the release tarball is not there yet"); process.exit(1); }`,
            'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "bindings for " + ctx.flow.event.payload.tag }));',
          ].join("\n"),
        },
      ],
    });
    server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", publishedAt: "2026-11-01T00:00:00Z" });
    const attempt = (runId: string, runAttempt: string) =>
      runInProcess({
        workspace: repo.dir,
        eventName: "schedule",
        payload: schedule,
        inputs: { watch: "openai/codex tags=rust-v*", "github-token": "ghs_actiontoken", state: "file" },
        env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt },
      });

    const failed = await attempt("200", "1");
    expect(failed.code).toBe(1);
    expect(failed.summary).toMatch(/rust-v1\.0\.0: codex-bindings\/regenerate failed; the next poll runs it again \(attempt 2 of 3\)/);

    // "Re-run failed jobs": the same run, attempt 2. The listing has not changed.
    await rm(notReady);
    const rerun = await attempt("200", "2");
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.summary).toContain("bindings for rust-v1.0.0");
    // Delivered again, not new: upstream published nothing since.
    expect(rerun.summary).toMatch(/\| `openai\/codex` \| ok \| 0 \| again: rust-v1\.0\.0 \|/);
    expect(rerun.outputs.matched).toBe("1");
    // Settled now: the next poll runs nothing.
    const quiet = await attempt("201", "1");
    expect(quiet.outputs).toMatchObject({ matched: "0", results: "[]" });

    // A step that keeps failing is tried three times in all, then left for a replay.
    server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", publishedAt: "2026-11-02T00:00:00Z" });
    await writeFile(notReady, "");
    const tries = [await attempt("202", "1"), await attempt("202", "2"), await attempt("202", "3"), await attempt("203", "1")];
    expect(tries.map((run) => run.code)).toEqual([1, 1, 1, 0]);
    expect(tries[2]?.summary).toMatch(/rust-v1\.1\.0: codex-bindings\/regenerate failed 3 times; it is not delivered again: replay `?github:upstream\.release:openai\/codex:rust-v1\.1\.0`? to run it again/);
    expect(tries[3]?.outputs.matched).toBe("0");
    server.assertNoViolations();
  }, 60_000);

  it.sequential("says in the summary, for each of several failed releases, which attempt comes next", async () => {
    await writeFlow(repo.dir, {
      name: "codex-bindings",
      steps: [{ name: "regenerate", trigger: "upstream.release", source: 'console.error("not ready"); process.exit(1);' }],
    });
    const tags = ["rust-v2.0.0", "rust-v2.0.1", "rust-v2.0.2", "rust-v2.0.3", "rust-v2.0.4"];
    for (const [day, tagName] of tags.entries()) server.github.releases.add("openai/codex", { tagName, publishedAt: `2026-11-0${day + 1}T00:00:00Z` });
    const failed = await runInProcess({
      workspace: repo.dir,
      eventName: "schedule",
      payload: schedule,
      inputs: { watch: "openai/codex tags=rust-v* since=all", "github-token": "ghs_actiontoken", state: "file" },
      env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: "210" },
    });
    expect(failed.code).toBe(1);
    for (const tag of tags) expect(failed.summary).toContain(`${tag}: codex-bindings/regenerate failed; the next poll runs it again (attempt 2 of 3)`);
  }, 60_000);
});

// Its own repository, no beforeEach: it runs beside the tests above.
describe.concurrent("watching upstream releases from the action, GitHub unreachable", () => {
  it("says where the next run starts when GitHub cannot be reached, counting no repositories when none were left unpolled", async ({ expect }) => {
    const own = await flowRepo("flows-watch-action-unreachable-");
    onTestFinished(() => own.cleanup());
    const run = await runInProcess({
      workspace: own.dir,
      eventName: "schedule",
      payload: schedule,
      inputs: { watch: "openai/codex", "github-token": "ghs_actiontoken", state: "file" },
      env: { GITHUB_API_URL: await closedPort(), GITHUB_RUN_ID: "13" },
    });
    const warning = run.io.log.find((line) => line.startsWith("::warning::Watching stopped early"));
    expect(warning, run.stdout).toMatch(/ECONNREFUSED.*GITHUB_API_URL\. The next run starts with openai\/codex\.$/);
    expect(warning).not.toMatch(/repositor(y|ies) (was|were) not polled|\.\./);
    expect(run.summary).toMatch(/Stopped early: .*ECONNREFUSED.*URL\. The next run starts with `openai\/codex`\./);
    expect(run.summary).not.toMatch(/0 repositories|URL\.\./);
  });
});

/** The URL of a local port nothing listens on: a connection there is refused. */
async function closedPort(): Promise<string> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", () => resolve()));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
