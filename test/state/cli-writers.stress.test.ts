// One `flows fire` process per event, as the action runs: 8 writers side by side against one
// store. Nothing may be lost, every process must exit 0, and a redelivery must run nothing.
import { spawn } from "node:child_process";
import { chmod, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { writeFlow } from "../helpers/flow-packages.js";
import { BUN, git, originWithCheckout, tempDir } from "./helpers.js";

const CLI = join(process.cwd(), "src", "cli.ts");
// Steps run with the bun the tests use.
const ENV = { ...process.env, PATH: `${dirname(BUN)}:${process.env.PATH}` };
const WRITERS = 8;
const EVENTS_EACH = 25;

type Fired = { code: number; stderr: string };

function fire(repo: string, eventFile: string, state: string[], env: NodeJS.ProcessEnv): Promise<Fired> {
  return new Promise((resolve, reject) => {
    const child = spawn(BUN, [CLI, "fire", "--repo", repo, "--event", eventFile, "--no-color", "--json", ...state], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/** A step that appends one line per execution, so executions can be counted from outside. */
async function countingFlow(repo: string, log: string): Promise<void> {
  const source = [
    "import { appendFileSync } from 'node:fs';",
    "const context = JSON.parse(await Bun.stdin.text());",
    `appendFileSync(${JSON.stringify(log)}, context.runtime.eventId + "\\n");`,
    'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));',
  ].join("\n");
  await writeFlow(repo, { name: "count", steps: [{ name: "once", trigger: "load.test", source }] });
}

async function eventFiles(dir: string, ids: string[]): Promise<string[]> {
  return Promise.all(
    ids.map(async (id, index) => {
      const file = join(dir, `event-${index}.json`);
      await writeFile(file, JSON.stringify({ id, type: "load.test", payload: {} }));
      return file;
    }),
  );
}

/** `git` on PATH that logs each push, to count pushes (rejected ones included) from outside. */
async function countingGit(dir: string, log: string): Promise<NodeJS.ProcessEnv> {
  const real = (await import("node:child_process")).execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  await writeFile(join(dir, "git"), `#!/bin/sh\nfor a in "$@"; do [ "$a" = push ] && echo push >> '${log}'; done\nexec '${real}' "$@"\n`);
  await chmod(join(dir, "git"), 0o755);
  return { ...ENV, PATH: `${dir}:${ENV.PATH}` };
}

async function lines(file: string): Promise<string[]> {
  return (await readFile(file, "utf8").catch(() => "")).split("\n").filter(Boolean);
}

/** Each writer fires its events one process at a time; the writers run side by side. */
async function runWriters(files: string[][], fireOne: (file: string) => Promise<Fired>): Promise<Fired[]> {
  const results = await Promise.all(
    files.map(async (mine) => {
      const out: Fired[] = [];
      for (const file of mine) out.push(await fireOne(file));
      return out;
    }),
  );
  return results.flat();
}

describe("one flows process per event, 8 writers at once", () => {
  it("state branch: 200 of 200 records on the branch, every process exits 0, linear history, redelivery runs nothing", async () => {
    const { origin, checkout } = await originWithCheckout();
    const work = await tempDir();
    const executions = join(work, "executions.log");
    const pushes = join(work, "pushes.log");
    await countingFlow(checkout, executions);
    const env = await countingGit(work, pushes);
    const ids = Array.from({ length: WRITERS }, (_, w) => Array.from({ length: EVENTS_EACH }, (_, e) => `writer-${w}-event-${e}`));
    const files = await Promise.all(ids.map(async (mine, w) => eventFiles(await tempDir(`w${w}-`), mine)));
    const state = ["--state", "branch"];

    const started = Date.now();
    const first = await runWriters(files, (file) => fire(checkout, file, state, env));
    const seconds = (Date.now() - started) / 1000;

    for (const result of first) expect(result, result.stderr).toMatchObject({ code: 0 });
    const reader = new BranchStateStore({ remoteUrl: origin });
    const records = await reader.listEvents();
    await reader.close();
    expect(records.map((record) => record.event.id).sort()).toEqual(ids.flat().sort());
    expect(git(origin, "rev-list", "--merges", "flows-state")).toBe("");
    expect((await lines(executions)).length).toBe(WRITERS * EVENTS_EACH);
    const pushCount = (await lines(pushes)).length;
    const commits = Number(git(origin, "rev-list", "--count", "flows-state"));
    console.log(
      `branch store, ${WRITERS} writers x ${EVENTS_EACH} events, one process per event: ${seconds.toFixed(1)} s, ` +
        `${((WRITERS * EVENTS_EACH) / seconds).toFixed(2)} events/s, ${pushCount} pushes (${(pushCount / (WRITERS * EVENTS_EACH)).toFixed(2)} per event), ${commits} commits`,
    );

    const again = await runWriters(files, (file) => fire(checkout, file, state, env));
    for (const result of again) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect((await lines(executions)).length).toBe(WRITERS * EVENTS_EACH); // the redelivery ran nothing
  }, 600_000);

  it("file store: 200 of 200 records, every process exits 0, redelivery runs nothing", async () => {
    const repo = await tempDir("flows-repo-");
    const executions = join(repo, "executions.log");
    await countingFlow(repo, executions);
    const ids = Array.from({ length: WRITERS }, (_, w) => Array.from({ length: EVENTS_EACH }, (_, e) => `writer-${w}-event-${e}`));
    const files = await Promise.all(ids.map(async (mine, w) => eventFiles(await tempDir(`w${w}-`), mine)));
    const state = ["--state", "file"];

    const started = Date.now();
    const first = await runWriters(files, (file) => fire(repo, file, state, ENV));
    const seconds = (Date.now() - started) / 1000;

    for (const result of first) expect(result, result.stderr).toMatchObject({ code: 0 });
    const store = new FileStateStore({ dir: join(repo, ".codex", "flow-client") });
    expect((await store.listEvents()).map((record) => record.event.id).sort()).toEqual(ids.flat().sort());
    expect(store.problems).toEqual([]);
    console.log(`file store, ${WRITERS} writers x ${EVENTS_EACH} events, one process per event: ${seconds.toFixed(1)} s, ${((WRITERS * EVENTS_EACH) / seconds).toFixed(2)} events/s`);

    const again = await runWriters(files, (file) => fire(repo, file, state, ENV));
    for (const result of again) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect((await lines(executions)).length).toBe(WRITERS * EVENTS_EACH);
  }, 600_000);

  it("state branch: 8 processes x the same 40 events run each step once (claims), and every process exits 0", async () => {
    const { origin, checkout } = await originWithCheckout();
    const work = await tempDir();
    const executions = join(work, "executions.log");
    const pushes = join(work, "pushes.log");
    await countingFlow(checkout, executions);
    const env = await countingGit(work, pushes);
    const ids = Array.from({ length: 40 }, (_, e) => `shared-event-${e}`);
    const files = await Promise.all(Array.from({ length: WRITERS }, async (_, w) => eventFiles(await tempDir(`w${w}-`), ids)));

    const started = Date.now();
    const results = await runWriters(files, (file) => fire(checkout, file, ["--state", "branch"], env));
    const seconds = (Date.now() - started) / 1000;

    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const ran = await lines(executions);
    const reader = new BranchStateStore({ remoteUrl: origin });
    const records = await reader.listEvents();
    await reader.close();
    const attempts = records.flatMap((record) => record.runs.flatMap((run) => run.attempts));
    const pushCount = (await lines(pushes)).length;
    console.log(`branch store, 8 processes x the same 40 events: ${ran.length} executions, ${attempts.length} attempts recorded, ${seconds.toFixed(1)} s, ${pushCount} pushes`);
    expect(ran.sort()).toEqual([...ids].sort());
    expect(records).toHaveLength(40);
    expect(attempts).toHaveLength(40);
    expect(attempts.every((attempt) => attempt.status === "completed")).toBe(true);
    expect(records.every((record) => record.dispatchCount === WRITERS)).toBe(true);
    expect(git(origin, "rev-list", "--merges", "flows-state")).toBe("");
  }, 600_000);

  it("file store: 8 processes x the same 40 events run each step once (claims), one attempt each", async () => {
    const repo = await tempDir("flows-repo-");
    const executions = join(repo, "executions.log");
    await countingFlow(repo, executions);
    const ids = Array.from({ length: 40 }, (_, e) => `shared-event-${e}`);
    const files = await Promise.all(Array.from({ length: WRITERS }, async (_, w) => eventFiles(await tempDir(`w${w}-`), ids)));

    const results = await runWriters(files, (file) => fire(repo, file, ["--state", "file"], ENV));

    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const store = new FileStateStore({ dir: join(repo, ".codex", "flow-client") });
    const records = await store.listEvents();
    expect(records).toHaveLength(40);
    const attempts = records.flatMap((record) => record.runs.flatMap((run) => run.attempts));
    const ran = await lines(executions);
    console.log(`file store, 8 processes x the same 40 events: ${ran.length} executions, ${attempts.length} attempts recorded`);
    expect(ran.sort()).toEqual([...ids].sort());
    expect(attempts.length).toBe(ran.length);
    expect(attempts.every((attempt) => attempt.status === "completed")).toBe(true);
    expect(records.every((record) => record.dispatchCount === WRITERS)).toBe(true);
  }, 600_000);
});
