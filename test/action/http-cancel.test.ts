import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verify } from "@octokit/webhooks-methods";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { DIST_ACTION, jobEnvironment, parseOutputFile } from "../helpers/run-action.js";
import { childLoadMeter, untilChildRan } from "../helpers/stalls.js";
import { type FlowBackend, startFlowBackend } from "../support/flow-backend.js";

// Cancelling a workflow run in mode: http: the shipped action (dist/index.js, where the signal
// handling lives) waits for a flow backend's runs when it gets a real signal. The runs it leaves
// unfinished must be canceled on the backend, and reported as such, before the runner kills it.

let repo: { dir: string; cleanup: () => Promise<void> };
let runnerDir: string;
let backend: FlowBackend;
/** The action's process, killed after each test in case a failure left it waiting. */
let child: ChildProcess | undefined;
const token = "backend-token-0123456789";
const hmacSecret = "hmac-secret-abcdef";

beforeEach(async () => {
  repo = await tempRepo("flows-http-cancel-");
  runnerDir = await mkdtemp(join(tmpdir(), "flows-http-cancel-runner-"));
  backend = await startFlowBackend({
    token,
    hmacSecret,
    scripts: {
      "release.published": [
        { flow: "notes", step: "draft", result: { status: "completed", message: "drafted" }, afterMs: 100 },
        { flow: "slow", step: "one", afterMs: 60_000 },
        { flow: "slow", step: "two", afterMs: 60_000 },
      ],
    },
  });
});
afterEach(async () => {
  if (child?.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  await backend.close();
  await repo.cleanup();
  await rm(runnerDir, { recursive: true, force: true });
});

const release = { action: "published", release: { tag_name: "v2.0.0", id: 2, html_url: "https://github.com/o/r/releases/v2.0.0" }, repository: { full_name: "o/r" } };

/** The action waiting on the backend, sent `signal` once `ready` (by default: once the quick run has finished). */
async function cancelledJob(
  signal: NodeJS.Signals,
  ready: (stdout: string) => boolean = (stdout) => stdout.includes("notes/draft: completed"),
): Promise<{ code: number | null; stdout: string; summary: string; outputs: Record<string, string>; stoppedInMs: number }> {
  const eventPath = join(runnerDir, "event.json");
  const outputPath = join(runnerDir, "output");
  const summaryPath = join(runnerDir, "summary.md");
  await writeFile(eventPath, JSON.stringify(release));
  await Promise.all([writeFile(outputPath, ""), writeFile(summaryPath, "")]);
  const inputs = { mode: "http", "backend-url": backend.url, "backend-token": token, "backend-hmac-secret": hmacSecret, state: "none" };
  const action = spawn(process.execPath, [DIST_ACTION], {
    cwd: repo.dir,
    env: {
      ...jobEnvironment({ eventName: "release", eventPath, workspace: repo.dir }),
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    },
  });
  child = action;
  let stdout = "";
  action.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk;
  });
  let closed = false;
  const exited = new Promise<number | null>((done) => action.on("close", done)).then((code) => {
    closed = true;
    return code;
  });
  // Times here are the action's wall time less its wait for a core (test/helpers/stalls.ts): on a
  // loaded machine the action, a Node process that loads its bundle, waited seconds for one.
  const starting = childLoadMeter(action.pid!);
  const isReady = await untilChildRan(starting, 8_000, () => ready(stdout), 30_000);
  starting.stop();
  if (!isReady) throw new Error(`the job never got ready to be canceled:\n${stdout}`);
  const stopping = childLoadMeter(action.pid!);
  action.kill(signal);
  const stopped = await untilChildRan(stopping, 10_000, () => closed, 40_000);
  const stoppedInMs = stopping.runningMs();
  stopping.stop();
  if (!stopped) throw new Error(`the action did not stop within 10 s of its own time (${Math.round(stoppedInMs)} ms):\n${stdout}`);
  const code = await exited;
  return {
    code,
    stdout,
    stoppedInMs,
    summary: await readFile(summaryPath, "utf8"),
    outputs: parseOutputFile(await readFile(outputPath, "utf8")),
  };
}

