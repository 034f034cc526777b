import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { type FlowBackend, RELEASE_RUNS, type ScriptedRun, startFlowBackend } from "../support/flow-backend.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { commandsTheRunnerRuns } from "../helpers/runner-log.js";

// mode: http through the action's code path (in process): the event goes to a flow backend (a real HTTP server
// speaking the contract's surface), and its runs are reported like local ones.

let repo: { dir: string; cleanup: () => Promise<void> };
let backend: FlowBackend;
const token = "backend-token-0123456789";
const hmacSecret = "hmac-secret-abcdef";

beforeEach(async () => {
  repo = await tempRepo("flows-http-");
  backend = await startFlowBackend({
    token,
    hmacSecret,
    scripts: RELEASE_RUNS,
  });
});
afterEach(async () => {
  await backend.close();
  await repo.cleanup();
});

const release = { action: "published", release: { tag_name: "v2.0.0", id: 2, html_url: "https://github.com/o/r/releases/v2.0.0" }, repository: { full_name: "o/r" } };
const send = (inputs: Record<string, string>, payload: object = release, eventName = "release", action?: string) =>
  runInProcess({
    workspace: repo.dir,
    eventName,
    payload: action ? { ...payload, action } : payload,
    inputs: { mode: "http", "backend-url": backend.url, "backend-token": token, "backend-hmac-secret": hmacSecret, "fail-on": "failed", ...inputs },
  });

/** Lines that show a secret, other than the runner's mask command for it. */
function leaks(stdout: string, secret: string): string[] {
  return stdout.split("\n").filter((line) => line.includes(secret) && line !== `::add-mask::${secret}`);
}

