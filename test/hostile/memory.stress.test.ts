import { afterAll, beforeAll, expect, it } from "vitest";
import { tempRepo, writeText } from "../helpers/flow-packages.js";
import { runAction } from "./run-corpus.js";

// Peak memory of the action (dist/index.js) on a 25 MB webhook payload with 8 matching steps,
// reported in BENCHMARKS.md. The payload is many small objects, as real payloads are, not
// one long string. Needs /usr/bin/time (GNU time) for the child's peak resident set.

const STEPS = 8;
let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-hostile-memory-");
  for (let i = 0; i < STEPS; i++) {
    await writeText(`${repo.dir}/flows/big-${i}/s.ts`, 'const text = await Bun.stdin.text();\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: String(text.length) }));');
    await writeText(
      `${repo.dir}/flows/big-${i}/flow.toml`,
      `name = "big-${i}"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "s.ts"\n\n[steps.trigger]\ntype = "repository_dispatch.big"\n`,
    );
  }
});
afterAll(async () => {
  await repo.cleanup();
});

function payloadOf(bytes: number): Record<string, unknown> {
  const items: unknown[] = [];
  const item = (i: number) => ({ id: i, login: `user-${i}`, title: `item ${i} `.padEnd(120, "x"), labels: [{ name: "bug" }, { name: "p1" }], url: `https://example.com/${i}` });
  const size = JSON.stringify(item(0)).length + 1;
  for (let i = 0; i < Math.floor(bytes / size); i++) items.push(item(i));
  return { action: "big", client_payload: { items }, repository: { full_name: "octo-org/octo-repo" }, sender: { login: "octocat" } };
}

it("runs 8 steps on a 25 MB payload and reports the action's peak memory", async () => {
  const event = JSON.stringify(payloadOf(23.5 * 1024 * 1024));
  // state: none — the file store's cost with a 25 MB payload is measured separately
  // (big-payload.stress.test.ts, BENCHMARKS.md); this case measures the dispatch itself.
  const run = await runAction({ repo: repo.dir, eventName: "repository_dispatch", event, measureMemory: true, inputs: { state: "none" } });
  expect(run.code, run.stdout.slice(-2000)).toBe(0);
  expect(run.summary).toContain("8 matching steps");
  const payloadMb = Buffer.byteLength(event) / (1024 * 1024);
  const peakMb = (run.maxRssKb ?? 0) / 1024;
  console.log(`payload ${payloadMb.toFixed(1)} MiB, 8 steps: peak RSS ${peakMb.toFixed(0)} MiB (${(peakMb / payloadMb).toFixed(1)}x), ${run.elapsedMs} ms`);
  expect(run.maxRssKb).toBeGreaterThan(0);
}, 300_000);
