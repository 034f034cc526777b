// A wall clock set back during a run (an NTP step on a VM) must not hold GitHub requests back.
// Runs in a process of its own (vitest.config.ts, ISOLATED): it sets Date back, and on a client
// whose throttling remembers the wall clock, a request then waits the step out (here an hour),
// holding every later request of the process behind it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCheckRun } from "../../src/github/checks.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

const REPO = "octo-org/tool";
const TOKEN = "ghs_client_clock_test_token_01";
const HOUR = 3_600_000;

let server: GitHubApiServer;
let spacingSetting: string | undefined;
beforeEach(async () => {
  // These tests are of GitHub's own spacing: not the test setup's 0 (test/setup/test-pacing.ts).
  spacingSetting = process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS;
  delete process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS;
  server = await startGitHubApiServer();
  server.github.pulls.add(REPO, { number: 7, headSha: "a1".repeat(20) });
});
afterEach(async () => {
  vi.useRealTimers();
  if (spacingSetting !== undefined) process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS = spacingSetting;
  server.assertNoViolations();
  await server.close();
});

/** The wall clock (Date) from now on `ms` behind the real one; timers and performance.now() go on. */
function setClockBack(ms: number): void {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(Date.now() - ms);
}

/** Milliseconds `call` took (by the monotonic clock), or Infinity when it took longer than `limitMs`. */
async function timed(call: () => Promise<unknown>, limitMs = 5_000): Promise<number> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<number>((resolve) => {
    timer = setTimeout(() => resolve(Number.POSITIVE_INFINITY), limitMs);
  });
  try {
    return await Promise.race([call().then(() => performance.now() - started), limit]);
  } finally {
    clearTimeout(timer);
  }
}

const createRun = (client: GitHubClient, name: string) => () =>
  createCheckRun(client, { repository: REPO, name, headSha: "a1".repeat(20), status: "in_progress" });

// Production throttling (no fastPlugins): writes 1 s apart, as GitHub asks.
describe("the GitHub client when the wall clock steps back", () => {
  it("sends the next write an hour of wall clock back still 1 s after the last, not an hour later", async () => {
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url });
    const firstStarted = performance.now();
    await createRun(client, "first")();
    setClockBack(HOUR);

    const took = await timed(createRun(client, "second"));

    expect(took).toBeLessThan(2_500);
    // GitHub's spacing holds across the step: the second started a second after the first.
    expect(performance.now() - firstStarted).toBeGreaterThanOrEqual(1_000);
    expect(server.requestsFor("checks/create").map((request) => request.status)).toEqual([201, 201]);
  });

  it("sends the next read at once after the clock stepped back", async () => {
    const client = await createGitHubClient({ token: TOKEN, baseUrl: server.url });
    const list = () => client.rest.issues.listComments({ owner: "octo-org", repo: "tool", issue_number: 7 });
    await list();
    setClockBack(HOUR);

    expect(await timed(list)).toBeLessThan(1_000);
  });

  it("does not hold a new client's first write behind another client's write from before the step", async () => {
    const first = await createGitHubClient({ token: TOKEN, baseUrl: server.url });
    await createRun(first, "first")();
    setClockBack(HOUR);
    const second = await createGitHubClient({ token: "ghs_another_token_of_the_run_02", baseUrl: server.url });

    expect(await timed(createRun(second, "second"))).toBeLessThan(1_000);
  });

  it("spaces the writes of one token 1 s apart, across its clients (GitHub limits the token)", async () => {
    const token = "ghs_client_clock_shared_token_03";
    const first = await createGitHubClient({ token, baseUrl: server.url });
    const second = await createGitHubClient({ token, baseUrl: server.url });
    const firstStarted = performance.now();
    await createRun(first, "first")();

    const took = await timed(createRun(second, "second"));

    expect(performance.now() - firstStarted).toBeGreaterThanOrEqual(1_000);
    expect(took).toBeLessThan(2_500);
  });

});

describe("SteadyBottleneck", () => {
  it("makes a group's limiters steady too, and refuses what would read the wall clock", async () => {
    const { SteadyBottleneck } = await import("../../src/github/steady-limiter.js");
    expect(new SteadyBottleneck.Group({ minTime: 10 }).key("a")).toBeInstanceOf(SteadyBottleneck);
    expect(() => new SteadyBottleneck({ highWater: 1 })).toThrow(/highWater/);
    expect(() => new SteadyBottleneck({ reservoir: 5, reservoirRefreshInterval: 1_000, reservoirRefreshAmount: 5 })).toThrow(/reservoir/);
  });
});