describe("mode: http", () => {
  it("sends the event, waits for the backend's runs and reports them like local runs", async () => {
    const run = await send({});
    expect(run.code, run.stdout).toBe(0);
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((view) => [view.flowName, view.effectiveStatus, view.needsAttention])).toEqual([
      ["bindings", "changed", false],
      ["fork", "blocked", true],
    ]);
    expect(run.outputs["needs-attention"]).toBe("true");
    expect(run.summary).toContain("| fork | rebase | ⛔ blocked | conflict in lib.rs |");
    const post = backend.requests.find((request) => request.method === "POST");
    expect(post?.headers["x-flow-signature-256"]).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(JSON.parse(post?.body ?? "{}").id).toBe("github:release.published:o/r:v2.0.0");
    expect(leaks(run.stdout, token)).toEqual([]);
  });

  it("takes its first wait from FLOWS_BACKEND_POLL_SECONDS (the tests' 0.05 s), and a value that is no duration fails the job before the event is sent", async () => {
    onTestFinished(setProcessEnv({ FLOWS_BACKEND_POLL_SECONDS: "soon" }));
    const run = await send({});
    expect(run.code).toBe(1);
    // Unset, the first wait is the backend client's 2 s, not the 0 the setting was once parsed against.
    expect(run.stdout).toContain(
      `FLOWS_BACKEND_POLL_SECONDS must be a number of seconds above 0 (fractions allowed), got "soon"; set it so, or unset it for the backend client's first wait of 2 s.`,
    );
    expect(backend.requests.filter((request) => request.method === "POST")).toEqual([]);
  });

  it("reports a redelivery as a duplicate without new runs", async () => {
    await send({});
    const started = backend.runCount();
    const again = await send({});
    expect(again.code).toBe(0);
    expect(backend.runCount()).toBe(started);
    expect(again.summary).toContain("already handled");
  });

  it("on a timeout left running (backend-cancel-on-timeout: false) still reports the runs as last seen, and the summary says why the job failed", async () => {
    await backend.close();
    backend = await startFlowBackend({
      token,
      hmacSecret,
      behaviour: { neverFinish: true },
      scripts: { "release.published": [{ flow: "bindings", step: "regenerate", result: { status: "changed" } }] },
    });
    const run = await send({ "backend-timeout-minutes": "0.02", "backend-cancel-on-timeout": "false" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::1 run still not finished after 1\.2 s: \S+ bindings\/regenerate/);
    expect(run.summary).toMatch(/\| bindings \| regenerate \| .*(queued|running)/);
    expect(run.summary).toContain("**The flow backend dispatch failed:** 1 run still not finished after 1.2 s");
    expect(run.summary).toContain("Left running (backend-cancel-on-timeout is false): the backend at");
    expect(run.summary).toContain("The runs above are as the backend last reported them.");
    expect((JSON.parse(run.outputs.results ?? "[]") as FlowRunView[]).map((view) => view.flowName)).toEqual(["bindings"]);
    expect(backend.requests.filter((request) => request.path.endsWith("/cancel"))).toEqual([]);
  });

  it("on a timeout cancels the unfinished runs on the backend by default, and reports them as canceled there", async () => {
    await backend.close();
    backend = await startFlowBackend({
      token,
      hmacSecret,
      scripts: {
        "release.published": [
          { flow: "bindings", step: "regenerate", result: { status: "changed" }, afterMs: 100 },
          { flow: "fork", step: "rebase", afterMs: 60_000 },
        ],
      },
    });
    const run = await send({ "backend-timeout-minutes": "0.02" });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((view) => [view.flowName, view.processStatus])).toEqual([
      ["bindings", "completed"],
      ["fork", "canceled"],
    ]);
    const cancels = backend.requests.filter((request) => request.path.endsWith("/cancel"));
    expect(cancels.map((request) => [request.path, request.status])).toEqual([[`/runs/${results[1]?.id}/cancel`, 200]]);
    expect(run.summary).toContain("| fork | rebase | 🚫 canceled | Canceled on the flow backend by flows-action: the wait ran past backend-timeout-minutes. |");
    expect(run.summary).toMatch(/\*\*The flow backend dispatch failed:\*\* 1 run still not finished after 1\.2 s: .* Canceled on the backend \(POST \/runs\/:id\/cancel\): \S+ fork\/rebase\./);
  });

  it("when the backend cannot be reached, the summary says so instead of staying empty", async () => {
    await backend.close();
    const run = await send({});
    expect(run.code).toBe(1);
    expect(run.summary).toContain(`**The flow backend dispatch failed:** cannot reach the flow backend at ${backend.url}: ECONNREFUSED`);
  });

  it("sets every output when the backend cannot be reached: nothing ran, as the summary says", async () => {
    const run = await send({ "backend-url": "https://127.0.0.1:1" });
    expect(run.code).toBe(1);
    expect(run.summary).toContain("**The flow backend dispatch failed:**");
    expect(run.outputs).toEqual({
      "event-id": "github:release.published:o/r:v2.0.0",
      "event-type": "release.published",
      matched: "0",
      "already-handled": "0",
      "needs-attention": "false",
      results: "[]",
      "results-omitted": "0",
    });
  });

  it("sets every output when the backend refuses a replay, the event's type left empty since the backend never sent it", async () => {
    const run = await send({ "backend-token": "wrong-token-value", replay: "github:release.published:o/r:v9.9.9" });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ "event-id": "github:release.published:o/r:v9.9.9", "event-type": "", matched: "0", results: "[]", "needs-attention": "false" });
  });

  it("refuses a backend-url without its scheme by showing it, without its password, and the https URL it likely meant", async () => {
    const run = await send({ "backend-url": "flows.example.com" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('backend-url "flows.example.com" is not an http(s) URL (it has no http:// or https:// in front): did you mean https://flows.example.com?');
    const withPassword = await send({ "backend-url": "ci:url-secret-pass-0123@flows.example.com/api" });
    expect(withPassword.stdout).toContain('backend-url "flows.example.com/api" is not an http(s) URL');
    expect(withPassword.stdout).toContain("did you mean https://flows.example.com/api?");
    const shown = `${withPassword.stdout}\n${withPassword.summary}`.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(shown.filter((line) => line.includes("url-secret-pass-0123"))).toEqual([]);
    const ftp = await send({ "backend-url": "ftp://flows.example.com/api" });
    expect(ftp.stdout).toContain('backend-url "ftp://flows.example.com/api" is not an http(s) URL (its scheme is ftp:, and the flow backend is reached over http(s))');
  });

  it("an event the backend starts no run for is said to be the backend's answer, not a missing trigger here", async () => {
    const run = await send({}, { ...release, release: { ...release.release, tag_name: "v3.0.0" } }, "release", "created");
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain(`Nothing matched: the flow backend at ${backend.url} started no run for \`release.created\`.`);
    expect(run.summary).not.toContain("has a trigger");
  });

  it("sends nothing in a dry run, since the backend has none and would run its flows", async () => {
    const run = await send({ "dry-run": "true" });
    expect(run.code, run.stdout).toBe(0);
    expect(backend.requests).toEqual([]);
    expect(backend.runCount()).toBe(0);
    expect(run.summary).toContain(`Dry run: the event was not sent to the flow backend at ${backend.url}`);
    expect(run.outputs["event-id"]).toBe("github:release.published:o/r:v2.0.0");
    expect(run.outputs.matched).toBe("0");
  });

  it("logs the runs' progress in lines that start with its own words, name at most 20 runs and cut each name to 80 characters", async () => {
    await backend.close();
    const many: ScriptedRun[] = Array.from({ length: 25 }, (_, index) => ({ flow: `::error::${"f".repeat(10_000)}`, step: `s${index}`, result: { status: "completed" }, afterMs: 50 }));
    backend = await startFlowBackend({ token, hmacSecret, scripts: { "release.published": many } });
    const run = await send({});
    expect(run.code, run.stdout).toBe(0);
    const progress = run.stdout.split("\n").filter((line) => line.includes("/s0: "));
    expect(progress.length).toBeGreaterThan(0);
    for (const line of progress) {
      expect(line).toMatch(/^Runs on the flow backend: ::error::f{70}…\/s0: \w+, .* and 5 more$/);
      expect(line.length).toBeLessThan(20 * 120);
    }
  });

  it("names at most 20 failing runs in the job's failure, each name cut to 80 characters, however many and long the backend's are", async () => {
    await backend.close();
    const many: ScriptedRun[] = Array.from({ length: 25 }, (_, index) => ({ flow: "g".repeat(100_000), step: `s${index}`, processStatus: "failed", afterMs: 50 }));
    backend = await startFlowBackend({ token, hmacSecret, scripts: { "release.published": many } });
    const run = await send({});
    expect(run.code).toBe(1);
    expect(run.io.failed).toMatch(/^25 flow steps ended with a status listed in fail-on: g{79}…\/s0 \(failed\), .* and 5 more \(the job summary lists them as far as its 1 MiB goes, and counts those it leaves out\)$/);
    expect(run.io.failed?.length).toBeLessThan(20 * 200);
  });

  it("names at most 20 runs the backend says were handled before in the log line about them, each name cut", async () => {
    await backend.close();
    const many: ScriptedRun[] = Array.from({ length: 25 }, (_, index) => ({ flow: "h".repeat(100_000), step: `s${index}`, result: { status: "completed" }, afterMs: 50 }));
    backend = await startFlowBackend({ token, hmacSecret, scripts: { "release.published": many }, behaviour: { runFields: { alreadyHandled: true } } });
    const run = await send({});
    const lines = run.stdout.split("\n").filter((line) => line.includes("was already handled"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: h{79}…\/s0 \(completed\), .* and 5 more \(the job summary lists them as far as its 1 MiB goes, and counts those it leaves out\) were handled before/);
    expect(lines[0]?.length).toBeLessThan(20 * 200);
  });

  it("fails clearly, without the token, when the backend rejects the credentials", async () => {
    const run = await send({ "backend-token": "wrong-token-value" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*backend-token/);
    expect(leaks(run.stdout, "wrong-token-value")).toEqual([]);
    expect(leaks(run.stdout, hmacSecret)).toEqual([]);
    // The job failed before any run, but names its event to later steps (for a replay), and
    // says that nothing ran, as every other path sets its outputs.
    expect(run.outputs).toMatchObject({ "event-id": "github:release.published:o/r:v2.0.0", "event-type": "release.published", matched: "0" });
    expect(run.outputs.results).toBe("[]");
  });

  it("has the runner mask backend-url's password, whole user-info and query keys, so other steps' logs cannot show them", async () => {
    const password = "url-pass%2Fword-0123";
    const queryKey = "query-key-abcdef0123";
    const url = backend.url.replace("http://", `http://flows-user:${password}@`) + `?api_key=${queryKey}&v=2`;
    const run = await send({ "backend-url": url });
    expect(run.code, run.stdout).toBe(0);
    // What the runner masks: the data of its add-mask commands, unescaped as it reads them (`%25` is `%`).
    const masks = commandsTheRunnerRuns(run.stdout)
      .filter((command) => command.name === "add-mask")
      .map((command) => command.data.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%"));
    for (const secret of [password, "url-pass/word-0123", `flows-user:${password}`, "flows-user:url-pass/word-0123", queryKey]) {
      expect(masks, secret).toContain(secret);
    }
    // A short query value (?v=2) is no key: masking it would blank every "2" in the job's logs.
    expect(masks).not.toContain("2");
    const shown = run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    for (const secret of [password, "url-pass/word-0123", queryKey]) expect(shown.filter((line) => line.includes(secret))).toEqual([]);
  });

  it("names the event it was asked to replay in the event-id output, also when the backend refuses the replay", async () => {
    const run = await send({ "backend-token": "wrong-token-value", replay: "github:release.published:o/r:v9.9.9" });
    expect(run.code).toBe(1);
    expect(run.outputs["event-id"]).toBe("github:release.published:o/r:v9.9.9");
  });
});

describe("mode: http against a backend answering as the older runtime's (codex-workspace-backend-local)", () => {
  // Its answers, as found by running the action against that backend: 202 dispatch results
  // without runs, run records with the FlowResult in resultJson, the reason of a failure in
  // stderr, no flowVersion and no attempts (test/support/flow-backend.ts, behaviour `older`).
  const OLDER_RUNS: Record<string, ScriptedRun[]> = {
    "release.published": [
      { flow: "notes", step: "draft", result: { status: "changed", message: "notes drafted" }, afterMs: 90 },
      { flow: "semfail", step: "check", result: { status: "failed", message: "changelog missing" }, afterMs: 120 },
      { flow: "crash", step: "boom", processStatus: "failed", error: "Bun flow step crash/boom failed:\nboom: cannot open lib.rs", afterMs: 150 },
    ],
  };
  beforeEach(async () => {
    await backend.close();
    backend = await startFlowBackend({ token, hmacSecret, scripts: OLDER_RUNS, behaviour: { older: "flow" } });
  });

  it("reports each run's result from resultJson, its failure from stderr, one attempt each and no made-up flowVersion", async () => {
    const run = await send({});
    expect(run.code, run.stdout).toBe(1);
    expect(backend.requests.find((request) => request.method === "POST")?.status).toBe(202);
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((view) => [view.flowName, view.processStatus, view.effectiveStatus, view.attempts.length, "flowVersion" in view])).toEqual([
      ["notes", "completed", "changed", 1, false],
      ["semfail", "completed", "failed", 1, false],
      ["crash", "failed", "failed", 1, false],
    ]);
    expect(results[0]?.resultPayload).toEqual({ status: "changed", message: "notes drafted" });
    expect(results[0]?.attempts[0]).toMatchObject({ id: results[0]?.id, number: 1, status: "completed", resultStatus: "changed" });
    expect(results[2]?.error).toBe("Bun flow step crash/boom failed:\nboom: cannot open lib.rs\nflow runner exited with 1");
    // The runner's stdout only repeats the result: not shown again as output.
    expect(results[0]?.output).toBeUndefined();
    expect(run.summary).toMatch(/\| notes \| draft \| ✅ changed \| notes drafted \| \d+ ms \| 1 \|/);
    expect(run.summary).toMatch(/\| semfail \| check \| ❌ failed \| changelog missing \| \d+ ms \| 1 \|/);
    expect(run.summary).toContain("boom: cannot open lib.rs");
    expect(run.stdout).toContain("::error::2 flow steps ended with a status listed in fail-on");
  });

  it("reports a redelivery (matched 0, the earlier runs' ids, newest first) as already handled, with the earlier runs in the order they started", async () => {
    const first = await send({});
    const started = backend.runCount();
    const again = await send({});
    expect(backend.runCount()).toBe(started);
    expect(again.outputs.matched).toBe("0");
    expect(again.summary).toContain("already handled");
    const ids = (run: { outputs: Record<string, string> }) => (JSON.parse(run.outputs.results ?? "[]") as FlowRunView[]).map((view) => view.id);
    const posted = backend.requests.filter((request) => request.method === "POST");
    expect(JSON.parse(posted[1]?.body ?? "{}").id).toBe("github:release.published:o/r:v2.0.0");
    expect(ids(again)).toEqual(ids(first));
    expect((JSON.parse(again.outputs.results ?? "[]") as FlowRunView[]).map((view) => [view.flowName, view.effectiveStatus])).toEqual([
      ["notes", "changed"],
      ["semfail", "failed"],
      ["crash", "failed"],
    ]);
  });

  it("reports a replay's runs as replays, which that backend only tells by the _replay suffix", async () => {
    await send({});
    const replayed = await runInProcess({
      workspace: repo.dir,
      eventName: "workflow_dispatch",
      payload: { inputs: {} },
      inputs: { mode: "http", "backend-url": backend.url, "backend-token": token, "backend-hmac-secret": hmacSecret, replay: "github:release.published:o/r:v2.0.0" },
      // A replayed event must be one of the job's repository.
      env: { GITHUB_REPOSITORY: "o/r" },
    });
    expect(replayed.stdout).toContain("::error::2 flow steps ended with a status listed in fail-on");
    const results = JSON.parse(replayed.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((view) => [view.flowName, view.id.endsWith("_replay"), view.replay, view.attempts.at(-1)?.replay])).toEqual([
      ["notes", true, true, true],
      ["semfail", true, true, true],
      ["crash", true, true, true],
    ]);
    expect(replayed.summary).toContain("| notes | draft | ✅ changed (replay) | notes drafted |");
    // A redelivery afterwards reports the event's runs, the replay's among them still as replays.
    const again = await send({});
    const all = JSON.parse(again.outputs.results ?? "[]") as FlowRunView[];
    expect(all.map((view) => [view.flowName, view.replay === true])).toEqual([
      ["notes", false],
      ["semfail", false],
      ["crash", false],
      ["notes", true],
      ["semfail", true],
      ["crash", true],
    ]);
    expect(again.summary).toContain("| notes | draft | ✅ changed (replay) | notes drafted |");
  });
});
