import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runsCommand, showCommand } from "../../src/cli/state-commands.js";
import type { FlowRunView } from "../../src/contracts.js";
import { isSettled } from "../../src/engine/run-view.js";
import { statusLabel } from "../../src/report/status.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { selectStoredRuns } from "../../src/state/query.js";
import { mergeEventRecords } from "../../src/state/record.js";
import type { EventRecord } from "../../src/state/types.js";
import { makeRecord, tempDir } from "./helpers.js";

const EVENT_ID = "fuzz-event";

/** A record using every field a reader touches: two runs, results, attempts with owners. */
function richRecord(): EventRecord {
  const record = makeRecord(EVENT_ID, ["run_a", "run_b"]);
  const run = record.runs[0]!;
  run.output = "line 1\nline 2";
  run.resultPayload = {
    status: "changed",
    message: "done",
    artifacts: { url: "https://example.com" },
    next: [{ id: "child", type: "t", receivedAt: "2025-01-01T00:00:00Z", payload: {} }],
    annotations: [{ path: "a.ts", line: 1, message: "look" }],
  };
  run.attempts.push({
    id: "run_a_a2",
    number: 2,
    status: "failed",
    resultStatus: "failed",
    error: "boom",
    key: "k2",
    dispatcher: { host: "elsewhere", pid: 1, startedAt: "2025-01-01T00:00:00Z", until: "2025-01-01T01:00:00Z" },
  });
  run.durationMs = 12;
  run.error = "boom";
  record.event.payload = { release: { tag: "v1", assets: [{ name: "a" }] } };
  return record;
}

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = []): Path[] {
  const found: Path[] = [prefix];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) found.push(...paths(item, [...prefix, index]));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  }
  return found;
}

function deep(levels: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { v: value };
  return value;
}

const REPLACEMENTS: Array<[string, () => unknown]> = [
  ["null", () => null],
  ["number", () => 7],
  ["string", () => "x"],
  ["array", () => [null]],
  ["object", () => ({ weird: true })],
  ["huge string", () => "y".repeat(300_000)],
  ["deep nesting", () => deep(400)],
  ["boolean", () => false],
];

function mutate(record: EventRecord, path: Path, kind: string): unknown {
  const copy = structuredClone(record) as unknown as Record<string | number, unknown>;
  if (path.length === 0) return kind === "delete" ? undefined : REPLACEMENTS.find(([name]) => name === kind)![1]();
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = REPLACEMENTS.find(([name]) => name === kind)![1]();
  return copy;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Everything a stored record meets after it is read: merge, queries, labels, the CLI listings. */
async function useEverywhere(record: EventRecord, valid: EventRecord): Promise<void> {
  mergeEventRecords(valid, record);
  mergeEventRecords(record, valid);
  serializeEventRecord(record);
  for (const run of (await selectStoredRuns([record])) as FlowRunView[]) {
    statusLabel(run);
    isSettled(run);
  }
  const store = new MemoryStateStore();
  await store.saveEvent(record);
  const ctx = { repoRoot: ".", json: false, color: false, out: () => undefined, err: () => undefined, errLines: () => undefined, env: {}, openStore: async () => ({ store, label: "m" }), store, storeLabel: "m" };
  await runsCommand(ctx, {});
  await showCommand(ctx, EVENT_ID);
  for (const run of record.runs) await showCommand(ctx, run.id);
}

describe("stored records of the wrong shape", () => {
  it("1,000 typed mutations of a valid record: no crash, each either read whole or set aside naming the file and the field", async () => {
    const dir = await tempDir();
    let store = new FileStateStore({ dir });
    const valid = richRecord();
    const file = join(dir, ...eventRecordPath(EVENT_ID).split("/"));
    await mkdir(dirname(file), { recursive: true });
    const all = paths(valid);
    const kinds = ["delete", ...REPLACEMENTS.map(([name]) => name)];
    const next = random(11);
    const tally = { setAside: 0, accepted: 0 };

    for (let i = 0; i < 1000; i++) {
      const path = all[Math.floor(next() * all.length)]!;
      const kind = kinds[Math.floor(next() * kinds.length)]!;
      const mutated = mutate(valid, path, kind);
      const label = `#${i}: ${kind} at ${path.join(".") || "(root)"}`;
      await writeFile(file, mutated === undefined ? "" : JSON.stringify(mutated));
      // A store lists only the first 20 problems of a kind (problems.ts): each mutation is read
      // by a store of its own, so its problem is listed.
      store = new FileStateStore({ dir });
      const before = store.problems.length;
      const loaded = await store.loadEvent(EVENT_ID).catch((error: unknown) => {
        throw new Error(`${label} crashed the reader: ${String(error)}`);
      });
      if (loaded) {
        tally.accepted++;
        await useEverywhere(loaded, valid).catch((error: unknown) => {
          throw new Error(`${label} was accepted but crashed a reader: ${String(error)}`);
        });
      } else {
        tally.setAside++;
        const problem = store.problems.slice(before).find((seen) => seen.path === file);
        expect(problem?.message, label).toMatch(/moved aside to .*\.corrupt-.*counts as not handled yet/);
        // The reason names the field (or says the file is not JSON at all).
        expect(problem?.message, label).toMatch(/^([\w.[\]]+|the value) (must|is|has) |^not valid JSON|^holds event/);
      }
    }

    console.log(`record fuzz: 1000 mutations, ${tally.setAside} set aside, ${tally.accepted} still valid and read`);
    expect(tally.setAside).toBeGreaterThan(500);
    const kept = (await readdir(dirname(file))).filter((name) => name.includes(".corrupt-"));
    expect(kept.length).toBe(tally.setAside); // each moved aside under its own name, never deleted or overwritten
    // A thousand writes, reads and renames took 21 s on this 2-core machine at a load of 8, and
    // past the default 30 s at a load of 20. What this pins (a crash, a shape not refused) fails
    // at the mutation, whatever the time; a reader that loops for ever still ends the test here.
  }, 180_000);
});
