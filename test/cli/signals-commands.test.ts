// Every command that runs steps stops the same way on Ctrl-C or SIGTERM as `flows fire`
// (test/cli/signals.test.ts): the running step is stopped, recorded as canceled, the store is
// saved, and the command exits 130 or 143: no step goes on after the command, so the next
// delivery never runs one while an earlier copy still runs. `flows watch` also leaves the
// releases it had not dispatched yet for the next poll.
// Real processes: the shipped CLI (dist/cli/index.js on Bun, which runs its Bun build,
// dist/cli/bun/main.js), a Bun step that writes its pid and sleeps, the file store in a temp repo.
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, flowsIn, runCli, writeEventFile } from "../helpers/cli.js";
import { type CliProcess, cliProcesses, type Exit, goneWithin, kill, sleeperStep } from "../helpers/cli-process.js";
import { flowEvent, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

const processes = cliProcesses();
let repo: { dir: string; cleanup: () => Promise<void> };
let pidFile: string;
let doneFile: string;

beforeEach(async () => {
  repo = await tempRepo("flows-signals-commands-");
  pidFile = join(repo.dir, "step.pid");
  doneFile = join(repo.dir, "step.done");
});

afterEach(async () => {
  processes.killAll();
  await repo.cleanup();
});

/** `flows --repo REPO --no-color ARGS...` as a process of its own. */
function flows(args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  return processes.start(BUN, [LAUNCHER, "--repo", repo.dir, "--no-color", ...args], env);
}

type StoredRun = { eventId: string; processStatus: string; attempts: Array<{ status: string }> };

async function storedRuns(): Promise<StoredRun[]> {
  const runs = await flowsIn(repo.dir, "runs", "--json");
  expect(runs.code, runs.err).toBe(0);
  return JSON.parse(runs.out);
}

/** Sends `signal` once the step runs, and checks what every command owes: the step stopped, and the exit code. */
async function stopWith(signal: "SIGINT" | "SIGTERM", started: CliProcess): Promise<Exit> {
  const step = await processes.stepStarted(pidFile);
  // Ctrl-C goes to the terminal's foreground group; SIGTERM to the command alone.
  kill(signal === "SIGINT" ? -started.child.pid! : started.child.pid!, signal);
  const exit = await started.exited;
  expect(exit.code, exit.stderr).toBe(signal === "SIGINT" ? 130 : 143);
  expect(exit.stderr).toContain(`received ${signal}`);
  expect(await goneWithin(step, 3_000)).toBe(true);
  expect(existsSync(doneFile)).toBe(false);
  return exit;
}

describe("flows run, stopped by a signal", () => {
  beforeEach(async () => {
    await writeFlow(repo.dir, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: sleeperStep(pidFile, doneFile) }] });
  });

  it("on Ctrl-C stops the step, records it canceled and exits 130", async () => {
    const eventPath = await writeEventFile(repo.dir, flowEvent("t", "evt-run"));
    await stopWith("SIGINT", flows(["run", "slow", "sleeper", "--event", eventPath]));
    expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["canceled"]);
  });

  it("on SIGTERM does the same and exits 143", async () => {
    const eventPath = await writeEventFile(repo.dir, flowEvent("t", "evt-run"));
    await stopWith("SIGTERM", flows(["run", "slow", "sleeper", "--event", eventPath]));
    expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["canceled"]);
  });
});

describe("flows run, stopped by Ctrl-C, then the same command again", () => {
  it("says the step was canceled and that the same command runs it again, which runs it once, as it was started", async () => {
    const slow = join(repo.dir, "slow-now");
    await writeFile(slow, "");
    await writeFlow(repo.dir, { name: "slow", steps: [{ name: "byhand", source: sleeperStep(pidFile, doneFile, slow) }] });
    const eventPath = await writeEventFile(repo.dir, flowEvent("t", "evt-again"));
    const stopped = await stopWith("SIGINT", flows(["run", "slow", "byhand", "--event", eventPath]));
    expect(stopped.stderr).toContain("flows: stopped: slow/byhand was canceled and recorded so. The same command again runs them (steps that ended are not run again).\n");
    expect(stopped.stderr).not.toContain("    at ");

    await rm(slow);
    const again = await flowsIn(repo.dir, "run", "slow", "byhand", "--event", eventPath);
    expect(again.code, again.err).toBe(0);
    expect(again.err).not.toContain("stopped:");
    const [run, ...others] = await storedRuns();
    expect(others).toEqual([]);
    expect(run?.attempts.map((attempt) => attempt.status)).toEqual(["canceled", "completed"]);
    // And once more: it ended, so nothing runs twice.
    const third = await flowsIn(repo.dir, "run", "slow", "byhand", "--event", eventPath);
    expect(third.err).toContain("was handled before, so nothing ran");
    expect((await storedRuns())[0]?.attempts).toHaveLength(2);
  });
});

