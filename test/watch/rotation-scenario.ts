// Many watched repositories under a request budget: every tick stays within the budget, stops
// early, and the next tick starts where it stopped, so every repository is polled in turn.
// Scaled by count and budget (the budget must divide count*... see the assertions: count/budget
// ticks cover everything once, and each repository has one release to begin with).
import { expect } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { pollUpstreamReleases } from "../../src/watch/index.js";
import { clientFor, githubServer, seedRelease, watches } from "./helpers.js";

export async function rotationScenario(options: { count: number; budget: number }): Promise<void> {
  const { count, budget } = options;
  const repos = Array.from({ length: count }, (_, i) => `octo-org/lib-${String(i).padStart(3, "0")}`);
  const server = await githubServer();
  const store = new MemoryStateStore();
  const client = await clientFor(server);
  for (const [i, repo] of repos.entries()) seedRelease(server, repo, `v1.${i}`, { minute: i });
  const config = watches(repos.join("\n"));
  const polledIn: string[][] = [];
  const dispatched: string[] = [];
  const tick = async () => {
    const before = server.requests.length;
    const result = await pollUpstreamReleases({ client, store, watches: config, budget: { maxRequests: budget } });
    const sent = server.requests.length - before;
    expect(sent).toBeLessThanOrEqual(budget);
    expect(result.requests.requests).toBe(sent);
    polledIn.push(result.reports.filter((report) => report.status !== "not-polled").map((report) => report.repo));
    dispatched.push(...result.events.map((event) => (event.payload as { repo: string }).repo));
    return result;
  };

  const full = Math.floor(count / budget); // ticks that poll fresh repositories only
  const first = await tick();
  expect(first.requests).toMatchObject({ requests: budget, maxRequests: budget, stopped: { notPolled: count - budget, nextRepo: repos[budget] } });
  expect(first.reports[budget]).toMatchObject({ status: "not-polled", message: expect.stringContaining("polled first next time") });
  for (let i = 1; i < full; i++) await tick();
  const wrap = await tick();
  for (let i = 0; i < full; i++) expect(polledIn[i]).toEqual(repos.slice(i * budget, (i + 1) * budget));
  // The rotation wraps around: the rest, then the first ones again (reports keep configuration order).
  const rest = count - full * budget;
  expect(polledIn[full]).toEqual([...repos.slice(0, budget - rest), ...repos.slice(full * budget)]);
  expect(new Set(dispatched)).toEqual(new Set(repos));
  expect(dispatched).toHaveLength(count);
  // Repositories polled before answer 304: free against GitHub's rate limit.
  expect(wrap.requests).toMatchObject({ requests: budget, notModified: budget - rest, stopped: { nextRepo: repos[budget - rest] } });

  const late = repos[count - Math.floor(count / 4)]!;
  const early = repos[Math.floor(count / 20)]!;
  seedRelease(server, late, "v2", { minute: 5000 });
  seedRelease(server, early, "v2", { minute: 5001 });
  const later: string[] = [];
  for (let i = 0; i <= full; i++) later.push(...(await tick()).events.map((event) => event.id));
  expect(later).toEqual([`github:upstream.release:${late}:v2`, `github:upstream.release:${early}:v2`]);
  server.assertNoViolations();
}
