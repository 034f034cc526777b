import { afterAll, beforeAll, expect, it } from "vitest";
import { tempRepo, writeText } from "../helpers/flow-packages.js";
import { runAction } from "./run-corpus.js";

// Peak memory of the action (dist/index.js) on a 25 MB webhook payload with 8 matching steps,
// reported in BENCHMARKS.md. The payload is many small objects, as real payloads are, not
// one long string. The action's own peak resident set is its VmHWM (Linux), read as it exits;
// /usr/bin/time's figure is printed beside it: it is the largest of the action and its Bun
// steps (each of which reads the 50 MB context whole here).

const STEPS = 8;
let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-hostile-memory-");
  for (let i = 0; i < STEPS; i++) {
    // The step reports a hash of its stdin (receivedAt, the one field that differs between two
    // runs, blanked), to compare the bytes with the eager path's.
    await writeText(
      `${repo.dir}/flows/big-${i}/s.ts`,
      'const text = (await Bun.stdin.text()).replace(/"receivedAt":"[^"]*"/, "");\nconst hash = new Bun.CryptoHasher("sha256").update(text).digest("hex");\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: text.length + " " + hash }));',
    );
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

it("runs 8 steps on a 25 MB payload within 4x its size, each step given the same bytes as the eager path", async () => {
  const event = JSON.stringify(payloadOf(23.5 * 1024 * 1024));
  // state: none — the file store's cost with a 25 MB payload is measured separately
  // (big-payload.stress.test.ts, BENCHMARKS.md); this case measures the dispatch itself.
  const run = await runAction({ repo: repo.dir, eventName: "repository_dispatch", event, measureMemory: true, inputs: { state: "none" } });
  expect(run.code, run.stdout.slice(-2000)).toBe(0);
  expect(run.summary).toContain("8 steps run");
  const payloadMb = Buffer.byteLength(event) / (1024 * 1024);
  const ownMb = (run.ownPeakRssKb ?? 0) / 1024;
  const withStepsMb = (run.maxRssKb ?? 0) / 1024;
  console.log(
    `payload ${payloadMb.toFixed(1)} MiB, 8 steps: action peak RSS ${ownMb.toFixed(0)} MiB (${(ownMb / payloadMb).toFixed(2)}x), ` +
      `with the largest Bun step ${withStepsMb.toFixed(0)} MiB, ${run.elapsedMs} ms`,
  );
  expect(run.ownPeakRssKb).toBeGreaterThan(0);
  expect(ownMb).toBeLessThan(4 * payloadMb);

  // The same event read whole (the streaming reader off): every step must see the same bytes.
  const eager = await runAction({ repo: repo.dir, eventName: "repository_dispatch", event, inputs: { state: "none" }, env: { FLOWS_LAZY_EVENT_BYTES: String(1024 ** 3) } });
  expect(eager.code, eager.stdout.slice(-2000)).toBe(0);
  // Per step (the context names the flow and step): `big-3/s: completed — <length> <sha256>`.
  const hashes = (text: string) => Object.fromEntries([...text.matchAll(/(big-\d+)\/s: completed — (\d+ [0-9a-f]{64})/g)].map((match) => [match[1], match[2]]));
  const seen = hashes(run.stdout);
  expect(Object.keys(seen)).toHaveLength(STEPS);
  expect(hashes(eager.stdout)).toEqual(seen);
}, 300_000);

// state: file keeps the event in its record. Its text is made once per dispatch in pieces
// (src/state/event-text.ts: arrays kept on disk read in groups, each element redacted and laid
// out on its own) into a scratch file, and every write copies it from there; a redelivery reads
// the record back keeping its big arrays on disk. Measured 102-113 MiB for both on Node 20
// (4.1-4.6x), 142-150 MiB on Node 24 (5.7-6.1x: its baseline without a store is 10 MiB higher
// too); 442 MiB and 918 MiB before, when the payload was parsed, redacted and stringified whole,
// and a record read back was parsed whole (17.9x and 37x; BENCHMARKS.md).
it("state: file on the same 25 MB payload stays within 7x its size, and so does its redelivery", async () => {
  const event = JSON.stringify(payloadOf(23.5 * 1024 * 1024));
  const payloadMb = Buffer.byteLength(event) / (1024 * 1024);
  const inputs = { state: "file", "state-dir": `${repo.dir}/state-${Date.now()}` };
  for (const delivery of ["first", "again"]) {
    const run = await runAction({ repo: repo.dir, eventName: "repository_dispatch", event, measureMemory: true, inputs });
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    if (delivery === "first") expect(run.summary).toContain("8 steps run");
    const ownMb = (run.ownPeakRssKb ?? 0) / 1024;
    console.log(`payload ${payloadMb.toFixed(1)} MiB, 8 steps, state: file, ${delivery}: action peak RSS ${ownMb.toFixed(0)} MiB (${(ownMb / payloadMb).toFixed(2)}x), ${run.elapsedMs} ms`);
    expect(run.ownPeakRssKb).toBeGreaterThan(0);
    expect(ownMb).toBeLessThan(7 * payloadMb);
  }
}, 300_000);