describe("flows replay, stopped by a signal", () => {
  // The step is quick on the first delivery and sleeps on the replay.
  let slow: string;
  beforeEach(async () => {
    slow = join(repo.dir, "slow-now");
    await writeFlow(repo.dir, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: sleeperStep(pidFile, doneFile, slow) }] });
    const first = await flowsIn(repo.dir, "fire", "--event", await writeEventFile(repo.dir, flowEvent("t", "evt-replay")));
    expect(first.code, first.err).toBe(0);
    await writeFile(slow, "");
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`on ${signal} stops the replayed step, records that attempt canceled and exits ${signal === "SIGINT" ? 130 : 143}`, async () => {
      const exit = await stopWith(signal, flows(["replay", "evt-replay"]));
      const [run, ...others] = await storedRuns();
      expect(others).toEqual([]);
      expect(run?.processStatus).toBe("canceled");
      expect(run?.attempts.map((attempt) => attempt.status)).toEqual(["completed", "canceled"]);
      expect(exit.stderr).toContain("flows: stopped: slow/sleeper was canceled and recorded so. `flows replay evt-replay --repo");
    });
  }
});

describe("flows github, stopped by a signal", () => {
  let payloadPath: string;
  beforeEach(async () => {
    await writeFlow(repo.dir, { name: "slow", steps: [{ name: "sleeper", trigger: "push", source: sleeperStep(pidFile, doneFile) }] });
    payloadPath = join(repo.dir, "push.json");
    await writeText(payloadPath, JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`on ${signal} stops the step, records it canceled in the file store and exits ${signal === "SIGINT" ? 130 : 143}`, async () => {
      await stopWith(signal, flows(["github", "--event-name", "push", "--event-path", payloadPath]));
      expect((await storedRuns()).map((run) => run.processStatus)).toEqual(["canceled"]);
    });
  }
});

describe("flows watch, stopped by a signal", () => {
  let server: GitHubApiServer;
  beforeEach(async () => {
    server = await startGitHubApiServer();
    await writeFlow(repo.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: sleeperStep(pidFile, doneFile) }] });
    server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", publishedAt: "2026-11-01T00:00:00Z" });
  });
  afterEach(async () => {
    await server.close();
  });

  const watch = (...repos: string[]) =>
    flows(["watch", "--once", "--watch", repos.join("\n")], { GITHUB_TOKEN: "ghp_local", GITHUB_API_URL: server.url });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`on ${signal} stops the step, records the release's run canceled and exits ${signal === "SIGINT" ? 130 : 143}`, async () => {
      await stopWith(signal, watch("openai/codex"));
      const runs = await storedRuns();
      expect(runs.map((run) => [run.eventId, run.processStatus])).toEqual([["github:upstream.release:openai/codex:rust-v1.0.0", "canceled"]]);
      server.assertNoViolations();
    });
  }

  it("dispatches no further release once stopped: the next poll runs those, and the canceled one again", async () => {
    server.github.releases.add("oven-sh/bun", { tagName: "bun-v1.3.0", publishedAt: "2026-11-02T00:00:00Z" });
    const exit = await stopWith("SIGTERM", watch("openai/codex", "oven-sh/bun"));
    expect(exit.stderr).toContain("stopped before dispatching github:upstream.release:oven-sh/bun:bun-v1.3.0");
    expect((await storedRuns()).map((run) => [run.eventId, run.processStatus])).toEqual([["github:upstream.release:openai/codex:rust-v1.0.0", "canceled"]]);

    // The next poll: the release left over runs (quickly now), and the canceled one runs again,
    // as its second attempt (a canceled step is not settled: the cursor keeps it to deliver again).
    await writeFlow(repo.dir, { name: "bindings", steps: [{ name: "regen", trigger: "upstream.release", source: 'console.log(\'FLOW_RESULT {"status":"completed"}\');' }] });
    const next = await runCli(
      ["--repo", repo.dir, "--no-color", "watch", "--once", "--watch", "openai/codex\noven-sh/bun"],
      cliTestEnv({ GITHUB_TOKEN: "ghp_local", GITHUB_API_URL: server.url }),
    );
    expect(next.code, next.err).toBe(0);
    expect((await storedRuns()).map((run) => [run.eventId, run.processStatus, run.attempts.length]).sort()).toEqual([
      ["github:upstream.release:openai/codex:rust-v1.0.0", "completed", 2],
      ["github:upstream.release:oven-sh/bun:bun-v1.3.0", "completed", 1],
    ]);
    server.assertNoViolations();
  });
});
