// Fifty releases whose tags no ref can hold, each `tagLength` characters long: the poll refuses
// them, and keeps its note, its log lines and the cursor short. In `npm test` with 25,000
// characters a tag (each longer than the note or a log line may be; 1.25 MB in all), in
// hostile-releases.stress.test.ts with 100,000 (5 MB).
import { expect } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases } from "../../src/watch/index.js";
import { at, clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

export async function longTagsScenario(tagLength: number): Promise<void> {
  const server = await githubServer();
  const store = new MemoryStateStore();
  const client = await clientFor(server);
  const log: string[] = [];
  const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all`), now: () => new Date(at(minute)), log: (line) => log.push(line) });
  // GitHub refuses refs over 255 bytes (GH005): refs/tags/ and 245 bytes of tag at most.
  const longest = `v1-${"é".repeat(121)}`;
  expect(Buffer.byteLength(`refs/tags/${longest}`)).toBe(255);
  seedRelease(server, UPSTREAM, longest, { minute: 1 });
  seedRelease(server, UPSTREAM, `v2-${"é".repeat(122)}`, { minute: 2 });
  for (let index = 0; index < 50; index++) seedRelease(server, UPSTREAM, `v3-${index}-${"x".repeat(tagLength)}`, { minute: 3 + index });

  const first = await poll(60);

  expect(tags(first.events)).toEqual([longest]);
  const refused = first.reports[0]?.refused ?? [];
  expect(refused).toHaveLength(51);
  expect(refused[0]?.reason).toBe("not a tag git can hold: 247 bytes, over the 245 a tag has within GitHub's 255-byte limit on refs");
  expect(refused[0]?.tag).toBe(`v2-${"é".repeat(122)}`);
  expect(refused[1]?.tag).toBe(`v3-0-${"x".repeat(94)}…`);
  expect(first.reports[0]?.message?.length).toBeLessThan(20_000);
  expect(Math.max(...log.map((line) => line.length))).toBeLessThan(20_000);
  // The cursor remembers them (so they are told once) without holding the tags whole.
  expect(JSON.stringify(await loadWatchCursor(store, UPSTREAM)).length).toBeLessThan(64 * 1024);
  seedRelease(server, UPSTREAM, "v4.0.0", { minute: 70 });
  const second = await poll(80);
  expect(tags(second.events)).toEqual(["v4.0.0"]);
  expect(second.reports[0]?.refused).toBeUndefined();
}