describe("a cancelled job in mode: http", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("on %s cancels exactly the backend's unfinished runs, signed, and reports them as canceled there", async (signal) => {
    const job = await cancelledJob(signal);
    expect(job.code, job.stdout).toBe(1);
    expect(job.stdout).toContain(`::warning::Received ${signal}`);
    const results = JSON.parse(job.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((run) => [run.stepName, run.processStatus])).toEqual([
      ["draft", "completed"],
      ["one", "canceled"],
      ["two", "canceled"],
    ]);
    const cancels = backend.requests.filter((request) => request.path.endsWith("/cancel"));
    expect(cancels.map((request) => request.path).sort()).toEqual([`/runs/${results[1]?.id}/cancel`, `/runs/${results[2]?.id}/cancel`].sort());
    for (const request of cancels) {
      expect(request.status).toBe(200);
      expect(await verify(hmacSecret, request.body, String(request.headers["x-flow-signature-256"]))).toBe(true);
    }
    expect(job.summary).toContain("| slow | one | 🚫 canceled | Canceled on the flow backend by flows-action: the job was canceled. |");
    expect(job.summary).toMatch(/\*\*The flow backend dispatch failed:\*\* the dispatch to the flow backend was canceled during .* Canceled on the backend \(POST \/runs\/:id\/cancel\): \S+ slow\/one, \S+ slow\/two\./);
    // Well inside the 7.5 s between the runner's SIGINT and its SIGTERM.
    expect(job.stoppedInMs).toBeLessThan(5_000);
  }, 90_000);

  it("on SIGTERM against the older runtime's backend (no cancel route) reports the slow runs as not canceled, still going, not as finished", async () => {
    await backend.close();
    backend = await startFlowBackend({
      token,
      hmacSecret,
      behaviour: { older: "flow" },
      scripts: {
        "release.published": [
          { flow: "notes", step: "draft", result: { status: "completed", message: "drafted" }, afterMs: 100 },
          { flow: "slow", step: "one", afterMs: 60_000 },
        ],
      },
    });
    const job = await cancelledJob("SIGTERM");
    expect(job.code, job.stdout).toBe(1);
    const results = JSON.parse(job.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((run) => [run.stepName, run.processStatus])).toEqual([
      ["draft", "completed"],
      ["one", "queued"],
    ]);
    expect(backend.requests.filter((request) => request.path.endsWith("/cancel")).map((request) => request.status)).toEqual([404]);
    expect(results[1]?.error).toMatch(/^Not canceled: the job was canceled, .* The backend does not offer POST \/runs\/:id\/cancel \(HTTP 404\) while the run is still queued\.$/);
    expect(job.summary).toContain("That backend cannot cancel runs (the older runtime's has no cancel route): stop its process on the backend's host, or let it finish.");
    expect(job.summary).not.toContain("Already finished");
  }, 90_000);

  it("on SIGTERM while the event is on its way, waits for the backend's answer and cancels the runs it names", async () => {
    await backend.close();
    backend = await startFlowBackend({
      token,
      hmacSecret,
      behaviour: { answerPostsAfterMs: 600 },
      scripts: { "release.published": [{ flow: "slow", step: "one", afterMs: 60_000 }] },
    });
    const job = await cancelledJob("SIGTERM", () => backend.requests.some((request) => request.path === "/events"));
    expect(job.code, job.stdout).toBe(1);
    const results = JSON.parse(job.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((run) => [run.stepName, run.processStatus])).toEqual([["one", "canceled"]]);
    expect(backend.requests.filter((request) => request.path.endsWith("/cancel")).map((request) => [request.path, request.status])).toEqual([[`/runs/${results[0]?.id}/cancel`, 200]]);
    expect(job.summary).toContain("the dispatch to the flow backend was canceled during POST /events; the backend had received it (accepted, 1 run(s)).");
    expect(job.stoppedInMs).toBeLessThan(5_000);
  }, 90_000);
});
